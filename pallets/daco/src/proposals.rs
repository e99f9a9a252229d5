//! Proposals: opening, voting, closing and dispatching.

use codec::DecodeLimit;
use coop_primitives::{Body, Coops, Membership, ProposalId, Role};
use frame_support::{
	dispatch::GetDispatchInfo,
	ensure,
	pallet_prelude::{BoundedVec, DispatchResult, Weight},
	traits::{Bounded, EnsureOrigin, Get, QueryPreimage},
};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use sp_runtime::{
	traits::{Dispatchable, Saturating},
	DispatchError,
};

use crate::{
	tally::{self, Tally},
	types::CallShare,
	types::{Proposal, VoteChoice, Voter},
	BodyOrigin, BoundedCallOf, Config, DelegateOf, Error, Event, OpenByProposer, OpenProposals,
	Pallet, ProposalOf, Proposals, Thresholds, Votes, VotesToClear,
};

impl<T: Config> Pallet<T> {
	/// Who `origin` votes as in `body`: a member of the co-op; for the federation, a co-op
	/// through its delegate (who must still be its admin) or its own passed proposal.
	pub(crate) fn voter(
		origin: OriginFor<T>,
		body: Body,
	) -> Result<Voter<T::AccountId>, DispatchError> {
		let coop = match body {
			Body::Coop(coop) => {
				let who = ensure_signed(origin)?;
				ensure!(T::Registry::membership(coop, &who).is_some(), Error::<T>::NotVoter);
				return Ok(Voter::Member(who));
			}
			Body::Federation => match T::BodyOrigin::try_origin(origin) {
				Ok(BodyOrigin { body: Body::Coop(coop), .. }) => coop,
				Ok(_) => return Err(Error::<T>::NotVoter.into()),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					let coop = DelegateOf::<T>::get(&who).ok_or(Error::<T>::NotVoter)?;
					ensure!(
						T::Registry::role(coop, &who) == Some(Role::Admin),
						Error::<T>::NotVoter
					);
					coop
				}
			},
		};
		ensure!(T::Registry::is_active(coop), Error::<T>::NotVoter);
		Ok(Voter::Coop(coop))
	}

	/// Opens a proposal of `proposer` in `body`.
	pub(crate) fn do_propose(
		proposer: Voter<T::AccountId>,
		body: Body,
		call: BoundedCallOf<T>,
		description: BoundedVec<u8, T::MaxDescriptionLength>,
	) -> DispatchResult {
		let open = OpenProposals::<T>::get(body);
		ensure!(open < T::MaxOpenProposals::get(), Error::<T>::TooManyOpenProposals);
		let own = OpenByProposer::<T>::get(body, &proposer);
		ensure!(own < T::MaxOpenPerProposer::get(), Error::<T>::TooManyOpenByProposer);
		Self::ensure_short(&call)?;
		let decoded = Self::decode(&call)?;
		let weight = decoded.get_dispatch_info().call_weight;
		ensure!(T::MaxProposalWeight::get().all_gte(weight), Error::<T>::ProposalTooHeavy);
		// What the call asks of the tally, on top of the body's rule.
		let needs = tally::Rule {
			quorum: Default::default(),
			approval: Default::default(),
			min_ayes: T::CallShare::required_share(&decoded),
		};

		let id = crate::NextProposalId::<T>::get();
		let next = id.next().ok_or(Error::<T>::TooManyProposals)?;
		let electorate = match body {
			Body::Coop(coop) => T::Registry::member_count(coop),
			Body::Federation => T::Registry::active_coop_count(),
		};
		let thresholds = Thresholds::<T>::get(body);
		let now = frame_system::Pallet::<T>::block_number();
		let ends_at = now.saturating_add(thresholds.voting_period);
		let proposal = Proposal {
			body,
			proposer: proposer.clone(),
			call: call.clone(),
			description,
			opened_at: now,
			ends_at,
			deliberate_until: now.saturating_add(thresholds.min_deliberation),
			rule: thresholds.rule.stricter(&needs),
			tally: Tally { electorate, ..Default::default() },
		};

		T::Preimages::hold(&call);
		crate::NextProposalId::<T>::put(next);
		OpenProposals::<T>::insert(body, open.saturating_add(1));
		OpenByProposer::<T>::insert(body, &proposer, own.saturating_add(1));
		Proposals::<T>::insert(id, proposal);
		Self::deposit_event(Event::Proposed { proposal: id, body, proposer, electorate, ends_at });
		Ok(())
	}

	/// Records `voter`'s vote on `id`, replacing an earlier one.
	pub(crate) fn do_vote(
		voter: Voter<T::AccountId>,
		id: ProposalId,
		choice: VoteChoice,
	) -> DispatchResult {
		let mut proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= proposal.ends_at, Error::<T>::VotingOver);
		let member_since = match &voter {
			Voter::Member(who) => match proposal.body {
				Body::Coop(coop) => T::Registry::membership(coop, who).map(|m| m.joined),
				Body::Federation => None,
			},
			Voter::Coop(coop) => T::Registry::coop_active_since(*coop),
		};
		let since = member_since.ok_or(Error::<T>::NotVoter)?;
		ensure!(since < proposal.opened_at, Error::<T>::JoinedAfterOpening);

		if let Some(previous) = Votes::<T>::get(id, &voter) {
			count(&mut proposal.tally, previous, false);
		}
		count(&mut proposal.tally, choice, true);
		Votes::<T>::insert(id, &voter, choice);
		Proposals::<T>::insert(id, proposal);
		Self::deposit_event(Event::Voted { proposal: id, voter, choice });
		Ok(())
	}

	/// Closes `id` if it may be closed; dispatches its call if it passed. Returns the call's
	/// length (what `close` is weighed by) and the weight the call used.
	pub(crate) fn do_close(id: ProposalId) -> Result<(u32, Weight), DispatchError> {
		let proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		let len = Self::stated_len(&proposal.call);
		let now = frame_system::Pallet::<T>::block_number();
		let passed = if now > proposal.ends_at {
			tally::passes(&proposal.tally, &proposal.rule)
		} else {
			let everyone_voted = proposal.tally.outstanding() == 0;
			ensure!(
				everyone_voted || now >= proposal.deliberate_until,
				Error::<T>::StillDeliberating
			);
			tally::settled(&proposal.tally, &proposal.rule).ok_or(Error::<T>::NotSettled)?
		};

		Self::forget(id, &proposal);
		Self::deposit_event(Event::Closed { proposal: id, passed, tally: proposal.tally });
		if !passed {
			T::Preimages::drop(&proposal.call);
			return Ok((0, Weight::zero()));
		}

		let realized = Self::decode(&proposal.call).map_err(DispatchError::from);
		T::Preimages::drop(&proposal.call);
		let (used, result) = match realized {
			Ok(call) => {
				let info = call.get_dispatch_info();
				let origin = BodyOrigin { body: proposal.body, tally: proposal.tally };
				let origin = T::PalletsOrigin::from(origin).into();
				let result = call.dispatch(origin);
				let used = frame_support::dispatch::extract_actual_weight(&result, &info);
				(used, result.map(|_| ()).map_err(|e| e.error))
			}
			// The preimage went missing or no longer decodes (after a runtime upgrade, say):
			// the proposal still closes, with the reason.
			Err(error) => (Weight::zero(), Err(error)),
		};
		Self::deposit_event(Event::Executed { proposal: id, result });
		Ok((len, used))
	}

	/// The length `call` states, what `propose` and `close` are weighed by: an inline call's,
	/// a lookup's; the longest allowed for a legacy hash, which states none.
	pub(crate) fn stated_len(call: &BoundedCallOf<T>) -> u32 {
		let max = T::MaxProposalLength::get();
		call.len().map_or(max, |len| len.min(max))
	}

	/// Refuses a call longer than `MaxProposalLength`, as stated and as noted, before any of
	/// it is read: the weight was charged for the stated length.
	fn ensure_short(call: &BoundedCallOf<T>) -> DispatchResult {
		let max = T::MaxProposalLength::get();
		ensure!(call.len().is_none_or(|len| len <= max), Error::<T>::ProposalTooLong);
		if let Bounded::Lookup { hash, .. } | Bounded::Legacy { hash, .. } = call {
			let noted = T::Preimages::len(hash).ok_or(Error::<T>::PreimageMissing)?;
			ensure!(noted <= max, Error::<T>::ProposalTooLong);
		}
		Ok(())
	}

	/// Reads and decodes `call`, nested no deeper than an extrinsic's call may be (a deeper
	/// one would recurse past the stack).
	fn decode(
		call: &BoundedCallOf<T>,
	) -> Result<<T as frame_system::Config>::RuntimeCall, Error<T>> {
		let fetched;
		let bytes: &[u8] = match call {
			Bounded::Inline(bytes) => bytes,
			Bounded::Lookup { hash, len } => {
				fetched = T::Preimages::fetch(hash, Some(*len)).map_err(|_| Error::<T>::BadCall)?;
				&fetched
			}
			Bounded::Legacy { hash, .. } => {
				fetched = T::Preimages::fetch(hash, None).map_err(|_| Error::<T>::BadCall)?;
				&fetched
			}
		};
		DecodeLimit::decode_all_with_depth_limit(
			frame_support::MAX_EXTRINSIC_DEPTH,
			&mut &bytes[..],
		)
		.map_err(|_| Error::<T>::BadCall)
	}
}

