//! # Gate
//!
//! Who may put a transaction in the pool, and how often.
//!
//! ## Overview
//!
//! Fees on this chain are zero, so the price of a transaction can't keep spam out. This
//! pallet does instead, with three transaction extensions the runtime lists in place of the
//! stock ones:
//!
//! - [`CheckMember`] refuses every signed transaction whose signer is not an active member
//!   (asked through [`coop_primitives::Membership`]), and every unsigned one that is not an
//!   inherent, so outsiders never enter the pool.
//!   It then asks the runtime's [`CallChecks`] about the call itself: the runtime refuses
//!   a runtime upgrade whose code is not the authorised one, and puts the authorised one
//!   first in line.
//! - [`CheckMortalEra`] is `frame_system::CheckMortality` refusing immortal transactions
//!   and eras longer than [`Config::MaxTransactionLongevity`]: a signed transaction can never
//!   be replayed later, even if its signer's nonce were ever to start again.
//! - [`CheckNonceWithinRate`] is `frame_system::CheckNonce` plus the federation's
//!   [`RateLimit`]: at most `transactions` calls of a member's per window of `blocks`,
//!   counted with the transactions they already have queued, so a burst is refused at
//!   submission. A batch counts every call it carries ([`Config::CallsCarried`]), nested
//!   batches included, so one transaction can't carry more than the limit's share.
//! - [`NoTips`] stands where `ChargeTransactionPayment` would and refuses any tip: a place
//!   in a block is not for sale.
//!
//! And where another pallet would take a deposit for what a member stores (a preimage), the
//! runtime gives it a [`QuotaTicket`]: items and bytes counted against a per-member
//! [`Config::StorageQuota`] instead of money.
//!
//! Refusals are `InvalidTransaction::Custom` with the codes in [`refusal`].
//!
//! ## Terminology
//!
//! - **Window**: the blocks from a multiple of the limit's `blocks` to the next multiple.
//! - **Used**: the calls of a member's included in the current window: how far their nonce
//!   moved since the window began, plus the calls their batches carried beyond one each.
//!
//! ## Assumptions
//!
//! - The registry (or whatever implements [`Config::Membership`]) tells this pallet when a
//!   person is a member nowhere any more ([`coop_primitives::MemberGone`]), so their window
//!   is dropped.
//!
//! See [`Config`] for the pallet's parameters and [`Call`] for what it can be asked to do.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

mod check_member;
mod check_mortal_era;
mod check_nonce_within_rate;
mod no_tips;
pub mod refusal;
mod storage_quota;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests;

pub use check_member::CheckMember;
pub use check_mortal_era::CheckMortalEra;
pub use check_nonce_within_rate::{CheckNonceWithinRate, RateWindow};
pub use no_tips::NoTips;
pub use pallet::*;
pub use storage_quota::QuotaTicket;
pub use types::{RateLimit, WindowRecord};
pub use weights::WeightInfo;

/// The rate limit of this runtime.
pub type RateLimitOf<T> = RateLimit<frame_system::pallet_prelude::BlockNumberFor<T>>;

