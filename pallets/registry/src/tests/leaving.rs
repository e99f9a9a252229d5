//! `remove_member` and `leave`: nothing is lost, nobody is trapped, no co-op loses its last
//! admin.

use super::*;
use crate::{types::MembershipStatus, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn a_member_of_another_coop_keeps_their_hour() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(Registry::remove_member(signed(ALICE), BAKERS, account(CHARLIE)));

		System::assert_last_event(
			Event::MemberRemoved { coop: BAKERS, who: account(CHARLIE), moved_to_pool: 0 }.into(),
		);
		assert_eq!(balance(&account(CHARLIE)), START_BALANCE);
		assert_eq!(balance(&Registry::pool_account(BAKERS)), 0);
		assert_eq!(coops_of(CHARLIE), vec![BUILDERS]);
		assert_eq!(counts(BAKERS), (2, 1));
		// The record stays, marked as left.
		let record = Memberships::<Test>::get(BAKERS, account(CHARLIE)).unwrap();
		assert_eq!(record.status, MembershipStatus::Left { at: 5 });
		assert_eq!(record.role, Role::Member);
		assert_eq!(providers(&account(CHARLIE)), 2);
	});
}

#[test]
fn a_member_leaving_their_last_coop_pays_into_its_pool() {
	ExtBuilder::default().build_and_execute(|| {
		let pool = Registry::pool_account(BUILDERS);
		assert_ok!(Registry::remove_member(signed(DAVE), BUILDERS, account(EVE)));

		System::assert_last_event(
			Event::MemberRemoved {
				coop: BUILDERS,
				who: account(EVE),
				moved_to_pool: START_BALANCE,
			}
			.into(),
		);
		assert_eq!(balance(&account(EVE)), 0);
		assert_eq!(balance(&pool), START_BALANCE);
		// The account stays alive with the record and identity, so her nonce never
		// starts again.
		assert_eq!(providers(&account(EVE)), 1);
		assert!(coops_of(EVE).is_empty());
		assert!(Members::<Test>::get(account(EVE)).is_some());
	});
}

#[test]
fn leaving_one_coop_then_the_other() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		System::assert_last_event(
			Event::MemberLeft { coop: BAKERS, who: account(CHARLIE), moved_to_pool: 0 }.into(),
		);
		assert_eq!(balance(&account(CHARLIE)), START_BALANCE);

		assert_ok!(Registry::leave(signed(CHARLIE), BUILDERS));
		System::assert_last_event(
			Event::MemberLeft {
				coop: BUILDERS,
				who: account(CHARLIE),
				moved_to_pool: START_BALANCE,
			}
			.into(),
		);
		assert_eq!(balance(&Registry::pool_account(BUILDERS)), START_BALANCE);
		assert_eq!(balance(&Registry::pool_account(BAKERS)), 0);
		assert_eq!(providers(&account(CHARLIE)), 1);
	});
}

#[test]
fn a_member_with_nothing_leaves_with_nothing_moved() {
	ExtBuilder::default().build_and_execute(|| {
		admit_ferdie_to_bakers();
		assert_ok!(Registry::leave(signed(FERDIE), BAKERS));
		System::assert_last_event(
			Event::MemberLeft { coop: BAKERS, who: account(FERDIE), moved_to_pool: 0 }.into(),
		);
		assert_eq!(providers(&account(FERDIE)), 1);
	});
}

#[test]
fn a_former_member_can_be_admitted_again_with_the_same_identity() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::remove_member(signed(DAVE), BUILDERS, account(EVE)));
		System::set_block_number(9);
		assert_ok!(Registry::add_member(
			signed(ALICE),
			BAKERS,
			account(EVE),
			identity(EVE),
			bounded(vec![])
		));
		// Her account, a member nowhere, was kept alive by her record: the invitation
		// needs to hold nothing.
		assert_eq!(providers(&account(EVE)), 1);
		accept(EVE, BAKERS);
		assert_eq!(coops_of(EVE), vec![BAKERS]);
		assert_eq!(providers(&account(EVE)), 1);
		// And back into the co-op that removed her: a fresh membership.
		assert_ok!(Registry::add_member(
			signed(DAVE),
			BUILDERS,
			account(EVE),
			identity(EVE),
			bounded(vec![])
		));
		accept(EVE, BUILDERS);
		let record = Memberships::<Test>::get(BUILDERS, account(EVE)).unwrap();
		assert!(record.is_active());
		assert_eq!(record.joined, 9);
	});
}

