import { type ReactNode, useState } from 'react'
import { type DemoControls, SCENARIO_FILE_MAX_BYTES, type ScenarioLoadResult } from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'

/**
 * Replacing the demo's data: a built-in scenario, a stakeholder's file (refused unread when too
 * large), a reset, or an export of the data as it is. What it did goes to `onMessage`; a file's
 * problems are kept to be listed.
 */
export function useScenarioLoader(
  demo: DemoControls,
  onMessage: (message: ReactNode) => void,
  onDataReplaced: (signedInRole: PartnerRole | undefined) => void,
) {
  const i18n = useI18n()
  const [chosen, setChosen] = useState(() => demo.getState().scenario.name)
  const [problems, setProblems] = useState<readonly string[]>([])

  const applied = (result: ScenarioLoadResult, done: ReactNode) => {
    if (result.ok) {
      setProblems([])
      onMessage(done)
      const next = demo.getState()
      setChosen(next.scenario.name)
      onDataReplaced(next.signedInRole)
    } else {
      onMessage(null)
      setProblems(result.problems)
    }
  }

  const loadChosen = () => {
    const title = demo.getState().scenarios.find((s) => s.name === chosen)?.title ?? chosen
    applied(demo.selectScenario(chosen), i18n.rich('demo.scenario.loaded', { title }))
  }

  const loadFile = async (file: File) => {
    // Refused before it is read: a file this large would freeze the tab while it is checked.
    if (file.size > SCENARIO_FILE_MAX_BYTES) {
      onMessage(null)
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

  const reset = () => {
    const title = demo.getState().scenario.title
    demo.reset()
    applied({ ok: true }, i18n.rich('demo.reset.done', { title }))
  }

  const exportData = () => {
    const blob = new Blob([demo.exportScenario()], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `${demo.getState().scenario.name}-export.json`
    link.click()
    URL.revokeObjectURL(url)
    onMessage(i18n.t('demo.export.done'))
  }

  return { chosen, setChosen, problems, loadChosen, loadFile, reset, exportData }
}

/** A size in megabytes, for people (one decimal). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10
}
