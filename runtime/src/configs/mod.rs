//! Configuration of every pallet in the runtime, one `impl Config` each.
//!
//! The parameters that a federation would want to change sit near the top of each block,
//! with a comment saying why they have the value they have.

mod call_filter;
mod peers;
mod session;
mod system_weights;
pub use call_filter::NoBalancesCalls;

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, EitherOfDiverse,
	},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, Weight,
	},
	PalletId,
};
use frame_system::{limits::BlockLength, EnsureRoot};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

// `derive_impl` fills in `RuntimeOrigin`, `RuntimeTask` and `PalletInfo` by name: they must be
// in scope here.
use super::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo,
	Preimage, Registry, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, System, Timestamp, DAYS, HOUR, MILLISECS_PER_BLOCK, MINUTES,
	SS58_PREFIX, VERSION,
};

/// A block may be filled to 75% by normal transactions; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// The largest block, in bytes: 5 MiB.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	/// The runtime's version, as `System` reports it.
	pub const Version: RuntimeVersion = VERSION;

	/// Three seconds of compute per six-second block, by weights measured on a co-op's kind of
	/// machine (2 cores): a block that full takes at most 3 s to author and to import there
	/// (measured: 3,269 payments, 1.5 s of weight, were authored in 0.9 s), leaving the other
	/// half of the slot for gossip, finality votes and the pool. At 2 s a block held 3,268
	/// payments; at 3 s it holds about 4,900, enough for 500 payments a second.
	pub RuntimeBlockWeights: frame_system::limits::BlockWeights =
		frame_system::limits::BlockWeights::with_sensible_defaults(
			Weight::from_parts(3u64.saturating_mul(WEIGHT_REF_TIME_PER_SECOND), u64::MAX),
			NORMAL_DISPATCH_RATIO,
		);
	/// Blocks up to 5 MiB, enough for a runtime upgrade in one call; normal transactions get
	/// the same share of it as of the weight.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO.mul_floor(*max)
		})
		.build();
	/// The address format: the generic Substrate prefix.
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// The blocks whose hashes the runtime remembers (for mortal transactions): one hour's worth.
const BLOCK_HASH_COUNT: BlockNumber = 600;

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = ConstU32<BLOCK_HASH_COUNT>;
	/// The node stores state in ParityDB (RocksDB is not compiled), so reads and writes cost
	/// what they cost there.
	type DbWeight = ParityDbWeight;
	/// Stock weights, except that a runtime upgrade fits in one of our blocks.
	type SystemWeightInfo = system_weights::SystemWeights<Runtime>;
	/// Stock weights of the stock transaction extensions, storage priced as ours (the default
	/// `()` prices it as RocksDB).
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// HOUR moves only through `Hours`: every `Balances` call is refused, nested or not.
	type BaseCallFilter = NoBalancesCalls;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Half the block time: Aura's slots are twice this long.
	type MinimumPeriod = ConstU64<{ MILLISECS_PER_BLOCK / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = sp_consensus_aura::sr25519::AuthorityId;
	type DisabledValidators = ();
	/// A federation has tens of co-ops, not thousands.
	type MaxAuthorities = ConstU32<100>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Upstream's stock weights (its `SubstrateWeight` is not public).
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<100>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// The smallest balance an account may hold: one unit. Members are kept alive by the
/// registry's provider reference, not by a deposit, so this only stops dust accounts.
pub const EXISTENTIAL_DEPOSIT: Balance = 1;

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = ConstU32<8>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// The fee multiplier never moves: every fee is zero anyway.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

/// Zero fees. `TransactionPayment` stays so that `payment_queryInfo` answers wallets, with
/// weight and length both priced at nothing.
pub type ZeroFee = ConstantMultiplier<Balance, ConstU128<0>>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<1>;
	type WeightToFee = ZeroFee;
	type LengthToFee = ZeroFee;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	/// No deposit: HOUR is pay for work, not a spam bond. Noting preimages is bounded by who
	/// may sign at all (members only, once the registry gates transactions).
	type Consideration = ();
}

parameter_types! {
	/// Derives the co-ops' pool accounts: `modl` + `coop/reg` + the co-op id.
	pub const RegistryPalletId: PalletId = PalletId(*b"coop/reg");
}

parameter_types! {
	/// Any passed proposal of the federation, under its own thresholds.
	pub const AnyShare: Perbill = Perbill::zero();
	/// What only Root may do (a runtime upgrade) needs two thirds of all active co-ops.
	pub TwoThirdsOfAllCoops: Perbill = Perbill::from_rational(2u32, 3u32);
}

