use super::*;
use crate::{Error, Event, Identities, NextCoopId};
use coop_primitives::CoopStatus;
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;

const NEW: CoopId = CoopId(2);

#[test]
fn the_federation_registers_a_coop_with_its_admins() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::register_coop(
			RuntimeOrigin::root(),
			bounded(b"Printers".to_vec()),
			bounded(vec![founder(FERDIE, "Ferdie"), founder(ALICE, "ignored")]),
		));

		assert_eq!(NextCoopId::<Test>::get(), CoopId(3));
		// Founding: nobody is in it until a founder signs, and it doesn't count yet.
		assert_eq!(Coops::<Test>::get(NEW).unwrap().status, CoopStatus::Founding);
		assert_eq!(counts(NEW), (0, 0));
		assert_eq!(crate::ActiveCoopCount::<Test>::get(), 2);
		assert_eq!(role_of(NEW, FERDIE), None);
		System::set_block_number(3);
		accept(FERDIE, NEW);
		assert_eq!(Coops::<Test>::get(NEW).unwrap().status, CoopStatus::Active);
		assert_eq!(Coops::<Test>::get(NEW).unwrap().active_since, 3);
		assert_eq!(crate::ActiveCoopCount::<Test>::get(), 3);
		accept(ALICE, NEW);
		assert_eq!(counts(NEW), (2, 2));
		assert_eq!(role_of(NEW, FERDIE), Some(Role::Admin));
		assert_eq!(role_of(NEW, ALICE), Some(Role::Admin));
		// A new person is bound and kept alive; an existing member keeps their name.
		assert_eq!(Identities::<Test>::get(identity(FERDIE)), Some(account(FERDIE)));
		assert_eq!(providers(&account(FERDIE)), 1);
		assert_eq!(Members::<Test>::get(account(ALICE)).unwrap().name.as_bytes(), b"Alice");
		assert_eq!(coops_of(ALICE), vec![BAKERS, NEW]);

		let pool = Registry::pool_account(NEW);
		assert_eq!(
			registry_events(),
			vec![
				Event::CoopRegistered { coop: NEW, pool },
				Event::MemberInvited {
					coop: NEW,
					who: account(FERDIE),
					role: Role::Admin,
					expires_at: 1 + INVITATION_TTL,
				},
				Event::MemberInvited {
					coop: NEW,
					who: account(ALICE),
					role: Role::Admin,
					expires_at: 1 + INVITATION_TTL,
				},
				Event::CoopFounded { coop: NEW },
				Event::MemberAdded { coop: NEW, who: account(FERDIE), role: Role::Admin },
				Event::MemberAdded { coop: NEW, who: account(ALICE), role: Role::Admin },
			]
		);
	});
}

#[test]
fn pools_are_distinct_and_belong_to_no_key() {
	ExtBuilder::default().build_and_execute(|| {
		let pools: Vec<_> = (0..5).map(|c| Registry::pool_account(CoopId(c))).collect();
		for (i, pool) in pools.iter().enumerate() {
			assert!(pools.iter().skip(i + 1).all(|other| other != pool));
			assert_eq!(Registry::pool_id(pool), Some(CoopId(i as u32)));
		}
		assert_eq!(Registry::pool_id(&account(ALICE)), None);
	});
}

