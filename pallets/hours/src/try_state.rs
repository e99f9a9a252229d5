//! The Hours invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. Total issuance = sum of all balances = [`TotalPaid`] = the pay of every approved claim
//!    kept + [`PaidForPrunedClaims`].
//! 2. Every account holding HOUR is an active member or a co-op's pool.
//! 3. Each person's minutes per day and per week, kept by identity, equal the sum of the
//!    pending and approved claims of that identity on that day and in that week, under
//!    whichever keys they were logged: exactly for every day (week) still open, and for
//!    the counters not yet pruned of a day (week) being pruned. No counter is left before
//!    the [`CounterHorizon`], which is consistent (pruned up to the open day at most), and
//!    there is none before the first claim.
//! 7. Retention: no claim is kept below the [`PruneCursor`], which is at most the
//!    [`ExpiryCursor`]; every claim below the expiry cursor is decided.
//! 4. The indexes agree with the claims: every claim is listed under its claimant, and a
//!    co-op's pending list holds exactly its pending claims.
//! 5. The stored policy is one `set_policy` accepts: its rates are within the ceiling,
//!    [`Config::MaxRate`].
//! 6. No account appears twice among a claim's approvals.

use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use coop_primitives::{Coops, Membership};
use frame_support::{ensure, traits::fungible::Inspect};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

use crate::{
	rules, types::ClaimStatus, BalanceOf, Claims, ClaimsOf, Config, CounterHorizon, ExpiryCursor,
	MinutesInWeek, MinutesOnDay, NextClaimId, PaidForPrunedClaims, Pallet, PendingClaims, Policy,
	PruneCursor, TotalPaid,
};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_supply()?;
		Self::check_minutes_and_indexes()?;
		Self::check_cursors()?;
		Self::check_stored_policy()
	}

	fn check_supply() -> Result<(), TryRuntimeError> {
		let mut paid = PaidForPrunedClaims::<T>::get();
		for (_, claim) in Claims::<T>::iter() {
			if let ClaimStatus::Approved { paid: p, .. } = claim.status {
				paid = paid.saturating_add(p);
			}
		}
		ensure!(
			paid == TotalPaid::<T>::get(),
			"TotalPaid differs from the approved claims' pay, pruned ones included"
		);
		ensure!(paid == T::Currency::total_issuance(), "total issuance differs from the pay");

		let mut held = BalanceOf::<T>::zero();
		for who in frame_system::Account::<T>::iter_keys() {
			let balance = T::Currency::balance(&who);
			if balance.is_zero() {
				continue;
			}
			held = held.saturating_add(balance);
			ensure!(
				T::Registry::is_member(&who) || T::Registry::pool_owner(&who).is_some(),
				"HOUR held by an account that is neither a member nor a pool"
			);
		}
		ensure!(held == T::Currency::total_issuance(), "balances do not add up to the issuance");
		Ok(())
	}

	fn check_minutes_and_indexes() -> Result<(), TryRuntimeError> {
		let mut days: BTreeMap<(u32, H256), u32> = BTreeMap::new();
		let mut weeks: BTreeMap<(u32, H256), u32> = BTreeMap::new();
		let mut claims = 0u64;
		for (id, claim) in Claims::<T>::iter() {
			claims = claims.saturating_add(1);
			ensure!(id < NextClaimId::<T>::get(), "claim id not below the next id");
			ensure!(
				ClaimsOf::<T>::contains_key(&claim.claimant, id),
				"claim missing from its member's index"
			);
			ensure!(
				PendingClaims::<T>::contains_key(claim.coop, id) == claim.is_pending(),
				"pending index and claim status disagree"
			);
			let distinct: BTreeSet<_> = claim.approvals.iter().collect();
			ensure!(distinct.len() == claim.approvals.len(), "an account approved a claim twice");
			if claim.counts_against_limits() {
				let day = days.entry((claim.day, claim.identity)).or_default();
				*day = day.saturating_add(claim.minutes);
				let week = weeks.entry((rules::week_of(claim.day), claim.identity)).or_default();
				*week = week.saturating_add(claim.minutes);
			}
		}
		ensure!(
			ClaimsOf::<T>::iter().count() as u64 == claims,
			"member index lists unknown claims"
		);
		ensure!(
			PendingClaims::<T>::iter()
				.all(|(_, id, _)| Claims::<T>::get(id).is_some_and(|c| c.is_pending())),
			"pending index lists a decided claim"
		);
		let stored_days: BTreeMap<_, _> =
			MinutesOnDay::<T>::iter().map(|(day, who, m)| ((day, who), m)).collect();
		let stored_weeks: BTreeMap<_, _> =
			MinutesInWeek::<T>::iter().map(|(week, who, m)| ((week, who), m)).collect();
		let Some(horizon) = CounterHorizon::<T>::get() else {
			ensure!(NextClaimId::<T>::get().0 == 0, "claims logged but no counter horizon");
			ensure!(stored_days.is_empty() && stored_weeks.is_empty(), "counters before a claim");
			return Ok(());
		};
		let open_week = rules::week_of(horizon.open_from_day);
		ensure!(
			horizon.days_pruned_to <= horizon.open_from_day && horizon.weeks_pruned_to <= open_week,
			"counters pruned past the open days"
		);
		Self::check_counters(&stored_days, &days, horizon.days_pruned_to, horizon.open_from_day)
			.map_err(|_| "minutes per day differ from the claims")?;
		Self::check_counters(&stored_weeks, &weeks, horizon.weeks_pruned_to, open_week)
			.map_err(|_| "minutes per week differ from the claims")?;
		Ok(())
	}

	/// Counters keyed by (period, person) against the claims' sums: none before
	/// `pruned_to`; each kept one equal to its sum; every sum from `open_from` on kept.
	fn check_counters(
		stored: &BTreeMap<(u32, H256), u32>,
		summed: &BTreeMap<(u32, H256), u32>,
		pruned_to: u32,
		open_from: u32,
	) -> Result<(), ()> {
		for (key, minutes) in stored {
			if key.0 < pruned_to || summed.get(key) != Some(minutes) {
				return Err(());
			}
		}
		for (key, minutes) in summed.range((open_from, H256::zero())..) {
			if stored.get(key) != Some(minutes) {
				return Err(());
			}
		}
		Ok(())
	}

	fn check_cursors() -> Result<(), TryRuntimeError> {
		let pruned_to = PruneCursor::<T>::get();
		let expired_to = ExpiryCursor::<T>::get();
		ensure!(pruned_to <= expired_to, "claims pruned past the expiry cursor");
		for (id, claim) in Claims::<T>::iter() {
			ensure!(id >= pruned_to, "a claim kept below the prune cursor");
			ensure!(id >= expired_to || !claim.is_pending(), "a pending claim below expiry");
		}
		Ok(())
	}

	fn check_stored_policy() -> Result<(), TryRuntimeError> {
		ensure!(
			Self::check_policy(&Policy::<T>::get()).is_ok(),
			"the stored policy is one set_policy would refuse"
		);
		Ok(())
	}
}
