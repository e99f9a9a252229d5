// The wallet's language: the one the person chose (kept in localStorage), else the
// browser's (navigator.language), else English. Only languages with a catalog are offered.
//
//   language()          → 'en' | 'es', the current one
//   setLanguage('es')   → keeps the choice for the next visit; an unknown code is refused
//   LANGUAGES           → the codes offered, with their names in their own language

export const LANGUAGES = Object.freeze({ en: 'English', es: 'Español' });

const STORE = 'coop-wallet.language';

/** `'es-AR'` → `'es'`; null for a language without a catalog. */
const known = (tag) => {
	const code = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
	return Object.hasOwn(LANGUAGES, code) ? code : null;
};

/** The current language's code. */
export function language() {
	let chosen = null;
	try {
		chosen = globalThis.localStorage?.getItem(STORE);
	} catch {
		// Storage may be refused (a private window): fall through to the browser's language.
	}
	return known(chosen) ?? known(globalThis.navigator?.language) ?? 'en';
}

/** Chooses `code` (one of LANGUAGES) for this visit and the next. */
export function setLanguage(code) {
	const chosen = known(code);
	if (!chosen) throw new Error(`No catalog for the language ${code}`);
	globalThis.localStorage?.setItem(STORE, chosen);
	return chosen;
}
