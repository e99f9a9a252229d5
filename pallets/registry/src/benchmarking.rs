//! Benchmarks of every call, each on its worst path: new people (every storage item
//! written), longest names, members who own HOUR (a transfer on leaving), the most
//! memberships a rebind can move. And of the two transaction extensions that every signed
//! transaction passes through: their weight is part of every transaction's.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::dispatch::{DispatchInfo, PostDispatchInfo};
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, EnsureOriginWithArg, Get,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{
	AsSystemOriginSigner, BlakeTwo256, DispatchTransaction, Dispatchable, Hash, Saturating,
};
use transaction_gate::{CheckMember, CheckNonceWithinRate};
use types::Founder;

const SEED: u32 = 0;

/// A person new to the chain: an account and their identity commitment.
fn person<T: Config>(name: &'static str, index: u32) -> (T::AccountId, H256) {
	(account(name, index, SEED), BlakeTwo256::hash_of(&(name, index)))
}

/// The longest name the pallet accepts.
fn longest_name<T: Config>() -> Vec<u8> {
	vec![b'n'; T::MaxNameLength::get() as usize]
}

fn founder<T: Config>(name: &'static str, index: u32) -> Founder<T::AccountId> {
	let (account, identity) = person::<T>(name, index);
	Founder { account, identity, name: longest_name::<T>() }
}

/// A registered co-op with one admin, returned with it.
fn coop_with_admin<T: Config>(index: u32) -> Result<(CoopId, T::AccountId), BenchmarkError> {
	let admin = founder::<T>("admin", index);
	let account = admin.account.clone();
	let coop = Pallet::<T>::do_register_coop(longest_name::<T>(), vec![admin])?;
	Ok((coop, account))
}

/// Admits a new person to `coop` with `role` and gives them HOUR to move.
fn funded_member<T: Config>(coop: CoopId, role: Role) -> Result<T::AccountId, BenchmarkError> {
	let (who, identity) = person::<T>("member", 0);
	Pallet::<T>::admit(coop, &who, identity, longest_name::<T>(), role)?;
	let amount = T::Currency::minimum_balance().saturating_mul(100u32.into());
	T::Currency::mint_into(&who, amount)?;
	Ok(who)
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// Any call: the extensions look at the signer, not the call.
fn any_call<T: frame_system::Config>() -> T::RuntimeCall {
	frame_system::Call::remark { remark: vec![] }.into()
}

#[benchmarks(where
	T: Send + Sync,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_coop(a: Linear<1, { T::MaxFounders::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let founders: Vec<_> = (0..a).map(|i| founder::<T>("founder", i)).collect();
		let coop = NextCoopId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, longest_name::<T>(), founders);

		assert_eq!(Coops::<T>::get(coop).map(|c| c.admin_count), Some(a));
		Ok(())
	}

	#[benchmark]
	fn add_member() -> Result<(), BenchmarkError> {
		let (coop, admin) = coop_with_admin::<T>(0)?;
		let (who, identity) = person::<T>("new", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), coop, who.clone(), identity, longest_name::<T>());

		assert_last_event::<T>(Event::MemberAdded { coop, who, role: Role::Member });
		Ok(())
	}

	#[benchmark]
	fn set_role() -> Result<(), BenchmarkError> {
		let (coop, admin) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Member)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), coop, who.clone(), Role::Admin);

		assert_last_event::<T>(Event::RoleChanged {
			coop,
			who,
			from: Role::Member,
			to: Role::Admin,
		});
		Ok(())
	}

	#[benchmark]
	fn remove_member() -> Result<(), BenchmarkError> {
		let (coop, admin) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Admin)?;
		let held = T::Currency::balance(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), coop, who.clone());

		assert_last_event::<T>(Event::MemberRemoved { coop, who, moved_to_pool: held });
		Ok(())
	}

	#[benchmark]
	fn leave() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Admin)?;
		let held = T::Currency::balance(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), coop);

		assert_last_event::<T>(Event::MemberLeft { coop, who, moved_to_pool: held });
		Ok(())
	}

	#[benchmark]
	fn rebind(m: Linear<1, { T::MaxCoopsPerMember::get() }>) -> Result<(), BenchmarkError> {
		let (first, _) = coop_with_admin::<T>(0)?;
		let old = funded_member::<T>(first, Role::Admin)?;
		let identity = Members::<T>::get(&old).map(|m| m.identity).ok_or("member just admitted")?;
		for i in 1..m {
			let (coop, _) = coop_with_admin::<T>(i)?;
			Pallet::<T>::admit(coop, &old, identity, Vec::new(), Role::Admin)?;
		}
		let held = T::Currency::balance(&old);
		let (new, _) = person::<T>("new key", 0);
		let origin =
			T::RebindOrigin::try_successful_origin(&old).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, old.clone(), new.clone());

		assert_last_event::<T>(Event::MemberRebound { old, new, moved: held });
		Ok(())
	}

	#[benchmark]
	fn suspend_coop() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop);

		assert_last_event::<T>(Event::CoopSuspended { coop });
		Ok(())
	}

	#[benchmark]
	fn resume_coop() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		Pallet::<T>::set_status(coop, CoopStatus::Suspended)?;
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop);

		assert_last_event::<T>(Event::CoopResumed { coop });
		Ok(())
	}

	#[benchmark]
	fn set_rate_limit() -> Result<(), BenchmarkError> {
		let limit = crate::types::RateLimit { transactions: 1, blocks: 1u32.into() };
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, limit);

		assert_last_event::<T>(Event::RateLimitSet { limit });
		Ok(())
	}

	/// The member check of a member with the longest name (the record read is decoded whole).
	#[benchmark]
	fn check_member() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Member)?;
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
		let (coop, _) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Member)?;
		let now = frame_system::Pallet::<T>::block_number();
		let limit = TransactionRateLimit::<T>::get();
		let window = Pallet::<T>::rate_window(&who, now, &limit).start;
		// A window of theirs other than this one, as after a pause.
		let other = window.saturating_add(limit.blocks);
		RateWindows::<T>::insert(&who, (other, T::Nonce::from(0u32)));
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

		assert_eq!(RateWindows::<T>::get(&who), Some((window, T::Nonce::from(1u32))));
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
