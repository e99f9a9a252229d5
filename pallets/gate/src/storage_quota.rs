//! [`QuotaTicket`]: what a member may store for free, counted instead of paid for.
//!
//! Fees and deposits are zero, so a pallet that keeps what a member hands it (the preimages
//! of proposals) would keep any amount for nothing. Where such a pallet asks for a
//! `Consideration`, the runtime gives it this ticket: it counts the member's items and bytes
//! against [`Config::StorageQuota`], refuses what would go over with
//! [`Error::QuotaExceeded`], and gives the room back when the item goes (unnoted, or dropped
//! by its pallet).

use core::marker::PhantomData;

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	traits::{Consideration, Footprint, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

use crate::{Config, Error, StorageUsed};

/// One stored item's share of its member's quota: its footprint, given back when dropped.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, EqNoBound, PartialEqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct QuotaTicket<T: Config>(Footprint, PhantomData<fn() -> T>);

/// `a + b`, or `None` if either part overflows.
fn add(a: Footprint, b: Footprint) -> Option<Footprint> {
	Some(Footprint { count: a.count.checked_add(b.count)?, size: a.size.checked_add(b.size)? })
}

/// `a - b`, floored at nothing.
fn sub(a: Footprint, b: Footprint) -> Footprint {
	Footprint { count: a.count.saturating_sub(b.count), size: a.size.saturating_sub(b.size) }
}

impl<T: Config> QuotaTicket<T> {
	/// Records `used` as what `who` stores now, if it is within the quota.
	fn record(who: &T::AccountId, used: Footprint) -> Result<(), DispatchError> {
		let quota = T::StorageQuota::get();
		if used.count > quota.count || used.size > quota.size {
			return Err(Error::<T>::QuotaExceeded.into());
		}
		if used == Footprint::default() {
			StorageUsed::<T>::remove(who);
		} else {
			StorageUsed::<T>::insert(who, used);
		}
		Ok(())
	}
}

impl<T: Config> Consideration<T::AccountId, Footprint> for QuotaTicket<T> {
	fn new(who: &T::AccountId, new: Footprint) -> Result<Self, DispatchError> {
		let used = add(StorageUsed::<T>::get(who), new).ok_or(Error::<T>::QuotaExceeded)?;
		Self::record(who, used)?;
		Ok(Self(new, PhantomData))
	}

	fn update(self, who: &T::AccountId, new: Footprint) -> Result<Self, DispatchError> {
		let without = sub(StorageUsed::<T>::get(who), self.0);
		let used = add(without, new).ok_or(Error::<T>::QuotaExceeded)?;
		Self::record(who, used)?;
		Ok(Self(new, PhantomData))
	}

	fn drop(self, who: &T::AccountId) -> Result<(), DispatchError> {
		Self::record(who, sub(StorageUsed::<T>::get(who), self.0))
	}

	/// Nothing was paid, so nothing is lost: the room is given back as by `drop`.
	fn burn(self, who: &T::AccountId) {
		let _ = Self::record(who, sub(StorageUsed::<T>::get(who), self.0));
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(who: &T::AccountId, _: Footprint) {
		StorageUsed::<T>::remove(who);
	}
}
