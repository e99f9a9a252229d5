//! # Registry
//!
//! Co-ops, their identity-bound members, and the roles members hold in them.
//!
//! ## Overview
//!
//! The federation registers co-ops. A co-op admits people: each person is one account bound
//! to one identity commitment, chain-wide, so the same person can never be admitted twice,
//! by two co-ops either. A member belongs to up to [`Config::MaxCoopsPerMember`] co-ops, with
//! a [`Role`] in each. Every co-op keeps at least one admin, a pool account that no key
//! controls, and counts of its members and admins.
//!
//! Other pallets ask about co-ops and members through [`coop_primitives::Coops`] and
//! [`coop_primitives::Membership`], which this pallet implements.
//!
//! ## Terminology
//!
//! - **Identity commitment**: an `H256`, a salted hash of the evidence a co-op checked
//!   off-chain (the evidence never goes on chain). Unique: it binds one account.
//! - **Pool**: a co-op's own account, derived from [`Config::PalletId`] and the co-op id.
//! - **Active member**: a member whose membership of at least one co-op is current. Who left
//!   or was removed keeps a record marked as left, for history, for the policy's
//!   `membership_retention` (400 days in the runtime); `on_idle` then prunes it (see
//!   `retention.rs`). The person's own record ([`Members`]) stays: it keeps their identity
//!   bound to their account, so the same person is never admitted twice.
//! - **Rebind**: moving a member's identity, memberships, roles and HOUR to a new key, when
//!   they lost the old one.
//!
//! ## Assumptions
//!
//! - Ending a membership loses nothing: a member who still belongs to another co-op keeps
//!   their HOUR; otherwise it moves to the pool of the co-op they left.
//! - The registry holds a provider reference for every member record, so a member with no
//!   HOUR can still sign, and an account that left everywhere is never reaped: its nonce
//!   never starts again, so nothing it signed can be replayed. Only a key recovery lets the
//!   old key go.
//! - A co-op can never be left without an admin: removing, demoting or the leaving of its
//!   last admin fails.
//! - A suspended co-op admits nobody and changes no roles; its members can still leave.
//!
//! See [`Config`] for the pallet's parameters and [`Call`] for what it can be asked to do.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

mod coops;
mod impl_membership;
mod invitations;
mod members;
mod recovery;
mod retention;
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

pub use pallet::*;
pub use weights::WeightInfo;

use coop_primitives::{CoopId, CoopStatus, Role};
use frame_support::traits::fungible;

/// An amount of the currency members hold (HOUR).
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A name under the pallet's length bound.
pub type NameOf<T> = types::Name<<T as Config>::MaxNameLength>;

/// A name as a call carries it: bounded in length as it is decoded, checked (UTF-8, no
/// control characters) when the call runs.
pub type NameInputOf<T> = frame_support::BoundedVec<u8, <T as Config>::MaxNameLength>;

/// A founder as `register_coop` takes one.
pub type FounderOf<T> =
	types::Founder<<T as frame_system::Config>::AccountId, <T as Config>::MaxNameLength>;

/// The founders `register_coop` takes: at most `MaxFounders`, as they are decoded.
pub type FoundersOf<T> = frame_support::BoundedVec<FounderOf<T>, <T as Config>::MaxFounders>;

/// A co-op record of this runtime.
pub type CoopInfoOf<T> =
	types::CoopInfo<<T as Config>::MaxNameLength, frame_system::pallet_prelude::BlockNumberFor<T>>;

/// A member record of this runtime.
pub type MemberInfoOf<T> =
	types::MemberInfo<<T as Config>::MaxNameLength, <T as Config>::MaxCoopsPerMember>;

/// A membership record of this runtime.
pub type MembershipRecordOf<T> =
	types::MembershipRecord<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// An invitation of this runtime.
pub type InvitationOf<T> = types::Invitation<
	<T as Config>::MaxNameLength,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// An open key recovery of this runtime.
