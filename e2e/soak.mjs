// A long-running load on the four-validator `local` network: a steady rate of payments
// from many members to Alice's node while one of the other validators at a time is
// SIGKILLed and, ten seconds later, restarted. Prints one JSON line and exits non-zero
// unless every payment the pool accepted was finalised, none was refused (every member
// stays well inside the rate limit) and finality never stood still for more than
// MAX_STALL_S. The nodes' resident memory is sampled every 30 s; Alice's node (never
// killed) must end under MAX_RSS_MB.
//
//   node soak.mjs [minutes] [payments per second] [seconds between kills]
//   defaults: 30 200 300. scripts/soak.sh runs it; scripts/test.sh runs `2 200 60`.

import { RATE_LIMIT_PALLET } from './lib/constants.mjs';
import { mortalOptions } from './lib/gate.mjs';
import { extrinsicHashes, payingMembers, quantile, residentMb } from './lib/load.mjs';
import { LOCAL_VALIDATORS, LocalNetwork } from './lib/networks.mjs';
import { waitFor } from './lib/node.mjs';

const MEMBERS = 200;
/** Finality may stand still this long, at most, killed validator or not. */
const MAX_STALL_S = 30;
/** Issue 20's memory target for a node under this load. */
const MAX_RSS_MB = 250;
const RESTART_AFTER_S = 10;
/** Submissions on the wire at once, at most; past it the load counts itself behind. */
const MAX_IN_FLIGHT = 256;

const [minutesArg = '30', rateArg = '200', killEveryArg = '300'] = process.argv.slice(2);
const MINUTES = Number(minutesArg);
const RATE = Number(rateArg);
const KILL_EVERY_S = Number(killEveryArg);
if (!(MINUTES > 0) || !(RATE > 0) || !(KILL_EVERY_S > RESTART_AFTER_S)) {
	console.error(`usage: node soak.mjs [minutes > 0] [payments/s > 0] [seconds between kills > ${RESTART_AFTER_S}]`);
	process.exit(2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows finalised blocks, every one of them, and when each of ours got into one. */
class FinalityWatch {
	constructor(api, accepted) {
		this.api = api;
		this.accepted = accepted;
		this.finalisedAt = new Map();
		this.scanned = undefined;
		this.lastAdvance = Date.now();
		this.maxStallMs = 0;
		this.chain = Promise.resolve();
	}

	async start() {
		this.scanned = (await this.api.rpc.chain.getHeader(await this.api.rpc.chain.getFinalizedHead())).number.toNumber();
		this.unsubscribe = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
			const number = header.number.toNumber();
			this.chain = this.chain.then(() => this.#scanTo(number)).catch((error) => console.error(`scan: ${error.message}`));
		});
	}

	async #scanTo(number) {
		if (number <= this.scanned) return;
		const now = Date.now();
		this.maxStallMs = Math.max(this.maxStallMs, now - this.lastAdvance);
		this.lastAdvance = now;
		for (let n = this.scanned + 1; n <= number; n++) {
			const hash = await this.api.rpc.chain.getBlockHash(n);
			for (const tx of await extrinsicHashes(this.api, hash)) {
				if (this.accepted.has(tx) && !this.finalisedAt.has(tx)) this.finalisedAt.set(tx, now);
			}
		}
		this.scanned = number;
	}

	/** The longest stand-still so far, the current one included. */
	stallMs() {
		return Math.max(this.maxStallMs, Date.now() - this.lastAdvance);
	}

	async stop() {
		this.unsubscribe?.();
		await this.chain;
	}
}

