import type { Rolldown } from 'vite'

/**
 * One file for the first screen: the page `entry` (index.html, an absolute path) and every module
 * it imports statically (not through `import()`). Left to itself, Rolldown puts modules that lazy
 * chunks share with the entry into common chunks whenever its greedy check finds that merging them
 * into the entry might form a cycle: the first screen was three files (the entry, React with i18n,
 * the API client with zod), each compressed on its own, 1.4 kB gzip more for the same code, and
 * where the split fell moved with unrelated changes (docs/performance.md, "Issue 14: first-screen
 * size"). The page itself is in the group, so the group's chunk is the entry chunk, which may also
 * hold Rolldown's runtime (a group chunk that is not an entry may not, and the runtime would be a
 * file of its own). Lazy chunks import what they share from it, as they did from the entry.
 */
export function firstScreenChunk(entry: string): Rolldown.CodeSplittingGroup {
  let firstScreen: Set<string> | undefined
  return {
    debugName: 'first screen',
    // The candidates: modules an entry loads up front. `importedIds` also lists modules that
    // tree-shaking drops (a package's index re-exporting what is not used), which are not.
    tags: ['$initial'],
    name: (id, context) => {
      // Walked on the first call, once the module graph is complete.
      if (!firstScreen) {
        firstScreen = new Set([entry])
        for (const current of firstScreen) {
          for (const imported of context.getModuleInfo(current)?.importedIds ?? []) firstScreen.add(imported)
        }
      }
      return firstScreen.has(id) ? 'index' : null
    },
  }
}
