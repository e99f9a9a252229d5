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
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
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

/// What the gate keeps of a member's current rate-limit window. Most transactions write
/// nothing: what they used is read off the nonce's growth since the window began. Only a
/// batch, which carries more calls than its one nonce, adds to `batched`.
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
pub struct WindowRecord<BlockNumber, Nonce> {
	/// The window's first block.
	pub start: BlockNumber,
	/// The member's nonce when the window began.
	pub nonce_then: Nonce,
	/// The calls included in the window beyond one per transaction (inside batches).
	pub batched: u32,
}
