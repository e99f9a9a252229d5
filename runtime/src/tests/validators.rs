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
