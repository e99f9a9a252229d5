// One rule for every client of this chain (the indexer, the wallet, the live tests): read
// the runtime through metadata v14.
//
// Why: offered v16 (its default when the runtime lists it), @polkadot/api 16.5.6 decodes
// some of this runtime's events wrongly ("Unable to create Enum via index 16" in
// `frame_system::Error`). v14 describes the same types and decodes them right.
//
// How: @polkadot/api asks `state_call Metadata_metadata_versions` (at the latest block and
// at each historic one, for `api.at`) which versions the runtime offers, then takes the
// newest it knows. A provider that answers that question with [14] makes every ordinary
// call (`ApiPromise.create`, `api.at(hash)`, `api.query.*`) use v14, with no other change.
//
// No imports on purpose: the wallet bundles this file beside its own @polkadot/api.

/** SCALE `Vec<u32>` holding the one version 14. */
export const ONLY_V14 = '0x040e000000';

/** Makes `provider` (a @polkadot/api provider, e.g. WsProvider) offer metadata v14 only; returns it. */
export function preferMetadataV14(provider) {
	const send = provider.send.bind(provider);
	provider.send = (method, params, ...rest) =>
		method === 'state_call' && params?.[0] === 'Metadata_metadata_versions'
			? Promise.resolve(ONLY_V14)
			: send(method, params, ...rest);
	return provider;
}
