// Stands in for @polkadot/types-known in the wallet's build (vite.config.js aliases it).
// The original carries type tables and upgrade histories for Polkadot, Kusama and other
// public chains: a third of @polkadot/api's size, none of it about this chain, whose
// runtime describes itself in its metadata. What a caller passes in `knownTypes` (the
// options given to ApiPromise) still applies, so these keep the original's behaviour for
// any chain without a table.
export { mapXcmTypes } from '@polkadot/types-create';
export const packageInfo = { name: '@polkadot/types-known', path: '', type: 'esm', version: 'slim' };

const forNames = ({ knownTypes }, chain, spec) => [
	knownTypes.typesBundle?.spec?.[spec.toString()],
	knownTypes.typesBundle?.chain?.[chain.toString()],
];

const versioned = (versions = [], specVersion) =>
	versions
		.filter(({ minmax: [min, max] }) => (min == null || specVersion >= min) && (max == null || specVersion <= max))
		.reduce((all, { types }) => ({ ...all, ...types }), {});

const merged = (field) => (registry, chain, spec) => {
	const [bySpec, byChain] = forNames(registry, chain, spec);
	return { ...(bySpec?.[field] ?? {}), ...(byChain?.[field] ?? {}) };
};

export const getSpecExtensions = merged('signedExtensions');
export const getSpecRpc = merged('rpc');
export const getSpecRuntime = merged('runtime');

export function getSpecTypes(registry, chain, spec, specVersion) {
	const { knownTypes } = registry;
	const [bySpec, byChain] = forNames(registry, chain, spec);
	const version = Number(specVersion.toString());
	return {
		...versioned(bySpec?.types, version),
		...versioned(byChain?.types, version),
		...(knownTypes.typesSpec?.[spec.toString()] ?? {}),
		...(knownTypes.typesChain?.[chain.toString()] ?? {}),
		...(knownTypes.types ?? {}),
	};
}

export function getSpecHasher(registry, chain, spec) {
	const [bySpec, byChain] = forNames(registry, chain, spec);
	return registry.knownTypes.hasher || byChain?.hasher || bySpec?.hasher || null;
}

export function getSpecAlias(registry, chain, spec) {
	const [bySpec, byChain] = forNames(registry, chain, spec);
	return { ...(bySpec?.alias ?? {}), ...(byChain?.alias ?? {}), ...(registry.knownTypes.typesAlias ?? {}) };
}

/** No upgrade history is tracked for this chain: its blocks carry their own runtime version. */
export const getUpgradeVersion = () => [undefined, undefined];
