#!/usr/bin/env node
// coop-indexer: follows a coop-node's finalised blocks into SQLite (a file, by default) or
// PostgreSQL and serves them over HTTP. `coop-indexer --help` says how.

import { parseArgs } from 'node:util';

import { startIndexer } from '../src/app.mjs';
import { FatalError } from '../src/indexer.mjs';

const HELP = `coop-indexer: the chain's finalised history over HTTP

  --node URL          the node's RPC (default ws://127.0.0.1:9944); it must keep all
                      state (coop-node --state-pruning archive)
  --database WHERE    a SQLite file (default ./coop-indexer.sqlite) or postgres://user@host/db
  --listen HOST:PORT  where the API listens (default 127.0.0.1:8090)
  --cors-origin URL   an origin whose pages may call the API (repeatable; default the
                      wallet's, http://127.0.0.1:8080 and http://localhost:8080; * for any)
  --help              this text

The API is described at /openapi.json. Exits non-zero if the database cannot be written.`;

const { values } = parseArgs({
	options: {
		node: { type: 'string', default: 'ws://127.0.0.1:9944' },
		database: { type: 'string', default: 'coop-indexer.sqlite' },
		listen: { type: 'string', default: '127.0.0.1:8090' },
		'cors-origin': { type: 'string', multiple: true, default: ['http://127.0.0.1:8080', 'http://localhost:8080'] },
		help: { type: 'boolean', default: false },
	},
	strict: true,
});
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const listen = /^(.+):(\d{1,5})$/.exec(values.listen);
if (!listen) {
	console.error(`coop-indexer: --listen must be HOST:PORT, got ${values.listen}`);
	process.exit(2);
}

const log = (line) => console.error(`${new Date().toISOString()} ${line}`);
try {
	const app = await startIndexer({
		node: values.node, database: values.database, host: listen[1], port: Number(listen[2]), corsOrigins: values['cors-origin'], log,
	});
	const shutdown = () => app.stop().then(() => process.exit(0));
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
	await app.done;
} catch (error) {
	log(error instanceof FatalError ? `coop-indexer: ${error.message}` : `coop-indexer: ${error.stack ?? error}`);
	process.exit(1);
}
