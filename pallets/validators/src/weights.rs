//! Weights of the validators pallet's calls.
//!
//! NOT GENERATED: hand estimates, to be replaced by a benchmark run (`scripts/benchmark-weights.sh`,
//! the issue "Real weights and a throughput benchmark"). Both calls read and write the whole
//! list (at most `MaxValidators` entries of about 40 bytes) and read one record per validator
//! for the liveness check; compute is priced like one `pallet_balances` transfer per five
//! entries, rounded up.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for the validators pallet.
pub trait WeightInfo {
	fn add_validator(n: u32) -> Weight;
	fn remove_validator(n: u32) -> Weight;
}

/// Proof size of one entry of the list, or of one map entry with trie overhead.
const ENTRY_PROOF: u64 = 3_600;

fn compute(n: u32) -> Weight {
	Weight::from_parts(20_000_000, ENTRY_PROOF)
		.saturating_add(Weight::from_parts(8_000_000, ENTRY_PROOF).saturating_mul(n.into()))
}

/// Weights priced with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: the co-op, the membership, the session keys, Validators. Writes: Validators.
	fn add_validator(n: u32) -> Weight {
		compute(n).saturating_add(T::DbWeight::get().reads_writes(4, 1))
	}
	/// Reads: Validators, LastAuthored per validator. Writes: Validators, LastAuthored.
	fn remove_validator(n: u32) -> Weight {
		compute(n)
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_add(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same estimates priced with RocksDB's database weights, for tests.
impl WeightInfo for () {
	fn add_validator(n: u32) -> Weight {
		compute(n).saturating_add(RocksDbWeight::get().reads_writes(4, 1))
	}
	fn remove_validator(n: u32) -> Weight {
		compute(n)
			.saturating_add(RocksDbWeight::get().reads(1_u64.saturating_add(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
