//! The records of governance: who votes, how, and what a body requires.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coop_primitives::{Body, CoopId};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

use crate::tally::{Rule, Tally};

/// A vote.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum VoteChoice {
	/// For.
	Aye,
	/// Against.
	Nay,
	/// Counted towards turnout only.
	Abstain,
}

/// Who casts a vote: a member in a co-op's vote, a co-op in the federation's.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Voter<AccountId> {
	/// A member of the co-op whose vote it is.
	Member(AccountId),
	/// A co-op, in the federation's vote.
	Coop(CoopId),
}

/// What a body requires of its proposals; each body sets its own.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Thresholds<BlockNumber> {
	/// Quorum and approval.
	pub rule: Rule,
	/// Blocks a proposal stays open.
	pub voting_period: BlockNumber,
	/// Blocks a proposal stays open at the least, unless its whole electorate has voted:
	/// time for everyone to read it before a majority can settle it.
	pub min_deliberation: BlockNumber,
}

/// An open proposal.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxDescription))]
pub struct Proposal<AccountId, BlockNumber, Call, MaxDescription: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Call: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The body that decides.
	pub body: Body,
	/// Who proposed it.
	pub proposer: Voter<AccountId>,
	/// The call to dispatch, with the body's origin, if it passes (held as a preimage).
	pub call: Call,
	/// What it is about, in the proposer's words.
	pub description: BoundedVec<u8, MaxDescription>,
	/// The block it opened in: who joined the body in or after it does not vote on it.
	pub opened_at: BlockNumber,
	/// The last block in which it can be voted on.
	pub ends_at: BlockNumber,
	/// Before this block it closes only once its whole electorate has voted.
	pub deliberate_until: BlockNumber,
	/// The stricter of the body's rule when it opened and what its call requires; later
	/// changes to the body's rule don't apply to it.
	pub rule: Rule,
	/// The votes so far.
	pub tally: Tally,
}

/// The share of the whole electorate that must vote aye for a proposal carrying `call`: what
/// the call's origin asks of the body's tally. The runtime knows which calls need more than a
/// body's usual rule (acting as Root, changing who votes in the federation) and says so here,
/// so a proposal is never closed as passed when its call would fail for want of votes.
pub trait CallShare<Call> {
	/// The share `call` needs in favour, of all who could vote; zero if any passed proposal
	/// will do.
	fn required_share(call: &Call) -> sp_runtime::Perbill;
}

/// No call needs more than the body's rule.
impl<Call> CallShare<Call> for () {
	fn required_share(_: &Call) -> sp_runtime::Perbill {
		sp_runtime::Perbill::zero()
	}
}

/// Whether `body` is a co-op's vote, and which co-op's.
pub fn coop_of(body: Body) -> Option<CoopId> {
	match body {
		Body::Coop(coop) => Some(coop),
		Body::Federation => None,
	}
}
