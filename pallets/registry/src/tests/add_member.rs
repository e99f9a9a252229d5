use super::*;
use crate::{Error, Event, Identities};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;

fn add(origin: RuntimeOrigin, coop: CoopId, n: u8) -> sp_runtime::DispatchResult {
	Registry::add_member(origin, coop, account(n), identity(n), bounded(b"Ferdie".to_vec()))
}

#[test]
fn an_admin_adds_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(add(signed(ALICE), BAKERS, FERDIE));
		// Invited, not a member: he joins only by signing for it.
		System::assert_last_event(
			Event::MemberInvited {
				coop: BAKERS,
				who: account(FERDIE),
				role: Role::Member,
				expires_at: 5 + INVITATION_TTL,
			}
			.into(),
		);
		assert_eq!(role_of(BAKERS, FERDIE), None);
		assert_eq!(counts(BAKERS), (3, 1));
		System::set_block_number(7);
		accept(FERDIE, BAKERS);

		System::assert_last_event(
			Event::MemberAdded { coop: BAKERS, who: account(FERDIE), role: Role::Member }.into(),
		);
		assert_eq!(role_of(BAKERS, FERDIE), Some(Role::Member));
		assert_eq!(Memberships::<Test>::get(BAKERS, account(FERDIE)).unwrap().joined, 7);
		assert_eq!(Identities::<Test>::get(identity(FERDIE)), Some(account(FERDIE)));
		assert_eq!(Members::<Test>::get(account(FERDIE)).unwrap().name.as_bytes(), b"Ferdie");
		assert_eq!(counts(BAKERS), (4, 1));
		// Kept alive with no HOUR at all, so they can sign.
		assert_eq!(balance(&account(FERDIE)), 0);
		assert_eq!(providers(&account(FERDIE)), 1);
	});
}

#[test]
fn the_coops_own_vote_adds_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(add(RuntimeOrigin::root(), BUILDERS, FERDIE));
		accept(FERDIE, BUILDERS);
		assert_eq!(role_of(BUILDERS, FERDIE), Some(Role::Member));
	});
}

#[test]
fn a_member_of_another_coop_joins_with_their_own_identity() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::add_member(
			signed(DAVE),
			BUILDERS,
			account(BOB),
			identity(BOB),
			bounded(b"ignored".to_vec())
		));
		assert_eq!(coops_of(BOB), vec![BAKERS], "not before Bob accepts");
		accept(BOB, BUILDERS);
		assert_eq!(coops_of(BOB), vec![BAKERS, BUILDERS]);
		assert_eq!(Members::<Test>::get(account(BOB)).unwrap().name.as_bytes(), b"Bob");
		// Still one provider reference from the registry, plus the balance's.
		assert_eq!(providers(&account(BOB)), 2);
	});
}

#[test]
fn only_admins_of_that_coop_or_its_vote_add_members() {
	ExtBuilder::default().build_and_execute(|| {
		// An admin of Builders has no power over Bakers.
		assert_noop!(add(signed(DAVE), BAKERS, FERDIE), Error::<Test>::NotAdmin);
		// An approver or a plain member is not an admin.
		assert_noop!(add(signed(BOB), BAKERS, FERDIE), Error::<Test>::NotAdmin);
		assert_noop!(add(signed(CHARLIE), BAKERS, FERDIE), Error::<Test>::NotAdmin);
		assert_noop!(add(signed(FERDIE), BAKERS, FERDIE), Error::<Test>::NotAdmin);
		assert_noop!(add(RuntimeOrigin::none(), BAKERS, FERDIE), DispatchError::BadOrigin);
	});
}

#[test]
fn nobody_joins_an_unknown_or_suspended_coop() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(add(RuntimeOrigin::root(), CoopId(9), FERDIE), Error::<Test>::UnknownCoop);
		assert_ok!(Registry::suspend_coop(RuntimeOrigin::root(), BAKERS));
		assert_noop!(add(signed(ALICE), BAKERS, FERDIE), Error::<Test>::CoopNotActive);
		assert_noop!(add(RuntimeOrigin::root(), BAKERS, FERDIE), Error::<Test>::CoopNotActive);
	});
}

