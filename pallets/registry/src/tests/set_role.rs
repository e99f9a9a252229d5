use super::*;
use crate::{Error, Event};
use frame_support::{assert_noop, assert_ok};

#[test]
fn an_admin_changes_a_role() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::set_role(signed(ALICE), BAKERS, account(CHARLIE), Role::Approver));
		System::assert_last_event(
			Event::RoleChanged {
				coop: BAKERS,
				who: account(CHARLIE),
				from: Role::Member,
				to: Role::Approver,
			}
			.into(),
		);
		assert_eq!(role_of(BAKERS, CHARLIE), Some(Role::Approver));
		// A role is per co-op.
		assert_eq!(role_of(BUILDERS, CHARLIE), Some(Role::Member));
		assert_eq!(counts(BAKERS), (3, 1));
	});
}

#[test]
fn promoting_and_demoting_admins_keeps_the_count() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::set_role(signed(ALICE), BAKERS, account(BOB), Role::Admin));
		assert_eq!(counts(BAKERS), (3, 2));
		// The new admin demotes the old one: allowed, one admin is left.
		assert_ok!(Registry::set_role(signed(BOB), BAKERS, account(ALICE), Role::Member));
		assert_eq!(counts(BAKERS), (3, 1));
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(CHARLIE), Role::Admin),
			Error::<Test>::NotAdmin
		);
	});
}

#[test]
fn the_last_admin_cannot_be_demoted() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(ALICE), Role::Approver),
			Error::<Test>::LastAdmin
		);
		assert_noop!(
			Registry::set_role(RuntimeOrigin::root(), BAKERS, account(ALICE), Role::Member),
			Error::<Test>::LastAdmin
		);
	});
}

#[test]
fn set_role_refuses_what_it_cannot_do() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::set_role(signed(ALICE), CoopId(9), account(BOB), Role::Admin),
			Error::<Test>::UnknownCoop
		);
		// Dave is an admin of Builders, not of Bakers; Bob is only an approver.
		assert_noop!(
			Registry::set_role(signed(DAVE), BAKERS, account(BOB), Role::Admin),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Registry::set_role(signed(BOB), BAKERS, account(BOB), Role::Admin),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(EVE), Role::Approver),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(BOB), Role::Approver),
			Error::<Test>::RoleUnchanged
		);
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(BOB), Role::Admin),
			Error::<Test>::CoopNotActive
		);
	});
}

#[test]
fn a_former_member_has_no_role_to_change() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(CHARLIE), Role::Approver),
			Error::<Test>::NotMember
		);
	});
}
