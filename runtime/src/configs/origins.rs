//! Who speaks for whom: the origins other configs hand to pallets. A body speaks by a passed
//! proposal (`pallet_daco`); Root (the dev chain's sudo, or `daco.enact_as_root`) may always.

use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, EitherOfDiverse, EnsureOrigin, EnsureOriginWithArg},
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

use crate::{AccountId, Runtime, RuntimeCall, RuntimeOrigin};

parameter_types! {
	/// Any passed proposal of the federation, under its own thresholds.
	pub const AnyShare: Perbill = Perbill::zero();
	/// What only Root may do (a runtime upgrade) needs two thirds of all active co-ops.
	pub TwoThirdsOfAllCoops: Perbill = Perbill::from_rational(2u32, 3u32);
}

/// The federation's passed proposal; Root too, which only the dev chain's sudo key or a
/// two-thirds federation vote (`daco.enact_as_root`) can be.
pub type FederationVote =
	EitherOfDiverse<EnsureRoot<AccountId>, pallet_daco::EnsureFederation<AnyShare>>;

/// The given co-op's own passed proposal (or Root).
pub type CoopVote =
	EitherOfDiverse<AsEnsureOriginWithArg<EnsureRoot<AccountId>>, pallet_daco::EnsureCoopVote>;

/// Who approves a member's key recovery: the passed proposal of a co-op the given member
/// belongs to (that co-op's approval), or Root (every co-op's).
pub struct RecoveryVote;

impl EnsureOriginWithArg<RuntimeOrigin, AccountId> for RecoveryVote {
	type Success = pallet_registry::types::RecoveryApprover;

	fn try_origin(o: RuntimeOrigin, member: &AccountId) -> Result<Self::Success, RuntimeOrigin> {
		use pallet_registry::types::RecoveryApprover;
		let o = match <EnsureRoot<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_origin(o) {
			Ok(()) => return Ok(RecoveryApprover::Root),
			Err(o) => o,
		};
		pallet_daco::EnsureCoopVoteOfMember::<Runtime>::try_origin(o, member)
			.map(RecoveryApprover::Coop)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &AccountId) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

/// The constitution: what changes who votes in the federation (registering, suspending,
/// resuming a co-op) needs two thirds of all active co-ops in favour, as Root does.
pub type ConstitutionVote =
	EitherOfDiverse<EnsureRoot<AccountId>, pallet_daco::EnsureFederation<TwoThirdsOfAllCoops>>;

/// What share of all voters a call needs in favour, for `pallet_daco` to judge a proposal
/// carrying it (early close included) by that share and not only by the body's rule. It
/// must name every call whose origin asks more than a passed proposal (`ConstitutionVote`,
/// `Daco::enact_as_root`); `tests/governance.rs` checks each against its origin.
pub struct ConstitutionalShare;

impl pallet_daco::CallShare<RuntimeCall> for ConstitutionalShare {
	fn required_share(call: &RuntimeCall) -> Perbill {
		use pallet_registry::Call as R;
		use pallet_utility::Call as U;
		match call {
			RuntimeCall::Daco(pallet_daco::Call::enact_as_root { .. })
			| RuntimeCall::Registry(
				R::register_coop { .. } | R::suspend_coop { .. } | R::resume_coop { .. },
			) => TwoThirdsOfAllCoops::get(),
			// A batch dispatches its calls with the body's origin: it needs what the most
			// demanding of them needs.
			RuntimeCall::Utility(
				U::batch { calls } | U::batch_all { calls } | U::force_batch { calls },
			) => calls.iter().map(Self::required_share).max().unwrap_or_default(),
			_ => Perbill::zero(),
		}
	}
}
