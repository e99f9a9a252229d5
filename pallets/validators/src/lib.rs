//! # Validators
//!
//! The permissioned validator set: a bounded list of accounts, each run by a member co-op,
//! changed only by the federation and applied at the next session.
//!
//! ## Overview
//!
//! The federation adds a validator (an account that is a member of the co-op running it and
//! has registered its Aura and GRANDPA keys with `session.set_keys`) or removes one. At each
//! session boundary the runtime's session manager asks [`Pallet::plan_session`] for the next
//! set: the listed validators that are members of their co-op, whose co-op is active and
//! whose keys are registered. A suspended co-op's validators therefore drop out at the next
//! session, and come back when it is resumed. A validator whose account leaves its co-op
//! (or is removed, or moved to a new key) leaves the list when the registry says so
//! ([`coop_primitives::MembershipEnded`]), and the set at the next session.
//!
//! ## Rules
//!
//! - The set is never empty: removing the last validator fails, and a session whose plan
//!   would be empty keeps the set it has.
//! - GRANDPA finalises only while more than two thirds of the set votes. A removal that
//!   would leave fewer *live* validators (validators that authored a block within
//!   [`Config::LivenessWindow`]) than that is refused with [`Error::WouldStallFinality`].
//!   The same holds for suspending a co-op: the registry asks
//!   ([`coop_primitives::SuspensionCheck`]) and a suspension whose validators' absence
//!   would stall finality is refused.
//!   If finality stalls anyway, the federation calls `grandpa.note_stalled` through
//!   `daco.enact_as_root` (see `docs/operators.md`).
//!
//! The runtime connects [`Pallet::plan_session`] to `pallet_session` and
//! [`Pallet::note_author`] to `pallet_authorship`, so this pallet knows neither.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

mod set;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coop_primitives::CoopId;
use frame_support::weights::Weight;
use scale_info::TypeInfo;

/// Ends sessions on a schedule: the runtime's session pallet, asked by this pallet.
pub trait SessionRotation<BlockNumber> {
	/// Whether the session ends at block `now`.
	fn is_due(now: BlockNumber) -> bool;
	/// Ends the session (the next starts with the planned set); returns the work's weight.
	fn rotate() -> Weight;
}

/// Sessions never end (tests without a session pallet).
impl<BlockNumber> SessionRotation<BlockNumber> for () {
	fn is_due(_: BlockNumber) -> bool {
		false
	}
	fn rotate() -> Weight {
		Weight::zero()
	}
}

/// What the benchmarks need besides co-ops and members: accounts with session keys.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>:
	coop_primitives::MembershipBenchmarkHelper<AccountId>
{
	/// Registers session keys for `who`, as `session.set_keys` would.
	fn register_session_keys(who: &AccountId);
}

/// A validator and the co-op that runs it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Validator<AccountId> {
	/// The account its session keys are registered under.
	pub account: AccountId,
	/// The co-op that runs it.
	pub coop: CoopId,
}

