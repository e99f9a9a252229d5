//! # Daco
//!
//! Decisions by vote: one member, one vote in a co-op; one co-op, one vote in the federation.
//!
//! ## Overview
//!
//! A voter of a body proposes a call ([`Pallet::propose`]), held as a preimage so even a
//! runtime upgrade fits. The body's voters vote aye, nay or abstain ([`Pallet::vote`]), and
//! may change their vote while the proposal is open. Anyone closes it ([`Pallet::close`]) once
//! its voting period has ended or the outstanding votes can no longer change the outcome. A
//! passed proposal dispatches its call with the body's origin ([`BodyOrigin`]), which carries
//! the tally, so a target may demand more than the body's usual share (see
//! [`EnsureFederation`]); the dispatch result is in [`Event::Executed`], and a failing call
//! still closes the proposal.
//!
//! A proposal is judged by the stricter of its body's rule and the share its call requires
//! ([`Config::CallShare`]), early close included, so a call that needs two thirds of all
//! co-ops is never closed as passed by a bare majority. It closes before its period ends
//! only once its whole electorate voted, or once the body's minimum deliberation time has
//! passed and its outcome can't change. Each voter may have a few proposals open per body
//! ([`Config::MaxOpenPerProposer`]) and may withdraw their own; a body's passed proposal may
//! cancel another of its open ones.
//!
//! ## Terminology
//!
//! - **Body**: the federation (voters: its active co-ops, each through its delegate or its
//!   own vote) or one co-op (voters: its active members).
//! - **Electorate**: fixed when a proposal opens. Who joined the body in or after that block
//!   does not vote on it; who left no longer can.
//! - **Thresholds**: quorum (share of the electorate that must vote), approval (share of
//!   ayes among ayes and nays, never below one half), voting period and minimum
//!   deliberation time; each body sets its own, by a proposal that passes under the current
//!   ones.
//! - **Delegate**: the admin a co-op names to cast its vote in the federation.
//!
//! ## Assumptions
//!
//! - Voting weight never depends on HOUR held.
//! - The tally rule is [`tally::passes`] and [`tally::settled`], plain functions.
//! - A proposal's votes go when it ends (closed, passed or not, withdrawn or cancelled):
//!   the `Voted` and `Closed` events are the record. The electorate is not bounded by a
//!   constant (a co-op's members), so they are removed lazily, by `on_idle`, a bounded
//!   number a block (see `retention.rs`); until then they are inert, since nobody votes on
//!   a proposal that is gone.
//!
//! See [`Config`] for the parameters and [`Call`] for the calls.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

mod origins;
mod proposals;
mod retention;
pub mod tally;
mod thresholds;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod mock;
#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests;

pub use origins::{EnsureBody, EnsureCoopVote, EnsureCoopVoteOfMember, EnsureFederation};
pub use pallet::*;
pub use types::CallShare;
pub use weights::WeightInfo;

/// The call a proposal of a given length carries in the benchmarks. Proposing and closing
/// are weighed per byte of their call, so the runtime gives the call that costs the most
/// per byte to decode, weigh and dispatch (a batch of empty remarks, say): the slope
/// measured is then the worst case, not a remark's.
#[cfg(feature = "runtime-benchmarks")]
pub trait CallBenchmarkHelper<Call> {
	/// A call of at most `len` bytes encoded, at least 6, that any body may dispatch.
	fn call_of_length(len: u32) -> Call;
}

/// A remark of `len` bytes: cheap per byte, for a mock without batches.
#[cfg(feature = "runtime-benchmarks")]
impl<Call: From<frame_system::Call<T>>, T: frame_system::Config> CallBenchmarkHelper<Call>
	for frame_system::Pallet<T>
{
	fn call_of_length(len: u32) -> Call {
		// The remark's pallet and call indices and its length prefix take at most 6 bytes.
		let remark = alloc::vec![1; len.saturating_sub(6) as usize];
		frame_system::Call::<T>::remark { remark }.into()
	}
}

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use coop_primitives::{Body, ProposalId};
use frame_support::traits::{Bounded, QueryPreimage, StorePreimage};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// A call held as a preimage.
pub type BoundedCallOf<T> =
	Bounded<<T as frame_system::Config>::RuntimeCall, <T as frame_system::Config>::Hashing>;

/// An open proposal of this runtime.
pub type ProposalOf<T> = types::Proposal<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	BoundedCallOf<T>,
	<T as Config>::MaxDescriptionLength,
>;

/// A body's thresholds in this runtime.
pub type ThresholdsOf<T> = types::Thresholds<BlockNumberFor<T>>;

