use super::*;
use crate::{Error, Event, Identities};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn rebind_moves_everything_to_the_new_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::set_role(signed(DAVE), BUILDERS, account(CHARLIE), Role::Approver));
		System::set_block_number(20);

		assert_ok!(rebind_after_delay(CHARLIE, FERDIE));

		System::assert_last_event(
			Event::MemberRebound {
				old: account(CHARLIE),
				new: account(FERDIE),
				moved: START_BALANCE,
			}
			.into(),
		);
		// The new key is the member: identity, name, memberships, roles, HOUR. It joined now,
		// so it can't vote again on proposals opened before (votes are kept per account).
		assert_eq!(Identities::<Test>::get(identity(CHARLIE)), Some(account(FERDIE)));
		let member = Members::<Test>::get(account(FERDIE)).unwrap();
		assert_eq!(member.identity, identity(CHARLIE));
		assert_eq!(member.name.as_bytes(), b"Charlie");
		assert_eq!(coops_of(FERDIE), vec![BAKERS, BUILDERS]);
		assert_eq!(role_of(BAKERS, FERDIE), Some(Role::Member));
		assert_eq!(role_of(BUILDERS, FERDIE), Some(Role::Approver));
		// Completed after the delay: the new key joined then.
		for coop in [BAKERS, BUILDERS] {
			let joined = Memberships::<Test>::get(coop, account(FERDIE)).unwrap().joined;
			assert_eq!(joined, 20 + RECOVERY_DELAY + 1);
		}
		assert_eq!(balance(&account(FERDIE)), START_BALANCE);
		assert_eq!(providers(&account(FERDIE)), 2);
		// The old key is nobody.
		assert!(Members::<Test>::get(account(CHARLIE)).is_none());
		assert!(Memberships::<Test>::get(BAKERS, account(CHARLIE)).is_none());
		assert!(Memberships::<Test>::get(BUILDERS, account(CHARLIE)).is_none());
		assert_eq!(balance(&account(CHARLIE)), 0);
		assert_eq!(providers(&account(CHARLIE)), 0);
		// Counts are unchanged: the same person, a new key.
		assert_eq!(counts(BAKERS), (3, 1));
		assert_eq!(counts(BUILDERS), (3, 1));
	});
}

#[test]
fn a_rebound_admin_keeps_admin_powers_under_the_new_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(rebind_after_delay(ALICE, FERDIE));
		assert_noop!(
			Registry::set_role(signed(ALICE), BAKERS, account(BOB), Role::Admin),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Registry::set_role(signed(FERDIE), BAKERS, account(BOB), Role::Admin));
	});
}

#[test]
fn a_former_member_can_be_rebound_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert_ok!(rebind_after_delay(EVE, FERDIE));
		System::assert_last_event(
			Event::MemberRebound { old: account(EVE), new: account(FERDIE), moved: 0 }.into(),
		);
		assert_eq!(Identities::<Test>::get(identity(EVE)), Some(account(FERDIE)));
		assert!(coops_of(FERDIE).is_empty());
		// The new key is alive with the record; the old one is let go.
		assert_eq!(providers(&account(FERDIE)), 1);
		assert_eq!(providers(&account(EVE)), 0);
		// Her ended membership stays on record under the key she had then.
		assert!(Memberships::<Test>::get(BUILDERS, account(EVE)).is_some());
	});
}

#[test]
fn rebind_needs_a_member_and_an_unused_key() {
	ExtBuilder::default().build_and_execute(|| {
		let root = || RuntimeOrigin::root();
		assert_noop!(
			Registry::rebind(signed(ALICE), account(CHARLIE), account(FERDIE)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Registry::rebind(root(), account(FERDIE), account(99)),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Registry::rebind(root(), account(CHARLIE), account(EVE)),
			Error::<Test>::AccountInUse
		);
		assert_noop!(
			Registry::rebind(root(), account(CHARLIE), account(CHARLIE)),
			Error::<Test>::AccountInUse
		);
		assert_noop!(
			Registry::rebind(root(), account(CHARLIE), Registry::pool_account(BAKERS)),
			Error::<Test>::PoolAccount
		);
	});
}

#[test]
fn a_former_key_that_left_is_still_in_use() {
	ExtBuilder::default().build_and_execute(|| {
		// Eve left everywhere, but her account stays bound to her identity: not reusable.
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert_noop!(
			Registry::rebind(RuntimeOrigin::root(), account(CHARLIE), account(EVE)),
			Error::<Test>::AccountInUse
		);
	});
}

#[test]
fn an_old_key_other_pallets_still_reference_is_not_released() {
	ExtBuilder::default().build_and_execute(|| {
		// Two references: the listeners drop one (session keys), not the other.
		assert_ok!(System::inc_consumers(&account(CHARLIE)));
		assert_ok!(System::inc_consumers(&account(CHARLIE)));
		assert_ok!(Registry::rebind(RuntimeOrigin::root(), account(CHARLIE), account(FERDIE)));
		System::set_block_number(2 + RECOVERY_DELAY);
		assert_noop!(
			Registry::complete_recovery(signed(DAVE), account(CHARLIE)),
			Error::<Test>::AccountStillReferenced
		);
		System::dec_consumers(&account(CHARLIE));
	});
}

#[test]
fn the_old_keys_memberships_end_for_those_who_listen() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(rebind_after_delay(CHARLIE, FERDIE));
		let mut ended = TestHooks::ended();
		ended.sort();
		assert_eq!(ended, vec![(BAKERS, account(CHARLIE)), (BUILDERS, account(CHARLIE))]);
	});
}
