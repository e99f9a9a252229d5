//! Every pallet's `try_state` over a chain state built by the real runtime: each test
//! chain's genesis, then the same state after members worked, were paid and paid others.
//! Compiled with `--features try-runtime` only (`scripts/test.sh` runs it), which also
//! compiles the runtime's `TryRuntime` API.

use super::*;
use coop_primitives::{ClaimId, CoopId};
use frame_support::traits::{TryState, TryStateSelect};
use frame_try_runtime::UpgradeCheckSelect;
use sp_runtime::traits::Dispatchable;

use crate::{AllPalletsWithSystem, Executive, RuntimeOrigin};

fn every_invariant_holds() {
	use frame_support::traits::PalletsInfoAccess;
	let now = frame_system::Pallet::<Runtime>::block_number();
	// Pallet by pallet, so a failure names the pallet whose invariant broke.
	for pallet in AllPalletsWithSystem::infos() {
		let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
		if let Err(error) = AllPalletsWithSystem::try_state(now, only) {
			panic!("{}'s invariants fail at block {now}: {error:?}", pallet.name);
		}
	}
	// What `try-runtime on-runtime-upgrade` runs: the upgrade hooks, then every try_state.
	Executive::try_runtime_upgrade(UpgradeCheckSelect::All).expect("upgrade checks pass");
}

#[test]
fn every_pallets_invariants_hold_on_each_test_chains_genesis() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(every_invariant_holds);
	}
}

#[test]
fn every_pallets_invariants_hold_after_work_is_paid_and_paid_on() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		// 2026-11-22, noon, in the Aura slot of that moment (Aura's invariant).
		let now: u64 = 1_795_348_800_000;
		pallet_timestamp::Now::<Runtime>::put(now);
		let slot = now / pallet_aura::Pallet::<Runtime>::slot_duration();
		pallet_aura::CurrentSlot::<Runtime>::put(sp_consensus_aura::Slot::from(slot));
		let signed = |who: Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
		let bakers = CoopId(0);
		let calls = [
			(
				Sr25519Keyring::Charlie,
				RuntimeCall::Hours(pallet_hours::Call::log_work {
					coop: bakers,
					minutes: 90,
					day: 20_779,
					memo: Default::default(),
				}),
			),
			(
				Sr25519Keyring::Bob,
				RuntimeCall::Hours(pallet_hours::Call::approve { claim: ClaimId(0) }),
			),
			(
				Sr25519Keyring::Charlie,
				RuntimeCall::Hours(pallet_hours::Call::transfer {
					to: Sr25519Keyring::Alice.to_account_id(),
					amount: 1_000,
				}),
			),
			(
				Sr25519Keyring::Alice,
				RuntimeCall::Hours(pallet_hours::Call::contribute { coop: bakers, amount: 500 }),
			),
			(
				Sr25519Keyring::Charlie,
				RuntimeCall::Registry(pallet_registry::Call::leave { coop: bakers }),
			),
		];
		for (who, call) in calls {
			call.clone().dispatch(signed(who)).unwrap_or_else(|e| panic!("{call:?}: {e:?}"));
			every_invariant_holds();
		}
	});
}
