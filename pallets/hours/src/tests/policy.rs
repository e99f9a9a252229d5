//! `set_policy` and `set_coop_terms`.

use super::*;
use crate::{Error, Event, Policy};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn the_federation_sets_the_policy() {
	ExtBuilder::build_and_execute(|| {
		let mut policy = TestPolicy::get();
		policy.max_minutes_per_day = 480;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy.clone()));
		System::assert_last_event(Event::PolicySet { policy: policy.clone() }.into());
		assert_eq!(Policy::<Test>::get(), policy);
		assert_noop!(Hours::set_policy(signed(ALICE), policy), DispatchError::BadOrigin);
	});
}

#[test]
fn an_unworkable_policy_is_refused() {
	ExtBuilder::build_and_execute(|| {
		type Edit = fn(&mut crate::types::Policy<u64, u64>);
		let cases: Vec<(Edit, Error<Test>)> = vec![
			(|p| p.min_rate = 0, Error::InvalidRates),
			(|p| p.rate = p.max_rate + 1, Error::InvalidRates),
			(|p| p.rate = p.min_rate - 1, Error::InvalidRates),
			(|p| p.max_minutes_per_day = 0, Error::InvalidLimits),
			(|p| p.max_minutes_per_day = 24 * 60 + 1, Error::InvalidLimits),
			(|p| p.max_minutes_per_week = p.max_minutes_per_day - 1, Error::InvalidLimits),
			(|p| p.max_minutes_per_week = 7 * 24 * 60 + 1, Error::InvalidLimits),
			(|p| p.claim_ttl = 0, Error::InvalidTtl),
			(|p| p.claim_retention = 0, Error::InvalidRetention),
			(|p| p.approvals_required = 0, Error::InvalidApprovals),
			(|p| p.approvals_required = 4, Error::InvalidApprovals),
			(|p| p.max_rate = CEILING + 1, Error::RateAboveCeiling),
		];
		for (edit, error) in cases {
			let mut policy = TestPolicy::get();
			edit(&mut policy);
			assert_noop!(Hours::set_policy(RuntimeOrigin::root(), policy), error);
		}
	});
}

#[test]
fn no_policy_exceeds_the_rate_ceiling_not_even_roots() {
	ExtBuilder::build_and_execute(|| {
		let mut over = TestPolicy::get();
		over.max_rate = CEILING + 1;
		assert_noop!(
			Hours::set_policy(RuntimeOrigin::root(), over.clone()),
			Error::<Test>::RateAboveCeiling
		);
		// Every rate above it, too.
		(over.min_rate, over.rate) = (CEILING + 1, CEILING + 1);
		assert_noop!(
			Hours::set_policy(RuntimeOrigin::root(), over),
			Error::<Test>::RateAboveCeiling
		);
		assert_eq!(Policy::<Test>::get(), TestPolicy::get());
		// Up to the ceiling is the federation's choice, and a co-op's within it.
		let mut at = TestPolicy::get();
		at.max_rate = CEILING;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), at));
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BAKERS, CEILING, 1));
		paid_work(CHARLIE, BAKERS, 60);
		assert_eq!(balance(CHARLIE), CEILING);
	});
}

#[test]
fn a_coop_chooses_its_terms_within_the_policy() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BUILDERS, 3 * HOUR / 2, 2));
		System::assert_last_event(
			Event::CoopTermsSet { coop: BUILDERS, rate: 3 * HOUR / 2, approvals_required: 2 }
				.into(),
		);
		assert_eq!(Hours::terms_of(BUILDERS).rate, 3 * HOUR / 2);
		assert_eq!(Hours::terms_of(BAKERS).rate, HOUR);
		let root = || RuntimeOrigin::root();
		assert_noop!(
			Hours::set_coop_terms(signed(EVE), BUILDERS, HOUR, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(Hours::set_coop_terms(root(), CoopId(9), HOUR, 1), Error::<Test>::UnknownCoop);
		assert_noop!(
			Hours::set_coop_terms(root(), BUILDERS, 3 * HOUR, 1),
			Error::<Test>::RateOutsideRange
		);
		assert_noop!(
			Hours::set_coop_terms(root(), BUILDERS, HOUR / 4, 1),
			Error::<Test>::RateOutsideRange
		);
		assert_noop!(
			Hours::set_coop_terms(root(), BUILDERS, HOUR, 0),
			Error::<Test>::InvalidApprovals
		);
		assert_noop!(
			Hours::set_coop_terms(root(), BUILDERS, HOUR, 4),
			Error::<Test>::InvalidApprovals
		);
	});
}

#[test]
fn terms_follow_a_narrower_policy() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BUILDERS, 2 * HOUR, 1));
		let mut policy = TestPolicy::get();
		policy.max_rate = 3 * HOUR / 2;
		policy.approvals_required = 2;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		let terms = Hours::terms_of(BUILDERS);
		assert_eq!((terms.rate, terms.approvals_required), (3 * HOUR / 2, 2));
	});
}
