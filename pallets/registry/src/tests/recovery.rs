//! Key recovery needs every co-op of the person, a delay, and no word from the old key:
//! the attack of one co-op's vote taking a member of several co-ops.

use super::*;
use crate::{types::RecoveryApprover, Error, Event, Recoveries};
use frame_support::{assert_noop, assert_ok};

/// Charlie belongs to the Bakers and the Builders.
fn open_by_bakers() {
	assert_ok!(Registry::rebind(coop_vote(BAKERS), account(CHARLIE), account(FERDIE)));
}

#[test]
fn one_coops_vote_moves_nothing_of_a_member_of_two() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		System::assert_has_event(
			Event::RecoveryOpened {
				old: account(CHARLIE),
				new: account(FERDIE),
				completes_after: 1 + RECOVERY_DELAY,
			}
			.into(),
		);
		System::set_block_number(2 + RECOVERY_DELAY);
		// The Builders have not approved: nothing moves, ever, on the Bakers' word alone.
		assert_noop!(
			Registry::complete_recovery(signed(ALICE), account(CHARLIE)),
			Error::<Test>::RecoveryNotApproved
		);
		assert_eq!(coops_of(CHARLIE), vec![BAKERS, BUILDERS]);
		assert_eq!(balance(&account(CHARLIE)), START_BALANCE);
		// Nor can the Bakers approve twice.
		assert_noop!(
			Registry::rebind(coop_vote(BAKERS), account(CHARLIE), account(FERDIE)),
			Error::<Test>::RecoveryAlreadyApproved
		);
	});
}

#[test]
fn every_coop_and_the_delay_move_the_member() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		assert_ok!(Registry::rebind(coop_vote(BUILDERS), account(CHARLIE), account(FERDIE)));
		System::assert_last_event(
			Event::RecoveryApproved {
				old: account(CHARLIE),
				new: account(FERDIE),
				by: RecoveryApprover::Coop(BUILDERS),
			}
			.into(),
		);
		// Approved by both, but the old key still has its time to object.
		assert_noop!(
			Registry::complete_recovery(signed(ALICE), account(CHARLIE)),
			Error::<Test>::RecoveryTooEarly
		);
		assert_eq!(coops_of(FERDIE), Vec::<CoopId>::new());
		System::set_block_number(2 + RECOVERY_DELAY);
		assert_ok!(Registry::complete_recovery(signed(ALICE), account(CHARLIE)));
		assert_eq!(coops_of(FERDIE), vec![BAKERS, BUILDERS]);
		assert_eq!(balance(&account(FERDIE)), START_BALANCE);
		assert!(Recoveries::<Test>::get(account(CHARLIE)).is_none());
	});
}

#[test]
fn the_last_approval_after_the_delay_completes_it_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		System::set_block_number(2 + RECOVERY_DELAY);
		assert_ok!(Registry::rebind(coop_vote(BUILDERS), account(CHARLIE), account(FERDIE)));
		System::assert_last_event(
			Event::MemberRebound {
				old: account(CHARLIE),
				new: account(FERDIE),
				moved: START_BALANCE,
			}
			.into(),
		);
	});
}

#[test]
fn the_old_key_cancels_a_recovery_by_signing_once() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		assert_ok!(Registry::rebind(coop_vote(BUILDERS), account(CHARLIE), account(FERDIE)));
		assert_ok!(Registry::cancel_recovery(signed(CHARLIE)));
		System::assert_last_event(
			Event::RecoveryCancelled { old: account(CHARLIE), new: account(FERDIE) }.into(),
		);
		System::set_block_number(2 + RECOVERY_DELAY);
		assert_noop!(
			Registry::complete_recovery(signed(ALICE), account(CHARLIE)),
			Error::<Test>::NoRecovery
		);
		assert_eq!(coops_of(CHARLIE), vec![BAKERS, BUILDERS]);
		// Nobody else cancels it for them.
		open_by_bakers();
		assert_noop!(Registry::cancel_recovery(signed(ALICE)), Error::<Test>::NoRecovery);
	});
}

#[test]
fn a_second_key_waits_until_the_open_recovery_is_cancelled_or_lapses() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		assert_noop!(
			Registry::rebind(coop_vote(BUILDERS), account(CHARLIE), account(9)),
			Error::<Test>::RecoveryInProgress
		);
		// It lapses a delay after it could have completed; then another may open.
		System::set_block_number(2 + 2 * RECOVERY_DELAY);
		assert_ok!(Registry::rebind(coop_vote(BUILDERS), account(CHARLIE), account(9)));
		assert_eq!(Recoveries::<Test>::get(account(CHARLIE)).unwrap().new, account(9));
	});
}

#[test]
fn a_suspended_coops_approval_is_not_needed() {
	ExtBuilder::default().build_and_execute(|| {
		open_by_bakers();
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BUILDERS));
		System::set_block_number(2 + RECOVERY_DELAY);
		assert_ok!(Registry::complete_recovery(signed(ALICE), account(CHARLIE)));
		assert_eq!(coops_of(FERDIE), vec![BAKERS, BUILDERS]);
	});
}
