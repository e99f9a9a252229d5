// Keys in the browser: each account is kept in localStorage as polkadot.js's JSON backup
// (v3: scrypt and xsalsa20-poly1305 under the person's password), the same file
// polkadot.js apps and the extensions import. A key is decrypted only into memory, on
// unlock, and forgotten after 15 minutes without activity or on lock. The mnemonic is
// never stored: it is shown once, when the account is created. An account may instead be
// an extension's (extension.js); signerOf gives whichever signs for the address.

import { Keyring } from '@polkadot/keyring';
import { mnemonicGenerate, mnemonicValidate } from '@polkadot/util-crypto';

import { dropExtension, extensionSigner } from './extension.js';

const STORE = 'coop-wallet.accounts';
export const IDLE_LOCK_MS = 15 * 60 * 1000;

const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const unlocked = new Map();
let lastActivity = Date.now();

function stored() {
	try {
		return JSON.parse(localStorage.getItem(STORE) ?? '[]');
	} catch {
		return [];
	}
}

function save(list) {
	localStorage.setItem(STORE, JSON.stringify(list));
	navigator.storage?.persist?.().catch(() => {});
}

function keep(json) {
	const list = stored().filter((j) => j.address !== json.address);
	save([...list, json]);
}

const LAST = 'coop-wallet.last-account';

/**
 * The key-pair account used last, if it is still kept here: the wallet opens on its Home,
 * locked (a balance is public; only signing needs the password). Only the address is kept.
 */
export function lastUsed() {
	const address = localStorage.getItem(LAST);
	return accounts().find((a) => a.address === address) ?? null;
}

export function rememberLastUsed(address) {
	localStorage.setItem(LAST, address);
}

/** The accounts kept here: `{ address, name }`. */
export function accounts() {
	return stored().map((j) => ({ address: j.address, name: j.meta?.name ?? '' }));
}

export const newMnemonic = () => mnemonicGenerate(12);

/**
 * Adds the account of `secret`: a mnemonic, optionally with a derivation path
 * (`… //hard/soft`), or a dev URI (`//Alice`). Returns its polkadot.js JSON backup.
 */
export function addFromSecret(secret, name, password) {
	const phrase = secret.trim().split('//')[0].trim();
	if (phrase && !mnemonicValidate(phrase)) throw new Error('These words are not a valid mnemonic (check each word and their order)');
	if (!password || password.length < 8) throw new Error('Choose a password of at least 8 characters');
	const pair = keyring.createFromUri(secret.trim(), { name }, 'sr25519');
	const json = pair.toJson(password);
	keep(json);
	return json;
}

/** Adds a polkadot.js JSON backup, after checking that `password` opens it. */
export function addFromJson(text, password) {
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		throw new Error('This file is not a JSON backup');
	}
	const pair = keyring.createFromJson(json);
	try {
		pair.decodePkcs8(password);
	} catch {
		throw new Error('The password does not open this backup');
	}
	keep(json);
	return json;
}

/** The JSON backup of `address`, as kept (encrypted). */
export function backupOf(address) {
	const json = stored().find((j) => j.address === address);
	if (!json) throw new Error('No such account here');
	return json;
}

export function forget(address) {
	unlocked.delete(address);
	if (localStorage.getItem(LAST) === address) localStorage.removeItem(LAST);
	save(stored().filter((j) => j.address !== address));
}

export function unlock(address, password) {
	const pair = keyring.createFromJson(backupOf(address));
	try {
		pair.decodePkcs8(password);
	} catch {
		throw new Error('Wrong password');
	}
	unlocked.set(address, pair);
	dropExtension(address); // the key pair chosen last signs, if an extension holds it too
	touch();
}

export const isUnlocked = (address) => unlocked.has(address);

export function lockAll() {
	unlocked.clear();
}

export function touch() {
	lastActivity = Date.now();
}

/**
 * Locks every key after IDLE_LOCK_MS without activity; `onLock` is told. Extension accounts
 * are left as they are: the wallet holds no secret of theirs, and the extension has its own
 * lock and asks the person before each signature.
 */
export function watchIdle(onLock) {
	for (const type of ['pointerdown', 'keydown']) addEventListener(type, touch, { passive: true });
	setInterval(() => {
		if (unlocked.size && Date.now() - lastActivity > IDLE_LOCK_MS) {
			lockAll();
			onLock();
		}
	}, 10_000);
}

/** The unlocked key pair of `address`; throws if it is locked. */
export function pairOf(address) {
	const pair = unlocked.get(address);
	if (!pair) throw new Error('Unlock the account first: its password, at the top of the page');
	touch();
	return pair;
}

/**
 * What signs for `address`: `{ address, signer }` when it was chosen through an extension,
 * else its unlocked key pair (throws if it is locked). chain.js's `send` takes either.
 */
export function signerOf(address) {
	const viaExtension = extensionSigner(address);
	if (viaExtension) {
		touch();
		return viaExtension;
	}
	return pairOf(address);
}
