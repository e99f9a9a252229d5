use super::*;
use crate::{types::GenesisCoop, ActiveCoopCount, Identities, NextCoopId};
use sp_runtime::BuildStorage;

#[test]
fn genesis_founds_the_coops_with_their_members() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(NextCoopId::<Test>::get(), CoopId(2));
		assert_eq!(ActiveCoopCount::<Test>::get(), 2);
		assert_eq!(Coops::<Test>::get(BAKERS).unwrap().name.as_bytes(), b"Bakers");
		assert_eq!(counts(BAKERS), (3, 1));
		assert_eq!(counts(BUILDERS), (3, 1));
		assert_eq!(role_of(BAKERS, ALICE), Some(Role::Admin));
		assert_eq!(role_of(BAKERS, BOB), Some(Role::Approver));
		assert_eq!(role_of(BUILDERS, CHARLIE), Some(Role::Member));
		assert_eq!(coops_of(CHARLIE), vec![BAKERS, BUILDERS]);
		assert_eq!(Identities::<Test>::get(identity(CHARLIE)), Some(account(CHARLIE)));
		// Genesis members joined in block 0.
		assert_eq!(Memberships::<Test>::get(BAKERS, account(ALICE)).unwrap().joined, 0);
		// The registry's provider reference, plus the one of the balance they hold.
		assert_eq!(providers(&account(ALICE)), 2);
	});
}

fn build(coops: Vec<GenesisCoop<AccountId>>) -> Result<sp_runtime::Storage, String> {
	std::panic::catch_unwind(|| {
		RuntimeGenesisConfig { registry: crate::GenesisConfig { coops }, ..Default::default() }
			.build_storage()
	})
	.map_err(|_| "genesis build panicked".to_string())?
}

#[test]
fn a_genesis_coop_without_an_admin_is_refused() {
	let coop = GenesisCoop {
		name: "Nobody in charge".into(),
		members: vec![crate::types::GenesisMember {
			account: account(ALICE),
			identity: identity(ALICE),
			name: "Alice".into(),
			role: Role::Member,
		}],
	};
	assert!(build(vec![coop]).is_err());
}

#[test]
fn a_genesis_identity_bound_twice_is_refused() {
	let member = |n: u8, id: u8| crate::types::GenesisMember {
		account: account(n),
		identity: identity(id),
		name: "Someone".into(),
		role: Role::Admin,
	};
	let coop =
		GenesisCoop { name: "Twins".into(), members: vec![member(ALICE, 9), member(BOB, 9)] };
	assert!(build(vec![coop]).is_err());
}

#[test]
fn the_genesis_config_reads_from_json() {
	let json = r#"{ "coops": [ { "name": "Bakers", "members": [ {
		"account": "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
		"identity": "0x0101010101010101010101010101010101010101010101010101010101010101",
		"name": "Alice", "role": "Admin" } ] } ] }"#;
	let config: crate::GenesisConfig<Test> = serde_json::from_str(json).unwrap();
	assert_eq!(config.coops.len(), 1);
	assert_eq!(config.coops[0].members[0].role, Role::Admin);
	assert_eq!(config.coops[0].members[0].identity, identity(1));
}
