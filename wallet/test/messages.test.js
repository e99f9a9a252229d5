// The interface's catalogs (src/lib/messages/): the same keys and placeholders in every
// language, no empty message, English as the fallback, and a message for every t('…')
// the sources use, so a view cannot show a key that has no words.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { MESSAGES, t } from '../src/lib/i18n.js';
import { decimalSeparator, localDay, localDecimal } from '../src/lib/intl.js';
import { parseAmount } from '../src/lib/format.js';
import { LANGUAGES } from '../src/lib/language.js';

const SRC = new URL('../src/', import.meta.url).pathname;
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every .js and .svelte file under src/. */
function sources(dir = SRC) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('interface catalogs', () => {
	it('has a catalog for every language offered', () => {
		assert.deepEqual(Object.keys(MESSAGES).sort(), Object.keys(LANGUAGES).sort());
	});

	it('gives every language the same keys', () => {
		const english = Object.keys(MESSAGES.en).sort();
		for (const [lang, catalog] of Object.entries(MESSAGES)) assert.deepEqual(Object.keys(catalog).sort(), english, lang);
	});

	it('keeps the same placeholders in every language', () => {
		for (const [lang, catalog] of Object.entries(MESSAGES)) {
			for (const [key, text] of Object.entries(MESSAGES.en)) assert.deepEqual(placeholders(catalog[key]), placeholders(text), `${lang} ${key}`);
		}
	});

	it('has no empty message', () => {
		for (const [lang, catalog] of Object.entries(MESSAGES)) {
			for (const [key, text] of Object.entries(catalog)) assert.ok(typeof text === 'string' && text.trim(), `${lang} ${key}`);
		}
	});

	it('has a message in English for every key the sources use', () => {
		const used = new Set();
		for (const file of sources()) {
			for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]);
			// t(x ? 'a' : 'b', …) and t(`roles.${r}`): the literal keys inside, and each prefix.
			for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(([^()]*?)\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) used.add(m[2]).add(m[3]);
			for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(`([\w.]+)\$\{/g)) {
				assert.ok(Object.keys(MESSAGES.en).some((k) => k.startsWith(m[1])), `${file}: no message starts with ${m[1]}`);
			}
		}
		assert.ok(used.size > 50, `found only ${used.size} keys: is the pattern still right?`);
		const missing = [...used].filter((key) => !Object.hasOwn(MESSAGES.en, key));
		assert.deepEqual(missing, [], 'keys used in src/ without a message in messages/en.js');
	});
});

describe('t', () => {
	it('fills placeholders, in the language asked for', () => {
		assert.equal(t('work.logged', { minutes: 90, date: '2026-12-07' }, 'en'), 'Logged 90 minutes for 2026-12-07: waiting for approval');
		assert.equal(t('approvals.approved', { id: 3 }, 'es'), 'Registro 3 aprobado');
	});

	it('falls back to English for a language or a key a catalog lacks', () => {
		assert.equal(t('votes.title', {}, 'fr'), 'Open proposals');
		delete MESSAGES.es['votes.title']; // MESSAGES is frozen, its catalogs are not
		try {
			assert.equal(t('votes.title', {}, 'es'), 'Open proposals');
		} finally {
			MESSAGES.es['votes.title'] = 'Propuestas abiertas';
		}
	});

	it('throws outside a production build for a key English lacks, or a missing parameter', () => {
		assert.throws(() => t('no.such.key', {}, 'en'), /No message no\.such\.key/);
		assert.throws(() => t('approvals.approved', {}, 'en'), /needs the parameter id/);
	});
});

describe('dates and amounts in the language', () => {
	it('writes the chain day as the language writes dates', () => {
		const day = Date.UTC(2026, 11, 7) / 86_400_000;
		assert.equal(localDay(day, 'en'), 'Dec 7, 2026');
		assert.match(localDay(day, 'es'), /^7 dic 2026$/);
	});

	it('changes only the decimal separator of an amount, and parseAmount reads both', () => {
		assert.equal(decimalSeparator('en'), '.');
		assert.equal(decimalSeparator('es'), ',');
		const cases = [[1_500_000n, '1.5', '1,5'], [123_456_789_012_345_678n, '123456789012.345678', '123456789012,345678'], [2_000_000n, '2', '2'], [1n, '0.000001', '0,000001']];
		for (const [units, en, es] of cases) {
			assert.equal(localDecimal(units, 'en'), en);
			assert.equal(localDecimal(units, 'es'), es);
			assert.equal(parseAmount(localDecimal(units, 'es')), units);
		}
	});
});
