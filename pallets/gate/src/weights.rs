//! Weights of `pallet_gate`, measured by `scripts/benchmark-weights.sh`. Generated: do not
//! edit by hand, run the script again.
//!
//! Benchmark CLI 64.0.0, 2026-11-23; steps 50, repeat 20; wasm
//! execution Compiled; chain `Some("dev")`.
//! CPU `AMD EPYC`.
//! (Measured while these benchmarks were part of `pallet_registry`; the storage items then
//! had the `Registry` prefix. The next run of the script writes this file anew.)
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
	/// Storage: `Gate::TransactionRateLimit` (r:0 w:1)
	/// Proof: `Gate::TransactionRateLimit` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_rate_limit() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 5_398_000 picoseconds.
		Weight::from_parts(6_029_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	fn check_member() -> Weight {
		//  Proof size measured: `575` bytes.
		//  Minimum execution time: 8_863_000 picoseconds.
		Weight::from_parts(9_724_000, 3644)
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gate::TransactionRateLimit` (r:1 w:0)
	/// Proof: `Gate::TransactionRateLimit` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Gate::RateWindows` (r:1 w:1)
	/// Proof: `Gate::RateWindows` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn check_nonce_within_rate() -> Weight {
		//  Proof size measured: `443` bytes.
		//  Minimum execution time: 22_824_000 picoseconds.
		Weight::from_parts(24_245_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn set_rate_limit() -> Weight {
		Weight::from_parts(6_029_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn check_member() -> Weight {
		Weight::from_parts(9_724_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(1))
	}
	fn check_nonce_within_rate() -> Weight {
		Weight::from_parts(24_245_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
