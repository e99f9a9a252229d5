//! The records the registry keeps, and the validated names in them.

use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coop_primitives::{CoopId, CoopStatus, Role};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// A name shown to people: a co-op's name or a member's display name.
///
/// Built only through [`TryFrom`], which checks it: 1 to `S` bytes of UTF-8, no control
/// characters (no line breaks, tabs or invisible formatting that could fake another name),
/// and no whitespace at either end.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(S))]
pub struct Name<S: Get<u32>>(BoundedVec<u8, S>);

/// Why a name was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameError {
	/// The name is empty.
	Empty,
	/// The name has more bytes than the bound.
	TooLong,
	/// The name is not valid UTF-8.
	NotUtf8,
	/// The name contains a control character.
	ControlCharacter,
	/// The name starts or ends with whitespace.
	SurroundingWhitespace,
}

impl<S: Get<u32>> TryFrom<Vec<u8>> for Name<S> {
	type Error = NameError;

	fn try_from(bytes: Vec<u8>) -> Result<Self, NameError> {
		if bytes.is_empty() {
			return Err(NameError::Empty);
		}
		let bounded = BoundedVec::<u8, S>::try_from(bytes).map_err(|_| NameError::TooLong)?;
		let text = core::str::from_utf8(&bounded).map_err(|_| NameError::NotUtf8)?;
		if text.chars().any(is_forbidden_in_names) {
			return Err(NameError::ControlCharacter);
		}
		if text.trim() != text {
			return Err(NameError::SurroundingWhitespace);
		}
		Ok(Self(bounded))
	}
}

/// Control characters (C0, C1) and the invisible formatting characters that can make two
/// different names look the same (zero-width spaces and joiners, bidirectional overrides).
fn is_forbidden_in_names(c: char) -> bool {
	c.is_control()
		|| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

impl<S: Get<u32>> Name<S> {
	/// The name's bytes (UTF-8).
	pub fn as_bytes(&self) -> &[u8] {
		&self.0
	}
}

/// A co-op of the federation.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(S))]
pub struct CoopInfo<S: Get<u32>, BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug> {
	/// Its name.
	pub name: Name<S>,
	/// Whether it takes part in the chain.
	pub status: CoopStatus,
	/// How many active members it has (admins included).
	pub member_count: u32,
	/// How many of those are admins; never zero.
	pub admin_count: u32,
	/// The block since which it has been active without a break (its registration, or its
	/// latest resumption); governance uses it to fix the federation's electorate.
	pub active_since: BlockNumber,
}

/// A person: one account bound to one identity commitment.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(S, M))]
pub struct MemberInfo<S: Get<u32>, M: Get<u32>> {
	/// A salted hash of the evidence a co-op checked off-chain; unique chain-wide.
	pub identity: H256,
	/// The name other members see, set when the person was first admitted.
	pub name: Name<S>,
	/// The co-ops they are an active member of; empty once they have left them all (the
	/// record stays, for history, and keeps their identity bound to this account).
	pub coops: BoundedVec<CoopId, M>,
}

impl<S: Get<u32>, M: Get<u32>> MemberInfo<S, M> {
	/// Whether they are an active member of at least one co-op.
	pub fn is_active(&self) -> bool {
		!self.coops.is_empty()
	}
}

/// Whether a membership is current.
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
pub enum MembershipStatus<BlockNumber> {
	/// A current member.
	Active,
	/// Left or was removed in block `at`; the record stays for history, for the policy's
	/// `membership_retention`, then `on_idle` prunes it.
	Left {
		/// The block in which the membership ended.
		at: BlockNumber,
	},
}

/// One person's membership of one co-op.
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
pub struct MembershipRecord<BlockNumber> {
	/// What they may do in the co-op.
	pub role: Role,
	/// The block in which they joined (for a re-joined member, the latest joining).
	pub joined: BlockNumber,
	/// Whether the membership is current.
	pub status: MembershipStatus<BlockNumber>,
}

impl<BlockNumber> MembershipRecord<BlockNumber> {
	/// Whether the membership is current.
	pub fn is_active(&self) -> bool {
		matches!(self.status, MembershipStatus::Active)
	}
}

/// A person named as an admin when a co-op is registered. Their name is bounded (`S`
/// bytes) as it is decoded, so an oversize one never reaches the pallet; it encodes as a
/// plain byte vector would.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(S))]
// The `NoBound` derives (which spare `S` the bounds a plain derive would ask of it) restate
// the account's bounds.
#[allow(clippy::multiple_bound_locations)]
pub struct Founder<AccountId: Clone + PartialEq + Eq + core::fmt::Debug, S: Get<u32>> {
	/// Their account.
	pub account: AccountId,
	/// Their identity commitment; must be the one already bound if they are a member
	/// elsewhere.
	pub identity: H256,
	/// Their display name (UTF-8), used if they are new to the chain.
	pub name: BoundedVec<u8, S>,
}

/// A co-op as the genesis config founds it.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisCoop<AccountId> {
	/// Its name.
	pub name: String,
	/// Its first members; at least one must be an `Admin`.
	pub members: Vec<GenesisMember<AccountId>>,
}