/// The origin of a passed proposal: the body that decided, and how it voted.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct BodyOrigin {
	/// The body that decided.
	pub body: Body,
	/// Its votes when the proposal closed.
	pub tally: tally::Tally,
}

// The pallet macros expand to `expect`s on values they construct themselves; hand-written
// logic lives in the other modules, under the workspace lints in full.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use coop_primitives::{CoopId, Coops, Membership};
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::EnsureOrigin,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Dispatchable, Perbill};
	use types::{VoteChoice, Voter};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The origin this pallet gives to passed proposals.
	#[pallet::origin]
	pub type Origin = BodyOrigin;

	/// The pallet's parameters.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<
		RuntimeEvent: From<Event<Self>>,
		RuntimeCall: Dispatchable<PostInfo = PostDispatchInfo>,
	>
	{
		/// The runtime's origin callers, which a [`BodyOrigin`] becomes one of.
		type PalletsOrigin: From<BodyOrigin> + Into<<Self as frame_system::Config>::RuntimeOrigin>;

		/// Recognises a [`BodyOrigin`] (this pallet's [`EnsureBody`]).
		type BodyOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = BodyOrigin>;

		/// Who may have a call dispatched as Root through [`Pallet::enact_as_root`]: in the
		/// runtime, the federation with at least two thirds of all co-ops in favour.
		type RootOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Co-ops and members (the registry).
		type Registry: Coops<Self::AccountId> + Membership<Self::AccountId, BlockNumberFor<Self>>;

		/// Where proposed calls are held.
		type Preimages: QueryPreimage<H = Self::Hashing> + StorePreimage;

		/// The thresholds of a body that has not set its own.
		type DefaultThresholds: Get<ThresholdsOf<Self>>;

		/// The lowest quorum a body may set.
		#[pallet::constant]
		type MinQuorum: Get<Perbill>;

		/// The shortest voting period a body may set.
		#[pallet::constant]
		type MinVotingPeriod: Get<BlockNumberFor<Self>>;

		/// The longest voting period a body may set.
		#[pallet::constant]
		type MaxVotingPeriod: Get<BlockNumberFor<Self>>;

		/// The shortest minimum deliberation time a body may set.
		#[pallet::constant]
		type MinDeliberation: Get<BlockNumberFor<Self>>;

		/// The share of the whole electorate a call needs in favour (two thirds of all
		/// co-ops to act as Root, say): a proposal carrying it is judged by that share too.
		type CallShare: CallShare<<Self as frame_system::Config>::RuntimeCall>;

		/// How many proposals one body may have open at once.
		#[pallet::constant]
		type MaxOpenProposals: Get<u32>;

		/// How many proposals one voter may have open in one body at once.
		#[pallet::constant]
		type MaxOpenPerProposer: Get<u32>;

		/// The longest description, in bytes.
		#[pallet::constant]
		type MaxDescriptionLength: Get<u32>;

		/// The longest call a proposal may carry, encoded, in bytes. Proposing and closing
		/// decode it, and are weighed by its length up to this; a longer one is refused
		/// before it is read.
		#[pallet::constant]
		type MaxProposalLength: Get<u32>;

		/// The heaviest call a proposal may carry; closing reserves this much.
		#[pallet::constant]
		type MaxProposalWeight: Get<Weight>;

		/// The most votes of ended proposals `on_idle` removes in one block (within its
		/// spare weight too).
		#[pallet::constant]
		type MaxVotesClearedPerBlock: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up co-ops and members for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: coop_primitives::MembershipBenchmarkHelper<Self::AccountId>;

		/// Makes the calls the benchmarks of `propose` and `close` carry.
		#[cfg(feature = "runtime-benchmarks")]
		type CallBenchmarkHelper: CallBenchmarkHelper<<Self as frame_system::Config>::RuntimeCall>;
	}

	/// The id of the next proposal.
	#[pallet::storage]
	pub type NextProposalId<T> = StorageValue<_, ProposalId, ValueQuery>;

	/// Open proposals.
	#[pallet::storage]
	pub type Proposals<T: Config> = StorageMap<_, Twox64Concat, ProposalId, ProposalOf<T>>;

	/// How many proposals each body has open.
	#[pallet::storage]
	pub type OpenProposals<T> = StorageMap<_, Twox64Concat, Body, u32, ValueQuery>;

	/// How many proposals each voter has open in each body.
	#[pallet::storage]
	pub type OpenByProposer<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		Body,
		Blake2_128Concat,
		Voter<T::AccountId>,
		u32,
		ValueQuery,
	>;

	/// Every vote cast on an open proposal, by proposal and voter; an ended proposal's votes
	/// wait in [`VotesToClear`] until `on_idle` removes them.
	#[pallet::storage]
	pub type Votes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ProposalId,
		Blake2_128Concat,
		Voter<T::AccountId>,
		VoteChoice,
	>;

	/// Ended proposals whose votes are not all removed yet.
	#[pallet::storage]
	pub type VotesToClear<T> = StorageMap<_, Twox64Concat, ProposalId, (), OptionQuery>;

	/// Each body's thresholds, if it set its own.
	#[pallet::storage]
	pub type Thresholds<T: Config> =
		StorageMap<_, Twox64Concat, Body, ThresholdsOf<T>, ValueQuery, T::DefaultThresholds>;

	/// Each co-op's delegate in the federation.
	#[pallet::storage]
	pub type Delegates<T: Config> = StorageMap<_, Twox64Concat, CoopId, T::AccountId>;

	/// The co-op an account is the delegate of (one at most).
	#[pallet::storage]
	pub type DelegateOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CoopId>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A proposal opened.
		Proposed {
			/// Its id.
			proposal: ProposalId,
			/// The body that decides.
			body: Body,
			/// Who proposed it.
			proposer: Voter<T::AccountId>,
			/// How many may vote.
			electorate: u32,
			/// Its last block for votes.
			ends_at: BlockNumberFor<T>,
		},
		/// A vote was cast or changed.
		Voted {
			/// The proposal.
			proposal: ProposalId,
			/// Who voted.
			voter: Voter<T::AccountId>,
			/// How.
			choice: VoteChoice,
		},
		/// A proposal closed.
		Closed {
			/// The proposal.
			proposal: ProposalId,
			/// Whether it passed.
			passed: bool,
			/// The final votes.
			tally: tally::Tally,
		},
		/// A passed proposal's call was dispatched.
		Executed {
			/// The proposal.
			proposal: ProposalId,
			/// What the call returned.
			result: DispatchResult,
		},
		/// A body set its thresholds.
		ThresholdsSet {
			/// The body.
			body: Body,
			/// Its new thresholds.
			thresholds: ThresholdsOf<T>,
		},
		/// A co-op named (or cleared) its delegate.
		DelegateSet {
			/// The co-op.
			coop: CoopId,
			/// Its delegate, if any.
			delegate: Option<T::AccountId>,
		},
		/// A call was dispatched as Root by the federation's vote.
		EnactedAsRoot {
			/// What the call returned.
			result: DispatchResult,
		},
		/// A proposer withdrew their open proposal.
		Withdrawn {
			/// The proposal.
			proposal: ProposalId,
		},
		/// A body's passed proposal cancelled another of its open ones.
		Cancelled {
			/// The proposal cancelled.
			proposal: ProposalId,
		},
	}

	/// Why a call failed.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller may not vote in this body.
		NotVoter,
		/// The caller joined the body in or after the block the proposal opened in.
		JoinedAfterOpening,
		/// The body has as many open proposals as it may.
		TooManyOpenProposals,
		/// Every proposal id has been used.
		TooManyProposals,
		/// No open proposal has this id.
		UnknownProposal,
		/// The proposal's voting period is over.
		VotingOver,
		/// The proposal is still open and its outcome can still change.
		NotSettled,
		/// The proposal is in its minimum deliberation time and not everyone has voted.
		StillDeliberating,
		/// The caller has as many proposals open in this body as one voter may.
		TooManyOpenByProposer,
		/// Only the proposer withdraws a proposal.
		NotProposer,
		/// The minimum deliberation time is outside `MinDeliberation..=voting period`.
		DeliberationOutOfBounds,
		/// The proposed call's preimage has not been noted.
		PreimageMissing,
		/// The proposed call can't be decoded.
		BadCall,
		/// The proposed call weighs more than `MaxProposalWeight`.
		ProposalTooHeavy,
		/// The quorum is below `MinQuorum`.
		QuorumTooLow,
		/// The approval is below one half.
		ApprovalBelowMajority,
		/// The voting period is outside `MinVotingPeriod..=MaxVotingPeriod`.
		VotingPeriodOutOfBounds,
		/// Only a body's own vote sets its thresholds.
		NotThisBody,
		/// No co-op has this id.
		UnknownCoop,
		/// The co-op is suspended.
		CoopNotActive,
		/// A delegate must be an admin of the co-op.
		DelegateNotAdmin,
		/// This account is already another co-op's delegate.
		DelegateOfAnotherCoop,
		/// The proposed call is longer than `MaxProposalLength` bytes.
		ProposalTooLong,
	}

	/// Thresholds and delegates the chain starts with.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Bodies whose thresholds differ from the default.
		pub thresholds: Vec<(Body, ThresholdsOf<T>)>,
		/// Founding co-ops' delegates.
		pub delegates: Vec<(CoopId, T::AccountId)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		#[allow(clippy::panic)] // a broken genesis must stop the chain from starting
		fn build(&self) {
			for (body, thresholds) in &self.thresholds {
				if let Err(e) = Pallet::<T>::do_set_thresholds(*body, *thresholds) {
					panic!("genesis thresholds of {body:?} are invalid: {e:?}");
				}
			}
			for (coop, delegate) in &self.delegates {
				if let Err(e) = Pallet::<T>::do_set_delegate(*coop, Some(delegate.clone())) {
					panic!("genesis delegate of {coop:?} is invalid: {e:?}");
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Removes the votes of ended proposals, as far as the block's spare weight and
		/// `MaxVotesClearedPerBlock` allow.
		fn on_idle(_: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::clear_votes(remaining)
		}

		/// The configuration can run: the default thresholds lie within their bounds, which
		/// are themselves in order, and a body can open a proposal.
		fn integrity_test() {
			assert!(
				T::MinVotingPeriod::get() <= T::MaxVotingPeriod::get(),
				"MinVotingPeriod is longer than MaxVotingPeriod"
			);
			assert!(
				Self::check_thresholds(&T::DefaultThresholds::get()).is_ok(),
				"DefaultThresholds lie outside MinQuorum, a majority or the voting period bounds"
			);
			assert!(T::MaxOpenProposals::get() > 0, "MaxOpenProposals is zero: nobody can propose");
			assert!(
				T::MaxProposalLength::get() > 0,
				"MaxProposalLength is zero: nobody can propose"
			);
			assert!(
				T::MaxVotesClearedPerBlock::get() > 0,
				"MaxVotesClearedPerBlock is zero: ended proposals' votes stay forever"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens a proposal for `body` to dispatch `call` (a noted preimage, or inline).
		///
		/// - Origin: a voter of `body`: signed by an active member of the co-op, or for the
		///   federation by a co-op's delegate or the co-op's own vote.
		/// - Emits [`Event::Proposed`].
		/// - Errors: [`Error::NotVoter`], [`Error::TooManyOpenProposals`],
		///   [`Error::TooManyOpenByProposer`], [`Error::PreimageMissing`],
		///   [`Error::ProposalTooLong`], [`Error::BadCall`], [`Error::ProposalTooHeavy`],
		///   [`Error::TooManyProposals`].
		/// - Complexity: O(l), l = the call's length (weighed by the length `call` states;
		///   a lookup without one at `MaxProposalLength`), decoding it once.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose(Pallet::<T>::stated_len(call)))]
		pub fn propose(
			origin: OriginFor<T>,
			body: Body,
			call: Box<BoundedCallOf<T>>,
			description: BoundedVec<u8, T::MaxDescriptionLength>,
		) -> DispatchResult {
			let proposer = Self::voter(origin, body)?;
			Self::do_propose(proposer, body, *call, description)
		}

		/// Votes on `proposal`, or changes the caller's vote.
		///
		/// - Origin: a voter of the proposal's body (as for `propose`) who belonged to it
		///   before the proposal opened.
		/// - Emits [`Event::Voted`].
		/// - Errors: [`Error::UnknownProposal`], [`Error::VotingOver`], [`Error::NotVoter`],
		///   [`Error::JoinedAfterOpening`].
		/// - Complexity: O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::vote())]
		pub fn vote(
			origin: OriginFor<T>,
			proposal: ProposalId,
			choice: VoteChoice,
		) -> DispatchResult {
			let body = Proposals::<T>::get(proposal).ok_or(Error::<T>::UnknownProposal)?.body;
			let voter = Self::voter(origin, body)?;
			Self::do_vote(voter, proposal, choice)
		}

		/// Closes `proposal` once its period has ended, or before that once its whole
		/// electorate voted, or once its minimum deliberation time has passed and its outcome
		/// is settled (under the stricter of the body's rule and its call's share); if it
		/// passed, dispatches its call with the body's origin.
		///
		/// - Origin: signed, by anyone.
		/// - Emits [`Event::Closed`], and [`Event::Executed`] with the call's result if it
		///   passed.
		/// - Errors: [`Error::UnknownProposal`], [`Error::StillDeliberating`],
		///   [`Error::NotSettled`].
		/// - Complexity: O(l) plus the proposed call, l = its length; `close` at
		///   `MaxProposalLength` and `MaxProposalWeight` are reserved, and what the proposal
		///   did not need is refunded.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::close(T::MaxProposalLength::get())
				.saturating_add(T::MaxProposalWeight::get())
		)]
		pub fn close(origin: OriginFor<T>, proposal: ProposalId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (len, used) = Self::do_close(proposal)?;
			Ok(Some(T::WeightInfo::close(len).saturating_add(used)).into())
		}

		/// Sets `body`'s thresholds.
		///
		/// - Origin: `body`'s own passed proposal ([`Config::BodyOrigin`]).
		/// - Emits [`Event::ThresholdsSet`].
		/// - Errors: [`Error::NotThisBody`], [`Error::QuorumTooLow`],
		///   [`Error::ApprovalBelowMajority`], [`Error::VotingPeriodOutOfBounds`].
		/// - Complexity: O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_thresholds())]
		pub fn set_thresholds(
			origin: OriginFor<T>,
			body: Body,
			thresholds: ThresholdsOf<T>,
		) -> DispatchResult {
			let decided = T::BodyOrigin::ensure_origin(origin)?;
			ensure!(decided.body == body, Error::<T>::NotThisBody);
			Self::do_set_thresholds(body, thresholds)
		}

		/// Names `delegate` (an admin of `coop`) to cast `coop`'s vote in the federation, or
		/// clears it with `None`.
		///
		/// - Origin: `coop`'s own passed proposal.
		/// - Emits [`Event::DelegateSet`].
		/// - Errors: [`Error::NotThisBody`], [`Error::UnknownCoop`], [`Error::CoopNotActive`],
		///   [`Error::DelegateNotAdmin`], [`Error::DelegateOfAnotherCoop`].
		/// - Complexity: O(1).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_delegate())]
		pub fn set_delegate(
			origin: OriginFor<T>,
			coop: CoopId,
			delegate: Option<T::AccountId>,
		) -> DispatchResult {
			let decided = T::BodyOrigin::ensure_origin(origin)?;
			ensure!(decided.body == Body::Coop(coop), Error::<T>::NotThisBody);
			Self::do_set_delegate(coop, delegate)
		}

		/// Dispatches `call` as Root: how the federation does what only Root may (a runtime
		/// upgrade, say).
		///
		/// - Origin: [`Config::RootOrigin`].
		/// - Emits [`Event::EnactedAsRoot`] with the call's result.
		/// - Complexity: that of `call`.
		#[pallet::call_index(5)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::enact_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn enact_as_root(
			origin: OriginFor<T>,
			call: Box<<T as frame_system::Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			let info = call.get_dispatch_info();
			let result = call.dispatch(frame_system::RawOrigin::Root.into());
			let used = frame_support::dispatch::extract_actual_weight(&result, &info);
			Self::deposit_event(Event::EnactedAsRoot {
				result: result.map(|_| ()).map_err(|e| e.error),
			});
			Ok(Some(T::WeightInfo::enact_as_root().saturating_add(used)).into())
		}

		/// The proposer takes back their open `proposal`: it closes without a vote.
		///
		/// - Origin: the proposer, as they proposed (signed by the member, or for the
		///   federation by the co-op's delegate or its own vote).
		/// - Emits [`Event::Withdrawn`].
		/// - Errors: [`Error::UnknownProposal`], [`Error::NotVoter`], [`Error::NotProposer`].
		/// - Complexity: O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, proposal: ProposalId) -> DispatchResult {
			let open = Proposals::<T>::get(proposal).ok_or(Error::<T>::UnknownProposal)?;
			let who = Self::voter(origin, open.body)?;
			ensure!(who == open.proposer, Error::<T>::NotProposer);
			Self::end(proposal, &open);
			Self::deposit_event(Event::Withdrawn { proposal });
			Ok(())
		}

		/// Cancels `proposal`, an open proposal of the same body, without a vote on it.
		///
		/// - Origin: the body's own passed proposal.
		/// - Emits [`Event::Cancelled`].
		/// - Errors: [`Error::UnknownProposal`], [`Error::NotThisBody`].
		/// - Complexity: O(1).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, proposal: ProposalId) -> DispatchResult {
			let decided = T::BodyOrigin::ensure_origin(origin)?;
			let open = Proposals::<T>::get(proposal).ok_or(Error::<T>::UnknownProposal)?;
			ensure!(decided.body == open.body, Error::<T>::NotThisBody);
			Self::end(proposal, &open);
			Self::deposit_event(Event::Cancelled { proposal });
			Ok(())
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
