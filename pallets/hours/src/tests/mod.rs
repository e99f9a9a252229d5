//! Unit tests, one file per feature. Every test runs in
//! [`ExtBuilder::build_and_execute`](crate::mock::ExtBuilder::build_and_execute), which
//! checks the pallet's invariants afterwards.

mod decide;
mod expiry;
mod log_work;
mod payments;
mod policy;
mod property;
mod retention;

use crate::{mock::*, Claims};
use coop_primitives::{ClaimId, CoopId};
use frame_support::{assert_ok, traits::fungible::Inspect};
use sp_core::H256;

/// A memo: the hash of a description kept off-chain.
pub fn memo() -> H256 {
	H256::repeat_byte(7)
}

/// Signed by `who`.
pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// `who` logs `minutes` for `coop` today; returns the claim id.
pub fn log(who: u64, coop: CoopId, minutes: u32) -> ClaimId {
	let id = crate::NextClaimId::<Test>::get();
	assert_ok!(Hours::log_work(signed(who), coop, minutes, TODAY, memo()));
	id
}

/// `who` logs `minutes` for `coop` today and an approver of it approves: `who` is paid.
pub fn paid_work(who: u64, coop: CoopId, minutes: u32) -> ClaimId {
	let id = log(who, coop, minutes);
	let approver = if coop == BAKERS { BOB } else { EVE };
	assert_ok!(Hours::approve(signed(approver), id));
	id
}

/// The person (identity) behind a member account that was not rebound.
pub fn person(who: u64) -> H256 {
	coop_primitives::testing::TestRegistry::default_identity(who)
}

/// HOUR held by `who`.
pub fn balance(who: u64) -> u64 {
	Balances::balance(&who)
}

/// Where claim `id` stands.
pub fn status(id: ClaimId) -> crate::types::ClaimStatus<u64, u64> {
	Claims::<Test>::get(id).unwrap().status
}
