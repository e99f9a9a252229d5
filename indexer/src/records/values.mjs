// Codec values as the indexer stores them: accounts as SS58, ids and amounts as numbers,
// enums by their variant's name, bodies and voters as short strings (`federation`,
// `coop:3`, an account).

/** A u32/u64/u128 (or a one-field wrapper of one, as `CoopId`) as a number. */
export function num(value) {
	let p = value.toPrimitive();
	while (p !== null && typeof p === 'object') p = Object.values(p)[0];
	const n = Number(p);
	if (!Number.isSafeInteger(n)) throw new Error(`a value the indexer cannot hold exactly: ${p}`);
	return n;
}

/** SS58 addresses already made, by public key: a full block names the same few hundred accounts thousands of times. */
const addresses = new Map();

/** An account as SS58 (memoised: encoding is a hash and a base-58 conversion). */
export function account(value) {
	const key = value.toHex();
	let address = addresses.get(key);
	if (address === undefined) {
		if (addresses.size >= 100_000) addresses.clear();
		address = value.toString();
		addresses.set(key, address);
	}
	return address;
}

/** An enum's variant name (`Admin`, `Aye`). */
export const variant = (value) => value.type;

/** `federation` or `coop:<id>`. */
export const body = (value) => (value.isFederation ? 'federation' : `coop:${num(value.asCoop)}`);

/** A member's account, or `coop:<id>` for a co-op voting in the federation. */
export const voter = (value) => (value.isMember ? account(value.asMember) : `coop:${num(value.asCoop)}`);

/** Bytes (a name, a reason) as text where it is UTF-8, else as hex. */
export function text(value) {
	const bytes = value.toU8a(true);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return value.toHex();
	}
}

/** A `DispatchResult` as `Ok` or its error's name. */
export function dispatchResult(registry, value) {
	if (value.isOk) return 'Ok';
	const error = value.asErr;
	if (error.isModule) {
		const { section, name } = registry.findMetaError(error.asModule);
		return `${section}.${name}`;
	}
	return error.type;
}
