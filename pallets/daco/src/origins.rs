//! The origins other pallets (and the runtime) use to ask "did this body decide it?".

use core::marker::PhantomData;

use coop_primitives::{Body, CoopId, Membership};
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg, Get};
use sp_runtime::Perbill;

use crate::{tally::Tally, BodyOrigin, Config};

/// Any body's passed proposal; succeeds with the [`BodyOrigin`].
pub struct EnsureBody;

impl<O: Into<Result<BodyOrigin, O>> + From<BodyOrigin>> EnsureOrigin<O> for EnsureBody {
	type Success = BodyOrigin;

	fn try_origin(o: O) -> Result<BodyOrigin, O> {
		o.into()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(BodyOrigin { body: Body::Federation, tally: full_tally() }))
	}
}

/// The given co-op's own passed proposal; succeeds with its tally.
pub struct EnsureCoopVote;

impl<O: Into<Result<BodyOrigin, O>> + From<BodyOrigin>> EnsureOriginWithArg<O, CoopId>
	for EnsureCoopVote
{
	type Success = Tally;

	fn try_origin(o: O, coop: &CoopId) -> Result<Tally, O> {
		match o.into() {
			Ok(BodyOrigin { body: Body::Coop(c), tally }) if c == *coop => Ok(tally),
			Ok(other) => Err(O::from(other)),
			Err(o) => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(coop: &CoopId) -> Result<O, ()> {
		Ok(O::from(BodyOrigin { body: Body::Coop(*coop), tally: full_tally() }))
	}
}

/// The passed proposal of a co-op that the given account is a member of (for moving that
/// member to a new key).
pub struct EnsureCoopVoteOfMember<T>(PhantomData<T>);

impl<T: Config, O: Into<Result<BodyOrigin, O>> + From<BodyOrigin>>
	EnsureOriginWithArg<O, T::AccountId> for EnsureCoopVoteOfMember<T>
{
	type Success = CoopId;

	fn try_origin(o: O, member: &T::AccountId) -> Result<CoopId, O> {
		let origin = o.into()?;
		match origin.body {
			Body::Coop(coop) if T::Registry::membership(coop, member).is_some() => Ok(coop),
			_ => Err(O::from(origin)),
		}
	}

	/// The registry's benchmarks can't name a co-op of an arbitrary account; the runtime
	/// pairs this origin with Root for them.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &T::AccountId) -> Result<O, ()> {
		Err(())
	}
}

/// The federation's passed proposal with at least `Share` of all co-ops (its whole
/// electorate, not only those who voted) in favour; succeeds with the tally.
pub struct EnsureFederation<Share>(PhantomData<Share>);

impl<Share: Get<Perbill>, O: Into<Result<BodyOrigin, O>> + From<BodyOrigin>> EnsureOrigin<O>
	for EnsureFederation<Share>
{
	type Success = Tally;

	fn try_origin(o: O) -> Result<Tally, O> {
		match o.into() {
			Ok(BodyOrigin { body: Body::Federation, tally })
				if tally.ayes >= Share::get().mul_ceil(tally.electorate) && tally.ayes > 0 =>
			{
				Ok(tally)
			}
			Ok(other) => Err(O::from(other)),
			Err(o) => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(BodyOrigin { body: Body::Federation, tally: full_tally() }))
	}
}

/// A unanimous tally of one, for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
fn full_tally() -> Tally {
	Tally { ayes: 1, nays: 0, abstentions: 0, electorate: 1 }
}
