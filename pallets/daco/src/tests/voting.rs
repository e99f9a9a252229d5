use super::*;
use crate::{types::Voter, Error, Event, Votes};
use coop_primitives::{testing::TestRegistry, CoopStatus, Role};
use frame_support::assert_noop;
use VoteChoice::*;

#[test]
fn members_vote_once_each_and_may_change_their_vote() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		vote(BOB, id, Aye);
		System::assert_last_event(
			Event::Voted { proposal: id, voter: Voter::Member(BOB), choice: Aye }.into(),
		);
		vote(CHARLIE, id, Abstain);
		assert_eq!(tally_of(id), Tally { ayes: 1, nays: 0, abstentions: 1, electorate: 4 });
		// The same vote twice counts once.
		vote(BOB, id, Aye);
		assert_eq!(tally_of(id).ayes, 1);
		// A changed vote moves.
		vote(BOB, id, Nay);
		assert_eq!(tally_of(id), Tally { ayes: 0, nays: 1, abstentions: 1, electorate: 4 });
		assert_eq!(Votes::<Test>::get(id, Voter::Member(BOB)), Some(Nay));
	});
}

#[test]
fn who_joined_after_opening_does_not_vote_and_who_left_no_longer_can() {
	ExtBuilder::build_and_execute(|| {
		System::set_block_number(5);
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		TestRegistry::add_member(BAKERS, OUTSIDER, Role::Member, 5);
		assert_noop!(Daco::vote(signed(OUTSIDER), id, Aye), Error::<Test>::JoinedAfterOpening);
		TestRegistry::remove_member(BAKERS, DAVE);
		assert_noop!(Daco::vote(signed(DAVE), id, Aye), Error::<Test>::NotVoter);
		// Nor does a member of another co-op.
		assert_noop!(Daco::vote(signed(EVE), id, Aye), Error::<Test>::NotVoter);
	});
}

#[test]
fn votes_end_with_the_period() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		System::set_block_number(1 + PERIOD);
		vote(BOB, id, Aye);
		System::set_block_number(2 + PERIOD);
		assert_noop!(Daco::vote(signed(CHARLIE), id, Aye), Error::<Test>::VotingOver);
		assert_noop!(
			Daco::vote(signed(CHARLIE), ProposalId(9), Aye),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn a_coop_votes_in_the_federation_through_its_delegate_or_its_own_vote() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(ALICE), Body::Federation, root_only());
		vote(ALICE, id, Aye);
		System::assert_last_event(
			Event::Voted { proposal: id, voter: Voter::Coop(BAKERS), choice: Aye }.into(),
		);
		// Bob is a Baker but not its delegate; Ferdie is no delegate either.
		assert_noop!(Daco::vote(signed(BOB), id, Nay), Error::<Test>::NotVoter);
		assert_noop!(Daco::vote(signed(FERDIE), id, Nay), Error::<Test>::NotVoter);
		// Printers has no delegate: its own passed proposal casts its vote.
		assert_ok!(Daco::vote(body_origin(Body::Coop(PRINTERS), 1, 1), id, Nay));
		assert_eq!(tally_of(id), Tally { ayes: 1, nays: 1, abstentions: 0, electorate: 3 });
		// Bakers again, by its own vote this time: one vote per co-op, now changed.
		assert_ok!(Daco::vote(body_origin(BAKERS_BODY, 3, 4), id, Abstain));
		assert_eq!(tally_of(id), Tally { ayes: 0, nays: 1, abstentions: 1, electorate: 3 });
	});
}

#[test]
fn a_delegate_who_is_no_longer_admin_or_a_suspended_coop_does_not_vote() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(ALICE), Body::Federation, root_only());
		TestRegistry::add_member(BAKERS, ALICE, Role::Member, 0);
		assert_noop!(Daco::vote(signed(ALICE), id, Aye), Error::<Test>::NotVoter);
		TestRegistry::set_status(BUILDERS, CoopStatus::Suspended);
		assert_noop!(Daco::vote(signed(EVE), id, Aye), Error::<Test>::NotVoter);
		// Resumed after the proposal opened: not in its electorate.
		System::set_block_number(3);
		TestRegistry::set_status(BUILDERS, CoopStatus::Active);
		TestRegistry::set_active_since(BUILDERS, 3);
		assert_noop!(Daco::vote(signed(EVE), id, Aye), Error::<Test>::JoinedAfterOpening);
	});
}
