//! Retention: what a member adds does not stay forever.
//!
//! Two kinds of state are pruned by `on_idle`, each as far as the block's spare weight and
//! [`Config::MaxPrunesPerBlock`] allow, oldest first:
//!
//! - **Minute counters** ([`MinutesOnDay`], [`MinutesInWeek`]) of days no claim may be
//!   logged for any more (older than the policy's `max_claim_age_days`). The limits need
//!   them no longer. They are keyed by day first, so a stale day goes one key at a time from
//!   its prefix, without reading anyone's live counters. [`CounterHorizon`] says where the
//!   pruning stands, and closes the days it reached for good.
//! - **Decided claims** once the policy's `claim_retention` has passed since the decision
//!   ([`crate::types::Claim::decided_at`]), with their entry in [`ClaimsOf`]. Claims go in
//!   id order, from [`PruneCursor`], never past the expiry cursor (every claim below it is
//!   decided). The sweep waits at the first claim not yet due: claims are decided within
//!   their time to live, so a claim is pruned at most `claim_ttl` after it is due. An
//!   approved claim also waits until its day's and week's counters are gone, so that the
//!   counters kept always add up to the claims kept.

use frame_support::{traits::Get, weights::Weight};
use sp_runtime::traits::Saturating;

use crate::{
	rules, types::ClaimStatus, BalanceOf, Claims, ClaimsOf, Config, CounterHorizon, ExpiryCursor,
	MinutesInWeek, MinutesOnDay, PaidForPrunedClaims, Pallet, Policy, PruneCursor, WeightInfo,
};
use frame_support::traits::UnixTime;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Prunes the counters of days and weeks no longer claimable, within `limit`; returns
	/// the weight used.
	pub(crate) fn prune_counters(limit: Weight) -> Weight {
		let per_step = T::WeightInfo::prune_counter();
		// The horizon, the policy and the clock read; the horizon written back.
		let mut used = T::DbWeight::get().reads_writes(3, 1);
		if !limit.all_gte(used.saturating_add(per_step)) {
			return Weight::zero();
		}
		let Some(start) = CounterHorizon::<T>::get() else {
			// No claim yet: no counters.
			return T::DbWeight::get().reads(1);
		};
		let today = rules::day_of(T::Time::now().as_secs());
		let oldest_open = today.saturating_sub(Policy::<T>::get().max_claim_age_days);
		let mut horizon = start;
		horizon.open_from_day = horizon.open_from_day.max(oldest_open);
		let open_week = rules::week_of(horizon.open_from_day);

		// A step removes one counter, or finds a day's (or week's) prefix empty and moves on.
		let mut steps = 0u32;
		while steps < T::MaxPrunesPerBlock::get() && limit.all_gte(used.saturating_add(per_step)) {
			if horizon.days_pruned_to < horizon.open_from_day {
				if MinutesOnDay::<T>::drain_prefix(horizon.days_pruned_to).next().is_none() {
					horizon.days_pruned_to = horizon.days_pruned_to.saturating_add(1);
				}
			} else if horizon.weeks_pruned_to < open_week {
				if MinutesInWeek::<T>::drain_prefix(horizon.weeks_pruned_to).next().is_none() {
					horizon.weeks_pruned_to = horizon.weeks_pruned_to.saturating_add(1);
				}
			} else {
				break;
			}
			steps = steps.saturating_add(1);
			used = used.saturating_add(per_step);
		}
		if horizon != start {
			CounterHorizon::<T>::put(horizon);
		}
		used
	}

	/// Prunes decided claims past the policy's retention, oldest id first, within `limit`;
	/// returns the weight used.
	pub(crate) fn prune_claims(limit: Weight) -> Weight {
		let per_claim = T::WeightInfo::prune_claim();
		// The cursors, the policy and the counter horizon read; the cursor and the pruned
		// pay written back.
		let mut used = T::DbWeight::get().reads_writes(5, 2);
		if !limit.all_gte(used.saturating_add(per_claim)) {
			return Weight::zero();
		}
		let now = frame_system::Pallet::<T>::block_number();
		let retention = Policy::<T>::get().claim_retention;
		let end = ExpiryCursor::<T>::get();
		let horizon = CounterHorizon::<T>::get();
		let mut cursor = PruneCursor::<T>::get();
		let start = cursor;
		let mut paid = BalanceOf::<T>::zero();
		let mut pruned = 0u32;
		while cursor < end
			&& pruned < T::MaxPrunesPerBlock::get()
			&& limit.all_gte(used.saturating_add(per_claim))
		{
			pruned = pruned.saturating_add(1);
			used = used.saturating_add(per_claim);
			if let Some(claim) = Claims::<T>::get(cursor) {
				// Below the expiry cursor every claim is decided; wait if one is not.
				let Some(decided_at) = claim.decided_at() else { break };
				if now <= decided_at.saturating_add(retention) {
					break;
				}
				let counters_gone = horizon.is_some_and(|h| {
					claim.day < h.days_pruned_to && rules::week_of(claim.day) < h.weeks_pruned_to
				});
				if claim.counts_against_limits() && !counters_gone {
					break;
				}
				if let ClaimStatus::Approved { paid: p, .. } = claim.status {
					paid = paid.saturating_add(p);
				}
				Claims::<T>::remove(cursor);
				ClaimsOf::<T>::remove(&claim.claimant, cursor);
			}
			match cursor.next() {
				Some(next) => cursor = next,
				None => break,
			}
		}
		if cursor != start {
			PruneCursor::<T>::put(cursor);
		}
		if !paid.is_zero() {
			PaidForPrunedClaims::<T>::mutate(|total| *total = total.saturating_add(paid));
		}
		used
	}
}
