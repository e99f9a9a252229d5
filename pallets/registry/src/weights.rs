//! Weights of `pallet_registry`, measured by `scripts/benchmark-weights.sh`. Generated: do not
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
//   coop-node benchmark pallet --chain dev --pallet pallet_registry --extrinsic '*'
//     --steps 50 --repeat 20 --wasm-execution Compiled

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_registry`.
pub trait WeightInfo {
	fn register_coop(a: u32, ) -> Weight;
	fn add_member() -> Weight;
	fn accept_invitation() -> Weight;
	fn decline_invitation() -> Weight;
	fn set_policy() -> Weight;
	fn set_role() -> Weight;
	fn remove_member() -> Weight;
	fn leave() -> Weight;
	fn prune_membership() -> Weight;
	fn rebind(m: u32, ) -> Weight;
	fn suspend_coop() -> Weight;
	fn resume_coop() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::NextCoopId` (r:1 w:1)
	/// Proof: `Registry::NextCoopId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:8 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Identities` (r:8 w:0)
	/// Proof: `Registry::Identities` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Policy` (r:1 w:0)
	/// Proof: `Registry::Policy` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Invitations` (r:8 w:8)
	/// Proof: `Registry::Invitations` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Registry::OpenInvitations` (r:1 w:1)
	/// Proof: `Registry::OpenInvitations` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Coops` (r:0 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// The range of component `a` is `[1, 8]`.
	fn register_coop(a: u32, ) -> Weight {
		//  Proof size measured: `429 + a * (52 ±0)` bytes.
		//  Minimum execution time: 38_608_000 picoseconds.
		Weight::from_parts(15_170_444, 3481)
			// Standard error: 5_845
			.saturating_add(Weight::from_parts(24_766_154, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(a.into()))
	}
	/// Storage: `Registry::Coops` (r:1 w:0)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::MembersByVote` (r:1 w:0)
	/// Proof: `Registry::MembersByVote` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:0)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Identities` (r:1 w:0)
	/// Proof: `Registry::Identities` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Policy` (r:1 w:0)
	/// Proof: `Registry::Policy` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Invitations` (r:1 w:1)
	/// Proof: `Registry::Invitations` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Registry::OpenInvitations` (r:1 w:1)
	/// Proof: `Registry::OpenInvitations` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn add_member() -> Weight {
		//  Proof size measured: `1036` bytes.
		//  Minimum execution time: 46_820_000 picoseconds.
		Weight::from_parts(49_493_000, 3644)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registry::Invitations` (r:1 w:1)
	/// Proof: `Registry::Invitations` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Coops` (r:1 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:1)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Identities` (r:1 w:1)
	/// Proof: `Registry::Identities` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Registry::OpenInvitations` (r:1 w:1)
	/// Proof: `Registry::OpenInvitations` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:0 w:1)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	fn accept_invitation() -> Weight {
		//  Proof size measured: `1225` bytes.
		//  Minimum execution time: 47_150_000 picoseconds.
		Weight::from_parts(49_854_000, 3644)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Registry::Invitations` (r:1 w:1)
	/// Proof: `Registry::Invitations` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Registry::OpenInvitations` (r:1 w:1)
	/// Proof: `Registry::OpenInvitations` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn decline_invitation() -> Weight {
		//  Proof size measured: `594` bytes.
		//  Minimum execution time: 26_129_000 picoseconds.
		Weight::from_parts(27_942_000, 3629)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registry::Policy` (r:0 w:1)
	/// Proof: `Registry::Policy` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	fn set_policy() -> Weight {
		//  Proof size measured: `0` bytes.
		//  Minimum execution time: 4_957_000 picoseconds.
		Weight::from_parts(5_479_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registry::Coops` (r:1 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:2 w:1)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::MembersByVote` (r:1 w:0)
	/// Proof: `Registry::MembersByVote` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_role() -> Weight {
		//  Proof size measured: `568` bytes.
		//  Minimum execution time: 30_095_000 picoseconds.
		Weight::from_parts(32_428_000, 6080)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Registry::Coops` (r:1 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:2 w:1)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::MembersByVote` (r:1 w:0)
	/// Proof: `Registry::MembersByVote` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:1)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::EndedMembershipsQueue` (r:1 w:1)
	/// Proof: `Registry::EndedMembershipsQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Validators` (r:1 w:0)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// Storage: `Gate::RateWindows` (r:0 w:1)
	/// Proof: `Gate::RateWindows` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registry::EndedMemberships` (r:0 w:1)
	/// Proof: `Registry::EndedMemberships` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn remove_member() -> Weight {
		//  Proof size measured: `1363` bytes.
		//  Minimum execution time: 107_200_000 picoseconds.
		Weight::from_parts(113_328_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Registry::Coops` (r:1 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:1)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Members` (r:1 w:1)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::EndedMembershipsQueue` (r:1 w:1)
	/// Proof: `Registry::EndedMembershipsQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Validators` (r:1 w:0)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// Storage: `Gate::RateWindows` (r:0 w:1)
	/// Proof: `Gate::RateWindows` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registry::EndedMemberships` (r:0 w:1)
	/// Proof: `Registry::EndedMemberships` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		//  Proof size measured: `1337` bytes.
		//  Minimum execution time: 101_921_000 picoseconds.
		Weight::from_parts(107_520_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Registry::EndedMembershipsQueue` (r:1 w:1)
	/// Proof: `Registry::EndedMembershipsQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Policy` (r:1 w:0)
	/// Proof: `Registry::Policy` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Registry::EndedMemberships` (r:1 w:1)
	/// Proof: `Registry::EndedMemberships` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:1)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	fn prune_membership() -> Weight {
		//  Proof size measured: `695` bytes.
		//  Minimum execution time: 19_959_000 picoseconds.
		Weight::from_parts(21_402_000, 3535)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registry::Members` (r:2 w:2)
	/// Proof: `Registry::Members` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Recoveries` (r:1 w:1)
	/// Proof: `Registry::Recoveries` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:8 w:16)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Validators` (r:1 w:0)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Gate::RateWindows` (r:0 w:1)
	/// Proof: `Gate::RateWindows` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Identities` (r:0 w:1)
	/// Proof: `Registry::Identities` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 8]`.
	fn rebind(m: u32, ) -> Weight {
		//  Proof size measured: `1270 + m * (114 ±0)` bytes.
		//  Minimum execution time: 121_040_000 picoseconds.
		Weight::from_parts(119_173_348, 6298)
			// Standard error: 14_333
			.saturating_add(Weight::from_parts(8_723_912, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(7))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2545).saturating_mul(m.into()))
	}
	/// Storage: `Registry::Coops` (r:2 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::ActiveCoopCount` (r:1 w:1)
	/// Proof: `Registry::ActiveCoopCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Validators` (r:1 w:0)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(3602), added: 4097, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Memberships` (r:1 w:0)
	/// Proof: `Registry::Memberships` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::LastAuthored` (r:1 w:0)
	/// Proof: `Validators::LastAuthored` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn suspend_coop() -> Weight {
		//  Proof size measured: `964` bytes.
		//  Minimum execution time: 35_833_000 picoseconds.
		Weight::from_parts(38_317_000, 6122)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Registry::Coops` (r:1 w:1)
	/// Proof: `Registry::Coops` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Registry::ActiveCoopCount` (r:1 w:1)
	/// Proof: `Registry::ActiveCoopCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn resume_coop() -> Weight {
		//  Proof size measured: `378` bytes.
		//  Minimum execution time: 14_721_000 picoseconds.
		Weight::from_parts(16_013_000, 3556)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same measurements with RocksDB's database weights, for the pallet's tests.
impl WeightInfo for () {
	fn register_coop(a: u32, ) -> Weight {
		Weight::from_parts(15_170_444, 3481)
			.saturating_add(Weight::from_parts(24_766_154, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(a.into()))
	}
	fn add_member() -> Weight {
		Weight::from_parts(49_493_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn accept_invitation() -> Weight {
		Weight::from_parts(49_854_000, 3644)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn decline_invitation() -> Weight {
		Weight::from_parts(27_942_000, 3629)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_policy() -> Weight {
		Weight::from_parts(5_479_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_role() -> Weight {
		Weight::from_parts(32_428_000, 6080)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_member() -> Weight {
		Weight::from_parts(113_328_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn leave() -> Weight {
		Weight::from_parts(107_520_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn prune_membership() -> Weight {
		Weight::from_parts(21_402_000, 3535)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn rebind(m: u32, ) -> Weight {
		Weight::from_parts(119_173_348, 6298)
			.saturating_add(Weight::from_parts(8_723_912, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(7))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2545).saturating_mul(m.into()))
	}
	fn suspend_coop() -> Weight {
		Weight::from_parts(38_317_000, 6122)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn resume_coop() -> Weight {
		Weight::from_parts(16_013_000, 3556)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
