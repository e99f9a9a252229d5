//! The Hours invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. Total issuance = sum of all balances = [`TotalPaid`] = the pay of every approved claim.
//! 2. Every account holding HOUR is an active member or a co-op's pool.
//! 3. Each person's minutes per day and per week, kept by identity, equal the sum of the
//!    pending and approved claims of that identity on that day and in that week, under
//!    whichever keys they were logged.
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
	rules, types::ClaimStatus, BalanceOf, Claims, ClaimsOf, Config, MinutesInWeek, MinutesOnDay,
	NextClaimId, Pallet, PendingClaims, Policy, TotalPaid,
};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_supply()?;
		Self::check_minutes_and_indexes()?;
		Self::check_stored_policy()
	}

	fn check_supply() -> Result<(), TryRuntimeError> {
		let mut paid = BalanceOf::<T>::zero();
		for (_, claim) in Claims::<T>::iter() {
			if let ClaimStatus::Approved { paid: p, .. } = claim.status {
				paid = paid.saturating_add(p);
			}
		}
		ensure!(paid == TotalPaid::<T>::get(), "TotalPaid differs from the approved claims' pay");
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
		let mut days: BTreeMap<(H256, u32), u32> = BTreeMap::new();
		let mut weeks: BTreeMap<(H256, u32), u32> = BTreeMap::new();
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
				let day = days.entry((claim.identity, claim.day)).or_default();
				*day = day.saturating_add(claim.minutes);
				let week = weeks.entry((claim.identity, rules::week_of(claim.day))).or_default();
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
			MinutesOnDay::<T>::iter().map(|(who, day, m)| ((who, day), m)).collect();
		ensure!(stored_days == days, "minutes per day differ from the claims");
		let stored_weeks: BTreeMap<_, _> =
			MinutesInWeek::<T>::iter().map(|(who, week, m)| ((who, week), m)).collect();
		ensure!(stored_weeks == weeks, "minutes per week differ from the claims");
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
