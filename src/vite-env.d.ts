/// <reference types="vite/client" />

// The build-time variables of live mode (src/auth/authority.ts documents each).
type AuthEnv = import('./auth/authority').AuthEnv

interface ImportMetaEnv extends AuthEnv {}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
