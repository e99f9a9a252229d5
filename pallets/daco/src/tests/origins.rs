//! The origins the runtime hands to other pallets.

use super::*;
use crate::{EnsureCoopVote, EnsureCoopVoteOfMember, EnsureFederation, Event};
use frame_support::{
	assert_noop,
	traits::{EnsureOrigin, EnsureOriginWithArg},
};
use sp_runtime::DispatchError;

#[test]
fn a_coops_vote_speaks_for_that_coop_only() {
	ExtBuilder::build_and_execute(|| {
		assert!(EnsureCoopVote::try_origin(body_origin(BAKERS_BODY, 3, 4), &BAKERS).is_ok());
		assert!(EnsureCoopVote::try_origin(body_origin(BAKERS_BODY, 3, 4), &BUILDERS).is_err());
		assert!(EnsureCoopVote::try_origin(body_origin(Body::Federation, 3, 3), &BAKERS).is_err());
		assert!(EnsureCoopVote::try_origin(signed(ALICE), &BAKERS).is_err());
		assert!(EnsureCoopVote::try_origin(RuntimeOrigin::root(), &BAKERS).is_err());
	});
}

#[test]
fn a_member_is_moved_only_by_a_coop_they_belong_to() {
	ExtBuilder::build_and_execute(|| {
		type Rebind = EnsureCoopVoteOfMember<Test>;
		assert_eq!(Rebind::try_origin(body_origin(BAKERS_BODY, 3, 4), &BOB).ok(), Some(BAKERS));
		assert!(Rebind::try_origin(body_origin(Body::Coop(BUILDERS), 2, 2), &BOB).is_err());
		assert!(Rebind::try_origin(body_origin(Body::Federation, 3, 3), &BOB).is_err());
	});
}

#[test]
fn the_federation_origin_can_demand_a_share_of_all_coops() {
	ExtBuilder::build_and_execute(|| {
		type TwoThirdsOfAll = EnsureFederation<TwoThirds>;
		assert!(TwoThirdsOfAll::try_origin(body_origin(Body::Federation, 2, 3)).is_ok());
		// 2 of 4 is a majority of those voting perhaps, but not two thirds of all co-ops.
		assert!(TwoThirdsOfAll::try_origin(body_origin(Body::Federation, 2, 4)).is_err());
		assert!(TwoThirdsOfAll::try_origin(body_origin(BAKERS_BODY, 4, 4)).is_err());
		assert!(TwoThirdsOfAll::try_origin(RuntimeOrigin::root()).is_err());
	});
}

#[test]
fn enact_as_root_needs_the_root_origin_and_reports_the_result() {
	ExtBuilder::build_and_execute(|| {
		let heap = Box::new(root_only());
		assert_ok!(Daco::enact_as_root(body_origin(Body::Federation, 2, 3), heap.clone()));
		System::assert_last_event(Event::EnactedAsRoot { result: Ok(()) }.into());
		assert_noop!(
			Daco::enact_as_root(body_origin(Body::Federation, 1, 3), heap.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(Daco::enact_as_root(signed(ALICE), heap), DispatchError::BadOrigin);
	});
}

#[test]
fn the_federation_votes_a_root_call_through() {
	ExtBuilder::build_and_execute(|| {
		let enact = RuntimeCall::Daco(crate::Call::enact_as_root { call: Box::new(root_only()) });
		let id = propose(signed(ALICE), Body::Federation, enact);
		after_deliberation();
		vote(ALICE, id, VoteChoice::Aye);
		vote(EVE, id, VoteChoice::Aye);
		assert_ok!(Daco::close(signed(FERDIE), id));
		System::assert_has_event(Event::EnactedAsRoot { result: Ok(()) }.into());
		System::assert_last_event(Event::Executed { proposal: id, result: Ok(()) }.into());
	});
}
