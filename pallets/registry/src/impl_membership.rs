//! The registry's answers to other pallets: [`Coops`] and [`Membership`].

use coop_primitives::{CoopId, CoopStatus, Coops, Membership, MembershipOf};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::{ActiveCoopCount, Config, Coops as CoopsStorage, Members, Memberships, Pallet};

impl<T: Config> Coops<T::AccountId> for Pallet<T> {
	fn status(coop: CoopId) -> Option<CoopStatus> {
		CoopsStorage::<T>::get(coop).map(|info| info.status)
	}

	fn pool_account(coop: CoopId) -> T::AccountId {
		Pallet::<T>::pool_account(coop)
	}

	fn pool_owner(who: &T::AccountId) -> Option<CoopId> {
		Self::pool_id(who).filter(|coop| CoopsStorage::<T>::contains_key(coop))
	}

	fn active_coop_count() -> u32 {
		ActiveCoopCount::<T>::get()
	}
}

impl<T: Config> Membership<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn membership(coop: CoopId, who: &T::AccountId) -> Option<MembershipOf<BlockNumberFor<T>>> {
		Memberships::<T>::get(coop, who)
			.filter(|record| record.is_active())
			.map(|record| MembershipOf { role: record.role, joined: record.joined })
	}

	fn is_member(who: &T::AccountId) -> bool {
		Members::<T>::get(who).is_some_and(|member| member.is_active())
	}

	fn member_count(coop: CoopId) -> u32 {
		CoopsStorage::<T>::get(coop).map_or(0, |info| info.member_count)
	}

	fn coop_active_since(coop: CoopId) -> Option<BlockNumberFor<T>> {
		CoopsStorage::<T>::get(coop)
			.filter(|info| info.status == CoopStatus::Active)
			.map(|info| info.active_since)
	}

	fn identity_of(who: &T::AccountId) -> Option<sp_core::H256> {
		Members::<T>::get(who).map(|member| member.identity)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> coop_primitives::MembershipBenchmarkHelper<T::AccountId> for Pallet<T> {
	fn new_coop() -> CoopId {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		let coop = crate::NextCoopId::<T>::get();
		let admin = frame_benchmarking::account("coop admin", coop.0, 0);
		let identity = BlakeTwo256::hash_of(&("coop admin", coop.0));
		// Founded directly, as at genesis: other pallets' benchmarks need an active co-op.
		if let Ok(name) = Self::checked_name(b"Benchmark co-op".to_vec()) {
			if Self::open_coop(name).is_ok() {
				let role = coop_primitives::Role::Admin;
				let _ = Self::admit(coop, &admin, identity, b"Admin".to_vec(), role);
			}
		}
		coop
	}

	fn add_member(coop: CoopId, who: &T::AccountId, role: coop_primitives::Role) {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		let identity = Members::<T>::get(who)
			.map_or_else(|| BlakeTwo256::hash_of(&("member", who)), |m| m.identity);
		let _ = Self::admit(coop, who, identity, b"Member".to_vec(), role);
	}

	fn whitelist_member_record(who: &T::AccountId) {
		frame_benchmarking::benchmarking::add_to_whitelist(
			Members::<T>::hashed_key_for(who).into(),
		);
	}
}
