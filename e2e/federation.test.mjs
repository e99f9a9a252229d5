// A real federation's genesis: chain-specs/example-federation.toml filled with freshly
// generated keys, turned into a raw spec by `coop-node federation init`, and two nodes
// started from that file alone (their own keys in their keystores, no dev flag) that agree
// on the genesis hash `init` printed and finalise. And what `init` must refuse. Then the
// operator's steps (`coop-node operator init|keys|request|status`) against those nodes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';

import { findEvent, send } from './lib/chain.mjs';
import { NODE_BIN, REPO_ROOT, connect, finalizedNumber, nodeKey, startNode, tempDir, waitFor } from './lib/node.mjs';

function coopNode(...args) {
	return spawnSync(NODE_BIN, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

function ok(...args) {
	const result = coopNode(...args);
	assert.equal(result.status, 0, `coop-node ${args.join(' ')}\n${result.stderr}`);
	return result.stdout;
}

/** A fresh secret phrase with its sr25519 (account, Aura) and ed25519 (GRANDPA) public keys. */
function freshKeys() {
	const sr = JSON.parse(ok('key', 'generate', '--scheme', 'sr25519', '--output-type', 'json'));
	const ed = JSON.parse(ok('key', 'inspect', '--scheme', 'ed25519', '--output-type', 'json', sr.secretPhrase));
	return { phrase: sr.secretPhrase, account: sr.ss58Address, aura: sr.ss58Address, grandpa: ed.ss58PublicKey ?? ed.ss58Address };
}

const identity = () => `0x${randomBytes(32).toString('hex')}`;

describe('a federation founded from its own config', () => {
	const work = tempDir('federation');
	const nodes = [];
	let config;
	let values;

	before(() => {
		const bakers = freshKeys();
		const builders = freshKeys();
		const approver = freshKeys();
		const keys = [nodeKey(join(work, 'bakers')), nodeKey(join(work, 'builders'))];
		for (const key of keys) chmodSync(key.path, 0o600);
		values = {
			'bakers-admin-account': bakers.account,
			'bakers-admin-identity': identity(),
			'bakers-approver-account': approver.account,
			'bakers-approver-identity': identity(),
			'builders-admin-account': builders.account,
			'builders-admin-identity': identity(),
			'bakers-validator-aura': bakers.aura,
			'bakers-validator-grandpa': bakers.grandpa,
			'bakers-validator-peer-id': keys[0].peerId,
			'builders-validator-aura': builders.aura,
			'builders-validator-grandpa': builders.grandpa,
			'builders-validator-peer-id': keys[1].peerId,
		};
		const example = readFileSync(join(REPO_ROOT, 'chain-specs/example-federation.toml'), 'utf8');
		config = join(work, 'federation.toml');
		writeFileSync(config, example.replace(/"<([a-z-]+)>"/g, (_, name) => {
			assert.ok(values[name], `the test has a value for <${name}>`);
			return `"${values[name]}"`;
		}));
		values.validators = [{ ...bakers, key: keys[0], name: 'bakers' }, { ...builders, key: keys[1], name: 'builders' }];
	});

	after(async () => {
		for (const { api } of nodes) await api?.disconnect();
		for (const { node } of nodes) await node.stop();
	});

	it('init writes the spec, its raw form and its genesis hash, with no sudo key', () => {
		const out = ok('federation', 'init', '--config', config, '--out', work);
		assert.match(out, /genesis hash: 0x[0-9a-f]{64}/);
		const spec = JSON.parse(readFileSync(join(work, 'example_federation.json'), 'utf8'));
		assert.equal(spec.chainType, 'Live');
		assert.equal(spec.properties.tokenSymbol, 'HOUR');
		const patch = spec.genesis.runtimeGenesis.patch;
		assert.equal(patch.sudo.key, null);
		assert.equal(patch.registry.coops.length, 2);
		assert.equal(patch.session.keys.length, 2);
		const raw = JSON.parse(readFileSync(join(work, 'example_federation.raw.json'), 'utf8'));
		assert.ok(raw.genesis.raw.top['0x3a636f6465'], 'the raw spec carries the runtime code');
	});

	it('two nodes started from the raw spec with their own keys agree on the genesis hash and finalise', async () => {
		const raw = join(work, 'example_federation.raw.json');
		const hash = readFileSync(join(work, 'example_federation.genesis-hash'), 'utf8').trim();
		for (const v of values.validators) {
			const basePath = join(work, v.name);
			ok('key', 'insert', '--base-path', basePath, '--chain', raw, '--scheme', 'sr25519', '--suri', v.phrase, '--key-type', 'aura');
			ok('key', 'insert', '--base-path', basePath, '--chain', raw, '--scheme', 'ed25519', '--suri', v.phrase, '--key-type', 'gran');
			const node = await startNode({
				chainSpec: raw, name: v.name, devKeys: false, basePath, key: v.key,
				bootnodes: nodes.map((n) => n.node.address),
			});
			nodes.push({ node, api: await connect(node.url) });
		}
		for (const { api } of nodes) assert.equal(api.genesisHash.toHex(), hash, 'the node runs the genesis init printed');
		for (const { api } of nodes) {
			await waitFor('3 finalised blocks', async () => (await finalizedNumber(api)) >= 3, 120_000);
		}
		const [bakers] = nodes;
		assert.equal((await bakers.api.query.validators.validators()).length, 2);
		const coop = (await bakers.api.query.registry.coops(1)).unwrap();
		assert.equal(coop.name.toUtf8(), "Builders' Co-op");
	});

	it('operator init checks the spec and its hash, makes a 0600 node key and says what is wrong', () => {
		const raw = join(work, 'example_federation.raw.json');
		const hash = readFileSync(join(work, 'example_federation.genesis-hash'), 'utf8').trim();
		const basePath = join(work, 'joining');
		// Its exit depends on this machine's clock check too: the lines are what is tested.
		const out = coopNode('operator', 'init', '--chain', raw, '--genesis-hash', hash, '--base-path', basePath).stdout;
		assert.match(out, /^ok {4}the spec is raw/m);
		assert.match(out, /^ok {4}its genesis hash is the published one/m);
		assert.match(out, /^ok {4}the node key: made .* peer id 12D3KooW/m);
		assert.equal(statSync(join(basePath, 'node-key')).mode & 0o777, 0o600);
		// The clock line is there either way; this machine's answer is not the test's business.
		assert.match(out, /the clock is synchronised/);

		const wrong = coopNode('operator', 'init', '--chain', raw, '--genesis-hash', `0x${'00'.repeat(32)}`, '--base-path', basePath);
		assert.notEqual(wrong.status, 0);
		assert.match(wrong.stdout, /^FAIL {2}its genesis hash is the published one: it is 0x[0-9a-f]{64}, the federation published 0x0{64}: another chain/m);
		assert.match(wrong.stdout, /^ok {4}the node key: kept/m);
		chmodSync(join(basePath, 'node-key'), 0o644);
		const open = coopNode('operator', 'init', '--chain', raw, '--genesis-hash', hash, '--base-path', basePath);
		assert.notEqual(open.status, 0);
		assert.match(open.stdout, /^FAIL {2}the node key: .* readable by others \(mode 644\)/m);
		const plain = coopNode('operator', 'init', '--chain', join(work, 'example_federation.json'), '--genesis-hash', hash, '--base-path', basePath);
		assert.match(plain.stdout, /^FAIL {2}the spec is raw: no/m);
	});

	it('operator status, keys and request on a running validator', async () => {
		const [bakers] = nodes;
		const v = values.validators[0];
		const status = coopNode('operator', 'status', '--account', v.account, '--rpc', bakers.node.url);
		for (const check of ['peers', 'readiness', 'session keys registered and held', 'in the validator set', 'authored recently', 'finality advancing']) {
			assert.match(status.stdout, new RegExp(`^ok {4}${check}: `, 'm'), status.stdout + status.stderr);
		}
		assert.equal(status.status, 0);
		// An account that is no validator: the lines say what is missing.
		const other = coopNode('operator', 'status', '--account', values['bakers-approver-account'], '--rpc', bakers.node.url);
		assert.notEqual(other.status, 0);
		assert.match(other.stdout, /^FAIL {2}session keys registered and held: none registered/m);
		assert.match(other.stdout, /^FAIL {2}in the validator set: not among the 2/m);

		// New keys: the printed call, signed by the validator account, is accepted.
		const keysOut = ok('operator', 'keys', '--account', v.account, '--rpc', bakers.node.url);
		const [, keys, proof] = /session\.setKeys\(keys: (0x[0-9a-f]+), proof: (0x[0-9a-f]+)\)/.exec(keysOut);
		const signer = new Keyring({ type: 'sr25519' }).addFromUri(v.phrase);
		const events = await send(bakers.api, bakers.api.tx.session.setKeys(keys, proof), signer);
		assert.ok(findEvent(events, 'system', 'ExtrinsicSuccess'));
		assert.match(ok('operator', 'status', '--account', v.account, '--rpc', bakers.node.url), /^ok {4}session keys registered and held: aura 0x/m);

		const request = ok('operator', 'request', '--account', v.account, '--coop', '0', '--node-key-file', v.key.path);
		assert.match(request, /nodeAuthorization\.addWellKnownNode\(node: 0x0024080112/);
		assert.match(request, new RegExp(`validators\\.addValidator\\(account: ${v.account}, coop: 0\\)`));
		assert.match(request, new RegExp(`peer id is ${v.key.peerId}`));
	});

	it('refuses a config that holds a development key, a placeholder or an unknown field, naming it', () => {
		const example = readFileSync(config, 'utf8');
		const cases = [
			[example.replace(values['builders-admin-account'], '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'), /well-known development key/],
			[example.replace(values['bakers-validator-peer-id'], '12D3KooWRJrcFzdPAL1hJMH37bAy6HNrGgYqp9VszBPYz7brUwME'), /peer_id is a well-known/],
			[readFileSync(join(REPO_ROOT, 'chain-specs/example-federation.toml'), 'utf8'), /<bakers-admin-account>.*not an SS58 address/],
			[`${example}\nsudo = "${values['bakers-admin-account']}"\n`, /unknown field `sudo`/],
		];
		for (const [text, error] of cases) {
			const path = join(work, 'bad.toml');
			writeFileSync(path, text);
			const result = coopNode('federation', 'init', '--config', path, '--out', join(work, 'bad'));
			assert.notEqual(result.status, 0);
			assert.match(result.stderr, error);
		}
	});
});
