import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { DEMO_LATENCIES, type DemoLatency } from '../src/contract/demo-controls'
import { parseGroupRoles } from '../src/rules/role-claims'
import { isPartnerRole, PARTNER_ROLES } from '../src/rules/roles'
import { createDemoToken } from './auth'
import {
  DEFAULT_CORS_ORIGINS,
  DEFAULT_MOCK_API_PORT,
  type MockHttpServer,
  ScenarioLoadError,
  startMockHttpServer,
} from './http'
import { createOidcVerifier, type TokenVerifier } from './oidc-verify'
import { BUILT_IN_SCENARIOS, findBuiltInScenario } from './scenarios'

/**
 * `npm run mock-api -- [options]`: the mocked Partner Center over HTTP (see mocks/http.ts and
 * docs/scenarios.md). scripts/mock-api.mjs loads this file through Vite's module runner, since
 * the mocks use extensionless imports and JSON modules that Node cannot run as they are.
 */
export const USAGE = `Usage: npm run mock-api -- [options]

Serves the mocked Partner Center REST API (v1) on http://127.0.0.1:<port>/v1.

Options:
  --port <n>                 port to listen on (default: $MOCK_API_PORT, else ${DEFAULT_MOCK_API_PORT}; 0 picks a free one)
  --scenario <name|file>     a built-in scenario (${BUILT_IN_SCENARIOS.map((s) => s.name).join(', ')}) or a scenario file
                             (default: $MOCK_API_SCENARIO, else default)
  --latency <setting>        ${DEMO_LATENCIES.join(', ')} (default: none)
  --cors-origin <origin>     an origin whose pages may call the mock (repeatable; default: $MOCK_API_CORS_ORIGINS,
                             comma-separated, else the dev and preview servers: ${DEFAULT_CORS_ORIGINS.join(', ')})
  --print-token <role>       print a demo bearer token for that partner role and exit
                             (roles: ${PARTNER_ROLES.join(', ')})
  --name <display name>      the user name in --print-token's token (default: Mock API user)
  --oidc-issuer <url>        OpenID Connect mode: accept only access tokens signed by this provider
                             (keys from its discovery document); the demo tokens are refused
  --oidc-audience <aud>      the audience those tokens must carry (required with --oidc-issuer)
  --role-groups <map>        group claims to partner roles: admin_agent=<group id>,... (as VITE_ROLE_GROUPS)
  --quiet                    do not log each request
  --help                     show this help
`

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  readonly readTextFile?: (path: string) => Promise<string>
}

/** What the CLI did: printed something and ended (`exitCode`), or started the server. */
export type CliOutcome =
  | { readonly kind: 'done'; readonly exitCode: number }
  | { readonly kind: 'serving'; readonly server: MockHttpServer }

/** --cors-origin (repeatable), else $MOCK_API_CORS_ORIGINS (comma-separated); false: a bad one (said). */
function readCorsOrigins(given: readonly string[] | undefined, io: CliIo): readonly string[] | undefined | false {
  const origins =
    given ??
    io.env.MOCK_API_CORS_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== '')
  const bad = origins?.find((o) => !/^https?:\/\/[^/\s]+$/i.test(o))
  if (bad === undefined) return origins
  io.err(`--cors-origin must be an origin such as http://127.0.0.1:5173, not "${bad}".`)
  return false
}

/** --print-token: prints a demo token for the role and ends. */
function printToken(role: string, name: string | undefined, io: CliIo): CliOutcome {
  if (!isPartnerRole(role)) {
    io.err(`Unknown role "${role}". Roles: ${PARTNER_ROLES.join(', ')}`)
    return { kind: 'done', exitCode: 2 }
  }
  io.out(createDemoToken(role, name ?? 'Mock API user'))
  return { kind: 'done', exitCode: 0 }
}

