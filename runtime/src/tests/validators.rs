//! The validator set follows the federation's votes at session boundaries.

use super::*;

#[test]
fn a_validator_the_federation_votes_in_validates_from_the_session_after_next() {
	use coop_primitives::{Body, CoopId};
	use sp_keyring::Ed25519Keyring;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let eve = Sr25519Keyring::Eve;
		let add = RuntimeCall::Validators(pallet_validators::Call::add_validator {
			account: eve.to_account_id(),
			coop: CoopId(1),
		});
		// Eve, a Builders' member, has no keys yet.
		assert_eq!(
			dispatch(add.clone(), decided(Body::Federation, 2, 2)),
			Err(pallet_validators::Error::<Runtime>::NoSessionKeys.into())
		);
		// What `session.set_keys` stores (its ownership proof is checked on a live chain).
		let keys = crate::opaque::SessionKeys {
			aura: eve.public().into(),
			grandpa: Ed25519Keyring::Eve.public().into(),
		};
		pallet_session::NextKeys::<Runtime>::insert(eve.to_account_id(), keys);
		// A co-op's vote is not the federation's.
		assert_eq!(
			dispatch(add.clone(), decided(Body::Coop(CoopId(1)), 3, 3)),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		dispatch(add, decided(Body::Federation, 2, 2)).unwrap();

		let authorities = || pallet_aura::Authorities::<Runtime>::get().len();
		crate::Session::rotate_session();
		assert_eq!(authorities(), 4, "the next session only queues the new set");
		crate::Session::rotate_session();
		assert_eq!(authorities(), 5);
		let change = pallet_grandpa::PendingChange::<Runtime>::get().expect("a GRANDPA change");
		assert_eq!(change.next_authorities.len(), 5);
	});
}

/// `who` registers the session keys of its dev seed through `session.set_keys`, with the
/// proof of possession a node's `author_rotateKeys` would make.
fn set_dev_keys(who: Sr25519Keyring, grandpa: sp_keyring::Ed25519Keyring) {
	use codec::Encode;
	use sp_core::{crypto::Pair, proof_of_possession::statement_of_ownership};
	let keys =
		crate::opaque::SessionKeys { aura: who.public().into(), grandpa: grandpa.public().into() };
	let statement = statement_of_ownership(&who.to_account_id().encode());
	let proof = (who.pair().sign(&statement), grandpa.pair().sign(&statement)).encode();
	let call = RuntimeCall::Session(pallet_session::Call::set_keys { keys, proof });
	dispatch(call, crate::RuntimeOrigin::signed(who.to_account_id())).unwrap();
}

#[test]
fn session_keys_are_no_shield_against_removal() {
	use coop_primitives::CoopId;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let eve = Sr25519Keyring::Eve;
		set_dev_keys(eve, sp_keyring::Ed25519Keyring::Eve);
		assert_eq!(frame_system::Pallet::<Runtime>::consumers(&eve.to_account_id()), 1);
		// Dave, the Builders' admin, removes Eve from her only co-op.
		let remove = RuntimeCall::Registry(pallet_registry::Call::remove_member {
			coop: CoopId(1),
			who: eve.to_account_id(),
		});
		dispatch(remove, crate::RuntimeOrigin::signed(Sr25519Keyring::Dave.to_account_id()))
			.unwrap();
		assert!(pallet_session::NextKeys::<Runtime>::get(eve.to_account_id()).is_none());
		let account = frame_system::Account::<Runtime>::get(eve.to_account_id());
		// Only the registry holds it, with her record, so her nonce never starts again.
		assert_eq!((account.consumers, account.providers), (0, 1), "only the registry holds it");
	});
}

#[test]
fn a_validator_that_leaves_its_coop_leaves_the_set() {
	use coop_primitives::CoopId;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		// Charlie validates for the Builders; Dave removes him from them (he stays a Baker).
		let remove = RuntimeCall::Registry(pallet_registry::Call::remove_member {
			coop: CoopId(1),
			who: charlie.clone(),
		});
		dispatch(remove, crate::RuntimeOrigin::signed(Sr25519Keyring::Dave.to_account_id()))
			.unwrap();
		let listed = pallet_validators::Validators::<Runtime>::get();
		assert!(listed.iter().all(|v| v.account != charlie), "Charlie left the list");
		crate::Session::rotate_session();
		crate::Session::rotate_session();
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		// Still a Baker: his keys stay.
		assert!(pallet_session::NextKeys::<Runtime>::get(&charlie).is_some());
	});
}

#[test]
fn a_suspension_that_would_stall_finality_is_refused() {
	use coop_primitives::{Body, CoopId};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let suspend =
			RuntimeCall::Registry(pallet_registry::Call::suspend_coop { coop: CoopId(1) });
		// Without the Builders' Charlie and Dave, Alice and Bob must both be live: nobody has
		// authored yet.
		assert_eq!(
			dispatch(suspend.clone(), decided(Body::Federation, 2, 2)),
			Err(pallet_validators::Error::<Runtime>::WouldStallFinality.into())
		);
		assert!(pallet_registry::Coops::<Runtime>::get(CoopId(1))
			.is_some_and(|c| c.status == coop_primitives::CoopStatus::Active));
		crate::Validators::note_author(Sr25519Keyring::Alice.to_account_id());
		crate::Validators::note_author(Sr25519Keyring::Bob.to_account_id());
		dispatch(suspend, decided(Body::Federation, 2, 2)).unwrap();
	});
}

#[test]
fn a_session_rotation_costs_no_more_than_its_weight() {
	use frame_support::traits::Hooks;
	// Native is faster than the nodes' wasm, so this bounds the weight from below only: the
	// fastest of a few rotations on the local chain's four validators must take well under
	// it (the weight is priced for a hundred).
	let weight = crate::configs::RotationWeight::get();
	let mut fastest = u128::MAX;
	for _ in 0..5 {
		genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
			let session = pallet_session::CurrentIndex::<Runtime>::get();
			frame_system::Pallet::<Runtime>::set_block_number(10);
			let started = std::time::Instant::now();
			let charged = <crate::Validators as Hooks<crate::BlockNumber>>::on_initialize(10);
			fastest = fastest.min(started.elapsed().as_nanos());
			assert_eq!(charged, weight);
			assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), session + 1);
		});
	}
	let fastest_ps = fastest.saturating_mul(1_000);
	assert!(fastest_ps * 4 < u128::from(weight.ref_time()), "{fastest} ns against {weight:?}");
	// And a block that rotates keeps nearly all its room for transactions.
	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	assert!(weight.ref_time() * 100 < max.ref_time(), "{weight:?} of {max:?}");
}
