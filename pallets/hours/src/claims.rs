//! Claims: logging work, approving (and paying), rejecting.
//!
//! Limits and approvals are per person, by the identity the registry binds an account to
//! ([`Membership::identity_of`]), not per key: a member moved to a new key keeps their day
//! and week totals, decides none of their own claims, and approves a claim once. An approval
//! counts only while its approver still holds an approving role in the claim's co-op; each
//! approval re-checks the earlier ones and drops those that lapsed before counting.

use alloc::vec::Vec;
use coop_primitives::{ClaimId, CoopId, Coops, Membership};
use frame_support::{
	ensure,
	pallet_prelude::{BoundedVec, DispatchResult},
	traits::{Get, UnixTime},
};
use sp_core::H256;
use sp_runtime::{traits::Saturating, DispatchError};

use crate::{
	rules::{self, DayError, LimitError},
	types::{self, Claim, ClaimStatus},
	ClaimOf, Claims, ClaimsOf, Config, CounterHorizon, Error, Event, MinutesInWeek, MinutesOnDay,
	NextClaimId, Pallet, PendingClaims, Policy,
};

impl<T: Config> Pallet<T> {
	/// Records a claim after checking the member, the day and the limits.
	pub(crate) fn do_log_work(
		who: T::AccountId,
		coop: CoopId,
		minutes: u32,
		day: u32,
		memo: H256,
	) -> DispatchResult {
		T::Registry::ensure_active(coop).map_err(Error::<T>::from)?;
		ensure!(T::Registry::membership(coop, &who).is_some(), Error::<T>::NotMember);
		let identity = T::Registry::identity_of(&who).ok_or(Error::<T>::NotMember)?;
		let policy = Policy::<T>::get();
		let today = rules::day_of(T::Time::now().as_secs());
		rules::check_day(day, today, policy.max_claim_age_days).map_err(|e| match e {
			DayError::InFuture => Error::<T>::DayInFuture,
			DayError::TooOld => Error::<T>::ClaimTooOld,
		})?;
		// A day whose counters may have been pruned stays closed, even if the policy now
		// reaches back further: its budget must not be spent twice. No counters exist before
		// the first claim, so the horizon starts at the oldest day the policy allows then.
		let horizon = CounterHorizon::<T>::get();
		if let Some(horizon) = horizon {
			ensure!(day >= horizon.open_from_day, Error::<T>::ClaimTooOld);
		}
		let week = rules::week_of(day);
		let (day_total, week_total) = rules::add_minutes(
			minutes,
			MinutesOnDay::<T>::get(day, identity),
			MinutesInWeek::<T>::get(week, identity),
			policy.max_minutes_per_day,
			policy.max_minutes_per_week,
		)
		.map_err(|e| match e {
			LimitError::Zero => Error::<T>::ZeroMinutes,
			LimitError::DayLimit => Error::<T>::DayLimitExceeded,
			LimitError::WeekLimit => Error::<T>::WeekLimitExceeded,
		})?;

		let claim = NextClaimId::<T>::get();
		let next = claim.next().ok_or(Error::<T>::TooManyClaims)?;
		let now = frame_system::Pallet::<T>::block_number();
		let record: ClaimOf<T> = Claim {
			coop,
			claimant: who.clone(),
			identity,
			minutes,
			day,
			memo,
			rate: Self::terms_of(coop).rate,
			expires_at: now.saturating_add(policy.claim_ttl),
			approvals: BoundedVec::new(),
			status: ClaimStatus::Pending,
		};

		if horizon.is_none() {
			let oldest = today.saturating_sub(policy.max_claim_age_days);
			CounterHorizon::<T>::put(types::CounterHorizon {
				open_from_day: oldest,
				days_pruned_to: oldest,
				weeks_pruned_to: rules::week_of(oldest),
			});
		}
		NextClaimId::<T>::put(next);
		MinutesOnDay::<T>::insert(day, identity, day_total);
		MinutesInWeek::<T>::insert(week, identity, week_total);
		Claims::<T>::insert(claim, record);
		ClaimsOf::<T>::insert(&who, claim, ());
		PendingClaims::<T>::insert(coop, claim, ());
		Self::deposit_event(Event::WorkLogged { claim, coop, who, minutes, day });
		Ok(())
	}

