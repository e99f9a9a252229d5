// The chain's refusals in words, in the current language (language.js). A message for a
// new error is added to every catalog here (en.js, es.js); the wallet's unit tests check
// they have the same keys, and e2e/dev-node.test.mjs that every error in the running
// runtime's metadata and every pool refusal code has a message.

import * as en from './en.js';
import * as es from './es.js';
import { language } from '../language.js';

export const CATALOGS = Object.freeze({ en, es });

const catalog = (lang) => CATALOGS[lang ?? language()] ?? CATALOGS.en;

/** The message for the module error `key` (`section.Name`), or for a dispatch error's variant; undefined if none. */
export const errorMessage = (key, lang) => catalog(lang).errors[key] || catalog(lang).dispatch[key] || undefined;

/** The message for the pool's refusal `code`; undefined if none. */
export const refusalMessage = (code, lang) => catalog(lang).refusals[code] || undefined;