pub type RecoveryOf<T> = types::Recovery<
	<T as frame_system::Config>::AccountId,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxCoopsPerMember,
>;

/// The registry's policy in this runtime.
pub type RegistryPolicyOf<T> =
	types::RegistryPolicy<frame_system::pallet_prelude::BlockNumberFor<T>>;

// The pallet macros expand to `expect`s on values they construct themselves (pallet and
// storage prefixes, error encoding). Hand-written logic lives in the other modules, where the
// workspace lints apply in full.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{EnsureOrigin, EnsureOriginWithArg},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use types::GenesisCoop;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's parameters.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The ledger of HOUR, moved when a membership ends or a member is rebound.
		type Currency: fungible::Mutate<Self::AccountId>;

		/// Who may change who votes in the federation: registers, suspends and resumes
		/// co-ops. In the runtime, the federation with two thirds of all co-ops in favour.
		type ConstitutionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who speaks for the federation on the registry's policy.
		type FederationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How long invitations and key recoveries wait, until the federation sets its own.
		#[pallet::constant]
		type DefaultPolicy: Get<RegistryPolicyOf<Self>>;

		/// The shortest delay a key recovery may have, whatever the policy says.
		#[pallet::constant]
		type MinRecoveryDelay: Get<BlockNumberFor<Self>>;

		/// Who speaks for one co-op by its own vote: may do everything its admins may.
		type CoopOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, CoopId>;

		/// Who may approve moving the member at the given account to a new key: the vote of a
		/// co-op they belong to (succeeding with that co-op), or Root.
		type RebindOrigin: EnsureOriginWithArg<
			Self::RuntimeOrigin,
			Self::AccountId,
			Success = types::RecoveryApprover,
		>;

		/// Derives the co-ops' pool accounts.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The longest co-op or display name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// How many co-ops one person may be an active member of.
		#[pallet::constant]
		type MaxCoopsPerMember: Get<u32>;

		/// How many open invitations one co-op may have: each keeps a record (and, for a
		/// person new to the chain, a live account) until it is answered or dropped.
		#[pallet::constant]
		type MaxOpenInvitations: Get<u32>;

		/// How many admins may be named when a co-op is registered.
		#[pallet::constant]
		type MaxFounders: Get<u32>;

		/// The most ended memberships `on_idle` prunes in one block (within its spare weight
		/// too).
		#[pallet::constant]
		type MaxPrunesPerBlock: Get<u32>;

		/// Told when a person is a member nowhere any more, so that pallets keeping something
		/// per member (the transaction gate's rate window) drop it. Its cost is part of the
		/// measured weights of the calls that end memberships: one write.
		type OnMemberGone: coop_primitives::MemberGone<Self::AccountId>;

		/// Told when one membership ends (left, removed, or moved to a new key), so that a
		/// validator the account ran for the co-op stops being one.
		type OnMembershipEnded: coop_primitives::MembershipEnded<Self::AccountId>;

		/// Asked before a co-op is suspended: the validator set refuses a suspension that
		/// would leave finality without enough live validators.
		type SuspensionCheck: coop_primitives::SuspensionCheck;

		/// The most that [`Config::OnMemberGone`] and [`Config::OnMembershipEnded`] together
		/// cost for one membership that ends, beyond the measured weights (which ran with
		/// the gate's listener alone): the runtime's figure for purging session keys and
		/// dropping a validator.
		#[pallet::constant]
		type ListenersWeight: Get<Weight>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered co-op gets; co-ops are never deleted, so this is also
	/// how many co-ops were ever registered.
	#[pallet::storage]
	pub type NextCoopId<T> = StorageValue<_, CoopId, ValueQuery>;

	/// Every co-op ever registered.
	#[pallet::storage]
	pub type Coops<T: Config> = StorageMap<_, Twox64Concat, CoopId, CoopInfoOf<T>>;

	/// How many co-ops are active: the federation's electorate.
	#[pallet::storage]
	pub type ActiveCoopCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Every person ever admitted, by account.
	#[pallet::storage]
	pub type Members<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, MemberInfoOf<T>>;

	/// Which account an identity commitment is bound to.
	#[pallet::storage]
	pub type Identities<T: Config> = StorageMap<_, Blake2_128Concat, H256, T::AccountId>;

	/// Invitations not yet answered, by person and co-op: a wallet lists a person's with one
	/// prefix read.
	#[pallet::storage]
	pub type Invitations<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, CoopId, InvitationOf<T>>;

	/// Co-ops whose own vote took admission, removal and role changes away from their
	/// admins: only the co-op's passed proposal ([`Config::CoopOrigin`]) makes them.
	#[pallet::storage]
	pub type MembersByVote<T> = StorageMap<_, Twox64Concat, CoopId, (), OptionQuery>;

	/// Per co-op: how many of its invitations are open (at most `MaxOpenInvitations`).
	#[pallet::storage]
	pub type OpenInvitations<T> = StorageMap<_, Twox64Concat, CoopId, u32, ValueQuery>;

	/// Open key recoveries, by the member's old key.
	#[pallet::storage]
	pub type Recoveries<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, RecoveryOf<T>>;

	/// The federation's policy for invitations and key recoveries.
	#[pallet::storage]
	pub type Policy<T: Config> = StorageValue<_, RegistryPolicyOf<T>, ValueQuery, T::DefaultPolicy>;

	/// Ended memberships in the order they ended, each with its block, for `on_idle` to prune
	/// once the policy's `membership_retention` has passed: the oldest is always first.
	#[pallet::storage]
	pub type EndedMemberships<T: Config> =
		StorageMap<_, Twox64Concat, u64, (BlockNumberFor<T>, CoopId, T::AccountId)>;

	/// Which entries of [`EndedMemberships`] are waiting.
	#[pallet::storage]
	pub type EndedMembershipsQueue<T> = StorageValue<_, types::QueueBounds, ValueQuery>;

	/// Memberships, current and those ended within the policy's `membership_retention`, by
	/// co-op and account.
	#[pallet::storage]
	pub type Memberships<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CoopId,
		Blake2_128Concat,
		T::AccountId,
		MembershipRecordOf<T>,
	>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A person was invited to a co-op; they join when they accept it with their key.
		MemberInvited {
			/// The co-op.
			coop: CoopId,
			/// The person invited.
			who: T::AccountId,
			/// The role they will have.
			role: Role,
			/// The last block in which they can accept.
			expires_at: BlockNumberFor<T>,
		},
		/// A person declined an invitation.
		InvitationDeclined {
			/// The co-op.
			coop: CoopId,
			/// The person.
			who: T::AccountId,
		},
		/// A co-op of the member (or Root) opened a key recovery.
		RecoveryOpened {
			/// The member's key.
			old: T::AccountId,
			/// The key they would move to.
			new: T::AccountId,
			/// It can take effect after this block, if every co-op approved.
			completes_after: BlockNumberFor<T>,
		},
		/// A co-op of the member (or Root) approved the open key recovery.
		RecoveryApproved {
			/// The member's key.
			old: T::AccountId,
			/// The key they would move to.
			new: T::AccountId,
			/// Who approved.
			by: types::RecoveryApprover,
		},
		/// The old key cancelled a key recovery: nothing moved.
		RecoveryCancelled {
			/// The member's key, which stays theirs.
			old: T::AccountId,
			/// The key they would have moved to.
			new: T::AccountId,
		},
		/// A co-op decided by its own vote whether only its vote admits, removes and changes
		/// the roles of members (`true`), or its admins may too (`false`).
		MembersByVoteSet {
			/// The co-op.
			coop: CoopId,
			/// Whether only the co-op's vote may.
			by_vote: bool,
		},
		/// An invitation nobody answered in time was removed.
		InvitationExpired {
			/// The co-op.
			coop: CoopId,
			/// The person.
			who: T::AccountId,
		},
		/// The first founder of a registered co-op accepted: it is active and counts in the
		/// federation from now on.
		CoopFounded {
			/// The co-op.
			coop: CoopId,
		},
		/// The federation set the registry's policy.
		PolicySet {
			/// The policy in force from now on.
			policy: RegistryPolicyOf<T>,
		},
		/// The federation registered a co-op; its founders are invited.
		CoopRegistered {
			/// Its id.
			coop: CoopId,
			/// Its pool account.
			pool: T::AccountId,
		},
		/// A co-op admitted a member.
		MemberAdded {
			/// The co-op.
			coop: CoopId,
			/// The member's account.
			who: T::AccountId,
			/// Their role in the co-op.
			role: Role,
		},
		/// A member's role in a co-op changed.
		RoleChanged {
			/// The co-op.
			coop: CoopId,
			/// The member's account.
			who: T::AccountId,
			/// The role they had.
			from: Role,
			/// The role they have now.
			to: Role,
		},
		/// A co-op removed a member.
		MemberRemoved {
			/// The co-op.
			coop: CoopId,
			/// The former member's account.
			who: T::AccountId,
			/// HOUR moved to the co-op's pool because they belong to no co-op any more.
			moved_to_pool: BalanceOf<T>,
		},
		/// A member left a co-op.
		MemberLeft {
			/// The co-op.
			coop: CoopId,
			/// The former member's account.
			who: T::AccountId,
			/// HOUR moved to the co-op's pool because they belong to no co-op any more.
			moved_to_pool: BalanceOf<T>,
		},
		/// A member's identity, memberships, roles and HOUR moved to a new account.
		MemberRebound {
			/// The account that no longer stands for anyone.
			old: T::AccountId,
			/// The member's account from now on.
			new: T::AccountId,
			/// HOUR moved with them.
			moved: BalanceOf<T>,
		},
		/// The federation suspended a co-op.
		CoopSuspended {
			/// The co-op.
			coop: CoopId,
		},
		/// The federation resumed a suspended co-op.
		CoopResumed {
			/// The co-op.
			coop: CoopId,
		},
	}

	/// Why a call failed.
	#[pallet::error]
	pub enum Error<T> {
		/// No co-op has this id.
		UnknownCoop,
		/// The co-op is suspended: it admits nobody and changes no roles.
		CoopNotActive,
		/// The co-op is not suspended.
		CoopNotSuspended,
		/// Every co-op id has been used.
		TooManyCoops,
		/// The caller is not an admin of this co-op, nor does the co-op's vote speak.
		NotAdmin,
		/// The co-op decided that only its own vote admits, removes or changes the roles of
		/// members: an admin alone can't.
		ByVoteOnly,
		/// The account is not an active member of this co-op.
		NotMember,
		/// The account is already an active member of this co-op.
		AlreadyMember,
		/// The identity commitment is already bound to another account.
		IdentityInUse,
		/// The account is already bound to a different identity commitment.
		IdentityMismatch,
		/// The zero hash is not an identity commitment.
		InvalidIdentity,
		/// The account is a co-op pool, which can't be a member.
		PoolAccount,
		/// The member already belongs to as many co-ops as one person may.
		TooManyMemberships,
		/// The name is empty.
		NameEmpty,
		/// The name is longer than `MaxNameLength` bytes.
		NameTooLong,
		/// The name is not valid UTF-8.
		NameNotUtf8,
		/// The name contains a control or invisible formatting character.
		NameHasControlCharacter,
		/// The name starts or ends with whitespace.
		NameHasSurroundingWhitespace,
		/// A co-op needs at least one admin to be registered.
		NoFounders,
		/// More admins were named than `MaxFounders`.
		TooManyFounders,
		/// The same account was named twice.
		DuplicateFounder,
		/// Another key's recovery of this member is open; it must be cancelled or lapse first.
		RecoveryInProgress,
		/// This co-op has approved this recovery already.
		RecoveryAlreadyApproved,
		/// No open recovery of this member.
		NoRecovery,
		/// The recovery's delay has not passed; the old key may still cancel it.
		RecoveryTooEarly,
		/// Not every active co-op of the member has approved the recovery.
		RecoveryNotApproved,
		/// The person has no invitation to this co-op.
		NoInvitation,
		/// The invitation's time to accept has passed; the co-op can invite again.
		InvitationTooLate,
		/// The invitation can still be accepted.
		InvitationNotExpired,
		/// A policy needs an invitation time and a membership retention of at least one block
		/// and a recovery delay of at least `MinRecoveryDelay`.
		InvalidPolicy,
		/// This would leave the co-op without an admin; make someone else admin first.
		LastAdmin,
		/// The member already has this role.
		RoleUnchanged,
		/// The new account is already registered (or is the old one).
		AccountInUse,
		/// A count would overflow.
		CountOverflow,
		/// The old key of a recovery still has other pallets' references (besides session
		/// keys) and can't be released; remove them first.
		AccountStillReferenced,
		/// The co-op has as many open invitations as it may (`MaxOpenInvitations`): wait for
		/// answers, or drop expired ones.
		TooManyInvitations,
	}

	/// The co-ops and members the chain starts with.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Founding co-ops, registered in this order (ids 0, 1, …) with their members.
		pub coops: Vec<GenesisCoop<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		#[allow(clippy::panic)] // a broken genesis must stop the chain from starting
		fn build(&self) {
			for coop in &self.coops {
				if let Err(e) = Pallet::<T>::found_genesis_coop(coop) {
					panic!("genesis co-op {:?} is invalid: {:?}", coop.name, e);
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Prunes the records of memberships that ended more than the policy's
		/// `membership_retention` ago, oldest first, as far as the block's spare weight and
		/// `MaxPrunesPerBlock` allow.
		fn on_idle(_: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_ended_memberships(remaining)
		}

		/// The configuration can run: names, memberships and founders have room, and the
		/// default policy is one `set_policy` accepts.
		fn integrity_test() {
			assert!(
				Self::policy_is_valid(&T::DefaultPolicy::get()),
				"DefaultPolicy has no invitation time or a recovery delay under MinRecoveryDelay"
			);
			assert!(T::MaxNameLength::get() > 0, "MaxNameLength is zero: no name fits");
			assert!(T::MaxCoopsPerMember::get() > 0, "MaxCoopsPerMember is zero: nobody can join");
			assert!(T::MaxFounders::get() > 0, "MaxFounders is zero: no co-op can be registered");
			assert!(T::MaxPrunesPerBlock::get() > 0, "MaxPrunesPerBlock is zero: state grows");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a co-op named `name` with `admins` as its first members, all `Admin`.
		///
		/// - Origin: the federation ([`Config::ConstitutionOrigin`]).
		/// - An admin already registered elsewhere must be named with the identity their
		///   account is bound to; their display name stays as it is.
		/// - Emits [`Event::CoopRegistered`], then [`Event::MemberAdded`] per admin.
		/// - Errors: name errors, [`Error::NoFounders`], [`Error::TooManyFounders`],
		///   [`Error::DuplicateFounder`], and the admission errors of
		///   [`Pallet::add_member`].
		/// - `name` and each founder's name are at most `MaxNameLength` bytes and `admins`
		///   at most `MaxFounders` long, or the call does not decode.
		/// - Complexity: O(a), a = number of admins.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_coop(
			u32::try_from(admins.len()).unwrap_or(u32::MAX)
		))]
		pub fn register_coop(
			origin: OriginFor<T>,
			name: NameInputOf<T>,
			admins: FoundersOf<T>,
		) -> DispatchResult {
			T::ConstitutionOrigin::ensure_origin(origin)?;
			Self::do_register_coop(name.into_inner(), admins.into_inner()).map(|_| ())
		}

		/// Invites `who` to `coop` as a `Member`, bound to `identity`, shown as `name`. They
		/// join only when they accept with their own key ([`Pallet::accept_invitation`])
		/// before the invitation expires (the policy's `invitation_ttl`); a new invitation
		/// to the same co-op replaces an earlier one.
		///
		/// - Origin: an admin of `coop`, or the co-op's own vote ([`Config::CoopOrigin`]); only
		///   the vote if the co-op chose so ([`Pallet::set_members_by_vote`]).
		/// - If `who` is already registered (a member elsewhere, or a former member),
		///   `identity` must be the one their account is bound to and `name` is ignored.
		/// - Emits [`Event::MemberInvited`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::NotAdmin`], [`Error::ByVoteOnly`],
		///   [`Error::CoopNotActive`],
		///   [`Error::AlreadyMember`], [`Error::IdentityInUse`], [`Error::IdentityMismatch`],
		///   [`Error::InvalidIdentity`], [`Error::PoolAccount`],
		///   [`Error::TooManyMemberships`], name errors.
		/// - `name` is at most `MaxNameLength` bytes, or the call does not decode.
		/// - Complexity: O(1) (bounded by `MaxCoopsPerMember`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_member())]
		pub fn add_member(
			origin: OriginFor<T>,
			coop: CoopId,
			who: T::AccountId,
			identity: H256,
			name: NameInputOf<T>,
		) -> DispatchResult {
			Self::ensure_coop_authority(origin, coop)?;
			Self::invite(coop, &who, identity, name.into_inner(), Role::Member)
		}

		/// Gives `who` the role `role` in `coop`.
		///
		/// - Origin: an admin of `coop`, or the co-op's own vote; only the vote if the co-op
		///   chose so.
		/// - Emits [`Event::RoleChanged`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::NotAdmin`], [`Error::ByVoteOnly`],
		///   [`Error::CoopNotActive`],
		///   [`Error::NotMember`], [`Error::RoleUnchanged`], [`Error::LastAdmin`].
		/// - Complexity: O(1).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_role())]
		pub fn set_role(
			origin: OriginFor<T>,
			coop: CoopId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			Self::ensure_coop_authority(origin, coop)?;
			Self::do_set_role(coop, &who, role)
		}

		/// Ends `who`'s membership of `coop`. Their record stays, marked as left, for the
		/// policy's `membership_retention`.
		///
		/// - Origin: an admin of `coop`, or the co-op's own vote; only the vote if the co-op
		///   chose so.
		/// - If `who` belongs to no other co-op, all their HOUR moves to `coop`'s pool and
		///   what others hold on their account (session keys, rate window) is let go; the
		///   account stays alive with their record.
		/// - Emits [`Event::MemberRemoved`] with the amount moved.
		/// - Errors: [`Error::UnknownCoop`], [`Error::NotAdmin`], [`Error::ByVoteOnly`],
		///   [`Error::NotMember`], [`Error::LastAdmin`].
		/// - Complexity: O(1) (bounded by `MaxCoopsPerMember`).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_member().saturating_add(T::ListenersWeight::get()))]
		pub fn remove_member(
			origin: OriginFor<T>,
			coop: CoopId,
			who: T::AccountId,
		) -> DispatchResult {
			Self::ensure_coop_authority(origin, coop)?;
			let moved_to_pool = Self::end_membership(coop, &who)?;
			Self::deposit_event(Event::MemberRemoved { coop, who, moved_to_pool });
			Ok(())
		}

		/// The caller leaves `coop`, as [`Pallet::remove_member`] would remove them.
		///
		/// - Origin: signed by an active member of `coop`.
		/// - Emits [`Event::MemberLeft`] with the HOUR moved to the pool.
		/// - Errors: [`Error::UnknownCoop`], [`Error::NotMember`], [`Error::LastAdmin`].
		/// - Complexity: O(1) (bounded by `MaxCoopsPerMember`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::leave().saturating_add(T::ListenersWeight::get()))]
		pub fn leave(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Coops::<T>::contains_key(coop), Error::<T>::UnknownCoop);
			let moved_to_pool = Self::end_membership(coop, &who)?;
			Self::deposit_event(Event::MemberLeft { coop, who, moved_to_pool });
			Ok(())
		}

		/// Asks to move the member at `old` to `new` (key recovery): opens the recovery, or
		/// approves the open one. It takes effect only once every active co-op the member
		/// belongs to has approved it, each by its own vote, and the policy's
		/// `recovery_delay` has passed since it opened; until then the old key can cancel it
		/// ([`Pallet::cancel_recovery`]) and nothing moves. Then identity, display name,
		/// every membership with its role, and all their HOUR move in one step (by the last
		/// approval, or by [`Pallet::complete_recovery`]); afterwards `old` stands for
		/// nobody.
		///
		/// - Origin: [`Config::RebindOrigin`] for `old` (the vote of a co-op the member
		///   belongs to, or Root, which approves for every co-op).
		/// - `new` must be unused: not registered, not a pool.
		/// - Emits [`Event::RecoveryOpened`] (the first time), [`Event::RecoveryApproved`],
		///   and [`Event::MemberRebound`] with the amount moved when it completes.
		/// - Errors: [`Error::NotMember`], [`Error::AccountInUse`], [`Error::PoolAccount`],
		///   [`Error::RecoveryInProgress`], [`Error::RecoveryAlreadyApproved`],
		///   [`Error::AccountStillReferenced`].
		/// - Complexity: O(m), m = co-ops of the member (at most `MaxCoopsPerMember`).
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::rebind_weight(T::MaxCoopsPerMember::get()))]
		pub fn rebind(
			origin: OriginFor<T>,
			old: T::AccountId,
			new: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let approver = T::RebindOrigin::ensure_origin(origin, &old)?;
			let memberships = Self::do_rebind(approver, &old, &new)?;
			Ok(Some(Pallet::<T>::rebind_weight(memberships)).into())
		}

		/// Suspends `coop`: it admits nobody, changes no roles and leaves the federation's
		/// electorate until resumed. Its members keep everything and may leave.
		///
		/// - Origin: the federation.
		/// - Emits [`Event::CoopSuspended`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::CoopNotActive`].
		/// - Complexity: O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::suspend_coop())]
		pub fn suspend_coop(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
			T::ConstitutionOrigin::ensure_origin(origin)?;
			Self::set_status(coop, CoopStatus::Suspended)
		}

		/// Resumes a suspended `coop`.
		///
		/// - Origin: the federation.
		/// - Emits [`Event::CoopResumed`].
		/// - Errors: [`Error::UnknownCoop`], [`Error::CoopNotSuspended`].
		/// - Complexity: O(1).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::resume_coop())]
		pub fn resume_coop(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
			T::ConstitutionOrigin::ensure_origin(origin)?;
			Self::set_status(coop, CoopStatus::Active)
		}

		// Call index 8 (`set_rate_limit`) is retired: the rate limit is the gate pallet's.

		/// The caller accepts their invitation to `coop` and joins it with the role it names.
		/// The checks of admission are made again now (the identity may have been bound
		/// since, the co-op suspended).
		///
		/// - Origin: signed by the person invited.
		/// - Emits [`Event::MemberAdded`], and [`Event::CoopFounded`] when the caller is the
		///   first founder of a new co-op to accept.
		/// - Errors: [`Error::NoInvitation`], [`Error::InvitationTooLate`], and the admission
		///   errors of [`Pallet::add_member`].
		/// - Complexity: O(1) (bounded by `MaxCoopsPerMember`).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::accept_invitation())]
		pub fn accept_invitation(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_invitation(&who, coop)
		}

		/// The caller declines their invitation to `coop` (expired or not).
		///
		/// - Origin: signed by the person invited (the gate lets an invited person who is
		///   no member yet sign just this and [`Pallet::accept_invitation`]).
		/// - Emits [`Event::InvitationDeclined`].
		/// - Errors: [`Error::NoInvitation`].
		/// - Complexity: O(1).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::decline_invitation())]
		pub fn decline_invitation(origin: OriginFor<T>, coop: CoopId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline_invitation(&who, coop)
		}

		/// Removes `who`'s invitation to `coop` once its time to accept has passed, freeing
		/// the account it kept alive.
		///
		/// - Origin: signed, by any member.
		/// - Emits [`Event::InvitationExpired`].
		/// - Errors: [`Error::NoInvitation`], [`Error::InvitationNotExpired`].
		/// - Complexity: O(1).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::decline_invitation())]
		pub fn drop_expired_invitation(
			origin: OriginFor<T>,
			who: T::AccountId,
			coop: CoopId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_drop_expired_invitation(&who, coop)
		}

		/// Completes `old`'s key recovery once every active co-op of theirs approved it and
		/// its delay has passed (see [`Pallet::rebind`]).
		///
		/// - Origin: signed, by anyone (the new key is no member yet: an admin of one of the
		///   co-ops does it).
		/// - Emits [`Event::MemberRebound`].
		/// - Errors: [`Error::NoRecovery`], [`Error::RecoveryTooEarly`],
		///   [`Error::RecoveryNotApproved`], and the errors of the move.
		/// - Complexity: O(m), m = co-ops of the member.
		#[pallet::call_index(13)]
		#[pallet::weight(Pallet::<T>::rebind_weight(T::MaxCoopsPerMember::get()))]
		pub fn complete_recovery(
			origin: OriginFor<T>,
			old: T::AccountId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let memberships = Self::do_complete_recovery(&old)?;
			Ok(Some(Pallet::<T>::rebind_weight(memberships)).into())
		}

		/// The caller's key is not lost: their open recovery is cancelled and nothing moves.
		///
		/// - Origin: signed by the member's (old) key.
		/// - Emits [`Event::RecoveryCancelled`].
		/// - Errors: [`Error::NoRecovery`].
		/// - Complexity: O(1).
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::decline_invitation())]
		pub fn cancel_recovery(origin: OriginFor<T>) -> DispatchResult {
			let old = ensure_signed(origin)?;
			Self::do_cancel_recovery(&old)
		}

		/// Sets how long invitations wait for an answer, key recoveries for the old key, and
		/// how long ended memberships are kept.
		///
		/// - Origin: the federation.
		/// - Emits [`Event::PolicySet`].
		/// - Errors: [`Error::InvalidPolicy`].
		/// - Complexity: O(1).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(origin: OriginFor<T>, policy: RegistryPolicyOf<T>) -> DispatchResult {
			T::FederationOrigin::ensure_origin(origin)?;
			ensure!(Self::policy_is_valid(&policy), Error::<T>::InvalidPolicy);
			Policy::<T>::put(policy);
			Self::deposit_event(Event::PolicySet { policy });
			Ok(())
		}

		/// Decides whether only `coop`'s own vote admits, removes and changes the roles of
		/// its members (`by_vote: true`), or its admins may too (`false`, the default). Only
		/// the co-op's vote changes it either way, so admins can't take the power back.
		///
		/// - Origin: the co-op's own vote ([`Config::CoopOrigin`]).
		/// - Emits [`Event::MembersByVoteSet`].
		/// - Errors: [`Error::UnknownCoop`].
		/// - Complexity: O(1).
		#[pallet::call_index(15)]
		#[pallet::weight(
			// Hand-priced like `set_policy`, which it resembles: one read, one write.
			T::WeightInfo::set_policy().saturating_add(T::DbWeight::get().reads(1))
		)]
		pub fn set_members_by_vote(
			origin: OriginFor<T>,
			coop: CoopId,
			by_vote: bool,
		) -> DispatchResult {
			T::CoopOrigin::ensure_origin(origin, &coop)?;
			ensure!(Coops::<T>::contains_key(coop), Error::<T>::UnknownCoop);
			if by_vote {
				MembersByVote::<T>::insert(coop, ());
			} else {
				MembersByVote::<T>::remove(coop);
			}
			Self::deposit_event(Event::MembersByVoteSet { coop, by_vote });
			Ok(())
		}
	}
}
