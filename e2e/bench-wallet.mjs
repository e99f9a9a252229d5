// How fast the wallet is, in Chromium against a local dev node and its indexer:
//
// - its JavaScript, gzipped: what the page fetched to show the first screen (the target:
//   at most 250 kB), and the whole build (views fetched when first opened, the QR decoder);
// - the first screen with the balance, for a returning member: from opening the page to
//   the balance of the account used last shown, locked (target: 1.5 s); and, for the
//   record, how long "Unlock" takes (scrypt, in JavaScript) once the password is typed;
// - a new balance: from the moment the node announces the finalised block that holds a
//   payment to the person, to the wallet showing the new balance (target: 1 s).
//
// Each timing `runs` times; prints one JSON line with the median and the worst.
//
//   node bench-wallet.mjs [runs]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { devAccounts } from './lib/chain.mjs';
import { BAKERS, HOUR } from './lib/constants.mjs';
import { earn } from './lib/hours.mjs';
import { startIndexer } from './lib/indexer.mjs';
import { DevChain } from './lib/networks.mjs';
import { REPO_ROOT } from './lib/node.mjs';
import { launchChromium, serveWallet, walletUrl } from './lib/wallet.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const PASSWORD = 'bench password';
const [alice, bob, charlie] = devAccounts('Alice', 'Bob', 'Charlie');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => ({ median_ms: Math.round(median(xs)), worst_ms: Math.round(Math.max(...xs)) });

/** The size of the JavaScript files `names` (all of the build's when not given), raw and gzipped. */
function bundleBytes(names) {
	const dir = join(REPO_ROOT, 'wallet/dist/assets');
	const js = readdirSync(dir).filter((f) => f.endsWith('.js') && (!names || names.includes(f))).map((f) => readFileSync(join(dir, f)));
	return { files: js.length, raw: js.reduce((n, b) => n + b.length, 0), gzip: js.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}

/** Submits `tx` signed by `signer`; resolves with the number of the block it went into, once finalised. */
function payAndFindBlock(tx, signer) {
	return new Promise((ok, fail) => {
		let inBlock;
		tx.signAndSend(signer, async ({ status, dispatchError }) => {
			if (dispatchError) fail(new Error(`the payment failed: ${dispatchError}`));
			else if (status.isInBlock) inBlock = status.asInBlock;
			else if (status.isFinalized) ok((await chain.api.rpc.chain.getHeader(inBlock ?? status.asFinalized)).number.toNumber());
		}).catch(fail);
	});
}

const chain = await new DevChain('bench-wallet', { extra: ['--state-pruning', 'archive'] }).start();
const indexer = await startIndexer({ nodeUrl: chain.node.url, database: join(chain.dir, 'index.sqlite'), logPath: join(chain.dir, 'indexer.log') });
const wallet = await serveWallet();
const browser = await launchChromium();
try {
	const page = await (await browser.newContext()).newPage();
	const url = walletUrl(wallet, chain.node.url, indexer.url);
	const nav = (name) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
	const connected = () => page.getByTestId('connection').getByText('connected', { exact: true }).waitFor({ timeout: 30_000 });

	// Charlie's key, imported once (not timed): what a returning member has in the browser.
	await page.goto(url);
	await connected();
	await nav('Accounts');
	await page.getByRole('button', { name: 'Import a mnemonic' }).click();
	await page.getByLabel('Mnemonic').fill('//Charlie');
	await page.getByLabel('Name', { exact: true }).fill('Charlie');
	await page.getByLabel('Password for this browser').fill(PASSWORD);
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	let loadedJs;
	const toBalance = [];
	const unlocking = [];
	for (let i = 0; i < RUNS; i++) {
		const opened = Date.now();
		await page.goto(url);
		await page.getByTestId('balance').getByText(/\d/).waitFor({ timeout: 30_000 });
		toBalance.push(Date.now() - opened);
		// What the browser fetched to show it: the JavaScript a returning member downloads.
		loadedJs ??= await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((f) => f.endsWith('.js')));
		const bar = page.getByTestId('unlock-bar');
		await bar.getByLabel('Password to unlock Charlie').fill(PASSWORD);
		const clicked = Date.now();
		await bar.getByRole('button', { name: 'Unlock' }).click();
		await bar.waitFor({ state: 'detached', timeout: 30_000 });
		unlocking.push(Date.now() - clicked);
	}

	// Bob earns what he then pays Charlie, a quarter of an hour each run.
	await earn(chain.api, { member: bob, coop: BAKERS, minutes: 15 * RUNS, approver: alice });
	// Finalised heads as the node announces them, with when they arrived.
	const finalisedAt = new Map();
	const stop = await chain.api.rpc.chain.subscribeFinalizedHeads((h) => finalisedAt.set(h.number.toNumber(), Date.now()));
	const newBalance = [];
	for (let i = 0; i < RUNS; i++) {
		const before = await page.getByTestId('balance').textContent();
		// The page notes when the balance's text changes, by its own clock (the same machine's).
		await page.evaluate((text) => new Promise((ok) => {
			const el = document.querySelector('[data-testid="balance"]');
			window.balanceChangedAt = undefined;
			new MutationObserver((_, observer) => {
				if (el.textContent !== text) { window.balanceChangedAt = Date.now(); observer.disconnect(); }
			}).observe(el, { childList: true, characterData: true, subtree: true });
			ok();
		}), before);
		const included = await payAndFindBlock(chain.api.tx.hours.transfer(charlie.address, HOUR / 4n), bob);
		await page.waitForFunction(() => window.balanceChangedAt !== undefined, null, { timeout: 30_000 });
		const shown = await page.evaluate(() => window.balanceChangedAt);
		// The head that finalised the payment: the first one announced at or above its block.
		const block = Math.min(...[...finalisedAt.keys()].filter((n) => n >= included));
		newBalance.push(shown - finalisedAt.get(block));
	}
	stop();
	console.log(JSON.stringify({
		js_the_first_screen_loads: bundleBytes(loadedJs),
		js_of_the_whole_build: bundleBytes(),
		page_to_balance: summary(toBalance),
		unlock: summary(unlocking),
		finalised_to_new_balance: summary(newBalance),
		runs: RUNS,
	}));
} finally {
	await browser.close();
	await indexer.stop();
	wallet.child.kill();
	await chain.stop();
}
