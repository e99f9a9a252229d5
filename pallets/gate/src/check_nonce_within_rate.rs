//! [`CheckNonceWithinRate`]: `frame_system::CheckNonce` plus the federation's rate limit.
//!
//! It takes the place of `CheckNonce`, with the same encoding and identifier, so wallets
//! fill it in as they always do. The limit is counted with the transactions the member
//! already has queued (the nonce says how many), so a burst is refused at submission with
//! [`refusal::RATE_LIMITED`](crate::refusal::RATE_LIMITED) and not only when blocks fill.
//!
//! The limit counts calls, not transactions: a batch counts every call it carries
//! ([`Config::CallsCarried`](crate::Config::CallsCarried)), so a member at the limit fills no
//! more of a block with one batch than with as many single transactions. A batch larger than
//! the whole limit is refused with [`refusal::TOO_MANY_CALLS`](crate::refusal::TOO_MANY_CALLS).
//! Queued transactions count one each: the block, where the count is exact, has the last word.

use core::fmt;

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchInfo, pallet_prelude::TransactionSource, traits::Get, weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, CheckedDiv, DispatchInfoOf, Dispatchable, Implication,
		PostDispatchInfoOf, Saturating, TransactionExtension, UniqueSaturatedInto, ValidateResult,
		Zero,
	},
	transaction_validity::TransactionValidityError,
	DispatchResult,
};

use crate::{
	refusal::{self, refuse},
	types::{RateLimit, WindowRecord},
	CallsCarried, Config, Pallet, RateWindows, TransactionRateLimit, WeightInfo,
};

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
	/// The nonce check's own, and what `prepare` must record without reading again.
	type Val = (NonceVal<T>, Option<Record<BlockNumberFor<T>>>);
	/// The nonce check's own, and whether a window was recorded.
	type Pre = (NoncePre<T>, bool);

	/// Measured on the worst path: the nonce check, reading the limit and the signer's
	/// window, and recording a new window (a batch's write is the same one). Most
	/// transactions record nothing and get that write back after dispatch.
	fn weight(&self, _: &T::RuntimeCall) -> Weight {
		T::WeightInfo::check_nonce_within_rate()
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
		let mut record = None;
		if let Some(who) = origin.as_system_origin_signer() {
			let limit = TransactionRateLimit::<T>::get();
			let calls = T::CallsCarried::calls_carried(call).max(1);
			if calls > limit.transactions {
				return Err(refuse(refusal::TOO_MANY_CALLS));
			}
			// The transactions this one waits behind in the pool count as used. In a block
			// there are none: the nonce check has made sure this one is next.
			let queued = self.0.saturating_sub(frame_system::Pallet::<T>::account_nonce(who));
			let queued: u32 = queued.unique_saturated_into();
			let now = frame_system::Pallet::<T>::block_number();
			let window = Pallet::<T>::rate_window(who, now, &limit);
			if window.used.saturating_add(queued).saturating_add(calls) > limit.transactions {
				return Err(refuse(refusal::RATE_LIMITED));
			}
			let batched = calls.saturating_sub(1);
			record = (window.is_new || batched > 0).then_some(Record {
				start: window.start,
				is_new: window.is_new,
				batched,
			});
		}
		Ok((validity, (val, record), origin))
	}

	/// Runs right after `validate` on the same state (in a block, never on its own): the
	/// window `validate` found new is recorded, with the nonce before this transaction's, and
	/// a batch's calls beyond the first are added to it.
	fn prepare(
		self,
		(val, record): Self::Val,
		origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		let mut recorded = false;
		if let (Some(who), Some(Record { start, is_new, batched })) =
			(origin.as_system_origin_signer(), record)
		{
			if is_new {
				let nonce_then = frame_system::Pallet::<T>::account_nonce(who);
				RateWindows::<T>::insert(who, WindowRecord { start, nonce_then, batched });
			} else {
				RateWindows::<T>::mutate_extant(who, |window| {
					window.batched = window.batched.saturating_add(batched)
				});
			}
			recorded = true;
		}
		Ok((self.nonce_check().prepare(val, origin, call, info, len)?, recorded))
	}

	/// The write of a window not recorded is given back.
	fn post_dispatch_details(
		(pre, recorded): Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		let unspent = NonceCheck::<T>::post_dispatch_details(pre, info, post_info, len, result)?;
		let not_written = if recorded { Weight::zero() } else { T::DbWeight::get().writes(1) };
		Ok(unspent.saturating_add(not_written))
	}
}

/// What `prepare` writes for a transaction: its window, if new, and the calls its batch
/// carries beyond one.
#[derive(Clone, Copy)]
pub struct Record<BlockNumber> {
	start: BlockNumber,
	is_new: bool,
	batched: u32,
}

/// A member's rate-limit window at some block.
pub struct RateWindow<BlockNumber> {
	/// Its first block.
	pub start: BlockNumber,
	/// How many of the member's calls were included in it so far.
	pub used: u32,
	/// Whether none were: the window is not recorded yet.
	pub is_new: bool,
}

impl<T: Config> Pallet<T> {
	/// `who`'s window of `limit` that `now` falls in. What was used is counted by nonces:
	/// every included transaction of theirs raised their nonce by one since the window
	/// began, so a window is written once, by the first transaction in it (and again by each
	/// batch, for the calls it carried beyond one).
	pub fn rate_window(
		who: &T::AccountId,
		now: BlockNumberFor<T>,
		limit: &RateLimit<BlockNumberFor<T>>,
	) -> RateWindow<BlockNumberFor<T>> {
		let windows_before = now.checked_div(&limit.blocks).unwrap_or_else(Zero::zero);
		let start = windows_before.saturating_mul(limit.blocks);
		match RateWindows::<T>::get(who) {
			Some(record) if record.start == start => {
				let nonce = frame_system::Pallet::<T>::account_nonce(who);
				let grown: u32 = nonce.saturating_sub(record.nonce_then).unique_saturated_into();
				RateWindow { start, used: grown.saturating_add(record.batched), is_new: false }
			}
			_ => RateWindow { start, used: 0, is_new: true },
		}
	}
}
