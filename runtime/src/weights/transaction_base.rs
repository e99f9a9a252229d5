//! A transaction's own part, counted once.
//!
//! `benchmark overhead` times signed `system.remark`s, and a signed transaction runs every
//! transaction extension, so its figure ([`ExtrinsicBaseWeight`]) holds the extensions'
//! compute. Each extension is charged again by its own weight, so the runtime takes their
//! compute out of the base: what is left is the signature check and `apply_extrinsic`'s
//! bookkeeping. Upstream knows of the double count (paritytech/polkadot-sdk#9981) and
//! proposes this subtraction.
//!
//! Only compute comes out. The extensions' reads and writes stay charged at the database's
//! price by their weights (the benchmark's remarks, all from one signer, read warm keys),
//! except the two keys every transaction reads, which the block reads first and pays for
//! (the rate limit and the genesis hash: `pallet_gate`'s `on_initialize`).
//! `runtime/src/tests/weights.rs` checks the reads and writes listed here against the ones
//! the weights files price.

use frame_support::weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight};

use super::{ExtrinsicBaseWeight, ParityDbWeight};
use crate::{configs::WarmGenesis, Runtime};

type Gate = <Runtime as pallet_gate::Config>::WeightInfo;
/// The weights file's `()` impl: the same figures at RocksDB's prices.
type GateAtRocksDb = ();
type Stock = <Runtime as frame_system::Config>::ExtensionsWeightInfo;
/// The stock extensions at RocksDB's prices, adjusted as the runtime adjusts them.
type StockAtRocksDb = WarmGenesis<(), RocksDbWeight>;

/// One extension's weight as the runtime charges it, the same weight priced at RocksDB's
/// stock figures (each weights file's `()` impl), and the reads and writes in both.
pub struct ExtensionWeight {
	/// The extension, as `crate::TxExtension` names it.
	pub name: &'static str,
	/// Its weight with storage at this runtime's `DbWeight`.
	pub charged: Weight,
	/// Its weight with storage at `RocksDbWeight` (the weights file's `()` impl).
	pub at_rocksdb: Weight,
	/// Reads its weight counts.
	pub reads: u64,
	/// Writes its weight counts.
	pub writes: u64,
}

impl ExtensionWeight {
	/// The extension's compute: its weight without the storage it prices, at `db`'s prices.
	fn compute(weight: Weight, db: RuntimeDbWeight, reads: u64, writes: u64) -> u64 {
		weight.ref_time().saturating_sub(db.reads_writes(reads, writes).ref_time())
	}

	/// Its compute, taken from the weight the runtime charges.
	pub fn charged_compute(&self) -> u64 {
		Self::compute(self.charged, ParityDbWeight::get(), self.reads, self.writes)
	}

	/// Its compute, taken from the RocksDB-priced weight: equal to [`Self::charged_compute`]
	/// exactly when `reads` and `writes` are the ones its weights file prices.
	pub fn rocksdb_compute(&self) -> u64 {
		Self::compute(self.at_rocksdb, RocksDbWeight::get(), self.reads, self.writes)
	}
}

/// Every extension of a signed transaction whose weight is not zero, in `TxExtension`'s
/// order. `CheckMortalEra` is charged as the stock mortal check; `NoTips` costs nothing.
pub fn extensions() -> [ExtensionWeight; 9] {
	use frame_system::ExtensionsWeightInfo;
	use pallet_gate::WeightInfo;
	// An entry: the extension's name, the weight function that prices it (of the gate's
	// weights or the stock extensions'), its reads and its writes.
	macro_rules! entry {
		($name:literal, Gate::$weight:ident, $reads:expr, $writes:expr) => {
			entry!(@ $name, Gate, GateAtRocksDb, WeightInfo, $weight, $reads, $writes)
		};
		($name:literal, Stock::$weight:ident, $reads:expr, $writes:expr) => {
			entry!(@ $name, Stock, StockAtRocksDb, ExtensionsWeightInfo, $weight, $reads, $writes)
		};
		(@ $name:literal, $runtime:ty, $rocksdb:ty, $info:path, $weight:ident, $reads:expr, $writes:expr) => {
			ExtensionWeight {
				name: $name,
				charged: <$runtime as $info>::$weight(),
				at_rocksdb: <$rocksdb as $info>::$weight(),
				reads: $reads,
				writes: $writes,
			}
		};
	}
	[
		entry!("CheckMember", Gate::check_member, 1, 0),
		entry!("CheckNonZeroSender", Stock::check_non_zero_sender, 0, 0),
		entry!("CheckSpecVersion", Stock::check_spec_version, 0, 0),
		entry!("CheckTxVersion", Stock::check_tx_version, 0, 0),
		// Its read of the genesis hash is priced warm (`configs::system_extension_weights`).
		entry!("CheckGenesis", Stock::check_genesis, 0, 0),
		entry!("CheckMortalEra", Stock::check_mortality_mortal_transaction, 1, 0),
		// The rate limit's read is priced warm (whitelisted: `pallet_gate`'s `on_initialize`).
		entry!("CheckNonceWithinRate", Gate::check_nonce_within_rate, 2, 2),
		entry!("CheckWeight", Stock::check_weight, 0, 0),
		entry!("WeightReclaim", Stock::weight_reclaim, 1, 1),
	]
}

/// The compute of every extension a signed transaction runs, summed.
pub fn extensions_compute() -> u64 {
	extensions().iter().map(ExtensionWeight::charged_compute).sum()
}

/// What the runtime charges for a transaction's own part: the measured overhead of a signed
/// remark, less the extensions' compute that their own weights charge.
pub fn transaction_base() -> Weight {
	let measured = ExtrinsicBaseWeight::get();
	Weight::from_parts(
		measured.ref_time().saturating_sub(extensions_compute()),
		measured.proof_size(),
	)
}
