//! The validator set: `pallet_validators` keeps the federation's list, `pallet_session` hands
//! each session's set to Aura and GRANDPA, and `pallet_authorship` tells the list who
//! authored each block (its liveness check for removals).

use alloc::vec::Vec;
use frame_support::{parameter_types, traits::ConstU32, weights::Weight};
use sp_runtime::traits::ConvertInto;

use super::FederationVote;
use crate::{
	opaque::SessionKeys, AccountId, Aura, Balances, BlockNumber, Registry, Runtime, MINUTES,
};

parameter_types! {
	/// A minute: a validator the federation adds or removes takes effect within two.
	pub const SessionPeriod: BlockNumber = MINUTES;
	/// Sessions start at block 0, 10, 20, …
	pub const SessionOffset: BlockNumber = 0;
	/// Live means having authored in the last five minutes: with up to 100 validators
	/// taking turns, an online one authors at least every 100 blocks (10 minutes) only in
	/// a full set; the federation's sets are far smaller.
	pub const LivenessWindow: BlockNumber = 5 * MINUTES;
}

/// Sessions of [`SessionPeriod`] blocks.
type Sessions = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;

/// `pallet_session` is told a session never ends by itself: its own hook would charge the
/// whole block for a rotation, so every tenth block could carry no transaction. The
/// validators pallet ends sessions instead, on the same schedule, charging
/// [`RotationWeight`] (found by the runtime fuzzer; see `docs/threat-model.md`).
pub struct EndedByValidators;

impl pallet_session::ShouldEndSession<BlockNumber> for EndedByValidators {
	fn should_end_session(_: BlockNumber) -> bool {
		false
	}
}

/// The session's schedule, and its rotation as the validators pallet asks for it.
pub struct ScheduledRotation;

impl pallet_validators::SessionRotation<BlockNumber> for ScheduledRotation {
	fn is_due(now: BlockNumber) -> bool {
		<Sessions as pallet_session::ShouldEndSession<BlockNumber>>::should_end_session(now)
	}
	fn rotate() -> Weight {
		pallet_session::Pallet::<Runtime>::rotate_session();
		RotationWeight::get()
	}
}

parameter_types! {
	/// A rotation with the full set of 100 validators, priced by hand from its storage work:
	/// the session's own records (about 15 reads and 12 writes), and per validator its
	/// listing, membership, co-op and keys (4 reads); and 2 ms of compute, which the runtime
	/// test `a_session_rotation_costs_no_more_than_its_weight` checks is at least four times
	/// a native rotation.
	pub RotationWeight: Weight = <Runtime as frame_system::Config>::DbWeight::get()
		.reads_writes(15 + 4 * 100, 12)
		.saturating_add(Weight::from_parts(2_000_000_000, 64 * 1024));
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type ValidatorId = AccountId;
	/// Any account may register keys (only members can sign); the federation decides who
	/// validates.
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = EndedByValidators;
	type NextSessionRotation = Sessions;
	type SessionManager = ValidatorsAsSessionManager;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// No deposit: fees and deposits are zero on this chain; only members sign.
	type KeyDeposit = ConstU128Zero;
}

parameter_types! {
	pub const ConstU128Zero: crate::Balance = 0;
}

/// Asks the federation's list for each new session's set.
pub struct ValidatorsAsSessionManager;

impl pallet_session::SessionManager<AccountId> for ValidatorsAsSessionManager {
	fn new_session(_: u32) -> Option<Vec<AccountId>> {
		crate::Validators::plan_session()
	}
	/// The genesis list; `None` (the session's own genesis keys) if there is none.
	fn new_session_genesis(_: u32) -> Option<Vec<AccountId>> {
		let first = pallet_validators::Planned::<Runtime>::get().into_inner();
		(!first.is_empty()).then_some(first)
	}
	fn end_session(_: u32) {}
	fn start_session(_: u32) {}
}

/// Tells the federation's list who authored each block.
pub struct NoteAuthor;

impl pallet_authorship::EventHandler<AccountId, BlockNumber> for NoteAuthor {
	fn note_author(author: AccountId) {
		crate::Validators::note_author(author)
	}
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Runtime, Aura>;
	type EventHandler = NoteAuthor;
}

/// Accounts with registered session keys.
pub struct HasSessionKeys;

impl frame_support::traits::Contains<AccountId> for HasSessionKeys {
	fn contains(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}
}

impl pallet_validators::Config for Runtime {
	type Registry = Registry;
	type FederationOrigin = FederationVote;
	type HasSessionKeys = HasSessionKeys;
	/// As many as Aura and GRANDPA accept.
	type MaxValidators = ConstU32<100>;
	type LivenessWindow = LivenessWindow;
	type Rotation = ScheduledRotation;
	type WeightInfo = pallet_validators::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorsBenchmarkHelper;
}

/// Co-ops and members from the registry; session keys written as `session.set_keys` would.
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorsBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl coop_primitives::MembershipBenchmarkHelper<AccountId> for ValidatorsBenchmarkHelper {
	fn new_coop() -> coop_primitives::CoopId {
		<Registry as coop_primitives::MembershipBenchmarkHelper<AccountId>>::new_coop()
	}
	fn add_member(coop: coop_primitives::CoopId, who: &AccountId, role: coop_primitives::Role) {
		<Registry as coop_primitives::MembershipBenchmarkHelper<AccountId>>::add_member(
			coop, who, role,
		)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_validators::BenchmarkHelper<AccountId> for ValidatorsBenchmarkHelper {
	fn register_session_keys(who: &AccountId) {
		let keys = SessionKeys {
			aura: sp_consensus_aura::sr25519::AuthorityId::from(
				sp_core::sr25519::Public::from_raw([0; 32]),
			),
			grandpa: sp_consensus_grandpa::AuthorityId::from(sp_core::ed25519::Public::from_raw(
				[0; 32],
			)),
		};
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}
