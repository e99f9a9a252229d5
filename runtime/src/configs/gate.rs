//! Who may put a transaction in the pool (`pallet_gate`): members only, at the federation's
//! rate, without tips. The extensions themselves are listed in `TxExtension` (`lib.rs`).

use frame_support::{parameter_types, traits::ConstU64};

use super::{plain_calls, FederationVote};
use crate::{AccountId, BlockNumber, Registry, Runtime, RuntimeCall, MINUTES};

parameter_types! {
	/// Sixty transactions a minute per member, until the federation votes another limit: far
	/// more than a person paying and voting needs, and few enough that one leaked key can't
	/// fill blocks (a block holds thousands).
	pub const DefaultRateLimit: pallet_gate::RateLimit<BlockNumber> =
		pallet_gate::RateLimit { transactions: 60, blocks: MINUTES };
}

/// A batch counts every call it carries, nested batches and `sudo` included, so the rate
/// limit bounds calls, not transactions.
pub struct CallsInside;

impl pallet_gate::CallsCarried<RuntimeCall> for CallsInside {
	fn calls_carried(call: &RuntimeCall) -> u32 {
		plain_calls(call, super::wrapped_calls::MAX_NESTING)
	}
}

/// The longest era a signed transaction may have: 256 blocks, about 26 minutes, well within
/// the 600 block hashes the chain keeps. Wallets' defaults (64 or 128 blocks) fit.
pub type MaxTransactionLongevity = ConstU64<256>;

parameter_types! {
	/// What one member may keep stored for free (their preimages): 4 items, 256 KiB in all.
	/// Proposals' calls are small (a batch of a few hundred payments is a few KiB), and a
	/// proposal holds its own copy while it is open, so the noter may unnote right after
	/// proposing. Runtime upgrades go by `authorizeUpgrade`, not by preimage.
	pub const PreimageQuota: frame_support::traits::Footprint =
		frame_support::traits::Footprint { count: 4, size: 256 * 1024 };
}

/// Someone who is no member yet may sign one thing: their answer to their own invitation
/// (not inside a batch).
pub struct InvitationAnswers;

impl pallet_gate::NonMemberCalls<AccountId, RuntimeCall> for InvitationAnswers {
	fn allows(who: &AccountId, call: &RuntimeCall) -> bool {
		use pallet_registry::Call as R;
		match call {
			RuntimeCall::Registry(
				R::accept_invitation { coop } | R::decline_invitation { coop },
			) => Registry::is_invited(who, *coop),
			_ => false,
		}
	}
}

impl pallet_gate::Config for Runtime {
	type Membership = Registry;
	type NonMemberCalls = InvitationAnswers;
	type CallChecks = super::pool_call_checks::PoolCallChecks;
	type CallsCarried = CallsInside;
	type MaxTransactionLongevity = MaxTransactionLongevity;
	type StorageQuota = PreimageQuota;
	type FederationOrigin = FederationVote;
	type DefaultRateLimit = DefaultRateLimit;
	type WeightInfo = pallet_gate::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}
