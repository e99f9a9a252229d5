//! Benchmarks of every call on its worst path: proposals held as noted preimages (read and
//! decoded), a vote that replaces an earlier one, a close that dispatches, a delegate that
//! replaces another; and one step of removing an ended proposal's votes in `on_idle`.

use super::*;
use alloc::{boxed::Box, vec};
use coop_primitives::{CoopId, MembershipBenchmarkHelper, Role};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{Bounded, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;
use types::{VoteChoice, Voter};

const SEED: u32 = 0;

type Helper<T> = <T as Config>::BenchmarkHelper;

/// A call of at most `len` bytes encoded, the costliest per byte the runtime has (see
/// [`CallBenchmarkHelper`]), held as a noted preimage (a lookup, never inline) so proposing
/// and closing read and decode it.
fn noted_call<T: Config>(len: u32) -> Result<BoundedCallOf<T>, BenchmarkError> {
	let call = T::CallBenchmarkHelper::call_of_length(len);
	let bytes = codec::Encode::encode(&call);
	let len = u32::try_from(bytes.len()).map_err(|_| BenchmarkError::Weightless)?;
	let hash = T::Preimages::note(bytes.into())?;
	Ok(Bounded::Lookup { hash, len })
}

/// The length of call the benchmarks use where the length is not their component.
const CALL_LEN: u32 = 200;

/// A co-op with one member, who joined before the current block.
fn coop_with_member<T: Config>() -> (CoopId, T::AccountId) {
	let coop = Helper::<T>::new_coop();
	let who: T::AccountId = account("member", 0, SEED);
	Helper::<T>::add_member(coop, &who, Role::Admin);
	let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(next);
	(coop, who)
}

/// An open proposal of a one-member co-op, one block after it opened; with the member.
fn proposal_of_a_member<T: Config>(len: u32) -> Result<(ProposalId, T::AccountId), BenchmarkError> {
	let (coop, who) = coop_with_member::<T>();
	let id = NextProposalId::<T>::get();
	let call = noted_call::<T>(len)?;
	Pallet::<T>::do_propose(
		Voter::Member(who.clone()),
		Body::Coop(coop),
		call,
		description::<T>(),
	)?;
	let later = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(later);
	Ok((id, who))
}

/// The origin of `coop`'s own passed proposal.
fn coop_vote<T: Config>(coop: CoopId) -> <T as frame_system::Config>::RuntimeOrigin {
	let tally = tally::Tally { ayes: 1, nays: 0, abstentions: 0, electorate: 1 };
	T::PalletsOrigin::from(BodyOrigin { body: Body::Coop(coop), tally }).into()
}

fn description<T: Config>() -> BoundedVec<u8, T::MaxDescriptionLength> {
	BoundedVec::truncate_from(vec![b'd'; T::MaxDescriptionLength::get() as usize])
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A call of `l` bytes, read and decoded.
	#[benchmark]
	fn propose(l: Linear<16, { T::MaxProposalLength::get() }>) -> Result<(), BenchmarkError> {
		let (coop, who) = coop_with_member::<T>();
		let call = noted_call::<T>(l)?;
		let id = NextProposalId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), Body::Coop(coop), Box::new(call), description::<T>());

		assert!(Proposals::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn vote() -> Result<(), BenchmarkError> {
		let (id, who) = proposal_of_a_member::<T>(CALL_LEN)?;
		Pallet::<T>::do_vote(Voter::Member(who.clone()), id, VoteChoice::Nay)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id, VoteChoice::Aye);

		assert_last_event::<T>(Event::Voted {
			proposal: id,
			voter: Voter::Member(who),
			choice: VoteChoice::Aye,
		});
		Ok(())
	}

	/// A passed proposal whose call of `l` bytes is read, decoded and dispatched.
	#[benchmark]
	fn close(l: Linear<16, { T::MaxProposalLength::get() }>) -> Result<(), BenchmarkError> {
		let (id, who) = proposal_of_a_member::<T>(l)?;
		Pallet::<T>::do_vote(Voter::Member(who.clone()), id, VoteChoice::Aye)?;
		// Closed once its time is up: the one aye decides, whoever else could have voted.
		let ends_at = Proposals::<T>::get(id).ok_or(BenchmarkError::Weightless)?.ends_at;
		frame_system::Pallet::<T>::set_block_number(ends_at.saturating_add(1u32.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_last_event::<T>(Event::Executed { proposal: id, result: Ok(()) });
		Ok(())
	}

	/// The proposer takes back their proposal: read, both slot counts and the preimage's
	/// hold released.
	#[benchmark]
	fn withdraw() -> Result<(), BenchmarkError> {
		let (id, who) = proposal_of_a_member::<T>(CALL_LEN)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_last_event::<T>(Event::Withdrawn { proposal: id });
		Ok(())
	}

	/// The co-op's vote cancels one of its open proposals.
	#[benchmark]
	fn cancel() -> Result<(), BenchmarkError> {
		let (id, _) = proposal_of_a_member::<T>(CALL_LEN)?;
		let coop = match Proposals::<T>::get(id).ok_or(BenchmarkError::Weightless)?.body {
			Body::Coop(coop) => coop,
			Body::Federation => return Err(BenchmarkError::Weightless),
		};

		#[extrinsic_call]
		_(coop_vote::<T>(coop) as <T as frame_system::Config>::RuntimeOrigin, id);

		assert_last_event::<T>(Event::Cancelled { proposal: id });
		Ok(())
	}

	#[benchmark]
	fn set_thresholds() -> Result<(), BenchmarkError> {
		let coop = Helper::<T>::new_coop();
		let mut thresholds = T::DefaultThresholds::get();
		thresholds.voting_period = T::MaxVotingPeriod::get();

		#[extrinsic_call]
		_(coop_vote::<T>(coop) as T::RuntimeOrigin, Body::Coop(coop), thresholds);

		assert_last_event::<T>(Event::ThresholdsSet { body: Body::Coop(coop), thresholds });
		Ok(())
	}

	#[benchmark]
	fn set_delegate() -> Result<(), BenchmarkError> {
		let (coop, first) = coop_with_member::<T>();
		Pallet::<T>::do_set_delegate(coop, Some(first))?;
		let second: T::AccountId = account("second admin", 0, SEED);
		Helper::<T>::add_member(coop, &second, Role::Admin);

		#[extrinsic_call]
		_(coop_vote::<T>(coop) as T::RuntimeOrigin, coop, Some(second.clone()));

		assert_last_event::<T>(Event::DelegateSet { coop, delegate: Some(second) });
		Ok(())
	}

	#[benchmark]
	fn enact_as_root() -> Result<(), BenchmarkError> {
		let origin =
			T::RootOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let call: <T as frame_system::Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		assert_last_event::<T>(Event::EnactedAsRoot { result: Ok(()) });
		Ok(())
	}

	/// One step of removing an ended proposal's votes: one vote removed, more left.
	#[benchmark]
	fn clear_vote() -> Result<(), BenchmarkError> {
		let proposal = coop_primitives::ProposalId(7);
		for i in 0..2 {
			let voter = Voter::Member(account::<T::AccountId>("voter", i, SEED));
			Votes::<T>::insert(proposal, voter, VoteChoice::Aye);
		}
		VotesToClear::<T>::insert(proposal, ());
		// Whatever the per-step weight, room for exactly one.
		let limit = T::WeightInfo::clear_vote().saturating_add(T::DbWeight::get().reads(1));

		#[block]
		{
			Pallet::<T>::clear_votes(limit);
		}

		assert_eq!(Votes::<T>::iter_prefix(proposal).count(), 1);
		assert!(VotesToClear::<T>::contains_key(proposal));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
