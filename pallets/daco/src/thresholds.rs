//! Each body's thresholds, and the co-ops' delegates.

use coop_primitives::{Body, CoopId, Coops, Membership, Role};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_runtime::Perbill;

use crate::{Config, DelegateOf, Delegates, Error, Event, Pallet, Thresholds, ThresholdsOf};

impl<T: Config> Pallet<T> {
	/// Checks that `thresholds` are within the sane bounds.
	pub(crate) fn check_thresholds(thresholds: &ThresholdsOf<T>) -> DispatchResult {
		ensure!(thresholds.rule.quorum >= T::MinQuorum::get(), Error::<T>::QuorumTooLow);
		ensure!(
			thresholds.rule.approval >= Perbill::from_percent(50),
			Error::<T>::ApprovalBelowMajority
		);
		ensure!(
			thresholds.voting_period >= T::MinVotingPeriod::get()
				&& thresholds.voting_period <= T::MaxVotingPeriod::get(),
			Error::<T>::VotingPeriodOutOfBounds
		);
		ensure!(
			thresholds.min_deliberation >= T::MinDeliberation::get()
				&& thresholds.min_deliberation <= thresholds.voting_period,
			Error::<T>::DeliberationOutOfBounds
		);
		Ok(())
	}

	/// Checks and stores `body`'s thresholds.
	pub(crate) fn do_set_thresholds(body: Body, thresholds: ThresholdsOf<T>) -> DispatchResult {
		Self::check_thresholds(&thresholds)?;
		Thresholds::<T>::insert(body, thresholds);
		Self::deposit_event(Event::ThresholdsSet { body, thresholds });
		Ok(())
	}

	/// Names (or clears) `coop`'s delegate.
	pub(crate) fn do_set_delegate(coop: CoopId, delegate: Option<T::AccountId>) -> DispatchResult {
		T::Registry::ensure_active(coop).map_err(Error::<T>::from)?;
		if let Some(who) = &delegate {
			ensure!(
				T::Registry::role(coop, who) == Some(Role::Admin),
				Error::<T>::DelegateNotAdmin
			);
			let elsewhere = DelegateOf::<T>::get(who).is_some_and(|other| other != coop);
			ensure!(!elsewhere, Error::<T>::DelegateOfAnotherCoop);
		}
		if let Some(previous) = Delegates::<T>::take(coop) {
			DelegateOf::<T>::remove(previous);
		}
		if let Some(who) = &delegate {
			Delegates::<T>::insert(coop, who);
			DelegateOf::<T>::insert(who, coop);
		}
		Self::deposit_event(Event::DelegateSet { coop, delegate });
		Ok(())
	}
}
