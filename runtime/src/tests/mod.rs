//! Tests of the runtime as a whole (the real runtime, not mocks), one file per domain.
//! Shared here: building a preset's genesis state, dispatching as a body's vote, and
//! signing as a wallet does.

pub(crate) use frame_support::{
	dispatch::{DispatchClass, DispatchInfo, GetDispatchInfo, Pays},
	weights::Weight,
};
pub(crate) use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
pub(crate) use sp_keyring::Sr25519Keyring;

pub(crate) use crate::{
	genesis_config_presets, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeGenesisConfig,
	TransactionPayment,
};

mod call_filter;
mod fees;
mod governance;
mod hours;
mod peers;
mod pool;
mod presets;
mod replay;
#[cfg(feature = "try-runtime")]
mod try_state;
mod validators;
mod weights;
#[allow(clippy::arithmetic_side_effects)]
mod worst_case_block;

/// `patch` laid over `base`, key by key, as the node does with a chain spec's patch.
pub(crate) fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
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
pub(crate) fn genesis_of(preset: &str) -> sp_io::TestExternalities {
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

/// Dispatches `call` from `origin`, as a transaction would.
pub(crate) fn dispatch(
	call: RuntimeCall,
	origin: crate::RuntimeOrigin,
) -> sp_runtime::DispatchResult {
	use sp_runtime::traits::Dispatchable;
	call.dispatch(origin).map(|_| ()).map_err(|e| e.error)
}

/// A passed proposal's origin: `body` with `ayes` of `electorate` in favour.
pub(crate) fn decided(
	body: coop_primitives::Body,
	ayes: u32,
	electorate: u32,
) -> crate::RuntimeOrigin {
	let tally = pallet_daco::tally::Tally { ayes, nays: 0, abstentions: 0, electorate };
	crate::RuntimeOrigin::from(pallet_daco::BodyOrigin { body, tally })
}

/// `call` signed by `who` with nonce 0, as a wallet would send it to this runtime.
pub(crate) fn signed_by(who: Sr25519Keyring, call: RuntimeCall) -> crate::UncheckedExtrinsic {
	signed_with_tip(who, call, 0)
}

/// A wallet's era: mortal, the longest the runtime allows, born at genesis (whose hash every
/// test state knows), so valid for the first 256 blocks, where these tests stay.
pub(crate) fn wallet_era() -> sp_runtime::generic::Era {
	sp_runtime::generic::Era::mortal(256, 0)
}

/// The extensions a wallet fills in for a transaction with nonce 0 and `tip`.
pub(crate) fn extensions(tip: crate::Balance) -> crate::TxExtension {
	extensions_with(0, tip, wallet_era())
}

/// The extensions for a transaction with `nonce`, `tip` and `era`.
pub(crate) fn extensions_with(
	nonce: crate::Nonce,
	tip: crate::Balance,
	era: sp_runtime::generic::Era,
) -> crate::TxExtension {
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

/// `call` signed by `who` with nonce 0 and a tip, as a wallet would send it.
pub(crate) fn signed_with_tip(
	who: Sr25519Keyring,
	call: RuntimeCall,
	tip: crate::Balance,
) -> crate::UncheckedExtrinsic {
	signed_with(who, call, extensions(tip))
}

/// `call` signed by `who` with these extensions.
pub(crate) fn signed_with(
	who: Sr25519Keyring,
	call: RuntimeCall,
	extensions: crate::TxExtension,
) -> crate::UncheckedExtrinsic {
	use codec::Encode;
	let payload = crate::SignedPayload::new(call.clone(), extensions.clone()).unwrap();
	let signature = payload.using_encoded(|bytes| who.sign(bytes));
	crate::UncheckedExtrinsic::new_signed(
		call,
		who.to_account_id().into(),
		signature.into(),
		extensions,
	)
}
