//! `frame_system`'s weights: the stock figures, except for replacing the runtime's code.
//!
//! The stock `set_code` and `apply_authorized_upgrade` weigh about 165 s, measured by upstream
//! on a runtime far larger than ours with the version check done by instantiating the wasm. At
//! that weight no block of ours (3 s) could ever hold an upgrade, and the federation could not
//! upgrade its chain without a sudo key. What the calls do here is hash the code (under 1 MiB)
//! and read the version from its custom section: milliseconds. We charge half a second, a
//! sixth of the block: under the quarter kept for operational calls (0.75 s), so an upgrade
//! fits beside a block whose normal share is full of payments; and the call itself then
//! reports the whole block as used (`frame_system` does that after a successful upgrade), so
//! nothing else follows it in the block that switches code.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::weights::{SubstrateWeight, WeightInfo};

/// What replacing the runtime's code is charged before it runs: a sixth of a 3 s block.
const UPGRADE_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND / 2, 67_035);

/// Stock `frame_system` weights with [`UPGRADE_WEIGHT`] for the two upgrade calls.
pub struct SystemWeights<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SystemWeights<T> {
	fn remark(b: u32) -> Weight {
		SubstrateWeight::<T>::remark(b)
	}
	fn remark_with_event(b: u32) -> Weight {
		SubstrateWeight::<T>::remark_with_event(b)
	}
	fn set_heap_pages() -> Weight {
		SubstrateWeight::<T>::set_heap_pages()
	}
	fn set_code() -> Weight {
		UPGRADE_WEIGHT.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn set_storage(i: u32) -> Weight {
		SubstrateWeight::<T>::set_storage(i)
	}
	fn kill_storage(i: u32) -> Weight {
		SubstrateWeight::<T>::kill_storage(i)
	}
	fn kill_prefix(p: u32) -> Weight {
		SubstrateWeight::<T>::kill_prefix(p)
	}
	fn authorize_upgrade() -> Weight {
		SubstrateWeight::<T>::authorize_upgrade()
	}
	fn apply_authorized_upgrade() -> Weight {
		UPGRADE_WEIGHT.saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
}
