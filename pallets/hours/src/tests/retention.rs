//! What a member adds does not stay forever: stale minute counters and decided claims past
//! their retention are pruned, a bounded amount a block.

use super::*;
use crate::{
	rules::{week_of, SECONDS_PER_DAY},
	types::ClaimStatus,
	ClaimsOf, CounterHorizon, Error, MinutesInWeek, MinutesOnDay, NextClaimId, PaidForPrunedClaims,
	Policy, PruneCursor, TotalPaid,
};
use frame_support::{
	assert_noop,
	traits::{Get, Hooks},
	weights::Weight,
};

fn idle() -> Weight {
	Hours::on_idle(System::block_number(), Weight::MAX)
}

/// Moves the clock to noon of `day`.
fn set_today(day: u32) {
	NowSecs::set(u64::from(day) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2);
}

/// The day a claim logged today can no longer be logged for: the mock allows 30 days back.
const NO_LONGER_CLAIMABLE: u32 = TODAY + 31;

/// Runs `on_idle` until nothing more is pruned (a bounded number of times).
fn idle_until_done() {
	for _ in 0..100 {
		idle();
	}
}

#[test]
fn counters_of_days_no_longer_claimable_are_pruned() {
	ExtBuilder::build_and_execute(|| {
		let claim = paid_work(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::log_work(signed(FERDIE), BUILDERS, 30, TODAY - 30, memo()));
		assert_eq!(MinutesOnDay::<Test>::get(TODAY, person(CHARLIE)), 60);

		// Still claimable on its last day: kept.
		set_today(TODAY + 30);
		idle_until_done();
		assert_eq!(MinutesOnDay::<Test>::get(TODAY, person(CHARLIE)), 60);
		assert!(!MinutesOnDay::<Test>::contains_key(TODAY - 30, person(FERDIE)));

		set_today(NO_LONGER_CLAIMABLE);
		idle_until_done();
		assert!(!MinutesOnDay::<Test>::contains_key(TODAY, person(CHARLIE)));
		// Its week ends before the oldest claimable day's week: gone too.
		assert!(!MinutesInWeek::<Test>::contains_key(week_of(TODAY), person(CHARLIE)));
		assert_eq!(MinutesOnDay::<Test>::iter().count(), 0);
		assert_eq!(MinutesInWeek::<Test>::iter().count(), 0);
		// The claim itself is kept for its retention.
		assert!(matches!(status(claim), ClaimStatus::Approved { .. }));
	});
}

#[test]
fn a_pruned_day_stays_closed_even_if_the_policy_reaches_back_further() {
	ExtBuilder::build_and_execute(|| {
		paid_work(CHARLIE, BAKERS, 720);
		set_today(NO_LONGER_CLAIMABLE);
		idle_until_done();
		assert_eq!(CounterHorizon::<Test>::get().map(|h| h.open_from_day), Some(TODAY + 1));

		// The federation allows older claims: the day whose full budget was paid does not
		// open again with an empty one.
		let mut policy = Policy::<Test>::get();
		policy.max_claim_age_days = 100;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 720, TODAY, memo()),
			Error::<Test>::ClaimTooOld
		);
		// Days after the horizon are open as the policy says.
		assert_ok!(Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY + 1, memo()));
	});
}

#[test]
fn counter_pruning_is_bounded_per_block_and_by_the_spare_weight() {
	ExtBuilder::build_and_execute(|| {
		for who in [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE] {
			let coop = if who == EVE || who == FERDIE { BUILDERS } else { BAKERS };
			assert_ok!(Hours::log_work(signed(who), coop, 60, TODAY, memo()));
		}
		System::set_block_number(2 + TTL);
		// The claims expire (5 a block), which frees their counters; log fresh ones.
		idle();
		idle();
		let pending = NextClaimId::<Test>::get();
		for who in [ALICE, BOB, CHARLIE, DAVE] {
			assert_ok!(Hours::log_work(signed(who), BAKERS, 60, TODAY, memo()));
		}
		set_today(NO_LONGER_CLAIMABLE);
		let before = MinutesOnDay::<Test>::iter().count() + MinutesInWeek::<Test>::iter().count();
		assert_eq!(before, 8);

		// Without the weight for one step, nothing at all.
		assert_eq!(Hours::prune_counters(Weight::zero()), Weight::zero());
		assert_eq!(MinutesOnDay::<Test>::iter().count(), 4);

		// At most MaxPrunesPerBlock (5) steps a block, whatever the weight: the 31 days
		// before today are found empty one step each, then 4 counters go, then the weeks.
		let mut blocks = 0;
		while MinutesOnDay::<Test>::iter().count() + MinutesInWeek::<Test>::iter().count() > 0 {
			let horizon = CounterHorizon::<Test>::get().unwrap();
			let used = Hours::prune_counters(Weight::MAX);
			let step = <() as crate::WeightInfo>::prune_counter();
			let db: frame_support::weights::RuntimeDbWeight =
				<Test as frame_system::Config>::DbWeight::get();
			let overhead: Weight = db.reads_writes(3, 1);
			assert!(used.all_lte(overhead.saturating_add(step.saturating_mul(5))));
			let after = CounterHorizon::<Test>::get().unwrap();
			assert!(after.days_pruned_to - horizon.days_pruned_to <= 5);
			blocks += 1;
			assert!(blocks < 20, "pruning makes progress");
		}
		assert!(blocks >= 7, "over 34 steps at 5 a block take 7 blocks or more, took {blocks}");
		// The claims are left alone: pending ones are never pruned.
		assert!(Claims::<Test>::get(pending).is_some_and(|c| c.is_pending()));
	});
}

