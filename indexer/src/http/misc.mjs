// The status of the indexer and the memo store's endpoints.

import { MEMO_MAX_BYTES } from '../memos.mjs';
import { parseHash } from './params.mjs';
import { json, NotFound } from './server.mjs';

export function miscRoutes() {
	return [
		['GET', '/status', async ({ store, chain, indexer }) => {
			const row = await store.get('SELECT MAX(number) AS height FROM blocks');
			const indexed = row?.height ?? null;
			const finalized = chain.finalized ?? null;
			return json({
				indexed_height: indexed,
				finalized_height: finalized,
				lag: indexed === null || finalized === null ? null : Math.max(0, finalized - indexed),
				node: { url: chain.url, connected: chain.connected, last_error: chain.connected ? null : chain.lastError ?? null },
				database: store.kind,
				genesis_hash: chain.genesisHash ?? null,
				last_error: indexer.lastError ?? null,
			});
		}],
		['PUT', '/memos/{hash}', async ({ params, body, memos }) => {
			const hash = parseHash(params.hash);
			const { status, ...rest } = await memos.put(hash, body);
			return json({ hash, ...rest }, status);
		}],
		['GET', '/memos/{hash}', async ({ params, memos }) => {
			const hash = parseHash(params.hash);
			const memo = await memos.get(hash);
			if (!memo) throw new NotFound(`no description is kept for ${hash}`);
			return json({ hash: memo.hash, text: memo.text });
		}],
	];
}

export { MEMO_MAX_BYTES };
