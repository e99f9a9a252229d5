//! Attacks on a body's proposal slots: one member holding them all, and refilling them.

use super::*;
use crate::{Error, Event, OpenByProposer, OpenProposals};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn one_member_holds_at_most_their_share_of_a_bodys_slots() {
	ExtBuilder::build_and_execute(|| {
		// The mock allows 2 per proposer and 3 per body.
		propose(signed(BOB), BAKERS_BODY, root_only());
		propose(signed(BOB), BAKERS_BODY, root_only());
		assert_noop!(
			Daco::propose(signed(BOB), BAKERS_BODY, bounded(root_only()), about("third")),
			Error::<Test>::TooManyOpenByProposer
		);
		// Others still have room; Bob's slots in another body are his own.
		propose(signed(CHARLIE), BAKERS_BODY, root_only());
		assert_eq!(OpenProposals::<Test>::get(BAKERS_BODY), 3);
		assert_eq!(OpenByProposer::<Test>::get(BAKERS_BODY, Voter::Member(BOB)), 2);
	});
}

#[test]
fn a_proposer_withdraws_their_own_proposal_and_nobody_else_can() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		assert_noop!(Daco::withdraw(signed(CHARLIE), id), Error::<Test>::NotProposer);
		assert_noop!(Daco::withdraw(signed(OUTSIDER), id), Error::<Test>::NotVoter);
		assert_ok!(Daco::withdraw(signed(BOB), id));
		System::assert_last_event(Event::Withdrawn { proposal: id }.into());
		assert!(Proposals::<Test>::get(id).is_none());
		assert_eq!(OpenProposals::<Test>::get(BAKERS_BODY), 0);
		assert_eq!(OpenByProposer::<Test>::get(BAKERS_BODY, Voter::Member(BOB)), 0);
		assert_noop!(Daco::withdraw(signed(BOB), id), Error::<Test>::UnknownProposal);
	});
}

#[test]
fn a_bodys_passed_proposal_cancels_another_of_its_own_and_no_other_bodys() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, root_only());
		assert_noop!(
			Daco::cancel(body_origin(Body::Coop(BUILDERS), 2, 2), id),
			Error::<Test>::NotThisBody
		);
		assert_noop!(Daco::cancel(signed(ALICE), id), DispatchError::BadOrigin);
		assert_ok!(Daco::cancel(body_origin(BAKERS_BODY, 3, 4), id));
		System::assert_last_event(Event::Cancelled { proposal: id }.into());
		assert!(Proposals::<Test>::get(id).is_none());
		assert_eq!(OpenByProposer::<Test>::get(BAKERS_BODY, Voter::Member(BOB)), 0);
	});
}
