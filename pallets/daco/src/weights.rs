//! Weights of the Daco calls.
//!
//! NOT GENERATED: hand estimates until a benchmark run on reference hardware replaces them
//! (the issue "Real weights and a throughput benchmark"). Estimated like the registry's and
//! Hours': about 40 µs of compute per storage item touched, rounded up, reads and writes
//! counted from the code on the worst path, about 3.6 kB of proof per item read. `close`
//! excludes the proposed call, whose own weight is added (reserved at `MaxProposalWeight`,
//! refunded to what it used).

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions needed for the Daco pallet.
pub trait WeightInfo {
	fn propose() -> Weight;
	fn vote() -> Weight;
	fn close() -> Weight;
	fn set_thresholds() -> Weight;
	fn set_delegate() -> Weight;
	fn enact_as_root() -> Weight;
}

/// Proof size of reading one storage item, trie overhead included.
const ITEM_PROOF: u64 = 3_600;

/// Compute in picoseconds, plus `reads` and `writes` priced by `db`.
fn estimate(db: RuntimeDbWeight, picos: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(picos, reads.saturating_mul(ITEM_PROOF))
		.saturating_add(db.reads_writes(reads, writes))
}

/// Weights priced with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: the proposer's membership or delegation, open count, preimage (status and
	/// bytes), next id, member or co-op count, thresholds. Writes: preimage status, next id,
	/// open count, proposal. Plus decoding the call.
	fn propose() -> Weight {
		estimate(T::DbWeight::get(), 150_000_000, 8, 4)
	}
	/// Reads: proposal, the voter's membership (or delegation and role), their earlier vote.
	/// Writes: vote, proposal.
	fn vote() -> Weight {
		estimate(T::DbWeight::get(), 60_000_000, 5, 2)
	}
	/// Reads: proposal, open count, preimage status and bytes. Writes: proposal, open count,
	/// preimage status. Plus decoding the call.
	fn close() -> Weight {
		estimate(T::DbWeight::get(), 150_000_000, 4, 3)
	}
	/// Writes the thresholds.
	fn set_thresholds() -> Weight {
		estimate(T::DbWeight::get(), 20_000_000, 0, 1)
	}
	/// Reads: co-op, role, the delegate's other co-op, the previous delegate. Writes: both
	/// indexes, twice.
	fn set_delegate() -> Weight {
		estimate(T::DbWeight::get(), 40_000_000, 4, 4)
	}
	/// Only the dispatch itself; the call's weight is added.
	fn enact_as_root() -> Weight {
		estimate(T::DbWeight::get(), 15_000_000, 0, 0)
	}
}

/// The same estimates priced with RocksDB's database weights, for tests.
impl WeightInfo for () {
	fn propose() -> Weight {
		estimate(RocksDbWeight::get(), 150_000_000, 8, 4)
	}
	fn vote() -> Weight {
		estimate(RocksDbWeight::get(), 60_000_000, 5, 2)
	}
	fn close() -> Weight {
		estimate(RocksDbWeight::get(), 150_000_000, 4, 3)
	}
	fn set_thresholds() -> Weight {
		estimate(RocksDbWeight::get(), 20_000_000, 0, 1)
	}
	fn set_delegate() -> Weight {
		estimate(RocksDbWeight::get(), 40_000_000, 4, 4)
	}
	fn enact_as_root() -> Weight {
		estimate(RocksDbWeight::get(), 15_000_000, 0, 0)
	}
}
