//! What the pool asks of particular calls before it accepts them (`pallet_gate::CallChecks`).
//!
//! **A runtime upgrade only with the authorised code.** `system.applyAuthorizedUpgrade` is
//! open to every signer once the federation has authorised a code hash, and it is an
//! operational call of half a second's weight. Unchecked, a member could send upgrades of
//! code nobody authorised, each failing only in the block, after taking its weight there:
//! a rate limit's worth of them fills blocks that payments should have had. So the pool
//! refuses an upgrade whose code is not the authorised one
//! ([`pallet_gate::refusal::UPGRADE_NOT_AUTHORISED`]), and one inside another call, where
//! it could not be checked ([`pallet_gate::refusal::UPGRADE_WRAPPED`]). The authorised one
//! goes first in line, ahead of any queue of payments (the highest priority, as
//! `frame_system` gives its unsigned form), and once however many members send it (its
//! code's hash is the tag it provides).

use alloc::vec;
use codec::{Decode, Encode};
use sp_runtime::{
	traits::Hash as _,
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionValidity, ValidTransaction,
	},
};

use super::wrapped_calls::{carries, MAX_NESTING};
use crate::{Hash, Runtime, RuntimeCall};

/// The runtime's checks of particular calls in the pool.
pub struct PoolCallChecks;

impl pallet_gate::CallChecks<RuntimeCall> for PoolCallChecks {
	fn check(call: &RuntimeCall) -> TransactionValidity {
		if let RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code }) = call {
			return authorised_upgrade(code);
		}
		if carries(call, MAX_NESTING, &is_upgrade) {
			return Err(InvalidTransaction::Custom(pallet_gate::refusal::UPGRADE_WRAPPED).into());
		}
		Ok(ValidTransaction::default())
	}
}

fn is_upgrade(call: &RuntimeCall) -> bool {
	matches!(call, RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { .. }))
}

/// An upgrade's validity: first in line and once if `code` is the authorised code, refused
/// otherwise.
fn authorised_upgrade(code: &[u8]) -> TransactionValidity {
	let hash = <Runtime as frame_system::Config>::Hashing::hash(code);
	if authorised_hash() != Some(hash) {
		return Err(InvalidTransaction::Custom(pallet_gate::refusal::UPGRADE_NOT_AUTHORISED).into());
	}
	Ok(ValidTransaction {
		priority: TransactionPriority::MAX,
		provides: vec![hash.encode()],
		..Default::default()
	})
}

/// The code hash the federation authorised, if any. `frame_system` keeps the authorisation's
/// fields private outside std builds; its encoding is the hash, then whether to check the
/// version.
fn authorised_hash() -> Option<Hash> {
	let authorisation = frame_system::Pallet::<Runtime>::authorized_upgrade()?;
	<(Hash, bool)>::decode(&mut &authorisation.encode()[..]).ok().map(|(hash, _)| hash)
}