async function main() {
	const network = await new LocalNetwork('soak').startValidators();
	const { api } = network;
	const result = { minutes: MINUTES, rate: RATE, members: MEMBERS, kill_every_s: KILL_EVERY_S };
	try {
		const members = await payingMembers(api, { count: MEMBERS, perWindow: 2 * Math.ceil((RATE * 60) / MEMBERS), label: 'soak' });
		const nonces = await Promise.all(members.map(async (m) => (await api.rpc.system.accountNextIndex(m.address)).toNumber()));

		const accepted = new Map();
		const watch = new FinalityWatch(api, accepted);
		await watch.start();
		let mortal = await mortalOptions(api);
		let sent = 0;
		let refused = 0;
		let poolFull = 0;
		let behind = 0;
		let inFlight = 0;
		const rss = Object.fromEntries(LOCAL_VALIDATORS.map((name) => [name, []]));
		const kills = [];

		/**
		 * Signs the next payment of the next member and submits it; a full pool is asked
		 * again. The member, nonce and counters are taken before the first `await`: the
		 * calls of one tick run side by side.
		 */
		const payOne = async () => {
			const from = sent % MEMBERS;
			const nonce = nonces[from]++;
			sent++;
			inFlight++;
			try {
				const to = members[(from + 1) % MEMBERS];
				const tx = await api.tx.hours.transfer(to.address, 1n).signAsync(members[from], { ...mortal, nonce });
				const hex = tx.toHex();
				for (;;) {
					try {
						accepted.set((await api.rpc.author.submitExtrinsic(hex)).toHex(), Date.now());
						return;
					} catch (error) {
						if (!/\b1016\b/.test(error.message)) throw error;
						poolFull++;
						await sleep(200);
					}
				}
			} catch (error) {
				refused++;
				// What the gate saw: each member sends RATE / MEMBERS a second, well inside the limit.
				const [account, window, best] = await Promise.all([
					api.query.system.account(members[from].address),
					api.query[RATE_LIMIT_PALLET].rateWindows(members[from].address),
					api.rpc.chain.getHeader(),
				]);
				console.error(`refused: ${error.message}; member ${from}, nonce ${nonce}, chain nonce ${account.nonce}, window ${JSON.stringify(window.toJSON())}, best #${best.number}`);
			} finally {
				inFlight--;
			}
		};

		const start = Date.now();
		const end = start + MINUTES * 60_000;
		let nextKill = start + (KILL_EVERY_S * 1000) / 2;
		let nextSample = start;
		let victim = 0;
		const chores = [];
		while (Date.now() < end) {
			const now = Date.now();
			const due = Math.floor(((now - start) / 1000) * RATE) - sent;
			for (let i = 0; i < due; i++) {
				if (inFlight >= MAX_IN_FLIGHT) {
					behind += due - i;
					sent += due - i;
					break;
				}
				payOne();
			}
			if (now >= nextKill) {
				nextKill += KILL_EVERY_S * 1000;
				const name = LOCAL_VALIDATORS.filter((n) => n !== 'alice')[victim++ % 3];
				chores.push((async () => {
					const at = Math.round((Date.now() - start) / 1000);
					await network.kill(name);
					await sleep(RESTART_AFTER_S * 1000);
					await network.start(name);
					kills.push({ name, at_s: at });
				})());
			}
			if (now >= nextSample) {
				nextSample += 30_000;
				// Fresh signing options too: an era counts from the finalised head it names.
				mortal = await mortalOptions(api);
				for (const name of LOCAL_VALIDATORS) {
					const node = network.node(name);
					if (node?.isRunning()) rss[name].push(await residentMb(node.pid));
				}
			}
			if (watch.stallMs() > MAX_STALL_S * 1000) break;
			await sleep(50);
		}
		const loadSeconds = (Date.now() - start) / 1000;
		await Promise.all(chores);
		await waitFor('the last submissions to be answered', async () => inFlight === 0, 60_000, 100);
		await waitFor('every accepted payment finalised', () => watch.finalisedAt.size === accepted.size, 180_000, 500)
			.catch(() => {});
		await watch.stop();
		rss.alice.push(await residentMb(network.node('alice').pid));

		const latencies = [...watch.finalisedAt].map(([hash, at]) => at - accepted.get(hash)).sort((a, b) => a - b);
		Object.assign(result, {
			load_seconds: Math.round(loadSeconds),
			// `behind` counts payments the load skipped because MAX_IN_FLIGHT were unanswered.
			sent: sent - behind,
			behind,
			accepted: accepted.size,
			refused,
			pool_full_answers: poolFull,
			finalised: watch.finalisedAt.size,
			lost: accepted.size - watch.finalisedAt.size,
			finalised_per_s: Math.round((watch.finalisedAt.size / loadSeconds) * 10) / 10,
			max_finality_stall_s: Math.round(watch.maxStallMs / 100) / 10,
			finality_latency_ms: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) },
			kills,
			rss_mb: rss,
		});
	} finally {
		await network.stopAll();
	}
	console.log(JSON.stringify(result));
	const failures = [];
	if (result.lost !== 0) failures.push(`${result.lost} accepted payments not finalised`);
	if (result.refused !== 0) failures.push(`${result.refused} payments refused`);
	if (result.max_finality_stall_s > MAX_STALL_S) failures.push(`finality stood still ${result.max_finality_stall_s} s`);
	if (result.rss_mb.alice.at(-1) > MAX_RSS_MB) failures.push(`Alice's node holds ${result.rss_mb.alice.at(-1)} MB`);
	if (failures.length > 0) {
		console.error(`soak failed: ${failures.join('; ')}`);
		process.exitCode = 1;
	}
}

await main();
