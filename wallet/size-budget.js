// A Vite plugin that prints how much JavaScript the wallet's page loads, gzipped, and fails
// the build above the budget (issue 18: at most 250 kB). "Loads" is the entry chunk and
// everything it imports statically; chunks imported on demand (a view opened later, the
// extension bridge, the QR scanner's fallback decoder, another language's catalogs) are
// listed apart, each with its size.

import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250_000;

const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function sizeBudget(budget = BUDGET_BYTES) {
	return {
		name: 'size-budget',
		apply: 'build',
		generateBundle(_, bundle) {
			const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
			const byName = new Map(chunks.map((c) => [c.fileName, c]));
			const initial = new Set();
			const visit = (chunk) => {
				if (initial.has(chunk)) return;
				initial.add(chunk);
				for (const name of chunk.imports) visit(byName.get(name));
			};
			chunks.filter((c) => c.isEntry).forEach(visit);
			const loaded = [...initial].reduce((n, c) => n + gz(c), 0);
			const later = chunks.filter((c) => !initial.has(c)).map((c) => `${c.name} ${kB(gz(c))}`);
			console.log(`size: the page loads ${kB(loaded)} of JavaScript gzipped (budget ${kB(budget)}); on demand: ${later.join(', ') || 'nothing'}`);
			if (loaded > budget) this.error(`the page's JavaScript is ${kB(loaded)} gzipped, over the budget of ${kB(budget)} (wallet/size-budget.js)`);
		},
	};
}
