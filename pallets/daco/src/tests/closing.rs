use super::*;
use crate::{Error, Event, OpenProposals, Thresholds as StoredThresholds};
use frame_support::assert_noop;
use sp_runtime::DispatchError;
use VoteChoice::*;

#[test]
fn a_settled_proposal_closes_early_and_its_call_runs_with_the_bodys_origin() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		after_deliberation();
		vote(BOB, id, Aye);
		vote(CHARLIE, id, Aye);
		// 2 of 4: one more nay would tie it.
		assert_noop!(Daco::close(signed(OUTSIDER), id), Error::<Test>::NotSettled);
		vote(DAVE, id, Aye);
		assert_ok!(Daco::close(signed(OUTSIDER), id));
		let tally = Tally { ayes: 3, nays: 0, abstentions: 0, electorate: 4 };
		System::assert_has_event(Event::Closed { proposal: id, passed: true, tally }.into());
		System::assert_last_event(Event::Executed { proposal: id, result: Ok(()) }.into());
		assert_eq!(StoredThresholds::<Test>::get(BAKERS_BODY), thresholds(75, 60));
		assert!(Proposals::<Test>::get(id).is_none());
		assert_eq!(OpenProposals::<Test>::get(BAKERS_BODY), 0);
	});
}

#[test]
fn a_rejected_proposal_closes_early_and_runs_nothing() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		after_deliberation();
		vote(BOB, id, Nay);
		vote(CHARLIE, id, Nay);
		assert_ok!(Daco::close(signed(ALICE), id));
		let tally = Tally { ayes: 0, nays: 2, abstentions: 0, electorate: 4 };
		System::assert_last_event(Event::Closed { proposal: id, passed: false, tally }.into());
		assert_eq!(StoredThresholds::<Test>::get(BAKERS_BODY), thresholds(50, 50));
	});
}

#[test]
fn a_proposal_short_of_quorum_fails_when_its_period_ends() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		vote(BOB, id, Aye);
		System::set_block_number(1 + PERIOD);
		assert_noop!(Daco::close(signed(ALICE), id), Error::<Test>::NotSettled);
		System::set_block_number(2 + PERIOD);
		assert_ok!(Daco::close(signed(ALICE), id));
		let tally = Tally { ayes: 1, nays: 0, abstentions: 0, electorate: 4 };
		System::assert_last_event(Event::Closed { proposal: id, passed: false, tally }.into());
	});
}

#[test]
fn a_passed_proposal_whose_call_fails_still_closes_with_the_error() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		after_deliberation();
		for who in [BOB, CHARLIE, DAVE] {
			vote(who, id, Aye);
		}
		assert_ok!(Daco::close(signed(BOB), id));
		System::assert_last_event(
			Event::Executed { proposal: id, result: Err(DispatchError::BadOrigin) }.into(),
		);
		assert!(Proposals::<Test>::get(id).is_none());
	});
}

#[test]
fn the_rule_is_the_one_in_force_when_the_proposal_opened() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		after_deliberation();
		StoredThresholds::<Test>::insert(BAKERS_BODY, thresholds(100, 100));
		for who in [BOB, CHARLIE, DAVE] {
			vote(who, id, Aye);
		}
		assert_ok!(Daco::close(signed(BOB), id));
		System::assert_has_event(
			Event::Closed {
				proposal: id,
				passed: true,
				tally: Tally { ayes: 3, nays: 0, abstentions: 0, electorate: 4 },
			}
			.into(),
		);
	});
}

#[test]
fn close_refuses_what_it_cannot_do() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Daco::close(signed(BOB), ProposalId(5)), Error::<Test>::UnknownProposal);
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		assert_noop!(Daco::close(RuntimeOrigin::root(), id), DispatchError::BadOrigin);
	});
}
