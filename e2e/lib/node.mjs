// Starting and stopping real coop-node processes for the live tests, and waiting for what a
// test expects of them. Every node binds port 0 (the kernel picks a free port as it binds,
// so no other process can take it in between) and the ports it got are read back: RPC
// from its "Running JSON-RPC server" log line, p2p from `system_localListenAddresses`.
// Every process started here is killed when the test process exits, passed or not.

import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, createWriteStream, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ApiPromise, WsProvider } from '@polkadot/api';

import { preferMetadataV14 } from '../../indexer/src/chain/metadata-v14.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/coop-exchange/target');
export const NODE_BIN = process.env.COOP_NODE_BIN ?? join(target, 'release/coop-node');
/** The runtime with `spec_version` one higher, which the runtime's `build.rs` builds beside the real one. */
export const UPGRADE_WASM = process.env.COOP_UPGRADE_WASM
	?? join(target, 'release/wbuild/coop-runtime/coop_runtime_upgrade_rehearsal.compact.compressed.wasm');

/** How long a node may take from its start to serving RPC and listening for peers. */
const STARTUP_MS = 60_000;

const running = new Set();
const tempDirs = [];
process.on('exit', (code) => {
	for (const child of running) child.kill('SIGKILL');
	// Keep the nodes' logs and databases when something failed, or when asked to (for
	// `benchmark storage`, which measures a database a run filled); tidy up otherwise.
	if (code === 0 && !process.env.COOP_E2E_KEEP) {
		for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
	} else if (tempDirs.length > 0) {
		console.error(`node logs and databases kept in: ${tempDirs.join(' ')}`);
	}
});

/** A fresh temporary directory for one test's nodes, removed when all tests pass. */
export function tempDir(prefix) {
	const dir = mkdtempSync(join(tmpdir(), `coop-e2e-${prefix}-`));
	tempDirs.push(dir);
	return dir;
}

/**
 * The flags of `groups` in `scripts/node-flags`, the file the scripts read too (through
 * `scripts/lib.sh`): every node the project starts runs with the same ones.
 */
export function nodeFlags(...groups) {
	const lines = readFileSync(join(REPO_ROOT, 'scripts/node-flags'), 'utf8').split('\n');
	return groups.flatMap((group) => {
		const line = lines.find((l) => l.startsWith(`${group}:`));
		if (!line) throw new Error(`scripts/node-flags has no group ${group}`);
		return line.slice(group.length + 1).trim().split(/\s+/);
	});
}

/** Thrown by a `waitFor` check to say "not yet, for this reason": the check is tried again. */
export class NotYet extends Error {}

/** What `waitFor` throws when its deadline passes. */
export class TimedOut extends Error {}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Polls `check` until it returns a truthy value, which it returns, or throws TimedOut after
 * `timeoutMs`. Only "not yet" is tried again: a falsy value or a NotYet thrown. Any other
 * error is a failure and is thrown at once.
 */
export async function waitFor(what, check, timeoutMs, intervalMs = 1000) {
	const deadline = Date.now() + timeoutMs;
	let reason = '';
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			if (!(error instanceof NotYet)) throw error;
			reason = `: ${error.message}`;
		}
		const left = deadline - Date.now();
		if (left <= 0) throw new TimedOut(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
		await sleep(Math.min(intervalMs, left));
	}
}

/**
 * Runs a `coop-node` subcommand (`operator status`, say) without blocking the test's event
 * loop, so its API connections stay answered; resolves with its exit status and output.
 */
