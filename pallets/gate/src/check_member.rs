//! [`CheckMember`]: only active members' signed transactions, and inherents, pass.
//!
//! It goes first in the runtime's extension list, so an outsider's transaction costs a
//! validator one question to [`Config::Membership`] before it is refused with
//! [`refusal::NOT_MEMBER`]; an unsigned one that is not an inherent is refused with
//! [`refusal::UNSIGNED`].

use core::{fmt, marker::PhantomData};

use codec::{Decode, DecodeWithMemTracking, Encode};
use coop_primitives::Membership;
use frame_support::{
	dispatch::{DispatchClass, DispatchInfo},
	pallet_prelude::TransactionSource,
	weights::Weight,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{TransactionValidity, TransactionValidityError},
};

use crate::{
	refusal::{self, refuse},
	CallChecks, Config, NonMemberCalls, WeightInfo,
};

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

	/// Measured: the membership question (one read of the signer's member record).
	fn weight(&self, _: &T::RuntimeCall) -> Weight {
		T::WeightInfo::check_member()
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), T::RuntimeCall> {
		let who = origin.as_system_origin_signer().ok_or_else(|| refuse(refusal::UNSIGNED))?;
		if !T::Membership::is_member(who) && !T::NonMemberCalls::allows(who, call) {
			return Err(refuse(refusal::NOT_MEMBER));
		}
		let validity = T::CallChecks::check(call)?;
		Ok((validity, (), origin))
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
