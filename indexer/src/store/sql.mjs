// What both databases share: a block's writes as a list of operations, and turning runs of
// inserts into the same table into multi-row INSERTs (one round trip for a block's payments
// on PostgreSQL, one prepared statement per batch on SQLite).

/** At most this many rows per INSERT: well under both databases' limit on parameters. */
const ROWS_PER_INSERT = 400;

/** An insert of `row` (an object of column → value) into `table`. */
export const insert = (table, row) => ({ table, row });

/** Any other statement, with `?` placeholders. */
export const statement = (sql, ...params) => ({ sql, params });

/**
 * The operations as statements: the inserts between two other statements, grouped by
 * table and columns into multi-row INSERTs (a payment's ledger row and its two activity
 * rows alternate, so grouping only neighbours would leave rows of one or two). Grouping
 * reorders inserts only relative to each other: the schema has no foreign keys or
 * triggers, so that changes nothing. Every other statement keeps its place, so an UPDATE
 * sees every insert before it.
 */
export function* batched(operations) {
	let groups = new Map();
	const flush = function* () {
		for (const run of groups.values()) {
			for (let i = 0; i < run.length; i += ROWS_PER_INSERT) yield multiRowInsert(run.slice(i, i + ROWS_PER_INSERT));
		}
		groups = new Map();
	};
	for (const op of operations) {
		if (op.table) {
			const key = `${op.table}(${Object.keys(op.row).join(',')})`;
			let run = groups.get(key);
			if (!run) groups.set(key, (run = []));
			run.push(op);
		} else {
			yield* flush();
			yield op;
		}
	}
	yield* flush();
}

function multiRowInsert(ops) {
	const columns = Object.keys(ops[0].row);
	const tuple = `(${columns.map(() => '?').join(', ')})`;
	const sql = `INSERT INTO ${ops[0].table} (${columns.join(', ')}) VALUES ${ops.map(() => tuple).join(', ')}`;
	return { sql, params: ops.flatMap((op) => columns.map((c) => op.row[c] ?? null)) };
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (our SQL has no `?` inside strings). */
export function numbered(sql) {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}
