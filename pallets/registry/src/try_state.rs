//! The registry's invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. Identity commitments and member accounts are one-to-one.
//! 2. A member's list of co-ops and their active membership records agree, and every
//!    membership belongs to a registered co-op. (Ended memberships are history and may
//!    name a key that a rebind has since retired.)
//! 3. Each co-op's member and admin counts, and the count of active co-ops, equal what
//!    storage holds; co-op ids are sequential.
//! 4. Every co-op has an admin, but a founding one, which has no members at all.
//! 6. Every invitation is to a registered co-op, and every open key recovery is of a
//!    registered member, to an unregistered key; only registered co-ops decide members by
//!    vote; each co-op's open invitations are counted right, and within the bound.
//! 5. Every registered account is alive (the registry's provider reference), also one that
//!    left everywhere, so no nonce starts again; a member who left everywhere holds no HOUR.
//! 7. Every ended membership is queued for pruning, with the block it ended in; the queue
//!    holds exactly its waiting entries, oldest first.

use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use coop_primitives::{CoopId, CoopStatus, Role};
use frame_support::{
	ensure,
	traits::{fungible::Inspect, Get},
};
use sp_runtime::{traits::Zero, TryRuntimeError};

use crate::{
	types::MembershipStatus, ActiveCoopCount, Config, Coops, EndedMemberships,
	EndedMembershipsQueue, Identities, Members, Memberships, NextCoopId, Pallet,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the registry; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_identities()?;
		Self::check_memberships()?;
		Self::check_coops()?;
		Self::check_accounts()?;
		Self::check_invitations_and_recoveries()?;
		Self::check_ended_memberships_queue()
	}

	fn check_ended_memberships_queue() -> Result<(), TryRuntimeError> {
		let queue = EndedMembershipsQueue::<T>::get();
		ensure!(queue.first <= queue.next, "ended memberships queue ends before it starts");
		let mut queued = BTreeSet::new();
		let mut previous = None;
		for id in queue.first..queue.next {
			let (at, coop, who) =
				EndedMemberships::<T>::get(id).ok_or("a gap in the ended memberships queue")?;
			ensure!(previous.is_none_or(|p| p <= at), "ended memberships queued out of order");
			previous = Some(at);
			queued.insert((coop, who, at));
		}
		ensure!(
			EndedMemberships::<T>::iter_keys().count() as u64
				== queue.next.saturating_sub(queue.first),
			"ended memberships queued outside the queue's bounds"
		);
		for (coop, who, record) in Memberships::<T>::iter() {
			if let MembershipStatus::Left { at } = record.status {
				ensure!(
					queued.contains(&(coop, who, at)),
					"an ended membership that is not queued for pruning"
				);
			}
		}
		Ok(())
	}

	fn check_invitations_and_recoveries() -> Result<(), TryRuntimeError> {
		let mut open = BTreeMap::<CoopId, u32>::new();
		for (_, coop, _) in crate::Invitations::<T>::iter() {
			ensure!(Coops::<T>::contains_key(coop), "invitation to an unknown co-op");
			let count = open.entry(coop).or_default();
			*count = count.saturating_add(1);
		}
		let counted: BTreeMap<CoopId, u32> = crate::OpenInvitations::<T>::iter().collect();
		ensure!(counted == open, "open invitations miscounted");
		ensure!(
			open.values().all(|n| *n <= T::MaxOpenInvitations::get()),
			"more open invitations than allowed"
		);
		for (old, recovery) in crate::Recoveries::<T>::iter() {
			ensure!(Members::<T>::contains_key(&old), "recovery of nobody");
			ensure!(!Members::<T>::contains_key(&recovery.new), "recovery to a registered key");
		}
		for (coop, ()) in crate::MembersByVote::<T>::iter() {
			ensure!(Coops::<T>::contains_key(coop), "members by vote in an unknown co-op");
		}
		Ok(())
	}

	fn check_identities() -> Result<(), TryRuntimeError> {
		for (identity, account) in Identities::<T>::iter() {
			let member = Members::<T>::get(&account).ok_or("identity bound to no member")?;
			ensure!(member.identity == identity, "identity bound to a member with another one");
		}
		for (account, member) in Members::<T>::iter() {
			ensure!(
				Identities::<T>::get(member.identity).as_ref() == Some(&account),
				"member whose identity is not bound to them"
			);
		}
		Ok(())
	}

	fn check_memberships() -> Result<(), TryRuntimeError> {
		for (coop, who, record) in Memberships::<T>::iter() {
			ensure!(Coops::<T>::contains_key(coop), "membership of an unknown co-op");
			// An ended membership is history: it stays under the key the member had then,
			// even after a rebind moved them to another one.
			let listed = Members::<T>::get(&who).is_some_and(|m| m.coops.contains(&coop));
			ensure!(
				record.is_active() == listed,
				"membership record and the member's co-ops disagree"
			);
		}
		for (who, member) in Members::<T>::iter() {
			for (i, coop) in member.coops.iter().enumerate() {
				ensure!(
					Memberships::<T>::get(coop, &who).is_some_and(|r| r.is_active()),
					"member lists a co-op without an active membership"
				);
				ensure!(
					!member.coops.iter().skip(i.saturating_add(1)).any(|c| c == coop),
					"co-op listed twice"
				);
			}
		}
		Ok(())
	}

	fn check_coops() -> Result<(), TryRuntimeError> {
		let mut counted: BTreeMap<CoopId, (u32, u32)> = BTreeMap::new();
		for (coop, _, record) in Memberships::<T>::iter().filter(|(_, _, r)| r.is_active()) {
			let (members, admins) = counted.entry(coop).or_default();
			*members = members.saturating_add(1);
			*admins = admins.saturating_add(u32::from(record.role == Role::Admin));
		}
		let mut active = 0u32;
		let mut registered = 0u32;
		for (coop, info) in Coops::<T>::iter() {
			let (members, admins) = counted.get(&coop).copied().unwrap_or_default();
			ensure!(info.member_count == members, "co-op member count is off");
			ensure!(info.admin_count == admins, "co-op admin count is off");
			if info.status == CoopStatus::Founding {
				ensure!(members == 0, "a founding co-op with members");
			} else {
				ensure!(admins > 0, "co-op without an admin");
			}
			ensure!(coop < NextCoopId::<T>::get(), "co-op id not below the next id");
			active = active.saturating_add(u32::from(info.status == CoopStatus::Active));
			registered = registered.saturating_add(1);
		}
		ensure!(ActiveCoopCount::<T>::get() == active, "active co-op count is off");
		ensure!(NextCoopId::<T>::get().0 == registered, "co-op ids are not sequential");
		Ok(())
	}

	fn check_accounts() -> Result<(), TryRuntimeError> {
		for (who, member) in Members::<T>::iter() {
			ensure!(
				frame_system::Pallet::<T>::providers(&who) > 0,
				"registered account without a provider reference: its nonce could start again"
			);
			if !member.is_active() {
				ensure!(
					T::Currency::balance(&who).is_zero(),
					"a member who left everywhere still holds HOUR"
				);
			}
		}
		Ok(())
	}
}
