import { useSyncExternalStore } from 'react'

/**
 * Routing in the URL's hash, with the view's query inside it: `#/customers/42?status=active`.
 * A static host serves index.html for every path without rewrites, any sub-path works, and the
 * real query string stays free for `?scenario=`. wouter's own hash hook would move the query out
 * of the hash, so this is a small one of our own (wouter's `hook`, `searchHook` and `hrefs`).
 */
function split(): { path: string; search: string } {
  const hash = window.location.hash.replace(/^#/, '')
  const at = hash.indexOf('?')
  const path = at < 0 ? hash : hash.slice(0, at)
  return {
    path: path === '' ? '/' : path.startsWith('/') ? path : `/${path}`,
    search: at < 0 ? '' : hash.slice(at + 1),
  }
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback)
  window.addEventListener('popstate', callback)
  return () => {
    window.removeEventListener('hashchange', callback)
    window.removeEventListener('popstate', callback)
  }
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(window.location.href)
  url.hash = to.startsWith('/') ? to : `/${to}`
  if (url.href === window.location.href) return
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', url)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

export function useHashPath(): [string, typeof navigate] {
  return [
    useSyncExternalStore(
      subscribe,
      () => split().path,
      () => '/',
    ),
    navigate,
  ]
}
useHashPath.hrefs = (href: string) => `#${href}`

export function useHashSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => split().search,
    () => '',
  )
}
