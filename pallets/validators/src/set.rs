//! The rules for changing the set, planning sessions and telling live validators apart.

use alloc::vec::Vec;
use coop_primitives::{CoopId, Coops, Membership};
use frame_support::{
	ensure,
	traits::{Contains, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, DispatchResult};

use crate::{Config, Error, Event, LastAuthored, Pallet, Planned, Validator, Validators};

/// How many of `n` validators GRANDPA needs to finalise: more than two thirds.
pub fn needed_for_finality(n: u32) -> u32 {
	(n.saturating_mul(2) / 3).saturating_add(1)
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_add(account: T::AccountId, coop: CoopId) -> DispatchResult {
		T::Registry::ensure_active(coop).map_err(Error::<T>::from)?;
		ensure!(T::Registry::membership(coop, &account).is_some(), Error::<T>::NotMemberOfCoop);
		ensure!(T::HasSessionKeys::contains(&account), Error::<T>::NoSessionKeys);
		let mut validators = Validators::<T>::get();
		ensure!(!validators.iter().any(|v| v.account == account), Error::<T>::AlreadyValidator);
		validators
			.try_push(Validator { account: account.clone(), coop })
			.map_err(|_| Error::<T>::TooManyValidators)?;
		Validators::<T>::put(validators);
		Self::deposit_event(Event::ValidatorAdded { account, coop });
		Ok(())
	}

	pub(crate) fn do_remove(account: &T::AccountId) -> DispatchResult {
		let mut validators = Validators::<T>::get();
		let before = validators.len();
		validators.retain(|v| v.account != *account);
		ensure!(validators.len() < before, Error::<T>::NotValidator);
		ensure!(!validators.is_empty(), Error::<T>::LastValidator);
		Self::ensure_finality_survives(&validators)?;

		Validators::<T>::put(validators);
		LastAuthored::<T>::remove(account);
		Self::deposit_event(Event::ValidatorRemoved { account: account.clone() });
		Ok(())
	}

	/// `Ok` if the set the next session would take from `validators` keeps more than two
	/// thirds of itself live, so GRANDPA goes on finalising.
	fn ensure_finality_survives(validators: &[Validator<T::AccountId>]) -> DispatchResult {
		let next = Self::eligible(validators.iter());
		let size = u32::try_from(next.len()).unwrap_or(u32::MAX);
		let live = next.iter().filter(|account| Self::is_live(account)).count();
		let live = u32::try_from(live).unwrap_or(u32::MAX);
		ensure!(size > 0 && live >= needed_for_finality(size), Error::<T>::WouldStallFinality);
		Ok(())
	}

	/// `Ok` if `coop` may be suspended: its validators sit out from the next session, and
	/// the others must keep finality going.
	pub fn can_suspend(coop: CoopId) -> DispatchResult {
		let others: Vec<_> =
			Validators::<T>::get().into_iter().filter(|v| v.coop != coop).collect();
		Self::ensure_finality_survives(&others)
	}

	/// `who` no longer belongs to `coop`: a validator it ran for the co-op leaves the list
	/// now, and the set at the next session. The last validator stays listed (the chain
	/// can't stop), and sits out only once the federation has added another.
	pub fn membership_ended(coop: CoopId, who: &T::AccountId) {
		let mut validators = Validators::<T>::get();
		let before = validators.len();
		validators.retain(|v| !(v.account == *who && v.coop == coop));
		if validators.len() == before || validators.is_empty() {
			return;
		}
		Validators::<T>::put(validators);
		LastAuthored::<T>::remove(who);
		Self::deposit_event(Event::ValidatorLeftCoop { account: who.clone(), coop });
	}

	/// Of `validators`, the accounts that may validate: a member of its co-op, the co-op
	/// active, the session keys registered.
	fn eligible<'a>(
		validators: impl Iterator<Item = &'a Validator<T::AccountId>>,
	) -> Vec<T::AccountId>
	where
		T::AccountId: 'a,
	{
		validators
			.filter(|v| {
				T::Registry::is_active(v.coop)
					&& T::Registry::membership(v.coop, &v.account).is_some()
					&& T::HasSessionKeys::contains(&v.account)
			})
			.map(|v| v.account.clone())
			.collect()
	}

	/// Whether `account` authored a block within the liveness window.
	pub fn is_live(account: &T::AccountId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		let since = now.saturating_sub(T::LivenessWindow::get());
		LastAuthored::<T>::get(account).is_some_and(|at| at >= since)
	}

	/// The set for the next session, if it differs from the last one planned: the listed
	/// validators that are members of their co-op, whose co-op is active and whose keys are
	/// registered. `None` keeps the current set, also when the plan would be empty.
	pub fn plan_session() -> Option<Vec<T::AccountId>> {
		let next = Self::eligible(Validators::<T>::get().iter());
		if next.is_empty() || next == Planned::<T>::get().into_inner() {
			return None;
		}
		let planned = BoundedVec::try_from(next.clone()).ok()?;
		Planned::<T>::put(planned);
		Self::deposit_event(Event::SetPlanned { validators: next.clone() });
		Some(next)
	}

	/// Records that `author` authored the current block (called by the runtime for each
	/// block); only validators are recorded.
	pub fn note_author(author: T::AccountId) {
		if Validators::<T>::get().iter().any(|v| v.account == author) {
			LastAuthored::<T>::insert(author, frame_system::Pallet::<T>::block_number());
		}
	}

	/// The block `account` last authored, if it is a validator that authored.
	pub fn last_authored(account: &T::AccountId) -> Option<BlockNumberFor<T>> {
		LastAuthored::<T>::get(account)
	}
}

#[cfg(test)]
mod tests {
	use super::needed_for_finality;

	#[test]
	fn grandpa_needs_more_than_two_thirds() {
		// (set size, validators needed): one may fail in four, two in seven.
		let table = [(1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (6, 5), (7, 5), (10, 7), (100, 67)];
		for (n, needed) in table {
			assert_eq!(needed_for_finality(n), needed, "set of {n}");
		}
	}
}
