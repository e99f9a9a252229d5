// The catalogs of the chain's refusals: every language says something for every key the
// other languages know. (That every error of the runtime has a key is checked live, in
// e2e/dev-node.test.mjs.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { CATALOGS, errorMessage, refusalMessage } from '../src/lib/errors/index.js';
import { LANGUAGES, language, setLanguage } from '../src/lib/language.js';
import { errorName, errorText, refusalText } from '../src/lib/chain.js';

describe('error catalogs', () => {
	it('exist for every language offered, with the same keys and no empty message', () => {
		assert.deepEqual(Object.keys(CATALOGS).sort(), Object.keys(LANGUAGES).sort());
		const { en } = CATALOGS;
		for (const [lang, catalog] of Object.entries(CATALOGS)) {
			for (const group of ['errors', 'dispatch', 'refusals']) {
				assert.deepEqual(Object.keys(catalog[group]).sort(), Object.keys(en[group]).sort(), `${lang}.${group} has en's keys`);
				const empty = Object.entries(catalog[group]).filter(([, text]) => typeof text !== 'string' || !text.trim());
				assert.deepEqual(empty, [], `${lang}.${group} has no empty message`);
			}
		}
		assert.ok(Object.keys(en.errors).length >= 151);
		for (const key of Object.keys(en.errors)) assert.match(key, /^[a-z][A-Za-z]*\.[A-Z][A-Za-z0-9]*$/, 'keyed as findMetaError names errors');
	});

	it('tell a module error, a dispatch error and a refusal in the language asked for', () => {
		const api = { registry: { findMetaError: () => ({ section: 'hours', name: 'ReceiverNotMember', docs: ['The payee is neither…'] }) } };
		const moduleError = { isModule: true, asModule: {} };
		const es = errorName(api, moduleError, 'es');
		assert.equal(es.name, 'hours.ReceiverNotMember');
		assert.equal(es.message, CATALOGS.es.errors['hours.ReceiverNotMember']);
		assert.equal(errorText(es), `${es.message} (hours.ReceiverNotMember)`);
		assert.equal(errorName({ registry: { findMetaError: () => ({ section: 'newPallet', name: 'Oops', docs: ['Its docs.'] }) } }, moduleError, 'en').message, 'Its docs.', 'the docs when the catalog has no entry');
		assert.equal(errorName({ registry: { findMetaError: () => ({ section: 'newPallet', name: 'Oops', docs: [] }) } }, moduleError, 'en').message, 'newPallet.Oops');
		assert.equal(errorName(api, { isModule: false, type: 'BadOrigin' }, 'en').message, CATALOGS.en.dispatch.BadOrigin);

		assert.equal(refusalText(new Error('1010: Invalid Transaction: Custom error: 3'), 'en'), `${refusalMessage(3, 'en')} (refusal 3)`);
		assert.equal(refusalText(new Error('1010: Invalid Transaction: Custom error: 99'), 'en'), '1010: Invalid Transaction: Custom error: 99');
		assert.equal(refusalText(new Error('1014: Priority is too low'), 'es'), '1014: Priority is too low');
		assert.equal(errorMessage('hours.NoSuchError', 'en'), undefined);
	});
});

describe('language', () => {
	it('is the one chosen, else the browser\'s, else English', () => {
		const storage = new Map();
		const saved = { localStorage: globalThis.localStorage, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator') };
		try {
			globalThis.localStorage = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v) };
			Object.defineProperty(globalThis, 'navigator', { value: { language: 'fr-FR' }, configurable: true, writable: true });
			assert.equal(language(), 'en');
			globalThis.navigator.language = 'es-AR';
			assert.equal(language(), 'es');
			assert.equal(setLanguage('en'), 'en');
			assert.equal(language(), 'en');
			assert.throws(() => setLanguage('xx'));
			assert.equal(language(), 'en');
		} finally {
			globalThis.localStorage = saved.localStorage;
			if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
			else delete globalThis.navigator;
		}
	});
});
