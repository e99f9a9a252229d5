//! Consensus: Aura authors a block in each validator's slot, GRANDPA finalises. Who the
//! validators are is `session.rs`.

use frame_support::traits::{ConstBool, ConstU32, ConstU64};

use crate::{Runtime, RuntimeEvent};

impl pallet_aura::Config for Runtime {
	type AuthorityId = sp_consensus_aura::sr25519::AuthorityId;
	type DisabledValidators = ();
	/// A federation has tens of co-ops, not thousands.
	type MaxAuthorities = ConstU32<100>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Upstream's stock weights (its `SubstrateWeight` is not public).
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<100>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
