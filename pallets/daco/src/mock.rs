//! A small runtime for the Daco unit tests: System, Balances and Preimage (where proposed
//! calls are held), Daco, with `coop_primitives::testing::TestRegistry` for co-ops and
//! members.

use coop_primitives::{testing::TestRegistry, Body, CoopId, Role};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

use crate::{
	self as pallet_daco, tally::Rule, types::Thresholds, BoundedCallOf, EnsureBody,
	EnsureFederation,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Preimage: pallet_preimage,
		Daco: pallet_daco,
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

impl pallet_preimage::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<u64>;
	type Consideration = ();
}

/// Voting period of the default thresholds.
pub const PERIOD: u64 = 20;
/// Minimum deliberation time of the default thresholds.
pub const DELIBERATION: u64 = 4;

parameter_types! {
	pub const DefaultThresholds: Thresholds<u64> = Thresholds {
		rule: Rule {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(50),
			min_ayes: Perbill::zero(),
		},
		voting_period: PERIOD,
		min_deliberation: DELIBERATION,
	};
	pub const MinQuorum: Perbill = Perbill::from_percent(10);
	pub TwoThirds: Perbill = Perbill::from_rational(2u32, 3u32);
	pub const MaxProposalWeight: Weight = Weight::from_parts(1_000_000_000, 100_000);
}

impl pallet_daco::Config for Test {
	type PalletsOrigin = OriginCaller;
	type BodyOrigin = EnsureBody;
	type RootOrigin = EnsureFederation<TwoThirds>;
	type Registry = TestRegistry;
	type Preimages = Preimage;
	type DefaultThresholds = DefaultThresholds;
	type MinQuorum = MinQuorum;
	type MinVotingPeriod = ConstU64<5>;
	type MaxVotingPeriod = ConstU64<1_000>;
	type MinDeliberation = ConstU64<2>;
	type CallShare = TestCallShare;
	type MaxOpenProposals = ConstU32<3>;
	type MaxOpenPerProposer = ConstU32<2>;
	type MaxVotesClearedPerBlock = ConstU32<3>;
	type MaxDescriptionLength = ConstU32<64>;
	type MaxProposalLength = ConstU32<4096>;
	type MaxProposalWeight = MaxProposalWeight;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestRegistry;
	#[cfg(feature = "runtime-benchmarks")]
	type CallBenchmarkHelper = frame_system::Pallet<Test>;
}

/// As in the runtime: acting as Root needs two thirds of all co-ops, nested in a batch too
/// (the mock has no batch; `enact_as_root` inside `enact_as_root` stands for nesting).
pub struct TestCallShare;
impl pallet_daco::CallShare<RuntimeCall> for TestCallShare {
	fn required_share(call: &RuntimeCall) -> Perbill {
		match call {
			RuntimeCall::Daco(pallet_daco::Call::enact_as_root { .. }) => TwoThirds::get(),
			_ => Perbill::zero(),
		}
	}
}

/// Four members: Alice (admin, delegate), Bob, Charlie, Dave.
pub const BAKERS: CoopId = CoopId(0);
/// Two members: Eve (admin, delegate), Ferdie.
pub const BUILDERS: CoopId = CoopId(1);
/// One member: George (admin, no delegate: it votes in the federation by its own vote).
pub const PRINTERS: CoopId = CoopId(2);
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
pub const EVE: u64 = 5;
pub const FERDIE: u64 = 6;
pub const GEORGE: u64 = 7;
/// A member of no co-op.
pub const OUTSIDER: u64 = 99;

/// Builds the test state: three co-ops, their members (joined at block 0) and two delegates.
pub struct ExtBuilder;

impl ExtBuilder {
	/// The state, at block 1.
	pub fn build() -> sp_io::TestExternalities {
		TestRegistry::reset();
		TestRegistry::add_coop(BAKERS);
		TestRegistry::add_coop(BUILDERS);
		TestRegistry::add_coop(PRINTERS);
		for (coop, who, role) in [
			(BAKERS, ALICE, Role::Admin),
			(BAKERS, BOB, Role::Member),
			(BAKERS, CHARLIE, Role::Member),
			(BAKERS, DAVE, Role::Member),
			(BUILDERS, EVE, Role::Admin),
			(BUILDERS, FERDIE, Role::Member),
			(PRINTERS, GEORGE, Role::Admin),
		] {
			TestRegistry::add_member(coop, who, role, 0);
		}
		let storage = RuntimeGenesisConfig {
			daco: pallet_daco::GenesisConfig {
				thresholds: vec![],
				delegates: vec![(BAKERS, ALICE), (BUILDERS, EVE)],
			},
			..Default::default()
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` in the built state, then checks every invariant.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Daco::do_try_state().expect("daco invariants hold");
		});
	}
}

/// `call`, bounded as a proposal (inline: it is small).
pub fn bounded(call: RuntimeCall) -> Box<BoundedCallOf<Test>> {
	Box::new(<Preimage as frame_support::traits::StorePreimage>::bound(call).unwrap())
}

/// The origin of `body`'s passed proposal with `ayes` of `electorate` in favour.
pub fn body_origin(body: Body, ayes: u32, electorate: u32) -> RuntimeOrigin {
	let tally = crate::tally::Tally { ayes, nays: 0, abstentions: 0, electorate };
	RuntimeOrigin::from(crate::BodyOrigin { body, tally })
}
