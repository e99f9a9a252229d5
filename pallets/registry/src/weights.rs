//! Weights of the registry's calls.
//!
//! NOT GENERATED: these are hand estimates, to be replaced by a benchmark run on reference
//! hardware (the issue "Real weights and a throughput benchmark" does that with
//! `scripts/benchmark-weights.sh`). How they were estimated:
//! - compute: `pallet_balances::transfer_keep_alive` measures 39 µs upstream for one
//!   account read and write; each storage item this pallet touches is given a similar share,
//!   rounded up, and a call that moves HOUR adds a whole transfer;
//! - database: every read and write each call can make on its worst path, counted from the
//!   code, priced by the runtime's `DbWeight`;
//! - proof size: the largest encoded record (`MaxEncodedLen`) of every item read, plus
//!   the trie overhead of a map entry (about 3.5 kB each, as upstream weights show).
//!
//! Over-estimating is the safe side: a call that weighs more than it costs only leaves a
//! block emptier.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for the registry.
pub trait WeightInfo {
	fn register_coop(a: u32) -> Weight;
	fn add_member() -> Weight;
	fn set_role() -> Weight;
	fn remove_member() -> Weight;
	fn leave() -> Weight;
	fn rebind(m: u32) -> Weight;
	fn suspend_coop() -> Weight;
	fn resume_coop() -> Weight;
	fn set_rate_limit() -> Weight;
}

/// Proof size of reading one map entry of this pallet, trie overhead included.
const ENTRY_PROOF: u64 = 3_600;

/// Weights priced with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: NextCoopId, ActiveCoopCount, and per admin Coops, Members, Identities, the
	/// caller's membership, System::Account. Writes: NextCoopId, ActiveCoopCount, Coops and
	/// per admin Identities, Members, Memberships, Coops, System::Account.
	fn register_coop(a: u32) -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(
				Weight::from_parts(40_000_000, 5 * ENTRY_PROOF).saturating_mul(a.into()),
			)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads(5_u64.saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes(5_u64.saturating_mul(a.into())))
	}
	/// Reads: Coops, the admin's membership, Members, Identities, System::Account.
	/// Writes: Identities, Members, Memberships, Coops, System::Account.
	fn add_member() -> Weight {
		Weight::from_parts(45_000_000, 5 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(5, 5))
	}
	/// Reads: Coops, the admin's membership, the member's membership.
	/// Writes: Memberships, Coops.
	fn set_role() -> Weight {
		Weight::from_parts(30_000_000, 3 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	/// Reads: Coops, the admin's membership, the membership, Members, both accounts of a
	/// transfer to the pool. Writes: Members, Memberships, Coops, both accounts.
	fn remove_member() -> Weight {
		Weight::from_parts(90_000_000, 6 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(6, 5))
	}
	/// As `remove_member`, without the admin check.
	fn leave() -> Weight {
		Weight::from_parts(85_000_000, 5 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(5, 5))
	}
	/// Reads: Members (old, new), both accounts, and per membership its record.
	/// Writes: Identities, Members (old, new), both accounts, and per membership its old and
	/// new record.
	fn rebind(m: u32) -> Weight {
		Weight::from_parts(90_000_000, 4 * ENTRY_PROOF)
			.saturating_add(Weight::from_parts(15_000_000, ENTRY_PROOF).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads(m.into()))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes(2_u64.saturating_mul(m.into())))
	}
	/// Reads: Coops, ActiveCoopCount. Writes: the same.
	fn suspend_coop() -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	/// As `suspend_coop`.
	fn resume_coop() -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	/// Writes: TransactionRateLimit.
	fn set_rate_limit() -> Weight {
		Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same estimates priced with RocksDB's database weights, for tests.
impl WeightInfo for () {
	fn register_coop(a: u32) -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(
				Weight::from_parts(40_000_000, 5 * ENTRY_PROOF).saturating_mul(a.into()),
			)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads(5_u64.saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes(5_u64.saturating_mul(a.into())))
	}
	fn add_member() -> Weight {
		Weight::from_parts(45_000_000, 5 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 5))
	}
	fn set_role() -> Weight {
		Weight::from_parts(30_000_000, 3 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn remove_member() -> Weight {
		Weight::from_parts(90_000_000, 6 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 5))
	}
	fn leave() -> Weight {
		Weight::from_parts(85_000_000, 5 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 5))
	}
	fn rebind(m: u32) -> Weight {
		Weight::from_parts(90_000_000, 4 * ENTRY_PROOF)
			.saturating_add(Weight::from_parts(15_000_000, ENTRY_PROOF).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads(m.into()))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes(2_u64.saturating_mul(m.into())))
	}
	fn suspend_coop() -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(2, 2))
	}
	fn resume_coop() -> Weight {
		Weight::from_parts(20_000_000, 2 * ENTRY_PROOF)
			.saturating_add(RocksDbWeight::get().reads_writes(2, 2))
	}
	fn set_rate_limit() -> Weight {
		Weight::from_parts(10_000_000, 0).saturating_add(RocksDbWeight::get().writes(1))
	}
}
