//! A small runtime for the gate's unit tests: System and the gate, with
//! `coop_primitives::testing::TestRegistry` telling who is a member and Root standing for
//! the federation.

use coop_primitives::{testing::TestRegistry, CoopId, Role};
use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

use crate::{self as pallet_gate, types::RateLimit};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Gate: pallet_gate,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	/// Priced, so that tests see what a skipped write gives back.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

parameter_types! {
	/// Two items of 100 bytes in all per member.
	pub const TestStorageQuota: frame_support::traits::Footprint =
		frame_support::traits::Footprint { count: 2, size: 100 };
	/// Three transactions per ten blocks: small, so the limit is easy to hit.
	pub static TestRateLimit: RateLimit<u64> = RateLimit { transactions: 3, blocks: 10 };
}

impl pallet_gate::Config for Test {
	type Membership = TestRegistry;
	type NonMemberCalls = RemarksOfFerdie;
	type CallChecks = UrgentOrRefusedRemarks;
	type CallsCarried = RemarkBytesAsCalls;
	type MaxTransactionLongevity = frame_support::traits::ConstU64<16>;
	type StorageQuota = TestStorageQuota;
	type FederationOrigin = EnsureRoot<u64>;
	type DefaultRateLimit = TestRateLimit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestRegistry;
}

/// Ferdie, no member, may sign remarks that say "hello" (as an invited person may sign
/// their answer in the runtime); nothing else.
pub struct RemarksOfFerdie;
impl crate::NonMemberCalls<u64, RuntimeCall> for RemarksOfFerdie {
	fn allows(who: &u64, call: &RuntimeCall) -> bool {
		*who == FERDIE
			&& matches!(call, RuntimeCall::System(frame_system::Call::remark { remark }) if remark == b"hello")
	}
}

/// The priority the mock's pool gives a remark saying "urgent".
pub const URGENT_PRIORITY: u64 = 1_000;
/// The refusal of a remark saying "refused".
pub const REFUSED_REMARK: u8 = 99;

/// A remark saying "urgent" goes first in the pool, and only once (it provides its text as a
/// tag); one saying "refused" is refused; anything else has nothing to check.
pub struct UrgentOrRefusedRemarks;
impl crate::CallChecks<RuntimeCall> for UrgentOrRefusedRemarks {
	fn check(call: &RuntimeCall) -> sp_runtime::transaction_validity::TransactionValidity {
		use sp_runtime::transaction_validity::{InvalidTransaction, ValidTransaction};
		match call {
			RuntimeCall::System(frame_system::Call::remark { remark }) if remark == b"urgent" => {
				Ok(ValidTransaction {
					priority: URGENT_PRIORITY,
					provides: vec![remark.clone()],
					..Default::default()
				})
			}
			RuntimeCall::System(frame_system::Call::remark { remark }) if remark == b"refused" => {
				Err(InvalidTransaction::Custom(REFUSED_REMARK).into())
			}
			_ => Ok(Default::default()),
		}
	}
}

/// The mock has no batches: a remark of n bytes stands for a batch of n calls (an empty one
/// for a plain call).
pub struct RemarkBytesAsCalls;
impl crate::CallsCarried<RuntimeCall> for RemarkBytesAsCalls {
	fn calls_carried(call: &RuntimeCall) -> u32 {
		match call {
			RuntimeCall::System(frame_system::Call::remark { remark }) => {
				u32::try_from(remark.len()).unwrap_or(u32::MAX).max(1)
			}
			_ => 1,
		}
	}
}

/// The one co-op of the tests.
pub const BAKERS: CoopId = CoopId(0);
// Members of the Bakers.
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const EVE: u64 = 5;
/// A member nowhere.
pub const FERDIE: u64 = 6;

/// A signed origin of account `who`.
pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Builds the test state: the Bakers with Alice, Bob and Eve, at block 1.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// The state, without checking invariants afterwards (benchmarks use it).
	pub fn build(self) -> sp_io::TestExternalities {
		TestRegistry::reset();
		TestRegistry::add_coop(BAKERS);
		for (who, role) in [(ALICE, Role::Admin), (BOB, Role::Approver), (EVE, Role::Member)] {
			TestRegistry::add_member(BAKERS, who, role, 0);
		}
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			// The registry keeps members' accounts alive, so the nonce check lets them sign.
			for who in [ALICE, BOB, EVE] {
				System::inc_providers(&who);
			}
		});
		ext
	}

	/// Runs `test` on the state, then checks the gate's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Gate::do_try_state().expect("the gate's invariants hold");
		});
	}
}
