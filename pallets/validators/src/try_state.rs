//! The validators pallet's invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. The set is never empty, and lists each account once.
//! 2. Every listed validator is an active member of the registered co-op that runs it (a
//!    suspended co-op's validators stay listed and are left out of the sessions it is
//!    suspended for; a lone last validator stays listed even if it left, so that the chain
//!    never stops).
//! 3. The last planned set is non-empty (it may still name a validator removed since, until
//!    the next session).
//! 4. Only listed validators have an authorship record.

use alloc::collections::btree_set::BTreeSet;
use coop_primitives::{Coops, Membership};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

use crate::{Config, LastAuthored, Pallet, Planned, Validators};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(!validators.is_empty(), "empty validator set");
		let listed: BTreeSet<_> = validators.iter().map(|v| v.account.clone()).collect();
		ensure!(listed.len() == validators.len(), "a validator listed twice");
		for validator in &validators {
			ensure!(T::Registry::status(validator.coop).is_some(), "validator of an unknown co-op");
			ensure!(
				validators.len() == 1
					|| T::Registry::membership(validator.coop, &validator.account).is_some(),
				"validator that is no member of its co-op"
			);
		}
		let planned = Planned::<T>::get();
		ensure!(!planned.is_empty(), "empty planned set");
		for (account, _) in LastAuthored::<T>::iter() {
			ensure!(listed.contains(&account), "authorship record of a non-validator");
		}
		Ok(())
	}
}
