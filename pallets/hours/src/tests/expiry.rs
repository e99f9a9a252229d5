//! Claims nobody decided in time.

use super::*;
use crate::{types::ClaimStatus, Error, Event, ExpiryCursor, MinutesOnDay, PendingClaims};
use frame_support::{assert_noop, traits::Hooks, weights::Weight};

fn idle() -> Weight {
	Hours::on_idle(System::block_number(), Weight::MAX)
}

#[test]
fn a_claim_can_be_approved_up_to_its_last_block_and_not_after() {
	ExtBuilder::build_and_execute(|| {
		let on_time = log(CHARLIE, BAKERS, 60);
		let late = log(CHARLIE, BAKERS, 60);
		System::set_block_number(1 + TTL);
		assert_ok!(Hours::approve(signed(BOB), on_time));
		System::set_block_number(2 + TTL);
		assert_noop!(Hours::approve(signed(BOB), late), Error::<Test>::DecisionTooLate);
	});
}

#[test]
fn on_idle_expires_overdue_claims_and_frees_their_minutes() {
	ExtBuilder::build_and_execute(|| {
		let first = log(CHARLIE, BAKERS, 60);
		let paid = paid_work(FERDIE, BUILDERS, 30);
		System::set_block_number(10);
		let later = log(CHARLIE, BUILDERS, 60);

		System::set_block_number(2 + TTL);
		idle();
		assert_eq!(status(first), ClaimStatus::Expired);
		System::assert_has_event(Event::ClaimExpired { claim: first }.into());
		assert!(!PendingClaims::<Test>::contains_key(BAKERS, first));
		assert!(matches!(status(paid), ClaimStatus::Approved { .. }));
		// The later claim is not due yet: the cursor waits at it.
		assert!(status(later).eq(&ClaimStatus::Pending));
		assert_eq!(ExpiryCursor::<Test>::get(), later);
		assert_eq!(MinutesOnDay::<Test>::get(TODAY, person(CHARLIE)), 60);

		System::set_block_number(11 + TTL);
		idle();
		assert_eq!(status(later), ClaimStatus::Expired);
		assert_eq!(MinutesOnDay::<Test>::get(TODAY, person(CHARLIE)), 0);
	});
}

#[test]
fn on_idle_does_bounded_work() {
	ExtBuilder::build_and_execute(|| {
		for _ in 0..7 {
			log(CHARLIE, BAKERS, 10);
		}
		System::set_block_number(2 + TTL);
		// At most MaxExpiriesPerBlock (5) a block.
		idle();
		assert_eq!(ExpiryCursor::<Test>::get(), ClaimId(5));
		idle();
		assert_eq!(ExpiryCursor::<Test>::get(), ClaimId(7));
		// And nothing at all without the weight for one.
		log(CHARLIE, BAKERS, 10);
		System::set_block_number(3 + 2 * TTL);
		assert_eq!(Hours::on_idle(System::block_number(), Weight::zero()), Weight::zero());
		assert_eq!(ExpiryCursor::<Test>::get(), ClaimId(7));
		idle();
		assert_eq!(status(ClaimId(7)), ClaimStatus::Expired);
	});
}
