//! Weights of `pallet_daco`, measured by `scripts/benchmark-weights.sh`. Generated: do not
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
//   coop-node benchmark pallet --chain dev --pallet pallet_daco --extrinsic '*'
//     --steps 50 --repeat 20 --wasm-execution Compiled

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_daco`.
pub trait WeightInfo {
	fn propose(l: u32, ) -> Weight;
	fn vote() -> Weight;
	fn close(l: u32, ) -> Weight;
	fn withdraw() -> Weight;
	fn cancel() -> Weight;
	fn set_thresholds() -> Weight;
	fn set_delegate() -> Weight;
	fn enact_as_root() -> Weight;
	fn clear_vote() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenProposals` (r:1 w:1)
	/// Proof: `Daco::OpenProposals` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenByProposer` (r:1 w:1)
	/// Proof: `Daco::OpenByProposer` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::StatusFor` (r:1 w:0)
	/// Proof: `Preimage::StatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::RequestStatusFor` (r:1 w:1)
	/// Proof: `Preimage::RequestStatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::PreimageFor` (r:1 w:0)
	/// Proof: `Preimage::PreimageFor` (`max_values`: None, `max_size`: Some(4194344), added: 4196819, mode: `MaxEncodedLen`)
	/// Storage: `Daco::NextProposalId` (r:1 w:1)
	/// Proof: `Daco::NextProposalId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Daco::Thresholds` (r:1 w:0)
	/// Proof: `Daco::Thresholds` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Daco::Proposals` (r:0 w:1)
	/// Proof: `Daco::Proposals` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[16, 65536]`.
	fn propose(l: u32, ) -> Weight {
		//  Proof size measured: `806 + l * (1 ±0)` bytes.
		//  Minimum execution time: 53_750_000 picoseconds.
		Weight::from_parts(27_875_143, 4197809)
			// Standard error: 49
			.saturating_add(Weight::from_parts(32_563, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Daco::Proposals` (r:1 w:1)
	/// Proof: `Daco::Proposals` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Daco::Votes` (r:1 w:1)
	/// Proof: `Daco::Votes` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn vote() -> Weight {
		//  Proof size measured: `989` bytes.
		//  Minimum execution time: 33_129_000 picoseconds.
		Weight::from_parts(35_352_000, 3944)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Daco::Proposals` (r:1 w:1)
	/// Proof: `Daco::Proposals` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenProposals` (r:1 w:1)
	/// Proof: `Daco::OpenProposals` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenByProposer` (r:1 w:1)
	/// Proof: `Daco::OpenByProposer` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::PreimageFor` (r:1 w:0)
	/// Proof: `Preimage::PreimageFor` (`max_values`: None, `max_size`: Some(4194344), added: 4196819, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::StatusFor` (r:1 w:0)
	/// Proof: `Preimage::StatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::RequestStatusFor` (r:1 w:1)
	/// Proof: `Preimage::RequestStatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Daco::VotesToClear` (r:0 w:1)
	/// Proof: `Daco::VotesToClear` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[16, 65536]`.
	fn close(l: u32, ) -> Weight {
		//  Proof size measured: `778 + l * (1 ±0)` bytes.
		//  Minimum execution time: 59_659_000 picoseconds.
		Weight::from_parts(171_863_703, 4197809)
			// Standard error: 1_037
			.saturating_add(Weight::from_parts(1_008_856, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Daco::Proposals` (r:1 w:1)
	/// Proof: `Daco::Proposals` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenProposals` (r:1 w:1)
	/// Proof: `Daco::OpenProposals` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenByProposer` (r:1 w:1)
	/// Proof: `Daco::OpenByProposer` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::StatusFor` (r:1 w:0)
	/// Proof: `Preimage::StatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::RequestStatusFor` (r:1 w:1)
	/// Proof: `Preimage::RequestStatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		//  Proof size measured: `1107` bytes.
		//  Minimum execution time: 37_516_000 picoseconds.
		Weight::from_parts(39_849_000, 3944)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Daco::Proposals` (r:1 w:1)
	/// Proof: `Daco::Proposals` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenProposals` (r:1 w:1)
	/// Proof: `Daco::OpenProposals` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Daco::OpenByProposer` (r:1 w:1)
	/// Proof: `Daco::OpenByProposer` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::StatusFor` (r:1 w:0)
	/// Proof: `Preimage::StatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::RequestStatusFor` (r:1 w:1)
	/// Proof: `Preimage::RequestStatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		//  Proof size measured: `718` bytes.
		//  Minimum execution time: 29_343_000 picoseconds.
		Weight::from_parts(31_117_000, 3944)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Daco::Thresholds` (r:0 w:1)
	/// Proof: `Daco::Thresholds` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn set_thresholds() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 6_539_000 picoseconds.
		Weight::from_parts(7_131_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Daco::DelegateOf` (r:1 w:2)
	/// Proof: `Daco::DelegateOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Daco::Delegates` (r:1 w:1)
	/// Proof: `Daco::Delegates` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn set_delegate() -> Weight {
		//  Proof size measured: `788` bytes.
		//  Minimum execution time: 31_207_000 picoseconds.
		Weight::from_parts(33_099_000, 3556)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn enact_as_root() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 5_859_000 picoseconds.
		Weight::from_parts(6_359_000, 0)
	}
	/// Storage: `Daco::VotesToClear` (r:1 w:0)
	/// Proof: `Daco::VotesToClear` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	/// Storage: `Daco::Votes` (r:2 w:1)
	/// Proof: `Daco::Votes` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn clear_vote() -> Weight {
		//  Proof size measured: `228` bytes.
		//  Minimum execution time: 10_876_000 picoseconds.
		Weight::from_parts(11_567_000, 6064)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn propose(l: u32, ) -> Weight {
		Weight::from_parts(27_875_143, 4197809)
			.saturating_add(Weight::from_parts(32_563, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn vote() -> Weight {
		Weight::from_parts(35_352_000, 3944)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn close(l: u32, ) -> Weight {
		Weight::from_parts(171_863_703, 4197809)
			.saturating_add(Weight::from_parts(1_008_856, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(39_849_000, 3944)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn cancel() -> Weight {
		Weight::from_parts(31_117_000, 3944)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_thresholds() -> Weight {
		Weight::from_parts(7_131_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_delegate() -> Weight {
		Weight::from_parts(33_099_000, 3556)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn enact_as_root() -> Weight {
		Weight::from_parts(6_359_000, 0)
	}
	fn clear_vote() -> Weight {
		Weight::from_parts(11_567_000, 6064)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
