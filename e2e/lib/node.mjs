// Starting and stopping real coop-node processes for the live tests, on free loopback
// ports, and waiting for what a test expects of them. Every process started here is
// killed when the test process exits, whether the test passed or not.

import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, createWriteStream, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ApiPromise, WsProvider } from '@polkadot/api';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/coop-exchange/target');
export const NODE_BIN = process.env.COOP_NODE_BIN ?? join(target, 'release/coop-node');
/** The runtime with `spec_version` one higher, which the runtime's `build.rs` builds beside the real one. */
export const UPGRADE_WASM = process.env.COOP_UPGRADE_WASM
	?? join(target, 'release/wbuild/coop-runtime/coop_runtime_upgrade_rehearsal.compact.compressed.wasm');

const running = new Set();
const tempDirs = [];
process.on('exit', (code) => {
	for (const child of running) child.kill('SIGKILL');
	// Keep the nodes' logs and databases when something failed; tidy up otherwise.
	if (code === 0) {
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

/** Ports that nothing listens on right now, distinct from each other. */
export async function freePorts(count) {
	const servers = [];
	const ports = [];
	while (ports.length < count) {
		const server = createServer();
		await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
		servers.push(server);
		ports.push(server.address().port);
	}
	await Promise.all(servers.map((server) => new Promise((ok) => server.close(ok))));
	return ports;
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

/**
 * Starts one validator. `name` is a dev account (alice, bob, …) whose keys it uses.
 * Returns a handle with its ports and `stop()` / `kill()`.
 */
export function startValidator({ chain, name, basePath, keyPath, rpcPort, p2pPort, bootnodes = [], extra = [] }) {
	mkdirSync(basePath, { recursive: true });
	const args = [
		'--chain', chain,
		`--${name}`, '--validator',
		'--base-path', basePath,
		'--node-key-file', keyPath,
		'--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
		'--rpc-port', String(rpcPort),
		'--no-prometheus', '--no-mdns', '--allow-private-ip', '--no-telemetry',
		'--offchain-worker', 'always',
		...bootnodes.flatMap((addr) => ['--bootnodes', addr]),
		...extra,
	];
	const log = createWriteStream(join(basePath, `${name}.log`), { flags: 'a' });
	const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	running.add(child);
	const exited = new Promise((ok) => child.once('exit', (code, signal) => {
		running.delete(child);
		ok({ code, signal });
	}));
	return {
		name,
		rpcPort,
		p2pPort,
		basePath,
		url: `ws://127.0.0.1:${rpcPort}`,
		logPath: resolve(basePath, `${name}.log`),
		exited,
		/** SIGKILL: the node gets no chance to flush anything. */
		async kill() {
			child.kill('SIGKILL');
			return exited;
		},
		/** SIGINT, as Ctrl-C: a clean shutdown. */
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return exited;
			child.kill('SIGINT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
			const result = await exited;
			clearTimeout(timer);
			return result;
		},
	};
}

/** Polls `check` until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor(what, check, timeoutMs, intervalMs = 1000) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			lastError = error;
		}
		await new Promise((ok) => setTimeout(ok, intervalMs));
	}
	throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** Connects @polkadot/api to a node, retrying while the node starts up. */
export async function connect(url, timeoutMs = 60_000) {
	return waitFor(`an RPC connection to ${url}`, async () => {
		const provider = new WsProvider(url, false);
		try {
			await provider.connect();
			await waitFor('the socket', () => provider.isConnected, 3_000, 100);
			return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
		} catch (error) {
			await provider.disconnect().catch(() => {});
			throw error;
		}
	}, timeoutMs, 1000);
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

/** One raw JSON-RPC call over HTTP, as a wallet's request is on the wire; returns `result`. */
export async function rawRpc(node, method, params = []) {
	const response = await fetch(`http://127.0.0.1:${node.rpcPort}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
	});
	const body = await response.json();
	if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
	return body.result;
}

/** The dev accounts that validate the `local` chain, in order. */
export const LOCAL_VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];

/**
 * The validator configs of a `local` network under `dir` (by default its four genesis
 * validators; more dev names give nodes that validate once voted in, with new node keys
 * the federation has not authorised), on free ports, the first node being the others'
 * bootnode. Start each with `startValidator(config)`; `peerId` is the node's.
 */
export async function localNetworkConfigs(dir, names = LOCAL_VALIDATORS) {
	const ports = await freePorts(names.length * 2);
	const keys = names.map((name) => (LOCAL_VALIDATORS.includes(name)
		? wellKnownNodeKey(join(dir, name), name)
		: nodeKey(join(dir, name))));
	const bootnode = `/ip4/127.0.0.1/tcp/${ports[1]}/p2p/${keys[0].peerId}`;
	return names.map((name, i) => ({
		chain: 'local', name, basePath: join(dir, name), keyPath: keys[i].path, peerId: keys[i].peerId,
		rpcPort: ports[2 * i], p2pPort: ports[2 * i + 1],
		bootnodes: i === 0 ? [] : [bootnode],
	}));
}
