//! The genesis presets a chain spec can start from: `development` (one validator, Alice) and
//! `local_testnet` (four validators on one machine).

use alloc::{string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::OpaquePeerId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::{BlakeTwo256, Hash};

use coop_primitives::{CoopId, Role};
use pallet_registry::types::{GenesisCoop, GenesisMember};

use super::{
	opaque::SessionKeys, AccountId, DacoConfig, NodeAuthorizationConfig, RegistryConfig,
	RuntimeGenesisConfig, SessionConfig, SudoConfig, ValidatorsConfig,
};

/// A validator of a test chain: its account, the co-op running it, and its session keys.
type GenesisValidator = (AccountId, CoopId, SessionKeys);

/// The genesis of a test chain: its validators, its well-known nodes, its sudo key and the
/// two dev co-ops. No account holds HOUR: it is minted for approved work only. Aura's and
/// GRANDPA's first authorities come from the session keys.
fn testnet_genesis(
	validators: Vec<GenesisValidator>,
	nodes: Vec<(OpaquePeerId, AccountId)>,
	sudo: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		node_authorization: NodeAuthorizationConfig { nodes },
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(account, _, keys)| (account.clone(), account.clone(), keys.clone()))
				.collect(),
		},
		validators: ValidatorsConfig {
			validators: validators
				.into_iter()
				.map(|(account, coop, _)| pallet_validators::Validator { account, coop })
				.collect(),
		},
		sudo: SudoConfig { key: sudo },
		registry: RegistryConfig { coops: dev_coops() },
		daco: DacoConfig {
			delegates: vec![
				(CoopId(0), Sr25519Keyring::Alice.to_account_id()),
				(CoopId(1), Sr25519Keyring::Dave.to_account_id()),
			],
		},
	})
}

/// The identity commitment of a well-known development account: a hash of its name. Real
/// commitments are salted hashes of evidence a co-op checked; these only need to be unique.
pub fn dev_identity(who: Sr25519Keyring) -> sp_core::H256 {
	let name: &'static str = who.into();
	BlakeTwo256::hash_of(&("coop-exchange dev identity", name))
}

fn dev_member(who: Sr25519Keyring, role: Role) -> GenesisMember<AccountId> {
	GenesisMember {
		account: who.to_account_id(),
		identity: dev_identity(who),
		name: <&'static str>::from(who).into(),
		role,
	}
}

/// The two co-ops of the test chains, with the well-known dev accounts:
/// - co-op 0, "Bakers' Co-op": Alice admin, Bob approver, Charlie member;
/// - co-op 1, "Builders' Co-op": Dave admin, Eve approver, Ferdie and Charlie members.
pub fn dev_coops() -> Vec<GenesisCoop<AccountId>> {
	use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
	vec![
		GenesisCoop {
			name: "Bakers' Co-op".into(),
			members: vec![
				dev_member(Alice, Role::Admin),
				dev_member(Bob, Role::Approver),
				dev_member(Charlie, Role::Member),
			],
		},
		GenesisCoop {
			name: "Builders' Co-op".into(),
			members: vec![
				dev_member(Dave, Role::Admin),
				dev_member(Eve, Role::Approver),
				dev_member(Ferdie, Role::Member),
				dev_member(Charlie, Role::Member),
			],
		},
	]
}

/// A well-known development account as a validator run by `coop`: sr25519 for Aura,
/// ed25519 for GRANDPA, both from its dev seed (`//Alice` …).
fn dev_validator(
	account: Sr25519Keyring,
	grandpa: Ed25519Keyring,
	coop: CoopId,
) -> GenesisValidator {
	let aura: AuraId = account.public().into();
	let grandpa: GrandpaId = grandpa.public().into();
	(account.to_account_id(), coop, SessionKeys { aura, grandpa })
}

/// The well-known nodes of `local`: each dev validator's node, with the public half of its
/// node key (the secrets are in `chain-specs/local-node-keys/`, public like the dev
/// accounts' seeds; a runtime test checks the two agree).
pub const LOCAL_NODES: [(Sr25519Keyring, [u8; 32]); 4] = [
	(
		Sr25519Keyring::Alice,
		hex_literal::hex!("e62bb941c8ac98c31e367e1159b70119dafd11c724d6652eceae928511d4b2b5"),
	),
	(
		Sr25519Keyring::Bob,
		hex_literal::hex!("ce54994d222ca349da456c2805bbb5c130190cfce04a5d47a1dcfef650116c98"),
	),
	(
		Sr25519Keyring::Charlie,
		hex_literal::hex!("59c3ce3d2a7ccd378bedaa48fea637d4d6009096e3173ccc52721467e94e2120"),
	),
	(
		Sr25519Keyring::Dave,
		hex_literal::hex!("2619db14616a92239580636378bee4ecc01b67ca6eb8dd8e80de3630e803e4db"),
	),
];

/// The libp2p peer id of an ed25519 node key, as the chain stores it: an identity
/// multihash (0x00, length 0x24) of the protobuf-encoded key (type 1 = ed25519, 32 bytes).
pub fn peer_id_of(ed25519_public: &[u8; 32]) -> OpaquePeerId {
	let mut bytes = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	bytes.extend_from_slice(ed25519_public);
	OpaquePeerId(bytes)
}

/// `development`: Alice authors every block and holds the sudo key, for convenience; the
/// votes work here too (Alice is the Bakers' delegate, Dave the Builders').
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice, CoopId(0))],
		vec![],
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// `local_testnet`: Alice, Bob, Charlie and Dave validate. No sudo key: the federation
/// decides by vote (Alice is the Bakers' delegate, Dave the Builders').
pub fn local_testnet_genesis() -> Value {
	testnet_genesis(
		vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice, CoopId(0)),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob, CoopId(0)),
			dev_validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie, CoopId(1)),
			dev_validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave, CoopId(1)),
		],
		LOCAL_NODES
			.iter()
			.map(|(owner, public)| (peer_id_of(public), owner.to_account_id()))
			.collect(),
		None,
	)
}

/// The JSON of the preset called `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
