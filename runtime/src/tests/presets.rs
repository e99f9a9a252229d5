//! The genesis presets: which co-ops, members and validators each test chain starts with.

use super::*;

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
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "no sudo: the federation votes");
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
