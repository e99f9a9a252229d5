// Throughput of `hours.transfer` on a real chain: pre-signs N transfers from many members,
// submits them as fast as the node takes them, and prints one JSON line: transfers per
// second included in finalised blocks, blocks used, the largest block, and finality latency
// (submission to finalised) at p50 and p95, and each node's resident memory afterwards.
// With `runs` above 1 the same load is sent again on the same chain, a line each: memory
// that grows from one run to the next is a leak, not a cache filling.
//
//   node bench-tps.mjs dev|local [transfers] [members] [runs]
//
// It starts its own nodes (a dev node, or the four-validator `local` network) in a
// temporary directory and stops them afterwards. Set-up is what a federation would do:
// Alice, the Bakers' admin, admits the members in one batch; Charlie works an hour, Bob
// approves it, and Charlie pays each member a share; the federation votes a rate limit
// that lets each member send their part. Run it through `scripts/bench-tps.sh`.
//
// On `local` each member submits through one of the four validators' nodes, in turn, as each
// co-op's members would use their own co-op's node; COOP_BENCH_SUBMIT_TO=first sends every
// payment to Alice's node instead (the figures before 2026-12-08).

import { readFileSync } from 'node:fs';

import { mortalOptions } from './lib/gate.mjs';
import { extrinsicHashes, payingMembers, quantile, residentMb } from './lib/load.mjs';
import { DevChain, LocalNetwork } from './lib/networks.mjs';
import { finalizedNumber, waitFor } from './lib/node.mjs';

/** How many submissions are on the wire at once. */
const IN_FLIGHT = 256;

const [network = 'dev', transfersArg = '8000', membersArg = '200', runsArg = '1'] = process.argv.slice(2);
const TRANSFERS = Number(transfersArg);
const MEMBERS = Number(membersArg);
const RUNS = Number(runsArg);
if (!['dev', 'local'].includes(network) || !(TRANSFERS > 0) || !(MEMBERS > 1) || !(RUNS >= 1)) {
	console.error('usage: node bench-tps.mjs dev|local [transfers > 0] [members > 1] [runs >= 1]');
	process.exit(2);
}

const SUBMIT_TO = process.env.COOP_BENCH_SUBMIT_TO ?? 'all';
if (!['first', 'all'].includes(SUBMIT_TO)) {
	console.error('COOP_BENCH_SUBMIT_TO is all (the default) or first');
	process.exit(2);
}

/**
 * Starts the chain; returns its nodes, an API connected to the first, the APIs that members
 * submit to, and how to stop it.
 */
