//! Random sequences of every operation keep every invariant, also while members change
//! roles and move to new keys between them.

use super::*;
use coop_primitives::{testing::TestRegistry, Role};
use frame_support::traits::{fungible::Mutate, tokens::Preservation, Hooks};
use proptest::prelude::*;

const PEOPLE: [u64; 7] = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE, OUTSIDER];
const COOPS: [CoopId; 3] = [BAKERS, BUILDERS, CoopId(9)];

#[derive(Clone, Debug)]
enum Op {
	Log { who: usize, coop: usize, minutes: u32, days_back: u32 },
	Approve { who: usize, claim: u64 },
	Reject { who: usize, claim: u64 },
	Transfer { from: usize, to: usize, amount: u64 },
	ToPool { from: usize, coop: usize, amount: u64 },
	Contribute { who: usize, coop: usize, amount: u64 },
	Spend { coop: usize, to: usize, amount: u64 },
	SetCap { cap: Option<u64> },
	Wait { blocks: u64 },
	NextDays { days: u64 },
	SetClaimAge { days: u32 },
	SetRetention { blocks: u64 },
	Rebind { who: usize },
	SetRole { who: usize, coop: usize, role: usize },
}

const ROLES: [Role; 3] = [Role::Member, Role::Approver, Role::Admin];

/// The key each of [`PEOPLE`] signs with now, and the next fresh key.
struct Keys {
	of: [u64; PEOPLE.len()],
	next: u64,
}

fn op() -> impl Strategy<Value = Op> {
	let who = 0..PEOPLE.len();
	let coop = 0..COOPS.len();
	let amount = 0..3 * HOUR;
	prop_oneof![
		3 => (who.clone(), coop.clone(), 0..800u32, 0..40u32)
			.prop_map(|(who, coop, minutes, days_back)| Op::Log { who, coop, minutes, days_back }),
		3 => (who.clone(), 0..20u64).prop_map(|(who, claim)| Op::Approve { who, claim }),
		1 => (who.clone(), 0..20u64).prop_map(|(who, claim)| Op::Reject { who, claim }),
		2 => (who.clone(), who.clone(), amount.clone())
			.prop_map(|(from, to, amount)| Op::Transfer { from, to, amount }),
		1 => (who.clone(), coop.clone(), amount.clone())
			.prop_map(|(from, coop, amount)| Op::ToPool { from, coop, amount }),
		1 => (who.clone(), coop.clone(), amount.clone())
			.prop_map(|(who, coop, amount)| Op::Contribute { who, coop, amount }),
		1 => (coop.clone(), who.clone(), amount)
			.prop_map(|(coop, to, amount)| Op::Spend { coop, to, amount }),
		1 => proptest::option::of(0..4 * HOUR).prop_map(|cap| Op::SetCap { cap }),
		1 => (0..150u64).prop_map(|blocks| Op::Wait { blocks }),
		1 => (1..40u64).prop_map(|days| Op::NextDays { days }),
		1 => (0..45u32).prop_map(|days| Op::SetClaimAge { days }),
		1 => (1..400u64).prop_map(|blocks| Op::SetRetention { blocks }),
		1 => who.clone().prop_map(|who| Op::Rebind { who }),
		1 => (who, coop, 0..ROLES.len())
			.prop_map(|(who, coop, role)| Op::SetRole { who, coop, role }),
	]
}

fn apply(op: &Op, keys: &mut Keys) {
	let key = |who: usize| keys.of[who];
	let _ = match op.clone() {
		Op::Log { who, coop, minutes, days_back } => {
			let today = crate::rules::day_of(NowSecs::get());
			Hours::log_work(signed(key(who)), COOPS[coop], minutes, today - days_back, memo())
		}
		Op::Approve { who, claim } => Hours::approve(signed(key(who)), ClaimId(claim)),
		Op::Reject { who, claim } => {
			Hours::reject(signed(key(who)), ClaimId(claim), b"no".to_vec().try_into().unwrap())
		}
		Op::Transfer { from, to, amount } => Hours::transfer(signed(key(from)), key(to), amount),
		Op::ToPool { from, coop, amount } => {
			Hours::transfer(signed(key(from)), pool(COOPS[coop]), amount)
		}
		Op::Contribute { who, coop, amount } => {
			Hours::contribute(signed(key(who)), COOPS[coop], amount)
		}
		Op::Spend { coop, to, amount } => {
			Hours::spend(RuntimeOrigin::root(), COOPS[coop], key(to), amount)
		}
		Op::SetCap { cap } => {
			let mut policy = crate::Policy::<Test>::get();
			policy.balance_cap = cap;
			Hours::set_policy(RuntimeOrigin::root(), policy)
		}
		// Days pass: counters of days no longer claimable and claims past their retention
		// are pruned.
		Op::NextDays { days } => {
			NowSecs::set(NowSecs::get() + days * crate::rules::SECONDS_PER_DAY);
			System::set_block_number(System::block_number() + 10 * days);
			Hours::on_idle(System::block_number(), frame_support::weights::Weight::MAX);
			Ok(())
		}
		// The federation narrows or widens the window for claims.
		Op::SetClaimAge { days } => {
			let mut policy = crate::Policy::<Test>::get();
			policy.max_claim_age_days = days;
			Hours::set_policy(RuntimeOrigin::root(), policy)
		}
		Op::SetRetention { blocks } => {
			let mut policy = crate::Policy::<Test>::get();
			policy.claim_retention = blocks;
			Hours::set_policy(RuntimeOrigin::root(), policy)
		}
		Op::Wait { blocks } => {
			System::set_block_number(System::block_number() + blocks);
			Hours::on_idle(System::block_number(), frame_support::weights::Weight::MAX);
			Ok(())
		}
		// The person moves to a new key, taking their memberships and HOUR with them.
		Op::Rebind { who } => {
			let (old, new) = (key(who), keys.next);
			keys.next += 1;
			keys.of[who] = new;
			TestRegistry::rebind(old, new, System::block_number());
			match balance(old) {
				0 => Ok(()),
				all => {
					<Balances as Mutate<u64>>::transfer(&old, &new, all, Preservation::Expendable)
						.map(|_| ())
				}
			}
		}
		// The person's role in a co-op changes (admitting them, if they were not a member);
		// the outsider stays one.
		Op::SetRole { who, coop, role } => {
			if COOPS[coop] != CoopId(9) && who != PEOPLE.len() - 1 {
				TestRegistry::add_member(COOPS[coop], key(who), ROLES[role], 0);
			}
			Ok(())
		}
	};
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]

	#[test]
	fn every_sequence_keeps_the_invariants(ops in proptest::collection::vec(op(), 1..60)) {
		ExtBuilder::build().execute_with(|| {
			let mut keys = Keys { of: PEOPLE, next: 200 };
			for (step, op) in ops.iter().enumerate() {
				apply(op, &mut keys);
				if let Err(e) = Hours::do_try_state() {
					panic!("invariant broken after step {step} ({op:?}): {e:?}");
				}
			}
		});
	}
}
