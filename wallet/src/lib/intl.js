// Dates and HOUR amounts as the current language writes them. Dates go through
// Intl.DateTimeFormat; amounts keep format.js's exact bigint arithmetic, and only the
// decimal separator follows the language (parseAmount reads either).

import { dateOfDay, decimal } from './format.js';
import { language } from './language.js';

/** The chain's day (days since 1970-01-01) → "Dec 7, 2026" / "7 dic 2026". */
export function localDay(day, lang = language()) {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dateOfDay(day)}T00:00:00Z`));
}

/** The language's decimal separator: "." for English, "," for Spanish. */
export function decimalSeparator(lang = language()) {
	return new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** 1_500_000n → "1.5" in English, "1,5" in Spanish; never through floating point. */
export function localDecimal(units, lang = language()) {
	return decimal(units).replace('.', decimalSeparator(lang));
}
