// The default store: one SQLite file, no set-up. WAL, so the HTTP API reads while blocks are
// written; `synchronous = NORMAL`: a commit survives the process being killed at any moment
// (a power cut may lose the last commits, and the indexer then indexes those blocks again,
// since the indexed height is written in the same transaction as the block).

import Database from 'better-sqlite3';

import { MIGRATIONS, statements } from './migrations.mjs';
import { batched } from './sql.mjs';

export class SqliteStore {
	constructor(path) {
		this.kind = 'sqlite';
		this.path = path;
		this.db = new Database(path, { timeout: 5000 });
		this.db.pragma('journal_mode = WAL');
		this.db.pragma('synchronous = NORMAL');
		this.db.pragma('foreign_keys = ON');
		this.cache = new Map();
	}

	prepare(sql) {
		let stmt = this.cache.get(sql);
		if (!stmt) {
			stmt = this.db.prepare(sql);
			this.cache.set(sql, stmt);
			// Multi-row inserts of every length would fill the cache: keep it bounded.
			if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value);
		}
		return stmt;
	}

	async migrate() {
		this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
		const done = new Set(this.db.prepare('SELECT version FROM schema_migrations').all().map((r) => r.version));
		for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
			this.db.transaction(() => {
				for (const sql of statements(m.sql)) this.db.exec(sql);
				this.db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
			}).immediate();
		}
	}

	async all(sql, params = []) {
		return this.prepare(sql).all(...params);
	}

	async get(sql, params = []) {
		return this.prepare(sql).get(...params);
	}

	/** Runs `operations` (from sql.mjs) in one transaction: all of them or none. */
	async write(operations) {
		this.db.transaction(() => {
			for (const { sql, params } of batched(operations)) this.prepare(sql).run(...params);
		}).immediate();
	}

	async close() {
		this.db.close();
	}
}
