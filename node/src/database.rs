//! The node's database: ParityDB, opened by the node rather than by `sc-client-db`, so that
//! it writes each commit into its tables at once instead of holding 64 MiB of them in memory.
//!
//! Stock ParityDB appends every commit to a log file and keeps the log's changes in hash maps
//! (so that reads see them) until the file reaches 64 MiB, a constant; only then does it write
//! them into its tables and free the maps. Under this chain's load that was a saw-tooth of
//! up to ~140 MB of heap (docs/measurements.md, "What holds it: ParityDB's log"). Its
//! `always_flush` option, compiled in by its `instrumentation` feature (which otherwise adds
//! only test helpers and a per-I/O counter for injecting failures, never armed here), hands
//! each commit's log to the background writer as soon as it is written.
//!
//! The column options are `sc-client-db`'s own (its `parity_db.rs`), so a database made by a
//! stock node opens here and the other way round: `tests` compares the two metadata files.

use std::{path::Path, sync::Arc};

use sc_service::config::DatabaseSource;
use sp_core::H256;
use sp_database::{error::DatabaseError, Change, ColumnId, Database, Transaction};

/// `sc-client-db`'s columns (its private `columns` module): how many it opens, and those
/// whose options differ from ParityDB's defaults.
mod columns {
	pub const COUNT: u8 = 13;
	pub const STATE: u8 = 1;
	pub const HEADER: u8 = 4;
	pub const BODY: u8 = 5;
	pub const JUSTIFICATIONS: u8 = 6;
	pub const TRANSACTION: u8 = 11;
	pub const BODY_INDEX: u8 = 12;
	/// Compressed with LZ4.
	pub const COMPRESSED: [u8; 6] = [STATE, HEADER, BODY, BODY_INDEX, TRANSACTION, JUSTIFICATIONS];
	/// Keyed by the hash of their value, which is stored once and reference-counted.
	pub const REF_COUNTED: [u8; 2] = [STATE, TRANSACTION];
}

/// `sc-client-db` keys the reference-counted columns by a 32-byte hash after a prefix that
/// ParityDB does not need (`sanitize_key`).
const HASH_LEN: usize = 32;

/// Where the node's client keeps its database: `source` as the command line gave it, with a
/// ParityDB folder replaced by that database opened here. Other sources are left as they are.
pub fn open(source: DatabaseSource) -> Result<DatabaseSource, String> {
	let path = match &source {
		DatabaseSource::ParityDb { path } => path.clone(),
		// Without RocksDB compiled in (it is not), `auto` is ParityDB at this path.
		DatabaseSource::Auto { paritydb_path, .. } => paritydb_path.clone(),
		_ => return Ok(source),
	};
	let stored = parity_db::Options::load_metadata(&path).map_err(|e| describe(&path, e))?;
	let existed = stored.is_some();
	let options = options(&path);
	let db = match (parity_db::Db::open_or_create(&options), stored) {
		// As `sc-client-db` does: a database whose columns were made with other options
		// (an older client's) gets these options written into its metadata.
		(Err(parity_db::Error::InvalidConfiguration(why)), Some(stored)) => {
			log::warn!("ParityDB at {}: {why}; updating its metadata", path.display());
			options
				.write_metadata_with_version(&path, &stored.salt, Some(stored.version))
				.map_err(|e| describe(&path, e))?;
			parity_db::Db::open(&options)
		}
		(opened, _) => opened,
	}
	.map_err(|e| describe(&path, e))?;
	// `require_create_flag` makes `sc-client-db` initialise a database it has not seen yet
	// (its pruning mode), and only then.
	Ok(DatabaseSource::Custom { db: Arc::new(ParityDb(db)), require_create_flag: !existed })
}

fn describe(path: &Path, error: parity_db::Error) -> String {
	format!("cannot open the database at {}: {error}", path.display())
}

/// `sc-client-db`'s options for a full node's ParityDB, and `always_flush`.
fn options(path: &Path) -> parity_db::Options {
	let mut options = parity_db::Options::with_columns(path, columns::COUNT);
	for column in columns::COMPRESSED {
		if let Some(column) = options.columns.get_mut(usize::from(column)) {
			column.compression = parity_db::CompressionType::Lz4;
		}
	}
	for column in columns::REF_COUNTED {
		if let Some(column) = options.columns.get_mut(usize::from(column)) {
			column.ref_counted = true;
			column.preimage = true;
			column.uniform = true;
		}
	}
	options.always_flush = true;
	options
}

/// ParityDB as the client's key-value store.
struct ParityDb(parity_db::Db);

