//! Attacks on the close: a majority deciding before others have read the proposal, and a
//! bare majority closing a proposal whose call needs two thirds of all.

use super::*;
use crate::{Error, Event};
use coop_primitives::CoopId;
use frame_support::assert_noop;
use VoteChoice::*;

/// A federation proposal to act as Root: needs two thirds of all three co-ops (2 of 3).
fn as_root() -> RuntimeCall {
	RuntimeCall::Daco(crate::Call::enact_as_root { call: Box::new(root_only()) })
}

#[test]
fn a_majority_cannot_close_before_the_deliberation_time_unless_everyone_voted() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		for who in [BOB, CHARLIE, DAVE] {
			vote(who, id, Aye);
		}
		// 3 of 4 settle it, but Alice has had no time to read it.
		assert_noop!(Daco::close(signed(BOB), id), Error::<Test>::StillDeliberating);
		System::set_block_number(1 + DELIBERATION - 1);
		assert_noop!(Daco::close(signed(BOB), id), Error::<Test>::StillDeliberating);
		System::set_block_number(1 + DELIBERATION);
		assert_ok!(Daco::close(signed(BOB), id));
	});
}

#[test]
fn a_proposal_everyone_voted_on_closes_at_once() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		for who in [ALICE, BOB, CHARLIE] {
			vote(who, id, Aye);
		}
		vote(DAVE, id, Nay);
		assert_ok!(Daco::close(signed(OUTSIDER), id));
		System::assert_last_event(Event::Executed { proposal: id, result: Ok(()) }.into());
	});
}

/// Two more co-ops, with no delegate (they vote by their own vote): five in the federation,
/// so a bare majority (3) is less than two thirds of all (4).
fn two_more_coops() -> CoopId {
	for coop in [CoopId(3), CoopId(4)] {
		coop_primitives::testing::TestRegistry::add_coop(coop);
	}
	CoopId(3)
}

/// `coop` votes aye in the federation by its own vote.
fn coop_votes_aye(coop: CoopId, proposal: ProposalId) {
	assert_ok!(Daco::vote(body_origin(Body::Coop(coop), 1, 1), proposal, Aye));
}

#[test]
fn a_call_that_needs_two_thirds_is_never_closed_as_passed_by_a_bare_majority() {
	ExtBuilder::build_and_execute(|| {
		let fourth = two_more_coops();
		let id = propose(signed(ALICE), Body::Federation, as_root());
		let rule = Proposals::<Test>::get(id).unwrap().rule;
		assert_eq!(rule.min_ayes, TwoThirds::get(), "the call's share is recorded at opening");
		// A bare majority of the five votes aye: under the body's half-and-half rule alone
		// that is settled; under the call's two thirds of all it is not.
		assert_ok!(Daco::vote(signed(ALICE), id, Aye));
		assert_ok!(Daco::vote(signed(EVE), id, Aye));
		coop_votes_aye(PRINTERS, id);
		System::set_block_number(1 + DELIBERATION);
		assert_noop!(Daco::close(signed(BOB), id), Error::<Test>::NotSettled);
		// At the end of the period three of five is no two thirds: it fails, nothing runs.
		System::set_block_number(2 + PERIOD);
		assert_ok!(Daco::close(signed(BOB), id));
		let tally = Tally { ayes: 3, nays: 0, abstentions: 0, electorate: 5 };
		System::assert_last_event(Event::Closed { proposal: id, passed: false, tally }.into());

		let again = propose(signed(ALICE), Body::Federation, as_root());
		assert_ok!(Daco::vote(signed(ALICE), again, Aye));
		assert_ok!(Daco::vote(signed(EVE), again, Aye));
		coop_votes_aye(PRINTERS, again);
		coop_votes_aye(fourth, again);
		// Four of five: settled under both rules, so it closes and passes.
		System::set_block_number(2 + PERIOD + DELIBERATION);
		assert_ok!(Daco::close(signed(BOB), again));
		let tally = Tally { ayes: 4, nays: 0, abstentions: 0, electorate: 5 };
		System::assert_has_event(Event::Closed { proposal: again, passed: true, tally }.into());
	});
}

#[test]
fn the_deliberation_time_must_lie_within_the_bounds_and_the_voting_period() {
	ExtBuilder::build_and_execute(|| {
		let body = body_origin(BAKERS_BODY, 4, 4);
		for bad in [0, 1, PERIOD + 1] {
			let too = Thresholds { min_deliberation: bad, ..thresholds(50, 50) };
			assert_noop!(
				Daco::set_thresholds(body.clone(), BAKERS_BODY, too),
				Error::<Test>::DeliberationOutOfBounds
			);
		}
		let fine = Thresholds { min_deliberation: PERIOD, ..thresholds(50, 50) };
		assert_ok!(Daco::set_thresholds(body, BAKERS_BODY, fine));
	});
}
