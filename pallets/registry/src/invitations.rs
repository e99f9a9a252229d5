//! Invitations: an admin (or the co-op's vote) invites a person, the person accepts with
//! their own key, or declines; an invitation expires after the federation's time to live.
//! Founders of a new co-op are invited the same way, and the co-op is founded (active, and
//! counted in the federation) when the first of them accepts.

use alloc::vec::Vec;
use coop_primitives::{CoopId, CoopStatus, Role};
use frame_support::traits::Get;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

use crate::{
	types::Invitation, Config, Coops, Error, Event, Identities, Invitations, Members, NameOf,
	OpenInvitations, Pallet, Policy,
};

impl<T: Config> Pallet<T> {
	/// Whether the chain can run under `policy`.
	pub(crate) fn policy_is_valid(policy: &crate::RegistryPolicyOf<T>) -> bool {
		!policy.invitation_ttl.is_zero()
			&& policy.recovery_delay >= T::MinRecoveryDelay::get()
			&& !policy.membership_retention.is_zero()
	}

	/// Whether `who` could join `coop` with `identity` now (as [`Pallet::admit`] will check
	/// again on acceptance); returns the name they will have. A founding co-op takes only
	/// its founders, as admins.
	pub(crate) fn check_admissible(
		coop: CoopId,
		who: &T::AccountId,
		identity: H256,
		name: Vec<u8>,
		role: Role,
	) -> Result<NameOf<T>, DispatchError> {
		let info = Coops::<T>::get(coop).ok_or(Error::<T>::UnknownCoop)?;
		let open = match info.status {
			CoopStatus::Active => true,
			CoopStatus::Founding => role == Role::Admin,
			CoopStatus::Suspended => false,
		};
		ensure!(open, Error::<T>::CoopNotActive);
		ensure!(identity != H256::zero(), Error::<T>::InvalidIdentity);
		ensure!(Self::pool_id(who).is_none(), Error::<T>::PoolAccount);
		match Members::<T>::get(who) {
			Some(member) => {
				ensure!(member.identity == identity, Error::<T>::IdentityMismatch);
				ensure!(!member.coops.contains(&coop), Error::<T>::AlreadyMember);
				ensure!(!member.coops.is_full(), Error::<T>::TooManyMemberships);
				Ok(member.name)
			}
			None => {
				ensure!(!Identities::<T>::contains_key(identity), Error::<T>::IdentityInUse);
				Ok(Self::checked_name(name)?)
			}
		}
	}

	/// Invites `who` to `coop` with `role`, replacing an earlier invitation there. A person
	/// new to the chain gets a live account, held by the invitation, so they can sign
	/// their answer.
	pub(crate) fn invite(
		coop: CoopId,
		who: &T::AccountId,
		identity: H256,
		name: Vec<u8>,
		role: Role,
	) -> DispatchResult {
		let name = Self::check_admissible(coop, who, identity, name, role)?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(Policy::<T>::get().invitation_ttl);
		let earlier = Invitations::<T>::get(who, coop);
		if earlier.is_none() {
			let open = OpenInvitations::<T>::get(coop);
			ensure!(open < T::MaxOpenInvitations::get(), Error::<T>::TooManyInvitations);
			OpenInvitations::<T>::insert(coop, open.saturating_add(1));
		}
		let held = earlier.is_some_and(|earlier| earlier.keeps_account);
		// Someone new to the chain has no live account; one with a record keeps theirs.
		let keeps_account = held || !Members::<T>::contains_key(who);
		if keeps_account && !held {
			frame_system::Pallet::<T>::inc_providers(who);
		}
		let invitation = Invitation { identity, name, role, expires_at, keeps_account };
		Invitations::<T>::insert(who, coop, invitation);
		Self::deposit_event(Event::MemberInvited { coop, who: who.clone(), role, expires_at });
		Ok(())
	}

	/// `who` accepts their invitation to `coop`: they are admitted as it says.
	pub(crate) fn do_accept_invitation(who: &T::AccountId, coop: CoopId) -> DispatchResult {
		let invitation = Invitations::<T>::get(who, coop).ok_or(Error::<T>::NoInvitation)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= invitation.expires_at, Error::<T>::InvitationTooLate);
		let Invitation { identity, ref name, role, .. } = invitation;
		Self::admit(coop, who, identity, name.as_bytes().to_vec(), role)?;
		Self::forget_invitation(who, coop, &invitation);
		Ok(())
	}

	/// Whether `who` has an invitation to `coop` that they can still accept.
	pub fn is_invited(who: &T::AccountId, coop: CoopId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		Invitations::<T>::get(who, coop).is_some_and(|invitation| now <= invitation.expires_at)
	}

	/// Removes an invitation, releasing the account it kept alive.
	fn forget_invitation(who: &T::AccountId, coop: CoopId, invitation: &crate::InvitationOf<T>) {
		Invitations::<T>::remove(who, coop);
		OpenInvitations::<T>::mutate_exists(coop, |open| {
			*open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
		if invitation.keeps_account {
			// Admission took a reference of its own; one that only the invitation held may
			// now let an account that never joined be reaped.
			let _ = frame_system::Pallet::<T>::dec_providers(who);
		}
	}

	/// Removes an invitation whose time to accept has passed, freeing what it holds.
	pub(crate) fn do_drop_expired_invitation(who: &T::AccountId, coop: CoopId) -> DispatchResult {
		let invitation = Invitations::<T>::get(who, coop).ok_or(Error::<T>::NoInvitation)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > invitation.expires_at, Error::<T>::InvitationNotExpired);
		Self::forget_invitation(who, coop, &invitation);
		Self::deposit_event(Event::InvitationExpired { coop, who: who.clone() });
		Ok(())
	}

	/// `who` declines their invitation to `coop` (expired or not): it is gone.
	pub(crate) fn do_decline_invitation(who: &T::AccountId, coop: CoopId) -> DispatchResult {
		let invitation = Invitations::<T>::get(who, coop).ok_or(Error::<T>::NoInvitation)?;
		Self::forget_invitation(who, coop, &invitation);
		Self::deposit_event(Event::InvitationDeclined { coop, who: who.clone() });
		Ok(())
	}
}
