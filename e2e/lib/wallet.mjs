// The wallet as the browser tests and the wallet's benchmark drive it: its built files
// served by wallet/serve.mjs, and Debian's Chromium through playwright-core.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { REPO_ROOT } from './node.mjs';

export const { chromium } = await import(join(REPO_ROOT, 'wallet/node_modules/playwright-core/index.mjs'));
export const CHROMIUM = process.env.COOP_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium as these machines run it: no sandbox for root, no GPU, nothing fetched from outside. */
export function launchChromium() {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** Serves wallet/dist on a free port; resolves with its URL and the process. */
export function serveWallet() {
	return new Promise((ok, fail) => {
		const child = spawn(process.execPath, [join(REPO_ROOT, 'wallet/serve.mjs'), '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
		child.stderr.on('data', (c) => {
			const m = /http:\/\/127\.0\.0\.1:\d+/.exec(c.toString());
			if (m) ok({ url: m[0], child });
		});
		child.once('exit', (code) => fail(new Error(`wallet server exited (${code})`)));
	});
}

/** The wallet's address for a chain's node and an indexer. */
export const walletUrl = (wallet, nodeUrl, indexerUrl) =>
	`${wallet.url}/?rpc=${encodeURIComponent(nodeUrl)}&indexer=${encodeURIComponent(indexerUrl)}`;
