// The member wallet in a real browser (Debian's Chromium, driven by playwright-core)
// against a live dev chain and its indexer: an account created from a new mnemonic (the
// words asked back, a backup downloaded, the same address polkadot.js gives), Charlie
// logging work with a description, Bob reading that description and approving, Charlie
// paying Ferdie found by name, and a payment to a non-member refused before signing. Then
// Alice, the Bakers' admin, invites the new account through Members, it accepts in Home and
// Alice makes it an approver; Charlie proposes a spend from the Bakers' pool through the
// form, the co-op votes and the wallet closes it; bad input is refused before signing.
// Along the way every view is screenshotted and checked with axe-core (lib/a11y.mjs); no
// view is wider than a 360-pixel phone; and Pay is reached and filled with the keyboard alone.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';

import { checkAxe, checkView, focused, overflow, showsFocus, tabTo } from './lib/a11y.mjs';
import { devAccounts, freeBalance, send } from './lib/chain.mjs';
import { BAKERS, HOUR } from './lib/constants.mjs';
import { voteAye } from './lib/daco.mjs';
import { startIndexer } from './lib/indexer.mjs';
import { REPO_ROOT } from './lib/node.mjs';
import { useDevChain } from './lib/networks.mjs';
import { launchChromium, serveWallet, walletUrl } from './lib/wallet.mjs';

const [charlie, bob, ferdie, alice] = devAccounts('Charlie', 'Bob', 'Ferdie', 'Alice');
const PASSWORD = 'correct horse battery';
const WORK = 'Kneaded and baked the sourdough batch';