export async function runMockApiCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    io.err(USAGE)
    return { kind: 'done', exitCode: 2 }
  }
  if (values.help) {
    io.out(USAGE)
    return { kind: 'done', exitCode: 0 }
  }
  if (values['print-token'] !== undefined) return printToken(values['print-token'], values.name, io)

  const portText = values.port ?? io.env.MOCK_API_PORT ?? String(DEFAULT_MOCK_API_PORT)
  const port = Number(portText)
  if (!/^\d+$/.test(portText.trim()) || port > 65_535) {
    io.err(`--port must be a number from 0 to 65535, not "${portText}".`)
    return { kind: 'done', exitCode: 2 }
  }
  const latency = values.latency ?? 'none'
  if (!(DEMO_LATENCIES as readonly string[]).includes(latency)) {
    io.err(`--latency must be one of ${DEMO_LATENCIES.join(', ')}, not "${latency}".`)
    return { kind: 'done', exitCode: 2 }
  }
  const scenarioArg = values.scenario ?? io.env.MOCK_API_SCENARIO ?? 'default'
  let scenarioFile: string | undefined
  if (!findBuiltInScenario(scenarioArg)) {
    try {
      scenarioFile = await (io.readTextFile ?? ((path) => readFile(path, 'utf8')))(scenarioArg)
    } catch (error) {
      io.err(
        `"${scenarioArg}" is neither a built-in scenario (${BUILT_IN_SCENARIOS.map((s) => s.name).join(', ')}) nor a readable file: ${String(error)}`,
      )
      return { kind: 'done', exitCode: 2 }
    }
  }

  const issuer = values['oidc-issuer']
  let verifyToken: TokenVerifier | undefined
  if (issuer !== undefined) {
    const audience = values['oidc-audience']
    const { groupRoles, problems } = parseGroupRoles(values['role-groups'])
    if (!audience || problems.length > 0) {
      io.err(audience ? `--role-groups: ${problems.join('; ')}` : '--oidc-issuer needs --oidc-audience.')
      return { kind: 'done', exitCode: 2 }
    }
    verifyToken = createOidcVerifier({ issuer, audience, groupRoles })
  }
  const corsOrigins = readCorsOrigins(values['cors-origin'], io)
  if (corsOrigins === false) return { kind: 'done', exitCode: 2 }

  let server: MockHttpServer
  try {
    server = await startMockHttpServer({
      port,
      ...(corsOrigins ? { corsOrigins } : {}),
      latency: latency as DemoLatency,
      verifyToken,
      ...(scenarioFile === undefined ? { scenario: scenarioArg } : { scenarioFile }),
      ...(values.quiet
        ? {}
        : { onRequest: (e) => io.out(`${e.method} ${e.url} -> ${e.status || 'dropped'} (${e.ms} ms)`) }),
    })
  } catch (error) {
    if (error instanceof ScenarioLoadError) {
      io.err(`The scenario ${scenarioArg} has ${error.problems.length} problem(s):`)
      for (const problem of error.problems) io.err(`  ${problem}`)
    } else io.err(`The mock API could not start: ${error instanceof Error ? error.message : String(error)}`)
    return { kind: 'done', exitCode: 1 }
  }

  const scenario = server.db.scenario
  if (issuer !== undefined) {
    io.out(`Mock Partner Center API: ${server.url}/v1 (OpenID Connect mode: tokens of ${issuer} only)`)
    io.out(`Scenario: ${scenario.name} (${scenario.title}), ${scenario.customers.length} customers`)
    io.out('Press Ctrl+C to stop.')
    return { kind: 'serving', server }
  }
  const { displayName, role } = scenario.signedInUser
  const token = createDemoToken(role, displayName)
  io.out(`Mock Partner Center API: ${server.url}/v1`)
  io.out(`Scenario: ${scenario.name} (${scenario.title}), ${scenario.customers.length} customers`)
  io.out(`Signed in as ${displayName} (${role}). Demo token:`)
  io.out(token)
  io.out('')
  io.out('Try:')
  io.out(`  curl -s -H "Authorization: Bearer ${token}" "${server.url}/v1/customers?size=5"`)
  io.out('Press Ctrl+C to stop.')
  return { kind: 'serving', server }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    strict: true,
    options: {
      port: { type: 'string' },
      scenario: { type: 'string' },
      latency: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'print-token': { type: 'string' },
      name: { type: 'string' },
      quiet: { type: 'boolean' },
      'oidc-issuer': { type: 'string' },
      'oidc-audience': { type: 'string' },
      'role-groups': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