#[test]
fn the_last_admin_can_neither_leave_nor_be_removed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Registry::leave(signed(ALICE), BAKERS), Error::<Test>::LastAdmin);
		assert_noop!(
			Registry::remove_member(signed(ALICE), BAKERS, account(ALICE)),
			Error::<Test>::LastAdmin
		);
		assert_noop!(
			Registry::remove_member(RuntimeOrigin::root(), BAKERS, account(ALICE)),
			Error::<Test>::LastAdmin
		);
		// With a second admin, the first may go.
		assert_ok!(Registry::set_role(signed(ALICE), BAKERS, account(BOB), Role::Admin));
		assert_ok!(Registry::leave(signed(ALICE), BAKERS));
		assert_eq!(counts(BAKERS), (2, 1));
	});
}

#[test]
fn removal_refuses_what_it_cannot_do() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::remove_member(signed(ALICE), CoopId(9), account(BOB)),
			Error::<Test>::UnknownCoop
		);
		// An admin of Builders has no power over Bakers, and a member none at all.
		assert_noop!(
			Registry::remove_member(signed(DAVE), BAKERS, account(CHARLIE)),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Registry::remove_member(signed(CHARLIE), BAKERS, account(BOB)),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Registry::remove_member(signed(ALICE), BAKERS, account(EVE)),
			Error::<Test>::NotMember
		);
		assert_ok!(Registry::remove_member(signed(ALICE), BAKERS, account(CHARLIE)));
		assert_noop!(
			Registry::remove_member(signed(ALICE), BAKERS, account(CHARLIE)),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn leave_refuses_what_it_cannot_do() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Registry::leave(signed(BOB), CoopId(9)), Error::<Test>::UnknownCoop);
		assert_noop!(Registry::leave(signed(EVE), BAKERS), Error::<Test>::NotMember);
		assert_noop!(Registry::leave(signed(FERDIE), BAKERS), Error::<Test>::NotMember);
		assert_noop!(Registry::leave(RuntimeOrigin::root(), BAKERS), DispatchError::BadOrigin);
	});
}

#[test]
fn members_of_a_suspended_coop_can_still_leave() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BUILDERS));
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert_eq!(balance(&Registry::pool_account(BUILDERS)), START_BALANCE);
	});
}

#[test]
fn a_member_holding_session_keys_is_removed_and_the_keys_let_go() {
	ExtBuilder::default().build_and_execute(|| {
		// Eve registered session keys: a consumer reference on her account, which the
		// listeners drop when she is a member nowhere (the runtime purges her keys).
		assert_ok!(System::inc_consumers(&account(EVE)));
		assert_ok!(Registry::remove_member(signed(DAVE), BUILDERS, account(EVE)));
		assert_eq!((System::consumers(&account(EVE)), providers(&account(EVE))), (0, 1));
		assert_eq!(TestHooks::ended(), vec![(BUILDERS, account(EVE))]);
	});
}

#[test]
fn an_account_other_pallets_still_reference_leaves_and_stays_alive() {
	ExtBuilder::default().build_and_execute(|| {
		// Besides her keys, another pallet holds a reference nobody drops for her: leaving
		// no longer releases the account, so it does not stand in the way.
		assert_ok!(System::inc_consumers(&account(EVE)));
		assert_ok!(System::inc_consumers(&account(EVE)));
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert_eq!(TestHooks::ended(), vec![(BUILDERS, account(EVE))]);
		assert_eq!(providers(&account(EVE)), 1);
	});
}

#[test]
fn a_member_who_left_everywhere_keeps_their_nonce() {
	ExtBuilder::default().build_and_execute(|| {
		// Eve has signed three transactions; she leaves, and is admitted again later.
		for _ in 0..3 {
			System::inc_account_nonce(account(EVE));
		}
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert!(frame_system::Account::<Test>::contains_key(account(EVE)), "not reaped");
		assert_eq!(System::account_nonce(account(EVE)), 3);
		assert_ok!(Registry::add_member(
			signed(ALICE),
			BAKERS,
			account(EVE),
			identity(EVE),
			bounded(vec![])
		));
		accept(EVE, BAKERS);
		// Her nonce went on from where it was: what she signed before can't be replayed.
		assert_eq!(System::account_nonce(account(EVE)), 3);
	});
}
