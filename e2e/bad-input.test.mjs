// Mistakes an operator makes when starting a node: each must end the process at once with
// exit code 1 and one line on stderr that names the problem, never a panic or a backtrace.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { NODE_BIN, tempDir } from './lib/node.mjs';

/** Runs coop-node to completion; returns its exit code and its stderr lines. */
function run(args) {
	const result = spawnSync(NODE_BIN, args, { encoding: 'utf8', timeout: 60_000 });
	const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
	// Startup logs are timestamped; the error is the one line that is not.
	const errors = lines.filter((line) => !/^\d{4}-\d{2}-\d{2} /.test(line));
	return { status: result.status, signal: result.signal, errors, stderr: result.stderr };
}

function assertOneLineError(result, pattern) {
	assert.equal(result.signal, null, 'exited by itself');
	assert.equal(result.status, 1, result.stderr);
	assert.equal(result.errors.length, 1, `one error line, got:\n${result.errors.join('\n')}`);
	assert.match(result.errors[0], /^Error: /);
	assert.match(result.errors[0], pattern);
	assert.doesNotMatch(result.stderr, /panicked|RUST_BACKTRACE|stack backtrace/);
}

describe('bad input to coop-node', () => {
	const dir = tempDir('bad-input');

	it('a chain spec path that does not exist', () => {
		assertOneLineError(run(['--chain', join(dir, 'missing.json'), '--tmp']), /missing\.json/);
	});

	it('a chain spec that is not JSON', () => {
		const path = join(dir, 'garbage.json');
		writeFileSync(path, 'this is not a chain spec');
		assertOneLineError(run(['--chain', path, '--tmp']), /Error parsing spec file/);
	});

	/**
	 * Holds a port on `host` (one the kernel picks as this binds it) while coop-node tries to
	 * start with `args(port)`; its other ports are 0, which the node picks itself.
	 */
	async function assertPortRefused(kind, host, args) {
		const holder = createServer();
		await new Promise((ok, fail) => holder.once('error', fail).listen(0, host, ok));
		const { port } = holder.address();
		try {
			const result = run(['--chain', 'dev', '--tmp', '--no-prometheus', ...args(port)]);
			assertOneLineError(result, new RegExp(`${kind} port ${port} .*not available`));
		} finally {
			await new Promise((ok) => holder.close(ok));
		}
	}

	it('an RPC port that is already in use', async () => {
		// Substrate alone would quietly move RPC to a random port instead.
		await assertPortRefused('RPC', '127.0.0.1', (port) => ['--rpc-port', String(port), '--port', '0']);
	});

	it('a p2p port that is already in use', async () => {
		await assertPortRefused('p2p', '0.0.0.0', (port) => ['--port', String(port), '--rpc-port', '0']);
	});

	it('a base path that cannot be written', () => {
		const file = join(dir, 'a-file');
		writeFileSync(file, '');
		const result = run(['--chain', 'dev', '--base-path', join(file, 'node'), '--port', '0', '--rpc-port', '0', '--no-prometheus']);
		assertOneLineError(result, /base path .*a-file\/node.* cannot be written/);
	});

	it('an unknown flag', () => {
		const result = spawnSync(NODE_BIN, ['--no-such-flag'], { encoding: 'utf8' });
		assert.notEqual(result.status, 0);
		assert.match(result.stderr, /no-such-flag/);
		assert.doesNotMatch(result.stderr, /panicked/);
	});
});
