//! The gate's records.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::traits::Zero;

/// How many transactions a member may have included per window of `blocks` blocks. Windows
/// are aligned: each starts at a block number divisible by `blocks`.
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
pub struct RateLimit<BlockNumber> {
	/// Transactions per window; at least 1.
	pub transactions: u32,
	/// The window's length in blocks; at least 1.
	pub blocks: BlockNumber,
}

impl<BlockNumber: Zero> RateLimit<BlockNumber> {
	/// Whether members can transact under it at all: no zero in either field.
	pub fn is_valid(&self) -> bool {
		self.transactions > 0 && !self.blocks.is_zero()
	}
}