type Operation = (u8, parity_db::Operation<Vec<u8>, Vec<u8>>);

/// One change of the client's transaction in ParityDB's terms, as `sc-client-db` maps it:
/// removing a key is dereferencing it (a plain column deletes it), and only the
/// reference-counted columns take a value by its hash.
fn operation(change: Change<H256>) -> Result<Operation, DatabaseError> {
	use parity_db::Operation::{Dereference, Reference, Set};
	let plain = |col: ColumnId| column(col).ok_or_else(|| invalid(format!("no column {col}")));
	let counted = |col: ColumnId| {
		let id = plain(col)?;
		if columns::REF_COUNTED.contains(&id) {
			Ok(id)
		} else {
			Err(invalid(format!("column {id} is not reference-counted")))
		}
	};
	Ok(match change {
		Change::Set(col, key, value) => (plain(col)?, Set(key, value)),
		Change::Remove(col, key) => (plain(col)?, Dereference(key)),
		Change::Store(col, hash, value) => (counted(col)?, Set(hash.as_bytes().to_vec(), value)),
		Change::Reference(col, hash) => (counted(col)?, Reference(hash.as_bytes().to_vec())),
		Change::Release(col, hash) => (counted(col)?, Dereference(hash.as_bytes().to_vec())),
	})
}

/// ParityDB's number for the client's column `col`, if it has one (it indexes its columns
/// without checking).
fn column(col: ColumnId) -> Option<u8> {
	u8::try_from(col).ok().filter(|col| *col < columns::COUNT)
}

fn invalid(why: String) -> DatabaseError {
	DatabaseError(Box::new(parity_db::Error::InvalidInput(why)))
}

/// A read the database cannot answer. The client's trait has no error to return here, and
/// answering "no such key" would let the node build on a state it did not read: stop instead,
/// as `sc-client-db` does.
#[allow(clippy::panic)]
fn unreadable(error: parity_db::Error) -> ! {
	panic!("Critical database error: {error:?}")
}

impl Database<H256> for ParityDb {
	fn commit(&self, transaction: Transaction<H256>) -> Result<(), DatabaseError> {
		let operations = transaction.0.into_iter().map(operation).collect::<Result<Vec<_>, _>>()?;
		self.0.commit_changes(operations).map_err(|e| DatabaseError(Box::new(e)))
	}

	fn get(&self, col: ColumnId, key: &[u8]) -> Option<Vec<u8>> {
		self.0.get(column(col)?, key).unwrap_or_else(|e| unreadable(e))
	}

	fn value_size(&self, col: ColumnId, key: &[u8]) -> Option<usize> {
		let size = self.0.get_size(column(col)?, key).unwrap_or_else(|e| unreadable(e))?;
		usize::try_from(size).ok()
	}

	fn contains(&self, col: ColumnId, key: &[u8]) -> bool {
		self.value_size(col, key).is_some()
	}

	fn supports_ref_counting(&self) -> bool {
		true
	}

	fn sanitize_key(&self, key: &mut Vec<u8>) {
		key.drain(..key.len().saturating_sub(HASH_LEN));
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use coop_primitives::opaque::Block;
	use sc_client_db::{BlocksPruning, DatabaseSettings, PruningMode};

	fn settings(source: DatabaseSource) -> DatabaseSettings {
		DatabaseSettings {
			trie_cache_maximum_size: None,
			state_pruning: Some(PruningMode::blocks_pruning(256)),
			source,
			blocks_pruning: BlocksPruning::KeepFinalized,
			pruning_filters: Vec::new(),
			metrics_registry: None,
		}
	}

	/// Opens the client's backend on `source` and closes it again.
	fn open_backend(source: DatabaseSource) -> Result<(), String> {
		sc_client_db::Backend::<Block>::new(settings(source), 0)
			.map(drop)
			.map_err(|e| e.to_string())
	}

	fn ours(path: &Path) -> DatabaseSource {
		open(DatabaseSource::ParityDb { path: path.to_owned() }).expect("opens")
	}

	/// The metadata file without its random salt: the columns' options.
	fn columns_of(path: &Path) -> Vec<String> {
		std::fs::read_to_string(path.join("metadata"))
			.expect("a metadata file")
			.lines()
			.filter(|line| !line.starts_with("salt="))
			.map(str::to_owned)
			.collect()
	}

	#[test]
	fn a_new_database_has_the_stock_clients_columns_and_reopens() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let (stock, here) = (dir.path().join("stock"), dir.path().join("here"));
		open_backend(DatabaseSource::ParityDb { path: stock.clone() }).expect("stock opens");
		open_backend(ours(&here)).expect("ours opens new");
		assert_eq!(columns_of(&here), columns_of(&stock));
		assert!(columns_of(&here).iter().any(|line| line.starts_with("col1=")));

		// Reopened, the database is not initialised again (its pruning mode is kept).
		open_backend(ours(&here)).expect("ours reopens");
		// Each opens the other's without rewriting its metadata.
		let before = std::fs::read_to_string(stock.join("metadata")).expect("stock metadata");
		open_backend(ours(&stock)).expect("ours opens the stock one");
		assert_eq!(std::fs::read_to_string(stock.join("metadata")).expect("read"), before);
		open_backend(DatabaseSource::ParityDb { path: here.clone() }).expect("stock opens ours");
		assert_eq!(columns_of(&here), columns_of(&stock));
	}

