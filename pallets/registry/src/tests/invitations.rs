//! Nobody becomes a member without signing for it: the attacks of an admin who names
//! people as members, and the life of an invitation.

use super::*;
use crate::{Error, Event, Invitations};
use frame_support::{assert_noop, assert_ok};

fn invite(origin: RuntimeOrigin, coop: CoopId, n: u8) -> sp_runtime::DispatchResult {
	Registry::add_member(origin, coop, account(n), identity(n), bounded(b"Name".to_vec()))
}

#[test]
fn an_admin_who_names_a_member_of_another_coop_gains_nothing_until_they_sign() {
	ExtBuilder::default().build_and_execute(|| {
		// Alice (Bakers' admin) names Eve (a Builders' member) as one of hers.
		assert_ok!(invite(signed(ALICE), BAKERS, EVE));
		assert_eq!(coops_of(EVE), vec![BUILDERS], "Eve is no Baker");
		assert_eq!(role_of(BAKERS, EVE), None);
		assert_eq!(counts(BAKERS), (3, 1));
		// So the Bakers' vote can't start moving Eve to a key Alice holds: a vote of a co-op
		// the member belongs to is needed, and she belongs only to the Builders.
		assert_noop!(
			Registry::rebind(coop_vote(BAKERS), account(EVE), account(FERDIE)),
			sp_runtime::DispatchError::BadOrigin
		);
		// Eve says no.
		assert_ok!(Registry::decline_invitation(signed(EVE), BAKERS));
		System::assert_last_event(
			Event::InvitationDeclined { coop: BAKERS, who: account(EVE) }.into(),
		);
		assert_noop!(Registry::accept_invitation(signed(EVE), BAKERS), Error::<Test>::NoInvitation);
	});
}

#[test]
fn only_the_person_invited_accepts_and_only_in_time() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(invite(signed(ALICE), BAKERS, FERDIE));
		// Someone else can't accept it for him.
		assert_noop!(Registry::accept_invitation(signed(EVE), BAKERS), Error::<Test>::NoInvitation);
		System::set_block_number(1 + INVITATION_TTL + 1);
		assert_noop!(
			Registry::accept_invitation(signed(FERDIE), BAKERS),
			Error::<Test>::InvitationTooLate
		);
		// The expired invitation is removed by anyone, and the account it kept alive goes.
		assert_eq!(providers(&account(FERDIE)), 1);
		assert_ok!(Registry::drop_expired_invitation(signed(BOB), account(FERDIE), BAKERS));
		System::assert_last_event(
			Event::InvitationExpired { coop: BAKERS, who: account(FERDIE) }.into(),
		);
		assert_eq!(providers(&account(FERDIE)), 0);
		assert!(Invitations::<Test>::get(account(FERDIE), BAKERS).is_none());
	});
}

#[test]
fn an_invitation_in_time_is_not_dropped() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(invite(signed(ALICE), BAKERS, FERDIE));
		assert_noop!(
			Registry::drop_expired_invitation(signed(BOB), account(FERDIE), BAKERS),
			Error::<Test>::InvitationNotExpired
		);
	});
}

#[test]
fn an_invitation_keeps_a_new_persons_account_alive_once_and_releases_it() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(invite(signed(ALICE), BAKERS, FERDIE));
		// Invited again (a new expiry): still one reference.
		assert_ok!(invite(signed(ALICE), BAKERS, FERDIE));
		assert_eq!(providers(&account(FERDIE)), 1);
		assert_ok!(invite(signed(DAVE), BUILDERS, FERDIE));
		assert_eq!(providers(&account(FERDIE)), 2);
		accept(FERDIE, BAKERS);
		// The membership's reference, and the Builders' invitation's.
		assert_eq!(providers(&account(FERDIE)), 2);
		assert_ok!(Registry::decline_invitation(signed(FERDIE), BUILDERS));
		assert_eq!(providers(&account(FERDIE)), 1);
		// A member invited elsewhere needs no extra reference.
		assert_ok!(invite(signed(DAVE), BUILDERS, BOB));
		assert!(!Invitations::<Test>::get(account(BOB), BUILDERS).unwrap().keeps_account);
	});
}

