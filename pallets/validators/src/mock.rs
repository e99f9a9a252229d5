//! A small runtime for the validators pallet's unit tests: System and the pallet, with
//! [`TestRegistry`] for co-ops, Root for the federation, and a settable list of accounts
//! with session keys.
#![allow(clippy::arithmetic_side_effects)]

use core::cell::RefCell;
use std::collections::BTreeSet;

use coop_primitives::{testing::TestRegistry, CoopId, Role};
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Contains},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

use crate::{self as pallet_validators, Validator};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Validators: pallet_validators,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static WITH_KEYS: RefCell<BTreeSet<u64>> = const { RefCell::new(BTreeSet::new()) };
}

/// The accounts that registered session keys in this test.
pub struct SessionKeys;

impl SessionKeys {
	/// `who` registers keys.
	pub fn register(who: u64) {
		WITH_KEYS.with(|k| k.borrow_mut().insert(who));
	}
}

impl Contains<u64> for SessionKeys {
	fn contains(who: &u64) -> bool {
		WITH_KEYS.with(|k| k.borrow().contains(who))
	}
}

/// Largest set in tests.
pub const MAX_VALIDATORS: u32 = 6;
/// Blocks within which a validator must have authored to be live.
pub const LIVENESS: u64 = 10;

impl pallet_validators::Config for Test {
	type Registry = TestRegistry;
	type FederationOrigin = EnsureRoot<u64>;
	type HasSessionKeys = SessionKeys;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type LivenessWindow = ConstU64<LIVENESS>;
	type Rotation = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// [`TestRegistry`] for co-ops and members, [`SessionKeys`] for keys.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl coop_primitives::MembershipBenchmarkHelper<u64> for BenchmarkHelper {
	fn new_coop() -> CoopId {
		<TestRegistry as coop_primitives::MembershipBenchmarkHelper<u64>>::new_coop()
	}
	fn add_member(coop: CoopId, who: &u64, role: Role) {
		TestRegistry::add_member(coop, *who, role, 0);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for BenchmarkHelper {
	fn register_session_keys(who: &u64) {
		SessionKeys::register(*who);
	}
}

/// Co-op 0 of the default state: runs validators 1 to 4.
pub const FARM: CoopId = CoopId(0);
/// Co-op 1 of the default state: its members 5 and 6 run no validator yet.
pub const MILL: CoopId = CoopId(1);

/// The state the tests start from: four validators of the farm, all with keys; members 5 and
/// 6 of the mill, 6 with keys; block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	TestRegistry::reset();
	WITH_KEYS.with(|k| k.borrow_mut().clear());
	TestRegistry::add_coop(FARM);
	TestRegistry::add_coop(MILL);
	for who in 1..=4 {
		TestRegistry::add_member(FARM, who, Role::Member, 0);
		SessionKeys::register(who);
	}
	TestRegistry::add_member(MILL, 5, Role::Member, 0);
	TestRegistry::add_member(MILL, 6, Role::Member, 0);
	SessionKeys::register(6);
	let validators = (1..=4).map(|account| Validator { account, coop: FARM }).collect();
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		validators: pallet_validators::GenesisConfig { validators },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in the default state, then checks the invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Validators::do_try_state().expect("validator invariants hold");
	});
}

/// Every listed validator authors a block at the current height.
pub fn all_author() {
	for v in pallet_validators::Validators::<Test>::get() {
		Validators::note_author(v.account);
	}
}