	/// Adds `approver`'s approval to `id`, after dropping the earlier approvals that lapsed;
	/// pays the claim if that was the last one needed.
	pub(crate) fn do_approve(approver: T::AccountId, id: ClaimId) -> DispatchResult {
		let (mut claim, identity) = Self::decidable_claim(&approver, id)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= claim.expires_at,
			Error::<T>::DecisionTooLate
		);
		T::Registry::ensure_active(claim.coop).map_err(Error::<T>::from)?;
		ensure!(
			T::Registry::membership(claim.coop, &claim.claimant).is_some(),
			Error::<T>::ClaimantNotMember
		);
		// Earlier approvals count only while their approvers still hold the right, and each
		// person counts once: an old key moved to a new one holds no role any more, so its
		// approval lapses and the new key's is the person's only one.
		let coop = claim.coop;
		let mut lapsed = Vec::new();
		let mut already = false;
		claim.approvals.retain(|earlier| match Self::approving_identity(coop, earlier) {
			Some(person) => {
				already |= person == identity;
				true
			}
			None => {
				lapsed.push(earlier.clone());
				false
			}
		});
		ensure!(!already, Error::<T>::AlreadyApproved);
		for by in lapsed {
			Self::deposit_event(Event::ApprovalLapsed { claim: id, by });
		}
		// Bounded by `MaxApprovals`, which also bounds the approvals a co-op may require, so
		// the approval that fills the vector is always a final one.
		claim.approvals.try_push(approver.clone()).map_err(|_| Error::<T>::TooManyApprovals)?;
		let approvals = u32::try_from(claim.approvals.len()).unwrap_or(u32::MAX);

		if approvals < Self::terms_of(claim.coop).approvals_required {
			Claims::<T>::insert(id, claim);
			Self::deposit_event(Event::ClaimApproved { claim: id, by: approver, approvals });
			return Ok(());
		}

		// The rate was fixed when the claim was logged, within the policy and so within the
		// ceiling then; a runtime upgrade may have lowered the ceiling since.
		let rate = claim.rate.min(T::MaxRate::get());
		let paid = rules::pay_for(claim.minutes, rate).ok_or(Error::<T>::PayOverflow)?;
		let (to_member, to_pool) = Self::mint_pay(&claim.claimant, claim.coop, paid)?;
		claim.status =
			ClaimStatus::Approved { paid, at: frame_system::Pallet::<T>::block_number() };
		PendingClaims::<T>::remove(claim.coop, id);
		let claimant = claim.claimant.clone();
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::WorkPaid {
			claim: id,
			to: claimant,
			amount: to_member,
			to_pool,
		});
		Ok(())
	}

	/// Rejects `id`, releasing its minutes.
	pub(crate) fn do_reject(
		approver: T::AccountId,
		id: ClaimId,
		reason: BoundedVec<u8, T::MaxReasonLength>,
	) -> DispatchResult {
		let (mut claim, _) = Self::decidable_claim(&approver, id)?;
		Self::release_minutes(&claim);
		claim.status = ClaimStatus::Rejected { at: frame_system::Pallet::<T>::block_number() };
		PendingClaims::<T>::remove(claim.coop, id);
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::ClaimRejected { claim: id, by: approver, reason });
		Ok(())
	}

	/// The pending claim `id` and the identity of `who`, if `who` may decide it: an approver
	/// or admin of its co-op who is not the claimant, under this key or another.
	fn decidable_claim(
		who: &T::AccountId,
		id: ClaimId,
	) -> Result<(ClaimOf<T>, H256), DispatchError> {
		let claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		ensure!(claim.is_pending(), Error::<T>::ClaimNotPending);
		let identity = Self::approving_identity(claim.coop, who).ok_or(Error::<T>::NotApprover)?;
		ensure!(claim.claimant != *who && claim.identity != identity, Error::<T>::SelfApproval);
		Ok((claim, identity))
	}

	/// The person behind `who`, if `who` holds an approving role (approver or admin) in
	/// `coop` and is bound to a person; `None` if they don't hold the right.
	fn approving_identity(coop: CoopId, who: &T::AccountId) -> Option<H256> {
		T::Registry::role(coop, who).filter(|role| role.can_approve())?;
		T::Registry::identity_of(who)
	}

	/// Takes a claim's minutes off its claimant's (the person's) day and week totals.
	pub(crate) fn release_minutes(claim: &ClaimOf<T>) {
		let week = rules::week_of(claim.day);
		MinutesOnDay::<T>::mutate_exists(claim.day, claim.identity, |total| {
			*total = total.map(|t| t.saturating_sub(claim.minutes)).filter(|t| *t > 0);
		});
		MinutesInWeek::<T>::mutate_exists(week, claim.identity, |total| {
			*total = total.map(|t| t.saturating_sub(claim.minutes)).filter(|t| *t > 0);
		});
	}
}
