// A reporter for node's test runner that ends a run with one plain line,
// `N passed, N failed` (and `, N skipped` when some were), counting tests, not suites: the
// line scripts/test.sh prints after each suite. A file that fails to load counts as failed.
export default async function* counts(source) {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	for await (const event of source) {
		if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
		if (event.data.details?.type === 'suite') continue;
		if (event.type === 'test:fail') failed++;
		else if (event.data.skip || event.data.todo) skipped++;
		else passed++;
	}
	yield `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
