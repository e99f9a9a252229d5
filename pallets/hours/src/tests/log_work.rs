use super::*;
use crate::{ClaimsOf, Error, Event, MinutesInWeek, MinutesOnDay, PendingClaims};
use coop_primitives::testing::TestRegistry;
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn a_member_logs_work() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Hours::log_work(signed(CHARLIE), BAKERS, 90, TODAY, memo()));
		System::assert_last_event(
			Event::WorkLogged {
				claim: ClaimId(0),
				coop: BAKERS,
				who: CHARLIE,
				minutes: 90,
				day: TODAY,
			}
			.into(),
		);
		let claim = Claims::<Test>::get(ClaimId(0)).unwrap();
		assert_eq!(
			(claim.minutes, claim.day, claim.rate, claim.expires_at),
			(90, TODAY, HOUR, 1 + TTL)
		);
		assert!(claim.is_pending());
		// Indexed for wallets and approvers.
		assert!(ClaimsOf::<Test>::contains_key(CHARLIE, ClaimId(0)));
		assert!(PendingClaims::<Test>::contains_key(BAKERS, ClaimId(0)));
		// Counted for the person, whatever key they use.
		assert_eq!(claim.identity, person(CHARLIE));
		assert_eq!(MinutesOnDay::<Test>::get(TODAY, person(CHARLIE)), 90);
		assert_eq!(MinutesInWeek::<Test>::get(crate::rules::week_of(TODAY), person(CHARLIE)), 90);
		// Nothing is paid before approval.
		assert_eq!(balance(CHARLIE), 0);
	});
}

#[test]
fn only_active_members_of_active_coops_log_work() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Hours::log_work(signed(OUTSIDER), BAKERS, 60, TODAY, memo()),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Hours::log_work(signed(FERDIE), BAKERS, 60, TODAY, memo()),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Hours::log_work(signed(CHARLIE), CoopId(9), 60, TODAY, memo()),
			Error::<Test>::UnknownCoop
		);
		TestRegistry::set_status(BAKERS, coop_primitives::CoopStatus::Suspended);
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY, memo()),
			Error::<Test>::CoopNotActive
		);
		assert_noop!(
			Hours::log_work(RuntimeOrigin::root(), BUILDERS, 60, TODAY, memo()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_day_must_be_recent_and_not_ahead() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY + 1, memo()),
			Error::<Test>::DayInFuture
		);
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY - 31, memo()),
			Error::<Test>::ClaimTooOld
		);
		assert_ok!(Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY - 30, memo()));
		// Tomorrow, by the chain's clock, the day is no longer in the future.
		NowSecs::set(NowSecs::get() + crate::rules::SECONDS_PER_DAY);
		assert_ok!(Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY + 1, memo()));
	});
}

#[test]
fn minutes_are_limited_per_day_across_coops() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 0, TODAY, memo()),
			Error::<Test>::ZeroMinutes
		);
		log(CHARLIE, BAKERS, 400);
		// 400 for the Bakers + 321 for the Builders is over the 720 a day.
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BUILDERS, 321, TODAY, memo()),
			Error::<Test>::DayLimitExceeded
		);
		log(CHARLIE, BUILDERS, 320);
		// Another day is another budget.
		assert_ok!(Hours::log_work(signed(CHARLIE), BUILDERS, 60, TODAY - 1, memo()));
	});
}

#[test]
fn minutes_are_limited_per_week_and_rejections_give_them_back() {
	ExtBuilder::build_and_execute(|| {
		// TODAY is a Sunday: Monday is six days back. 4 × 720 + 120 = 3 000, the week's limit.
		for back in 3..=6 {
			assert_ok!(Hours::log_work(signed(FERDIE), BUILDERS, 720, TODAY - back, memo()));
		}
		let last = log(FERDIE, BUILDERS, 120);
		assert_noop!(
			Hours::log_work(signed(FERDIE), BUILDERS, 1, TODAY - 1, memo()),
			Error::<Test>::WeekLimitExceeded
		);
		// Last week's Sunday is another week.
		assert_ok!(Hours::log_work(signed(FERDIE), BUILDERS, 60, TODAY - 7, memo()));
		// A rejected claim stops counting.
		assert_ok!(Hours::reject(signed(EVE), last, b"not ours".to_vec().try_into().unwrap()));
		assert_ok!(Hours::log_work(signed(FERDIE), BUILDERS, 120, TODAY - 1, memo()));
	});
}

#[test]
fn a_member_moved_to_a_new_key_keeps_their_day_and_week_totals() {
	ExtBuilder::build_and_execute(|| {
		const CHARLIE_NEW: u64 = 30;
		const FERDIE_NEW: u64 = 60;
		let day = log(CHARLIE, BAKERS, 400);
		TestRegistry::rebind(CHARLIE, CHARLIE_NEW, 1);
		// The 400 minutes still count for the person: 400 + 321 is over the 720 a day.
		assert_noop!(
			Hours::log_work(signed(CHARLIE_NEW), BUILDERS, 321, TODAY, memo()),
			Error::<Test>::DayLimitExceeded
		);
		log(CHARLIE_NEW, BUILDERS, 320);
		// The old key, even admitted again, is nobody's: it logs nothing.
		TestRegistry::add_member(BAKERS, CHARLIE, coop_primitives::Role::Member, 1);
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 1, TODAY, memo()),
			Error::<Test>::NotMember
		);
		TestRegistry::remove_member(BAKERS, CHARLIE);
		// Rejecting the old key's claim gives the person their minutes back.
		assert_ok!(Hours::reject(signed(BOB), day, b"moved".to_vec().try_into().unwrap()));
		log(CHARLIE_NEW, BAKERS, 400);

		// The week likewise: 4 × 720 + 120 = 3 000, the week's limit.
		for back in 3..=6 {
			assert_ok!(Hours::log_work(signed(FERDIE), BUILDERS, 720, TODAY - back, memo()));
		}
		log(FERDIE, BUILDERS, 120);
		TestRegistry::rebind(FERDIE, FERDIE_NEW, 1);
		assert_noop!(
			Hours::log_work(signed(FERDIE_NEW), BUILDERS, 1, TODAY - 1, memo()),
			Error::<Test>::WeekLimitExceeded
		);
	});
}

#[test]
fn claim_ids_run_out_cleanly() {
	ExtBuilder::build_and_execute(|| {
		crate::NextClaimId::<Test>::put(ClaimId(u64::MAX));
		assert_noop!(
			Hours::log_work(signed(CHARLIE), BAKERS, 60, TODAY, memo()),
			Error::<Test>::TooManyClaims
		);
		crate::NextClaimId::<Test>::put(ClaimId(0));
	});
}
