//! Expiry: claims nobody decided within the policy's time to live.
//!
//! Approval checks the deadline itself, so an expired claim can never be paid however late
//! `on_idle` gets to it. `on_idle` then marks such claims expired and releases their minutes,
//! walking claims in id order from a cursor, with bounded work per block. It stops at the
//! first pending claim that has not expired yet (claims made later mostly expire later).

use frame_support::{traits::Get, weights::Weight};

use crate::{
	types::ClaimStatus, Claims, Config, Event, ExpiryCursor, NextClaimId, Pallet, PendingClaims,
	WeightInfo,
};

impl<T: Config> Pallet<T> {
	/// Expires as many overdue claims as `limit` allows; returns the weight used.
	pub(crate) fn expire_some(limit: Weight) -> Weight {
		let db = T::DbWeight::get();
		let per_claim = T::WeightInfo::expire_claim();
		// Reading the cursor and the next id, and writing the cursor back.
		let mut used = db.reads_writes(2, 1);
		if !limit.all_gte(used.saturating_add(per_claim)) {
			return Weight::zero();
		}
		let now = frame_system::Pallet::<T>::block_number();
		let end = NextClaimId::<T>::get();
		let mut cursor = ExpiryCursor::<T>::get();
		let start = cursor;
		let mut looked_at = 0u32;
		while cursor < end
			&& looked_at < T::MaxExpiriesPerBlock::get()
			&& limit.all_gte(used.saturating_add(per_claim))
		{
			looked_at = looked_at.saturating_add(1);
			used = used.saturating_add(per_claim);
			if let Some(mut claim) = Claims::<T>::get(cursor) {
				if claim.is_pending() {
					if now <= claim.expires_at {
						break;
					}
					Self::release_minutes(&claim);
					claim.status = ClaimStatus::Expired;
					PendingClaims::<T>::remove(claim.coop, cursor);
					Claims::<T>::insert(cursor, claim);
					Self::deposit_event(Event::ClaimExpired { claim: cursor });
				}
			}
			match cursor.next() {
				Some(next) => cursor = next,
				None => break,
			}
		}
		if cursor != start {
			ExpiryCursor::<T>::put(cursor);
		}
		used
	}
}
