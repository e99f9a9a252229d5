//! Retention: the record of a membership that ended does not stay forever.
//!
//! Ending a membership (leaving, or being removed) marks its record as left and queues it in
//! [`EndedMemberships`], in the order memberships end, so the oldest is always first. Once
//! the policy's `membership_retention` has passed since it ended, `on_idle` removes the
//! record, as far as the block's spare weight and [`Config::MaxPrunesPerBlock`] allow. A
//! record that changed since (the person joined the co-op again) is left alone: only the
//! queue's entry goes, and a later end queues it again.
//!
//! A key recovery moves active memberships to the new key and leaves nothing behind under
//! the old one. The person's own record ([`crate::Members`]) is never pruned: it keeps
//! their identity bound to their account, which is what stops the same person from being
//! admitted twice.

use frame_support::{traits::Get, weights::Weight};
use sp_runtime::traits::Saturating;

use crate::{
	types::MembershipStatus, Config, EndedMemberships, EndedMembershipsQueue, Memberships, Pallet,
	Policy, WeightInfo,
};

impl<T: Config> Pallet<T> {
	/// Prunes memberships that ended more than the retention ago, within `limit`; returns
	/// the weight used.
	pub(crate) fn prune_ended_memberships(limit: Weight) -> Weight {
		let per_entry = T::WeightInfo::prune_membership();
		// The queue's bounds and the policy read, the bounds written back.
		let mut used = T::DbWeight::get().reads_writes(2, 1);
		if !limit.all_gte(used.saturating_add(per_entry)) {
			return Weight::zero();
		}
		let start = EndedMembershipsQueue::<T>::get();
		if start.first >= start.next {
			return T::DbWeight::get().reads(1);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let retention = Policy::<T>::get().membership_retention;
		let mut queue = start;
		let mut pruned = 0u32;
		while queue.first < queue.next
			&& pruned < T::MaxPrunesPerBlock::get()
			&& limit.all_gte(used.saturating_add(per_entry))
		{
			pruned = pruned.saturating_add(1);
			used = used.saturating_add(per_entry);
			if let Some((ended_at, coop, who)) = EndedMemberships::<T>::get(queue.first) {
				if now <= ended_at.saturating_add(retention) {
					break;
				}
				let unchanged = Memberships::<T>::get(coop, &who)
					.is_some_and(|r| r.status == MembershipStatus::Left { at: ended_at });
				if unchanged {
					Memberships::<T>::remove(coop, &who);
				}
				EndedMemberships::<T>::remove(queue.first);
			}
			queue.first = queue.first.saturating_add(1);
		}
		if queue != start {
			EndedMembershipsQueue::<T>::put(queue);
		}
		used
	}
}
