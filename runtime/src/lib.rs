//! # Coop Exchange runtime
//!
//! ## Overview
//!
//! The state-transition function of the Coop Exchange chain: a permissioned chain that a
//! federation of co-operatives runs for itself. Its token, HOUR, is the `Balances` ledger;
//! Aura authors blocks every six seconds and GRANDPA finalises them.
//!
//! This file holds the runtime's types and its list of pallets with their fixed indices.
//! Pallet configuration lives in [`configs`], the runtime APIs the node calls in `apis.rs`,
//! and the genesis presets in [`genesis_config_presets`].
//!
//! ## Assumptions
//!
//! - Fees are zero: the chain is permissioned, and spam is bounded by membership and
//!   per-member rate limits rather than by price. `TransactionPayment` stays so wallets can
//!   still ask what a transaction costs (nothing).

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to large types.
#![recursion_limit = "256"]
// `#[frame_support::runtime]` and `impl_runtime_apis!` generate public items without docs;
// everything written by hand here is documented.
#![allow(missing_docs)]

extern crate alloc;

// Defines `list_benchmarks!` and `add_benchmarks!`, which `apis` uses: it must come first.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
mod apis;
pub use apis::RuntimeApi;
pub mod configs;
/// The fuzzing harness: random bytes as blocks of signed transactions, every invariant
/// checked after each block. In the runtime's tests with `try-runtime`, and for
/// `cargo fuzz` with the `fuzzing` feature.
#[cfg(any(feature = "fuzzing", all(test, feature = "try-runtime")))]
pub mod fuzzing;
pub mod genesis_config_presets;
#[cfg(any(test, feature = "fuzzing"))]
pub mod testing;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::{runtime_version, RuntimeVersion};

pub use coop_primitives::{
	AccountId, Balance, BlockNumber, Hash, Nonce, Signature, DAYS, HOUR, HOURS,
	MILLISECS_PER_BLOCK, MINUTES, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL,
};

/// Types the node needs without knowing the runtime's call type: an opaque block and the
/// session keys. The block types are `coop_primitives::opaque`'s: the node knows only those.
pub mod opaque {
	use super::*;

	pub use coop_primitives::opaque::{Block, Header, UncheckedExtrinsic};

	// The node reads this runtime's headers as `coop_primitives::opaque::Header`: they must
	// be one type (this stops compiling if they part).
	const _: fn(super::Header) -> Header = |header| header;

	impl_opaque_keys! {
		/// The keys a validator registers: one for authoring (Aura), one for finality (GRANDPA).
		pub struct SessionKeys {
			/// Authors blocks in its Aura slots.
			pub aura: Aura,
			/// Votes in GRANDPA finality rounds.
			pub grandpa: Grandpa,
		}
	}
}

/// Declares [`VERSION`] with the given `spec_version` (`#[runtime_version]` reads literals only).
macro_rules! declare_version {
	($spec_version:tt) => {
		/// The version of this runtime: a node runs the on-chain code whose `spec_version` matches.
		#[runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("coop-exchange"),
			impl_name: alloc::borrow::Cow::Borrowed("coop-exchange"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}

// Raise this with every change of runtime logic: it is how nodes tell versions apart. The
// rehearsal build (see `runtime/wasm/build.rs`) is one higher, so a chain running this code
// accepts it.
#[cfg(not(feature = "upgrade-rehearsal"))]
declare_version!(100);
#[cfg(feature = "upgrade-rehearsal")]
declare_version!(101);

/// The address format of the chain: an account id, or an index, as wallets send it.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;

/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// A block, with the runtime's own extrinsic type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions every signed transaction carries, checked in this order.
///
/// `CheckMember` comes first, so an outsider's transaction costs one storage read before it
/// is refused; it is zero-sized, and `CheckNonceWithinRate` encodes as `CheckNonce` does, so
/// wallets sign as for any Substrate chain (see `pallet_gate`). `CheckMortalEra` is
/// `CheckMortality` refusing immortal and long-lived transactions, so nothing replays.
/// `NoTips` stands where `ChargeTransactionPayment` would, encoded the same: fees are zero,
/// and it refuses tips instead of burning HOUR for a place in a block.
pub type TxExtension = (
	pallet_gate::CheckMember<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	pallet_gate::CheckMortalEra<Runtime>,
	pallet_gate::CheckNonceWithinRate<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_gate::NoTips,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it arrives from outside: unchecked, possibly signed.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run at the next runtime upgrade: none yet.
type Migrations = ();

/// Dispatches blocks to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The pallets of the runtime. Indices are fixed forever: wallets and stored calls name a
/// pallet by its index, so a retired index is never reused.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// The chain's clock, set by the block author.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	/// Block authoring in round-robin slots.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	/// Block finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	/// The HOUR ledger.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	/// Fee information for wallets; every fee is zero.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// A superuser key, until governance replaces it (development chains only, later).
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	/// Batches of calls.
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	/// Stored call data, so that large proposals (a runtime upgrade) fit.
	#[runtime::pallet_index(8)]
	pub type Preimage = pallet_preimage;

	/// Co-ops and their identity-bound members.
	#[runtime::pallet_index(9)]
	pub type Registry = pallet_registry;

	/// HOUR: work claims, approval and pay, member-only payments, pools.
	#[runtime::pallet_index(10)]
	pub type Hours = pallet_hours;

	/// Governance: proposals and votes of the federation and of each co-op.
	#[runtime::pallet_index(11)]
	pub type Daco = pallet_daco;

	/// The validator set, chosen by the federation. (Before `Session`: the session's genesis
	/// asks it for the first set.)
	#[runtime::pallet_index(12)]
	pub type Validators = pallet_validators;

	/// Validators' session keys, and the set changing at session boundaries.
	#[runtime::pallet_index(13)]
	pub type Session = pallet_session;

	/// Who authored each block, for the validators' liveness.
	#[runtime::pallet_index(14)]
	pub type Authorship = pallet_authorship;

	/// The peers each node syncs with: well-known nodes and co-ops' own.
	#[runtime::pallet_index(15)]
	pub type NodeAuthorization = pallet_node_authorization;

	/// Who may put a transaction in the pool: members only, at the federation's rate.
	#[runtime::pallet_index(16)]
	pub type Gate = pallet_gate;
}
