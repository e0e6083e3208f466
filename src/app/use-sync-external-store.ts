/**
 * Stands in for `use-sync-external-store/shim` (vite.config.ts aliases it here). wouter imports
 * that shim, which exists for React < 18; React 19 has the hook built in.
 */
export { useSyncExternalStore } from 'react'
