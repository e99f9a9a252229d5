//! A small runtime for the registry's unit tests: System, Balances (the HOUR ledger) and
//! the registry, with Root standing for the federation and for every co-op's vote.

use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{AccountId32, BuildStorage};

use crate::{
	self as pallet_registry,
	types::{GenesisCoop, GenesisMember},
};
use coop_primitives::Role;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = AccountId32;

/// Open invitations a co-op may have in the tests: few, so the bound is easy to reach.
pub const MAX_OPEN_INVITATIONS: u32 = 5;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Registry: pallet_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<u64>;
	/// Priced, so that tests see what a skipped write gives back.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

parameter_types! {
	pub const RegistryPalletId: PalletId = PalletId(*b"coop/reg");
	/// Invitations wait 30 blocks; recoveries 10 (never under 5).
	pub const TestPolicy: crate::RegistryPolicyOf<Test> =
		crate::types::RegistryPolicy {
			invitation_ttl: INVITATION_TTL,
			recovery_delay: RECOVERY_DELAY,
			membership_retention: MEMBERSHIP_RETENTION,
		};
}

/// Blocks an ended membership's record is kept in the tests.
pub const MEMBERSHIP_RETENTION: u64 = 50;

/// Blocks an invitation waits in the tests.
pub const INVITATION_TTL: u64 = 30;
/// Blocks a key recovery waits in the tests.
pub const RECOVERY_DELAY: u64 = 10;

/// A co-op's own vote in the tests: signed by the account `[200 + coop; 32]`, which only
/// [`TestRebindOrigin`] reads that way.
pub fn coop_vote(coop: coop_primitives::CoopId) -> RuntimeOrigin {
	RuntimeOrigin::signed(AccountId32::new([200u8.saturating_add(coop.0 as u8); 32]))
}

/// Root, or the vote of a co-op the member belongs to ([`coop_vote`]).
pub struct TestRebindOrigin;
impl frame_support::traits::EnsureOriginWithArg<RuntimeOrigin, AccountId> for TestRebindOrigin {
	type Success = crate::types::RecoveryApprover;
	fn try_origin(o: RuntimeOrigin, member: &AccountId) -> Result<Self::Success, RuntimeOrigin> {
		use crate::types::RecoveryApprover;
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Root) => Ok(RecoveryApprover::Root),
			Ok(frame_system::RawOrigin::Signed(who)) => {
				let bytes: &[u8; 32] = who.as_ref();
				let coop = coop_primitives::CoopId(u32::from(bytes[0].wrapping_sub(200)));
				let is_vote = bytes[0] >= 200 && bytes.iter().all(|b| *b == bytes[0]);
				let belongs = crate::Memberships::<Test>::get(coop, member)
					.is_some_and(|record| record.is_active());
				if is_vote && belongs {
					Ok(RecoveryApprover::Coop(coop))
				} else {
					Err(o)
				}
			}
			_ => Err(o),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &AccountId) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

/// Longest name in tests: short, so the bound is easy to hit.
pub const MAX_NAME: u32 = 16;
/// Co-ops per member in tests.
pub const MAX_COOPS: u32 = 3;
/// Founders per co-op in tests.
pub const MAX_FOUNDERS: u32 = 3;

impl pallet_registry::Config for Test {
	type Currency = Balances;
	type ConstitutionOrigin = EnsureRoot<AccountId>;
	type FederationOrigin = EnsureRoot<AccountId>;
	type DefaultPolicy = TestPolicy;
	type MinRecoveryDelay = frame_support::traits::ConstU64<5>;
	type CoopOrigin = AsEnsureOriginWithArg<EnsureRoot<AccountId>>;
	type RebindOrigin = TestRebindOrigin;
	type PalletId = RegistryPalletId;
	type MaxNameLength = ConstU32<MAX_NAME>;
	type MaxCoopsPerMember = ConstU32<MAX_COOPS>;
	type MaxOpenInvitations = ConstU32<MAX_OPEN_INVITATIONS>;
	type MaxFounders = ConstU32<MAX_FOUNDERS>;
	type MaxPrunesPerBlock = ConstU32<2>;
	type OnMemberGone = TestHooks;
	type OnMembershipEnded = TestHooks;
	type SuspensionCheck = TestHooks;
	type ListenersWeight = ();
	type WeightInfo = ();
}

