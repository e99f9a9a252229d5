//! # Hours
//!
//! HOUR comes into existence only for approved work, and moves only between members and
//! co-op pools.
//!
//! ## Overview
//!
//! A member logs the minutes they worked for a co-op on a day ([`Pallet::log_work`]); an
//! approver of that co-op, who is not the claimant under any key, approves or rejects the
//! claim. An approval counts only while its approver still holds an approving role there:
//! each new approval first drops the earlier ones that lapsed ([`Event::ApprovalLapsed`]),
//! so a claim whose approvers were demoted, removed or moved to another key needs fresh
//! ones. On the final approval the claimant is paid `minutes × rate / 60`, minted into the
//! ledger (`pallet-balances`, through its fungible traits). Claims not decided within the
//! policy's time to live expire. Decided claims are kept for the policy's
//! `claim_retention` (400 days by default in the runtime), and the minute counters only as
//! long as claims may be logged for their day; `on_idle` prunes both (see `retention.rs`),
//! so what a member adds does not stay forever. Members pay each other and their co-ops' pools with
//! [`Pallet::transfer`] and [`Pallet::contribute`]; a pool is spent only by its co-op's vote
//! ([`Pallet::spend`]). The federation sets the [`types::Policy`].
//!
//! ## Terminology
//!
//! - **Claim**: minutes worked on one day for one co-op, waiting for approval.
//! - **Rate**: units paid per hour of work; one HOUR by default, a co-op may choose within
//!   the federation's range. Fixed for a claim when it is logged.
//! - **Ceiling**: [`Config::MaxRate`], the constitutional ceiling on any rate. No policy,
//!   not even Root's, allows more ([`Error::RateAboveCeiling`]), and no claim is paid at
//!   more, so minting stays bounded by the minutes worked.
//! - **Person**: the identity commitment the registry binds a member's account to
//!   ([`coop_primitives::Membership::identity_of`]). A key recovery moves the person to a
//!   new account; limits and approvals are per person, not per account.
//! - **Cap**: an optional limit on any member's balance; pay above it goes to the co-op's
//!   pool, so work is never lost.
//! - **Day**: days since 1970-01-01 (UTC) by the chain's timestamp; weeks run Monday to
//!   Sunday.
//!
//! ## Assumptions
//!
//! - Nothing else creates or destroys HOUR: the runtime filters out every `Balances`
//!   call. Total issuance equals the sum of every approved claim's pay ([`TotalPaid`]:
//!   the claims kept, plus [`PaidForPrunedClaims`]).
//! - Pending and approved claims count against a person's daily and weekly limits, summed
//!   across all their co-ops and kept by identity ([`MinutesOnDay`], [`MinutesInWeek`]), so
//!   a member moved to a new key has no fresh budget; rejected and expired ones don't count.
//! - The registry binds one identity to at most one account at a time, and an account moved
//!   away from is bound to nobody (`identity_of` is `None`): it neither logs work nor
//!   approves, and its earlier approvals lapse. A person approves a claim once, and never
//!   their own, whichever key either was made with.
//! - A claim can be approved only while its claimant is still a member of the co-op (a
//!   member who moved to a new key logs again under it; the old claim's minutes count
//!   against the person until it is rejected or expires).
//! - Pay is rounded down, never up (see [`rules::pay_for`]).
//!
//! See [`Config`] for the parameters and [`Call`] for the calls. The arithmetic is in
//! [`rules`], as plain functions.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

mod claims;
mod expiry;
mod payments;
mod policy;
mod retention;
pub mod rules;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
// Tests do arithmetic on small, known values.
#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod mock;
#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests;

pub use pallet::*;
pub use weights::WeightInfo;

use coop_primitives::{ClaimId, CoopId};
use frame_support::traits::fungible;
use frame_system::pallet_prelude::BlockNumberFor;

/// An amount of HOUR, in units.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The policy of this runtime.
pub type PolicyOf<T> = types::Policy<BalanceOf<T>, BlockNumberFor<T>>;

/// A claim of this runtime.
pub type ClaimOf<T> = types::Claim<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxApprovals,
>;

