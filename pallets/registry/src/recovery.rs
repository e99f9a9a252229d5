//! Key recovery: moving a member who lost their key to a new one. It is decided by every
//! active co-op the person belongs to, each by its own vote, and takes effect only after a
//! delay during which the old key (if it is not lost but stolen, or never lost at all) can
//! cancel it by signing once. Nothing moves until then. The shape of `pallet-recovery`,
//! with co-ops in place of friends.

use coop_primitives::CoopStatus;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use sp_runtime::{traits::Saturating, DispatchError};

use crate::{
	types::{Recovery, RecoveryApprover},
	Config, Coops, Error, Event, Members, Pallet, Policy, Recoveries,
};

impl<T: Config> Pallet<T> {
	/// `approver` asks to move `old` to `new`: opens the recovery, or approves the open one.
	/// Completes it if that was the last approval missing and the delay has passed. Returns
	/// how many memberships moved (zero while it waits).
	pub(crate) fn do_rebind(
		approver: RecoveryApprover,
		old: &T::AccountId,
		new: &T::AccountId,
	) -> Result<u32, DispatchError> {
		ensure!(Members::<T>::contains_key(old), Error::<T>::NotMember);
		ensure!(!Members::<T>::contains_key(new), Error::<T>::AccountInUse);
		ensure!(Self::pool_id(new).is_none(), Error::<T>::PoolAccount);
		let now = frame_system::Pallet::<T>::block_number();

		let mut recovery = match Recoveries::<T>::get(old) {
			Some(open) if open.new == *new => open,
			// Another key's recovery is open: it must be cancelled or lapse first, so that
			// nobody replaces a recovery the co-ops are approving.
			Some(open) if now <= open.lapses_at => {
				return Err(Error::<T>::RecoveryInProgress.into())
			}
			_ => {
				let delay = Policy::<T>::get().recovery_delay.max(T::MinRecoveryDelay::get());
				let completes_after = now.saturating_add(delay);
				let recovery = Recovery {
					new: new.clone(),
					completes_after,
					lapses_at: completes_after.saturating_add(delay),
					approvals: BoundedVec::new(),
					by_root: false,
				};
				Self::deposit_event(Event::RecoveryOpened {
					old: old.clone(),
					new: new.clone(),
					completes_after,
				});
				recovery
			}
		};
		match approver {
			RecoveryApprover::Root => recovery.by_root = true,
			RecoveryApprover::Coop(coop) => {
				ensure!(!recovery.approvals.contains(&coop), Error::<T>::RecoveryAlreadyApproved);
				recovery.approvals.try_push(coop).map_err(|_| Error::<T>::TooManyMemberships)?;
			}
		}
		Self::deposit_event(Event::RecoveryApproved {
			old: old.clone(),
			new: new.clone(),
			by: approver,
		});
		let ready = now > recovery.completes_after && Self::all_approved(old, &recovery);
		Recoveries::<T>::insert(old, recovery);
		if ready {
			return Self::do_complete_recovery(old);
		}
		Ok(0)
	}

	/// Whether every active co-op `old` belongs to approved `recovery` (or Root did).
	fn all_approved(old: &T::AccountId, recovery: &crate::RecoveryOf<T>) -> bool {
		if recovery.by_root {
			return true;
		}
		Members::<T>::get(old).is_some_and(|member| {
			member.coops.iter().all(|coop| {
				let active = Coops::<T>::get(coop).is_some_and(|c| c.status == CoopStatus::Active);
				!active || recovery.approvals.contains(coop)
			})
		})
	}

	/// Completes `old`'s recovery if every co-op approved it and the delay has passed.
	pub(crate) fn do_complete_recovery(old: &T::AccountId) -> Result<u32, DispatchError> {
		let recovery = Recoveries::<T>::get(old).ok_or(Error::<T>::NoRecovery)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= recovery.lapses_at, Error::<T>::NoRecovery);
		ensure!(now > recovery.completes_after, Error::<T>::RecoveryTooEarly);
		ensure!(Self::all_approved(old, &recovery), Error::<T>::RecoveryNotApproved);
		Recoveries::<T>::remove(old);
		Self::move_member(old, &recovery.new)
	}

	/// The old key says no: the recovery is gone and nothing moved.
	pub(crate) fn do_cancel_recovery(old: &T::AccountId) -> DispatchResult {
		let recovery = Recoveries::<T>::take(old).ok_or(Error::<T>::NoRecovery)?;
		Self::deposit_event(Event::RecoveryCancelled { old: old.clone(), new: recovery.new });
		Ok(())
	}
}
