//! Fees are zero, however heavy or long the transaction; genesis holds no HOUR.

use super::*;

#[test]
fn every_fee_is_zero_however_heavy_or_long_the_transaction() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		for class in [DispatchClass::Normal, DispatchClass::Operational] {
			let info = DispatchInfo {
				call_weight: Weight::from_parts(u64::MAX / 2, u64::MAX / 2),
				extension_weight: Weight::from_parts(1_000_000, 1_000),
				class,
				pays_fee: Pays::Yes,
			};
			assert_eq!(TransactionPayment::compute_fee(5 * 1024 * 1024, &info, 0), 0);
		}
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		let info = transfer.get_dispatch_info();
		assert!(info.call_weight.ref_time() > 0, "weights are still measured");
		assert_eq!(TransactionPayment::compute_fee(200, &info, 0), 0);
	});
}

#[test]
fn genesis_holds_no_hour() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(|| {
			assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), 0, "{preset}");
			for who in Sr25519Keyring::well_known() {
				assert_eq!(Balances::free_balance(who.to_account_id()), 0);
			}
		});
	}
}