/// A founding member in the genesis config.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisMember<AccountId> {
	/// Their account.
	pub account: AccountId,
	/// Their identity commitment.
	pub identity: H256,
	/// Their display name, used if they are new to the chain.
	pub name: String,
	/// Their role in this co-op.
	pub role: Role,
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::ConstU32;

	type TestName = Name<ConstU32<8>>;

	#[test]
	fn names_are_checked() {
		let cases: &[(&[u8], Result<(), NameError>)] = &[
			(b"Bakery", Ok(())),
			("Café Co".as_bytes(), Ok(())),
			(b"a", Ok(())),
			(b"12345678", Ok(())),
			(b"123456789", Err(NameError::TooLong)),
			(b"", Err(NameError::Empty)),
			(b"\xff\xfe", Err(NameError::NotUtf8)),
			(b"a\nb", Err(NameError::ControlCharacter)),
			(b"tab\there", Err(NameError::ControlCharacter)),
			("a\u{200B}b".as_bytes(), Err(NameError::ControlCharacter)),
			("ab\u{202E}c".as_bytes(), Err(NameError::ControlCharacter)),
			(b" lead", Err(NameError::SurroundingWhitespace)),
			(b"trail ", Err(NameError::SurroundingWhitespace)),
			(b" ", Err(NameError::SurroundingWhitespace)),
		];
		for (bytes, expected) in cases {
			let got = TestName::try_from(bytes.to_vec()).map(|_| ());
			assert_eq!(got, *expected, "name {:?}", String::from_utf8_lossy(bytes));
		}
	}

	#[test]
	fn a_valid_name_keeps_its_bytes() {
		let name = TestName::try_from(b"Bakery".to_vec()).unwrap();
		assert_eq!(name.as_bytes(), b"Bakery");
	}
}

/// An invitation to join a co-op, waiting for the person to accept it with their own key:
/// nobody becomes a member without signing for it.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(S))]
pub struct Invitation<S: Get<u32>, BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug> {
	/// The identity commitment the co-op checked; the one a registered person is bound to.
	pub identity: H256,
	/// The name they will be shown as if they are new to the chain (a registered person
	/// keeps the name they have).
	pub name: Name<S>,
	/// The role they will have in the co-op (`Admin` for a founder).
	pub role: Role,
	/// The last block in which it can be accepted.
	pub expires_at: BlockNumber,
	/// Whether it holds a provider reference on the account of a person new to the chain,
	/// so that they can sign their answer (the nonce check needs a live account). Released
	/// when the invitation goes.
	pub keeps_account: bool,
}

/// The federation's rules for the registry: how long invitations and key recoveries wait,
/// and how long an ended membership's record is kept.
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
pub struct RegistryPolicy<BlockNumber> {
	/// Blocks an invitation waits for its answer; at least one.
	pub invitation_ttl: BlockNumber,
	/// Blocks from opening a key recovery until it can take effect, during which the old key
	/// can cancel it; never under the runtime's `MinRecoveryDelay`.
	pub recovery_delay: BlockNumber,
	/// Blocks an ended membership's record (left, or removed) is kept, for history; then
	/// `on_idle` prunes it. The federation sets it here, with the registry's other times;
	/// at least one block.
	pub membership_retention: BlockNumber,
}

/// Which entries of the queue of ended memberships are still waiting: ids `first` up to,
/// not including, `next`.
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
	Default,
)]
pub struct QueueBounds {
	/// The oldest entry still waiting.
	pub first: u64,
	/// The id the next entry gets.
	pub next: u64,
}

/// Who approved a key recovery: one of the person's co-ops by its own vote, or Root (which
/// only two thirds of all co-ops can be).
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
pub enum RecoveryApprover {
	/// Root: stands for every co-op.
	Root,
	/// The co-op's own passed proposal.
	Coop(CoopId),
}

/// An open key recovery of one member.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(M))]
pub struct Recovery<AccountId, BlockNumber, M>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	M: Get<u32>,
{
	/// The key the member moves to.
	pub new: AccountId,
	/// It takes effect only after this block (the delay, for the old key to cancel).
	pub completes_after: BlockNumber,
	/// After this block it lapses, and another recovery may open.
	pub lapses_at: BlockNumber,
	/// The co-ops that approved it, each by its own vote.
	pub approvals: BoundedVec<CoopId, M>,
	/// Whether Root approved it, for every co-op.
	pub by_root: bool,
}
