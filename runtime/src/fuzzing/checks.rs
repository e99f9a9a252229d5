//! What must hold after every block, whatever was signed: each pallet's own `try_state`,
//! and the chain-wide invariants no single pallet owns. Each failure panics with what broke.

use coop_primitives::{Coops, Membership};
use frame_support::{
	dispatch::DispatchClass,
	traits::{fungible::Inspect, PalletsInfoAccess, TryState, TryStateSelect},
};

use crate::{AllPalletsWithSystem, Balance, Balances, Registry, Runtime};

/// Every check, at the block just finalised.
pub fn after_block() {
	let now = frame_system::Pallet::<Runtime>::block_number();
	every_pallets_try_state(now);
	issuance_is_the_approved_pay(now);
	only_members_and_pools_hold_hour(now);
	accounts_with_consumers_have_providers(now);
	block_weight_within_limits(now);
}

/// Each pallet's invariants (`try_state`), as `try-runtime` checks them on a live chain.
fn every_pallets_try_state(now: crate::BlockNumber) {
	if AllPalletsWithSystem::try_state(now, TryStateSelect::All).is_ok() {
		return;
	}
	// Pallet by pallet, so the finding names the pallet whose invariant broke.
	for pallet in AllPalletsWithSystem::infos() {
		let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
		if let Err(error) = AllPalletsWithSystem::try_state(now, only) {
			panic!("block {now}: {}'s try_state fails: {error:?}", pallet.name);
		}
	}
	panic!("block {now}: try_state fails for all pallets together, and for none alone");
}

/// HOUR exists only as pay for approved work: the issuance equals the sum of every
/// account's balance (free and reserved) and Hours' running total of pay minted,
/// `TotalPaid`, which each final approval raises by what it mints. The running total is
/// the record of approved pay here, not a sum over claims: claims may one day be pruned,
/// and Hours' own `try_state` already ties `TotalPaid` to the approved claims it keeps.
fn issuance_is_the_approved_pay(now: crate::BlockNumber) {
	let issuance = Balances::total_issuance();
	let held = frame_system::Account::<Runtime>::iter_values()
		.fold(Balance::default(), |sum, info| {
			sum.saturating_add(info.data.free).saturating_add(info.data.reserved)
		});
	let paid = pallet_hours::TotalPaid::<Runtime>::get();
	assert!(
		issuance == held && held == paid,
		"block {now}: issuance {issuance}, balances {held} and approved pay {paid} differ"
	);
}

/// HOUR moves only between members and co-ops' pools, as the registry says who they are.
fn only_members_and_pools_hold_hour(now: crate::BlockNumber) {
	for who in frame_system::Account::<Runtime>::iter_keys() {
		let balance = Balances::total_balance(&who);
		if balance != 0 && !Registry::is_member(&who) && Registry::pool_owner(&who).is_none() {
			panic!("block {now}: {who} holds {balance} units and is no member and no pool");
		}
	}
}

/// An account something depends on (session keys, holds) is kept alive by a provider:
/// otherwise it could be reaped from under what depends on it.
fn accounts_with_consumers_have_providers(now: crate::BlockNumber) {
	for (who, info) in frame_system::Account::<Runtime>::iter() {
		if info.consumers > 0 && info.providers == 0 {
			panic!("block {now}: {who} has {} consumers and no provider", info.consumers);
		}
	}
}

/// No block weighs more than a block may: in total, and per class where the class has a
/// limit (normal transactions get 75%, operational ones the whole block).
fn block_weight_within_limits(now: crate::BlockNumber) {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let consumed = frame_system::Pallet::<Runtime>::block_weight();
	assert!(
		consumed.total().all_lte(limits.max_block),
		"block {now} weighs {:?}, over the block's {:?}",
		consumed.total(),
		limits.max_block
	);
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		if let Some(max) = limits.get(class).max_total {
			assert!(
				consumed.get(class).all_lte(max),
				"block {now}: {class:?} transactions weigh {:?}, over their {max:?}",
				consumed.get(class)
			);
		}
	}
}
