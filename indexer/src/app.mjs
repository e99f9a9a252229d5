// coop-indexer put together: the store, the node, the indexer loop and the HTTP API.

import { ChainSource } from './chain/source.mjs';
import { accountRoutes } from './http/accounts.mjs';
import { bookRoutes } from './http/books.mjs';
import { coopRoutes } from './http/coops.mjs';
import { governanceRoutes } from './http/governance.mjs';
import { miscRoutes } from './http/misc.mjs';
import { openapiRoutes } from './http/openapi.mjs';
import { startServer } from './http/server.mjs';
import { FatalError, Indexer } from './indexer.mjs';
import { MEMO_MAX_BYTES, MemoStore } from './memos.mjs';
import { openStore } from './store/open.mjs';

export const ROUTES = [...miscRoutes(), ...openapiRoutes(), ...bookRoutes(), ...accountRoutes(), ...coopRoutes(), ...governanceRoutes()];

/**
 * Starts everything; resolves with `{ server, done, stop }` once the API listens. `done`
 * settles when indexing ends: resolved after `stop()`, rejected with a FatalError.
 */
export async function startIndexer({ node, database, host, port, corsOrigins, log = console.error }) {
	let store;
	try {
		store = await openStore(database);
	} catch (error) {
		throw new FatalError(`cannot open the database ${database}: ${error.message}`);
	}
	const chain = new ChainSource(node, log);
	const indexer = new Indexer({ store, source: chain, log });
	const memos = new MemoStore(store);
	indexer.onBlock = () => (memos.held.size ? memos.afterBlock() : undefined);
	const server = await startServer({
		routes: ROUTES, host, port, corsOrigins, maxBodyBytes: MEMO_MAX_BYTES, log,
		context: { store, chain, indexer, memos },
	});
	log(`coop-indexer: API on http://${host}:${server.address().port}, database ${store.kind === 'sqlite' ? store.path : 'PostgreSQL'}, node ${node}`);
	const done = (async () => {
		await chain.start();
		await indexer.run();
	})();
	const stop = async () => {
		indexer.stop();
		await done.catch(() => {});
		await new Promise((ok) => server.close(ok));
		server.closeAllConnections?.();
		await chain.close();
		await store.close();
	};
	return { server, done, stop, store, chain, indexer };
}
