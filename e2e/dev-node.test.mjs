// A development node, as the README's first command starts it: it must author and
// finalise blocks, tell wallets about HOUR, charge no fees, and resume after a restart.
// The wallet must have words for every error its runtime can return.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { stringCamelCase } from '@polkadot/util';

import { HOUR_DECIMALS, REFUSAL } from './lib/constants.mjs';
import { CATALOGS } from '../wallet/src/lib/errors/index.js';
import { devAccounts, freeBalance } from './lib/chain.mjs';
import { DevChain, useDevChain } from './lib/networks.mjs';
import { NotYet, REPO_ROOT, bestNumber, finalizedNumber, rawRpc, waitFor } from './lib/node.mjs';

/**
 * Every series the alert rules and the dashboard select, as `{ name, labels }`: Substrate's
 * own metrics (`substrate_…`), with the labels the node sets (Prometheus adds `job` and
 * `validator` when it scrapes).
 */
function monitoredSeries() {
	const alerts = readFileSync(join(REPO_ROOT, 'docker/monitoring/alerts.yml'), 'utf8');
	const dashboard = JSON.parse(readFileSync(join(REPO_ROOT, 'docker/monitoring/dashboard.json'), 'utf8'));
	const exprs = [
		...[...alerts.matchAll(/^\s*expr: (.+)$/gm)].map((m) => m[1]),
		...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr)),
	];
	const series = new Map();
	for (const expr of exprs) {
		for (const [, name, inner = ''] of expr.matchAll(/\b(substrate_[a-z0-9_]+)(?:\{([^}]*)\})?/g)) {
			const labels = inner.split(',').map((pair) => pair.trim()).filter((pair) => pair && !/^(job|validator)=/.test(pair));
			series.set(`${name}{${labels.join(',')}}`, { name, labels });
		}
	}
	return [...series.values()];
}

describe('development node', () => {
	const chain = useDevChain('dev', { metrics: true });
	const [alice, bob] = devAccounts('Alice', 'Bob');

	it('produces at least 3 blocks and finalises one within 60 s', async () => {
		const { api } = chain;
		await waitFor('best block >= 3', async () => (await bestNumber(api)) >= 3, 60_000);
		await waitFor('a finalised block', async () => (await finalizedNumber(api)) >= 1, 60_000);
	});

	it('serves every metric the alert rules and the dashboard name (a renamed one in a polkadot-sdk upgrade fails here)', async () => {
		const wanted = monitoredSeries();
		assert.ok(wanted.length >= 8, `found the series in alerts.yml and dashboard.json: ${wanted.map((s) => s.name)}`);
		const url = `http://127.0.0.1:${chain.node.metricsPort}/metrics`;
		// The authoring histograms appear with the first block built: wait for every one.
		await waitFor('every monitored metric on /metrics', async () => {
			const lines = (await (await fetch(url)).text()).split('\n').filter((line) => !line.startsWith('#'));
			const missing = wanted.filter(({ name, labels }) => !lines.some((line) =>
				(line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && labels.every((label) => line.includes(label))));
			if (missing.length > 0) throw new NotYet(`missing: ${missing.map((m) => `${m.name}{${m.labels}}`).join(', ')}`);
			return true;
		}, 60_000);
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

	it('has the wallet\'s message, in every language, for every error in the metadata and every pool refusal', () => {
		const { api } = chain;
		// Named as `api.registry.findMetaError` names them: `section.Name`, section in lower camel case.
		const errors = [];
		for (const pallet of api.registry.metadata.pallets) {
			if (pallet.errors.isNone) continue;
			const section = stringCamelCase(pallet.name);
			const variants = api.registry.lookup.getSiType(pallet.errors.unwrap().type).def.asVariant.variants;
			errors.push(...variants.map((variant) => `${section}.${variant.name}`));
		}
		assert.ok(errors.length >= 100, `read ${errors.length} module errors from the metadata`);
		const missing = [];
		for (const [lang, catalog] of Object.entries(CATALOGS)) {
			for (const key of errors) if (!catalog.errors[key]?.trim()) missing.push(`${lang}: ${key}`);
			for (const code of Object.values(REFUSAL)) if (!catalog.refusals[code]?.trim()) missing.push(`${lang}: refusal ${code}`);
		}
		assert.deepEqual(missing, [], `add these to wallet/src/lib/errors/*.js: ${missing.join(', ')}`);
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
