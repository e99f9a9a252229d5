//! The `InvalidTransaction::Custom` codes of the gate, which clients read from the error of
//! `author_submitExtrinsic` (a wallet shows each with its own message).

/// The signer is not an active member of any co-op.
pub const NOT_MEMBER: u8 = 1;
/// An unsigned transaction that is not an inherent.
pub const UNSIGNED: u8 = 2;
/// The signer used up the transactions the rate limit allows in this window.
pub const RATE_LIMITED: u8 = 3;
/// A tip: fees are zero and a place in a block is not for sale ([`crate::NoTips`]).
pub const TIP: u8 = 4;
/// An immortal transaction, or one whose era is longer than the runtime allows
/// ([`crate::CheckMortalEra`]): it could be replayed long after it was signed.
pub const NOT_MORTAL: u8 = 5;
/// A batch carrying more calls than the rate limit allows in a whole window: it can never
/// be included.
pub const TOO_MANY_CALLS: u8 = 6;

/// A runtime upgrade (`system.applyAuthorizedUpgrade`) whose code is not the one the
/// federation authorised, or with none authorised: it could only fail, after taking its
/// weight from a block. (Refused by the runtime's [`crate::CallChecks`].)
pub const UPGRADE_NOT_AUTHORISED: u8 = 7;

/// A runtime upgrade inside another call, a batch say: an upgrade goes by itself, so the
/// pool can check its code. (Refused by the runtime's [`crate::CallChecks`].)
pub const UPGRADE_WRAPPED: u8 = 8;

/// The refusal with `code`.
pub(crate) fn refuse(code: u8) -> sp_runtime::transaction_validity::TransactionValidityError {
	sp_runtime::transaction_validity::InvalidTransaction::Custom(code).into()
}
