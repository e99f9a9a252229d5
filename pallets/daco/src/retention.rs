//! Retention: an ended proposal's votes do not stay forever.
//!
//! A proposal that ends (closed, withdrawn or cancelled) may hold a vote from every voter of
//! its body, and a co-op's members are not bounded by a constant, so removing them in the
//! call that ends it could overrun its weight. It is listed in [`VotesToClear`] instead, and
//! `on_idle` removes the votes, one proposal at a time, as far as the block's spare weight
//! and [`Config::MaxVotesClearedPerBlock`] allow. Nobody can vote on a proposal that is gone,
//! so the votes waiting are inert.

use frame_support::{traits::Get, weights::Weight};

use crate::{Config, Pallet, Votes, VotesToClear, WeightInfo};

impl<T: Config> Pallet<T> {
	/// Removes the votes of ended proposals within `limit`; returns the weight used.
	pub(crate) fn clear_votes(limit: Weight) -> Weight {
		// A step removes one vote, or finds an ended proposal's votes all gone and takes it
		// off the list; finding the next ended proposal is one read more.
		let per_step = T::WeightInfo::clear_vote();
		let find = T::DbWeight::get().reads(1);
		let mut used = Weight::zero();
		let mut steps = 0u32;
		loop {
			if steps >= T::MaxVotesClearedPerBlock::get()
				|| !limit.all_gte(used.saturating_add(find).saturating_add(per_step))
			{
				return used;
			}
			used = used.saturating_add(find);
			let Some(proposal) = VotesToClear::<T>::iter_keys().next() else {
				return used;
			};
			let mut votes = Votes::<T>::drain_prefix(proposal);
			loop {
				if steps >= T::MaxVotesClearedPerBlock::get()
					|| !limit.all_gte(used.saturating_add(per_step))
				{
					return used;
				}
				steps = steps.saturating_add(1);
				used = used.saturating_add(per_step);
				if votes.next().is_none() {
					VotesToClear::<T>::remove(proposal);
					break;
				}
			}
		}
	}
}