describe('the wallet in Chromium', () => {
	const chain = useDevChain('wallet', { extra: ['--state-pruning', 'archive'] });
	let wallet;
	let indexer;
	let browser;
	let page;
	let newcomer; // the account created in the first test, as a key pair
	const cspViolations = []; // every Content-Security-Policy violation of any page load

	before(async () => {
		assert.ok(existsSync(join(REPO_ROOT, 'wallet/dist/index.html')), 'wallet/dist is built (npm run build in wallet/, scripts/test.sh does it)');
		wallet = await serveWallet();
		indexer = await startIndexer({
			nodeUrl: chain.node.url, database: join(chain.dir, 'index.sqlite'), logPath: join(chain.dir, 'indexer.log'),
			extra: ['--cors-origin', wallet.url],
		});
		browser = await launchChromium();
		page = await (await browser.newContext({ acceptDownloads: true })).newPage();
		page.on('pageerror', (error) => console.error('page error:', error.message));
		page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error(`page ${m.type()}:`, m.text()); });
		await page.exposeFunction('coopTestCspViolation', (v) => cspViolations.push(v));
		await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.coopTestCspViolation(`${e.effectiveDirective} refused ${e.blockedURI}`)));
		const response = await page.goto(walletUrl(wallet, chain.node.url, indexer.url));
		assert.match(response.headers()['content-security-policy'], /^default-src 'none'; script-src 'self';.*frame-ancestors 'none'$/);
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
	});
	after(async () => {
		await browser?.close();
		await indexer?.stop();
		wallet?.child.kill();
		// Every view of every test ran under the policy without needing an exception.
		assert.deepEqual(cspViolations, [], 'Content-Security-Policy violations');
	});

	const notice = () => page.getByTestId('notice');
	/** Waits for the notice to read `text`; a timeout says what it read instead. */
	async function expectNotice(text, timeout = 10_000) {
		try {
			await notice().getByText(text).waitFor({ timeout });
		} catch (error) {
			const shown = await notice().allTextContents().catch(() => []);
			throw new Error(`the notice never read ${text}; it reads ${JSON.stringify(shown)}`, { cause: error });
		}
	}
	const view = (name) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

	async function importDev(name, uri) {
		await view('Accounts');
		await page.getByRole('button', { name: 'Import a mnemonic' }).click();
		await page.getByLabel('Mnemonic').fill(uri);
		await page.getByLabel('Name', { exact: true }).fill(name);
		await page.getByLabel('Password for this browser').fill(PASSWORD);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await use(name);
	}

	async function use(name) {
		await view('Accounts');
		await page.getByLabel(`Password for ${name}`).fill(PASSWORD);
		await page.getByTestId('account-row').filter({ hasText: name }).getByRole('button', { name: 'Unlock and use' }).click();
		await expectNotice('Unlocked');
	}

	it('creates an account: the words asked back, a backup downloaded, polkadot.js\'s address', async () => {
		await page.getByRole('button', { name: 'Create an account' }).click();
		const mnemonic = (await page.getByTestId('mnemonic').textContent()).trim();
		await checkView(page, 'accounts-create');
		const words = mnemonic.split(' ');
		assert.equal(words.length, 12);
		// A wrong word is refused.
		const asked = await page.locator('input[id^="word-"]').evaluateAll((els) => els.map((e) => Number(e.id.slice(5))));
		for (const i of asked) await page.locator(`#word-${i}`).fill('wrong');
		await page.getByLabel('Name (yours').fill('Newcomer');
		await page.getByLabel('Password (at least').fill(PASSWORD);
		await page.getByRole('button', { name: /create$/ }).click();
		await expectNotice('do not match');
		for (const i of asked) await page.locator(`#word-${i}`).fill(words[i]);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /create$/ }).click();
		const backup = await download;
		const expected = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(mnemonic).address;
		assert.match(backup.suggestedFilename(), new RegExp(expected));
		newcomer = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(mnemonic);
		await page.getByTestId('account-row').filter({ hasText: expected }).waitFor();
		await checkView(page, 'accounts');
		// What is kept is the encrypted JSON, never the mnemonic.
		const kept = await page.evaluate(() => localStorage.getItem('coop-wallet.accounts'));
		assert.ok(kept.includes('"scrypt"') && kept.includes('xsalsa20-poly1305'));
		assert.ok(!kept.includes(words[0]) || !kept.includes(words[1]));
	});

	it('the Content-Security-Policy refuses a script from elsewhere, and this test hears of it', async () => {
		await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { src: 'http://192.0.2.1/planted.js' })));
		for (let i = 0; i < 50 && !cspViolations.length; i++) await new Promise((ok) => setTimeout(ok, 20));
		// Reported once per policy that refuses it: the header's and the <meta>'s, the same policy.
		const heard = cspViolations.splice(0);
		assert.ok(heard.length >= 1 && heard.every((v) => v === 'script-src-elem refused http://192.0.2.1/planted.js'), JSON.stringify(heard));
	});

	it('axe, as these tests run it, finds a violation planted in the page', async () => {
		await page.evaluate(() => {
			const p = Object.assign(document.createElement('p'), { id: 'planted', textContent: 'grey on white' });
			p.style.color = '#bbb';
			document.querySelector('main').append(p);
		});
		await assert.rejects(checkAxe(page, 'a planted paragraph'), /color-contrast \(serious\)[^]*#planted/);
		await page.evaluate(() => document.getElementById('planted').remove());
	});

	it('Charlie logs work with a description; the chain holds its hash, the indexer the text', async () => {
		await importDev('Charlie', '//Charlie');
		await view('Home');
		await page.getByTestId('coop').filter({ hasText: "Bakers' Co-op: Member" }).waitFor();
		await checkView(page, 'home');
		await view('Log work');
		await page.getByTestId('minutes-left').waitFor();
		await checkView(page, 'log-work');
		await page.getByLabel('Hours').fill('1');
		await page.getByLabel('Minutes').fill('30');
		await page.getByLabel('What you did').fill(WORK);
		await page.getByRole('button', { name: /Sign and log 90 minutes/ }).click();
		await expectNotice('Logged 90 minutes', 60_000);
		const claims = await chain.api.query.hours.claimsOf.keys(charlie.address);
		const ids = claims.map((k) => k.args[1].toNumber());
		const claim = (await chain.api.query.hours.claims(Math.max(...ids))).unwrap();
		assert.equal(claim.memo.toHex(), blake2AsHex(WORK, 256));
		assert.equal(claim.minutes.toNumber(), 90);
	});

	it('Bob reads the description and approves; Charlie is paid 1.5 HOUR', async () => {
		const before = await freeBalance(chain.api, charlie.address);
		await importDev('Bob', '//Bob');
		await view('Approvals');
		const card = page.getByTestId('claim').filter({ hasText: WORK });
		await card.waitFor({ timeout: 30_000 });
		await checkView(page, 'approvals');
		await card.getByRole('button', { name: 'Approve' }).click();
		await expectNotice(/Claim \d+ approved/, 60_000);
		assert.equal(await freeBalance(chain.api, charlie.address), before + (HOUR * 3n) / 2n);
	});

	it('Charlie pays Ferdie, found by name, and follows it to finality', async () => {
		await use('Charlie');
		const before = await freeBalance(chain.api, ferdie.address);
		await view('Pay');
		await page.getByLabel('Find a member by name').fill('Ferd');
		await page.getByTestId('payee-option').filter({ hasText: 'Ferdie' }).click();
		await page.getByLabel('Amount in HOUR').fill('0.5');
		await page.getByRole('button', { name: 'Review' }).click();
		await page.getByTestId('confirm-text').getByText('0.5 HOUR').waitFor();
		await checkView(page, 'pay-confirm');
		await page.getByRole('button', { name: 'Sign and pay' }).click();
		await expectNotice(/Paid 0.5 HOUR to Ferdie: finalised/, 60_000);
		assert.equal(await page.getByTestId('progress').textContent(), 'finalised');
		assert.equal(await freeBalance(chain.api, ferdie.address), before + HOUR / 2n);
		await view('History');
		await page.getByTestId('history-row').filter({ hasText: 'payment (out)' }).first().waitFor({ timeout: 30_000 });
		// The balance plot has the payment: its name and its table end at the balance after it.
		const { hoursAndMinutes } = await import('../wallet/src/lib/format.js');
		const balanceNow = hoursAndMinutes(await freeBalance(chain.api, charlie.address));
		const plot = page.getByTestId('balance-plot');
		await plot.getByRole('img', { name: new RegExp(`^Balance .*(now|:) ${balanceNow}$`) }).waitFor({ timeout: 30_000 });
		assert.equal(await plot.getByRole('table', { name: 'Balance on each day it changed' }).locator('tr').last().locator('td').last().textContent(), balanceNow);
		await checkView(page, 'history');
	});

	it('a payment to someone who is not a member is refused before signing', async () => {
		const outsider = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//not-a-member').address;
		const nonce = (await chain.api.query.system.account(charlie.address)).nonce.toNumber();
		await view('Pay');
		await page.getByLabel('…or paste an address').fill(outsider);
		await page.getByLabel('…or paste an address').press('Tab');
		await page.getByLabel('Amount in HOUR').fill('1');
		await page.getByRole('button', { name: 'Review' }).click();
		await expectNotice('is not a member of any co-op');
		assert.equal(await page.getByRole('button', { name: 'Sign and pay' }).count(), 0);
		assert.equal((await chain.api.query.system.account(charlie.address)).nonce.toNumber(), nonce);
	});

	it('a payment of more than the payer has is refused before signing, in words; the whole balance is not', async () => {
		const { decimal } = await import('../wallet/src/lib/format.js');
		const balance = await freeBalance(chain.api, charlie.address);
		const nonce = (await chain.api.query.system.account(charlie.address)).nonce.toNumber();
		await view('Pay');
		await page.getByLabel('Find a member by name').fill('Ferd');
		await page.getByTestId('payee-option').filter({ hasText: 'Ferdie' }).click();
		await page.getByLabel('Amount in HOUR').fill(decimal(balance + 1n)); // one unit more
		await page.getByRole('button', { name: 'Review' }).click();
		await expectNotice(`${decimal(balance + 1n)} HOUR is more than you can pay: at most ${decimal(balance)} HOUR`);
		assert.equal(await page.getByRole('button', { name: 'Sign and pay' }).count(), 0);
		// Exactly the balance is allowed as far as the confirmation, and cancelled there.
		await page.getByLabel('Amount in HOUR').fill(decimal(balance));
		await page.getByRole('button', { name: 'Review' }).click();
		await page.getByTestId('confirm-text').getByText(`${decimal(balance)} HOUR`).waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		assert.equal((await chain.api.query.system.account(charlie.address)).nonce.toNumber(), nonce);
		assert.equal(await freeBalance(chain.api, charlie.address), balance);
	});

	it('Alice invites the new account through Members, it accepts in Home, Alice makes it an approver', async () => {
		await importDev('Alice', '//Alice');
		await view('Members');
		await page.getByTestId('member-row').filter({ hasText: 'Charlie' }).waitFor({ timeout: 30_000 });
		await checkView(page, 'members');
		// A malformed address is refused before anything is signed.
		await page.getByLabel('Their address').fill('5notanaddress');
		await page.getByLabel('Their name').fill('Newcomer');
		await page.getByLabel('Identity commitment').fill('passport checked by Alice, e2e salt');
		await page.getByRole('button', { name: 'Review the invitation' }).click();
		await expectNotice('is not an address');
		assert.equal(await page.getByRole('button', { name: 'Sign', exact: true }).count(), 0);
		await page.getByLabel('Their address').fill(newcomer.address);
		await page.getByRole('button', { name: 'Review the invitation' }).click();
		await page.getByTestId('confirm-text').getByText('Invite Newcomer').waitFor();
		await checkView(page, 'members-confirm');
		await page.getByRole('button', { name: 'Sign', exact: true }).click();
		await expectNotice('Done: Invite Newcomer', 60_000);
		assert.ok((await chain.api.query.registry.invitations(newcomer.address, BAKERS)).isSome);

		await use('Newcomer');
		await view('Home');
		const accept = page.getByRole('button', { name: 'Accept' });
		await accept.waitFor({ timeout: 30_000 });
		await checkView(page, 'home-invitation');
		await accept.click();
		await expectNotice('You are a member now', 60_000);
		assert.equal((await chain.api.query.registry.memberships(BAKERS, newcomer.address)).unwrap().role.type, 'Member');

		await use('Alice');
		await view('Members');
		const row = page.getByTestId('member-row').filter({ hasText: newcomer.address });
		await row.waitFor({ timeout: 30_000 });
		await row.getByLabel('New role for Newcomer').selectOption('Approver');
		await row.getByRole('button', { name: 'Change role' }).click();
		await page.getByTestId('confirm-text').getByText('Make Newcomer Approver').waitFor();
		await page.getByRole('button', { name: 'Sign', exact: true }).click();
		await expectNotice('Done: Make Newcomer Approver', 60_000);
		assert.equal((await chain.api.query.registry.memberships(BAKERS, newcomer.address)).unwrap().role.type, 'Approver');
		await row.getByRole('cell', { name: 'Approver', exact: true }).waitFor();
	});

	it('Charlie proposes a spend from the pool through the form; the co-op votes, the wallet closes it', async () => {
		await send(chain.api, chain.api.tx.hours.contribute(BAKERS, HOUR / 2n), charlie);
		const poolAccount = (await (await fetch(`${indexer.url}/coops`)).json()).coops.find((c) => c.id === BAKERS).pool;
		const poolBefore = await freeBalance(chain.api, poolAccount);
		const bobBefore = await freeBalance(chain.api, bob.address);
		assert.ok(poolBefore >= HOUR / 2n);

		await use('Charlie');
		await view('Propose');
		await page.getByLabel('Who decides').selectOption({ label: "Bakers' Co-op" });
		await page.getByLabel('What').selectOption('spend');
		await page.getByLabel('To (a member').fill(bob.address);
		// More than the pool holds is refused before signing.
		await page.getByLabel('Amount in HOUR').fill('1000');
		await page.getByRole('button', { name: 'Review the proposal' }).click();
		await expectNotice('holds only');
		assert.equal(await page.getByRole('button', { name: 'Sign the proposal' }).count(), 0);
		await page.getByLabel('Amount in HOUR').fill('0.25');
		await page.getByRole('button', { name: 'Review the proposal' }).click();
		await page.getByTestId('confirm-text').getByText('Pay 0.25 HOUR from the pool').waitFor();
		await checkView(page, 'propose-confirm');
		assert.match(await page.getByTestId('call-words').textContent(), /^hours\.spend\(coop: "0", to: "5/);
		await page.getByRole('button', { name: 'Sign the proposal' }).click();
		await expectNotice(/Proposed #\d+/, 60_000);
		const id = Number(/Proposed #(\d+)/.exec(await notice().textContent())[1]);

		// Charlie votes in the wallet; the rest of the electorate (Alice, Bob, the newcomer) from theirs.
		await view('Votes');
		const card = page.getByTestId('proposal').filter({ hasText: `#${id} ` });
		await card.waitFor({ timeout: 30_000 });
		await checkView(page, 'votes');
		// The tally against the rule, read from the chain: who voted, what passing needs, time left.
		await card.getByTestId('time-left').getByText(/^About .* left to vote \(until block \d+\)$/).waitFor({ timeout: 20_000 });
		await card.getByText(/^Voted: 0 of \d+; the quorum needs \d+$/).waitFor();
		await card.getByRole('button', { name: 'Aye' }).click();
		await expectNotice(`Vote Aye on #${id}: done`, 60_000);
		await card.getByText(/^Voted: 1 of \d+/).waitFor({ timeout: 20_000 });
		await voteAye(chain.api, id, [alice, bob, newcomer]);
		// The others voted from their own keys: the view hears it at the next block, and says what closing does.
		await card.getByTestId('close-state').getByText('Closing it now passes it.').waitFor({ timeout: 30_000 });
		await card.getByRole('button', { name: 'Close' }).click();
		await expectNotice(`Close #${id}: done`, 60_000);
		assert.equal(await freeBalance(chain.api, poolAccount), poolBefore - HOUR / 4n);
		assert.equal(await freeBalance(chain.api, bob.address), bobBefore + HOUR / 4n);
	});

	it('Propose: the co-op\'s terms and its delegate from forms, each refused first where the chain would refuse it', async () => {
		const least = (await chain.api.query.hours.policy()).approvalsRequired.toNumber();
		await view('Propose');
		await page.getByLabel('Who decides').selectOption({ label: "Bakers' Co-op" });
		const review = () => page.getByRole('button', { name: 'Review the proposal' }).click();
		const cancel = () => page.getByRole('button', { name: 'Cancel' }).click();

		await page.getByLabel('What').selectOption('terms');
		await page.getByLabel('HOUR paid for an hour of work').fill('1000');
		await review();
		await expectNotice('The policy allows a rate of');
		await page.getByLabel('HOUR paid for an hour of work').fill('1');
		await page.getByLabel('Approvals each claim needs').fill(String(least));
		await review();
		await page.getByTestId('confirm-text').getByText(`Pay 1 HOUR for an hour of work at Bakers' Co-op, each claim needing ${least} approval`).waitFor();
		assert.match(await page.getByTestId('call-words').textContent(), /^hours\.setCoopTerms\(coop: "0", /);
		await cancel();

		await page.getByLabel('What').selectOption('delegate');
		await page.getByLabel("The delegate's address").fill(charlie.address); // a member, not an admin
		await review();
		await expectNotice("The delegate must be an admin of Bakers' Co-op");
		await page.getByLabel("The delegate's address").fill('not an address');
		await review();
		await expectNotice('is not an address');
		await page.getByLabel("The delegate's address").fill(alice.address);
		await review();
		await page.getByTestId('confirm-text').getByText("to cast the vote of Bakers' Co-op in the federation").waitFor();
		assert.match(await page.getByTestId('call-words').textContent(), /^daco\.setDelegate\(coop: "0", delegate: "5/);
		await cancel();
	});

	it('on a 360-pixel-wide phone, no view is wider than the screen, and axe finds nothing serious', async () => {
		await use('Alice'); // an admin, so that Members shows its table
		// What each view shows once its data is in.
		const shown = {
			Home: () => page.getByTestId('balance'), Pay: () => page.getByLabel('Amount in HOUR'), 'Log work': () => page.getByTestId('minutes-left'),
			History: () => page.getByTestId('history-row').first(), Approvals: () => page.getByRole('heading', { name: 'Claims to approve' }),
			Votes: () => page.getByRole('heading', { name: 'Open proposals' }), Propose: () => page.getByLabel('Who decides'),
			Members: () => page.getByTestId('member-row').first(), Accounts: () => page.getByTestId('account-row').first(),
		};
		await page.setViewportSize({ width: 360, height: 740 });
		try {
			const wide = [];
			for (const [name, ready] of Object.entries(shown)) {
				await view(name);
				await ready().waitFor({ timeout: 30_000 });
				await checkView(page, `phone-${name.toLowerCase().replace(' ', '-')}`);
				const { excess, culprits } = await overflow(page);
				if (excess > 0) wide.push(`${name}: ${excess} px too wide, from ${culprits.join(', ')}`);
			}
			assert.deepEqual(wide, [], 'views wider than a 360-pixel screen');
		} finally {
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});

	it('a returning person sees the last account\'s balance at once, locked; the password is asked only to sign', async () => {
		await page.reload(); // Alice was in use (the phone test)
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
		await page.waitForFunction(() => document.title === 'Home · Coop Exchange wallet', null, { timeout: 5_000 });
		const units = await freeBalance(chain.api, alice.address);
		const minutes = Number((units * 60n) / HOUR);
		const shown = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`; // as the wallet writes it
		await page.getByTestId('balance').getByText(shown, { exact: true }).waitFor({ timeout: 10_000 });
		const bar = page.getByTestId('unlock-bar');
		await bar.getByText('Alice is locked').waitFor();
		await checkView(page, 'home-locked');

		// Signing while locked says where the password goes, and sends nothing. (Alice has no
		// HOUR yet, and Pay refuses more than the payer has before it gets that far.)
		await send(chain.api, chain.api.tx.hours.transfer(alice.address, HOUR / 100n), ferdie);
		const nonce = (await chain.api.query.system.account(alice.address)).nonce.toNumber();
		await view('Pay');
		await page.getByLabel('Find a member by name').fill('Ferd');
		await page.getByTestId('payee-option').filter({ hasText: 'Ferdie' }).click();
		await page.getByLabel('Amount in HOUR').fill('0.01');
		await page.getByRole('button', { name: 'Review' }).click();
		await page.getByRole('button', { name: 'Sign and pay' }).click();
		await expectNotice('Unlock the account first');
		assert.equal((await chain.api.query.system.account(alice.address)).nonce.toNumber(), nonce);

		await bar.getByLabel('Password to unlock Alice').fill('not the password');
		await bar.getByRole('button', { name: 'Unlock' }).click();
		await expectNotice('Wrong password');
		await bar.getByLabel('Password to unlock Alice').fill(PASSWORD);
		await bar.getByRole('button', { name: 'Unlock' }).click();
		await expectNotice('Unlocked');
		await bar.waitFor({ state: 'detached' });
	});

	it('the node stops and comes back while the wallet is open: a banner, then the wallet carries on by itself', async () => {
		await view('Home');
		await page.getByTestId('balance').getByText(/\d/).waitFor();
		await chain.restart(async () => {
			await page.getByTestId('offline').getByText('is not answering').waitFor({ timeout: 30_000 });
			assert.equal(await page.getByTestId('connection').textContent(), 'reconnecting…');
			await checkView(page, 'home-offline');
		});
		await expectNotice('Reconnected to the chain', 60_000);
		await page.getByTestId('offline').waitFor({ state: 'detached' });
		// Its subscriptions were renewed: HOUR paid to Alice now shows without a reload.
		const before = await page.getByTestId('balance').textContent();
		await send(chain.api, chain.api.tx.hours.transfer(alice.address, HOUR / 4n), ferdie);
		await page.waitForFunction((text) => document.querySelector('[data-testid="balance"]').textContent !== text, before, { timeout: 15_000 });
	});

	it('in Spanish: the interface from its catalog, the page\'s language said, and back to English', async () => {
		await page.getByLabel('Language').selectOption('es'); // keeps the choice and reloads
		await page.getByTestId('connection').getByText('conectado').waitFor({ timeout: 30_000 });
		assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
		const nav = page.getByRole('navigation', { name: 'Vistas' });
		await nav.getByRole('button', { name: 'Inicio', exact: true }).waitFor();
		await page.waitForFunction(() => document.title === 'Inicio · Monedero de Coop Exchange', null, { timeout: 5_000 });
		await page.getByTestId('unlock-bar').getByText('está bloqueada').waitFor(); // the reload locked Alice
		await page.getByRole('heading', { name: 'Sus cooperativas' }).waitFor();
		await checkView(page, 'home-es');
		await nav.getByRole('button', { name: 'Pagar', exact: true }).click();
		await checkView(page, 'pay-es');
		await page.getByLabel('Idioma').selectOption('en');
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
		assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
	});

	it('Settings keep the node\'s and the indexer\'s addresses; what is not one is refused', async () => {
		await view('Settings');
		const node = page.getByLabel("The chain's node");
		const idx = page.getByLabel('The indexer');
		assert.equal(await node.inputValue(), chain.node.url);
		assert.equal(await idx.inputValue(), indexer.url);
		await checkView(page, 'settings');
		const save = () => page.getByRole('button', { name: 'Save and reconnect' }).click();
		await node.fill(indexer.url); // an HTTP address where a WebSocket one belongs
		await save();
		await expectNotice("The chain's node starts with ws:// or wss://");
		await node.fill('node at the bakery');
		await save();
		await expectNotice('is not an address');
		await node.fill(chain.node.url);
		await idx.fill(`${indexer.url}/`);
		await save(); // reloads without ?rpc= in the address: the kept settings connect it
		await page.waitForURL((url) => url.search === '');
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
		assert.deepEqual(await page.evaluate(() => [localStorage.getItem('coop-wallet.rpc'), localStorage.getItem('coop-wallet.indexer')]), [chain.node.url, indexer.url]);
	});

	// No extension can be installed here (no web store), so the test plays the extension's
	// side of the injection protocol: window.injectedWeb3['polkadot-js'] installed before the
	// page loads, its signer signing the real payload in node with Dave's key, as
	// @polkadot/extension-base does. Last, because reloading the page locks every local key.
	it('Dave signs with a browser extension: connected on a click, pays Ferdie; a refused signature sends nothing', async () => {
		const [dave] = devAccounts('Dave');
		const gift = (HOUR * 4n) / 10n; // Dave, the Builders' admin, starts with no HOUR
		await send(chain.api, chain.api.tx.hours.transfer(dave.address, gift), charlie);

		const signed = [];
		let refuse = false;
		await page.exposeFunction('coopTestExtensionSign', (payload) => {
			signed.push(payload);
			if (refuse) return { error: 'Cancelled' };
			assert.equal(payload.address, dave.address);
			return chain.api.registry.createType('ExtrinsicPayload', payload, { version: payload.version }).sign(dave);
		});
		await page.addInitScript(({ address }) => {
			window.coopTestEnabled = [];
			window.injectedWeb3 = {
				...window.injectedWeb3,
				'polkadot-js': {
					version: '0.63.1',
					enable: async (origin) => {
						window.coopTestEnabled.push(origin);
						const list = [
							{ address, name: 'Dave (extension)', type: 'sr25519' },
							{ address: '0x0123456789abcdef0123456789abcdef01234567', name: 'an Ethereum account', type: 'ethereum' },
						];
						return {
							accounts: { get: async () => list, subscribe: (cb) => { cb(list); return () => {}; } },
							signer: {
								signPayload: async (payload) => {
									const result = await window.coopTestExtensionSign(payload);
									if (result.error) throw new Error(result.error);
									return { id: 1, signature: result.signature };
								},
							},
						};
					},
				},
			};
		}, { address: dave.address });
		await page.reload();
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });

		// The extension is offered but not asked anything until the person clicks.
		await view('Accounts');
		await page.getByRole('heading', { name: 'Accounts in a browser extension' }).waitFor();
		assert.deepEqual(await page.evaluate(() => window.coopTestEnabled), []);
		await page.getByRole('button', { name: 'Connect to the extension' }).click();
		const row = page.getByTestId('extension-account').filter({ hasText: 'Dave (extension)' });
		await row.waitFor();
		assert.deepEqual(await page.evaluate(() => window.coopTestEnabled), ['Coop Exchange wallet']);
		const text = await row.textContent();
		assert.ok(text.includes(dave.address) && text.includes('polkadot{.js}'), text);
		assert.equal(await page.getByTestId('extension-account').count(), 1, 'the Ethereum account is not offered');
		await row.getByRole('button', { name: 'Use' }).click();
		await expectNotice('Using Dave (extension) from polkadot{.js}');
		await checkView(page, 'accounts-extension');
		const kept = await page.evaluate(() => localStorage.getItem('coop-wallet.extension-accounts'));
		assert.deepEqual(JSON.parse(kept), [{ source: 'polkadot-js', address: dave.address }], 'only which extension holds which address');

		const before = await freeBalance(chain.api, ferdie.address);
		await view('Pay');
		await page.getByLabel('Find a member by name').fill('Ferd');
		await page.getByTestId('payee-option').filter({ hasText: 'Ferdie' }).click();
		await page.getByLabel('Amount in HOUR').fill('0.25');
		await page.getByRole('button', { name: 'Review' }).click();
		await page.getByTestId('confirm-text').getByText('0.25 HOUR').waitFor();
		await page.getByRole('button', { name: 'Sign and pay' }).click();
		await expectNotice(/Paid 0.25 HOUR to Ferdie: finalised/, 60_000);
		assert.equal(await freeBalance(chain.api, ferdie.address), before + HOUR / 4n);
		assert.equal(signed.length, 1, 'the extension was asked once');

		// The person refuses in the extension: told so, and nothing reaches the pool.
		refuse = true;
		const nonce = (await chain.api.query.system.account(dave.address)).nonce.toNumber();
		await page.getByLabel('Amount in HOUR').fill('0.1'); // what Dave has left (0.15), not more
		await page.getByRole('button', { name: 'Review' }).click();
		await page.getByRole('button', { name: 'Sign and pay' }).click();
		await expectNotice('The extension did not sign: Cancelled');
		assert.equal(signed.length, 2);
		assert.equal((await chain.api.query.system.account(dave.address)).nonce.toNumber(), nonce);
		const pending = await chain.api.rpc.author.pendingExtrinsics();
		assert.ok(!pending.some((x) => x.signer.toString() === dave.address), 'nothing of Dave\'s is in the pool');
		assert.equal(await freeBalance(chain.api, ferdie.address), before + HOUR / 4n);

		// After a reload the account is offered again, and one click brings it back.
		await page.reload();
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
		await view('Accounts');
		const again = page.getByTestId('extension-remembered').filter({ hasText: dave.address });
		await again.getByRole('button', { name: 'Connect and use' }).click();
		await expectNotice('Using Dave (extension) from polkadot{.js}');
		await page.getByTestId('extension-account').filter({ hasText: 'Dave (extension)' }).getByText('in use').waitFor();
	});

	it('with the keyboard alone: unlock an account, open Pay, choose the payee and the amount, review', async () => {
		// As for a person arriving who has not used this browser's wallet before (so it opens on
		// Accounts), with the focus at the top of the page.
		await page.evaluate(() => localStorage.removeItem('coop-wallet.last-account'));
		await page.reload();
		await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
		const skip = await tabTo(page, (f) => f.tag === 'a', 'the link that skips to the view', { max: 1 });
		assert.ok(showsFocus(skip), `the focused link shows it: ${JSON.stringify(skip)}`);
		// Through the navigation into Accounts (the view shown first), to Charlie's password.
		const nav = await tabTo(page, (f) => f.text === 'Home', 'the navigation');
		assert.ok(showsFocus(nav), `a focused view button shows it: ${JSON.stringify(nav)}`);
		await tabTo(page, (f) => f.label === 'Password for Charlie', "Charlie's password");
		await page.keyboard.type(PASSWORD);
		await tabTo(page, (f) => f.text === 'Unlock and use', 'Unlock and use', { max: 1 });
		await page.keyboard.press('Enter');
		await expectNotice('Unlocked');
		// Back up to the navigation, and into Pay.
		await tabTo(page, (f) => f.text === 'Pay' && f.tag === 'button', 'Pay in the navigation', { key: 'Shift+Tab' });
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.title === 'Pay · Coop Exchange wallet', null, { timeout: 2_000 }); // the title names the view
		await tabTo(page, (f) => f.id === 'search', 'Find a member by name');
		await page.keyboard.type('Ferd');
		await page.getByTestId('payee-option').filter({ hasText: 'Ferdie' }).waitFor();
		await tabTo(page, (f) => f.testid === 'payee-option' && f.text === 'Ferdie', 'Ferdie in the list', { max: 1 });
		await page.keyboard.press('Space');
		await page.getByTestId('payee').getByText('Ferdie').waitFor();
		assert.equal((await focused(page)).id, 'amount', 'once the payee is chosen, the amount has the focus');
		await page.keyboard.type('0.05'); // Charlie has 0.1 HOUR left by now
		const review = await tabTo(page, (f) => f.text === 'Review', 'Review', { max: 1 });
		assert.ok(showsFocus(review), `the focused Review button shows it: ${JSON.stringify(review)}`);
		await page.keyboard.press('Enter');
		await page.getByTestId('confirm-text').getByText('0.05 HOUR').waitFor();
		// The confirmation takes the focus, so that pressing Enter again pays nothing; Cancel gives it back.
		assert.equal((await focused(page)).label, 'Confirm the payment');
		await tabTo(page, (f) => f.text === 'Sign and pay', 'Sign and pay', { max: 1 });
		await tabTo(page, (f) => f.text === 'Cancel', 'Cancel', { max: 1 });
		await page.keyboard.press('Enter');
		await page.getByTestId('confirm-text').waitFor({ state: 'detached' });
		assert.equal((await focused(page)).text, 'Review', 'the focus is back on Review');
	});

	it('QR codes: the own address drawn for a payer to scan; a payee read from a photo and from the camera', async () => {
		const qr = await import('./lib/qr.mjs');
		const eve = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Eve');
		const resources = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		await importDev('Eve', '//Eve');
		// Eve's own address, as Home shows it, read back from a screenshot by jsQR.
		await view('Home');
		await page.getByRole('button', { name: 'Show as a QR code' }).click();
		const code = page.getByRole('img', { name: `QR code of your address ${eve.address.slice(0, 6)}…${eve.address.slice(-6)}` });
		await page.locator(`svg[data-drawn="${eve.address}"]`).waitFor();
		assert.equal(qr.readQrPng(await code.screenshot()), eve.address);
		assert.ok(!(await resources()).some((url) => /jsQR/.test(url)), 'the decoder is not loaded before a code is read');
		await checkView(page, 'home-qr');
		await view('Pay');
		// A photo of Bob's code, picked as a file (no camera needed): Bob is the payee.
		const photo = page.getByLabel('…or read one from a photo');
		await photo.setInputFiles({ name: 'bob.png', mimeType: 'image/png', buffer: qr.qrPng(bob.address) });
		await page.getByTestId('payee').getByText(bob.address).waitFor();
		assert.ok((await resources()).some((url) => /jsQR-[\w-]+\.js$/.test(url)), 'jsQR came as a chunk of its own');
		await checkView(page, 'pay-qr');
		// A code that holds no address is refused, and Bob stays the payee.
		await photo.setInputFiles({ name: 'link.png', mimeType: 'image/png', buffer: qr.qrPng('https://example.org/pay-me') });
		await expectNotice('That QR code holds no address');
		await page.getByTestId('payee').getByText(bob.address).waitFor();
		// This browser has no camera: it says so, and nothing is lost.
		await page.getByRole('button', { name: 'Scan a QR code' }).click();
		await expectNotice(/No camera was found|The camera was not allowed/);
		await page.getByTestId('payee').getByText(bob.address).waitFor();

		// A Chromium whose fake camera films Ferdie's code, written as polkadot.js writes one.
		const main = page;
		const withCamera = await qr.launchWithCamera(qr.qrVideoFile(chain.dir, 'ferdie-qr', `substrate:${ferdie.address}`));
		try {
			page = await (await withCamera.newContext({ permissions: ['camera'] })).newPage(); // the helpers drive this page now
			page.on('pageerror', (error) => console.error('page error (camera):', error.message));
			await page.addInitScript(() => { // every stream the wallet opens, to see that it is stopped
				const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
				window.coopTestStreams = [];
				navigator.mediaDevices.getUserMedia = async (c) => { const s = await open(c); window.coopTestStreams.push(s); return s; };
			});
			await page.goto(`${wallet.url}/?rpc=${encodeURIComponent(chain.node.url)}&indexer=${encodeURIComponent(indexer.url)}`);
			await page.getByTestId('connection').getByText('connected').waitFor({ timeout: 30_000 });
			await importDev('Eve', '//Eve');
			await view('Pay');
			await page.getByRole('button', { name: 'Scan a QR code' }).click();
			await page.getByTestId('payee').getByText(ferdie.address).waitFor({ timeout: 15_000 });
			await expectNotice('Payee read from the QR code');
			const stopped = await page.evaluate(() => window.coopTestStreams.length === 1 && window.coopTestStreams[0].getTracks().every((t) => t.readyState === 'ended'));
			assert.ok(stopped, 'the camera was opened once and is stopped once the code is read');
		} finally {
			page = main;
			await withCamera.close();
		}
	});
});