	#[test]
	fn a_database_already_opened_is_left_alone() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let opened = ours(dir.path());
		assert!(matches!(open(opened), Ok(DatabaseSource::Custom { .. })));
	}

	#[test]
	fn an_unreadable_folder_is_a_clear_error() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let file = dir.path().join("not-a-folder");
		std::fs::write(&file, b"x").expect("write");
		let Err(error) = open(DatabaseSource::ParityDb { path: file.clone() }) else {
			panic!("a file opened as a database folder");
		};
		assert!(error.contains("cannot open the database at"), "{error}");
		assert!(error.contains(&file.display().to_string()), "{error}");
	}

	fn db(path: &Path) -> ParityDb {
		ParityDb(parity_db::Db::open_or_create(&options(path)).expect("opens"))
	}

	fn commit(db: &ParityDb, changes: Vec<Change<H256>>) -> Result<(), DatabaseError> {
		db.commit(Transaction(changes))
	}

	#[test]
	fn plain_columns_set_and_remove_and_refuse_reference_counting() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let db = db(dir.path());
		let hash = H256::repeat_byte(7);
		commit(&db, vec![Change::Set(3, b"key".to_vec(), b"value".to_vec())]).expect("set");
		assert_eq!(db.get(3, b"key"), Some(b"value".to_vec()));
		assert_eq!(db.value_size(3, b"key"), Some(5));
		assert!(db.contains(3, b"key"));

		// A reference-counted change to a plain column is refused, and nothing of its
		// transaction is written.
		let refused = commit(
			&db,
			vec![Change::Remove(3, b"key".to_vec()), Change::Store(3, hash, b"v".to_vec())],
		);
		assert!(refused.is_err());
		assert_eq!(db.get(3, b"key"), Some(b"value".to_vec()));
		for change in [Change::Reference(3, hash), Change::Release(3, hash)] {
			assert!(commit(&db, vec![change]).is_err());
		}
		for col in [13, 300] {
			assert!(commit(&db, vec![Change::Set(col, b"k".to_vec(), b"v".to_vec())]).is_err());
			assert_eq!(db.get(col, b"k"), None);
		}

		commit(&db, vec![Change::Remove(3, b"key".to_vec())]).expect("remove");
		assert_eq!(db.get(3, b"key"), None);
		assert!(!db.contains(3, b"key"));
	}

	#[test]
	fn reference_counted_values_live_until_their_last_release() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let db = db(dir.path());
		let hash = H256::repeat_byte(9);
		let state = ColumnId::from(columns::STATE);
		commit(&db, vec![Change::Store(state, hash, b"node".to_vec())]).expect("store");
		commit(&db, vec![Change::Reference(state, hash)]).expect("reference");
		commit(&db, vec![Change::Release(state, hash)]).expect("release");
		assert_eq!(db.get(state, hash.as_bytes()), Some(b"node".to_vec()));
		commit(&db, vec![Change::Release(state, hash)]).expect("release");
		// ParityDB counts references when its background writer takes the commit.
		let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
		while db.get(state, hash.as_bytes()).is_some() && std::time::Instant::now() < deadline {
			std::thread::sleep(std::time::Duration::from_millis(20));
		}
		assert_eq!(db.get(state, hash.as_bytes()), None);
	}

	#[test]
	fn keys_keep_their_last_32_bytes() {
		let dir = tempfile::tempdir().expect("a temporary folder");
		let db = db(dir.path());
		let mut prefixed = [vec![1, 2, 3], vec![5; HASH_LEN]].concat();
		db.sanitize_key(&mut prefixed);
		assert_eq!(prefixed, vec![5; HASH_LEN]);
		let mut short = vec![4; 3];
		db.sanitize_key(&mut short);
		assert_eq!(short, vec![4; 3]);
	}
}
