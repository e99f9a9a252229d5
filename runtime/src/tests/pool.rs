//! The pool's gate in the real runtime: members only, no tips, the codes wallets see.

use super::*;

#[test]
fn the_pool_takes_members_transactions_and_refuses_outsiders_with_code_1() {
	use pallet_gate::refusal;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		// The parent of the block validated against is genesis, the hash the payload signs.
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		let validate =
			|xt| crate::Executive::validate_transaction(TransactionSource::External, xt, genesis);
		// Alice is a Bakers' admin; One is nobody.
		let member = validate(signed_by(Sr25519Keyring::Alice, remark.clone()));
		assert!(member.is_ok(), "{member:?}");
		assert_eq!(
			validate(signed_by(Sr25519Keyring::One, remark)),
			Err(InvalidTransaction::Custom(refusal::NOT_MEMBER).into())
		);
	});
}

#[test]
fn a_tip_is_refused_with_code_4_and_wallets_see_the_stock_extension_names() {
	use pallet_gate::refusal;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		let tipped = signed_with_tip(Sr25519Keyring::Alice, remark, 1);
		assert_eq!(
			crate::Executive::validate_transaction(TransactionSource::External, tipped, genesis),
			Err(InvalidTransaction::Custom(refusal::TIP).into())
		);
	});
	// Wallets encode extensions by these names; ours stand in for two of the stock ones.
	use sp_runtime::traits::TransactionExtension;
	let names: Vec<_> = <crate::TxExtension as TransactionExtension<RuntimeCall>>::metadata()
		.into_iter()
		.map(|m| m.identifier)
		.collect();
	assert_eq!(
		names,
		[
			"CheckMember",
			"CheckNonZeroSender",
			"CheckSpecVersion",
			"CheckTxVersion",
			"CheckGenesis",
			"CheckMortality",
			"CheckNonce",
			"CheckWeight",
			"ChargeTransactionPayment",
			"WeightReclaim",
		]
	);
}

#[test]
fn an_upgrade_enters_the_pool_only_with_the_authorised_code_and_then_goes_first_once() {
	use pallet_gate::refusal;
	use sp_runtime::{
		traits::Hash as _,
		transaction_validity::{InvalidTransaction, TransactionPriority, TransactionSource},
	};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		let validate =
			|xt| crate::Executive::validate_transaction(TransactionSource::External, xt, genesis);
		let upgrade = |code: &[u8]| {
			RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
				code: code.to_vec(),
			})
		};
		let refused = |code| Err(InvalidTransaction::Custom(code).into());
		// Nothing authorised yet: any code is refused, by a member too.
		assert_eq!(
			validate(signed_by(Sr25519Keyring::Alice, upgrade(b"code"))),
			refused(refusal::UPGRADE_NOT_AUTHORISED)
		);
		let hash = <Runtime as frame_system::Config>::Hashing::hash(b"code");
		frame_system::Pallet::<Runtime>::do_authorize_upgrade(hash, false);
		// Other code than the authorised is refused; so is the authorised one in a batch.
		assert_eq!(
			validate(signed_by(Sr25519Keyring::Alice, upgrade(b"other code"))),
			refused(refusal::UPGRADE_NOT_AUTHORISED)
		);
		let batch = |calls| RuntimeCall::Utility(pallet_utility::Call::batch { calls });
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		for wrapped in [
			batch(vec![remark.clone(), upgrade(b"code")]),
			batch(vec![batch(vec![upgrade(b"code")])]),
			RuntimeCall::Utility(pallet_utility::Call::as_derivative {
				index: 0,
				call: Box::new(upgrade(b"other code")),
			}),
		] {
			assert_eq!(
				validate(signed_by(Sr25519Keyring::Alice, wrapped)),
				refused(refusal::UPGRADE_WRAPPED)
			);
		}
		// The authorised code, by itself: first in line, and its hash the tag it provides,
		// so the pool holds one copy however many members send it.
		let valid = validate(signed_by(Sr25519Keyring::Alice, upgrade(b"code")))
			.expect("the authorised upgrade");
		assert_eq!(valid.priority, TransactionPriority::MAX);
		assert!(valid.provides.contains(&codec::Encode::encode(&hash)), "{:?}", valid.provides);
		let bobs = validate(signed_by(Sr25519Keyring::Bob, upgrade(b"code"))).expect("Bob's");
		assert!(bobs.provides.contains(&codec::Encode::encode(&hash)));
		// A batch without an upgrade, and a plain payment, keep the default priority.
		let plain = validate(signed_by(Sr25519Keyring::Alice, batch(vec![remark]))).unwrap();
		assert_eq!(plain.priority, 0);
		// Outsiders are refused as before, whatever they send.
		assert_eq!(
			validate(signed_by(Sr25519Keyring::One, upgrade(b"code"))),
			refused(refusal::NOT_MEMBER)
		);
	});
}
