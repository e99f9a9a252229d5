use super::*;
use crate::{Error, Event, Thresholds as StoredThresholds};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn a_body_sets_its_own_thresholds() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Daco::set_thresholds(
			body_origin(BAKERS_BODY, 3, 4),
			BAKERS_BODY,
			thresholds(60, 66)
		));
		System::assert_last_event(
			Event::ThresholdsSet { body: BAKERS_BODY, thresholds: thresholds(60, 66) }.into(),
		);
		assert_eq!(StoredThresholds::<Test>::get(BAKERS_BODY), thresholds(60, 66));
		// Others keep the default.
		assert_eq!(StoredThresholds::<Test>::get(Body::Federation), thresholds(50, 50));
	});
}

#[test]
fn a_body_cannot_change_another_bodys_thresholds() {
	ExtBuilder::build_and_execute(|| {
		let builders = Body::Coop(BUILDERS);
		assert_noop!(
			Daco::set_thresholds(body_origin(BAKERS_BODY, 3, 4), builders, thresholds(60, 66)),
			Error::<Test>::NotThisBody
		);
		assert_noop!(
			Daco::set_thresholds(body_origin(Body::Federation, 3, 3), builders, thresholds(60, 66)),
			Error::<Test>::NotThisBody
		);
		assert_noop!(
			Daco::set_thresholds(RuntimeOrigin::root(), builders, thresholds(60, 66)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Daco::set_thresholds(signed(EVE), builders, thresholds(60, 66)),
			DispatchError::BadOrigin
		);
		// And through a vote: the Bakers pass a proposal aimed at the Builders, which fails.
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(builders, 90));
		after_deliberation();
		for who in [BOB, CHARLIE, DAVE] {
			vote(who, id, VoteChoice::Aye);
		}
		assert_ok!(Daco::close(signed(BOB), id));
		System::assert_last_event(
			Event::Executed { proposal: id, result: Err(Error::<Test>::NotThisBody.into()) }.into(),
		);
		assert_eq!(StoredThresholds::<Test>::get(builders), thresholds(50, 50));
	});
}

#[test]
fn thresholds_stay_within_sane_bounds() {
	ExtBuilder::build_and_execute(|| {
		let set = |t| Daco::set_thresholds(body_origin(BAKERS_BODY, 3, 4), BAKERS_BODY, t);
		assert_noop!(set(thresholds(9, 60)), Error::<Test>::QuorumTooLow);
		assert_noop!(set(thresholds(50, 49)), Error::<Test>::ApprovalBelowMajority);
		let mut short = thresholds(50, 50);
		short.voting_period = 4;
		assert_noop!(set(short), Error::<Test>::VotingPeriodOutOfBounds);
		let mut long = thresholds(50, 50);
		long.voting_period = 1_001;
		assert_noop!(set(long), Error::<Test>::VotingPeriodOutOfBounds);
		assert_ok!(set(thresholds(10, 50)));
		assert_ok!(set(thresholds(100, 100)));
	});
}
