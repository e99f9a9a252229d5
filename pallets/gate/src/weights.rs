//! Weights of `pallet_gate`, measured by `scripts/benchmark-weights.sh`. Generated: do not
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
//   coop-node benchmark pallet --chain dev --pallet pallet_gate --extrinsic '*'
//     --steps 50 --repeat 20 --wasm-execution Compiled

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_gate`.
pub trait WeightInfo {
	fn set_rate_limit() -> Weight;
	fn check_member() -> Weight;
	fn check_nonce_within_rate() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_rate_limit() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 4_396_000 picoseconds.
		Weight::from_parts(4_947_000, 0)
	}
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	fn check_member() -> Weight {
		//  Proof size measured: `515` bytes.
		//  Minimum execution time: 8_242_000 picoseconds.
		Weight::from_parts(8_984_000, 3644)
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gate::RateWindows` (r:1 w:1)
	/// Proof: `Gate::RateWindows` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn check_nonce_within_rate() -> Weight {
		//  Proof size measured: `188` bytes.
		//  Minimum execution time: 18_417_000 picoseconds.
		Weight::from_parts(19_790_000, 3593)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn set_rate_limit() -> Weight {
		Weight::from_parts(4_947_000, 0)
	}
	fn check_member() -> Weight {
		Weight::from_parts(8_984_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(1))
	}
	fn check_nonce_within_rate() -> Weight {
		Weight::from_parts(19_790_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
