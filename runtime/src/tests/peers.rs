//! The federation's well-known nodes on the local chain.

use super::*;

#[test]
fn the_local_chain_knows_its_validators_nodes_by_the_keys_in_chain_specs() {
	use sp_core::Pair;
	for (owner, public) in genesis_config_presets::LOCAL_NODES {
		let name = owner.to_string().to_lowercase();
		let path = format!("{}/../chain-specs/local-node-keys/{name}", env!("CARGO_MANIFEST_DIR"));
		let hex = std::fs::read_to_string(&path).unwrap();
		let seed: Vec<u8> = (0..32)
			.map(|i| u8::from_str_radix(&hex.trim()[2 * i..2 * i + 2], 16).unwrap())
			.collect();
		let pair = sp_core::ed25519::Pair::from_seed_slice(&seed).unwrap();
		assert_eq!(pair.public().0, public, "{path}");
	}
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let nodes = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
		assert_eq!(nodes.len(), 4);
		let alice = genesis_config_presets::peer_id_of(&genesis_config_presets::LOCAL_NODES[0].1);
		assert_eq!(
			pallet_node_authorization::Owners::<Runtime>::get(&alice),
			Some(Sr25519Keyring::Alice.to_account_id())
		);
	});
}
