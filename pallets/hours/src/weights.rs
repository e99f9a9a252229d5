//! Weights of `pallet_hours`, measured by `scripts/benchmark-weights.sh`. Generated: do not
//! edit by hand, run the script again.
//!
//! Benchmark CLI 64.0.0, 2026-12-07; steps 50, repeat 20; wasm
//! execution Compiled; chain `Some("dev")`.
//! CPU `AMD EPYC`.
//!
//! Each weight is the measured compute (the fitted base, and a slope per component), plus
//! the storage reads and writes the benchmark saw, priced by the runtime's `DbWeight`, plus
//! the largest proof those reads can need. Components are measured over their whole range,
//! so a call weighed at its component's maximum is weighed at its worst case.

// Command (run by `scripts/benchmark-weights.sh`, which also sets the template and output):
//   coop-node benchmark pallet --chain dev --pallet pallet_hours --extrinsic '*'
//     --steps 50 --repeat 20 --wasm-execution Compiled

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_hours`.
pub trait WeightInfo {
	fn log_work() -> Weight;
	fn approve(a: u32, ) -> Weight;
	fn reject() -> Weight;
	fn transfer() -> Weight;
	fn contribute() -> Weight;
	fn spend() -> Weight;
	fn set_policy() -> Weight;
	fn set_coop_terms() -> Weight;
	fn expire_claim() -> Weight;
	fn prune_counter() -> Weight;
	fn prune_claim() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::CounterHorizon` (r:1 w:1)
	/// Proof: `Hours::CounterHorizon` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesOnDay` (r:1 w:1)
	/// Proof: `Hours::MinutesOnDay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesInWeek` (r:1 w:1)
	/// Proof: `Hours::MinutesInWeek` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::NextClaimId` (r:1 w:1)
	/// Proof: `Hours::NextClaimId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Terms` (r:1 w:0)
	/// Proof: `Hours::Terms` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PendingClaims` (r:0 w:1)
	/// Proof: `Hours::PendingClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Claims` (r:0 w:1)
	/// Proof: `Hours::Claims` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Hours::ClaimsOf` (r:0 w:1)
	/// Proof: `Hours::ClaimsOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn log_work() -> Weight {
		//  Proof size measured: `944` bytes.
		//  Minimum execution time: 55_102_000 picoseconds.
		Weight::from_parts(59_138_000, 3644)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Hours::Claims` (r:1 w:1)
	/// Proof: `Hours::Claims` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:6 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:5 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Terms` (r:1 w:0)
	/// Proof: `Hours::Terms` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Hours::TotalPaid` (r:1 w:1)
	/// Proof: `Hours::TotalPaid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PendingClaims` (r:0 w:1)
	/// Proof: `Hours::PendingClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `a` is `[1, 5]`.
	fn approve(a: u32, ) -> Weight {
		//  Proof size measured: `982 + a * (191 ±0)` bytes.
		//  Minimum execution time: 73_299_000 picoseconds.
		Weight::from_parts(68_721_265, 6196)
			// Standard error: 13_951
			.saturating_add(Weight::from_parts(8_886_542, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(a.into()))
	}
	/// Storage: `Hours::Claims` (r:1 w:1)
	/// Proof: `Hours::Claims` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesOnDay` (r:1 w:1)
	/// Proof: `Hours::MinutesOnDay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesInWeek` (r:1 w:1)
	/// Proof: `Hours::MinutesInWeek` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PendingClaims` (r:0 w:1)
	/// Proof: `Hours::PendingClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		//  Proof size measured: `956` bytes.
		//  Minimum execution time: 38_027_000 picoseconds.
		Weight::from_parts(40_600_000, 3791)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		//  Proof size measured: `169` bytes.
		//  Minimum execution time: 57_486_000 picoseconds.
		Weight::from_parts(61_051_000, 3644)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn contribute() -> Weight {
		//  Proof size measured: `100` bytes.
		//  Minimum execution time: 64_486_000 picoseconds.
		Weight::from_parts(67_660_000, 3644)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn spend() -> Weight {
		//  Proof size measured: `858` bytes.
		//  Minimum execution time: 69_083_000 picoseconds.
		Weight::from_parts(72_538_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn set_policy() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 4_957_000 picoseconds.
		Weight::from_parts(5_478_000, 0)
	}
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Terms` (r:0 w:1)
	/// Proof: `Hours::Terms` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn set_coop_terms() -> Weight {
		//  Proof size measured: `325` bytes.
		//  Minimum execution time: 12_839_000 picoseconds.
		Weight::from_parts(13_931_000, 3556)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Hours::NextClaimId` (r:1 w:0)
	/// Proof: `Hours::NextClaimId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::ExpiryCursor` (r:1 w:1)
	/// Proof: `Hours::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Claims` (r:1 w:1)
	/// Proof: `Hours::Claims` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesOnDay` (r:1 w:1)
	/// Proof: `Hours::MinutesOnDay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesInWeek` (r:1 w:1)
	/// Proof: `Hours::MinutesInWeek` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PendingClaims` (r:0 w:1)
	/// Proof: `Hours::PendingClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn expire_claim() -> Weight {
		//  Proof size measured: `243` bytes.
		//  Minimum execution time: 19_939_000 picoseconds.
		Weight::from_parts(21_422_000, 3791)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Hours::CounterHorizon` (r:1 w:0)
	/// Proof: `Hours::CounterHorizon` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::MinutesOnDay` (r:2 w:1)
	/// Proof: `Hours::MinutesOnDay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn prune_counter() -> Weight {
		//  Proof size measured: `59` bytes.
		//  Minimum execution time: 12_258_000 picoseconds.
		Weight::from_parts(13_170_000, 6068)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Hours::ExpiryCursor` (r:1 w:0)
	/// Proof: `Hours::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::CounterHorizon` (r:1 w:0)
	/// Proof: `Hours::CounterHorizon` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PruneCursor` (r:1 w:1)
	/// Proof: `Hours::PruneCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Hours::Claims` (r:1 w:1)
	/// Proof: `Hours::Claims` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Hours::PaidForPrunedClaims` (r:1 w:1)
	/// Proof: `Hours::PaidForPrunedClaims` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Hours::ClaimsOf` (r:0 w:1)
	/// Proof: `Hours::ClaimsOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn prune_claim() -> Weight {
		//  Proof size measured: `193` bytes.
		//  Minimum execution time: 11_837_000 picoseconds.
		Weight::from_parts(12_859_000, 3791)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn log_work() -> Weight {
		Weight::from_parts(59_138_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn approve(a: u32, ) -> Weight {
		Weight::from_parts(68_721_265, 6196)
			.saturating_add(Weight::from_parts(8_886_542, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(a.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(40_600_000, 3791)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn transfer() -> Weight {
		Weight::from_parts(61_051_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn contribute() -> Weight {
		Weight::from_parts(67_660_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn spend() -> Weight {
		Weight::from_parts(72_538_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_policy() -> Weight {
		Weight::from_parts(5_478_000, 0)
	}
	fn set_coop_terms() -> Weight {
		Weight::from_parts(13_931_000, 3556)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn expire_claim() -> Weight {
		Weight::from_parts(21_422_000, 3791)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn prune_counter() -> Weight {
		Weight::from_parts(13_170_000, 6068)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn prune_claim() -> Weight {
		Weight::from_parts(12_859_000, 3791)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
}
