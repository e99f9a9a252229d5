use super::*;
use crate::{DelegateOf, Delegates, Error, Event};
use coop_primitives::{testing::TestRegistry, CoopStatus, Role};
use frame_support::assert_noop;

#[test]
fn a_coop_names_its_delegate_by_its_own_vote() {
	ExtBuilder::build_and_execute(|| {
		TestRegistry::add_member(BAKERS, BOB, Role::Admin, 0);
		assert_ok!(Daco::set_delegate(body_origin(BAKERS_BODY, 3, 4), BAKERS, Some(BOB)));
		System::assert_last_event(Event::DelegateSet { coop: BAKERS, delegate: Some(BOB) }.into());
		assert_eq!(Delegates::<Test>::get(BAKERS), Some(BOB));
		assert_eq!(DelegateOf::<Test>::get(ALICE), None, "the previous delegate is replaced");
		assert_ok!(Daco::set_delegate(body_origin(BAKERS_BODY, 3, 4), BAKERS, None));
		assert_eq!(Delegates::<Test>::get(BAKERS), None);
		assert_eq!(DelegateOf::<Test>::get(BOB), None);
	});
}

#[test]
fn a_delegate_is_an_admin_of_that_coop_only() {
	ExtBuilder::build_and_execute(|| {
		let bakers_vote = || body_origin(BAKERS_BODY, 3, 4);
		assert_noop!(
			Daco::set_delegate(bakers_vote(), BAKERS, Some(BOB)),
			Error::<Test>::DelegateNotAdmin
		);
		assert_noop!(
			Daco::set_delegate(bakers_vote(), BAKERS, Some(EVE)),
			Error::<Test>::DelegateNotAdmin
		);
		// Eve is an admin of the Bakers too, but already the Builders' delegate.
		TestRegistry::add_member(BAKERS, EVE, Role::Admin, 0);
		assert_noop!(
			Daco::set_delegate(bakers_vote(), BAKERS, Some(EVE)),
			Error::<Test>::DelegateOfAnotherCoop
		);
		// Only the co-op's own vote names it.
		assert_noop!(
			Daco::set_delegate(body_origin(Body::Coop(BUILDERS), 2, 2), BAKERS, Some(ALICE)),
			Error::<Test>::NotThisBody
		);
		TestRegistry::set_status(PRINTERS, CoopStatus::Suspended);
		assert_noop!(
			Daco::set_delegate(body_origin(Body::Coop(PRINTERS), 1, 1), PRINTERS, Some(GEORGE)),
			Error::<Test>::CoopNotActive
		);
	});
}