// The pallet macros expand to `expect`s on values they construct themselves; hand-written
// logic lives in the other modules, under the workspace lints in full.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use coop_primitives::{Coops, Membership};
	use frame_support::{
		pallet_prelude::*,
		traits::{EnsureOrigin, EnsureOriginWithArg, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's parameters.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The HOUR ledger.
		type Currency: fungible::Mutate<Self::AccountId>;

		/// Co-ops, members and pools (the registry).
		type Registry: Coops<Self::AccountId> + Membership<Self::AccountId, BlockNumberFor<Self>>;

		/// The chain's clock, which says what day it is.
		type Time: UnixTime;

		/// Who speaks for the federation: sets the policy.
		type FederationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who speaks for one co-op by its vote: spends its pool, sets its terms.
		type CoopOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, CoopId>;

		/// The policy until the federation sets one.
		type DefaultPolicy: Get<PolicyOf<Self>>;

		/// The constitutional ceiling on any pay rate, in units per hour of work. No policy,
		/// not even Root's, has a `max_rate` above it, and no claim is paid above it.
		#[pallet::constant]
		type MaxRate: Get<BalanceOf<Self>>;

		/// The most approvals any co-op may require of a claim.
		#[pallet::constant]
		type MaxApprovals: Get<u32>;

		/// The most claims `on_idle` expires in one block.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// The most stale minute counters, and separately the most decided claims past
		/// their retention, `on_idle` prunes in one block (within its spare weight too).
		#[pallet::constant]
		type MaxPrunesPerBlock: Get<u32>;

		/// The longest reason for a rejection, in bytes.
		#[pallet::constant]
		type MaxReasonLength: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up co-ops and members for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: coop_primitives::MembershipBenchmarkHelper<Self::AccountId>;
	}

	/// The federation's policy. Every payment reads it, so [`Hooks::on_initialize`] reads it
	/// first and the benchmarks price the calls' reads warm (whitelisted).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Policy<T: Config> = StorageValue<_, PolicyOf<T>, ValueQuery, T::DefaultPolicy>;

	/// Each co-op's own rate and approvals, if it chose any.
	#[pallet::storage]
	pub type Terms<T: Config> = StorageMap<_, Twox64Concat, CoopId, types::CoopTerms<BalanceOf<T>>>;

	/// The id of the next claim; ids are never reused, also once their claims are pruned.
	#[pallet::storage]
	pub type NextClaimId<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// Every claim pending, and every decided one within the policy's `claim_retention`.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>>;

	/// Index: every claim of a member, for wallets.
	#[pallet::storage]
	pub type ClaimsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ClaimId, ()>;

	/// Index: a co-op's claims that wait for a decision, for its approvers.
	#[pallet::storage]
	pub type PendingClaims<T: Config> =
		StorageDoubleMap<_, Twox64Concat, CoopId, Twox64Concat, ClaimId, ()>;

	/// Minutes a person (by identity, whatever their key) has pending or approved, by day
	/// and then person: keyed by the day first, so a day no longer claimable is pruned as
	/// one prefix ([`CounterHorizon`]).
	#[pallet::storage]
	pub type MinutesOnDay<T: Config> =
		StorageDoubleMap<_, Twox64Concat, u32, Blake2_128Concat, H256, u32, ValueQuery>;

	/// Minutes a person (by identity) has pending or approved, by week (see
	/// [`rules::week_of`]) and then person; pruned like [`MinutesOnDay`].
	#[pallet::storage]
	pub type MinutesInWeek<T: Config> =
		StorageDoubleMap<_, Twox64Concat, u32, Blake2_128Concat, H256, u32, ValueQuery>;

	/// How far the minute counters have been pruned; `None` until the first claim (there
	/// are no counters before it).
	#[pallet::storage]
	pub type CounterHorizon<T> = StorageValue<_, types::CounterHorizon, OptionQuery>;

	/// The oldest claim not yet pruned: every id below it is gone.
	#[pallet::storage]
	pub type PruneCursor<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// The pay of the approved claims pruned so far, so that [`TotalPaid`] still adds up
	/// against the claims kept.
	#[pallet::storage]
	pub type PaidForPrunedClaims<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// All HOUR ever paid for work: equals the total issuance.
	#[pallet::storage]
	pub type TotalPaid<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The oldest claim `on_idle` has not yet looked at for expiry.
	#[pallet::storage]
	pub type ExpiryCursor<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A member logged work.
		WorkLogged {
			/// The new claim.
			claim: ClaimId,
			/// The co-op it is for.
			coop: CoopId,
			/// Who worked.
			who: T::AccountId,
			/// Minutes worked.
			minutes: u32,
			/// The day worked.
			day: u32,
		},
		/// An approver approved a claim that needs more approvals.
		ClaimApproved {
			/// The claim.
			claim: ClaimId,
			/// The approver.
			by: T::AccountId,
			/// Approvals it has now that still count, this one included.
			approvals: u32,
		},
		/// A claim got its final approval and its pay was minted.
		WorkPaid {
			/// The claim.
			claim: ClaimId,
			/// The claimant.
			to: T::AccountId,
			/// Units minted to the claimant.
			amount: BalanceOf<T>,
			/// Units minted to the co-op's pool because of the cap.
			to_pool: BalanceOf<T>,
		},
		/// An approver rejected a claim.
		ClaimRejected {
			/// The claim.
			claim: ClaimId,
			/// The approver.
			by: T::AccountId,
			/// Why, in the approver's words.
			reason: BoundedVec<u8, T::MaxReasonLength>,
		},
		/// A claim was not decided in time.
		ClaimExpired {
			/// The claim.
			claim: ClaimId,
		},
		/// A member paid into a co-op's pool.
		Contributed {
			/// The co-op.
			coop: CoopId,
			/// The member.
			who: T::AccountId,
			/// Units paid.
			amount: BalanceOf<T>,
		},
		/// A co-op spent from its pool by its vote.
		Spent {
			/// The co-op.
			coop: CoopId,
			/// The payee.
			to: T::AccountId,
			/// Units paid.
			amount: BalanceOf<T>,
		},
		/// The federation set a new policy.
		PolicySet {
			/// The policy, in force from now on.
			policy: PolicyOf<T>,
		},
		/// A co-op chose its rate and approvals.
		CoopTermsSet {
			/// The co-op.
			coop: CoopId,
			/// Units paid per hour of work.
			rate: BalanceOf<T>,
			/// Approvals a claim needs.
			approvals_required: u32,
		},
		/// An earlier approval of a claim stopped counting: its approver no longer holds an
		/// approving role in the claim's co-op (demoted, removed, left, or moved to another
		/// key). One event per lapsed approval, before the approval that found it.
		ApprovalLapsed {
			/// The claim.
			claim: ClaimId,
			/// The approver whose approval lapsed.
			by: T::AccountId,
		},
	}

	/// Why a call failed.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active member of this co-op, or is bound to no person.
		NotMember,
		/// The co-op is suspended.
		CoopNotActive,
		/// A claim needs at least one minute.
		ZeroMinutes,
		/// The day has not begun yet.
		DayInFuture,
		/// The day is older than the policy allows.
		ClaimTooOld,
		/// The member's minutes for that day would pass the policy's limit.
		DayLimitExceeded,
		/// The member's minutes for that week would pass the policy's limit.
		WeekLimitExceeded,
		/// Every claim id has been used.
		TooManyClaims,
		/// No claim has this id.
		UnknownClaim,
		/// Only an approver or admin of the claim's co-op, bound to a person, may decide it.
		NotApprover,
		/// Nobody decides their own claim, under the key it was logged with or another.
		SelfApproval,
		/// This person already approved the claim, and that approval still counts.
		AlreadyApproved,
		/// The claim was already decided or has expired.
		ClaimNotPending,
		/// The claim was not decided in time: it expires undecided.
		DecisionTooLate,
		/// The claim holds as many approvals as a claim may (`MaxApprovals`).
		TooManyApprovals,
		/// The claimant is no longer a member of the co-op.
		ClaimantNotMember,
		/// The pay would overflow.
		PayOverflow,
		/// An amount must be more than zero.
		ZeroAmount,
		/// The payer is not an active member.
		SenderNotMember,
		/// The payee is neither an active member nor the pool of an active co-op.
		ReceiverNotMember,
		/// The payer (or pool) holds less than the amount.
		InsufficientBalance,
		/// The payee would hold more than the policy's cap.
		BalanceCapExceeded,
		/// No co-op has this id.
		UnknownCoop,
		/// Rates must satisfy 0 < min_rate <= rate <= max_rate.
		InvalidRates,
		/// Limits must satisfy 0 < per day <= 1440 and per day <= per week <= 7 days.
		InvalidLimits,
		/// A claim's time to live must be at least one block.
		InvalidTtl,
		/// A decided claim must be kept for at least one block.
		InvalidRetention,
		/// Approvals must be between the policy's minimum (at least 1) and `MaxApprovals`.
		InvalidApprovals,
		/// The rate is outside the range the federation allows.
		RateOutsideRange,
		/// The policy's `max_rate` is above the constitutional ceiling, `MaxRate`.
		RateAboveCeiling,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Reads the policy once a block, paying for it, so each payment after finds it in
		/// the trie cache, as its (whitelisted) weight assumes.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let _ = Policy::<T>::get();
			T::DbWeight::get().reads(1)
		}

		/// Expires undecided claims past their time to live, oldest first; then prunes the
		/// minute counters of days no longer claimable, and decided claims past the policy's
		/// retention: each as far as the weight the step before left and its per-block
		/// bound allow.
		fn on_idle(_: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut used = Self::expire_some(remaining);
			used = used.saturating_add(Self::prune_counters(remaining.saturating_sub(used)));
			used.saturating_add(Self::prune_claims(remaining.saturating_sub(used)))
		}

		/// The configuration can run: the default policy is one `set_policy` accepts (so
		/// its rates are within `MaxRate`), and the expiry sweep makes progress.
		fn integrity_test() {
			assert!(
				T::DefaultPolicy::get().max_rate <= T::MaxRate::get(),
				"DefaultPolicy allows a rate above MaxRate, the ceiling"
			);
			assert!(
				Self::check_policy(&T::DefaultPolicy::get()).is_ok(),
				"DefaultPolicy is one set_policy would refuse"
			);
			assert!(
				T::MaxExpiriesPerBlock::get() > 0,
				"MaxExpiriesPerBlock is zero: nothing expires"
			);
			assert!(T::MaxReasonLength::get() > 0, "MaxReasonLength is zero: no reason fits");
			assert!(T::MaxPrunesPerBlock::get() > 0, "MaxPrunesPerBlock is zero: state grows");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Claims `minutes` worked for `coop` on `day`; `memo` is a hash of the description.
		///
		/// - Origin: signed by an active member of the active `coop`.
		/// - Emits [`Event::WorkLogged`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::CoopNotActive`], [`Error::NotMember`]
		///   (also for an account bound to no person), [`Error::ZeroMinutes`],
		///   [`Error::DayInFuture`], [`Error::ClaimTooOld`], [`Error::DayLimitExceeded`],
		///   [`Error::WeekLimitExceeded`], [`Error::TooManyClaims`]; [`Error::ClaimTooOld`]
		///   also for a day whose counters were pruned, whatever the policy allows now.
		/// - Complexity: O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::log_work())]
		pub fn log_work(
			origin: OriginFor<T>,
			coop: CoopId,
			minutes: u32,
			day: u32,
			memo: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_log_work(who, coop, minutes, day, memo)
		}

		/// Approves `claim`. Earlier approvals whose approvers no longer hold an approving role
		/// in the claim's co-op are dropped first; the approval that then reaches the co-op's
		/// required number pays it.
		///
		/// - Origin: signed by an `Approver` or `Admin` of the claim's co-op, not the
		///   claimant (by identity), who has not approved it yet (by identity).
		/// - Emits [`Event::ApprovalLapsed`] for each earlier approval dropped, then
		///   [`Event::ClaimApproved`], or [`Event::WorkPaid`] on the final approval.
		/// - Errors: [`Error::UnknownClaim`], [`Error::ClaimNotPending`],
		///   [`Error::DecisionTooLate`], [`Error::UnknownCoop`], [`Error::CoopNotActive`], [`Error::NotApprover`],
		///   [`Error::SelfApproval`], [`Error::AlreadyApproved`], [`Error::TooManyApprovals`],
		///   [`Error::ClaimantNotMember`], [`Error::PayOverflow`].
		/// - Complexity: O(a), a = approvals so far (at most `MaxApprovals`): each is
		///   re-checked, its approver's role and identity read. Weighed at `MaxApprovals`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve(T::MaxApprovals::get()))]
		pub fn approve(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(who, claim)
		}

		/// Rejects `claim`, giving `reason`. Its minutes stop counting against the limits.
		///
		/// - Origin: an `Approver` or `Admin` of the claim's co-op, not the claimant (by
		///   identity).
		/// - Emits [`Event::ClaimRejected`].
		/// - Errors: [`Error::UnknownClaim`], [`Error::ClaimNotPending`],
		///   [`Error::NotApprover`], [`Error::SelfApproval`].
		/// - Complexity: O(1).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject())]
		pub fn reject(
			origin: OriginFor<T>,
			claim: ClaimId,
			reason: BoundedVec<u8, T::MaxReasonLength>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject(who, claim, reason)
		}

		/// Pays `amount` to `to`: a member, or the pool of an active co-op.
		///
		/// - Origin: signed by an active member.
		/// - Emits the ledger's `Transfer` event (`Balances::Transfer` in the runtime).
		/// - Errors: [`Error::ZeroAmount`], [`Error::SenderNotMember`],
		///   [`Error::ReceiverNotMember`], [`Error::InsufficientBalance`],
		///   [`Error::BalanceCapExceeded`].
		/// - Complexity: O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			ensure!(T::Registry::is_member(&from), Error::<T>::SenderNotMember);
			// The ledger's own `Transfer` event says who paid whom how much; an event of ours
			// would only repeat it on the chain's most frequent call.
			Self::pay(&from, &to, amount)
		}

		/// Pays `amount` into the pool of `coop`.
		///
		/// - Origin: signed by an active member.
		/// - Emits [`Event::Contributed`].
		/// - Errors: [`Error::ZeroAmount`], [`Error::SenderNotMember`],
		///   [`Error::UnknownCoop`], [`Error::CoopNotActive`], [`Error::InsufficientBalance`].
		/// - Complexity: O(1).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::contribute())]
		pub fn contribute(
			origin: OriginFor<T>,
			coop: CoopId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(T::Registry::is_member(&who), Error::<T>::SenderNotMember);
			T::Registry::ensure_active(coop).map_err(Error::<T>::from)?;
			Self::pay(&who, &T::Registry::pool_account(coop), amount)?;
			Self::deposit_event(Event::Contributed { coop, who, amount });
			Ok(())
		}

		/// Pays `amount` from the pool of `coop` to `to`: a member, or another active pool.
		///
		/// - Origin: the co-op's own vote ([`Config::CoopOrigin`]).
		/// - Emits [`Event::Spent`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::ZeroAmount`],
		///   [`Error::ReceiverNotMember`], [`Error::InsufficientBalance`],
		///   [`Error::BalanceCapExceeded`].
		/// - Complexity: O(1).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(
			origin: OriginFor<T>,
			coop: CoopId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::CoopOrigin::ensure_origin(origin, &coop)?;
			ensure!(T::Registry::status(coop).is_some(), Error::<T>::UnknownCoop);
			Self::pay(&T::Registry::pool_account(coop), &to, amount)?;
			Self::deposit_event(Event::Spent { coop, to, amount });
			Ok(())
		}

		/// Sets the federation's policy. Co-op terms outside the new bounds are brought
		/// within them when next used.
		///
		/// - Origin: the federation ([`Config::FederationOrigin`]).
		/// - Emits [`Event::PolicySet`].
		/// - Errors: [`Error::InvalidRates`], [`Error::RateAboveCeiling`],
		///   [`Error::InvalidLimits`], [`Error::InvalidTtl`], [`Error::InvalidApprovals`],
		///   [`Error::InvalidRetention`].
		/// - Complexity: O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(origin: OriginFor<T>, policy: PolicyOf<T>) -> DispatchResult {
			T::FederationOrigin::ensure_origin(origin)?;
			Self::do_set_policy(policy)
		}

		/// Sets `coop`'s rate and the approvals its claims need, within the policy.
		///
		/// - Origin: the co-op's own vote.
		/// - Emits [`Event::CoopTermsSet`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::RateOutsideRange`],
		///   [`Error::InvalidApprovals`].
		/// - Complexity: O(1).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_coop_terms())]
		pub fn set_coop_terms(
			origin: OriginFor<T>,
			coop: CoopId,
			rate: BalanceOf<T>,
			approvals_required: u32,
		) -> DispatchResult {
			T::CoopOrigin::ensure_origin(origin, &coop)?;
			Self::do_set_coop_terms(coop, rate, approvals_required)
		}
	}
}

impl<T> From<coop_primitives::CoopInactive> for Error<T> {
	fn from(why: coop_primitives::CoopInactive) -> Self {
		match why {
			coop_primitives::CoopInactive::Unknown => Error::UnknownCoop,
			coop_primitives::CoopInactive::Suspended => Error::CoopNotActive,
		}
	}
}
