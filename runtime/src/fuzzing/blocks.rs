//! Blocks as the dev chain's author builds them: a header with Aura's pre-digest for the
//! block's slot, the timestamp inherent first, then transactions, then `finalize_block`.
//!
//! Time is tied to block numbers: block `n` is authored at [`GENESIS_MOMENT`] plus `n` block
//! times, in the slot of that moment. Between two blocks the fuzzer may skip block numbers
//! (see `input::lapse`): the skipped blocks' hooks don't run, as if they were empty and
//! their `on_initialize`/`on_idle` work never happened. A finding that needs a skip is
//! worth checking against the same blocks built one by one.

use codec::Encode;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_runtime::{traits::Header as _, Digest, DigestItem};

use crate::{
	BlockNumber, Executive, Hash, Header, Runtime, RuntimeCall, UncheckedExtrinsic,
	MILLISECS_PER_BLOCK,
};

/// When block 0 was made, in Unix milliseconds: 2026-11-22 at noon UTC (day 20,779), so
/// block 1 falls within the same day.
pub const GENESIS_MOMENT: u64 = 1_795_348_800_000;

/// The timestamp of block `number`.
fn moment_at(number: BlockNumber) -> u64 {
	GENESIS_MOMENT.saturating_add(u64::from(number).saturating_mul(MILLISECS_PER_BLOCK))
}

/// The day (since 1970-01-01, UTC) of block `number`, as `pallet_hours` reads the clock.
pub fn day_at(number: BlockNumber) -> u32 {
	u32::try_from(moment_at(number) / 86_400_000).unwrap_or(u32::MAX)
}

/// The block being built and the hash of the one before it.
pub struct Chain {
	number: BlockNumber,
	parent: Hash,
}

impl Chain {
	/// Begins block 1 on genesis.
	pub fn start() -> Self {
		let chain = Self { number: 1, parent: frame_system::Pallet::<Runtime>::block_hash(0) };
		chain.initialize();
		chain
	}

	/// Ends the block being built (its hooks, `on_idle` included).
	pub fn finish(&mut self) {
		self.parent = Executive::finalize_block().hash();
	}

	/// Begins the block `lapse` numbers after the one just finished.
	pub fn begin_next(&mut self, lapse: BlockNumber) {
		self.number = self.number.saturating_add(lapse.max(1));
		// `frame_system` takes only the next number; a skip moves its count on first, as its
		// docs tell tests to.
		frame_system::Pallet::<Runtime>::set_block_number(self.number.saturating_sub(1));
		self.initialize();
	}

	fn initialize(&self) {
		let moment = moment_at(self.number);
		let slot = moment.checked_div(pallet_aura::Pallet::<Runtime>::slot_duration()).unwrap_or(0);
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())],
		};
		let header = Header::new(self.number, Hash::zero(), Hash::zero(), self.parent, digest);
		Executive::initialize_block(&header);
		// The author's inherent: a block without it is invalid, and one refused is a finding.
		let now =
			UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
				now: moment,
			}));
		let applied = Executive::apply_extrinsic(now);
		assert!(
			matches!(applied, Ok(Ok(()))),
			"block {}: the timestamp inherent failed: {applied:?}",
			self.number
		);
	}
}