#[test]
fn decided_claims_are_pruned_once_their_retention_has_passed() {
	ExtBuilder::build_and_execute(|| {
		let approved = paid_work(CHARLIE, BAKERS, 60);
		let rejected = log(CHARLIE, BAKERS, 30);
		assert_ok!(Hours::reject(signed(BOB), rejected, b"no".to_vec().try_into().unwrap()));
		let expired = log(FERDIE, BUILDERS, 30);
		System::set_block_number(2 + TTL);
		idle();
		assert_eq!(status(expired), ClaimStatus::Expired);
		let paid = balance(CHARLIE);
		set_today(NO_LONGER_CLAIMABLE);

		// Kept through the last block of their retention (decided in block 1; the expired
		// one's decision is its last block, 1 + TTL).
		System::set_block_number(1 + RETENTION);
		idle_until_done();
		for claim in [approved, rejected, expired] {
			assert!(Claims::<Test>::contains_key(claim));
		}

		System::set_block_number(2 + RETENTION);
		idle_until_done();
		assert!(!Claims::<Test>::contains_key(approved));
		assert!(!Claims::<Test>::contains_key(rejected));
		assert!(!ClaimsOf::<Test>::contains_key(CHARLIE, approved));
		// The expired one waits its own retention.
		assert!(Claims::<Test>::contains_key(expired));
		System::set_block_number(2 + TTL + RETENTION);
		idle_until_done();
		assert_eq!(Claims::<Test>::iter().count(), 0);
		assert_eq!(ClaimsOf::<Test>::iter().count(), 0);
		assert_eq!(PruneCursor::<Test>::get(), ClaimId(3));

		// The pay stays: the ledger, the total paid, and what the pruned claims were paid.
		assert_eq!(balance(CHARLIE), paid);
		assert_eq!(TotalPaid::<Test>::get(), paid);
		assert_eq!(PaidForPrunedClaims::<Test>::get(), paid);
	});
}

#[test]
fn an_approved_claim_is_pruned_only_once_its_counters_are_gone() {
	ExtBuilder::build_and_execute(|| {
		let approved = paid_work(CHARLIE, BAKERS, 60);
		let rejected = log(CHARLIE, BAKERS, 30);
		assert_ok!(Hours::reject(signed(BOB), rejected, b"no".to_vec().try_into().unwrap()));
		// Retention over, but the day is still claimable: the counters still count the
		// approved claim, so it stays; the sweep waits at it, and so the later claim too.
		let mut policy = Policy::<Test>::get();
		policy.claim_retention = 1;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		System::set_block_number(3);
		idle_until_done();
		assert!(Claims::<Test>::contains_key(approved));
		assert!(Claims::<Test>::contains_key(rejected));

		set_today(NO_LONGER_CLAIMABLE);
		idle_until_done();
		assert_eq!(Claims::<Test>::iter().count(), 0);
	});
}

#[test]
fn claim_pruning_is_bounded_per_block_and_by_the_spare_weight() {
	ExtBuilder::build_and_execute(|| {
		for _ in 0..7 {
			let claim = log(CHARLIE, BAKERS, 10);
			assert_ok!(Hours::reject(signed(BOB), claim, b"no".to_vec().try_into().unwrap()));
		}
		System::set_block_number(2 + RETENTION);
		idle();
		// The expiry cursor passes all seven first; pruning then goes 5 a block.
		assert_eq!(Hours::prune_claims(Weight::zero()), Weight::zero());
		assert_eq!(PruneCursor::<Test>::get(), ClaimId(5));
		idle();
		assert_eq!(PruneCursor::<Test>::get(), ClaimId(7));
		assert_eq!(Claims::<Test>::iter().count(), 0);
	});
}
