//! Members: admitting, changing roles, ending memberships and moving a member to a new key.

use alloc::vec::Vec;
use coop_primitives::{CoopId, CoopStatus, MemberGone, MembershipEnded, Role};
use frame_support::{
	defensive, ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
	},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{traits::Zero, DispatchError};

use crate::{
	types::{MemberInfo, MembershipRecord, MembershipStatus},
	ActiveCoopCount, BalanceOf, Config, Coops, EndedMemberships, EndedMembershipsQueue, Error,
	Event, Identities, Members, Memberships, Pallet,
};

impl<T: Config> Pallet<T> {
	/// Admits `who` to `coop` with `role`. A person new to the chain is bound to `identity`
	/// and named `name`; a registered one must come with the identity they are bound to.
	pub(crate) fn admit(
		coop: CoopId,
		who: &T::AccountId,
		identity: H256,
		name: Vec<u8>,
		role: Role,
	) -> DispatchResult {
		let mut info = Coops::<T>::get(coop).ok_or(Error::<T>::UnknownCoop)?;
		let founding = info.status == CoopStatus::Founding;
		let open = info.status == CoopStatus::Active || (founding && role == Role::Admin);
		ensure!(open, Error::<T>::CoopNotActive);
		ensure!(identity != H256::zero(), Error::<T>::InvalidIdentity);
		ensure!(Self::pool_id(who).is_none(), Error::<T>::PoolAccount);

		let member = match Members::<T>::get(who) {
			Some(mut member) => {
				ensure!(member.identity == identity, Error::<T>::IdentityMismatch);
				ensure!(!member.coops.contains(&coop), Error::<T>::AlreadyMember);
				// Back after leaving everywhere, their account was kept alive all along.
				member.coops.try_push(coop).map_err(|_| Error::<T>::TooManyMemberships)?;
				member
			}
			None => {
				ensure!(!Identities::<T>::contains_key(identity), Error::<T>::IdentityInUse);
				let name = Self::checked_name(name)?;
				let coops = BoundedVec::truncate_from(alloc::vec![coop]);
				// Held for as long as the record exists, so their nonce never goes back.
				frame_system::Pallet::<T>::inc_providers(who);
				Identities::<T>::insert(identity, who);
				MemberInfo { identity, name, coops }
			}
		};

		info.member_count = info.member_count.checked_add(1).ok_or(Error::<T>::CountOverflow)?;
		if role == Role::Admin {
			info.admin_count = info.admin_count.checked_add(1).ok_or(Error::<T>::CountOverflow)?;
		}
		let joined = frame_system::Pallet::<T>::block_number();
		let record = MembershipRecord { role, joined, status: MembershipStatus::Active };
		if founding {
			// The first founder is in: the co-op is founded, and counts in the federation.
			let active = ActiveCoopCount::<T>::get();
			ActiveCoopCount::<T>::put(active.checked_add(1).ok_or(Error::<T>::CountOverflow)?);
			info.status = CoopStatus::Active;
			info.active_since = joined;
		}

		Members::<T>::insert(who, member);
		Memberships::<T>::insert(coop, who, record);
		Coops::<T>::insert(coop, info);
		if founding {
			Self::deposit_event(Event::CoopFounded { coop });
		}
		Self::deposit_event(Event::MemberAdded { coop, who: who.clone(), role });
		Ok(())
	}

	/// Gives `who` the role `role` in `coop`, never demoting the co-op's last admin.
	pub(crate) fn do_set_role(coop: CoopId, who: &T::AccountId, role: Role) -> DispatchResult {
		let mut info = Coops::<T>::get(coop).ok_or(Error::<T>::UnknownCoop)?;
		ensure!(info.status == CoopStatus::Active, Error::<T>::CoopNotActive);
		let mut record = Memberships::<T>::get(coop, who)
			.filter(MembershipRecord::is_active)
			.ok_or(Error::<T>::NotMember)?;
		let from = record.role;
		ensure!(from != role, Error::<T>::RoleUnchanged);

		if from == Role::Admin {
			ensure!(info.admin_count > 1, Error::<T>::LastAdmin);
			info.admin_count = info.admin_count.saturating_sub(1);
		}
		if role == Role::Admin {
			info.admin_count = info.admin_count.checked_add(1).ok_or(Error::<T>::CountOverflow)?;
		}
		record.role = role;

		Memberships::<T>::insert(coop, who, record);
		Coops::<T>::insert(coop, info);
		Self::deposit_event(Event::RoleChanged { coop, who: who.clone(), from, to: role });
		Ok(())
	}

