// PostgreSQL, with `--database postgres://…`. Blocks are written on one connection, each in
// its own transaction; reads use a small pool. `synchronous_commit = off` for the writer: a
// crash of the database server may lose the last commits, never half of one, and the
// indexer then indexes those blocks again (the indexed height is part of each commit).

import pg from 'pg';

import { MIGRATIONS, statements } from './migrations.mjs';
import { batched, numbered } from './sql.mjs';

// BIGINT columns come back as numbers: every amount and height we keep is far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export class PostgresStore {
	constructor(url) {
		this.kind = 'postgres';
		this.url = url;
		this.pool = new pg.Pool({ connectionString: url, max: 4 });
		// A lost connection in the pool must not crash the process: the next query reports it.
		this.pool.on('error', () => {});
		this.writer = undefined;
	}

	async writerClient() {
		if (!this.writer) {
			this.writer = await this.pool.connect();
			this.writer.on('error', () => { this.writer = undefined; });
			await this.writer.query('SET synchronous_commit = off');
		}
		return this.writer;
	}

	async migrate() {
		const client = await this.writerClient();
		await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
		const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
		for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
			await this.inTransaction(client, async () => {
				for (const sql of statements(m.sql)) await client.query(sql);
				await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
			});
		}
	}

	async inTransaction(client, body) {
		await client.query('BEGIN');
		try {
			await body();
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw error;
		}
	}

	async all(sql, params = []) {
		return (await this.pool.query(numbered(sql), params)).rows;
	}

	async get(sql, params = []) {
		return (await this.all(sql, params))[0];
	}

	/** Runs `operations` (from sql.mjs) in one transaction: all of them or none. */
	async write(operations) {
		const client = await this.writerClient();
		await this.inTransaction(client, async () => {
			for (const { sql, params } of batched(operations)) await client.query(numbered(sql), params);
		});
	}

	async close() {
		this.writer?.release();
		this.writer = undefined;
		await this.pool.end();
	}
}
