import { addEnUSMessages } from '../i18n/catalogs'
import { enUSAuth } from '../i18n/messages/en-US.auth'

// The live sign-in's words (en-US's third part): imported by the modules that show them (the live
// session, signing in again), so they load with that code, before a live build's first render,
// and a demo build's first screen does not carry them.
addEnUSMessages(enUSAuth)
