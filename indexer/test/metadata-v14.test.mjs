// The metadata-v14 rule at the provider: only the versions question is answered locally.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TypeRegistry } from '@polkadot/types';

import { ONLY_V14, preferMetadataV14 } from '../src/chain/metadata-v14.mjs';

function recordingProvider() {
	const sent = [];
	return { sent, send: async (method, params) => { sent.push([method, params]); return 'from-node'; } };
}

test('the versions question gets [14] without reaching the node, at any block', async () => {
	const provider = preferMetadataV14(recordingProvider());
	assert.equal(await provider.send('state_call', ['Metadata_metadata_versions', '0x']), ONLY_V14);
	assert.equal(await provider.send('state_call', ['Metadata_metadata_versions', '0x', '0xabcd']), ONLY_V14);
	assert.deepEqual(provider.sent, []);
	const versions = new TypeRegistry().createType('Vec<u32>', ONLY_V14).map((v) => v.toNumber());
	assert.deepEqual(versions, [14]);
});

test('every other call reaches the node unchanged', async () => {
	const provider = preferMetadataV14(recordingProvider());
	assert.equal(await provider.send('state_call', ['Metadata_metadata_at_version', '0x0e000000']), 'from-node');
	assert.equal(await provider.send('state_getMetadata', []), 'from-node');
	assert.equal(await provider.send('chain_getBlockHash', [0]), 'from-node');
	assert.deepEqual(provider.sent.map(([m]) => m), ['state_call', 'state_getMetadata', 'chain_getBlockHash']);
});
