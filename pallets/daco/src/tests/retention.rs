//! An ended proposal's votes do not stay forever: `on_idle` removes them, a bounded number
//! a block, however the proposal ended.

use super::*;
use crate::{Votes, VotesToClear};
use frame_support::{traits::Hooks, weights::Weight};
use VoteChoice::*;

fn idle() -> Weight {
	Daco::on_idle(System::block_number(), Weight::MAX)
}

/// Votes still stored for `proposal`.
fn votes_of(proposal: ProposalId) -> usize {
	Votes::<Test>::iter_prefix(proposal).count()
}

#[test]
fn an_ended_proposals_votes_are_removed_however_it_ended() {
	ExtBuilder::build_and_execute(|| {
		let passed = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 75));
		let rejected = propose(signed(CHARLIE), BAKERS_BODY, root_only());
		let withdrawn = propose(signed(DAVE), BAKERS_BODY, root_only());
		for who in [BOB, CHARLIE, DAVE] {
			vote(who, passed, Aye);
			vote(who, rejected, Nay);
			vote(who, withdrawn, Abstain);
		}
		after_deliberation();
		assert_ok!(Daco::close(signed(ALICE), passed));
		assert_ok!(Daco::close(signed(ALICE), rejected));
		assert_ok!(Daco::withdraw(signed(DAVE), withdrawn));
		let cancelled = propose(signed(BOB), BAKERS_BODY, root_only());
		System::set_block_number(System::block_number() + 1);
		vote(ALICE, cancelled, Aye);
		assert_ok!(Daco::cancel(body_origin(BAKERS_BODY, 3, 4), cancelled));
		let expired = propose(signed(EVE), Body::Coop(BUILDERS), root_only());
		System::set_block_number(System::block_number() + 1);
		vote(FERDIE, expired, Aye);
		System::set_block_number(System::block_number() + PERIOD + 1);
		assert_ok!(Daco::close(signed(ALICE), expired));

		let ended = [passed, rejected, withdrawn, cancelled, expired];
		for proposal in ended {
			assert!(VotesToClear::<Test>::contains_key(proposal));
		}
		for _ in 0..10 {
			idle();
		}
		for proposal in ended {
			assert_eq!(votes_of(proposal), 0, "votes of {proposal:?} left");
		}
		assert_eq!(Votes::<Test>::iter().count(), 0);
		assert_eq!(VotesToClear::<Test>::iter().count(), 0);
	});
}

#[test]
fn an_open_proposals_votes_stay() {
	ExtBuilder::build_and_execute(|| {
		let open = propose(signed(BOB), BAKERS_BODY, root_only());
		let ended = propose(signed(CHARLIE), BAKERS_BODY, root_only());
		vote(BOB, open, Aye);
		vote(BOB, ended, Aye);
		assert_ok!(Daco::withdraw(signed(CHARLIE), ended));
		idle();
		assert_eq!(votes_of(open), 1);
		assert_eq!(votes_of(ended), 0);
	});
}

#[test]
fn votes_are_removed_a_bounded_number_a_block_and_only_with_spare_weight() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		for who in [ALICE, BOB, CHARLIE, DAVE] {
			vote(who, id, Nay);
		}
		assert_ok!(Daco::close(signed(ALICE), id));

		// Nothing without the weight for one step.
		assert_eq!(Daco::on_idle(System::block_number(), Weight::zero()), Weight::zero());
		assert_eq!(votes_of(id), 4);
		// At most MaxVotesClearedPerBlock (3) a block.
		idle();
		assert_eq!(votes_of(id), 1);
		assert!(VotesToClear::<Test>::contains_key(id));
		idle();
		assert_eq!(votes_of(id), 0);
		assert!(!VotesToClear::<Test>::contains_key(id));
		// Then nothing is left to do: one read to find that out.
		let read = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(1);
		assert_eq!(idle(), read);
	});
}

#[test]
fn a_proposal_nobody_voted_on_leaves_nothing_to_clear() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		assert_ok!(Daco::withdraw(signed(BOB), id));
		assert!(!VotesToClear::<Test>::contains_key(id));
	});
}
