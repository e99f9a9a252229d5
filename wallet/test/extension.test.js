// One signing path for both kinds of account: signerOf gives an extension's signer or the
// unlocked key pair, send passes either to @polkadot/api, and an extension's refusal is
// told as such, not as the pool's. (The real extension protocol is played in the browser
// test, e2e/wallet.test.mjs.)

import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';

import { cryptoWaitReady } from '@polkadot/util-crypto';

// A Map stands in for the browser's storage, as in keys.test.js.
const storage = new Map();
globalThis.localStorage = {
	getItem: (key) => (storage.has(key) ? storage.get(key) : null),
	setItem: (key, value) => storage.set(key, String(value)),
	removeItem: (key) => storage.delete(key),
};
globalThis.navigator ??= {};

const keys = await import('../src/lib/keys.js');
const extension = await import('../src/lib/extension.js');
const { send } = await import('../src/lib/chain.js');

const PASSWORD = 'correct horse battery';

/** A transaction that records how it was signed and fails the way `signer` makes it. */
function fakeTx() {
	const tx = { calls: [] };
	tx.signAndSend = async (account, options) => {
		tx.calls.push({ account, options });
		if (options.signer) await options.signer.signPayload({ address: account });
		throw new Error('1010: Invalid Transaction: Custom error: 1');
	};
	return tx;
}

describe('signing with a key pair or an extension', () => {
	// Node loads util-crypto's WebAssembly (scrypt among it), ready only after this; the
	// page's build has none and uses the JavaScript implementations at once (vite.config.js).
	before(() => cryptoWaitReady());
	beforeEach(() => { storage.clear(); keys.lockAll(); });

	it('gives the extension\'s signer for its account, and the key pair once that is unlocked', () => {
		const { address } = keys.addFromSecret('//Dave', 'Dave', PASSWORD);
		assert.throws(() => keys.signerOf(address), /Unlock the account first/);
		const signer = { signPayload: async () => ({ id: 1, signature: '0x00' }) };
		extension.setExtensionSigner(address, signer);
		const who = keys.signerOf(address);
		assert.equal(who.address, address);
		assert.equal(typeof who.signer.signPayload, 'function');
		keys.unlock(address, PASSWORD);
		assert.equal(keys.signerOf(address).address, address);
		assert.equal(keys.signerOf(address).signer, undefined, 'the key pair chosen last signs');
	});

	it('says the extension did not sign when it refuses, and the pool\'s words otherwise', async () => {
		const address = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
		extension.setExtensionSigner(address, { signPayload: async () => { throw new Error('Cancelled'); } });
		const tx = fakeTx();
		await assert.rejects(send(null, tx, keys.signerOf(address)), { message: 'The extension did not sign: Cancelled' });
		assert.equal(tx.calls[0].account, address, 'the address is passed, with the signer in the options');

		extension.setExtensionSigner(address, { signPayload: async () => ({ id: 1, signature: '0x00' }) });
		await assert.rejects(send(null, fakeTx(), keys.signerOf(address)), (error) => !error.message.startsWith('The extension'));
		extension.dropExtension(address);
		assert.throws(() => keys.signerOf(address), /Unlock the account first/);
	});

	it('remembers only which extension holds which address', () => {
		assert.deepEqual(extension.remembered(), []);
		assert.deepEqual(extension.injected(), [], 'nothing is injected outside a browser');
	});
});
