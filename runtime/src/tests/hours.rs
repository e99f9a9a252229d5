//! Work becomes HOUR in the real runtime.

use super::*;

#[test]
fn hours_are_minted_for_approved_work_in_the_runtime() {
	use coop_primitives::{CoopId, HOUR as ONE_HOUR};
	use sp_runtime::traits::Dispatchable;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		// 2026-11-22, noon.
		pallet_timestamp::Now::<Runtime>::put(1_795_348_800_000u64);
		let signed = |who: Sr25519Keyring| crate::RuntimeOrigin::signed(who.to_account_id());
		let bakers = CoopId(0);
		let log = RuntimeCall::Hours(pallet_hours::Call::log_work {
			coop: bakers,
			minutes: 90,
			day: 20_779,
			memo: Default::default(),
		});
		log.dispatch(signed(Sr25519Keyring::Charlie)).unwrap();
		let claim = coop_primitives::ClaimId(0);
		let approve = RuntimeCall::Hours(pallet_hours::Call::approve { claim });
		approve.dispatch(signed(Sr25519Keyring::Bob)).unwrap();
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		assert_eq!(Balances::free_balance(&charlie), 3 * ONE_HOUR / 2);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), 3 * ONE_HOUR / 2);
	});
}
