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
	genesis_config_presets, Balances, OriginCaller, Runtime, RuntimeCall, TransactionPayment,
};

mod call_filter;
mod exhaustion;
mod fees;
#[cfg(feature = "try-runtime")]
mod fuzz;
mod governance;
mod hours;
mod peers;
mod pool;
mod presets;
#[cfg(feature = "try-runtime")]
mod try_state;
mod validators;
mod weights;
#[allow(clippy::arithmetic_side_effects)]
mod worst_case_block;

/// The state a preset's genesis builds, ready for `execute_with`.
pub(crate) fn genesis_of(preset: &str) -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(crate::testing::genesis_storage(preset))
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

pub(crate) use crate::testing::{extensions_with, signed_with, wallet_era};

/// `call` signed by `who` with nonce 0 and a tip, as a wallet would send it.
pub(crate) fn signed_with_tip(
	who: Sr25519Keyring,
	call: RuntimeCall,
	tip: crate::Balance,
) -> crate::UncheckedExtrinsic {
	crate::testing::signed(who, call, 0, tip)
}
