//! Weights of `pallet_validators`, measured by `scripts/benchmark-weights.sh`. Generated: do not
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
//   coop-node benchmark pallet --chain dev --pallet pallet_validators --extrinsic '*'
//     --steps 50 --repeat 20 --wasm-execution Compiled

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_validators`.
pub trait WeightInfo {
	fn add_validator(n: u32, ) -> Weight;
	fn remove_validator(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Validators` (r:1 w:1)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 99]`.
	fn add_validator(n: u32, ) -> Weight {
		//  Proof size measured: `1383 + n * (46 ±0)` bytes.
		//  Minimum execution time: 29_964_000 picoseconds.
		Weight::from_parts(32_949_527, 5087)
			// Standard error: 3_130
			.saturating_add(Weight::from_parts(343_234, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 48).saturating_mul(n.into()))
	}
	/// Storage: `Validators::Validators` (r:1 w:1)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:99 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:99 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::LastAuthored` (r:99 w:1)
	/// Proof: `Validators::LastAuthored` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[2, 100]`.
	fn remove_validator(n: u32, ) -> Weight {
		//  Proof size measured: `613 + n * (230 ±0)` bytes.
		//  Minimum execution time: 35_623_000 picoseconds.
		Weight::from_parts(37_305_000, 5087)
			// Standard error: 25_134
			.saturating_add(Weight::from_parts(14_684_817, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(n.into()))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn add_validator(n: u32, ) -> Weight {
		Weight::from_parts(32_949_527, 5087)
			.saturating_add(Weight::from_parts(343_234, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 48).saturating_mul(n.into()))
	}
	fn remove_validator(n: u32, ) -> Weight {
		Weight::from_parts(37_305_000, 5087)
			.saturating_add(Weight::from_parts(14_684_817, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(n.into()))
	}
}
