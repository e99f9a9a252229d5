//! The gate's invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. The rate limit allows at least one transaction in a window of at least one block.
//! 2. Only active members have a rate window (a member gone everywhere lost theirs).
//! 3. Nobody stores more for free than the quota, and nobody is recorded as storing nothing.

use coop_primitives::Membership;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

use crate::{Config, Pallet, RateWindows, StorageUsed, TransactionRateLimit};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the gate; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		ensure!(TransactionRateLimit::<T>::get().is_valid(), "rate limit with a zero");
		for (account, _) in RateWindows::<T>::iter() {
			ensure!(T::Membership::is_member(&account), "rate window of someone not a member");
		}
		let quota = T::StorageQuota::get();
		for (_, used) in StorageUsed::<T>::iter() {
			ensure!(used.count > 0 || used.size > 0, "an empty storage record kept");
			ensure!(used.count <= quota.count && used.size <= quota.size, "storage over the quota");
		}
		Ok(())
	}
}