async function startNetwork() {
	if (network === 'dev') {
		// COOP_BENCH_NODE_FLAGS: more flags for the node (bench-indexer.mjs keeps all state).
		const extra = (process.env.COOP_BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
		const chain = await new DevChain('bench-dev', { extra }).start();
		return { nodes: [chain.node], api: chain.api, submitApis: [chain.api], stop: () => chain.stop() };
	}
	const local = await new LocalNetwork('bench-local').startValidators();
	const names = SUBMIT_TO === 'all' ? [...local.nodes.keys()] : ['alice'];
	const submitApis = await Promise.all(names.map((name) => local.apiOf(name)));
	return { nodes: [...local.nodes.values()], api: local.api, submitApis, stop: () => local.stopAll() };
}

/**
 * What the block authors' logs say of the blocks that carried our transfers: how long the
 * proposer took, why it stopped (`NoMoreTransactions`, `HitDeadline`, `HitBlockWeightLimit`,
 * ...) and how many extrinsics it put in.
 */
function proposals(nodes, blocks) {
	const line = /Prepared block for proposing at (\d+) \((\d+) ms\).*end: (\w+); extrinsics_count: (\d+)/;
	const found = [];
	for (const node of nodes) {
		for (const text of readFileSync(node.logPath, 'utf8').split('\n')) {
			const match = line.exec(text);
			if (match && blocks.has(Number(match[1]))) {
				found.push({ block: Number(match[1]), ms: Number(match[2]), end: match[3], extrinsics: Number(match[4]) });
			}
		}
	}
	return found.sort((a, b) => a.block - b.block);
}

async function main() {
	const { nodes, api, submitApis, stop } = await startNetwork();
	try {
		await waitFor('finality', async () => (await finalizedNumber(api)) >= 1, 120_000);
		// Members, each with HOUR, under a rate limit that lets each send their part.
		const members = await payingMembers(api, { count: MEMBERS, perWindow: Math.ceil(TRANSFERS / MEMBERS), label: 'bench' });
		for (let run = 1; run <= RUNS; run++) {
			const result = await load(api, nodes, members, submitApis);
			const memory = {};
			for (const node of nodes) memory[node.name] = await residentMb(node.pid);
			console.log(JSON.stringify({ run, ...result, resident_mb: memory }));
		}
	} finally {
		await stop();
	}
}

/** Sends the TRANSFERS payments once and measures them; returns the figures. */
async function load(api, nodes, members, submitApis) {
	// Pre-signed, mortal (the chain refuses immortal ones), 1 unit each to the next member;
	// senders interleaved.
	const mortal = await mortalOptions(api);
	const nonces = await Promise.all(members.map(async (m) => (await api.rpc.system.accountNextIndex(m.address)).toNumber()));
	const signed = [];
	for (let i = 0; i < TRANSFERS; i++) {
		const from = i % MEMBERS;
		const to = members[(from + 1) % MEMBERS];
		const tx = await api.tx.hours.transfer(to.address, 1n).signAsync(members[from], { ...mortal, nonce: nonces[from]++ });
		signed.push({ hex: tx.toHex(), hash: tx.hash.toHex(), via: submitApis[from % submitApis.length] });
		// Signing is synchronous work: let the socket answer the node's pings now and then, or
		// a long batch on a busy machine has the node close the connection.
		if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
	}

	// Watch blocks: which of ours each best block includes, and when each is finalised.
	const submittedAt = new Map();
	const includedIn = new Map();
	const includedAt = new Map();
	const finalisedAt = new Map();
	const perBlock = new Map();
	let largestBlock = 0;
	const unsubscribeFinal = await api.rpc.chain.subscribeFinalizedHeads(async (header) => {
		const at = Date.now();
		const number = header.number.toNumber();
		for (const [hash, block] of includedIn) {
			if (block <= number && !finalisedAt.has(hash)) finalisedAt.set(hash, at);
		}
	});
	const unsubscribeNew = await api.rpc.chain.subscribeNewHeads(async (header) => {
		const number = header.number.toNumber();
		// Hashed from the raw block: decoding thousands of extrinsics would keep this
		// process busy and make every later timestamp late.
		const hashes = await extrinsicHashes(api, header.hash);
		let ours = 0;
		for (const hash of hashes) {
			if (submittedAt.has(hash) && !includedIn.has(hash)) {
				includedIn.set(hash, number);
				includedAt.set(hash, Date.now());
				ours++;
			}
		}
		if (ours > 0) perBlock.set(number, ours);
		largestBlock = Math.max(largestBlock, hashes.length);
	});

	// Start right after a block, so that every run meets the slots alike; then submit as
	// fast as the node accepts: IN_FLIGHT requests at a time.
	const best = (await api.rpc.chain.getHeader()).number.toNumber();
	await waitFor('a new block', async () => (await api.rpc.chain.getHeader()).number.toNumber() > best, 30_000, 20);
	const start = Date.now();
	let next = 0;
	let refused = 0;
	let poolFull = 0;
	const worker = async () => {
		while (next < signed.length) {
			const { hex, hash, via } = signed[next++];
			// A full pool answers 1016 ("Immediately Dropped"): the same transaction is
			// offered again a moment later, as a wallet would, and nothing is lost.
			for (;;) {
				submittedAt.set(hash, Date.now());
				try {
					await via.rpc.author.submitExtrinsic(hex);
					break;
				} catch (error) {
					if (/\b1016\b/.test(error.message)) {
						poolFull++;
						await new Promise((resolve) => setTimeout(resolve, 200));
						continue;
					}
					refused++;
					submittedAt.delete(hash);
					if (refused === 1) console.error(`first refusal: ${error.message}`);
					break;
				}
			}
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	const submitted = Date.now();

	const accepted = submittedAt.size;
	await waitFor('every accepted transfer finalised', () => finalisedAt.size === accepted, 600_000, 500);
	const lastFinal = Math.max(...finalisedAt.values());
	unsubscribeFinal();
	unsubscribeNew();

	const latencies = [...finalisedAt].map(([hash, at]) => at - submittedAt.get(hash)).sort((a, b) => a - b);
	const toInclusion = [...includedAt].map(([hash, at]) => at - submittedAt.get(hash)).sort((a, b) => a - b);
	return {
		network,
		validators: nodes.length,
		submitted_to: submitApis.length,
		transfers: TRANSFERS,
		members: MEMBERS,
		refused,
		pool_full_answers: poolFull,
		submit_seconds: (submitted - start) / 1000,
		finalised_tps: Math.round((accepted / ((lastFinal - start) / 1000)) * 10) / 10,
		blocks_used: perBlock.size,
		most_transfers_in_a_block: Math.max(...perBlock.values()),
		largest_block_extrinsics: largestBlock,
		inclusion_latency_ms: { p50: quantile(toInclusion, 0.5), p95: quantile(toInclusion, 0.95) },
		finality_latency_ms: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) },
		proposals: proposals(nodes, perBlock),
	};
}

await main();
