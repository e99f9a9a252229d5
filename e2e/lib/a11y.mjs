// Accessibility checks for the wallet's browser test: axe-core on the page as it shows,
// a full-page screenshot of it for people to review, horizontal overflow on a phone, and
// moving through the page with the keyboard alone.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from './node.mjs';

/** Where the screenshots go: `$COOP_WALLET_SCREENSHOTS`, else target/ (ignored by git). */
export const SCREENSHOTS = process.env.COOP_WALLET_SCREENSHOTS ?? join(REPO_ROOT, 'target/wallet-screenshots');
const AXE = readFileSync(join(REPO_ROOT, 'wallet/node_modules/axe-core/axe.min.js'), 'utf8');
const FAILING = new Set(['serious', 'critical']);

/** Saves a full-page screenshot as `<name>.png`; returns its path. */
export async function screenshot(page, name) {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const path = join(SCREENSHOTS, `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}

/**
 * Runs axe-core on the whole document and throws listing each serious or critical
 * violation. axe is evaluated from its source through the DevTools protocol rather than
 * with page.addScriptTag: that adds an inline <script>, which a Content-Security-Policy
 * without 'unsafe-inline' blocks, while an evaluation is not subject to the page's CSP.
 * The page keeps its policy, and no second browser context is needed.
 */
export async function checkAxe(page, name) {
	if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
	const violations = await page.evaluate(async () => {
		const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
		return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	});
	const bad = violations.filter((v) => FAILING.has(v.impact));
	if (bad.length) {
		const lines = bad.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`);
		throw new Error(`axe finds ${bad.length} serious or critical violation(s) on ${name}:\n${lines.join('\n')}`);
	}
	return violations; // the minor and moderate ones, for whoever wants them
}

/** A view as it shows: its screenshot saved, then axe run on it. */
export async function checkView(page, name) {
	await screenshot(page, name);
	return checkAxe(page, name);
}

/** How much wider than the viewport the page is, in CSS pixels (0: it fits), and the elements that stick out. */
export const overflow = (page) => page.evaluate(() => {
	const { scrollWidth, clientWidth } = document.documentElement;
	const out = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > clientWidth + 0.5);
	// The innermost ones say what to fix; their ancestors stick out only because of them.
	const leaves = out.filter((e) => !out.some((o) => o !== e && e.contains(o)));
	const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
	return { excess: scrollWidth - clientWidth, culprits: leaves.slice(0, 5).map(name) };
});

/** What has the focus, in a few words a failure can show. */
export const focused = (page) => page.evaluate(() => {
	const e = document.activeElement;
	return {
		tag: e?.tagName.toLowerCase(), id: e?.id ?? '', text: (e?.textContent ?? '').trim().slice(0, 40), label: e?.getAttribute('aria-label') ?? '', testid: e?.dataset?.testid ?? '',
		focusVisible: !!e?.matches(':focus-visible'), outline: e ? getComputedStyle(e).outlineStyle : 'none', outlineWidth: e ? parseFloat(getComputedStyle(e).outlineWidth) : 0,
	};
});

/** Presses `key` (Tab, or Shift+Tab to go back) until `wanted(focused)` holds; throws with the path taken after `max` presses. */
export async function tabTo(page, wanted, what, { key = 'Tab', max = 40 } = {}) {
	const path = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(key);
		const f = await focused(page);
		if (wanted(f)) return f;
		path.push(f.id ? `#${f.id}` : `${f.tag} "${f.label || f.text}"`);
	}
	throw new Error(`${max} presses of ${key} never reached ${what}; they went ${path.join(', ')}`);
}

/** Whether the focused element shows it: it matches :focus-visible and has an outline of 2 px or more. */
export const showsFocus = (f) => f.focusVisible && f.outline !== 'none' && f.outlineWidth >= 2;
