// The wallet's words in the current language (language.js), from a catalog per language
// (messages/en.js, es.js). A message missing in a language falls back to English; one
// missing in English is a bug, so outside a production build it throws where it is used.
//
//   t('work.logged', { minutes: 90, date }) → "Logged 90 minutes for 2026-12-07: …"

import en from './messages/en.js';
import es from './messages/es.js';
import { language } from './language.js';

export const MESSAGES = Object.freeze({ en, es });

// Vite replaces import.meta.env.PROD in a build; under node's test runner it is undefined.
const strict = import.meta.env?.PROD !== true;

/** `'{n} minutes'` with `{ n: 90 }` → `'90 minutes'`. */
function fill(text, params, key) {
	return text.replace(/\{(\w+)\}/g, (whole, name) => {
		if (Object.hasOwn(params, name)) return String(params[name]);
		if (strict) throw new Error(`The message ${key} needs the parameter ${name}`);
		return whole;
	});
}

/** The message `key` in `lang` (the current language unless given), its `{placeholders}` filled from `params`. */
export function t(key, params = {}, lang = language()) {
	const text = MESSAGES[lang]?.[key] ?? en[key];
	if (text === undefined) {
		if (strict) throw new Error(`No message ${key} in messages/en.js`);
		return key;
	}
	return fill(text, params, key);
}

/** Tells the browser (and screen readers) the page's language; main.js calls it at start. */
export function applyLanguage() {
	document.documentElement.lang = language();
}
