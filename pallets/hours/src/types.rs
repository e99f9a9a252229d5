//! The records of the Hours pallet: the federation's policy, a co-op's own terms, claims.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coop_primitives::CoopId;
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// The federation's rules for work claims and pay, set by `set_policy`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy<Balance, BlockNumber> {
	/// Units paid per hour of work unless a co-op chose another rate: one HOUR by default.
	pub rate: Balance,
	/// The lowest rate a co-op may choose.
	pub min_rate: Balance,
	/// The highest rate a co-op may choose.
	pub max_rate: Balance,
	/// Most minutes one member may claim for one day, across all their co-ops.
	pub max_minutes_per_day: u32,
	/// Most minutes one member may claim for one week (Monday to Sunday), across co-ops.
	pub max_minutes_per_week: u32,
	/// How many days back a claim may be logged.
	pub max_claim_age_days: u32,
	/// Blocks a claim waits for its decision before it expires.
	pub claim_ttl: BlockNumber,
	/// Approvals a claim needs, at least; a co-op may require more.
	pub approvals_required: u32,
	/// The most HOUR any one member may hold through pay; `None`: no cap.
	pub balance_cap: Option<Balance>,
	/// Blocks a decided claim is kept after its decision (its approval, its rejection, or
	/// the end of its time to live), for wallets and audits; `on_idle` then prunes it. The
	/// federation sets it here, with the rest of the rules for claims; at least one block.
	pub claim_retention: BlockNumber,
}

/// How far the per-day and per-week minute counters have been pruned. Counters of days no
/// claim may be logged for any more are history the limits no longer need; `on_idle`
/// removes them, oldest first, and this records where it stands.
///
/// `open_from_day` only moves forward, so a day whose counters went is never claimable
/// again, not even if the federation later allows older claims: its budget can't be spent
/// twice.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct CounterHorizon {
	/// The oldest day a claim may still be logged for, whatever the policy allows.
	pub open_from_day: u32,
	/// Every day before this has no counters left; `open_from_day` at most.
	pub days_pruned_to: u32,
	/// Every week before this has no counters left; the week of `open_from_day` at most.
	pub weeks_pruned_to: u32,
}

/// What one co-op chose within the policy: its rate and how many approvals a claim needs.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct CoopTerms<Balance> {
	/// Units paid per hour of work.
	pub rate: Balance,
	/// Distinct approvals a claim needs.
	pub approvals_required: u32,
}

/// Where a claim stands.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum ClaimStatus<Balance, BlockNumber> {
	/// Waiting for approvals.
	Pending,
	/// Approved in block `at`; `paid` units were minted for it (to the claimant and, over
	/// the cap, to the co-op's pool).
	Approved {
		/// Units minted.
		paid: Balance,
		/// The block of the final approval.
		at: BlockNumber,
	},
	/// Rejected in block `at`.
	Rejected {
		/// The block of the rejection.
		at: BlockNumber,
	},
	/// Not decided within the policy's time to live.
	Expired,
}

/// A member's claim for time worked for a co-op.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxApprovals))]
pub struct Claim<AccountId, Balance, BlockNumber, MaxApprovals: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The co-op the work was for.
	pub coop: CoopId,
	/// Who worked.
	pub claimant: AccountId,
	/// The person who worked: the identity commitment `claimant` was bound to when the claim
	/// was logged. The day and week limits, and the rule that nobody decides their own
	/// claim, go by it, so a member moved to a new key is still the same person.
	pub identity: H256,
	/// Minutes worked.
	pub minutes: u32,
	/// The day worked, in days since 1970-01-01 (UTC).
	pub day: u32,
	/// A hash of the description of the work, kept off-chain.
	pub memo: H256,
	/// The co-op's rate when the claim was logged: the pay is fixed then.
	pub rate: Balance,
	/// The last block in which the claim can be approved.
	pub expires_at: BlockNumber,
	/// Who approved it so far, each person once. An approval counts only while its approver
	/// still holds an approving role in the co-op: each later approval drops those that
	/// lapsed before counting.
	pub approvals: BoundedVec<AccountId, MaxApprovals>,
	/// Where it stands.
	pub status: ClaimStatus<Balance, BlockNumber>,
}

impl<AccountId, Balance, BlockNumber, MaxApprovals: Get<u32>>
	Claim<AccountId, Balance, BlockNumber, MaxApprovals>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Whether the claim counts against the member's limits: pending or approved.
	pub fn counts_against_limits(&self) -> bool {
		matches!(self.status, ClaimStatus::Pending | ClaimStatus::Approved { .. })
	}

	/// Whether the claim waits for a decision.
	pub fn is_pending(&self) -> bool {
		matches!(self.status, ClaimStatus::Pending)
	}

	/// The block its decision took effect in: of the approval or rejection, or the last
	/// block it could have been approved in, for an expired claim. `None` while pending.
	pub fn decided_at(&self) -> Option<BlockNumber> {
		match &self.status {
			ClaimStatus::Pending => None,
			ClaimStatus::Approved { at, .. } | ClaimStatus::Rejected { at } => Some(at.clone()),
			ClaimStatus::Expired => Some(self.expires_at.clone()),
		}
	}
}
