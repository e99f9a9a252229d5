// The chain, as the wallet reads and writes it (through @polkadot/api, which decodes with
// the chain's own metadata, so a runtime upgrade changes nothing here).

import { ApiPromise, WsProvider } from '@polkadot/api';

import { preferMetadataV14 } from '../../../indexer/src/chain/metadata-v14.mjs';
import { errorMessage, refusalMessage } from './errors/index.js';
import { spendable } from './spendable.js';

export async function connect(url) {
	// initWasm: false, as the build carries no WebAssembly crypto (vite.config.js): else
	// the API waits for it to be ready, for ever.
	return ApiPromise.create({ provider: preferMetadataV14(new WsProvider(url)), noInitWarn: true, initWasm: false });
}

const text = (bytes) => {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes.toU8a(true));
	} catch {
		return bytes.toHex();
	}
};

/** Who `address` is on chain: name, identity and the co-ops they are in, with roles; null for a non-member. */
export async function member(api, address) {
	const info = await api.query.registry.members(address);
	if (info.isNone) return null;
	const value = info.unwrap();
	const coops = [];
	for (const id of value.coops) {
		const record = await api.query.registry.memberships(id, address);
		if (record.isSome && record.unwrap().status.isActive) {
			const coop = await api.query.registry.coops(id);
			coops.push({ coop: id.toNumber(), role: record.unwrap().role.type, name: coop.isSome ? text(coop.unwrap().name) : `co-op ${id}` });
		}
	}
	return { name: text(value.name), identity: value.identity.toHex(), coops };
}

/** Whether `address` may be paid: an active member, or an active co-op's pool. */
export async function canBePaid(api, address, pools) {
	const m = await member(api, address);
	return Boolean(m && m.coops.length) || pools.has(address);
}

/** What `address` can pay now (its spendable balance at the best block), in units. */
export async function spendableBalance(api, address) {
	const { free, reserved, frozen } = (await api.query.system.account(address)).data;
	return spendable({ free: free.toBigInt(), reserved: reserved.toBigInt(), frozen: frozen.toBigInt() });
}

/** The chain's day (its latest block's timestamp), as claims name it. */
export async function chainDay(api) {
	return Math.floor((await api.query.timestamp.now()).toNumber() / 86_400_000);
}

/** What `identity` may still log on `day`: `{ day, week }` minutes, and the oldest day allowed. */
export async function minutesLeft(api, identity, day) {
	const policy = await api.query.hours.policy();
	const week = Math.floor((day + 3) / 7);
	const [onDay, inWeek] = await Promise.all([
		api.query.hours.minutesOnDay(day, identity),
		api.query.hours.minutesInWeek(week, identity),
	]);
	return {
		day: Math.max(0, policy.maxMinutesPerDay.toNumber() - onDay.toNumber()),
		week: Math.max(0, policy.maxMinutesPerWeek.toNumber() - inWeek.toNumber()),
		maxAgeDays: policy.maxClaimAgeDays.toNumber(),
	};
}

/**
 * A failed call, as the wallet tells it: `name` (`pallet.Name`, as the docs list the
 * errors, or a dispatch error's variant), `docs` (the metadata's), and `message`, the
 * catalog's words in the current language (errors/), else the docs, else the name.
 */
export function errorName(api, dispatchError, lang) {
	if (dispatchError.isModule) {
		const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
		const key = `${section}.${name}`;
		const text = docs.join(' ');
		return { name: key, docs: text, message: errorMessage(key, lang) ?? (text || key) };
	}
	const name = dispatchError.type;
	return { name, docs: '', message: errorMessage(name, lang) ?? name };
}

/** What a failed call shows: the message, with the error's name kept for support. */
export function errorText(error) {
	return error.message === error.name ? error.name : `${error.message} (${error.name})`;
}

/** The pool's refusal in `error` (the gate's `InvalidTransaction::Custom` code) in words, or its own text. */
export function refusalText(error, lang) {
	const text = String(error?.message ?? error);
	const code = /Custom error: (\d+)/.exec(text)?.[1];
	const message = code && refusalMessage(code, lang);
	return message ? `${message} (refusal ${code})` : text;
}

/**
 * Signs `tx` as `who` (a key pair, or `{ address, signer }` for an extension's account, as
 * keys.js's signerOf gives them) and follows it: `onStatus('submitted' | 'in block' |
 * 'finalised')`. Resolves with the events once finalised; rejects with a readable message
 * if the extension does not sign (nothing is sent then), the pool refuses it or the call fails.
 */
export function send(api, tx, who, onStatus = () => {}, options = {}) {
	const [account, signOptions] = who.signer ? [who.address, { ...options, signer: who.signer }] : [who, options];
	return new Promise((resolve, reject) => {
		let unsubscribe;
		const done = (fn) => { unsubscribe?.(); fn(); };
		tx.signAndSend(account, signOptions, ({ status, events, dispatchError }) => {
			if (status.isReady || status.isFuture) onStatus('submitted');
			if (status.isInBlock) onStatus('in block');
			if (dispatchError && (status.isInBlock || status.isFinalized)) {
				const text = errorText(errorName(api, dispatchError));
				done(() => reject(new Error(text)));
			} else if (status.isFinalized) {
				onStatus('finalised');
				done(() => resolve({ events: events.map((e) => e.event), blockHash: status.asFinalized.toHex() }));
			} else if (status.isInvalid || status.isDropped || status.isUsurped) {
				done(() => reject(new Error(`the node dropped the transaction (${status.type})`)));
			}
		}).then((u) => { unsubscribe = u; }, (error) => reject(error.notSigned ? error : new Error(refusalText(error))));
	});
}