	/// Ends `who`'s membership of `coop`, keeping the record marked as left. If they belong
	/// to no other co-op, their HOUR moves to `coop`'s pool and those who hold something on
	/// the account let go of it; the account itself stays alive with their record, so its
	/// nonce never starts again and nothing they signed can be replayed. Returns the amount
	/// moved.
	pub(crate) fn end_membership(
		coop: CoopId,
		who: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut info = Coops::<T>::get(coop).ok_or(Error::<T>::UnknownCoop)?;
		let mut record = Memberships::<T>::get(coop, who)
			.filter(MembershipRecord::is_active)
			.ok_or(Error::<T>::NotMember)?;
		let Some(mut member) = Members::<T>::get(who) else {
			defensive!("an active membership without a member record");
			return Err(DispatchError::Corruption);
		};

		if record.role == Role::Admin {
			ensure!(info.admin_count > 1, Error::<T>::LastAdmin);
			info.admin_count = info.admin_count.saturating_sub(1);
		}
		info.member_count = info.member_count.saturating_sub(1);
		let ended_at = frame_system::Pallet::<T>::block_number();
		record.status = MembershipStatus::Left { at: ended_at };
		member.coops.retain(|c| *c != coop);
		let mut queue = EndedMembershipsQueue::<T>::get();
		let entry = queue.next;
		queue.next = entry.checked_add(1).ok_or(Error::<T>::CountOverflow)?;

		let moved_to_pool = if member.is_active() {
			Zero::zero()
		} else {
			let moved = Self::move_everything(who, &Self::pool_account(coop))?;
			T::OnMemberGone::member_gone(who);
			moved
		};

		Members::<T>::insert(who, member);
		Memberships::<T>::insert(coop, who, record);
		Coops::<T>::insert(coop, info);
		// Kept for the policy's retention, then pruned by `on_idle`.
		EndedMemberships::<T>::insert(entry, (ended_at, coop, who.clone()));
		EndedMembershipsQueue::<T>::put(queue);
		T::OnMembershipEnded::membership_ended(coop, who);
		Ok(moved_to_pool)
	}

	/// Moves the member at `old` to the unused account `new`. Returns how many memberships
	/// moved.
	///
	/// The new account counts as joined now: votes are kept per account, so it votes from the
	/// next proposal on, and a person can't vote twice on one proposal by rebinding in between.
	pub(crate) fn move_member(
		old: &T::AccountId,
		new: &T::AccountId,
	) -> Result<u32, DispatchError> {
		let member = Members::<T>::get(old).ok_or(Error::<T>::NotMember)?;
		ensure!(!Members::<T>::contains_key(new), Error::<T>::AccountInUse);
		ensure!(Self::pool_id(new).is_none(), Error::<T>::PoolAccount);

		let now = frame_system::Pallet::<T>::block_number();
		for coop in &member.coops {
			let Some(record) = Memberships::<T>::take(coop, old) else {
				defensive!("a member's co-op without their membership record");
				return Err(DispatchError::Corruption);
			};
			Memberships::<T>::insert(coop, new, MembershipRecord { joined: now, ..record });
			T::OnMembershipEnded::membership_ended(*coop, old);
		}
		// The record, and with it the account's provider reference, moves to the new key.
		frame_system::Pallet::<T>::inc_providers(new);
		let moved = Self::move_everything(old, new)?;
		Self::release(old)?;
		let memberships = u32::try_from(member.coops.len()).unwrap_or(u32::MAX);

		Identities::<T>::insert(member.identity, new);
		Members::<T>::remove(old);
		Members::<T>::insert(new, member);
		Self::deposit_event(Event::MemberRebound { old: old.clone(), new: new.clone(), moved });
		Ok(memberships)
	}

	/// What moving a member with `memberships` co-ops to a new key weighs: the measured
	/// figure, and the listeners told of each membership that ends for the old key.
	pub(crate) fn rebind_weight(memberships: u32) -> frame_support::weights::Weight {
		use crate::WeightInfo;
		use frame_support::traits::Get;
		T::WeightInfo::rebind(memberships)
			.saturating_add(T::ListenersWeight::get().saturating_mul(u64::from(memberships)))
	}

	/// Moves all of `from`'s spendable HOUR to `to`, returning the amount.
	fn move_everything(
		from: &T::AccountId,
		to: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let amount =
			T::Currency::reducible_balance(from, Preservation::Expendable, Fortitude::Polite);
		if !amount.is_zero() {
			T::Currency::transfer(from, to, amount, Preservation::Expendable)?;
		}
		Ok(amount)
	}

	/// Drops the registry's provider reference on `who`, the old key of a recovery, which
	/// stands for nobody now. Those told first drop what they hold on the account (its
	/// session keys, which take a consumer reference), so holding keys does not make a key
	/// impossible to recover from.
	fn release(who: &T::AccountId) -> DispatchResult {
		T::OnMemberGone::member_gone(who);
		frame_system::Pallet::<T>::dec_providers(who)
			.map_err(|_| Error::<T>::AccountStillReferenced)?;
		Ok(())
	}
}
