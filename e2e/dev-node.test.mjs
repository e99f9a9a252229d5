// A development node, as the README's first command starts it: it must author and
// finalise blocks, tell wallets about HOUR, charge no fees, and resume after a restart.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Keyring } from '@polkadot/keyring';

import { bestNumber, connect, finalizedNumber, freePorts, nodeKey, rawRpc, startValidator, tempDir, waitFor } from './lib/node.mjs';

/** The decimals chosen for HOUR in `primitives/src/lib.rs` (TOKEN_DECIMALS). */
const HOUR_DECIMALS = 6;

describe('development node', () => {
	const basePath = join(tempDir('dev'), 'alice');
	let node;
	let api;
	let ports;
	let key;

	function start() {
		node = startValidator({
			chain: 'dev', name: 'alice', basePath, keyPath: key.path,
			rpcPort: ports[0], p2pPort: ports[1], extra: ['--force-authoring'],
		});
	}

	before(async () => {
		ports = await freePorts(2);
		key = nodeKey(basePath);
		start();
		api = await connect(node.url);
	});

	after(async () => {
		await api?.disconnect();
		await node?.stop();
	});

	it('produces at least 3 blocks and finalises one within 60 s', async () => {
		await waitFor('best block >= 3', async () => (await bestNumber(api)) >= 3, 60_000);
		await waitFor('a finalised block', async () => (await finalizedNumber(api)) >= 1, 60_000);
	});

	it('tells wallets the token is HOUR with its decimals and ss58 format 42', async () => {
		// The raw answer of `system_properties`, as every wallet reads it.
		const properties = await rawRpc(node, 'system_properties');
		assert.deepEqual(properties, { tokenSymbol: 'HOUR', tokenDecimals: HOUR_DECIMALS, ss58Format: 42 });
		assert.deepEqual(api.registry.chainTokens, ['HOUR']);
		assert.deepEqual(api.registry.chainDecimals, [HOUR_DECIMALS]);
		assert.equal(api.registry.chainSS58, 42);
	});

	it('quotes a zero fee for a signed transfer through payment_queryInfo', async () => {
		const keyring = new Keyring({ type: 'sr25519' });
		const alice = keyring.addFromUri('//Alice');
		const bob = keyring.addFromUri('//Bob');
		const transfer = api.tx.balances.transferKeepAlive(bob.address, 1_000_000n);
		await transfer.signAsync(alice);
		assert.ok(transfer.isSigned);

		// The RPC itself, raw: @polkadot/api's own decoder for it expects the pre-V2 weight.
		const info = await rawRpc(node, 'payment_queryInfo', [transfer.toHex()]);
		assert.equal(BigInt(info.partialFee), 0n);
		assert.ok(BigInt(info.weight.ref_time) > 0n, 'the weight is still reported');
		assert.equal(info.class, 'normal');

		// And what wallets call today: the TransactionPaymentApi runtime API.
		const viaRuntimeApi = await transfer.paymentInfo(alice);
		assert.equal(viaRuntimeApi.partialFee.toBigInt(), 0n);
	});

	it('charges nothing for a transaction that lands in a block', async () => {
		const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
		const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
		await new Promise((ok, fail) => {
			api.tx.system.remark('0x636f6f70').signAndSend(alice, ({ status, dispatchError }) => {
				if (dispatchError) fail(new Error(dispatchError.toString()));
				if (status.isInBlock) ok();
			}).catch(fail);
		});
		const afterwards = (await api.query.system.account(alice.address)).data.free.toBigInt();
		assert.equal(afterwards, before);
	});

	it('resumes from its base path after a restart', async () => {
		const hashBefore = (await api.rpc.chain.getFinalizedHead()).toHex();
		const heightBefore = await finalizedNumber(api);
		await api.disconnect();
		const { code } = await node.stop();
		assert.equal(code, 0, 'a clean shutdown');

		start();
		api = await connect(node.url);
		// The old finalised block is still there, and the chain goes on from it.
		assert.equal((await api.rpc.chain.getBlockHash(heightBefore)).toHex(), hashBefore);
		assert.ok((await bestNumber(api)) >= heightBefore);
		await waitFor('a new block after the restart', async () => (await bestNumber(api)) > heightBefore + 1, 60_000);
	});
});

describe('network backends', () => {
	for (const backend of ['libp2p', 'litep2p']) {
		it(`${backend}: runs and authors blocks (libp2p is the default)`, async () => {
			const basePath = join(tempDir(`backend-${backend}`), 'alice');
			const [rpcPort, p2pPort] = await freePorts(2);
			const key = nodeKey(basePath);
			const extra = ['--force-authoring', ...(backend === 'libp2p' ? [] : ['--network-backend', backend])];
			const node = startValidator({ chain: 'dev', name: 'alice', basePath, keyPath: key.path, rpcPort, p2pPort, extra });
			const api = await connect(node.url);
			try {
				await waitFor('block #2', async () => (await bestNumber(api)) >= 2, 60_000);
			} finally {
				await api.disconnect();
				await node.stop();
			}
			assert.match(readFileSync(node.logPath, 'utf8'), new RegExp(`Running ${backend} network backend`));
		});
	}
});
