//! What a member with a script and no fees could try (issue 16, as `e2e/exhaustion.test.mjs`
//! live): replay old transactions, carry many calls in one, store preimages for free. Through
//! the real runtime's `Executive`.

use super::*;
use pallet_gate::refusal;
use sp_runtime::{
	generic::Era,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
};

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![1] })
}

/// What the pool says of `xt`, validated on top of genesis.
fn pool(xt: crate::UncheckedExtrinsic) -> Result<(), TransactionValidityError> {
	let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
	crate::Executive::validate_transaction(TransactionSource::External, xt, genesis).map(|_| ())
}

fn refused(code: u8) -> Result<(), TransactionValidityError> {
	Err(InvalidTransaction::Custom(code).into())
}

#[test]
fn an_immortal_or_long_lived_transaction_is_refused_with_code_5() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice;
		let with_era = |era| signed_with(alice, remark(), extensions_with(0, 0, era));
		assert_eq!(pool(with_era(Era::Immortal)), refused(refusal::NOT_MORTAL));
		assert_eq!(pool(with_era(Era::mortal(512, 0))), refused(refusal::NOT_MORTAL));
		assert_eq!(pool(with_era(Era::mortal(256, 0))), Ok(()));
		assert_eq!(pool(with_era(Era::mortal(64, 0))), Ok(()));
		// A block author can't include one either.
		assert_eq!(
			crate::Executive::apply_extrinsic(with_era(Era::Immortal)),
			Err(InvalidTransaction::Custom(refusal::NOT_MORTAL).into())
		);
	});
}

#[test]
fn a_member_who_left_everywhere_is_not_reaped_and_their_old_transactions_stay_stale() {
	use pallet_registry::Members;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Eve, a plain member, signs a transaction with nonce 0; it is included, then she leaves.
		let eve = Sr25519Keyring::Eve;
		let payment = signed_with(eve, remark(), extensions_with(0, 0, wallet_era()));
		assert_eq!(crate::Executive::apply_extrinsic(payment.clone()), Ok(Ok(())));
		let coops = Members::<Runtime>::get(eve.to_account_id()).unwrap().coops;
		for coop in coops {
			let origin = crate::RuntimeOrigin::signed(eve.to_account_id());
			dispatch(RuntimeCall::Registry(pallet_registry::Call::leave { coop }), origin).unwrap();
		}
		assert!(frame_system::Account::<Runtime>::contains_key(eve.to_account_id()));
		assert!(frame_system::Pallet::<Runtime>::account_nonce(eve.to_account_id()) >= 1);
		// Readmitted (by Root, standing for the co-op), her old transaction is stale, not new.
		let coop = coop_primitives::CoopId(0);
		let identity = Members::<Runtime>::get(eve.to_account_id()).unwrap().identity;
		let again = pallet_registry::Call::add_member {
			coop,
			who: eve.to_account_id(),
			identity,
			name: Default::default(),
		};
		dispatch(RuntimeCall::Registry(again), crate::RuntimeOrigin::root()).unwrap();
		let accept = pallet_registry::Call::accept_invitation { coop };
		dispatch(RuntimeCall::Registry(accept), crate::RuntimeOrigin::signed(eve.to_account_id()))
			.unwrap();
		assert_eq!(pool(payment), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn a_batch_counts_every_call_it_carries_against_the_rate_limit() {
	use pallet_utility::Call as U;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice;
		let limit = pallet_gate::TransactionRateLimit::<Runtime>::get().transactions;
		let batch = |calls: u32, nested: bool| {
			let calls: Vec<_> = (0..calls).map(|_| remark()).collect();
			let batch = RuntimeCall::Utility(U::batch { calls });
			if nested {
				RuntimeCall::Utility(U::batch_all { calls: vec![batch] })
			} else {
				batch
			}
		};
		let signed =
			|call, nonce| signed_with(alice, call, extensions_with(nonce, 0, wallet_era()));
		// More calls than a whole window allows: never.
		assert_eq!(pool(signed(batch(limit + 1, false), 0)), refused(refusal::TOO_MANY_CALLS));
		assert_eq!(pool(signed(batch(limit + 1, true), 0)), refused(refusal::TOO_MANY_CALLS));
		// All but one of the window's calls, nested: then only single calls fit.
		let most = signed(batch(limit - 1, true), 0);
		assert_eq!(crate::Executive::apply_extrinsic(most), Ok(Ok(())));
		assert_eq!(pool(signed(batch(2, false), 1)), refused(refusal::RATE_LIMITED));
		assert_eq!(
			crate::Executive::apply_extrinsic(signed(batch(2, false), 1)),
			Err(InvalidTransaction::Custom(refusal::RATE_LIMITED).into())
		);
		assert_eq!(crate::Executive::apply_extrinsic(signed(remark(), 1)), Ok(Ok(())));
		assert_eq!(pool(signed(remark(), 2)), refused(refusal::RATE_LIMITED));
	});
}

#[test]
fn a_member_stores_preimages_only_within_their_quota_and_unnoting_frees_it() {
	use crate::configs::PreimageQuota;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let bob = crate::RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id());
		let quota = PreimageQuota::get();
		let note = |byte: u8, len: u64| {
			let bytes = vec![byte; usize::try_from(len).unwrap()];
			RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes })
		};
		let too_much = Err(pallet_gate::Error::<Runtime>::QuotaExceeded.into());
		// All the bytes in one: then not one more byte.
		dispatch(note(1, quota.size), bob.clone()).unwrap();
		assert_eq!(dispatch(note(2, 1), bob.clone()), too_much);
		// Unnoted, the room is back; then as many small ones as the count allows.
		use sp_runtime::traits::Hash;
		let hash = sp_runtime::traits::BlakeTwo256::hash(&vec![1u8; quota.size as usize]);
		let unnote = RuntimeCall::Preimage(pallet_preimage::Call::unnote_preimage { hash });
		dispatch(unnote, bob.clone()).unwrap();
		for byte in 0..quota.count {
			dispatch(note(10 + byte as u8, 1), bob.clone()).unwrap();
		}
		assert_eq!(dispatch(note(99, 1), bob.clone()), too_much);
		// Another member has their own quota.
		let alice = crate::RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		dispatch(note(99, 1), alice).unwrap();
	});
}
