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
