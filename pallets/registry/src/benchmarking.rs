//! Benchmarks of every call, each on its worst path: new people (every storage item
//! written), longest names, members who own HOUR (a transfer on leaving), the most
//! memberships a rebind can move.

use super::*;
use alloc::{vec, vec::Vec};
use coop_primitives::SuspensionCheck;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, EnsureOriginWithArg, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Saturating},
	DispatchError,
};
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

/// The longest name, as a call carries it.
fn longest_name_input<T: Config>() -> NameInputOf<T> {
	BoundedVec::truncate_from(longest_name::<T>())
}

fn founder<T: Config>(name: &'static str, index: u32) -> FounderOf<T> {
	let (account, identity) = person::<T>(name, index);
	Founder { account, identity, name: longest_name_input::<T>() }
}

/// A founded co-op with one admin (admitted directly, as at genesis), returned with it.
fn coop_with_admin<T: Config>(index: u32) -> Result<(CoopId, T::AccountId), BenchmarkError> {
	let admin = founder::<T>("admin", index);
	let account = admin.account.clone();
	let name = Pallet::<T>::checked_name(longest_name::<T>()).map_err(DispatchError::from)?;
	let coop = Pallet::<T>::open_coop(name)?;
	Pallet::<T>::admit(coop, &account, admin.identity, admin.name.into_inner(), Role::Admin)?;
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

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_coop(a: Linear<1, { T::MaxFounders::get() }>) -> Result<(), BenchmarkError> {
		let origin = T::ConstitutionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let founders =
			BoundedVec::truncate_from((0..a).map(|i| founder::<T>("founder", i)).collect());
		let coop = NextCoopId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, longest_name_input::<T>(), founders);

		assert_eq!(Coops::<T>::get(coop).map(|c| c.status), Some(CoopStatus::Founding));
		assert_eq!(Invitations::<T>::iter().filter(|(_, c, _)| *c == coop).count() as u32, a);
		Ok(())
	}

	#[benchmark]
	fn add_member() -> Result<(), BenchmarkError> {
		let (coop, admin) = coop_with_admin::<T>(0)?;
		let (who, identity) = person::<T>("new", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), coop, who.clone(), identity, longest_name_input::<T>());

		assert!(Invitations::<T>::contains_key(&who, coop));
		Ok(())
	}

	/// A person new to the chain, with the longest name, accepts: bound, kept alive, admitted.
	#[benchmark]
	fn accept_invitation() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let (who, identity) = person::<T>("new", 0);
		Pallet::<T>::invite(coop, &who, identity, longest_name::<T>(), Role::Member)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), coop);

		assert_last_event::<T>(Event::MemberAdded { coop, who, role: Role::Member });
		Ok(())
	}

	#[benchmark]
	fn decline_invitation() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let (who, identity) = person::<T>("new", 0);
		Pallet::<T>::invite(coop, &who, identity, longest_name::<T>(), Role::Member)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), coop);

		assert_last_event::<T>(Event::InvitationDeclined { coop, who });
		Ok(())
	}

	#[benchmark]
	fn set_policy() -> Result<(), BenchmarkError> {
		let policy = T::DefaultPolicy::get();
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, policy);

		assert_last_event::<T>(Event::PolicySet { policy });
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

	/// `on_idle` prunes one ended membership past the retention: its queued entry and its
	/// record, which has not changed since.
	#[benchmark]
	fn prune_membership() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		let who = funded_member::<T>(coop, Role::Member)?;
		Pallet::<T>::end_membership(coop, &who)?;
		let after = frame_system::Pallet::<T>::block_number()
			.saturating_add(Policy::<T>::get().membership_retention)
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(after);
		// Whatever the per-entry weight, room for exactly one.
		let limit =
			T::WeightInfo::prune_membership().saturating_add(T::DbWeight::get().reads_writes(2, 1));

		#[block]
		{
			Pallet::<T>::prune_ended_memberships(limit);
		}

		assert!(!Memberships::<T>::contains_key(coop, &who));
		let queue = EndedMembershipsQueue::<T>::get();
		assert_eq!(queue.first, queue.next);
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
		// The worst path: the approval that completes a recovery opened a delay ago.
		let approver = T::RebindOrigin::try_successful_origin(&old)
			.and_then(|o| T::RebindOrigin::try_origin(o, &old).map_err(|_| ()))
			.map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::do_rebind(approver, &old, &new)?;
		let ready = Recoveries::<T>::get(&old).ok_or("recovery just opened")?.completes_after;
		frame_system::Pallet::<T>::set_block_number(ready.saturating_add(1u32.into()));
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
		T::SuspensionCheck::make_suspendable(coop);
		let origin = T::ConstitutionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop);

		assert_last_event::<T>(Event::CoopSuspended { coop });
		Ok(())
	}

	#[benchmark]
	fn resume_coop() -> Result<(), BenchmarkError> {
		let (coop, _) = coop_with_admin::<T>(0)?;
		T::SuspensionCheck::make_suspendable(coop);
		Pallet::<T>::set_status(coop, CoopStatus::Suspended)?;
		let origin = T::ConstitutionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop);

		assert_last_event::<T>(Event::CoopResumed { coop });
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
