//! Who may put a transaction in the pool (`pallet_gate`): members only, at the federation's
//! rate, without tips. The extensions themselves are listed in `TxExtension` (`lib.rs`).

use frame_support::parameter_types;

use super::FederationVote;
use crate::{AccountId, BlockNumber, Registry, Runtime, RuntimeCall, MINUTES};

parameter_types! {
	/// Sixty transactions a minute per member, until the federation votes another limit: far
	/// more than a person paying and voting needs, and few enough that one leaked key can't
	/// fill blocks (a block holds thousands).
	pub const DefaultRateLimit: pallet_gate::RateLimit<BlockNumber> =
		pallet_gate::RateLimit { transactions: 60, blocks: MINUTES };
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
	type FederationOrigin = FederationVote;
	type DefaultRateLimit = DefaultRateLimit;
	type WeightInfo = pallet_gate::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}
