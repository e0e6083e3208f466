import { type ReactNode, useId, useRef, useState, useSyncExternalStore } from 'react'
import {
  DEMO_FAULT_KINDS,
  DEMO_FAULT_PERCENTS,
  DEMO_LATENCIES,
  type DemoControls,
  type DemoFaultKind,
  type DemoFaultScope,
  SCENARIO_FILE_MAX_BYTES,
  SCENARIO_PROBLEMS_SHOWN,
  type ScenarioLoadResult,
} from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import { isPartnerRole, PARTNER_ROLES, type PartnerRole } from '../../rules/roles'
import { DialogShell } from '../../ui/dialog'
import { buildDemoLink } from './demo-link'

/**
 * The demo panel: a drawer, plainly marked demo-only, that shapes the mocked Partner Center:
 * scenario (built-in, a stakeholder's file, export), role, latency, fault injection, reset.
 */
export function DemoPanel({
  demo,
  role,
  onRoleChange,
  onDataReplaced,
  onStartTour,
}: {
  demo: DemoControls
  role: PartnerRole
  onRoleChange: (role: PartnerRole) => void
  /** The mock data was replaced (scenario loaded or reset): drop cached answers. */
  onDataReplaced: (signedInRole: PartnerRole | undefined) => void
  /** Starts the guided tour (the panel closes first). */
  onStartTour: () => void
}) {
  const i18n = useI18n()
  const state = useSyncExternalStore(demo.subscribe, demo.getState, demo.getState)
  const ids = {
    scenario: useId(),
    role: useId(),
    fault: useId(),
    file: useId(),
    problems: useId(),
    link: useId(),
  }
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState(state.scenario.name)
  const [problems, setProblems] = useState<readonly string[]>([])
  const [message, setMessage] = useState<ReactNode>(null)
  const [dragging, setDragging] = useState(false)
  /** A demo link the browser would not copy: shown for the presenter to copy by hand. */
  const [uncopied, setUncopied] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const applied = (result: ScenarioLoadResult, done: ReactNode) => {
    if (result.ok) {
      setProblems([])
      setMessage(done)
      const next = demo.getState()
      setChosen(next.scenario.name)
      onDataReplaced(next.signedInRole)
    } else {
      setMessage(null)
      setProblems(result.problems)
    }
  }

  const loadFile = async (file: File) => {
    // Refused before it is read: a file this large would freeze the tab while it is checked.
    if (file.size > SCENARIO_FILE_MAX_BYTES) {
      setMessage(null)
      setProblems([
        i18n.t('demo.scenario.tooLarge', {
          // A plain string (the problems are text): isolated with FSI/PDI rather than <bdi>.
          file: `\u2068${file.name}\u2069`,
          size: megabytes(file.size),
          max: megabytes(SCENARIO_FILE_MAX_BYTES),
        }),
      ])
      return
    }
    const text = await file.text()
    applied(demo.loadScenarioFile(text), i18n.rich('demo.scenario.fileLoaded', { file: file.name }))
  }

  const exportData = () => {
    const blob = new Blob([demo.exportScenario()], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `${state.scenario.name}-export.json`
    link.click()
    URL.revokeObjectURL(url)
    setMessage(i18n.t('demo.export.done'))
  }

  const copyLink = async () => {
    const link = buildDemoLink(window.location.href, {
      scenario: state.scenario.name,
      role,
      lang: i18n.locale,
      latency: state.latency,
    })
    const written = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    )
    const what = { scenario: state.scenario.title, role: i18n.t(`role.${role}`) }
    setUncopied(written ? null : link)
    setCopied(
      written
        ? `${i18n.t('demo.link.copied', what)}${state.scenario.builtIn ? '' : ` ${i18n.t('demo.link.ownFile')}`}`
        : null,
    )
  }

  const fault = state.fault
  return (
    <>
      <button type="button" className="button button-small demo-trigger" onClick={() => setOpen(true)}>
        {i18n.t('demo.open')}
      </button>
      <DialogShell
        open={open}
        onOpenChange={setOpen}
        variant="drawer"
        title={i18n.t('demo.title')}
        description={i18n.t('demo.description')}
      >
        <section className="drawer-section" aria-labelledby={`${ids.scenario}-heading`}>
          <h3 id={`${ids.scenario}-heading`}>{i18n.t('demo.scenario.title')}</h3>
          <p className="muted">
            <strong>{state.scenario.title}</strong>: {state.scenario.description}
          </p>
          <div className="field">
            <label htmlFor={ids.scenario}>{i18n.t('demo.scenario.label')}</label>
            <div className="inline-controls">
              <select id={ids.scenario} value={chosen} onChange={(event) => setChosen(event.target.value)}>
                {state.scenarios.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.title}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  applied(
                    demo.selectScenario(chosen),
                    i18n.rich('demo.scenario.loaded', {
                      title: state.scenarios.find((s) => s.name === chosen)?.title ?? chosen,
                    }),
                  )
                }
              >
                {i18n.t('demo.scenario.load')}
              </button>
            </div>
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/noNoninteractiveElementInteractions: the drop zone only adds drag-and-drop; the file button inside is the keyboard path */}
          <div
            className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
            onDragOver={(event) => {
              event.preventDefault()
              setDragging(true)
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault()
              setDragging(false)
              const file = event.dataTransfer.files[0]
              if (file) void loadFile(file)
            }}
          >
            <label htmlFor={ids.file} className="button button-small">
              {i18n.t('demo.scenario.file')}
            </label>
            <input
              ref={fileInput}
              id={ids.file}
              className="visually-hidden"
              type="file"
              accept="application/json,.json"
              aria-describedby={problems.length > 0 ? ids.problems : undefined}
              onChange={(event) => {
                const file = event.target.files?.[0]
                if (file) void loadFile(file)
                event.target.value = ''
              }}
            />
            <span className="muted">{i18n.t('demo.scenario.drop')}</span>
          </div>
          {problems.length > 0 ? (
            <div id={ids.problems} className="error-panel" role="alert">
              <p className="error-title">{i18n.t('demo.scenario.invalid', { count: problems.length })}</p>
              {problems.length > SCENARIO_PROBLEMS_SHOWN ? (
                <p>
                  {i18n.t('demo.scenario.firstProblems', { shown: SCENARIO_PROBLEMS_SHOWN, count: problems.length })}
                </p>
              ) : null}
              <ul className="reason-list problem-list">
                {problems.slice(0, SCENARIO_PROBLEMS_SHOWN).map((problem) => (
                  <li key={problem}>
                    <code>{problem}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="inline-controls">
            <button type="button" className="button button-small" onClick={exportData}>
              {i18n.t('demo.export')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                demo.reset()
                applied({ ok: true }, i18n.rich('demo.reset.done', { title: state.scenario.title }))
              }}
            >
              {i18n.t('demo.reset')}
            </button>
          </div>
        </section>

        <section className="drawer-section" aria-labelledby={`${ids.link}-heading`}>
          <h3 id={`${ids.link}-heading`}>{i18n.t('demo.link.title')}</h3>
          <p className="muted">{i18n.t('demo.link.hint')}</p>
          <div className="inline-controls">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setOpen(false)
                onStartTour()
              }}
            >
              {i18n.t('tour.start')}
            </button>
            <button type="button" className="button button-small" onClick={() => void copyLink()}>
              {i18n.t('demo.link.copy')}
            </button>
          </div>
          <div aria-live="polite" className="live-region">
            {copied ? <p className="notice notice-success">{copied}</p> : null}
          </div>
          {uncopied ? (
            <div className="field" role="alert">
              <label htmlFor={ids.link}>{i18n.t('demo.link.copyFailed')}</label>
              <input id={ids.link} type="text" readOnly value={uncopied} onFocus={(event) => event.target.select()} />
            </div>
          ) : null}
        </section>

        <section className="drawer-section" aria-labelledby={`${ids.role}-heading`}>
          <h3 id={`${ids.role}-heading`}>{i18n.t('demo.role.title')}</h3>
          <div className="field">
            <label htmlFor={ids.role}>{i18n.t('session.role.label')}</label>
            <select
              id={ids.role}
              value={role}
              onChange={(event) => {
                if (isPartnerRole(event.target.value)) onRoleChange(event.target.value)
              }}
            >
              {PARTNER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {i18n.t(`role.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </section>

        <section className="drawer-section">
          <fieldset className="plain-fieldset">
            <legend>{i18n.t('demo.latency.title')}</legend>
            <div className="inline-controls">
              {DEMO_LATENCIES.map((latency) => (
                <label key={latency} className="radio-label">
                  <input
                    type="radio"
                    name="demo-latency"
                    value={latency}
                    checked={state.latency === latency}
                    onChange={() => demo.setLatency(latency)}
                  />
                  {i18n.t('demo.latency.option', { latency })}
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="drawer-section" aria-labelledby={`${ids.fault}-heading`}>
          <h3 id={`${ids.fault}-heading`}>{i18n.t('demo.fault.title')}</h3>
          <div className="field">
            <label htmlFor={ids.fault}>{i18n.t('demo.fault.label')}</label>
            <select
              id={ids.fault}
              value={fault?.kind ?? 'off'}
              onChange={(event) => {
                const kind = DEMO_FAULT_KINDS.find((k) => k === event.target.value)
                demo.setFault(kind ? { kind, scope: fault?.scope ?? 'next' } : null)
              }}
            >
              <option value="off">{i18n.t('demo.fault.off')}</option>
              {DEMO_FAULT_KINDS.map((kind: DemoFaultKind) => (
                <option key={kind} value={kind}>
                  {i18n.t('demo.fault.kind', { kind })}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="plain-fieldset" disabled={!fault}>
            <legend>{i18n.t('demo.fault.scope')}</legend>
            <div className="inline-controls">
              {(['next', 'all', 'share'] as const).map((scope: DemoFaultScope) => (
                <label key={scope} className="radio-label">
                  <input
                    type="radio"
                    name="demo-fault-scope"
                    value={scope}
                    checked={(fault?.scope ?? 'next') === scope}
                    onChange={() => fault && demo.setFault({ kind: fault.kind, scope, percent: fault.percent })}
                  />
                  {scope === 'share' ? i18n.t('demo.fault.shareOption') : i18n.t('demo.fault.scopeOption', { scope })}
                </label>
              ))}
            </div>
          </fieldset>
          {fault?.scope === 'share' ? (
            <div className="field">
              <label htmlFor={`${ids.fault}-percent`}>{i18n.t('demo.fault.percent')}</label>
              <select
                id={`${ids.fault}-percent`}
                value={fault.percent ?? DEMO_FAULT_PERCENTS[1]}
                onChange={(event) => demo.setFault({ ...fault, percent: Number(event.target.value) })}
              >
                {DEMO_FAULT_PERCENTS.map((percent) => (
                  <option key={percent} value={percent}>
                    {i18n.t('demo.fault.percentOption', { percent: percent / 100 })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p className="muted" role="status">
            {!fault
              ? i18n.t('demo.fault.none')
              : fault.scope === 'share'
                ? i18n.t('demo.fault.shareStatus', { kind: fault.kind, percent: (fault.percent ?? 25) / 100 })
                : i18n.t('demo.fault.status', { kind: fault.kind, scope: fault.scope })}
          </p>
        </section>

        <div aria-live="polite" className="live-region">
          {message ? <p className="notice notice-success">{message}</p> : null}
        </div>
      </DialogShell>
    </>
  )
}

/** A size in megabytes, for people (one decimal). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10
}