thread_local! {
	static ENDED: core::cell::RefCell<Vec<(coop_primitives::CoopId, AccountId)>> =
		const { core::cell::RefCell::new(Vec::new()) };
	static REFUSED_SUSPENSION: core::cell::Cell<Option<coop_primitives::CoopId>> =
		const { core::cell::Cell::new(None) };
}

/// What the runtime's listeners do, in miniature: a departed member's consumer reference
/// (standing for session keys) is dropped, ended memberships are recorded, and one co-op's
/// suspension can be refused.
pub struct TestHooks;

impl TestHooks {
	/// The memberships that ended so far in this test, in order.
	pub fn ended() -> Vec<(coop_primitives::CoopId, AccountId)> {
		ENDED.with(|e| e.borrow().clone())
	}

	/// Makes the suspension of `coop` refused, as the validator set refuses one that would
	/// stall finality.
	pub fn refuse_suspension_of(coop: coop_primitives::CoopId) {
		REFUSED_SUSPENSION.with(|r| r.set(Some(coop)));
	}
}

impl coop_primitives::MemberGone<AccountId> for TestHooks {
	fn member_gone(who: &AccountId) {
		if frame_system::Pallet::<Test>::consumers(who) > 0 {
			frame_system::Pallet::<Test>::dec_consumers(who);
		}
	}
}

impl coop_primitives::MembershipEnded<AccountId> for TestHooks {
	fn membership_ended(coop: coop_primitives::CoopId, who: &AccountId) {
		ENDED.with(|e| e.borrow_mut().push((coop, who.clone())));
	}
}

impl coop_primitives::SuspensionCheck for TestHooks {
	fn can_suspend(coop: coop_primitives::CoopId) -> sp_runtime::DispatchResult {
		if REFUSED_SUSPENSION.with(|r| r.get()) == Some(coop) {
			return Err(sp_runtime::DispatchError::Other("finality would stall"));
		}
		Ok(())
	}
}

/// The test account numbered `n`.
pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// The identity commitment of the test person numbered `n`.
pub fn identity(n: u8) -> H256 {
	H256::repeat_byte(n)
}

// The people of the default state. Co-op 0, "Bakers": ALICE admin, BOB approver, CHARLIE
// member. Co-op 1, "Builders": DAVE admin, EVE member, and CHARLIE member too.
pub const ALICE: u8 = 1;
pub const BOB: u8 = 2;
pub const CHARLIE: u8 = 3;
pub const DAVE: u8 = 4;
pub const EVE: u8 = 5;
/// Registered nowhere.
pub const FERDIE: u8 = 6;

/// HOUR that each default member starts with.
pub const START_BALANCE: u64 = 100;

fn genesis_member(n: u8, name: &str, role: Role) -> GenesisMember<AccountId> {
	GenesisMember { account: account(n), identity: identity(n), name: name.into(), role }
}

/// Builds the test state: the two default co-ops, every default member holding
/// [`START_BALANCE`].
pub struct ExtBuilder {
	coops: Vec<GenesisCoop<AccountId>>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		let bakers = GenesisCoop {
			name: "Bakers".into(),
			members: vec![
				genesis_member(ALICE, "Alice", Role::Admin),
				genesis_member(BOB, "Bob", Role::Approver),
				genesis_member(CHARLIE, "Charlie", Role::Member),
			],
		};
		let builders = GenesisCoop {
			name: "Builders".into(),
			members: vec![
				genesis_member(DAVE, "Dave", Role::Admin),
				genesis_member(EVE, "Eve", Role::Member),
				genesis_member(CHARLIE, "Charlie", Role::Member),
			],
		};
		Self { coops: vec![bakers, builders] }
	}
}

impl ExtBuilder {
	/// Runs `test` in the built state at block 1, then checks every invariant.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Registry::do_try_state().expect("registry invariants hold");
		});
	}

	/// The built state, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		ENDED.with(|e| e.borrow_mut().clear());
		REFUSED_SUSPENSION.with(|r| r.set(None));
		let funded: Vec<_> = self
			.coops
			.iter()
			.flat_map(|c| c.members.iter().map(|m| m.account.clone()))
			.collect::<std::collections::BTreeSet<_>>()
			.into_iter()
			.map(|who| (who, START_BALANCE))
			.collect();
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig { balances: funded, ..Default::default() },
			registry: pallet_registry::GenesisConfig { coops: self.coops },
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}
}

/// The events the registry deposited, oldest first.
pub fn registry_events() -> Vec<pallet_registry::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Registry(event) => Some(event),
			_ => None,
		})
		.collect()
}
