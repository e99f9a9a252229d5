//! How pallets ask about co-ops and members without knowing the registry.
//!
//! The registry pallet implements both traits; the runtime hands that implementation to the
//! pallets that need it, and their unit tests use [`crate::testing::TestRegistry`].

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::{CoopId, Role};

/// Whether a co-op takes part in the chain.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum CoopStatus {
	/// Registered, and waiting for one of its founders to accept their invitation: it has
	/// no members yet and does not count in the federation.
	Founding,
	/// Admits members, approves work, votes in the federation.
	Active,
	/// Frozen by the federation: admits nobody and does not vote; its members can still
	/// leave and keep what they hold.
	Suspended,
}

/// One member's active membership of one co-op.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MembershipOf<BlockNumber> {
	/// What they may do in the co-op.
	pub role: Role,
	/// The block in which they joined; governance uses it to fix a proposal's electorate.
	pub joined: BlockNumber,
}

/// Why a co-op can't act: no co-op has the id, or it is suspended. Each pallet turns it into
/// its own `UnknownCoop` or `CoopNotActive` error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CoopInactive {
	/// No co-op was ever registered with this id.
	Unknown,
	/// The co-op exists but the federation suspended it, or no founder has accepted yet.
	Suspended,
}

/// Questions about the co-ops of the federation.
pub trait Coops<AccountId> {
	/// The status of `coop`, or `None` if no such co-op was ever registered.
	fn status(coop: CoopId) -> Option<CoopStatus>;

	/// Whether `coop` exists and is active.
	fn is_active(coop: CoopId) -> bool {
		Self::status(coop) == Some(CoopStatus::Active)
	}

	/// `Ok` if `coop` exists and is active; otherwise why not.
	fn ensure_active(coop: CoopId) -> Result<(), CoopInactive> {
		match Self::status(coop) {
			Some(CoopStatus::Active) => Ok(()),
			Some(CoopStatus::Suspended | CoopStatus::Founding) => Err(CoopInactive::Suspended),
			None => Err(CoopInactive::Unknown),
		}
	}

	/// The pool account of `coop`: derived from the co-op id, no private key exists for it.
	fn pool_account(coop: CoopId) -> AccountId;

	/// The co-op whose pool `who` is, if `who` is the pool of a registered co-op.
	fn pool_owner(who: &AccountId) -> Option<CoopId>;

	/// How many co-ops are active: the federation's electorate.
	fn active_coop_count() -> u32;
}

/// Questions about members.
pub trait Membership<AccountId, BlockNumber> {
	/// `who`'s active membership of `coop`, whatever the co-op's status; `None` if they are
	/// not (or no longer) a member of it.
	fn membership(coop: CoopId, who: &AccountId) -> Option<MembershipOf<BlockNumber>>;

	/// Whether `who` is an active member of at least one co-op.
	fn is_member(who: &AccountId) -> bool;

	/// How many active members `coop` has: the co-op's electorate.
	fn member_count(coop: CoopId) -> u32;

	/// The block since which `coop` has been active without a break; `None` if it is not
	/// active. Governance uses it to fix the federation's electorate when a vote opens.
	fn coop_active_since(coop: CoopId) -> Option<BlockNumber>;

	/// `who`'s role in `coop`, if they are an active member of it.
	fn role(coop: CoopId, who: &AccountId) -> Option<Role> {
		Self::membership(coop, who).map(|m| m.role)
	}

	/// The person behind `who`: the identity commitment their account is bound to now.
	/// `None` for an account no person is bound to (never registered, or moved to a new
	/// key). Limits and approvals that are per person are kept by this, so a new key gives
	/// nobody a second share.
	fn identity_of(who: &AccountId) -> Option<H256>;
}

/// Sets up co-ops and members for other pallets' benchmarks, which can't call the registry
/// directly. Implemented by the registry (with `runtime-benchmarks`) and by
/// [`crate::testing::TestRegistry`].
pub trait MembershipBenchmarkHelper<AccountId> {
	/// Registers an active co-op with an admin of its own and returns its id.
	fn new_coop() -> CoopId;

	/// Makes `who` an active member of `coop` with `role`.
	fn add_member(coop: CoopId, who: &AccountId, role: Role);

	/// Leaves `who`'s member record out of the storage reads a benchmark counts. The
	/// transaction gate reads it for every signed transaction and its weight pays for that
	/// read; a call of the signer that checks membership again finds it in the cache.
	fn whitelist_member_record(_who: &AccountId) {}
}

/// Told when a person is an active member nowhere any more (they left or were removed from
/// their last co-op, or were moved to a new key), so that a pallet keeping something per
/// member can drop it. The registry calls it; the runtime names who listens.
pub trait MemberGone<AccountId> {
	/// `who` is a member nowhere now.
	fn member_gone(who: &AccountId);
}

/// Nobody listens.
impl<AccountId> MemberGone<AccountId> for () {
	fn member_gone(_: &AccountId) {}
}

/// Told when one membership ends: `who` left `coop`, was removed from it, or was moved to a
/// new key. A validator run for the co-op by that account stops being one.
pub trait MembershipEnded<AccountId> {
	/// `who` is no longer a member of `coop`.
	fn membership_ended(coop: CoopId, who: &AccountId);
}

/// Nobody listens.
impl<AccountId> MembershipEnded<AccountId> for () {
	fn membership_ended(_: CoopId, _: &AccountId) {}
}

/// Asked before the federation suspends a co-op, by whoever suspension could harm: the
/// validator set refuses a suspension that would leave finality without enough validators.
pub trait SuspensionCheck {
	/// `Ok` if `coop` may be suspended now; otherwise the error to fail the call with.
	fn can_suspend(coop: CoopId) -> DispatchResult;

	/// Benchmarks only: makes `can_suspend(coop)` pass on its longest path (every check
	/// made, none failing), so suspending is measured from a chain that allows it.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_suspendable(_coop: CoopId) {}
}

/// Nothing objects.
impl SuspensionCheck for () {
	fn can_suspend(_: CoopId) -> DispatchResult {
		Ok(())
	}
}
