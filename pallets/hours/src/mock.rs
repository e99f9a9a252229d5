//! A small runtime for the Hours unit tests: System, Balances (the ledger), Hours, with
//! `coop_primitives::testing::TestRegistry` for co-ops and members, a settable clock, and
//! Root standing for the federation and every co-op's vote.

use coop_primitives::{testing::TestRegistry, CoopId, Role};
use core::time::Duration;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, UnixTime},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

use crate::{self as pallet_hours, rules::SECONDS_PER_DAY, types::Policy};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Hours: pallet_hours,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Units in one HOUR in the tests, as in the runtime.
pub const HOUR: u64 = 1_000_000;
/// The day the tests start on (2026-11-22, a Sunday).
pub const TODAY: u32 = 20_779;
/// A claim's time to live in the tests, in blocks.
pub const TTL: u64 = 100;
/// How long a decided claim is kept in the tests, in blocks.
pub const RETENTION: u64 = 1_000;

/// The ceiling on any rate in the tests, unless a test moves it.
pub const CEILING: u64 = 4 * HOUR;

parameter_types! {
	/// The constitutional ceiling on rates ([`crate::Config::MaxRate`]).
	pub static RateCeiling: u64 = CEILING;
	/// The clock, in seconds since the epoch: noon of [`TODAY`] unless a test moves it.
	pub static NowSecs: u64 = u64::from(TODAY) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2;
	pub TestPolicy: Policy<u64, u64> = Policy {
		rate: HOUR,
		min_rate: HOUR / 2,
		max_rate: 2 * HOUR,
		max_minutes_per_day: 720,
		max_minutes_per_week: 3_000,
		max_claim_age_days: 30,
		claim_ttl: TTL,
		approvals_required: 1,
		balance_cap: None,
		claim_retention: RETENTION,
	};
}

/// The chain's clock in the tests.
pub struct MockTime;
impl UnixTime for MockTime {
	fn now() -> Duration {
		Duration::from_secs(NowSecs::get())
	}
}

impl pallet_hours::Config for Test {
	type Currency = Balances;
	type Registry = TestRegistry;
	type Time = MockTime;
	type FederationOrigin = EnsureRoot<u64>;
	type CoopOrigin = AsEnsureOriginWithArg<EnsureRoot<u64>>;
	type DefaultPolicy = TestPolicy;
	type MaxRate = RateCeiling;
	type MaxApprovals = ConstU32<3>;
	type MaxExpiriesPerBlock = ConstU32<5>;
	type MaxPrunesPerBlock = ConstU32<5>;
	type MaxReasonLength = ConstU32<32>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestRegistry;
}

pub const BAKERS: CoopId = CoopId(0);
pub const BUILDERS: CoopId = CoopId(1);
/// Admin of the Bakers.
pub const ALICE: u64 = 1;
/// Approver of the Bakers.
pub const BOB: u64 = 2;
/// Member of the Bakers and of the Builders.
pub const CHARLIE: u64 = 3;
/// Approver of the Bakers.
pub const DAVE: u64 = 4;
/// Admin of the Builders.
pub const EVE: u64 = 5;
/// Member of the Builders.
pub const FERDIE: u64 = 6;
/// A member of no co-op.
pub const OUTSIDER: u64 = 99;

/// The pool of `coop`.
pub fn pool(coop: CoopId) -> u64 {
	<TestRegistry as coop_primitives::Coops<u64>>::pool_account(coop)
}

/// Sets up the two co-ops and their members; runs tests in it.
pub struct ExtBuilder;

impl ExtBuilder {
	/// The state every test starts from, at block 1, no HOUR anywhere.
	pub fn build() -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			NowSecs::set(u64::from(TODAY) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2);
			RateCeiling::set(CEILING);
			TestRegistry::reset();
			TestRegistry::add_coop(BAKERS);
			TestRegistry::add_coop(BUILDERS);
			for (coop, who, role) in [
				(BAKERS, ALICE, Role::Admin),
				(BAKERS, BOB, Role::Approver),
				(BAKERS, CHARLIE, Role::Member),
				(BAKERS, DAVE, Role::Approver),
				(BUILDERS, EVE, Role::Admin),
				(BUILDERS, FERDIE, Role::Member),
				(BUILDERS, CHARLIE, Role::Member),
			] {
				TestRegistry::add_member(coop, who, role, 0);
			}
		});
		ext
	}

	/// Runs `test`, then checks every invariant.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Hours::do_try_state().expect("hours invariants hold");
		});
	}
}
