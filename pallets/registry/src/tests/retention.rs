//! The record of a membership that ended is kept for the policy's retention, then pruned by
//! `on_idle`, a bounded number a block; the person's own record stays.

use super::*;
use crate::{types::MembershipStatus, EndedMemberships, EndedMembershipsQueue};
use frame_support::{assert_ok, traits::Hooks, weights::Weight};

fn idle() -> Weight {
	Registry::on_idle(System::block_number(), Weight::MAX)
}

/// The record of `n`'s membership of `coop`, current or ended.
fn record(coop: CoopId, n: u8) -> Option<MembershipStatus<u64>> {
	Memberships::<Test>::get(coop, account(n)).map(|r| r.status)
}

#[test]
fn an_ended_membership_is_pruned_once_its_retention_has_passed() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(Registry::remove_member(signed(ALICE), BAKERS, account(CHARLIE)));
		assert_ok!(Registry::remove_member(signed(DAVE), BUILDERS, account(EVE)));

		// Kept through the last block of the retention.
		System::set_block_number(5 + MEMBERSHIP_RETENTION);
		idle();
		assert_eq!(record(BAKERS, CHARLIE), Some(MembershipStatus::Left { at: 5 }));

		System::set_block_number(6 + MEMBERSHIP_RETENTION);
		idle();
		assert_eq!(record(BAKERS, CHARLIE), None);
		assert_eq!(record(BUILDERS, EVE), None);
		assert_eq!(EndedMemberships::<Test>::iter().count(), 0);
		let queue = EndedMembershipsQueue::<Test>::get();
		assert_eq!((queue.first, queue.next), (2, 2));
		// The rest stays: Charlie's other membership, and Eve's identity, still bound to her
		// account, so she can't be admitted again as someone else.
		assert_eq!(record(BUILDERS, CHARLIE), Some(MembershipStatus::Active));
		assert!(Members::<Test>::get(account(EVE)).is_some());
		assert_eq!(crate::Identities::<Test>::get(identity(EVE)), Some(account(EVE)));
	});
}

#[test]
fn a_membership_taken_up_again_is_not_pruned() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		System::set_block_number(6);
		assert_ok!(Registry::add_member(
			signed(ALICE),
			BAKERS,
			account(CHARLIE),
			identity(CHARLIE),
			bounded(b"Charlie".to_vec())
		));
		accept(CHARLIE, BAKERS);

		System::set_block_number(6 + MEMBERSHIP_RETENTION);
		idle();
		assert_eq!(record(BAKERS, CHARLIE), Some(MembershipStatus::Active));
		assert_eq!(EndedMemberships::<Test>::iter().count(), 0);

		// Ending it again queues it again, under its new end.
		System::set_block_number(100);
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		System::set_block_number(101 + MEMBERSHIP_RETENTION);
		idle();
		assert_eq!(record(BAKERS, CHARLIE), None);
	});
}

#[test]
fn a_membership_ended_under_a_key_since_moved_is_pruned_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		assert_ok!(rebind_after_delay(CHARLIE, FERDIE));
		System::set_block_number(System::block_number() + MEMBERSHIP_RETENTION + 1);
		idle();
		assert_eq!(record(BAKERS, CHARLIE), None);
		// The membership that moved is the new key's, and current.
		assert_eq!(record(BUILDERS, FERDIE), Some(MembershipStatus::Active));
	});
}

#[test]
fn pruning_is_bounded_per_block_and_by_the_spare_weight() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::leave(signed(CHARLIE), BAKERS));
		assert_ok!(Registry::leave(signed(CHARLIE), BUILDERS));
		assert_ok!(Registry::remove_member(signed(DAVE), BUILDERS, account(EVE)));
		System::set_block_number(2 + MEMBERSHIP_RETENTION);

		// Nothing without the weight for one.
		assert_eq!(Registry::on_idle(System::block_number(), Weight::zero()), Weight::zero());
		assert_eq!(EndedMemberships::<Test>::iter().count(), 3);
		// At most MaxPrunesPerBlock (2) a block.
		idle();
		assert_eq!(EndedMemberships::<Test>::iter().count(), 1);
		idle();
		assert_eq!(EndedMemberships::<Test>::iter().count(), 0);
		assert!(Memberships::<Test>::iter().all(|(_, _, r)| r.is_active()));
	});
}
