/// <reference types="vite/client" />

// The build-time variables of live mode (src/auth/authority.ts documents each).
type AuthEnv = import('./auth/authority').AuthEnv

interface ImportMetaEnv extends AuthEnv {}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** The URL of the prebuilt "many customers" scenario (scripts/prebuilt-scenario.ts); undefined in a live build. */
declare module 'virtual:prebuilt-scenario' {
  const url: string | undefined
  export default url
  /** The scenario's first answers (mocks/first-answers.ts); undefined in a live build. */
  export const firstAnswersUrl: string | undefined
}
