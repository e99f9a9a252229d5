// Opens the store a `--database` value names: a PostgreSQL URL, or else a SQLite file path.

import { PostgresStore } from './postgres.mjs';
import { SqliteStore } from './sqlite.mjs';

export async function openStore(database) {
	const store = /^postgres(ql)?:\/\//.test(database) ? new PostgresStore(database) : new SqliteStore(database);
	await store.migrate();
	return store;
}
