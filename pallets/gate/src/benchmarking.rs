//! Benchmarks of the rate-limit call and of the two extensions every signed transaction
//! passes through: their weight is part of every transaction's.

use super::*;
use coop_primitives::{MembershipBenchmarkHelper, Role};
use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	traits::EnsureOrigin,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{AsSystemOriginSigner, DispatchTransaction, Dispatchable, Saturating};

/// A member of a new co-op, who can sign.
fn member<T: Config>() -> T::AccountId {
	let coop = T::BenchmarkHelper::new_coop();
	let who: T::AccountId = account("member", 0, 0);
	T::BenchmarkHelper::add_member(coop, &who, Role::Member);
	// The registry keeps a member's account alive; a test registry may not.
	if frame_system::Pallet::<T>::providers(&who) == 0 {
		frame_system::Pallet::<T>::inc_providers(&who);
	}
	who
}

/// Any call: the extensions look at the signer, not the call.
fn any_call<T: frame_system::Config>() -> T::RuntimeCall {
	frame_system::Call::remark { remark: alloc::vec![] }.into()
}

#[benchmarks(where
	T: Send + Sync,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_rate_limit() -> Result<(), BenchmarkError> {
		let limit = RateLimit { transactions: 1, blocks: 1u32.into() };
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, limit);

		frame_system::Pallet::<T>::assert_last_event(Event::<T>::RateLimitSet { limit }.into());
		Ok(())
	}

	/// The member check of a member (their record is read and decoded).
	#[benchmark]
	fn check_member() -> Result<(), BenchmarkError> {
		let who = member::<T>();
		let info = DispatchInfo::default();

		#[block]
		{
			CheckMember::<T>::new()
				.test_run(RawOrigin::Signed(who).into(), &any_call::<T>(), &info, 0, 0, |_| {
					Ok(().into())
				})
				.map_err(|_| BenchmarkError::Stop("a member's transaction refused"))?
				.map_err(|_| BenchmarkError::Stop("the call failed"))?;
		}
		Ok(())
	}

	/// The nonce and rate check of a member's first transaction in a new window (the worst
	/// path: the window is recorded): their window is read, found old, and written, and the
	/// nonce bumped.
	#[benchmark]
	fn check_nonce_within_rate() -> Result<(), BenchmarkError> {
		let who = member::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		let limit = TransactionRateLimit::<T>::get();
		let window = Pallet::<T>::rate_window(&who, now, &limit).start;
		// A window of theirs other than this one, as after a pause.
		let other = window.saturating_add(limit.blocks);
		let old = WindowRecord { start: other, nonce_then: T::Nonce::from(0u32), batched: 0 };
		RateWindows::<T>::insert(&who, old);
		frame_system::Pallet::<T>::inc_account_nonce(&who);
		let info = DispatchInfo::default();
		let origin = RawOrigin::Signed(who.clone());

		#[block]
		{
			CheckNonceWithinRate::<T>::from(1u32.into())
				.test_run(origin.into(), &any_call::<T>(), &info, 0, 0, |_| Ok(().into()))
				.map_err(|_| BenchmarkError::Stop("the transaction refused"))?
				.map_err(|_| BenchmarkError::Stop("the call failed"))?;
		}

		let recorded = WindowRecord { start: window, nonce_then: T::Nonce::from(1u32), batched: 0 };
		assert_eq!(RateWindows::<T>::get(&who), Some(recorded));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
