import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge'

// The redirect URI's page (redirect.html): hands the identity provider's answer to the app's
// page (popup and silent sign-in) or goes back to it (redirect sign-in). An external module, so
// the Content-Security-Policy needs no inline script.
broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = error instanceof Error ? error.message : String(error)
})
