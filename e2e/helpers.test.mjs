// The live tests' own helpers, without a node: waits that retry only "not yet", and the
// node flags shared with the scripts.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { NotYet, REPO_ROOT, TimedOut, nodeFlags, waitFor } from './lib/node.mjs';

describe('waitFor', () => {
	it('returns the first truthy value, trying again while the check says not yet', async () => {
		let calls = 0;
		const value = await waitFor('the third call', () => {
			calls += 1;
			if (calls === 1) return false;
			if (calls === 2) throw new NotYet('second call');
			return 'done';
		}, 5_000, 1);
		assert.equal(value, 'done');
		assert.equal(calls, 3);
	});

	it('throws any other error at once, without waiting for its deadline', async () => {
		const started = Date.now();
		let calls = 0;
		await assert.rejects(waitFor('a broken check', () => {
			calls += 1;
			return undefined.property;
		}, 60_000, 10), TypeError);
		assert.equal(calls, 1);
		assert.ok(Date.now() - started < 1_000);
	});

	it('times out with what it waited for and the last reason it was given', async () => {
		await assert.rejects(waitFor('something', () => { throw new NotYet('still 3 of 4'); }, 50, 10), (error) => {
			assert.ok(error instanceof TimedOut);
			assert.match(error.message, /timed out after 50 ms waiting for something: still 3 of 4/);
			return true;
		});
	});
});

describe('node flags', () => {
	it('the live tests read the same flags as scripts/lib.sh', () => {
		const groups = ['validator', 'dev', 'local', 'loopback', 'throwaway', 'wallets'];
		const lib = join(REPO_ROOT, 'scripts/lib.sh');
		const fromBash = execFileSync('bash', ['-c', 'source "$0"; node_flags "$@"', lib, ...groups], { encoding: 'utf8' });
		assert.deepEqual(nodeFlags(...groups), fromBash.trim().split('\n'));
		assert.ok(nodeFlags('validator').join(' ').includes('--offchain-worker always'), 'every node applies the peer policy');
	});
});

describe('the test runs', () => {
	it('every test file is in one of npm test\'s two groups, once', () => {
		// `npm test` names its files (the four-validator networks one at a time, the dev chains
		// three at once): a new file that is in neither would never run.
		const e2e = join(REPO_ROOT, 'e2e');
		const { scripts } = JSON.parse(readFileSync(join(e2e, 'package.json'), 'utf8'));
		const named = `${scripts['test:networks']} ${scripts['test:dev']}`.split(/\s+/).filter((word) => word.endsWith('.test.mjs'));
		const files = readdirSync(e2e).filter((name) => name.endsWith('.test.mjs'));
		assert.deepEqual([...named].sort(), [...files].sort());
	});
});
