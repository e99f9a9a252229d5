//! Weights of the Hours calls.
//!
//! NOT GENERATED: hand estimates until a benchmark run on reference hardware replaces them
//! (the issue "Real weights and a throughput benchmark", `scripts/benchmark-weights.sh`).
//! Estimated like the registry's: `pallet_balances::transfer_keep_alive` measures 39 µs
//! upstream, each storage item touched gets a similar share (rounded up), a mint or a
//! transfer adds a whole transfer; reads and writes are counted from the code on the worst
//! path and priced by the runtime's `DbWeight`; proof size is about 3.6 kB per item read.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for the Hours pallet.
pub trait WeightInfo {
	fn log_work() -> Weight;
	fn approve() -> Weight;
	fn reject() -> Weight;
	fn transfer() -> Weight;
	fn contribute() -> Weight;
	fn spend() -> Weight;
	fn set_policy() -> Weight;
	fn set_coop_terms() -> Weight;
	fn expire_claim() -> Weight;
}

/// Proof size of reading one storage item, trie overhead included.
const ITEM_PROOF: u64 = 3_600;

/// `(compute in ps, reads, writes)` of each call; see the module docs.
fn estimate(db: RuntimeDbWeight, picos: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(picos, reads.saturating_mul(ITEM_PROOF))
		.saturating_add(db.reads_writes(reads, writes))
}

/// Weights priced with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: co-op, membership, policy, time, terms, day and week minutes, next id.
	/// Writes: next id, day and week minutes, claim, two indexes.
	fn log_work() -> Weight {
		estimate(T::DbWeight::get(), 60_000_000, 8, 6)
	}
	/// The final approval with the pay split at the cap: reads claim, two memberships, co-op,
	/// terms, policy, both accounts, total paid; writes both accounts, issuance, total paid,
	/// pending index, claim.
	fn approve() -> Weight {
		estimate(T::DbWeight::get(), 130_000_000, 10, 6)
	}
	/// Reads claim, membership, day and week minutes; writes those and the pending index.
	fn reject() -> Weight {
		estimate(T::DbWeight::get(), 45_000_000, 4, 4)
	}
	/// Reads both members, the policy and both accounts; writes both accounts.
	fn transfer() -> Weight {
		estimate(T::DbWeight::get(), 70_000_000, 5, 2)
	}
	/// As `transfer`, to a pool.
	fn contribute() -> Weight {
		estimate(T::DbWeight::get(), 70_000_000, 5, 2)
	}
	/// As `transfer`, from a pool.
	fn spend() -> Weight {
		estimate(T::DbWeight::get(), 70_000_000, 5, 2)
	}
	/// Writes the policy.
	fn set_policy() -> Weight {
		estimate(T::DbWeight::get(), 15_000_000, 0, 1)
	}
	/// Reads the co-op and the policy; writes the terms.
	fn set_coop_terms() -> Weight {
		estimate(T::DbWeight::get(), 20_000_000, 2, 1)
	}
	/// One claim looked at by `on_idle` and expired: reads the claim and the minutes; writes
	/// those, the pending index and the claim.
	fn expire_claim() -> Weight {
		estimate(T::DbWeight::get(), 40_000_000, 3, 4)
	}
}

/// The same estimates priced with RocksDB's database weights, for tests.
impl WeightInfo for () {
	fn log_work() -> Weight {
		estimate(RocksDbWeight::get(), 60_000_000, 8, 6)
	}
	fn approve() -> Weight {
		estimate(RocksDbWeight::get(), 130_000_000, 10, 6)
	}
	fn reject() -> Weight {
		estimate(RocksDbWeight::get(), 45_000_000, 4, 4)
	}
	fn transfer() -> Weight {
		estimate(RocksDbWeight::get(), 70_000_000, 5, 2)
	}
	fn contribute() -> Weight {
		estimate(RocksDbWeight::get(), 70_000_000, 5, 2)
	}
	fn spend() -> Weight {
		estimate(RocksDbWeight::get(), 70_000_000, 5, 2)
	}
	fn set_policy() -> Weight {
		estimate(RocksDbWeight::get(), 15_000_000, 0, 1)
	}
	fn set_coop_terms() -> Weight {
		estimate(RocksDbWeight::get(), 20_000_000, 2, 1)
	}
	fn expire_claim() -> Weight {
		estimate(RocksDbWeight::get(), 40_000_000, 3, 4)
	}
}
