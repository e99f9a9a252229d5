//! The governance invariants, checked after every unit test and by `try-runtime`.
//!
//! 1. For every open proposal, ayes + nays + abstentions ≤ electorate, and they equal the
//!    votes stored for it (so nobody's vote counts twice).
//! 2. Each body's count of open proposals equals the proposals stored, within the bound.
//! 3. Delegates and their reverse index agree.
//! 4. Each proposer's count of open proposals in a body equals the proposals stored, within
//!    the bound, and no proposal may close early before its deliberation time unless all
//!    voted (its `deliberate_until` lies within its period).
//! 5. Votes are kept only for open proposals and for ended ones waiting in
//!    [`VotesToClear`], which lists no open proposal: every ended proposal's votes will go.

use alloc::collections::btree_map::BTreeMap;
use coop_primitives::Body;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

use crate::{
	tally::Tally, types::VoteChoice, Config, DelegateOf, Delegates, OpenByProposer, OpenProposals,
	Pallet, Proposals, Votes, VotesToClear,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut open: BTreeMap<Body, u32> = BTreeMap::new();
		let mut own: BTreeMap<(Body, crate::types::Voter<T::AccountId>), u32> = BTreeMap::new();
		for (id, proposal) in Proposals::<T>::iter() {
			let tally = proposal.tally;
			ensure!(tally.turnout() <= tally.electorate, "more votes than voters");
			let mut counted = Tally { electorate: tally.electorate, ..Default::default() };
			for (_, choice) in Votes::<T>::iter_prefix(id) {
				let field = match choice {
					VoteChoice::Aye => &mut counted.ayes,
					VoteChoice::Nay => &mut counted.nays,
					VoteChoice::Abstain => &mut counted.abstentions,
				};
				*field = field.saturating_add(1);
			}
			ensure!(counted == tally, "tally differs from the stored votes");
			ensure!(
				proposal.opened_at <= proposal.deliberate_until
					&& proposal.deliberate_until <= proposal.ends_at,
				"deliberation outside the voting period"
			);
			let count = open.entry(proposal.body).or_default();
			*count = count.saturating_add(1);
			let count = own.entry((proposal.body, proposal.proposer.clone())).or_default();
			*count = count.saturating_add(1);
		}
		for (body, proposer, count) in OpenByProposer::<T>::iter() {
			ensure!(
				own.remove(&(body, proposer)).unwrap_or_default() == count,
				"a proposer's open count is off"
			);
			ensure!(count <= T::MaxOpenPerProposer::get(), "a proposer holds too many slots");
		}
		ensure!(own.is_empty(), "a proposer's open proposals not counted");
		for (body, count) in OpenProposals::<T>::iter() {
			ensure!(open.get(&body).copied().unwrap_or_default() == count, "open count is off");
			ensure!(count <= T::MaxOpenProposals::get(), "too many open proposals");
		}
		ensure!(
			open.iter().all(|(body, n)| OpenProposals::<T>::get(body) == *n),
			"open proposals not counted"
		);
		for (coop, who) in Delegates::<T>::iter() {
			ensure!(DelegateOf::<T>::get(&who) == Some(coop), "delegate index is off");
		}
		ensure!(
			DelegateOf::<T>::iter().all(|(who, coop)| Delegates::<T>::get(coop) == Some(who)),
			"reverse delegate index is off"
		);
		Self::check_votes_to_clear()
	}

	fn check_votes_to_clear() -> Result<(), TryRuntimeError> {
		for proposal in VotesToClear::<T>::iter_keys() {
			ensure!(!Proposals::<T>::contains_key(proposal), "an open proposal's votes to clear");
		}
		for (proposal, _) in Votes::<T>::iter_keys() {
			ensure!(
				Proposals::<T>::contains_key(proposal) || VotesToClear::<T>::contains_key(proposal),
				"votes of an ended proposal that nothing will remove"
			);
		}
		Ok(())
	}
}
