// Addresses as people give them, pasted or scanned: what Pay takes as a payee.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';

import { addressIn } from '../src/lib/address.js';

describe('an address given by a person', () => {
	const bob = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Bob');

	it('is read bare, in another prefix, as hex, or as substrate:<address>[:…]; always shown with prefix 42', () => {
		const cases = [
			bob.address,
			`  ${bob.address}\n`,
			encodeAddress(bob.publicKey, 0), // Polkadot's prefix
			u8aToHex(bob.publicKey),
			`substrate:${bob.address}`,
			`SUBSTRATE:${bob.address}`,
			`substrate:${bob.address}:0x${'ab'.repeat(32)}`,
			`substrate:${bob.address}:0x${'ab'.repeat(32)}:Bob`,
		];
		for (const text of cases) assert.equal(addressIn(text), bob.address, JSON.stringify(text));
	});

	it('is refused when it names no account', () => {
		const cases = ['', '   ', null, undefined, 'hello', 'https://example.org/pay', 'substrate:', 'substrate:nope',
			`${bob.address.slice(0, -1)}x`, // a wrong checksum
			'0x1234', // a short key: SS58 can carry it, the chain has no such account
			`bitcoin:${bob.address}`];
		for (const text of cases) assert.equal(addressIn(text), null, JSON.stringify(text));
	});
});
