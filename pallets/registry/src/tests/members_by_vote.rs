//! A co-op's own vote can take admission, removal and role changes away from its admins.

use super::*;
use crate::{Error, Event, MembersByVote};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

/// The Bakers decide by their own vote (Root in the mock) that only their vote may.
fn bakers_decide_by_vote(by_vote: bool) {
	assert_ok!(Registry::set_members_by_vote(RuntimeOrigin::root(), BAKERS, by_vote));
	System::assert_last_event(Event::MembersByVoteSet { coop: BAKERS, by_vote }.into());
}

#[test]
fn once_the_coop_decides_so_an_admin_alone_admits_removes_and_promotes_nobody() {
	ExtBuilder::default().build_and_execute(|| {
		bakers_decide_by_vote(true);
		let admin = signed(ALICE);
		assert_noop!(
			Registry::add_member(
				admin.clone(),
				BAKERS,
				account(FERDIE),
				identity(FERDIE),
				bounded(b"F".to_vec())
			),
			Error::<Test>::ByVoteOnly
		);
		assert_noop!(
			Registry::remove_member(admin.clone(), BAKERS, account(CHARLIE)),
			Error::<Test>::ByVoteOnly
		);
		assert_noop!(
			Registry::set_role(admin, BAKERS, account(CHARLIE), Role::Admin),
			Error::<Test>::ByVoteOnly
		);
		// The co-op's vote still does all three.
		assert_ok!(Registry::add_member(
			RuntimeOrigin::root(),
			BAKERS,
			account(FERDIE),
			identity(FERDIE),
			bounded(b"F".to_vec())
		));
		assert_ok!(Registry::set_role(
			RuntimeOrigin::root(),
			BAKERS,
			account(CHARLIE),
			Role::Approver
		));
		assert_ok!(Registry::remove_member(RuntimeOrigin::root(), BAKERS, account(CHARLIE)));
	});
}

#[test]
fn admins_cant_take_the_power_back_and_other_coops_are_untouched() {
	ExtBuilder::default().build_and_execute(|| {
		bakers_decide_by_vote(true);
		assert_noop!(
			Registry::set_members_by_vote(signed(ALICE), BAKERS, false),
			DispatchError::BadOrigin
		);
		assert!(MembersByVote::<Test>::contains_key(BAKERS));
		// The Builders' admin still admits on their own.
		assert_ok!(Registry::add_member(
			signed(DAVE),
			BUILDERS,
			account(FERDIE),
			identity(FERDIE),
			bounded(b"F".to_vec())
		));
		// The Bakers' vote gives it back.
		bakers_decide_by_vote(false);
		assert!(!MembersByVote::<Test>::contains_key(BAKERS));
		assert_ok!(Registry::remove_member(signed(ALICE), BAKERS, account(CHARLIE)));
	});
}

#[test]
fn the_rule_needs_a_coop_that_exists() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::set_members_by_vote(RuntimeOrigin::root(), CoopId(9), true),
			Error::<Test>::UnknownCoop
		);
	});
}