impl<T: Config> Pallet<T> {
	/// Ends an open proposal without dispatching it (withdrawn or cancelled): it is
	/// forgotten and its call's preimage released.
	pub(crate) fn end(id: ProposalId, proposal: &ProposalOf<T>) {
		Self::forget(id, proposal);
		T::Preimages::drop(&proposal.call);
	}

	/// Removes an open proposal and frees its body's and its proposer's slots; its votes, if
	/// any, are left for `on_idle` to remove ([`VotesToClear`]), since there may be as many
	/// as the body has voters.
	fn forget(id: ProposalId, proposal: &ProposalOf<T>) {
		Proposals::<T>::remove(id);
		if proposal.tally.turnout() > 0 {
			VotesToClear::<T>::insert(id, ());
		}
		OpenProposals::<T>::mutate(proposal.body, |open| *open = open.saturating_sub(1));
		OpenByProposer::<T>::mutate_exists(proposal.body, &proposal.proposer, |own| {
			*own = own.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
	}
}

/// Adds (`add`) or takes back one vote of `choice` in `tally`.
fn count(tally: &mut Tally, choice: VoteChoice, add: bool) {
	let field = match choice {
		VoteChoice::Aye => &mut tally.ayes,
		VoteChoice::Nay => &mut tally.nays,
		VoteChoice::Abstain => &mut tally.abstentions,
	};
	*field = if add { field.saturating_add(1) } else { field.saturating_sub(1) };
}
