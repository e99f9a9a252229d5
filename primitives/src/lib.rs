//! # Coop Exchange primitives
//!
//! ## Overview
//!
//! The types that the runtime, the node and every pallet agree on: the chain's basic
//! types (account, balance, block number) and the typed ids of the domain. Pallets meet
//! each other through traits declared here, never through each other's `Config`.
//!
//! ## Terminology
//!
//! - **HOUR**: the co-operative exchange token; one hour of approved work mints one HOUR.
//! - **Unit**: the smallest amount of HOUR, `10^-DECIMALS` HOUR.
//! - **Pool**: a co-op's own account, derived from its id, spent only by the co-op's vote.
//!
//! ## Traits
//!
//! [`Coops`] and [`Membership`] are how pallets learn about co-ops and members; the
//! registry pallet implements them, and [`testing::TestRegistry`] stands in for it in other
//! pallets' unit tests.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

mod ids;
mod membership;
pub mod opaque;
#[cfg(feature = "std")]
pub mod testing;

pub use ids::{Body, ClaimId, CoopId, ProposalId, Role};
pub use membership::{
	CoopInactive, CoopStatus, Coops, MemberGone, Membership, MembershipBenchmarkHelper,
	MembershipEnded, MembershipOf, SuspensionCheck,
};

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// Block number: a `u32` lasts 800 years at six-second blocks.
pub type BlockNumber = u32;

/// The signature scheme of accounts: sr25519, ed25519 or ecdsa, as wallets choose.
pub type Signature = MultiSignature;

/// An account id: the public key behind a [`Signature`].
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// An amount of HOUR, in units of `10^-DECIMALS` HOUR.
pub type Balance = u128;

/// A transaction index of an account.
pub type Nonce = u32;

/// A hash of a block or of data.
pub type Hash = sp_core::H256;

/// The token's ticker, as wallets show it.
pub const TOKEN_SYMBOL: &str = "HOUR";

/// Decimal places of HOUR.
///
/// Six: one unit is a micro-HOUR, 3.6 milliseconds of work. Minting pays
/// `minutes × rate / 60` and rounds down; with six decimals what rounding can lose
/// on one claim is below one unit, far less than any one second of anyone's work,
/// while amounts stay readable in every wallet (the precision of common
/// stable-value tokens). A `u128` of units holds about 3.4 × 10^32 HOUR.
pub const TOKEN_DECIMALS: u8 = 6;

/// Units in one HOUR: one hour of approved work.
pub const HOUR: Balance = 1_000_000;

/// The SS58 address prefix: 42, the generic Substrate prefix that every wallet knows.
pub const SS58_PREFIX: u16 = 42;

/// Milliseconds between blocks.
pub const MILLISECS_PER_BLOCK: u64 = 6_000;

/// Blocks in one minute at [`MILLISECS_PER_BLOCK`].
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);

/// Blocks in one hour of wall-clock time.
pub const HOURS: BlockNumber = MINUTES * 60;

/// Blocks in one day of wall-clock time.
pub const DAYS: BlockNumber = HOURS * 24;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn one_hour_is_ten_to_the_decimals_units() {
		assert_eq!(HOUR, 10u128.pow(u32::from(TOKEN_DECIMALS)));
	}

	#[test]
	fn block_time_constants_agree() {
		assert_eq!(MINUTES, 10);
		assert_eq!(HOURS, 600);
		assert_eq!(DAYS, 14_400);
		assert_eq!(u64::from(DAYS) * MILLISECS_PER_BLOCK, 24 * 60 * 60 * 1000);
	}
}
