//! Benchmarks of both calls with the set one short of full, and a removal that checks the
//! liveness of every remaining validator.

use super::*;
use alloc::vec::Vec;
use coop_primitives::{MembershipBenchmarkHelper, Role};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

type Helper<T> = <T as Config>::BenchmarkHelper;

/// `n` validators of one co-op, each a member with keys, all live; and that co-op.
fn validators<T: Config>(n: u32) -> (CoopId, Vec<T::AccountId>) {
	let coop = Helper::<T>::new_coop();
	let accounts: Vec<T::AccountId> = (0..n).map(|i| account("validator", i, 0)).collect();
	let mut set = Vec::new();
	for who in &accounts {
		Helper::<T>::add_member(coop, who, Role::Member);
		Helper::<T>::register_session_keys(who);
		set.push(Validator { account: who.clone(), coop });
	}
	Validators::<T>::put(BoundedVec::truncate_from(set));
	for who in &accounts {
		Pallet::<T>::note_author(who.clone());
	}
	(coop, accounts)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(
		n: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let (coop, _) = validators::<T>(n);
		let newcomer: T::AccountId = account("newcomer", 0, 0);
		Helper::<T>::add_member(coop, &newcomer, Role::Member);
		Helper::<T>::register_session_keys(&newcomer);
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, newcomer.clone(), coop);

		assert!(Validators::<T>::get().iter().any(|v| v.account == newcomer));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(n: Linear<2, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let (_, accounts) = validators::<T>(n);
		let leaving = accounts.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leaving.clone());

		assert!(!Validators::<T>::get().iter().any(|v| v.account == leaving));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
