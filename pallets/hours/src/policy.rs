//! The federation's policy and each co-op's terms within it.

use coop_primitives::{CoopId, Coops};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_runtime::traits::Zero;

use crate::{types::CoopTerms, BalanceOf, Config, Error, Event, Pallet, Policy, PolicyOf, Terms};

/// Minutes in a day: no one works more than that on one day.
const MINUTES_PER_DAY: u32 = 24 * 60;

impl<T: Config> Pallet<T> {
	/// Checks and stores a new policy.
	pub(crate) fn do_set_policy(policy: PolicyOf<T>) -> DispatchResult {
		Self::check_policy(&policy)?;
		Policy::<T>::put(&policy);
		Self::deposit_event(Event::PolicySet { policy });
		Ok(())
	}

	/// Whether `policy` is one the chain can run under: its rates ordered and within the
	/// constitutional ceiling ([`Config::MaxRate`]), its limits, time to live, retention and
	/// approvals sane.
	pub(crate) fn check_policy(policy: &PolicyOf<T>) -> DispatchResult {
		ensure!(
			!policy.min_rate.is_zero()
				&& policy.min_rate <= policy.rate
				&& policy.rate <= policy.max_rate,
			Error::<T>::InvalidRates
		);
		ensure!(policy.max_rate <= T::MaxRate::get(), Error::<T>::RateAboveCeiling);
		ensure!(
			policy.max_minutes_per_day > 0
				&& policy.max_minutes_per_day <= MINUTES_PER_DAY
				&& policy.max_minutes_per_day <= policy.max_minutes_per_week
				&& policy.max_minutes_per_week <= MINUTES_PER_DAY.saturating_mul(7),
			Error::<T>::InvalidLimits
		);
		ensure!(!policy.claim_ttl.is_zero(), Error::<T>::InvalidTtl);
		ensure!(!policy.claim_retention.is_zero(), Error::<T>::InvalidRetention);
		ensure!(
			policy.approvals_required > 0 && policy.approvals_required <= T::MaxApprovals::get(),
			Error::<T>::InvalidApprovals
		);
		Ok(())
	}

	/// Checks and stores a co-op's terms.
	pub(crate) fn do_set_coop_terms(
		coop: CoopId,
		rate: BalanceOf<T>,
		approvals_required: u32,
	) -> DispatchResult {
		ensure!(T::Registry::status(coop).is_some(), Error::<T>::UnknownCoop);
		let policy = Policy::<T>::get();
		ensure!(policy.min_rate <= rate && rate <= policy.max_rate, Error::<T>::RateOutsideRange);
		ensure!(
			approvals_required >= policy.approvals_required
				&& approvals_required <= T::MaxApprovals::get(),
			Error::<T>::InvalidApprovals
		);
		Terms::<T>::insert(coop, CoopTerms { rate, approvals_required });
		Self::deposit_event(Event::CoopTermsSet { coop, rate, approvals_required });
		Ok(())
	}

	/// The terms that apply to `coop` now: its own, brought within the current policy, or
	/// the policy's.
	pub fn terms_of(coop: CoopId) -> CoopTerms<BalanceOf<T>> {
		let policy = Policy::<T>::get();
		match Terms::<T>::get(coop) {
			None => CoopTerms { rate: policy.rate, approvals_required: policy.approvals_required },
			Some(terms) => CoopTerms {
				rate: terms.rate.max(policy.min_rate).min(policy.max_rate),
				approvals_required: terms.approvals_required.max(policy.approvals_required),
			},
		}
	}
}
