import { type ReactNode, useId, useState } from 'react'
import { type DemoControls, type DemoState, SCENARIO_PROBLEMS_SHOWN } from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'
import { Button, buttonClassName } from '../../ui/button'
import { useScenarioLoader } from './use-scenario-loader'

/**
 * The demo's data: which scenario (built-in or a file), its export, and a reset to its start. Its
 * props are the demo panel's own, handed down (duplicates pairs the two signatures by shape).
 */
export function ScenarioSection({
  demo,
  state,
  onMessage,
  onDataReplaced,
}: {
  demo: DemoControls
  state: DemoState
  onMessage: (message: ReactNode) => void
  onDataReplaced: (signedInRole: PartnerRole | undefined) => void
}) {
  const i18n = useI18n()
  const ids = { scenario: useId(), problems: useId() }
  const loader = useScenarioLoader(demo, onMessage, onDataReplaced)
  const problems = loader.problems
  return (
    <section className="drawer-section" aria-labelledby={`${ids.scenario}-heading`}>
      <h3 id={`${ids.scenario}-heading`}>{i18n.t('demo.scenario.title')}</h3>
      <p className="muted">
        <strong>{state.scenario.title}</strong>: {state.scenario.description}
      </p>
      <div className="field">
        <label htmlFor={ids.scenario}>{i18n.t('demo.scenario.label')}</label>
        <div className="inline-controls">
          <select id={ids.scenario} value={loader.chosen} onChange={(event) => loader.setChosen(event.target.value)}>
            {state.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title}
              </option>
            ))}
          </select>
          <Button size="small" onClick={loader.loadChosen}>
            {i18n.t('demo.scenario.load')}
          </Button>
        </div>
      </div>
      <ScenarioFileDrop
        problemsId={problems.length > 0 ? ids.problems : undefined}
        onFile={(file) => void loader.loadFile(file)}
      />
      {problems.length > 0 ? <ScenarioProblems id={ids.problems} problems={problems} /> : null}
      {/* Small buttons in a row, like Load above (duplicates pairs them by shape): other actions. */}
      <div className="inline-controls">
        <Button size="small" onClick={loader.exportData}>
          {i18n.t('demo.export')}
        </Button>
        <Button size="small" onClick={loader.reset}>
          {i18n.t('demo.reset')}
        </Button>
      </div>
    </section>
  )
}

/** A scenario file by the file button (the keyboard path) or dropped on the zone around it. */
function ScenarioFileDrop({ problemsId, onFile }: { problemsId: string | undefined; onFile: (file: File) => void }) {
  const i18n = useI18n()
  const fileId = useId()
  const [dragging, setDragging] = useState(false)
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/noNoninteractiveElementInteractions: the drop zone only adds drag-and-drop; the file button inside is the keyboard path
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
        if (file) onFile(file)
      }}
    >
      <label htmlFor={fileId} className={buttonClassName({ size: 'small' })}>
        {i18n.t('demo.scenario.file')}
      </label>
      <input
        id={fileId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        aria-describedby={problemsId}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) onFile(file)
          event.target.value = ''
        }}
      />
      <span className="muted">{i18n.t('demo.scenario.drop')}</span>
    </div>
  )
}

/** Why a scenario file was refused: every problem counted, the first ones listed with their path. */
function ScenarioProblems({ id, problems }: { id: string; problems: readonly string[] }) {
  const i18n = useI18n()
  return (
    <div id={id} className="error-panel" role="alert">
      <p className="error-title">{i18n.t('demo.scenario.invalid', { count: problems.length })}</p>
      {problems.length > SCENARIO_PROBLEMS_SHOWN ? (
        <p>{i18n.t('demo.scenario.firstProblems', { shown: SCENARIO_PROBLEMS_SHOWN, count: problems.length })}</p>
      ) : null}
      <ul className="reason-list problem-list">
        {problems.slice(0, SCENARIO_PROBLEMS_SHOWN).map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  )
}