// The pallet macros expand to `expect`s on values they construct themselves; hand-written
// logic lives in the other modules, where the workspace lints apply in full.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use coop_primitives::{Coops, Membership};
	use frame_support::{pallet_prelude::*, traits::Contains};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's parameters.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Co-ops and their members.
		type Registry: Coops<Self::AccountId> + Membership<Self::AccountId, BlockNumberFor<Self>>;

		/// Who speaks for the federation: adds and removes validators.
		type FederationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Accounts that registered session keys (`session.set_keys`).
		type HasSessionKeys: Contains<Self::AccountId>;

		/// The largest set.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// How recently a validator must have authored a block to count as live.
		#[pallet::constant]
		type LivenessWindow: Get<BlockNumberFor<Self>>;

		/// Ends sessions on their schedule, from this pallet's `on_initialize`, charging what
		/// the rotation costs (`pallet_session`'s own hook would charge the whole block for
		/// it, leaving that block no room for a single transaction).
		type Rotation: SessionRotation<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Makes co-ops, members and session keys for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validators the federation chose, in the order they were added.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<Validator<T::AccountId>, T::MaxValidators>, ValueQuery>;

	/// The set handed to the session pallet last; a session whose plan is the same changes
	/// nothing.
	#[pallet::storage]
	pub type Planned<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The last block each validator authored.
	#[pallet::storage]
	pub type LastAuthored<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The federation added a validator; it validates from the next session on.
		ValidatorAdded {
			/// Its account.
			account: T::AccountId,
			/// The co-op that runs it.
			coop: CoopId,
		},
		/// The federation removed a validator; it stops at the next session.
		ValidatorRemoved {
			/// Its account.
			account: T::AccountId,
		},
		/// A validator's account is no longer a member of the co-op that ran it: it left the
		/// list, and validates no more from the next session on.
		ValidatorLeftCoop {
			/// Its account.
			account: T::AccountId,
			/// The co-op it ran for.
			coop: CoopId,
		},
		/// The set the next session starts with changed.
		SetPlanned {
			/// The accounts that validate from the next session on.
			validators: Vec<T::AccountId>,
		},
	}

	/// Why a call failed.
	#[pallet::error]
	pub enum Error<T> {
		/// No co-op has this id.
		UnknownCoop,
		/// The co-op is suspended.
		CoopNotActive,
		/// The account is not a member of the co-op that would run it.
		NotMemberOfCoop,
		/// The account has not registered session keys (`session.set_keys`) yet.
		NoSessionKeys,
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set is at its size bound.
		TooManyValidators,
		/// The set can't become empty.
		LastValidator,
		/// Without it (or without the suspended co-op's validators), fewer live validators
		/// would remain than GRANDPA needs to finalise.
		WouldStallFinality,
	}

	/// The validators at genesis (their session keys come from the session pallet's genesis).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first set.
		pub validators: Vec<Validator<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		#[allow(clippy::panic)] // a broken genesis must stop the chain from starting
		fn build(&self) {
			let Ok(validators) = BoundedVec::try_from(self.validators.clone()) else {
				panic!("more genesis validators than MaxValidators");
			};
			let accounts = validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>();
			let Ok(planned) = BoundedVec::try_from(accounts) else {
				panic!("more genesis validators than MaxValidators");
			};
			Validators::<T>::put(validators);
			Planned::<T>::put(planned);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// A block that ends a session rotates it, and is charged the rotation's weight.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			if T::Rotation::is_due(now) {
				T::Rotation::rotate()
			} else {
				Weight::zero()
			}
		}

		/// The configuration can run: the set has room for a validator, and liveness is
		/// judged over at least one block.
		fn integrity_test() {
			assert!(
				T::MaxValidators::get() > 0,
				"MaxValidators is zero: the set can't be non-empty"
			);
			assert!(
				!frame_support::sp_runtime::traits::Zero::is_zero(&T::LivenessWindow::get()),
				"LivenessWindow is zero: no validator would ever count as live"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `account`, run by `coop`, to the set from the next session on.
		///
		/// - Origin: the federation.
		/// - `account` must be a member of `coop`, which must be active, and must have
		///   registered session keys.
		/// - Emits [`Event::ValidatorAdded`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::CoopNotActive`], [`Error::NotMemberOfCoop`],
		///   [`Error::NoSessionKeys`], [`Error::AlreadyValidator`],
		///   [`Error::TooManyValidators`].
		/// - Complexity: O(n), n = validators (at most `MaxValidators`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(
			origin: OriginFor<T>,
			account: T::AccountId,
			coop: CoopId,
		) -> DispatchResult {
			T::FederationOrigin::ensure_origin(origin)?;
			Self::do_add(account, coop)
		}

		/// Removes `account` from the set from the next session on.
		///
		/// - Origin: the federation.
		/// - Emits [`Event::ValidatorRemoved`].
		/// - Errors: [`Error::NotValidator`], [`Error::LastValidator`],
		///   [`Error::WouldStallFinality`].
		/// - Complexity: O(n), n = validators (at most `MaxValidators`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			T::FederationOrigin::ensure_origin(origin)?;
			Self::do_remove(&account)
		}
	}
}

/// The registry tells the set when a membership ends: see [`Pallet::membership_ended`].
impl<T: Config> coop_primitives::MembershipEnded<T::AccountId> for Pallet<T> {
	fn membership_ended(coop: CoopId, who: &T::AccountId) {
		Pallet::<T>::membership_ended(coop, who)
	}
}

/// The registry asks before suspending a co-op: see [`Pallet::can_suspend`].
impl<T: Config> coop_primitives::SuspensionCheck for Pallet<T> {
	fn can_suspend(coop: CoopId) -> sp_runtime::DispatchResult {
		Pallet::<T>::can_suspend(coop)
	}

	/// Every listed validator authored the current block: all live, so the others keep
	/// finality going and each one's liveness is read.
	#[cfg(feature = "runtime-benchmarks")]
	fn make_suspendable(_coop: CoopId) {
		let now = frame_system::Pallet::<T>::block_number();
		for validator in Validators::<T>::get() {
			LastAuthored::<T>::insert(&validator.account, now);
		}
	}
}

impl<T> From<coop_primitives::CoopInactive> for Error<T> {
	fn from(why: coop_primitives::CoopInactive) -> Self {
		match why {
			coop_primitives::CoopInactive::Unknown => Error::UnknownCoop,
			coop_primitives::CoopInactive::Suspended => Error::CoopNotActive,
		}
	}
}
