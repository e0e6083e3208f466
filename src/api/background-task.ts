interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>
}

/**
 * Resolves in a later task of background priority (`scheduler.postTask`, where the browser has
 * it; else a plain later task): painting, input and the app's own rendering go first. Long work
 * done in slices, such as reading or writing a 10,000-item list, waits for it between slices.
 */
export function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' })
  return new Promise((resolve) => setTimeout(resolve, 0))
}