#[test]
fn nobody_joins_the_same_coop_twice() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(add(signed(ALICE), BAKERS, CHARLIE), Error::<Test>::AlreadyMember);
	});
}

#[test]
fn an_identity_is_never_bound_twice() {
	ExtBuilder::default().build_and_execute(|| {
		// Alice's identity, presented for another account, in her co-op or any other.
		for (origin, coop) in [(signed(ALICE), BAKERS), (signed(DAVE), BUILDERS)] {
			assert_noop!(
				Registry::add_member(
					origin,
					coop,
					account(FERDIE),
					identity(ALICE),
					bounded(b"F".to_vec())
				),
				Error::<Test>::IdentityInUse
			);
		}
	});
}

#[test]
fn a_registered_account_keeps_its_identity() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::add_member(
				signed(DAVE),
				BUILDERS,
				account(BOB),
				identity(77),
				bounded(b"B".to_vec())
			),
			Error::<Test>::IdentityMismatch
		);
	});
}

#[test]
fn bad_identities_accounts_and_names_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::add_member(
				signed(ALICE),
				BAKERS,
				account(FERDIE),
				H256::zero(),
				bounded(b"F".to_vec())
			),
			Error::<Test>::InvalidIdentity
		);
		let pool = Registry::pool_account(BUILDERS);
		assert_noop!(
			Registry::add_member(
				signed(ALICE),
				BAKERS,
				pool,
				identity(FERDIE),
				bounded(b"F".to_vec())
			),
			Error::<Test>::PoolAccount
		);
		let names: Vec<(Vec<u8>, Error<Test>)> = vec![
			(vec![], Error::NameEmpty),
			(vec![0xc3, 0x28], Error::NameNotUtf8),
			("Fer\u{202E}die".as_bytes().to_vec(), Error::NameHasControlCharacter),
			(b"Ferdie ".to_vec(), Error::NameHasSurroundingWhitespace),
		];
		for (name, error) in names {
			assert_noop!(
				Registry::add_member(
					signed(ALICE),
					BAKERS,
					account(FERDIE),
					identity(FERDIE),
					bounded(name)
				),
				error
			);
		}
	});
}

#[test]
fn a_member_joins_at_most_max_coops() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::register_coop(
			RuntimeOrigin::root(),
			bounded(b"Third".to_vec()),
			bounded(vec![founder(FERDIE, "Ferdie")])
		));
		assert_ok!(Registry::register_coop(
			RuntimeOrigin::root(),
			bounded(b"Fourth".to_vec()),
			bounded(vec![founder(FERDIE, "Ferdie")])
		));
		accept(FERDIE, CoopId(2));
		accept(FERDIE, CoopId(3));
		assert_ok!(Registry::add_member(
			signed(FERDIE),
			CoopId(2),
			account(CHARLIE),
			identity(CHARLIE),
			bounded(vec![])
		));
		accept(CHARLIE, CoopId(2));
		assert_noop!(
			Registry::add_member(
				signed(FERDIE),
				CoopId(3),
				account(CHARLIE),
				identity(CHARLIE),
				bounded(vec![])
			),
			Error::<Test>::TooManyMemberships
		);
	});
}

#[test]
fn a_full_coop_count_is_an_error_not_a_wrap() {
	ExtBuilder::default().build_and_execute(|| {
		Coops::<Test>::mutate(BAKERS, |info| info.as_mut().unwrap().member_count = u32::MAX);
		assert_ok!(add(signed(ALICE), BAKERS, FERDIE));
		assert_noop!(
			Registry::accept_invitation(signed(FERDIE), BAKERS),
			Error::<Test>::CountOverflow
		);
		Coops::<Test>::mutate(BAKERS, |info| info.as_mut().unwrap().member_count = 3);
	});
}
