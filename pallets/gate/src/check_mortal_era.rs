//! [`CheckMortalEra`]: `frame_system::CheckMortality`, refusing transactions that live long.
//!
//! An immortal transaction is valid for as long as its signer's nonce has not passed it. The
//! registry keeps a member's account (and so their nonce) alive as long as their record
//! exists, but a key that is let go (the old key of a recovery) starts again at nonce 0 if it
//! is ever used again, and then anything it once signed immortally could be replayed by
//! anyone holding a copy. A mortal transaction dies a bounded number of blocks after it was
//! signed, so nothing replays beyond that. The extension encodes exactly as the stock one
//! (the era) and carries its identifier, so wallets sign as they always do; they only must
//! not ask for an immortal or a very long era.

use core::{fmt, marker::PhantomData};

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{pallet_prelude::TransactionSource, traits::Get, weights::Weight};
use scale_info::TypeInfo;
use sp_runtime::{
	generic::Era,
	traits::{DispatchInfoOf, Implication, TransactionExtension, ValidateResult},
	transaction_validity::TransactionValidityError,
};

use crate::{
	refusal::{self, refuse},
	Config,
};

/// A transaction's era, which must be mortal and at most
/// [`Config::MaxTransactionLongevity`] blocks long.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMortalEra<T: Config + Send + Sync>(pub Era, PhantomData<T>);

impl<T: Config + Send + Sync> CheckMortalEra<T> {
	/// The extension for a transaction with this era.
	pub fn from(era: Era) -> Self {
		Self(era, PhantomData)
	}

	/// Whether `era` is mortal and no longer than the runtime allows.
	pub fn allows(era: &Era) -> bool {
		match era {
			Era::Immortal => false,
			Era::Mortal(period, _) => *period <= T::MaxTransactionLongevity::get(),
		}
	}

	fn stock(&self) -> frame_system::CheckMortality<T> {
		frame_system::CheckMortality::<T>::from(self.0)
	}
}

impl<T: Config + Send + Sync> fmt::Debug for CheckMortalEra<T> {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "CheckMortalEra({:?})", self.0)
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckMortalEra<T> {
	const IDENTIFIER: &'static str = "CheckMortality";
	/// The hash of the block the era began at, signed with the transaction.
	type Implicit = T::Hash;
	type Val = ();
	type Pre = ();

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.stock().implicit()
	}

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		self.stock().weight(call)
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		if !Self::allows(&self.0) {
			return Err(refuse(refusal::NOT_MORTAL));
		}
		self.stock().validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	sp_runtime::impl_tx_ext_default!(T::RuntimeCall; prepare);
}
