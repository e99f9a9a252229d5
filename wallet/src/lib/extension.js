// Accounts held by a browser extension (polkadot.js, Talisman, SubWallet), through the
// injection protocol every one of them implements (window.injectedWeb3, enabled through
// @polkadot/extension-dapp). The wallet never sees their keys: the extension shows each
// payload and signs it, or refuses. All the wallet keeps is which extension holds which
// address, so it can offer the account again.

const STORE = 'coop-wallet.extension-accounts';
const APP_NAME = 'Coop Exchange wallet';

/** The extensions people use with Substrate chains, by the name each injects under. */
export const KNOWN = { 'polkadot-js': 'polkadot{.js}', talisman: 'Talisman', 'subwallet-js': 'SubWallet' };

/** The key types the chain verifies; an extension's Ethereum accounts cannot sign here. */
const KEY_TYPES = ['sr25519', 'ed25519'];

const signers = new Map(); // address → the wrapped signer of the extension chosen for it

/** The names of the extensions injected into this page (none has been asked anything yet). */
export function injected() {
	return Object.keys(globalThis.window?.injectedWeb3 ?? {});
}

export const label = (source) => KNOWN[source] ?? source;

/** The accounts used here before, as `{ source, address }`. */
export function remembered() {
	try {
		return JSON.parse(localStorage.getItem(STORE) ?? '[]');
	} catch {
		return [];
	}
}

function remember(source, address) {
	const list = remembered().filter((r) => r.address !== address);
	localStorage.setItem(STORE, JSON.stringify([...list, { source, address }]));
}

export function forgetRemembered(address) {
	localStorage.setItem(STORE, JSON.stringify(remembered().filter((r) => r.address !== address)));
}

// Loaded on the first connect, so the module (which touches `window` when imported) stays
// out of the way of the unit tests and of people without an extension.
const dapp = () => import('@polkadot/extension-dapp');

/**
 * Asks every injected extension to let this wallet see its accounts (each may ask the
 * person first), and returns their sr25519 and ed25519 accounts for this chain, as
 * `{ address, name, source }` with addresses in the generic format (prefix 42).
 * Call it only from the person's click: an extension's prompt must not appear on load.
 */
export async function connectExtensions(genesisHash) {
	const { web3Accounts, web3Enable } = await dapp();
	const enabled = await web3Enable(APP_NAME);
	if (!enabled.length) throw new Error('No extension let the wallet see its accounts (check the extension\'s list of allowed sites)');
	const list = await web3Accounts({ accountType: KEY_TYPES, genesisHash, ss58Format: 42 });
	return list.map((a) => ({ address: a.address, name: a.meta.name ?? '', source: a.meta.source }));
}

/** A signer whose refusals say that the extension did not sign, told apart from the pool's refusals. */
export function wrapSigner(signer) {
	const refused = (error) => {
		const wrapped = new Error(`The extension did not sign: ${error?.message ?? error}`);
		wrapped.notSigned = true;
		return wrapped;
	};
	// An extension's signer may be a class instance: its methods are called on it, not copied.
	const wrapped = {};
	for (const method of ['signPayload', 'signRaw']) {
		if (typeof signer[method] === 'function') {
			wrapped[method] = async (payload) => {
				try {
					return await signer[method](payload);
				} catch (error) {
					throw refused(error);
				}
			};
		}
	}
	if (typeof signer.update === 'function') wrapped.update = (id, status) => signer.update(id, status);
	return wrapped;
}

/** Signs for `account` (`{ address, source }`) with its extension from now on; connectExtensions came first. */
export async function useExtension({ address, source }) {
	const { web3FromSource } = await dapp();
	const injector = await web3FromSource(source);
	if (!injector.signer?.signPayload && !injector.signer?.signRaw) throw new Error(`${label(source)} cannot sign transactions`);
	setExtensionSigner(address, injector.signer);
	remember(source, address);
}

/** Signs for `address` with an extension's `signer` (useExtension's last step; the unit tests' way in). */
export function setExtensionSigner(address, signer) {
	signers.set(address, wrapSigner(signer));
}

/** Stops signing for `address` with an extension (its own key pair was chosen instead). */
export function dropExtension(address) {
	signers.delete(address);
}

/** `{ address, signer }` when `address` signs with an extension, else undefined. */
export function extensionSigner(address) {
	const signer = signers.get(address);
	return signer && { address, signer };
}
