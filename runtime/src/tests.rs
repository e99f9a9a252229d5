//! Tests of the runtime as a whole: its genesis presets and its fees.

use frame_support::{
	dispatch::{DispatchClass, DispatchInfo, GetDispatchInfo, Pays},
	weights::Weight,
};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

use crate::{
	genesis_config_presets, Balances, Runtime, RuntimeCall, RuntimeGenesisConfig,
	TransactionPayment,
};

/// `patch` laid over `base`, key by key, as the node does with a chain spec's patch.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The state a preset's genesis builds, ready for `execute_with`.
fn genesis_of(preset: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&PresetId::from(preset))
		.unwrap_or_else(|| panic!("preset {preset} exists"));
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, serde_json::from_slice(&patch).unwrap());
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
			serde_json::to_vec(&config).unwrap(),
		)
		.expect("the preset builds a genesis state")
	});
	ext
}

#[test]
fn every_named_preset_builds_and_unknown_ones_do_not_exist() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	for name in names {
		let bytes: &[u8] = name.as_ref();
		let name = String::from_utf8(bytes.to_vec()).unwrap();
		genesis_of(&name);
	}
	assert!(genesis_config_presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn development_has_alice_as_only_validator_and_sudo() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.into_inner(), vec![Sr25519Keyring::Alice.public().into()]);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
	});
}

#[test]
fn local_testnet_has_four_validators() {
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
		let expected: Vec<_> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.iter()
		.map(|k| k.public().into())
		.collect();
		assert_eq!(aura, expected);
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(grandpa.len(), 4);
		assert!(grandpa.iter().all(|(_, weight)| *weight == 1), "one validator, one vote");
	});
}

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
fn genesis_issuance_is_only_the_dev_bootstrap() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let funded = Sr25519Keyring::well_known().count() as u128;
		assert_eq!(
			pallet_balances::TotalIssuance::<Runtime>::get(),
			funded * genesis_config_presets::DEV_BOOTSTRAP_BALANCE
		);
		assert_eq!(
			Balances::free_balance(Sr25519Keyring::Ferdie.to_account_id()),
			genesis_config_presets::DEV_BOOTSTRAP_BALANCE
		);
	});
}

#[test]
fn test_chains_start_with_two_coops_of_dev_accounts() {
	use coop_primitives::{CoopId, Coops as _, Membership as _, Role};
	use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
	type Registry = pallet_registry::Pallet<Runtime>;

	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(|| {
			let (bakers, builders) = (CoopId(0), CoopId(1));
			assert_eq!(Registry::active_coop_count(), 2, "{preset}");
			let role = |coop, who: Sr25519Keyring| Registry::role(coop, &who.to_account_id());
			assert_eq!(role(bakers, Alice), Some(Role::Admin));
			assert_eq!(role(bakers, Bob), Some(Role::Approver));
			assert_eq!(role(bakers, Charlie), Some(Role::Member));
			assert_eq!(role(builders, Dave), Some(Role::Admin));
			assert_eq!(role(builders, Eve), Some(Role::Approver));
			assert_eq!(role(builders, Ferdie), Some(Role::Member));
			assert_eq!(role(builders, Charlie), Some(Role::Member));
			assert_eq!(role(builders, Alice), None);
			assert_eq!(Registry::member_count(bakers), 3);
			assert_eq!(Registry::member_count(builders), 4);
			for who in [Alice, Bob, Charlie, Dave, Eve, Ferdie] {
				let account = who.to_account_id();
				let member = pallet_registry::Members::<Runtime>::get(&account).unwrap();
				assert_eq!(member.identity, genesis_config_presets::dev_identity(who));
				assert!(frame_system::Pallet::<Runtime>::providers(&account) >= 1);
			}
			let pool = Registry::pool_account(bakers);
			assert_eq!(Registry::pool_owner(&pool), Some(bakers));
		});
	}
}