// The pallet macros expand to `expect`s on values they construct themselves (pallet and
// storage prefixes, error encoding). Hand-written logic lives in the other modules, where the
// workspace lints apply in full.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::EnsureOrigin};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's parameters.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who is an active member, and so may sign.
		type Membership: coop_primitives::Membership<Self::AccountId, BlockNumberFor<Self>>;

		/// The few calls someone who is no member yet may sign: answering an invitation.
		type NonMemberCalls: NonMemberCalls<
			Self::AccountId,
			<Self as frame_system::Config>::RuntimeCall,
		>;

		/// What the pool asks of particular calls, whoever signs them, and the priority and
		/// tag it gives them (in the runtime: a runtime upgrade only with the authorised code,
		/// first in line and once).
		type CallChecks: CallChecks<<Self as frame_system::Config>::RuntimeCall>;

		/// How many calls a transaction carries, for the rate limit: batches count what they
		/// hold.
		type CallsCarried: CallsCarried<<Self as frame_system::Config>::RuntimeCall>;

		/// The longest era, in blocks, a signed transaction may have: a few hundred blocks,
		/// within the block hashes the chain keeps. Immortal transactions are refused.
		#[pallet::constant]
		type MaxTransactionLongevity: Get<u64>;

		/// What one member may store for free through a [`QuotaTicket`]: items and bytes.
		#[pallet::constant]
		type StorageQuota: Get<frame_support::traits::Footprint>;

		/// Who speaks for the federation: sets the rate limit.
		type FederationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How many transactions a member may have included per window of blocks, until the
		/// federation sets its own limit.
		#[pallet::constant]
		type DefaultRateLimit: Get<RateLimitOf<Self>>;

		/// Weights of this pallet's call and extensions.
		type WeightInfo: WeightInfo;

		/// Makes members for the benchmarks of the extensions.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: coop_primitives::MembershipBenchmarkHelper<Self::AccountId>;
	}

	/// How many transactions a member may have included per window of blocks
	/// ([`CheckNonceWithinRate`] applies it). Every signed transaction reads it, so
	/// [`Hooks::on_initialize`] reads it first and the benchmarks price the transactions'
	/// reads warm (whitelisted).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type TransactionRateLimit<T: Config> =
		StorageValue<_, RateLimitOf<T>, ValueQuery, T::DefaultRateLimit>;

	/// Per account: the rate-limit window it last transacted in, its nonce when that window
	/// began (the transactions included since are the nonce's growth) and the calls its
	/// batches carried beyond one each.
	#[pallet::storage]
	pub type RateWindows<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		WindowRecord<BlockNumberFor<T>, <T as frame_system::Config>::Nonce>,
	>;

	/// Per account: the items and bytes it stores for free, held by [`QuotaTicket`]s.
	#[pallet::storage]
	pub type StorageUsed<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, frame_support::traits::Footprint, ValueQuery>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The federation set the rate limit on members' transactions.
		RateLimitSet {
			/// The new limit.
			limit: RateLimitOf<T>,
		},
	}

	/// Why a call failed.
	#[pallet::error]
	pub enum Error<T> {
		/// A rate limit must allow at least one transaction in a window of at least one block.
		InvalidRateLimit,
		/// This would store more items or bytes than a member may (`StorageQuota`): remove
		/// something stored first (`preimage.unnotePreimage`).
		QuotaExceeded,
	}

	/// The rate limit the chain starts with, if its genesis chooses one (a federation whose
	/// members batch their books at the month's end may want more than the default; the
	/// overhead benchmark fills a block from one account).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `None`: [`Config::DefaultRateLimit`] until the federation sets one.
		pub rate_limit: Option<RateLimitOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		#[allow(clippy::panic)] // a broken genesis must stop the chain from starting
		fn build(&self) {
			if let Some(limit) = self.rate_limit {
				if !limit.is_valid() {
					panic!("genesis rate limit {limit:?} has a zero: no member could transact");
				}
				TransactionRateLimit::<T>::put(limit);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Reads, once a block and paying for it, the two keys every signed transaction's
		/// checks read: the rate limit ([`CheckNonceWithinRate`]) and the genesis hash
		/// (`frame_system::CheckGenesis`). Each transaction after finds them in the trie
		/// cache, so its weight prices them warm: the rate limit is whitelisted in this
		/// pallet's benchmarks, the genesis hash in the runtime's extension weights.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let _ = TransactionRateLimit::<T>::get();
			let _ = frame_system::BlockHash::<T>::get(BlockNumberFor::<T>::zero());
			T::DbWeight::get().reads(2)
		}

		/// The default limit must be one [`Pallet::set_rate_limit`] would accept, and a
		/// transaction must be able to live at least a few blocks.
		fn integrity_test() {
			assert!(
				T::DefaultRateLimit::get().is_valid(),
				"DefaultRateLimit has a zero: no member could ever transact"
			);
			assert!(
				T::MaxTransactionLongevity::get() >= 4,
				"MaxTransactionLongevity under 4: no mortal era is that short"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets how many transactions each member may have included per window of blocks;
		/// the pool refuses the rest with [`refusal::RATE_LIMITED`]. It applies from the next
		/// transaction on.
		///
		/// - Origin: the federation.
		/// - Emits [`Event::RateLimitSet`].
		/// - Errors: [`Error::InvalidRateLimit`] for a zero in either field.
		/// - Complexity: O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_rate_limit())]
		pub fn set_rate_limit(origin: OriginFor<T>, limit: RateLimitOf<T>) -> DispatchResult {
			T::FederationOrigin::ensure_origin(origin)?;
			ensure!(limit.is_valid(), Error::<T>::InvalidRateLimit);
			TransactionRateLimit::<T>::put(limit);
			Self::deposit_event(Event::RateLimitSet { limit });
			Ok(())
		}
	}
}

/// Which calls a signer who is no active member may still put in the pool. In the runtime:
/// a person's answer to their own invitation, and nothing else.
pub trait NonMemberCalls<AccountId, Call> {
	/// Whether `who`, no member, may sign `call`.
	fn allows(who: &AccountId, call: &Call) -> bool;
}

/// What the pool asks of particular calls before it accepts them from any signer
/// ([`CheckMember`] asks it, after the signer's membership).
pub trait CallChecks<Call> {
	/// The call's validity in the pool: the default for a call with nothing to check; a
	/// priority or a tag for one that needs them; or the refusal.
	fn check(call: &Call) -> sp_runtime::transaction_validity::TransactionValidity;
}

/// Nothing to check.
impl<Call> CallChecks<Call> for () {
	fn check(_: &Call) -> sp_runtime::transaction_validity::TransactionValidity {
		Ok(Default::default())
	}
}

/// How many calls a transaction carries, for the rate limit: one for a plain call; for a
/// batch, or a call wrapping others, the calls inside it (nested ones too).
pub trait CallsCarried<Call> {
	/// The calls `call` carries, at least 1.
	fn calls_carried(call: &Call) -> u32;
}

/// Every transaction counts once.
impl<Call> CallsCarried<Call> for () {
	fn calls_carried(_: &Call) -> u32 {
		1
	}
}

/// Members only.
impl<AccountId, Call> NonMemberCalls<AccountId, Call> for () {
	fn allows(_: &AccountId, _: &Call) -> bool {
		false
	}
}

impl<T: Config> coop_primitives::MemberGone<T::AccountId> for Pallet<T> {
	/// A person who is a member nowhere transacts no more: their window goes.
	fn member_gone(who: &T::AccountId) {
		RateWindows::<T>::remove(who);
	}
}
