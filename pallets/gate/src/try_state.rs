//! The gate's invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. The rate limit allows at least one transaction in a window of at least one block.
//! 2. Only active members have a rate window (a member gone everywhere lost theirs).

use coop_primitives::Membership;
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

use crate::{Config, Pallet, RateWindows, TransactionRateLimit};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the gate; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		ensure!(TransactionRateLimit::<T>::get().is_valid(), "rate limit with a zero");
		for (account, _) in RateWindows::<T>::iter() {
			ensure!(T::Membership::is_member(&account), "rate window of someone not a member");
		}
		Ok(())
	}
}
