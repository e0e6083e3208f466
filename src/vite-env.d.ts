/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  readonly VITE_API_TOKEN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** The URL of the prebuilt "many customers" scenario (scripts/prebuilt-scenario.ts); undefined in a live build. */
declare module 'virtual:prebuilt-scenario' {
  const url: string | undefined
  export default url
}
