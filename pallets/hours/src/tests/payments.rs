//! `transfer`, `contribute` and `spend`: HOUR moves only between members and pools.

use super::*;
use crate::{Error, Event};
use coop_primitives::{testing::TestRegistry, CoopStatus};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn members_pay_members_and_pools() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 120);
		assert_ok!(Hours::transfer(signed(CHARLIE), FERDIE, HOUR / 2));
		// The ledger's event says it; Hours adds none of its own.
		System::assert_last_event(
			pallet_balances::Event::Transfer { from: CHARLIE, to: FERDIE, amount: HOUR / 2 }.into(),
		);
		assert_eq!((balance(CHARLIE), balance(FERDIE)), (3 * HOUR / 2, HOUR / 2));
		// A pool is a valid payee too.
		assert_ok!(Hours::transfer(signed(CHARLIE), pool(BUILDERS), HOUR / 2));
		assert_eq!(balance(pool(BUILDERS)), HOUR / 2);
		// All of it, down to zero.
		assert_ok!(Hours::transfer(signed(FERDIE), CHARLIE, HOUR / 2));
		assert_eq!(balance(FERDIE), 0);
	});
}

#[test]
fn transfers_refuse_outsiders_nothing_and_overdrafts() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 60);
		assert_noop!(
			Hours::transfer(signed(CHARLIE), OUTSIDER, 1),
			Error::<Test>::ReceiverNotMember
		);
		assert_noop!(
			Hours::transfer(signed(CHARLIE), pool(CoopId(9)), 1),
			Error::<Test>::ReceiverNotMember
		);
		assert_noop!(Hours::transfer(signed(OUTSIDER), CHARLIE, 1), Error::<Test>::SenderNotMember);
		assert_noop!(Hours::transfer(signed(CHARLIE), FERDIE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Hours::transfer(signed(CHARLIE), FERDIE, HOUR + 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Hours::transfer(signed(FERDIE), CHARLIE, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(Hours::transfer(RuntimeOrigin::root(), CHARLIE, 1), DispatchError::BadOrigin);
		// A suspended co-op's pool takes nothing.
		TestRegistry::set_status(BUILDERS, CoopStatus::Suspended);
		assert_noop!(
			Hours::transfer(signed(CHARLIE), pool(BUILDERS), 1),
			Error::<Test>::ReceiverNotMember
		);
		TestRegistry::set_status(BUILDERS, CoopStatus::Active);
	});
}

#[test]
fn nobody_is_paid_past_the_cap_by_a_transfer() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 180);
		paid_work(FERDIE, BUILDERS, 60);
		let mut policy = TestPolicy::get();
		policy.balance_cap = Some(2 * HOUR);
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		assert_noop!(
			Hours::transfer(signed(CHARLIE), FERDIE, HOUR + 1),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(Hours::transfer(signed(CHARLIE), FERDIE, HOUR));
		// Pools have no cap.
		assert_ok!(Hours::transfer(signed(CHARLIE), pool(BAKERS), 2 * HOUR));
	});
}

#[test]
fn members_contribute_to_a_pool_that_only_the_coops_vote_spends() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 120);
		assert_ok!(Hours::contribute(signed(CHARLIE), BAKERS, HOUR));
		System::assert_last_event(
			Event::Contributed { coop: BAKERS, who: CHARLIE, amount: HOUR }.into(),
		);
		assert_eq!(balance(pool(BAKERS)), HOUR);

		assert_noop!(Hours::spend(signed(ALICE), BAKERS, FERDIE, 1), DispatchError::BadOrigin);
		assert_ok!(Hours::spend(RuntimeOrigin::root(), BAKERS, FERDIE, HOUR / 4));
		System::assert_last_event(
			Event::Spent { coop: BAKERS, to: FERDIE, amount: HOUR / 4 }.into(),
		);
		assert_eq!((balance(pool(BAKERS)), balance(FERDIE)), (3 * HOUR / 4, HOUR / 4));
		// A pool may pay another co-op's pool.
		assert_ok!(Hours::spend(RuntimeOrigin::root(), BAKERS, pool(BUILDERS), HOUR / 4));
		assert_eq!(balance(pool(BUILDERS)), HOUR / 4);
	});
}

#[test]
fn contribute_and_spend_refuse_what_they_cannot_do() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 60);
		assert_noop!(
			Hours::contribute(signed(OUTSIDER), BAKERS, 1),
			Error::<Test>::SenderNotMember
		);
		assert_noop!(Hours::contribute(signed(CHARLIE), CoopId(9), 1), Error::<Test>::UnknownCoop);
		assert_noop!(Hours::contribute(signed(CHARLIE), BAKERS, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Hours::contribute(signed(CHARLIE), BAKERS, HOUR + 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Hours::spend(RuntimeOrigin::root(), CoopId(9), CHARLIE, 1),
			Error::<Test>::UnknownCoop
		);
		assert_noop!(
			Hours::spend(RuntimeOrigin::root(), BAKERS, CHARLIE, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Hours::contribute(signed(CHARLIE), BAKERS, HOUR));
		assert_noop!(
			Hours::spend(RuntimeOrigin::root(), BAKERS, OUTSIDER, 1),
			Error::<Test>::ReceiverNotMember
		);
		assert_noop!(
			Hours::spend(RuntimeOrigin::root(), BAKERS, CHARLIE, 0),
			Error::<Test>::ZeroAmount
		);
	});
}
