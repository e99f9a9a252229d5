//! Random sequences of every operation keep every invariant.

use super::*;
use frame_support::traits::Hooks;
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
		1 => (coop, who, amount).prop_map(|(coop, to, amount)| Op::Spend { coop, to, amount }),
		1 => proptest::option::of(0..4 * HOUR).prop_map(|cap| Op::SetCap { cap }),
		1 => (0..150u64).prop_map(|blocks| Op::Wait { blocks }),
	]
}

fn apply(op: &Op) {
	let _ = match op.clone() {
		Op::Log { who, coop, minutes, days_back } => {
			Hours::log_work(signed(PEOPLE[who]), COOPS[coop], minutes, TODAY - days_back, memo())
		}
		Op::Approve { who, claim } => Hours::approve(signed(PEOPLE[who]), ClaimId(claim)),
		Op::Reject { who, claim } => {
			Hours::reject(signed(PEOPLE[who]), ClaimId(claim), b"no".to_vec().try_into().unwrap())
		}
		Op::Transfer { from, to, amount } => {
			Hours::transfer(signed(PEOPLE[from]), PEOPLE[to], amount)
		}
		Op::ToPool { from, coop, amount } => {
			Hours::transfer(signed(PEOPLE[from]), pool(COOPS[coop]), amount)
		}
		Op::Contribute { who, coop, amount } => {
			Hours::contribute(signed(PEOPLE[who]), COOPS[coop], amount)
		}
		Op::Spend { coop, to, amount } => {
			Hours::spend(RuntimeOrigin::root(), COOPS[coop], PEOPLE[to], amount)
		}
		Op::SetCap { cap } => {
			let mut policy = TestPolicy::get();
			policy.balance_cap = cap;
			Hours::set_policy(RuntimeOrigin::root(), policy)
		}
		Op::Wait { blocks } => {
			System::set_block_number(System::block_number() + blocks);
			Hours::on_idle(System::block_number(), frame_support::weights::Weight::MAX);
			Ok(())
		}
	};
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]

	#[test]
	fn every_sequence_keeps_the_invariants(ops in proptest::collection::vec(op(), 1..60)) {
		ExtBuilder::build().execute_with(|| {
			for (step, op) in ops.iter().enumerate() {
				apply(op);
				if let Err(e) = Hours::do_try_state() {
					panic!("invariant broken after step {step} ({op:?}): {e:?}");
				}
			}
		});
	}
}
