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
 * The operations as statements: consecutive inserts into one table with the same columns
 * become one multi-row INSERT; order is kept, so a later UPDATE sees an earlier INSERT.
 */
export function* batched(operations) {
	let run = [];
	const flush = function* () {
		for (let i = 0; i < run.length; i += ROWS_PER_INSERT) yield multiRowInsert(run.slice(i, i + ROWS_PER_INSERT));
		run = [];
	};
	for (const op of operations) {
		if (op.table) {
			if (run.length && (run[0].table !== op.table || !sameColumns(run[0].row, op.row))) yield* flush();
			run.push(op);
		} else {
			yield* flush();
			yield op;
		}
	}
	yield* flush();
}

function sameColumns(a, b) {
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
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
