//! The chain's frame: `System` (block size and weight, accounts, the call filter) and the
//! clock. Block weight and length are the numbers a federation tunes for its machines.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU32, ConstU64},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::BlockLength;
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

use super::{system_extension_weights, system_weights, CallFilter};
use crate::weights::{transaction_base, BlockExecutionWeight, ParityDbWeight};
// `derive_impl` fills in `RuntimeOrigin`, `RuntimeTask` and `PalletInfo` by name: they must be
// in scope here.
use crate::{
	AccountId, Aura, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeTask, MILLISECS_PER_BLOCK, SS58_PREFIX, VERSION,
};

/// A block may be filled to 75% by normal transactions; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Compute per block: half of the six-second slot (see `RuntimeBlockWeights`).
const MAX_BLOCK_WEIGHT: Weight = Weight::from_parts(3 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

/// What normal transactions may fill of a block's weight.
fn normal_share() -> Weight {
	Weight::from_parts(
		NORMAL_DISPATCH_RATIO.mul_floor(MAX_BLOCK_WEIGHT.ref_time()),
		NORMAL_DISPATCH_RATIO.mul_floor(MAX_BLOCK_WEIGHT.proof_size()),
	)
}

/// The largest block, in bytes: 5 MiB.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	/// The runtime's version, as `System` reports it.
	pub const Version: RuntimeVersion = VERSION;

	/// Three seconds of compute per six-second block, by weights measured on a co-op's kind of
	/// machine (2 cores): a block that full takes at most 3 s to author and to import there
	/// (measured: 6,368 payments, 2.25 s of weight, imported in 1.12 s and authored in 1.5 s
	/// idle, 2.7 s under load), leaving the other half of the slot for gossip, finality votes
	/// and the pool. Weights price the worst case (every account read cold), so this stays 3 s
	/// although typical blocks run faster. At 3 s and with the costs measured here a block
	/// holds about 10,010 payments by weight (4,900 at Substrate's stock prices).
	///
	/// An empty block's cost and each transaction's own part (its signature; the extensions'
	/// compute, which their own weights charge, taken out: `crate::weights::transaction_base`)
	/// are this machine's, measured by `benchmark overhead` (`crate::weights`), as Substrate's
	/// `with_sensible_defaults` lays them out otherwise: 75% for normal transactions, the
	/// rest for operational ones, a tenth expected for the block's own hooks.
	pub RuntimeBlockWeights: frame_system::limits::BlockWeights =
		frame_system::limits::BlockWeights::builder()
			.base_block(BlockExecutionWeight::get())
			.for_class(DispatchClass::all(), |weights| {
				weights.base_extrinsic = transaction_base();
			})
			.for_class(DispatchClass::Normal, |weights| {
				weights.max_total = Some(normal_share());
			})
			.for_class(DispatchClass::Operational, |weights| {
				weights.max_total = Some(MAX_BLOCK_WEIGHT);
				weights.reserved = Some(MAX_BLOCK_WEIGHT.saturating_sub(normal_share()));
			})
			.avg_block_initialization(Perbill::from_percent(10))
			.build_or_panic();
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
	/// what they cost there, as measured on this machine by `benchmark storage`
	/// (`crate::weights`), not Substrate's stock ParityDB figures.
	type DbWeight = ParityDbWeight;
	/// Stock weights, except that a runtime upgrade fits in one of our blocks.
	type SystemWeightInfo = system_weights::SystemWeights<Runtime>;
	/// Stock weights of the stock transaction extensions, storage priced as ours (the default
	/// `()` prices it as RocksDB), with the genesis hash's read priced warm.
	type ExtensionsWeightInfo = system_extension_weights::WarmGenesis<
		frame_system::SubstrateExtensionsWeight<Runtime>,
		ParityDbWeight,
	>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// HOUR moves only through `Hours`: every `Balances` call is refused, nested or not.
	type BaseCallFilter = CallFilter;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Half the block time: Aura's slots are twice this long.
	type MinimumPeriod = ConstU64<{ MILLISECS_PER_BLOCK / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}
