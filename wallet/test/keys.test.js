// The wallet's backups are polkadot.js's JSON: what keys.js writes @polkadot/keyring
// imports with the password, and what @polkadot/keyring writes keys.js imports.

import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

// keys.js keeps accounts in localStorage and asks navigator.storage to keep them: a Map
// stands in for the browser's storage (Node 20 has neither).
const storage = new Map();
globalThis.localStorage = {
	getItem: (key) => (storage.has(key) ? storage.get(key) : null),
	setItem: (key, value) => storage.set(key, String(value)),
	removeItem: (key) => storage.delete(key),
};
globalThis.navigator ??= {};

const keys = await import('../src/lib/keys.js');

const PASSWORD = 'correct horse battery';
const MNEMONIC = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

describe('keys', () => {
	// Node loads util-crypto's WebAssembly (scrypt among it), ready only after this; the
	// page's build has none and uses the JavaScript implementations at once (vite.config.js).
	before(() => cryptoWaitReady());
	beforeEach(() => { storage.clear(); keys.lockAll(); });

	it('writes a backup that @polkadot/keyring opens with the password, and no other', () => {
		const json = keys.addFromSecret(`${MNEMONIC}//coop`, 'Ana', PASSWORD);
		const expected = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(`${MNEMONIC}//coop`);
		assert.equal(json.address, expected.address);
		assert.deepEqual(json.encoding.content, ['pkcs8', 'sr25519']);
		assert.ok(json.encoding.type.includes('scrypt'));

		const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromJson(JSON.parse(JSON.stringify(json)));
		assert.throws(() => pair.decodePkcs8('not the password'));
		pair.decodePkcs8(PASSWORD);
		const message = new TextEncoder().encode('coop');
		assert.ok(expected.verify(message, pair.sign(message), expected.publicKey), 'the imported key signs as the original');
		assert.equal(pair.meta.name, 'Ana');
	});

	it('keeps only the encrypted backup, never the mnemonic', () => {
		keys.addFromSecret(MNEMONIC, 'Ana', PASSWORD);
		const kept = [...storage.values()].join('');
		for (const word of MNEMONIC.split(' ')) assert.ok(!kept.includes(word), `the store holds the word ${word}`);
		assert.equal(keys.accounts().length, 1);
	});

	it('imports a backup @polkadot/keyring wrote, and unlocks it with the password only', () => {
		const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Alice', { name: 'Alice' });
		const text = JSON.stringify(pair.toJson(PASSWORD));
		assert.throws(() => keys.addFromJson(text, 'wrong password'), /password does not open/);
		assert.deepEqual(keys.accounts(), []);

		const json = keys.addFromJson(text, PASSWORD);
		assert.equal(json.address, pair.address);
		assert.deepEqual(keys.accounts(), [{ address: pair.address, name: 'Alice' }]);
		assert.throws(() => keys.unlock(pair.address, 'wrong password'), /Wrong password/);
		assert.equal(keys.isUnlocked(pair.address), false);
		keys.unlock(pair.address, PASSWORD);
		assert.equal(keys.pairOf(pair.address).address, pair.address);
		keys.lockAll();
		assert.throws(() => keys.pairOf(pair.address), /Unlock/);
	});

	it('refuses a file that is not JSON, a mnemonic with a wrong word, and a short password', () => {
		assert.throws(() => keys.addFromJson('not json', PASSWORD), /not a JSON backup/);
		assert.throws(() => keys.addFromSecret(MNEMONIC.replace('bottom', 'bottle'), 'Ana', PASSWORD), /not a valid mnemonic/);
		assert.throws(() => keys.addFromSecret(MNEMONIC, 'Ana', 'short'), /at least 8/);
		assert.deepEqual(keys.accounts(), []);
	});
});