#[test]
fn only_the_federation_registers_coops() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_coop(
				signed(ALICE),
				bounded(b"Mine".to_vec()),
				bounded(vec![founder(FERDIE, "F")])
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_coop_needs_a_valid_name() {
	ExtBuilder::default().build_and_execute(|| {
		let cases: Vec<(Vec<u8>, Error<Test>)> = vec![
			(vec![], Error::NameEmpty),
			(vec![0xff, 0xfe], Error::NameNotUtf8),
			(b"Bad\nname".to_vec(), Error::NameHasControlCharacter),
			(b" Padded".to_vec(), Error::NameHasSurroundingWhitespace),
		];
		for (name, error) in cases {
			assert_noop!(
				Registry::register_coop(
					RuntimeOrigin::root(),
					bounded(name),
					bounded(vec![founder(FERDIE, "F")])
				),
				error
			);
		}
	});
}

#[test]
fn a_coop_needs_one_to_max_distinct_founders() {
	ExtBuilder::default().build_and_execute(|| {
		let root = || RuntimeOrigin::root();
		assert_noop!(
			Registry::register_coop(root(), bounded(b"Empty".to_vec()), bounded(vec![])),
			Error::<Test>::NoFounders
		);
		assert_noop!(
			Registry::register_coop(
				root(),
				bounded(b"Echo".to_vec()),
				bounded(vec![founder(FERDIE, "F"), founder(FERDIE, "F")])
			),
			Error::<Test>::DuplicateFounder
		);
	});
}

#[test]
fn founders_are_admitted_under_the_usual_rules() {
	ExtBuilder::default().build_and_execute(|| {
		let root = || RuntimeOrigin::root();
		let mut impostor = founder(FERDIE, "F");
		impostor.identity = identity(ALICE);
		assert_noop!(
			Registry::register_coop(root(), bounded(b"Co".to_vec()), bounded(vec![impostor])),
			Error::<Test>::IdentityInUse
		);
		let mut alice_other_id = founder(ALICE, "A");
		alice_other_id.identity = identity(99);
		assert_noop!(
			Registry::register_coop(root(), bounded(b"Co".to_vec()), bounded(vec![alice_other_id])),
			Error::<Test>::IdentityMismatch
		);
		let mut zero = founder(FERDIE, "F");
		zero.identity = H256::zero();
		assert_noop!(
			Registry::register_coop(root(), bounded(b"Co".to_vec()), bounded(vec![zero])),
			Error::<Test>::InvalidIdentity
		);
		let mut pool = founder(FERDIE, "F");
		pool.account = Registry::pool_account(BAKERS);
		assert_noop!(
			Registry::register_coop(root(), bounded(b"Co".to_vec()), bounded(vec![pool])),
			Error::<Test>::PoolAccount
		);
		assert_noop!(
			Registry::register_coop(
				root(),
				bounded(b"Co".to_vec()),
				bounded(vec![founder(FERDIE, "")])
			),
			Error::<Test>::NameEmpty
		);
	});
}

#[test]
fn a_founder_already_in_the_most_coops_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// CHARLIE is in two co-ops; a third is allowed, a fourth is not.
		assert_ok!(Registry::register_coop(
			RuntimeOrigin::root(),
			bounded(b"Third".to_vec()),
			bounded(vec![founder(CHARLIE, "C")])
		));
		accept(CHARLIE, CoopId(2));
		assert_eq!(coops_of(CHARLIE).len() as u32, MAX_COOPS);
		assert_noop!(
			Registry::register_coop(
				RuntimeOrigin::root(),
				bounded(b"Fourth".to_vec()),
				bounded(vec![founder(CHARLIE, "C")])
			),
			Error::<Test>::TooManyMemberships
		);
	});
}

#[test]
fn co_op_ids_run_out_cleanly() {
	ExtBuilder::default().build_and_execute(|| {
		NextCoopId::<Test>::put(CoopId(u32::MAX));
		assert_noop!(
			Registry::register_coop(
				RuntimeOrigin::root(),
				bounded(b"Last".to_vec()),
				bounded(vec![founder(FERDIE, "F")])
			),
			Error::<Test>::TooManyCoops
		);
		// Back to a consistent state for the invariants.
		NextCoopId::<Test>::put(CoopId(2));
	});
}

/// Names past `MaxNameLength` and more founders than `MaxFounders` never reach the pallet:
/// the call does not decode, so nothing oversize is read, stored or weighed. Within the
/// bounds, the call encodes as with plain vectors, as wallets send it.
#[test]
fn oversize_inputs_do_not_decode() {
	use codec::{Decode, Encode};
	type Plain = (u8, Vec<u8>, Vec<(AccountId, H256, Vec<u8>)>);
	let call = |name: Vec<u8>, founders: u8| -> Vec<u8> {
		let admins = (0..founders).map(|n| (account(n), identity(n), b"F".to_vec())).collect();
		let plain: Plain = (0, name, admins);
		let mut bytes = vec![];
		// The pallet's call index of `register_coop` is 0.
		bytes.extend(plain.encode());
		bytes
	};
	let decodes = |bytes: Vec<u8>| crate::Call::<Test>::decode(&mut &bytes[..]).is_ok();
	let fits = call(vec![b'x'; MAX_NAME as usize], MAX_FOUNDERS as u8);
	assert!(decodes(fits.clone()));
	let expected = crate::Call::<Test>::register_coop {
		name: bounded(vec![b'x'; MAX_NAME as usize]),
		admins: bounded((0..MAX_FOUNDERS as u8).map(|n| founder(n, "F")).collect()),
	};
	assert_eq!(expected.encode(), fits);
	assert!(!decodes(call(vec![b'x'; MAX_NAME as usize + 1], 1)));
	assert!(!decodes(call(b"Co".to_vec(), MAX_FOUNDERS as u8 + 1)));

	let add = |name: Vec<u8>| (1u8, BAKERS, account(FERDIE), identity(FERDIE), name).encode();
	assert!(decodes(add(vec![b'x'; MAX_NAME as usize])));
	assert!(!decodes(add(vec![b'x'; MAX_NAME as usize + 1])));
	let long_founder =
		(0u8, b"Co".to_vec(), vec![(account(1), identity(1), vec![b'x'; MAX_NAME as usize + 1])]);
	assert!(!decodes(long_founder.encode()));
}
