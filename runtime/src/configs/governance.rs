//! Governance: proposals and votes (`Daco`) with the calls they carry held as preimages
//! (`Preimage`), batches (`Utility`), and the dev chain's `Sudo`. The default thresholds of
//! every body are here.

use frame_support::{
	parameter_types,
	traits::ConstU32,
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

use super::TwoThirdsOfAllCoops;
use crate::{
	AccountId, Balances, OriginCaller, Preimage, Registry, Runtime, RuntimeCall, RuntimeEvent,
	DAYS, MINUTES,
};

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
	/// No deposit (HOUR is pay for work, not a spam bond): each member's preimages count
	/// against their free storage quota instead (`PreimageQuota`, held by the gate), and the
	/// room comes back when they unnote one.
	type Consideration = pallet_gate::QuotaTicket<Runtime>;
}

parameter_types! {
	/// Until a body sets its own: half the electorate must vote, more ayes than nays, a week
	/// to vote, and a day to read a proposal before a majority can settle it (it closes
	/// early once everyone voted, or after that day once the outstanding votes can't change
	/// it).
	pub DefaultBodyThresholds: pallet_daco::ThresholdsOf<Runtime> = pallet_daco::types::Thresholds {
		rule: pallet_daco::tally::Rule {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(50),
			min_ayes: Perbill::zero(),
		},
		voting_period: 7 * DAYS,
		min_deliberation: DAYS,
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
	/// Ten minutes at the least to read a proposal, unless everyone has voted.
	type MinDeliberation = ConstU32<{ 10 * MINUTES }>;
	type CallShare = super::ConstitutionalShare;
	type MaxOpenProposals = ConstU32<16>;
	/// One voter holds at most three of a body's sixteen slots.
	type MaxOpenPerProposer = ConstU32<3>;
	/// Removing a vote is a read and a write; 100 a block clears the votes of a co-op of
	/// thousands within minutes of its proposal ending.
	type MaxVotesClearedPerBlock = ConstU32<100>;
	type MaxDescriptionLength = ConstU32<256>;
	/// 64 KiB: room for a reset of every well-known node (about 41 KB) or a batch of
	/// registrations; a runtime upgrade is proposed by its hash (`authorizeUpgrade`). Decoding
	/// is what grows with it: at the bound, a few milliseconds.
	type MaxProposalLength = ConstU32<{ 64 * 1024 }>;
	type MaxProposalWeight = MaxProposalWeight;
	type WeightInfo = pallet_daco::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registry;
	#[cfg(feature = "runtime-benchmarks")]
	type CallBenchmarkHelper = BatchesOfEmptyRemarks;
}

/// The call that costs the most per byte to propose and close: empty remarks, three bytes
/// each, in batches of batches (one batch may hold only a few thousand calls), every one
/// decoded, weighed, checked for the share it needs and dispatched
/// (`runtime/src/tests/worst_case_block.rs` times the longest such call against the weights
/// measured with it).
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub struct BatchesOfEmptyRemarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_daco::CallBenchmarkHelper<RuntimeCall> for BatchesOfEmptyRemarks {
	fn call_of_length(len: u32) -> RuntimeCall {
		Self::of_length(len)
	}
}

#[cfg(any(test, feature = "runtime-benchmarks"))]
impl BatchesOfEmptyRemarks {
	/// The call of at most `len` bytes encoded, as close to `len` as the remarks allow.
	pub fn of_length(len: u32) -> RuntimeCall {
		use codec::Encode;
		let len = len as usize;
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: alloc::vec![] });
		let batch = |calls| RuntimeCall::Utility(pallet_utility::Call::batch { calls });
		// `pallet_utility`'s own limit of calls in one batch (private upstream): a third of
		// the largest allocation, in slots of the call's size rounded up to 1 KiB.
		let slot = core::mem::size_of::<RuntimeCall>().div_ceil(1024).saturating_mul(1024);
		let per_batch = (sp_core::MAX_POSSIBLE_ALLOCATION as usize)
			.checked_div(3)
			.and_then(|room| room.checked_div(slot))
			.unwrap_or(1)
			.max(1);
		let batches_of = |remarks: usize| {
			let mut left = remarks;
			let mut batches = alloc::vec::Vec::new();
			while left > 0 {
				let count = left.min(per_batch);
				batches.push(batch(alloc::vec![remark.clone(); count]));
				left = left.saturating_sub(count);
			}
			batch(batches)
		};
		// As many remarks as fit with no batch's own bytes counted, then fewer by what the
		// batches' indices and counts took.
		let mut remarks = len.saturating_sub(6).checked_div(remark.encoded_size()).unwrap_or(0);
		loop {
			let call = batches_of(remarks);
			let over = call.encoded_size().saturating_sub(len);
			if over == 0 || remarks == 0 {
				return call;
			}
			remarks = remarks.saturating_sub(over.div_ceil(3).max(1));
		}
	}
}
