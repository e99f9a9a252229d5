//! Claims: logging work, approving (and paying), rejecting.

use coop_primitives::{ClaimId, CoopId, Coops, Membership};
use frame_support::{
	ensure,
	pallet_prelude::{BoundedVec, DispatchResult},
	traits::UnixTime,
};
use sp_core::H256;
use sp_runtime::{traits::Saturating, DispatchError};

use crate::{
	rules::{self, DayError, LimitError},
	types::{Claim, ClaimStatus},
	ClaimOf, Claims, ClaimsOf, Config, Error, Event, MinutesInWeek, MinutesOnDay, NextClaimId,
	Pallet, PendingClaims, Policy,
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
		let policy = Policy::<T>::get();
		let today = rules::day_of(T::Time::now().as_secs());
		rules::check_day(day, today, policy.max_claim_age_days).map_err(|e| match e {
			DayError::InFuture => Error::<T>::DayInFuture,
			DayError::TooOld => Error::<T>::ClaimTooOld,
		})?;
		let week = rules::week_of(day);
		let (day_total, week_total) = rules::add_minutes(
			minutes,
			MinutesOnDay::<T>::get(&who, day),
			MinutesInWeek::<T>::get(&who, week),
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
			minutes,
			day,
			memo,
			rate: Self::terms_of(coop).rate,
			expires_at: now.saturating_add(policy.claim_ttl),
			approvals: BoundedVec::new(),
			status: ClaimStatus::Pending,
		};

		NextClaimId::<T>::put(next);
		MinutesOnDay::<T>::insert(&who, day, day_total);
		MinutesInWeek::<T>::insert(&who, week, week_total);
		Claims::<T>::insert(claim, record);
		ClaimsOf::<T>::insert(&who, claim, ());
		PendingClaims::<T>::insert(coop, claim, ());
		Self::deposit_event(Event::WorkLogged { claim, coop, who, minutes, day });
		Ok(())
	}

	/// Adds `approver`'s approval to `id`; pays the claim if that was the last one needed.
	pub(crate) fn do_approve(approver: T::AccountId, id: ClaimId) -> DispatchResult {
		let mut claim = Self::decidable_claim(&approver, id)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= claim.expires_at,
			Error::<T>::DecisionTooLate
		);
		T::Registry::ensure_active(claim.coop).map_err(Error::<T>::from)?;
		ensure!(!claim.approvals.contains(&approver), Error::<T>::AlreadyApproved);
		ensure!(
			T::Registry::membership(claim.coop, &claim.claimant).is_some(),
			Error::<T>::ClaimantNotMember
		);
		// Bounded by `MaxApprovals`, which also bounds the approvals a co-op may require, so
		// the approval that fills the vector is always a final one.
		claim.approvals.try_push(approver.clone()).map_err(|_| Error::<T>::TooManyApprovals)?;
		let approvals = u32::try_from(claim.approvals.len()).unwrap_or(u32::MAX);

		if approvals < Self::terms_of(claim.coop).approvals_required {
			Claims::<T>::insert(id, claim);
			Self::deposit_event(Event::ClaimApproved { claim: id, by: approver, approvals });
			return Ok(());
		}

		let paid = rules::pay_for(claim.minutes, claim.rate).ok_or(Error::<T>::PayOverflow)?;
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
		let mut claim = Self::decidable_claim(&approver, id)?;
		Self::release_minutes(&claim);
		claim.status = ClaimStatus::Rejected { at: frame_system::Pallet::<T>::block_number() };
		PendingClaims::<T>::remove(claim.coop, id);
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::ClaimRejected { claim: id, by: approver, reason });
		Ok(())
	}

	/// The pending claim `id`, if `who` may decide it: an approver or admin of its co-op
	/// who is not the claimant.
	fn decidable_claim(who: &T::AccountId, id: ClaimId) -> Result<ClaimOf<T>, DispatchError> {
		let claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		ensure!(claim.is_pending(), Error::<T>::ClaimNotPending);
		let role = T::Registry::role(claim.coop, who).ok_or(Error::<T>::NotApprover)?;
		ensure!(role.can_approve(), Error::<T>::NotApprover);
		ensure!(claim.claimant != *who, Error::<T>::SelfApproval);
		Ok(claim)
	}

	/// Takes a claim's minutes off its claimant's day and week totals.
	pub(crate) fn release_minutes(claim: &ClaimOf<T>) {
		let week = rules::week_of(claim.day);
		MinutesOnDay::<T>::mutate_exists(&claim.claimant, claim.day, |total| {
			*total = total.map(|t| t.saturating_sub(claim.minutes)).filter(|t| *t > 0);
		});
		MinutesInWeek::<T>::mutate_exists(&claim.claimant, week, |total| {
			*total = total.map(|t| t.saturating_sub(claim.minutes)).filter(|t| *t > 0);
		});
	}
}
