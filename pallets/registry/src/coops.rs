//! Co-ops: registering, suspending, resuming, their pools, and who may act for them.

use alloc::vec::Vec;
use coop_primitives::{CoopId, CoopStatus, Role, SuspensionCheck};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{DefensiveOption, EnsureOriginWithArg, Get},
};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{traits::AccountIdConversion, DispatchError};

use crate::{
	types::{CoopInfo, GenesisCoop, Name, NameError},
	ActiveCoopCount, Config, Coops, Error, Event, MembersByVote, Memberships, NameOf, NextCoopId,
	Pallet,
};

impl<T: Config> Pallet<T> {
	/// Registers a founding co-op and invites its founders as admins; it is founded when the
	/// first of them accepts.
	pub(crate) fn do_register_coop(
		name: Vec<u8>,
		founders: Vec<crate::FounderOf<T>>,
	) -> Result<CoopId, DispatchError> {
		let name = Self::checked_name(name)?;
		ensure!(!founders.is_empty(), Error::<T>::NoFounders);
		ensure!(
			founders.len() <= usize::try_from(T::MaxFounders::get()).unwrap_or(usize::MAX),
			Error::<T>::TooManyFounders
		);
		for (i, founder) in founders.iter().enumerate() {
			let mut later = founders.iter().skip(i.saturating_add(1));
			ensure!(
				later.all(|other| other.account != founder.account),
				Error::<T>::DuplicateFounder
			);
		}

		let coop = Self::open_coop(name)?;
		for founder in founders {
			Self::invite(
				coop,
				&founder.account,
				founder.identity,
				founder.name.into_inner(),
				Role::Admin,
			)?;
		}
		Ok(coop)
	}

	/// Founds a co-op of the genesis config with its members, admins first, without
	/// invitations: a chain's founding members agreed to its genesis.
	pub(crate) fn found_genesis_coop(
		genesis: &GenesisCoop<T::AccountId>,
	) -> Result<CoopId, DispatchError> {
		let name = Self::checked_name(genesis.name.clone().into_bytes())?;
		ensure!(genesis.members.iter().any(|m| m.role == Role::Admin), Error::<T>::NoFounders);
		let coop = Self::open_coop(name)?;
		let (admins, others): (Vec<_>, Vec<_>) =
			genesis.members.iter().partition(|m| m.role == Role::Admin);
		for member in admins.into_iter().chain(others) {
			let name = member.name.clone().into_bytes();
			Self::admit(coop, &member.account, member.identity, name, member.role)?;
		}
		Ok(coop)
	}

	/// Creates a founding co-op with no members yet: it is founded (active, counted in the
	/// federation) when its first admin is admitted.
	pub(crate) fn open_coop(name: NameOf<T>) -> Result<CoopId, DispatchError> {
		let coop = NextCoopId::<T>::get();
		let next = coop.next().ok_or(Error::<T>::TooManyCoops)?;

		NextCoopId::<T>::put(next);
		Coops::<T>::insert(
			coop,
			CoopInfo {
				name,
				status: CoopStatus::Founding,
				member_count: 0,
				admin_count: 0,
				active_since: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::CoopRegistered { coop, pool: Self::pool_account(coop) });
		Ok(coop)
	}

	/// Moves `coop` to `status`, keeping the count of active co-ops.
	pub(crate) fn set_status(coop: CoopId, status: CoopStatus) -> DispatchResult {
		let mut info = Coops::<T>::get(coop).ok_or(Error::<T>::UnknownCoop)?;
		let active = ActiveCoopCount::<T>::get();
		let active = match status {
			CoopStatus::Suspended => {
				ensure!(info.status == CoopStatus::Active, Error::<T>::CoopNotActive);
				T::SuspensionCheck::can_suspend(coop)?;
				active.checked_sub(1).defensive_ok_or(DispatchError::Corruption)?
			}
			CoopStatus::Active => {
				ensure!(info.status == CoopStatus::Suspended, Error::<T>::CoopNotSuspended);
				active.checked_add(1).ok_or(Error::<T>::CountOverflow)?
			}
			CoopStatus::Founding => {
				frame_support::defensive!("a co-op is never set back to founding");
				return Err(DispatchError::Corruption);
			}
		};
		info.status = status;
		if status == CoopStatus::Active {
			info.active_since = frame_system::Pallet::<T>::block_number();
		}
		Coops::<T>::insert(coop, info);
		ActiveCoopCount::<T>::put(active);
		Self::deposit_event(match status {
			CoopStatus::Suspended => Event::CoopSuspended { coop },
			CoopStatus::Active | CoopStatus::Founding => Event::CoopResumed { coop },
		});
		Ok(())
	}

	/// The pool account of `coop`: `PalletId` and the co-op id, no key behind it.
	pub fn pool_account(coop: CoopId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(coop)
	}

	/// The co-op id that `who` is the pool account of, registered or not.
	pub(crate) fn pool_id(who: &T::AccountId) -> Option<CoopId> {
		let (pallet, coop) = frame_support::PalletId::try_from_sub_account::<CoopId>(who)?;
		(pallet == T::PalletId::get()).then_some(coop)
	}

	/// Checks that `origin` may admit, remove or change the role of `coop`'s members: the
	/// co-op's own vote, or an admin of it unless the co-op's vote took that from its admins.
	/// The co-op must exist.
	pub(crate) fn ensure_coop_authority(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
		ensure!(Coops::<T>::contains_key(coop), Error::<T>::UnknownCoop);
		let Err(origin) = T::CoopOrigin::try_origin(origin, &coop) else {
			return Ok(());
		};
		let caller = frame_system::ensure_signed(origin)?;
		let is_admin = Memberships::<T>::get(coop, &caller)
			.is_some_and(|record| record.is_active() && record.role == Role::Admin);
		ensure!(is_admin, Error::<T>::NotAdmin);
		ensure!(!MembersByVote::<T>::contains_key(coop), Error::<T>::ByVoteOnly);
		Ok(())
	}

	/// Validates a name, with the error that says what is wrong with it.
	pub(crate) fn checked_name(bytes: Vec<u8>) -> Result<NameOf<T>, Error<T>> {
		Name::try_from(bytes).map_err(|e| match e {
			NameError::Empty => Error::<T>::NameEmpty,
			NameError::TooLong => Error::<T>::NameTooLong,
			NameError::NotUtf8 => Error::<T>::NameNotUtf8,
			NameError::ControlCharacter => Error::<T>::NameHasControlCharacter,
			NameError::SurroundingWhitespace => Error::<T>::NameHasSurroundingWhitespace,
		})
	}
}
