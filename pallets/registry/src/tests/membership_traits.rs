//! What other pallets see through `Coops` and `Membership`.

use super::*;
use coop_primitives::{Coops as _, Membership as _, MembershipOf};
use frame_support::assert_ok;

#[test]
fn other_pallets_see_coops() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Registry::is_active(BAKERS));
		assert_eq!(Registry::active_coop_count(), 2);
		let pool = <Registry as coop_primitives::Coops<_>>::pool_account(BUILDERS);
		assert_eq!(Registry::pool_owner(&pool), Some(BUILDERS));
		// A pool-shaped account of a co-op that does not exist is nobody's pool.
		assert_eq!(Registry::pool_owner(&Registry::pool_account(CoopId(7))), None);
		assert_eq!(Registry::pool_owner(&account(ALICE)), None);

		assert_eq!(Registry::coop_active_since(BAKERS), Some(0));
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		assert_eq!(Registry::coop_active_since(BAKERS), None);
		assert!(!Registry::is_active(BAKERS));
		assert_eq!(Registry::status(BAKERS), Some(coop_primitives::CoopStatus::Suspended));
		assert_eq!(Registry::status(CoopId(7)), None);
		assert_eq!(Registry::active_coop_count(), 1);
	});
}

#[test]
fn other_pallets_see_members() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(4);
		admit_ferdie_to_bakers();
		assert_eq!(
			Registry::membership(BAKERS, &account(FERDIE)),
			Some(MembershipOf { role: Role::Member, joined: 4 })
		);
		assert_eq!(Registry::role(BAKERS, &account(BOB)), Some(Role::Approver));
		assert_eq!(Registry::role(BUILDERS, &account(BOB)), None);
		assert_eq!(Registry::member_count(BAKERS), 4);
		assert_eq!(Registry::member_count(CoopId(9)), 0);
		assert!(Registry::is_member(&account(FERDIE)));

		assert_ok!(Registry::leave(signed(FERDIE), BAKERS));
		assert!(!Registry::is_member(&account(FERDIE)));
		assert_eq!(Registry::membership(BAKERS, &account(FERDIE)), None);
		assert!(!Registry::is_member(&account(99)));
	});
}