/// The federation's passed proposal; Root too, which only the dev chain's sudo key or a
/// two-thirds federation vote (`daco.enact_as_root`) can be.
pub type FederationVote =
	EitherOfDiverse<EnsureRoot<AccountId>, pallet_daco::EnsureFederation<AnyShare>>;

/// The given co-op's own passed proposal (or Root).
pub type CoopVote =
	EitherOfDiverse<AsEnsureOriginWithArg<EnsureRoot<AccountId>>, pallet_daco::EnsureCoopVote>;

/// The passed proposal of a co-op the given member belongs to (or Root).
pub type MemberCoopVote = EitherOfDiverse<
	AsEnsureOriginWithArg<EnsureRoot<AccountId>>,
	pallet_daco::EnsureCoopVoteOfMember<Runtime>,
>;

impl pallet_registry::Config for Runtime {
	type Currency = Balances;
	type FederationOrigin = FederationVote;
	type CoopOrigin = CoopVote;
	type RebindOrigin = MemberCoopVote;
	type PalletId = RegistryPalletId;
	/// Room for "Société coopérative de production …" in most scripts.
	type MaxNameLength = ConstU32<64>;
	/// Someone may work for a few co-ops, not for dozens.
	type MaxCoopsPerMember = ConstU32<8>;
	type MaxFounders = ConstU32<8>;
	type DefaultRateLimit = DefaultRateLimit;
	type WeightInfo = pallet_registry::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Sixty transactions a minute per member, until the federation votes another limit: far
	/// more than a person paying and voting needs, and few enough that one leaked key can't
	/// fill blocks (a block holds thousands).
	pub const DefaultRateLimit: pallet_registry::types::RateLimit<BlockNumber> =
		pallet_registry::types::RateLimit { transactions: 60, blocks: MINUTES };
}

parameter_types! {
	/// The policy until the federation sets its own: one hour of work is one HOUR for
	/// everyone (co-ops may not choose another rate), at most 12 hours a day and 60 a week,
	/// claims up to 30 days back, decided within 14 days, one approval, no balance cap.
	pub DefaultHoursPolicy: pallet_hours::PolicyOf<Runtime> = pallet_hours::types::Policy {
		rate: HOUR,
		min_rate: HOUR,
		max_rate: HOUR,
		max_minutes_per_day: 12 * 60,
		max_minutes_per_week: 60 * 60,
		max_claim_age_days: 30,
		claim_ttl: 14 * DAYS,
		approvals_required: 1,
		balance_cap: None,
	};
}

impl pallet_hours::Config for Runtime {
	type Currency = Balances;
	type Registry = Registry;
	type Time = Timestamp;
	type FederationOrigin = FederationVote;
	type CoopOrigin = CoopVote;
	type DefaultPolicy = DefaultHoursPolicy;
	/// A co-op may ask for up to five approvals of a claim.
	type MaxApprovals = ConstU32<5>;
	/// Expiring a claim is a few storage writes; 50 a block clears a busy day's backlog.
	type MaxExpiriesPerBlock = ConstU32<50>;
	type MaxReasonLength = ConstU32<128>;
	type WeightInfo = pallet_hours::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}

parameter_types! {
	/// Until a body sets its own: half the electorate must vote, more ayes than nays, a week
	/// to vote (a proposal closes early once the outstanding votes can't change it).
	pub DefaultBodyThresholds: pallet_daco::ThresholdsOf<Runtime> = pallet_daco::types::Thresholds {
		rule: pallet_daco::tally::Rule {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(50),
		},
		voting_period: 7 * DAYS,
	};
	/// No body may decide with fewer than a tenth of its voters taking part.
	pub const MinQuorum: Perbill = Perbill::from_percent(10);
	/// A proposed call may use up to a third of a block; closing reserves that much.
	pub MaxProposalWeight: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, 2 * 1024 * 1024);
}

impl pallet_daco::Config for Runtime {
	type PalletsOrigin = OriginCaller;
	type BodyOrigin = pallet_daco::EnsureBody;
	type RootOrigin = pallet_daco::EnsureFederation<TwoThirdsOfAllCoops>;
	type Registry = Registry;
	type Preimages = Preimage;
	type DefaultThresholds = DefaultBodyThresholds;
	type MinQuorum = MinQuorum;
	/// Ten minutes at the least, ninety days at the most.
	type MinVotingPeriod = ConstU32<{ 10 * MINUTES }>;
	type MaxVotingPeriod = ConstU32<{ 90 * DAYS }>;
	type MaxOpenProposals = ConstU32<16>;
	type MaxDescriptionLength = ConstU32<256>;
	type MaxProposalWeight = MaxProposalWeight;
	type WeightInfo = pallet_daco::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
}
