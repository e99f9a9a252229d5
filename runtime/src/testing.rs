//! What the runtime's tests and its fuzzer share: a preset's genesis state, and
//! transactions signed as a wallet signs them for this runtime. Compiled for tests and
//! with the `fuzzing` feature only, never into a node's runtime.

// Test support: a failure here is a broken test setup, said loudly, not a runtime path.
#![allow(clippy::expect_used, clippy::panic)]

use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;
use sp_runtime::BuildStorage;

use crate::{
	genesis_config_presets, Balance, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SignedPayload, TxExtension, UncheckedExtrinsic,
};

/// `patch` laid over `base`, key by key, as the node does with a chain spec's patch.
pub fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The storage a preset's genesis builds: the defaults with the preset's patch laid over
/// them, as the node builds a chain spec's genesis.
pub fn genesis_storage(preset: &str) -> sp_runtime::Storage {
	let patch = genesis_config_presets::get_preset(&PresetId::from(preset))
		.unwrap_or_else(|| panic!("preset {preset} exists"));
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the defaults serialise");
	merge(&mut config, serde_json::from_slice(&patch).expect("a preset is JSON"));
	serde_json::from_value::<RuntimeGenesisConfig>(config)
		.expect("the patched preset is a genesis config")
		.build_storage()
		.expect("the preset builds a genesis state")
}

/// A wallet's era: mortal for the longest the runtime allows (256 blocks), born at the parent
/// block if the state knows its hash (as in a block being built), else at genesis (a test
/// state that only set its block number), valid for the first 256 blocks then.
pub fn wallet_era() -> sp_runtime::generic::Era {
	use sp_runtime::generic::Era;
	let now = frame_system::Pallet::<Runtime>::block_number();
	let parent = now.saturating_sub(1);
	if parent > 0 && frame_system::BlockHash::<Runtime>::contains_key(parent) {
		Era::mortal(256, parent.into())
	} else {
		Era::mortal(256, 0)
	}
}

/// The extensions a wallet fills in for a transaction with `nonce` and `tip`, in the
/// wallet's era.
pub fn extensions(nonce: Nonce, tip: Balance) -> TxExtension {
	extensions_with(nonce, tip, wallet_era())
}

/// The extensions for a transaction with `nonce`, `tip` and `era`.
pub fn extensions_with(nonce: Nonce, tip: Balance, era: sp_runtime::generic::Era) -> TxExtension {
	(
		pallet_gate::CheckMember::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		pallet_gate::CheckMortalEra::from(era),
		pallet_gate::CheckNonceWithinRate::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_gate::NoTips::from(tip),
		frame_system::WeightReclaim::new(),
	)
}

/// `call` signed by `who` with `nonce` and `tip`, as a wallet would send it. Reads the
/// genesis hash and versions the signature covers, so it runs inside the chain's state.
pub fn signed(
	who: Sr25519Keyring,
	call: RuntimeCall,
	nonce: Nonce,
	tip: Balance,
) -> UncheckedExtrinsic {
	signed_with(who, call, extensions(nonce, tip))
}

/// `call` signed by `who` with these extensions.
pub fn signed_with(
	who: Sr25519Keyring,
	call: RuntimeCall,
	extensions: TxExtension,
) -> UncheckedExtrinsic {
	use codec::Encode;
	let payload =
		SignedPayload::new(call.clone(), extensions.clone()).expect("the payload is complete");
	let signature = payload.using_encoded(|bytes| sp_core::Pair::sign(pair_of(who), bytes));
	UncheckedExtrinsic::new_signed(call, who.to_account_id().into(), signature.into(), extensions)
}

/// `who`'s key pair, derived once per process: deriving it from its dev seed (PBKDF2 over
/// SHA-512) takes milliseconds, signing with it microseconds, and the fuzzer signs millions.
fn pair_of(who: Sr25519Keyring) -> &'static sp_core::sr25519::Pair {
	use std::sync::OnceLock;
	static PAIRS: OnceLock<Vec<(Sr25519Keyring, sp_core::sr25519::Pair)>> = OnceLock::new();
	let pairs = PAIRS.get_or_init(|| Sr25519Keyring::iter().map(|k| (k, k.pair())).collect());
	pairs.iter().find(|(k, _)| *k == who).map(|(_, pair)| pair).expect("every keyring key")
}
