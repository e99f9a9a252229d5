//! The invariant checker itself: each kind of corruption is caught.

use super::*;
use crate::{ActiveCoopCount, Identities, NextCoopId, Pallet};

fn assert_caught(corrupt: impl FnOnce(), undo: impl FnOnce()) {
	assert!(Pallet::<Test>::do_try_state().is_ok());
	corrupt();
	assert!(Pallet::<Test>::do_try_state().is_err());
	undo();
}

#[test]
fn identity_bound_to_the_wrong_account_is_caught() {
	ExtBuilder::default().build_and_execute(|| {
		assert_caught(
			|| Identities::<Test>::insert(identity(ALICE), account(BOB)),
			|| Identities::<Test>::insert(identity(ALICE), account(ALICE)),
		);
		assert_caught(
			|| Identities::<Test>::remove(identity(BOB)),
			|| Identities::<Test>::insert(identity(BOB), account(BOB)),
		);
	});
}

#[test]
fn wrong_counts_are_caught() {
	ExtBuilder::default().build_and_execute(|| {
		assert_caught(
			|| Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().member_count = 2),
			|| Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().member_count = 3),
		);
		assert_caught(
			|| Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().admin_count = 2),
			|| Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().admin_count = 1),
		);
		assert_caught(|| ActiveCoopCount::<Test>::put(3), || ActiveCoopCount::<Test>::put(2));
		assert_caught(|| NextCoopId::<Test>::put(CoopId(5)), || NextCoopId::<Test>::put(CoopId(2)));
	});
}

#[test]
fn a_coop_without_an_admin_is_caught() {
	ExtBuilder::default().build_and_execute(|| {
		let admin = Memberships::<Test>::get(BAKERS, account(ALICE)).unwrap();
		let mut demoted = admin;
		demoted.role = Role::Member;
		assert_caught(
			|| {
				Memberships::<Test>::insert(BAKERS, account(ALICE), demoted);
				Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().admin_count = 0);
			},
			|| {
				Memberships::<Test>::insert(BAKERS, account(ALICE), admin);
				Coops::<Test>::mutate(BAKERS, |c| c.as_mut().unwrap().admin_count = 1);
			},
		);
	});
}

#[test]
fn memberships_and_member_lists_disagreeing_is_caught() {
	ExtBuilder::default().build_and_execute(|| {
		let record = Memberships::<Test>::get(BAKERS, account(BOB)).unwrap();
		assert_caught(
			|| Memberships::<Test>::remove(BAKERS, account(BOB)),
			|| Memberships::<Test>::insert(BAKERS, account(BOB), record),
		);
	});
}

#[test]
fn a_member_without_a_provider_or_a_leaver_with_hour_is_caught() {
	ExtBuilder::default().build_and_execute(|| {
		// Ferdie, admitted with no HOUR, is alive only through the registry's reference.
		admit_ferdie_to_bakers();
		assert_caught(
			|| {
				let _ = System::dec_providers(&account(FERDIE));
			},
			|| {
				System::inc_providers(&account(FERDIE));
			},
		);
		frame_support::assert_ok!(crate::Pallet::<Test>::leave(signed(FERDIE), BAKERS));
		assert_caught(
			|| {
				let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
					&account(FERDIE),
					5,
				);
			},
			|| {
				let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::burn_from(
					&account(FERDIE),
					5,
					frame_support::traits::tokens::Preservation::Expendable,
					frame_support::traits::tokens::Precision::Exact,
					frame_support::traits::tokens::Fortitude::Force,
				);
			},
		);
	});
}
