// A development node, as the README's first command starts it: it must author and
// finalise blocks, tell wallets about HOUR, charge no fees, and resume after a restart.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';

import { HOUR_DECIMALS } from './lib/constants.mjs';
import { devAccounts, freeBalance } from './lib/chain.mjs';
import { DevChain, useDevChain } from './lib/networks.mjs';
import { bestNumber, finalizedNumber, rawRpc, waitFor } from './lib/node.mjs';

describe('development node', () => {
	const chain = useDevChain('dev');
	const [alice, bob] = devAccounts('Alice', 'Bob');

	it('produces at least 3 blocks and finalises one within 60 s', async () => {
		const { api } = chain;
		await waitFor('best block >= 3', async () => (await bestNumber(api)) >= 3, 60_000);
		await waitFor('a finalised block', async () => (await finalizedNumber(api)) >= 1, 60_000);
	});

	it('tells wallets the token is HOUR with its decimals and ss58 format 42', async () => {
		const { api } = chain;
		// The raw answer of `system_properties`, as every wallet reads it.
		const properties = await rawRpc(chain.node, 'system_properties');
		assert.deepEqual(properties, { tokenSymbol: 'HOUR', tokenDecimals: HOUR_DECIMALS, ss58Format: 42 });
		assert.deepEqual(api.registry.chainTokens, ['HOUR']);
		assert.deepEqual(api.registry.chainDecimals, [HOUR_DECIMALS]);
		assert.equal(api.registry.chainSS58, 42);
	});

	it('quotes a zero fee for a signed transfer through payment_queryInfo', async () => {
		const { api } = chain;
		const transfer = api.tx.balances.transferKeepAlive(bob.address, 1_000_000n);
		await transfer.signAsync(alice);
		assert.ok(transfer.isSigned);

		// The RPC itself, raw: @polkadot/api's own decoder for it expects the pre-V2 weight.
		const info = await rawRpc(chain.node, 'payment_queryInfo', [transfer.toHex()]);
		assert.equal(BigInt(info.partialFee), 0n);
		assert.ok(BigInt(info.weight.ref_time) > 0n, 'the weight is still reported');
		assert.equal(info.class, 'normal');

		// And what wallets call today: the TransactionPaymentApi runtime API.
		const viaRuntimeApi = await transfer.paymentInfo(alice);
		assert.equal(viaRuntimeApi.partialFee.toBigInt(), 0n);
	});

	it('charges nothing for a transaction that lands in a block', async () => {
		const { api } = chain;
		const before = await freeBalance(api, alice.address);
		await new Promise((ok, fail) => {
			api.tx.system.remark('0x636f6f70').signAndSend(alice, ({ status, dispatchError }) => {
				if (dispatchError) fail(new Error(dispatchError.toString()));
				if (status.isInBlock) ok();
			}).catch(fail);
		});
		assert.equal(await freeBalance(api, alice.address), before);
	});

	it('resumes from its base path after a restart', async () => {
		// A finalised block past genesis to look for afterwards.
		await waitFor('a finalised block', async () => (await finalizedNumber(chain.api)) >= 1, 60_000);
		const hashBefore = (await chain.api.rpc.chain.getFinalizedHead()).toHex();
		const heightBefore = (await chain.api.rpc.chain.getHeader(hashBefore)).number.toNumber();
		const { code } = await chain.stop();
		assert.equal(code, 0, 'a clean shutdown');

		await chain.start();
		const { api } = chain;
		// The old finalised block is still there, and the chain goes on from it.
		assert.equal((await api.rpc.chain.getBlockHash(heightBefore)).toHex(), hashBefore);
		assert.ok((await bestNumber(api)) >= heightBefore);
		await waitFor('a new block after the restart', async () => (await bestNumber(api)) > heightBefore + 1, 60_000);
	});
});

describe('network backends', () => {
	for (const backend of ['libp2p', 'litep2p']) {
		it(`${backend}: runs and authors blocks (libp2p is the default)`, async () => {
			const extra = backend === 'libp2p' ? [] : ['--network-backend', backend];
			const chain = await new DevChain(`backend-${backend}`, { extra }).start();
			try {
				await waitFor('block #2', async () => (await bestNumber(chain.api)) >= 2, 60_000);
			} finally {
				await chain.stop();
			}
			assert.match(readFileSync(chain.node.logPath, 'utf8'), new RegExp(`Running ${backend} network backend`));
		});
	}
});
