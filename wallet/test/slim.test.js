// The build's stand-in for @polkadot/types-known (src/lib/slim/, aliased in vite.config.js)
// must offer every name @polkadot/api imports from the original, and answer as the original
// does for a chain the original has no table for, such as this one.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as original from '@polkadot/types-known';
import { TypeRegistry } from '@polkadot/types';

import * as slim from '../src/lib/slim/types-known.js';

test('the stand-in exports what the original does', () => {
	assert.deepEqual(Object.keys(slim).sort(), Object.keys(original).sort());
});

test('for this chain, it answers as the original', () => {
	const registry = new TypeRegistry();
	registry.setKnownTypes({ types: { Extra: 'u32' }, typesAlias: { hours: { Memo: 'H256' } } });
	const chain = registry.createType('Text', 'Coop Exchange Development');
	const spec = registry.createType('Text', 'coop-exchange');
	const version = registry.createType('u32', 100);
	for (const name of ['getSpecTypes', 'getSpecAlias', 'getSpecExtensions', 'getSpecHasher', 'getSpecRpc', 'getSpecRuntime']) {
		assert.deepEqual(slim[name](registry, chain, spec, version), original[name](registry, chain, spec, version), name);
	}
	const genesis = registry.createType('Hash', `0x${'ab'.repeat(32)}`);
	const block = registry.createType('BlockNumber', 7);
	assert.deepEqual(slim.getUpgradeVersion(genesis, block), original.getUpgradeVersion(genesis, block));
});

test('a chain the original knows would get its tables there, not here (why the stand-in is for this chain only)', () => {
	const registry = new TypeRegistry();
	const chain = registry.createType('Text', 'Polkadot');
	const spec = registry.createType('Text', 'polkadot');
	const version = registry.createType('u32', 0);
	assert.ok(Object.keys(original.getSpecTypes(registry, chain, spec, version)).length > 0);
	assert.deepEqual(slim.getSpecTypes(registry, chain, spec, version), {});
});
