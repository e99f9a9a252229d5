//! Co-ops and their members (`Registry`) and the HOUR they earn for work (`Hours`): the
//! limits on names and memberships, and the federation's default pay policy.

use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	PalletId,
};

use super::{ConstitutionVote, CoopVote, FederationVote, RecoveryVote};
use crate::{Balances, Registry, Runtime, Timestamp, DAYS, HOUR};

parameter_types! {
	/// Until the federation sets its own: an invitation waits 30 days for its answer; a key
	/// recovery waits 7 days, so the old key's owner, if the key is not lost, can cancel it;
	/// an ended membership's record is kept 400 days, then pruned.
	pub const DefaultRegistryPolicy: pallet_registry::RegistryPolicyOf<Runtime> =
		pallet_registry::types::RegistryPolicy {
			invitation_ttl: 30 * DAYS,
			recovery_delay: 7 * DAYS,
			membership_retention: 400 * DAYS,
		};
	/// Derives the co-ops' pool accounts: `modl` + `coop/reg` + the co-op id.
	pub const RegistryPalletId: PalletId = PalletId(*b"coop/reg");
}

impl pallet_registry::Config for Runtime {
	type Currency = Balances;
	/// Registering, suspending and resuming co-ops change who votes in the federation: the
	/// constitution, two thirds of all co-ops.
	type ConstitutionOrigin = ConstitutionVote;
	type FederationOrigin = FederationVote;
	type DefaultPolicy = DefaultRegistryPolicy;
	/// A day at the least for the old key to see a recovery and cancel it.
	type MinRecoveryDelay = ConstU32<DAYS>;
	type CoopOrigin = CoopVote;
	/// Each co-op of the member approves by its own vote (or Root, for all).
	type RebindOrigin = RecoveryVote;
	type PalletId = RegistryPalletId;
	/// Room for "Société coopérative de production …" in most scripts.
	type MaxNameLength = ConstU32<64>;
	/// Someone may work for a few co-ops, not for dozens.
	type MaxCoopsPerMember = ConstU32<8>;
	/// A co-op onboarding a thousand people at once can; a few hundred bytes each.
	type MaxOpenInvitations = ConstU32<1024>;
	type MaxFounders = ConstU32<8>;
	/// Pruning an ended membership is two reads and two writes; 50 a block is far more
	/// than a day's leavings.
	type MaxPrunesPerBlock = ConstU32<50>;
	type OnMemberGone = MemberGoneListeners;
	/// A validator whose account leaves the co-op that runs it leaves the set.
	type OnMembershipEnded = crate::Validators;
	/// The validator set refuses a suspension that would stall finality.
	type SuspensionCheck = crate::Validators;
	type ListenersWeight = ListenersWeight;
	type WeightInfo = pallet_registry::weights::SubstrateWeight<Runtime>;
}

/// Told when a person is a member nowhere any more: the gate drops their rate window, and
/// their session keys are purged, so that keys (a consumer reference on the account) never
/// make a member impossible to remove.
pub struct MemberGoneListeners;

impl coop_primitives::MemberGone<crate::AccountId> for MemberGoneListeners {
	fn member_gone(who: &crate::AccountId) {
		<crate::Gate as coop_primitives::MemberGone<_>>::member_gone(who);
		if <super::session::HasSessionKeys as Contains<_>>::contains(who) {
			// Only fails if there are no keys, which was just checked.
			let _ = crate::Session::purge_keys(crate::RuntimeOrigin::signed(who.clone()));
		}
	}
}

parameter_types! {
	/// Hand-priced, since the registry's benchmarks run without these listeners: purging
	/// session keys (the keys, two key owners, the hold, the account) and dropping a
	/// validator (the list, its authorship record), read and written.
	pub ListenersWeight: frame_support::weights::Weight =
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(6, 7);
}

parameter_types! {
	/// The policy until the federation sets its own: one hour of work is one HOUR for
	/// everyone (co-ops may not choose another rate), at most 12 hours a day and 60 a week,
	/// claims up to 30 days back, decided within 14 days, one approval, no balance cap;
	/// decided claims kept for 400 days (a year and a margin for its audit), then pruned.
	pub DefaultHoursPolicy: pallet_hours::PolicyOf<Runtime> = pallet_hours::types::Policy {
		rate: HOUR,
		min_rate: HOUR,
		max_rate: HOUR,
		max_minutes_per_day: 12 * 60,
		max_minutes_per_week: 60 * 60,
		max_claim_age_days: 30,
		claim_ttl: 14 * DAYS,
		approvals_required: 1,
		balance_cap: None,
		claim_retention: 400 * DAYS,
	};
}

impl pallet_hours::Config for Runtime {
	type Currency = Balances;
	type Registry = Registry;
	type Time = Timestamp;
	type FederationOrigin = FederationVote;
	type CoopOrigin = CoopVote;
	type DefaultPolicy = DefaultHoursPolicy;
	/// The constitution: one hour of work is never paid more than one HOUR, whatever the
	/// policy says, so HOUR stays a measure of time worked.
	type MaxRate = frame_support::traits::ConstU128<HOUR>;
	/// A co-op may ask for up to five approvals of a claim.
	type MaxApprovals = ConstU32<5>;
	/// Expiring a claim is a few storage writes; 50 a block clears a busy day's backlog.
	type MaxExpiriesPerBlock = ConstU32<50>;
	/// Pruning a counter or a claim is a read and a write or two; 50 a block, each kind,
	/// keeps up with far more than a day's claims and counters in the day's 14,400 blocks.
	type MaxPrunesPerBlock = ConstU32<50>;
	type MaxReasonLength = ConstU32<128>;
	type WeightInfo = pallet_hours::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}
