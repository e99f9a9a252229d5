use super::*;
use crate::{ActiveCoopCount, Error, Event};
use coop_primitives::CoopStatus;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn the_federation_suspends_and_resumes_a_coop() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		System::assert_last_event(Event::CoopSuspended { coop: BAKERS }.into());
		assert_eq!(Coops::<Test>::get(BAKERS).unwrap().status, CoopStatus::Suspended);
		assert_eq!(ActiveCoopCount::<Test>::get(), 1);
		// Members keep their memberships while suspended.
		assert_eq!(role_of(BAKERS, ALICE), Some(Role::Admin));

		System::set_block_number(8);
		assert_ok!(Registry::resume_coop(RuntimeOrigin::root(), BAKERS));
		System::assert_last_event(Event::CoopResumed { coop: BAKERS }.into());
		// Governance counts it in the federation's electorate from its resumption on.
		assert_eq!(Coops::<Test>::get(BAKERS).unwrap().active_since, 8);
		assert_eq!(Coops::<Test>::get(BAKERS).unwrap().status, CoopStatus::Active);
		assert_eq!(ActiveCoopCount::<Test>::get(), 2);
	});
}

#[test]
fn suspension_refuses_what_it_cannot_do() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Registry::suspend_coop(signed(ALICE), BAKERS), DispatchError::BadOrigin);
		assert_noop!(Registry::resume_coop(signed(ALICE), BAKERS), DispatchError::BadOrigin);
		assert_noop!(
			Registry::suspend_coop(RuntimeOrigin::root(), CoopId(9)),
			Error::<Test>::UnknownCoop
		);
		assert_noop!(
			Registry::resume_coop(RuntimeOrigin::root(), CoopId(9)),
			Error::<Test>::UnknownCoop
		);
		assert_noop!(
			Registry::resume_coop(RuntimeOrigin::root(), BAKERS),
			Error::<Test>::CoopNotSuspended
		);
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		assert_noop!(
			Registry::suspend_coop(RuntimeOrigin::root(), BAKERS),
			Error::<Test>::CoopNotActive
		);
	});
}

#[test]
fn a_suspension_the_validator_set_refuses_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		TestHooks::refuse_suspension_of(BUILDERS);
		assert_noop!(
			Registry::suspend_coop(RuntimeOrigin::root(), BUILDERS),
			DispatchError::Other("finality would stall")
		);
		assert_eq!(Coops::<Test>::get(BUILDERS).map(|c| c.status), Some(CoopStatus::Active));
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
	});
}
