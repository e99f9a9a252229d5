//! The gate's unit tests, one file per rule. Every test runs in
//! [`ExtBuilder::build_and_execute`], which checks the invariants afterwards.

pub use crate::mock::*;
pub use crate::refusal;
pub use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchClass, DispatchInfo},
	pallet_prelude::TransactionSource,
};
pub use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
};

mod check_member;
mod configuration;
mod mortality;
mod no_tips;
mod rate_limit;
mod storage_quota;

/// Any call will do: the gate looks at the signer, not the call.
pub fn call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

/// The pool's refusal with `code`.
pub fn refused(code: u8) -> TransactionValidityError {
	InvalidTransaction::Custom(code).into()
}
