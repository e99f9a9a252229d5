//! Unit tests, one file per feature; each runs in
//! [`ExtBuilder::build_and_execute`](crate::mock::ExtBuilder::build_and_execute), which checks
//! the invariants afterwards.

mod closing;
mod delegates;
mod deliberation;
mod origins;
mod proposing;
mod retention;
mod slots;
mod thresholds;
mod voting;

use crate::{
	mock::*,
	tally::{Rule, Tally},
	types::{Thresholds, VoteChoice, Voter},
	Proposals,
};
use coop_primitives::{Body, ProposalId};
use frame_support::{assert_ok, BoundedVec};
use sp_runtime::Perbill;

/// Signed by `who`.
pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A short description.
pub fn about(text: &str) -> BoundedVec<u8, frame_support::traits::ConstU32<64>> {
	text.as_bytes().to_vec().try_into().unwrap()
}

/// Thresholds with `quorum` and `approval` in percent and the default period.
pub fn thresholds(quorum: u32, approval: u32) -> Thresholds<u64> {
	Thresholds {
		rule: Rule {
			quorum: Perbill::from_percent(quorum),
			approval: Perbill::from_percent(approval),
			min_ayes: Perbill::zero(),
		},
		voting_period: PERIOD,
		min_deliberation: DELIBERATION,
	}
}

/// A call that succeeds with `body`'s origin: `body` sets its own thresholds.
pub fn set_own_thresholds(body: Body, quorum: u32) -> RuntimeCall {
	RuntimeCall::Daco(crate::Call::set_thresholds { body, thresholds: thresholds(quorum, 60) })
}

/// A call that fails with any body's origin: only Root may set the heap pages.
pub fn root_only() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 1 })
}

/// `who` proposes `call` to `body`; returns the proposal's id.
pub fn propose(who: RuntimeOrigin, body: Body, call: RuntimeCall) -> ProposalId {
	let id = crate::NextProposalId::<Test>::get();
	assert_ok!(Daco::propose(who, body, bounded(call), about("test")));
	id
}

/// `who` votes `choice` on `proposal`.
pub fn vote(who: u64, proposal: ProposalId, choice: VoteChoice) {
	assert_ok!(Daco::vote(signed(who), proposal, choice));
}

/// Moves past the minimum deliberation time of a proposal opened in block 1, so that a
/// settled outcome may close it before everyone has voted.
pub fn after_deliberation() {
	System::set_block_number(1 + DELIBERATION);
}

/// The tally of an open proposal.
pub fn tally_of(proposal: ProposalId) -> Tally {
	Proposals::<Test>::get(proposal).unwrap().tally
}

/// The Bakers, as a body.
pub const BAKERS_BODY: Body = Body::Coop(BAKERS);
