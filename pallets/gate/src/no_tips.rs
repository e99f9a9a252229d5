//! [`NoTips`]: takes the place of `pallet_transaction_payment::ChargeTransactionPayment`.
//!
//! Fees on this chain are zero, so the stock extension only costs time: it reads the signer's
//! account, computes a fee of nothing and deposits a `TransactionFeePaid` event for every
//! transaction. Worse, it would take a tip: HOUR burnt to buy a place in the block, a market
//! for block space on a chain that has none. `NoTips` encodes exactly as the stock extension
//! (the tip, compact) and carries its identifier, so wallets sign as they always do; a tip of
//! zero passes, any other is refused with [`refusal::TIP`](crate::refusal::TIP).
//! `TransactionPayment` stays in the runtime for `payment_queryInfo`.

use core::fmt;

use codec::{Decode, DecodeWithMemTracking, Encode};
use coop_primitives::Balance;
use frame_support::{pallet_prelude::TransactionSource, weights::Weight};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, DispatchOriginOf, Dispatchable, Implication, ValidateResult},
	transaction_validity::InvalidTransaction,
};

use crate::refusal;

/// A transaction's tip, which must be zero.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
pub struct NoTips(#[codec(compact)] pub Balance);

impl NoTips {
	/// The extension for a transaction with this tip (only zero passes).
	pub fn from(tip: Balance) -> Self {
		Self(tip)
	}
}

impl fmt::Debug for NoTips {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "NoTips({})", self.0)
	}
}

impl<Call: Dispatchable> sp_runtime::traits::TransactionExtension<Call> for NoTips {
	const IDENTIFIER: &'static str = "ChargeTransactionPayment";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	/// Comparing a number with zero: covered by the extrinsic's base weight.
	fn weight(&self, _: &Call) -> Weight {
		Weight::zero()
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<Call>,
		_call: &Call,
		_info: &DispatchInfoOf<Call>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), Call> {
		if self.0 != 0 {
			return Err(InvalidTransaction::Custom(refusal::TIP).into());
		}
		Ok((Default::default(), (), origin))
	}

	impl_tx_ext_default!(Call; prepare);
}
