// The indexer's schema, one migration a step, in the SQL that SQLite and PostgreSQL both
// read. A database records the steps it has had (`schema_migrations`); a new step is added
// at the end, never edited in place once released.
//
// Accounts are SS58 strings in the chain's own format; amounts are units of HOUR
// (10^-6 HOUR), which a 64-bit integer holds for 9 × 10^12 HOUR. Every row that comes from
// an event is keyed by (block, event_index), so writing a block twice is refused by the
// database instead of duplicating anything.

export const MIGRATIONS = [
	{
		version: 1,
		name: 'initial',
		sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE blocks (
	number BIGINT PRIMARY KEY,
	hash TEXT NOT NULL UNIQUE,
	parent_hash TEXT NOT NULL,
	time BIGINT NOT NULL,
	spec_version INTEGER NOT NULL,
	extrinsics INTEGER NOT NULL,
	events INTEGER NOT NULL
);

CREATE TABLE coops (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	pool TEXT NOT NULL,
	status TEXT NOT NULL,
	registered_block BIGINT NOT NULL
);

CREATE TABLE members (
	account TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	identity TEXT NOT NULL,
	first_block BIGINT NOT NULL
);

CREATE TABLE memberships (
	coop INTEGER NOT NULL,
	account TEXT NOT NULL,
	role TEXT NOT NULL,
	joined_block BIGINT NOT NULL,
	left_block BIGINT,
	left_how TEXT,
	PRIMARY KEY (coop, account, joined_block)
);
CREATE INDEX memberships_by_account ON memberships (account);

CREATE TABLE role_changes (
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	coop INTEGER NOT NULL,
	account TEXT NOT NULL,
	from_role TEXT,
	to_role TEXT,
	PRIMARY KEY (block, event_index)
);

CREATE TABLE ledger (
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	extrinsic_index INTEGER,
	extrinsic_hash TEXT,
	kind TEXT NOT NULL,
	from_account TEXT,
	to_account TEXT,
	amount BIGINT NOT NULL,
	coop INTEGER,
	claim BIGINT,
	PRIMARY KEY (block, event_index)
);
CREATE INDEX ledger_by_coop ON ledger (coop, block);

CREATE TABLE activity (
	account TEXT NOT NULL,
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	kind TEXT NOT NULL,
	coop INTEGER,
	counterparty TEXT,
	delta BIGINT NOT NULL,
	detail TEXT NOT NULL,
	PRIMARY KEY (account, block, event_index, kind)
);

CREATE TABLE claims (
	id BIGINT PRIMARY KEY,
	coop INTEGER NOT NULL,
	claimant TEXT NOT NULL,
	minutes INTEGER NOT NULL,
	day INTEGER NOT NULL,
	memo TEXT NOT NULL,
	logged_block BIGINT NOT NULL,
	status TEXT NOT NULL,
	approvals INTEGER NOT NULL,
	decided_block BIGINT,
	decided_by TEXT,
	reason TEXT,
	paid_amount BIGINT,
	to_pool BIGINT
);
CREATE INDEX claims_by_coop ON claims (coop, status);
CREATE INDEX claims_by_memo ON claims (memo);

CREATE TABLE claim_approvals (
	claim BIGINT NOT NULL,
	approver TEXT NOT NULL,
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	lapsed_block BIGINT,
	PRIMARY KEY (block, event_index)
);
CREATE INDEX claim_approvals_by_claim ON claim_approvals (claim);

CREATE TABLE proposals (
	id BIGINT PRIMARY KEY,
	body TEXT NOT NULL,
	proposer TEXT NOT NULL,
	electorate INTEGER NOT NULL,
	ends_at BIGINT NOT NULL,
	call TEXT NOT NULL,
	description TEXT NOT NULL,
	status TEXT NOT NULL,
	tally TEXT,
	result TEXT,
	proposed_block BIGINT NOT NULL,
	closed_block BIGINT
);
CREATE INDEX proposals_by_body ON proposals (body, id);

CREATE TABLE votes (
	proposal BIGINT NOT NULL,
	voter TEXT NOT NULL,
	choice TEXT NOT NULL,
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	PRIMARY KEY (block, event_index)
);
CREATE INDEX votes_by_proposal ON votes (proposal);

CREATE TABLE invitations (
	coop INTEGER NOT NULL,
	account TEXT NOT NULL,
	role TEXT NOT NULL,
	name TEXT,
	expires_at BIGINT NOT NULL,
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	outcome TEXT,
	outcome_block BIGINT,
	PRIMARY KEY (block, event_index)
);
CREATE INDEX invitations_by_account ON invitations (account, coop);

CREATE TABLE recoveries (
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	event TEXT NOT NULL,
	old_account TEXT NOT NULL,
	new_account TEXT NOT NULL,
	detail TEXT NOT NULL,
	PRIMARY KEY (block, event_index)
);

CREATE TABLE validator_changes (
	block BIGINT NOT NULL,
	event_index INTEGER NOT NULL,
	change TEXT NOT NULL,
	account TEXT,
	coop INTEGER,
	detail TEXT NOT NULL,
	PRIMARY KEY (block, event_index)
);

CREATE TABLE memos (
	hash TEXT PRIMARY KEY,
	text TEXT NOT NULL,
	stored_at BIGINT NOT NULL
);
`,
	},
];

/** The statements of a migration, one at a time (neither driver takes several in one call the same way). */
export function statements(sql) {
	return sql.split(';').map((s) => s.trim()).filter(Boolean);
}
