//! Who may put a transaction in the pool: active members only, at a bounded rate.
//!
//! [`CheckMember`] goes first in the runtime's extension list. It refuses every signed
//! transaction whose signer is not an active member, and every unsigned one that is not an
//! inherent, so outsiders never enter the pool and cost a validator one storage read.
//! [`CheckNonceWithinRate`] takes the place of `frame_system::CheckNonce`: the same nonce
//! check with the same encoding, plus the federation's rate limit, counted with the
//! transactions the member already has queued (the nonce says how many), so a burst is
//! refused at submission and not only when blocks fill.
//!
//! Refusals are `InvalidTransaction::Custom` with the codes in [`refusal`], which clients
//! read from the error of `author_submitExtrinsic`.

use core::{fmt, marker::PhantomData};

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchClass, DispatchInfo},
	pallet_prelude::TransactionSource,
	traits::Get,
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, CheckedDiv, DispatchInfoOf, Dispatchable, Implication,
		PostDispatchInfoOf, Saturating, TransactionExtension, UniqueSaturatedInto, ValidateResult,
		Zero,
	},
	transaction_validity::{InvalidTransaction, TransactionValidity, TransactionValidityError},
	DispatchResult,
};

use crate::{types::RateLimit, Config, Members, Pallet, TransactionsInWindow};

/// The `InvalidTransaction::Custom` codes of the gate.
pub mod refusal {
	/// The signer is not an active member of any co-op.
	pub const NOT_MEMBER: u8 = 1;
	/// An unsigned transaction that is not an inherent.
	pub const UNSIGNED: u8 = 2;
	/// The signer used up the transactions the rate limit allows in this window.
	pub const RATE_LIMITED: u8 = 3;
}

fn refuse(code: u8) -> TransactionValidityError {
	InvalidTransaction::Custom(code).into()
}

/// Lets only active members' signed transactions and inherents through. Zero-sized: wallets
/// encode nothing for it.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMember<T>(PhantomData<T>);

impl<T> CheckMember<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for CheckMember<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> fmt::Debug for CheckMember<T> {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		f.write_str("CheckMember")
	}
}

/// An unsigned extrinsic passes only if it is an inherent (mandatory, put in by the author).
fn only_inherents(info: &DispatchInfo) -> Result<(), TransactionValidityError> {
	if info.class == DispatchClass::Mandatory {
		Ok(())
	} else {
		Err(refuse(refusal::UNSIGNED))
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckMember<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckMember";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	/// One read of the signer's member record.
	fn weight(&self, _: &T::RuntimeCall) -> Weight {
		T::DbWeight::get().reads(1)
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), T::RuntimeCall> {
		let who = origin.as_system_origin_signer().ok_or_else(|| refuse(refusal::UNSIGNED))?;
		if !Members::<T>::get(who).is_some_and(|member| member.is_active()) {
			return Err(refuse(refusal::NOT_MEMBER));
		}
		Ok((Default::default(), (), origin))
	}

	fn prepare(
		self,
		_val: (),
		_origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<(), TransactionValidityError> {
		Ok(())
	}

	fn bare_validate(
		_call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> TransactionValidity {
		only_inherents(info).map(|()| Default::default())
	}

	fn bare_validate_and_prepare(
		_call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<(), TransactionValidityError> {
		only_inherents(info)
	}
}

/// `frame_system::CheckNonce` plus the rate limit. It encodes exactly as `CheckNonce` (the
/// nonce, compact) and carries its identifier, so wallets fill it in as they always do.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckNonceWithinRate<T: Config>(#[codec(compact)] pub T::Nonce);

impl<T: Config> CheckNonceWithinRate<T> {
	/// The extension for a transaction with this nonce.
	pub fn from(nonce: T::Nonce) -> Self {
		Self(nonce)
	}

	fn nonce_check(&self) -> frame_system::CheckNonce<T> {
		frame_system::CheckNonce::<T>::from(self.0)
	}
}

impl<T: Config> fmt::Debug for CheckNonceWithinRate<T> {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		let nonce: u64 = self.0.unique_saturated_into();
		write!(f, "CheckNonceWithinRate({nonce})")
	}
}

type NonceCheck<T> = frame_system::CheckNonce<T>;
type NonceVal<T> =
	<NonceCheck<T> as TransactionExtension<<T as frame_system::Config>::RuntimeCall>>::Val;
type NoncePre<T> =
	<NonceCheck<T> as TransactionExtension<<T as frame_system::Config>::RuntimeCall>>::Pre;

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckNonceWithinRate<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckNonce";
	type Implicit = ();
	type Val = NonceVal<T>;
	type Pre = NoncePre<T>;

	/// The nonce check, and reading the limit and the signer's count and writing the count.
	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		self.nonce_check().weight(call).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		_self_implicit: (),
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let (validity, val, origin) = self.nonce_check().validate(
			origin,
			call,
			info,
			len,
			(),
			inherited_implication,
			source,
		)?;
		if let Some(who) = origin.as_system_origin_signer() {
			// The transactions this one waits behind in the pool count as used.
			let queued = self.0.saturating_sub(frame_system::Pallet::<T>::account_nonce(who));
			let queued: u32 = queued.unique_saturated_into();
			let limit = crate::TransactionRateLimit::<T>::get();
			let now = frame_system::Pallet::<T>::block_number();
			let used = Pallet::<T>::transactions_in_window(who, now, &limit).1;
			if used.saturating_add(queued) >= limit.transactions {
				return Err(refuse(refusal::RATE_LIMITED));
			}
		}
		Ok((validity, val, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if let Some(who) = origin.as_system_origin_signer() {
			let limit = crate::TransactionRateLimit::<T>::get();
			let now = frame_system::Pallet::<T>::block_number();
			let (window, used) = Pallet::<T>::transactions_in_window(who, now, &limit);
			if used >= limit.transactions {
				return Err(refuse(refusal::RATE_LIMITED));
			}
			TransactionsInWindow::<T>::insert(who, (window, used.saturating_add(1)));
		}
		self.nonce_check().prepare(val, origin, call, info, len)
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		NonceCheck::<T>::post_dispatch_details(pre, info, post_info, len, result)
	}
}

impl<T: Config> Pallet<T> {
	/// The first block of the window of `limit` that `now` falls in, and how many of `who`'s
	/// transactions were included in that window.
	pub fn transactions_in_window(
		who: &T::AccountId,
		now: BlockNumberFor<T>,
		limit: &RateLimit<BlockNumberFor<T>>,
	) -> (BlockNumberFor<T>, u32) {
		let windows_before = now.checked_div(&limit.blocks).unwrap_or_else(Zero::zero);
		let window = windows_before.saturating_mul(limit.blocks);
		match TransactionsInWindow::<T>::get(who) {
			Some((start, used)) if start == window => (window, used),
			_ => (window, 0),
		}
	}
}