export function coopNode(...args) {
	return new Promise((resolveRun) => {
		execFile(NODE_BIN, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			resolveRun({ status: error ? (error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

/** Writes a new libp2p node key into `dir` and returns its path and peer id. */
export function nodeKey(dir) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'node-key');
	writeFileSync(path, randomBytes(32).toString('hex'));
	return { path, peerId: peerIdOf(path) };
}

/**
 * Copies the node key of a `local` genesis validator (`chain-specs/local-node-keys/<name>`)
 * into `dir`: the `local` chain authorises exactly those peer ids, so a node with any other
 * key gets no blocks from them.
 */
export function wellKnownNodeKey(dir, name) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'node-key');
	copyFileSync(join(REPO_ROOT, 'chain-specs/local-node-keys', name), path);
	return { path, peerId: peerIdOf(path) };
}

function peerIdOf(keyPath) {
	return execFileSync(NODE_BIN, ['key', 'inspect-node-key', '--file', keyPath]).toString().trim();
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const RPC_LINE = /Running JSON-RPC server: addr=(\S+)/;
const PROMETHEUS_LINE = /Prometheus exporter started at 127\.0\.0\.1:(\d+)/;

/**
 * Resolves with the port of the first 127.0.0.1 address in the node's "Running JSON-RPC
 * server: addr=127.0.0.1:PORT,[::1]:PORT" line, as its output comes; rejects if it exits
 * or takes longer than STARTUP_MS first.
 */
function rpcPortFromOutput(child, logClosed, logPath) {
	return new Promise((ok, fail) => {
		let settled = false;
		const listeners = [];
		const settle = (outcome) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			for (const [stream, listener] of listeners) stream.off('data', listener);
			outcome();
		};
		const timer = setTimeout(() => settle(() => fail(new Error(`no RPC server line in ${logPath} after ${STARTUP_MS} ms`))), STARTUP_MS);
		for (const stream of [child.stdout, child.stderr]) {
			let pending = '';
			const listener = (chunk) => {
				pending += chunk.toString();
				const lines = pending.split('\n');
				pending = lines.pop();
				for (const line of lines) {
					const match = RPC_LINE.exec(line.replace(ANSI, ''));
					const address = match?.[1].split(',').find((a) => a.startsWith('127.0.0.1:'));
					if (address) settle(() => ok(Number(address.slice('127.0.0.1:'.length))));
				}
			};
			stream.on('data', listener);
			listeners.push([stream, listener]);
		}
		// Once the node has exited and all it wrote is in the log.
		logClosed.then(() => settle(() => {
			const tail = readFileSync(logPath, 'utf8').trim().split('\n').slice(-5).join('\n');
			fail(new Error(`coop-node exited (${child.signalCode ?? child.exitCode}) before serving RPC; end of ${logPath}:\n${tail}`));
		}));
	});
}

/** The p2p port the node listens on at 127.0.0.1, once its network has bound it. */
async function p2pPortOf(rpcPort) {
	return waitFor('the node to listen for peers', async () => {
		const addresses = await rawRpcAt(rpcPort, 'system_localListenAddresses');
		const match = addresses.map((a) => /^\/ip4\/127\.0\.0\.1\/tcp\/(\d+)/.exec(a)).find((m) => m && m[1] !== '0');
		if (!match) throw new NotYet(`listening on ${JSON.stringify(addresses)}`);
		return Number(match[1]);
	}, STARTUP_MS, 100);
}

/**
 * Starts one validator and resolves once it serves RPC and listens for peers, both on
 * 127.0.0.1 on ports it chose itself. `chain` is `dev` or `local` (a group of
 * `scripts/node-flags`), `name` a dev account (alice, bob, …) whose keys it uses, `key` a
 * node key from `nodeKey` or `wellKnownNodeKey`, `bootnodes` other nodes' `address`.
 * The handle tells its ports and `address` (the multiaddr peers dial) and has `stop()` and
 * `kill()`. Started again on the same base path, a node keeps its chain and peer id and
 * gets new ports. A real federation's node: `chainSpec` (a spec file) and `devKeys: false`
 * (its keystore already holds its own keys). `metrics: true` serves Prometheus metrics on
 * a port of its own choosing too (`metricsPort`); test nodes serve none otherwise. `rpcPort`
 * asks for a given RPC port (to come back where clients wait for it) instead of a free one.
 */
export async function startNode(config) {
	const { chain, chainSpec, name, devKeys = true, basePath, key, bootnodes = [], extra = [], metrics = false, rpcPort = 0 } = config;
	mkdirSync(basePath, { recursive: true });
	const args = [
		...nodeFlags('validator', 'loopback'),
		...(metrics ? ['--no-telemetry', '--prometheus-port', '0'] : nodeFlags('throwaway')),
		// A built-in chain by its flags group, or a chain spec file.
		...(chainSpec ? ['--chain', chainSpec] : nodeFlags(chain)),
		// `--alice` … names the node and puts that dev account's keys in its keystore; a
		// node of a real federation has its own keys there already.
		...(devKeys ? [`--${name}`] : ['--name', name]),
		'--base-path', basePath,
		'--node-key-file', key.path,
		'--listen-addr', '/ip4/127.0.0.1/tcp/0',
		'--rpc-port', String(rpcPort),
		...bootnodes.flatMap((address) => ['--bootnodes', address]),
		...extra,
	];
	const logPath = resolve(basePath, `${name}.log`);
	const log = createWriteStream(logPath, { flags: 'a' });
	const logClosed = new Promise((ok) => log.once('close', ok));
	const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	// One log for both streams, closed once both have ended (piping each with its default
	// `end` would end the log at the first).
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	child.once('close', () => log.end());
	running.add(child);
	const exited = new Promise((ok) => child.once('exit', (code, signal) => {
		running.delete(child);
		ok({ code, signal });
	}));
	const isRunning = () => child.exitCode === null && child.signalCode === null;
	const handle = {
		name,
		pid: child.pid,
		basePath,
		logPath,
		peerId: key.peerId,
		exited,
		isRunning,
		/** SIGKILL: the node gets no chance to flush anything. */
		async kill() {
			child.kill('SIGKILL');
			return exited;
		},
		/** SIGINT, as Ctrl-C: a clean shutdown. */
		async stop() {
			if (!isRunning()) return exited;
			child.kill('SIGINT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
			const result = await exited;
			clearTimeout(timer);
			return result;
		},
	};
	try {
		handle.rpcPort = await rpcPortFromOutput(child, logClosed, logPath);
		handle.url = `ws://127.0.0.1:${handle.rpcPort}`;
		handle.p2pPort = await p2pPortOf(handle.rpcPort);
		handle.address = `/ip4/127.0.0.1/tcp/${handle.p2pPort}/p2p/${key.peerId}`;
		if (metrics) handle.metricsPort = await metricsPortFromLog(logPath);
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}
	return handle;
}

/** The port the node's Prometheus exporter bound, from its log line. */
function metricsPortFromLog(logPath) {
	return waitFor('the Prometheus exporter\'s line', () => {
		const match = PROMETHEUS_LINE.exec(readFileSync(logPath, 'utf8').replace(ANSI, ''));
		if (!match) throw new NotYet(`not in ${logPath} yet`);
		return Number(match[1]);
	}, STARTUP_MS, 100);
}

/** Connects @polkadot/api to a node that serves RPC (as a started node does), reading metadata v14 as the wallet and indexer do. */
export async function connect(url, timeoutMs = 30_000) {
	const provider = preferMetadataV14(new WsProvider(url, false));
	let timer;
	try {
		const opened = new Promise((ok, fail) => {
			provider.on('connected', ok);
			provider.on('error', (error) => fail(new Error(`cannot connect to ${url}: ${error?.message ?? error}`)));
			timer = setTimeout(() => fail(new Error(`no connection to ${url} after ${timeoutMs} ms`)), timeoutMs);
		});
		await provider.connect();
		await opened;
		return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
	} catch (error) {
		await provider.disconnect().catch(() => {});
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

/** The finalised block's number. */
export async function finalizedNumber(api) {
	const hash = await api.rpc.chain.getFinalizedHead();
	const header = await api.rpc.chain.getHeader(hash);
	return header.number.toNumber();
}

/** The best block's number. */
export async function bestNumber(api) {
	return (await api.rpc.chain.getHeader()).number.toNumber();
}

async function rawRpcAt(port, method, params = []) {
	const response = await fetch(`http://127.0.0.1:${port}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
	});
	const body = await response.json();
	if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
	return body.result;
}

/** One raw JSON-RPC call over HTTP, as a wallet's request is on the wire; returns `result`. */
export function rawRpc(node, method, params = []) {
	return rawRpcAt(node.rpcPort, method, params);
}
