//! Moving and minting HOUR: only between members and active co-ops' pools.

use coop_primitives::{CoopId, Coops, Membership};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
	},
};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError,
};

use crate::{rules, BalanceOf, Config, Error, Pallet, Policy, TotalPaid};

impl<T: Config> Pallet<T> {
	/// Moves `amount` from `from` to `to`, which must be allowed to receive it and stay under
	/// the cap if it is a member.
	pub(crate) fn pay(
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		// A member, or the pool of an active co-op; asked once, it is on every transfer.
		let to_member = T::Registry::is_member(to);
		let to_pool = !to_member && T::Registry::pool_owner(to).is_some_and(T::Registry::is_active);
		ensure!(to_member || to_pool, Error::<T>::ReceiverNotMember);
		let spendable =
			T::Currency::reducible_balance(from, Preservation::Expendable, Fortitude::Polite);
		ensure!(spendable >= amount, Error::<T>::InsufficientBalance);
		if let (Some(cap), true) = (Policy::<T>::get().balance_cap, to_member) {
			let after = T::Currency::balance(to).saturating_add(amount);
			ensure!(after <= cap, Error::<T>::BalanceCapExceeded);
		}
		T::Currency::transfer(from, to, amount, Preservation::Expendable)?;
		Ok(())
	}

	/// Mints `paid` for work: to `claimant` up to the cap, the rest to `coop`'s pool.
	/// Returns `(to the claimant, to the pool)`.
	pub(crate) fn mint_pay(
		claimant: &T::AccountId,
		coop: CoopId,
		paid: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let cap = Policy::<T>::get().balance_cap;
		let (to_member, to_pool) = rules::split_at_cap(paid, T::Currency::balance(claimant), cap);
		let total = TotalPaid::<T>::get().checked_add(&paid).ok_or(Error::<T>::PayOverflow)?;
		if !to_member.is_zero() {
			T::Currency::mint_into(claimant, to_member)?;
		}
		if !to_pool.is_zero() {
			T::Currency::mint_into(&T::Registry::pool_account(coop), to_pool)?;
		}
		TotalPaid::<T>::put(total);
		Ok((to_member, to_pool))
	}
}