#[test]
fn admission_is_checked_again_when_the_invitation_is_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(invite(signed(ALICE), BAKERS, FERDIE));
		// Meanwhile the Builders admitted someone with Ferdie's identity commitment.
		assert_ok!(Registry::add_member(
			signed(DAVE),
			BUILDERS,
			account(9),
			identity(FERDIE),
			bounded(b"Nine".to_vec())
		));
		accept(9, BUILDERS);
		assert_noop!(
			Registry::accept_invitation(signed(FERDIE), BAKERS),
			Error::<Test>::IdentityInUse
		);
		// And a suspended co-op admits nobody, invited or not.
		assert_ok!(invite(signed(ALICE), BAKERS, 10));
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		assert_noop!(Registry::accept_invitation(signed(10), BAKERS), Error::<Test>::CoopNotActive);
	});
}

#[test]
fn a_registered_coop_counts_only_once_a_founder_accepts() {
	ExtBuilder::default().build_and_execute(|| {
		// A federation majority registers a puppet co-op naming people who never agreed.
		assert_ok!(Registry::register_coop(
			RuntimeOrigin::root(),
			bounded(b"Puppet".to_vec()),
			bounded(vec![founder(FERDIE, "Ferdie")])
		));
		let puppet = CoopId(2);
		assert_eq!(crate::ActiveCoopCount::<Test>::get(), 2, "it adds no vote");
		assert!(!<Registry as coop_primitives::Coops<_>>::is_active(puppet));
		// Its admin-to-be can't act for it, and it can't admit anyone else.
		assert_noop!(invite(signed(FERDIE), puppet, 9), Error::<Test>::NotAdmin);
		assert_noop!(invite(RuntimeOrigin::root(), puppet, 9), Error::<Test>::CoopNotActive);
		accept(FERDIE, puppet);
		assert_eq!(crate::ActiveCoopCount::<Test>::get(), 3);
		System::assert_has_event(Event::CoopFounded { coop: puppet }.into());
	});
}

#[test]
fn the_federation_sets_the_invitation_recovery_and_retention_times_within_bounds() {
	ExtBuilder::default().build_and_execute(|| {
		let policy = crate::types::RegistryPolicy {
			invitation_ttl: 5,
			recovery_delay: 5,
			membership_retention: 5,
		};
		assert_noop!(
			Registry::set_policy(signed(ALICE), policy),
			sp_runtime::DispatchError::BadOrigin
		);
		for bad in [
			crate::types::RegistryPolicy { invitation_ttl: 0, ..policy },
			crate::types::RegistryPolicy { recovery_delay: 4, ..policy },
			crate::types::RegistryPolicy { membership_retention: 0, ..policy },
		] {
			assert_noop!(
				Registry::set_policy(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidPolicy
			);
		}
		assert_ok!(Registry::set_policy(RuntimeOrigin::root(), policy));
		System::assert_last_event(Event::PolicySet { policy }.into());
	});
}

#[test]
fn a_coop_has_at_most_so_many_open_invitations_and_answers_free_room() {
	ExtBuilder::default().build_and_execute(|| {
		let open = || crate::OpenInvitations::<Test>::get(BAKERS);
		let base = open();
		let fresh = |i: u32| sp_runtime::AccountId32::new([200u8.wrapping_add(i as u8); 32]);
		let invite_fresh = |i: u32| {
			Registry::add_member(
				signed(ALICE),
				BAKERS,
				fresh(i),
				sp_core::H256::repeat_byte(100u8.wrapping_add(i as u8)),
				bounded(b"Fresh".to_vec()),
			)
		};
		for i in base..MAX_OPEN_INVITATIONS {
			assert_ok!(invite_fresh(i));
		}
		assert_eq!(open(), MAX_OPEN_INVITATIONS);
		assert_noop!(invite_fresh(MAX_OPEN_INVITATIONS), Error::<Test>::TooManyInvitations);
		// Inviting the same person again replaces their invitation: no new room needed.
		assert_ok!(invite_fresh(base));
		// An answer frees room.
		assert_ok!(Registry::decline_invitation(RuntimeOrigin::signed(fresh(base)), BAKERS));
		assert_eq!(open(), MAX_OPEN_INVITATIONS - 1);
		assert_ok!(invite_fresh(MAX_OPEN_INVITATIONS));
	});
}
