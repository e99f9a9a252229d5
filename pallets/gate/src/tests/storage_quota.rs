use super::*;
use crate::{Error, QuotaTicket, StorageUsed};
use frame_support::traits::{Consideration, Footprint};

fn items(count: u64, size: u64) -> Footprint {
	Footprint { count, size }
}

#[test]
fn a_member_stores_up_to_the_quota_and_no_more() {
	ExtBuilder.build_and_execute(|| {
		// The mock allows two items and 100 bytes.
		let first = QuotaTicket::<Test>::new(&ALICE, items(1, 60)).unwrap();
		assert_eq!(StorageUsed::<Test>::get(ALICE), items(1, 60));
		// Too many bytes, then too many items.
		assert_eq!(
			QuotaTicket::<Test>::new(&ALICE, items(1, 41)),
			Err(Error::<Test>::QuotaExceeded.into())
		);
		let second = QuotaTicket::<Test>::new(&ALICE, items(1, 40)).unwrap();
		assert_eq!(
			QuotaTicket::<Test>::new(&ALICE, items(1, 0)),
			Err(Error::<Test>::QuotaExceeded.into())
		);
		assert_eq!(StorageUsed::<Test>::get(ALICE), items(2, 100), "a refusal changed nothing");
		// Others have their own quota.
		assert!(QuotaTicket::<Test>::new(&BOB, items(2, 100)).is_ok());
		// Dropping gives the room back, all of it in the end.
		first.drop(&ALICE).unwrap();
		assert_eq!(StorageUsed::<Test>::get(ALICE), items(1, 40));
		second.drop(&ALICE).unwrap();
		assert!(!StorageUsed::<Test>::contains_key(ALICE));
	});
}

#[test]
fn an_update_counts_the_new_footprint_instead_of_the_old() {
	ExtBuilder.build_and_execute(|| {
		let ticket = QuotaTicket::<Test>::new(&ALICE, items(1, 90)).unwrap();
		let grown = ticket.clone().update(&ALICE, items(1, 100)).unwrap();
		assert_eq!(StorageUsed::<Test>::get(ALICE), items(1, 100));
		assert_eq!(
			grown.clone().update(&ALICE, items(1, 101)),
			Err(Error::<Test>::QuotaExceeded.into())
		);
		grown.burn(&ALICE);
		assert!(!StorageUsed::<Test>::contains_key(ALICE), "a burnt ticket frees its room too");
	});
}

#[test]
fn footprints_that_overflow_are_refused() {
	ExtBuilder.build_and_execute(|| {
		let _held = QuotaTicket::<Test>::new(&ALICE, items(1, 1)).unwrap();
		assert_eq!(
			QuotaTicket::<Test>::new(&ALICE, items(u64::MAX, u64::MAX)),
			Err(Error::<Test>::QuotaExceeded.into())
		);
	});
}
