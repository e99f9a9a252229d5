// An address as people give it: pasted, or read from a QR code. Other wallets' codes may
// carry `substrate:<address>`, often with more after a colon (the chain's genesis hash, a
// name), as polkadot.js's QR display writes it; the wallet's own carry the bare address.

import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

/**
 * The account (SS58, prefix 42) that `text` names, or null when it names none. A 32-byte
 * public key in hex is an account too; shorter keys (which SS58 can also carry) are not.
 */
export function addressIn(text) {
	let candidate = String(text ?? '').trim();
	const uri = /^substrate:([^:]*)/i.exec(candidate);
	if (uri) candidate = uri[1];
	if (!candidate) return null;
	try {
		const key = decodeAddress(candidate);
		return key.length === 32 ? encodeAddress(key, 42) : null;
	} catch {
		return null;
	}
}
