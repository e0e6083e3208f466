import { type ComponentType, createElement, lazy } from 'react'

/**
 * A code-split component that renders at once when its code was preloaded. React.lazy alone
 * suspends on its first render even when the module is already in memory, and React then holds
 * the Suspense reveal back for up to 300 ms: opening a dialog or a deep link would pay for that.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined
  let pending: Promise<void> | undefined
  const preload = (): Promise<void> => {
    pending ??= load().then((component) => {
      loaded = component
    })
    return pending
  }
  const Lazy = lazy(async () => {
    await preload()
    if (!loaded) throw new Error('preloadable: the module did not load')
    return { default: loaded }
  })
  function Preloadable(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props)
  }
  return Object.assign(Preloadable, { preload })
}
