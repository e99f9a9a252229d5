//! Typed ids and small enums of the domain, shared by every pallet and by clients.
//!
//! Each id is a newtype so that a claim id can never be passed where a co-op id is meant;
//! on the wire (SCALE) and in wallets each is just its integer.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// Defines a sequential id: a newtype over an unsigned integer with `next()`.
macro_rules! sequential_id {
	($(#[$doc:meta])* $name:ident($int:ty)) => {
		$(#[$doc])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Serialize, Deserialize,
			Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default,
		)]
		pub struct $name(pub $int);

		impl $name {
			/// The id after this one, or `None` once every id has been used.
			pub fn next(self) -> Option<Self> {
				self.0.checked_add(1).map(Self)
			}
		}

		impl From<$int> for $name {
			fn from(value: $int) -> Self {
				Self(value)
			}
		}
	};
}

sequential_id! {
	/// A co-op, numbered from 0 in the order the federation registered them.
	CoopId(u32)
}

sequential_id! {
	/// A work claim, numbered from 0 in the order members logged them.
	ClaimId(u64)
}

sequential_id! {
	/// A governance proposal, numbered from 0 in the order they were made.
	ProposalId(u32)
}

/// What a member may do in one co-op. Ordered: each role includes the powers of the ones
/// before it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Default,
)]
pub enum Role {
	/// Logs work, pays and is paid, votes in the co-op.
	#[default]
	Member,
	/// A member who may also approve or reject other members' work claims.
	Approver,
	/// An approver who may also admit and remove members and change their roles.
	Admin,
}

impl Role {
	/// Whether this role may approve work claims.
	pub fn can_approve(self) -> bool {
		self >= Role::Approver
	}
}

/// A body that decides by vote: the federation (one co-op, one vote) or one co-op (one
/// member, one vote).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Body {
	/// All active co-ops.
	Federation,
	/// The active members of one co-op.
	Coop(CoopId),
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn ids_count_up_and_stop_at_the_end() {
		assert_eq!(CoopId(0).next(), Some(CoopId(1)));
		assert_eq!(CoopId(u32::MAX).next(), None);
		assert_eq!(ClaimId(u64::MAX).next(), None);
		assert_eq!(ProposalId(7).next(), Some(ProposalId(8)));
	}

	#[test]
	fn an_id_encodes_as_its_integer() {
		assert_eq!(CoopId(5).encode(), 5u32.encode());
		assert_eq!(ClaimId(5).encode(), 5u64.encode());
	}

	#[test]
	fn roles_are_ordered_by_power() {
		assert!(Role::Member < Role::Approver && Role::Approver < Role::Admin);
		assert!(!Role::Member.can_approve());
		assert!(Role::Approver.can_approve());
		assert!(Role::Admin.can_approve());
	}
}
