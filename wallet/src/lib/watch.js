// A balance that follows finality: read again at each finalised block, so HOUR paid to the
// person shows without them doing anything, and only once it can no longer be undone.

/**
 * Calls `onBalance(free)` with `address`'s free balance at the finalised block now and
 * whenever it changes at a newer one. Resolves with a function that stops it.
 */
export async function watchFinalisedBalance(api, address, onBalance) {
	let last;
	let latest = 0; // the newest block read, so a slow read never overwrites a newer one
	return api.rpc.chain.subscribeFinalizedHeads(async (header) => {
		const number = header.number.toNumber();
		const at = await api.query.system.account.at(header.hash, address).catch(() => null);
		if (!at || number < latest) return;
		latest = number;
		const free = at.data.free.toBigInt();
		if (free !== last) {
			last = free;
			onBalance(free);
		}
	});
}
