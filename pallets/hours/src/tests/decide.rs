//! `approve` and `reject`: who may decide, how many approvals, and the pay.

use super::*;
use crate::{types::ClaimStatus, Error, Event, PendingClaims, TotalPaid};
use coop_primitives::{testing::TestRegistry, CoopStatus, Role};
use frame_support::{assert_noop, BoundedVec};

fn reason(text: &str) -> BoundedVec<u8, frame_support::traits::ConstU32<32>> {
	text.as_bytes().to_vec().try_into().unwrap()
}

/// A new key, of nobody until a rebind moves a person to it.
const NEW_KEY: u64 = 20;

/// The Bakers require two approvals of each claim.
fn two_approvals() {
	assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BAKERS, HOUR, 2));
}

/// Who approved claim `id` so far, as stored.
fn approvers(id: ClaimId) -> Vec<u64> {
	Claims::<Test>::get(id).unwrap().approvals.into_inner()
}

#[test]
fn an_approval_pays_the_claimant_exactly() {
	ExtBuilder::build_and_execute(|| {
		let claim = log(CHARLIE, BAKERS, 90);
		assert_ok!(Hours::approve(signed(BOB), claim));
		System::assert_last_event(
			Event::WorkPaid { claim, to: CHARLIE, amount: 1_500_000, to_pool: 0 }.into(),
		);
		assert_eq!(balance(CHARLIE), 1_500_000);
		assert_eq!(status(claim), ClaimStatus::Approved { paid: 1_500_000, at: 1 });
		assert!(!PendingClaims::<Test>::contains_key(BAKERS, claim));
		assert_eq!(TotalPaid::<Test>::get(), 1_500_000);
		assert_eq!(Balances::total_issuance(), 1_500_000);
	});
}

#[test]
fn pay_rounds_down() {
	ExtBuilder::build_and_execute(|| {
		let claim = log(CHARLIE, BAKERS, 1);
		assert_ok!(Hours::approve(signed(ALICE), claim));
		assert_eq!(balance(CHARLIE), 16_666);
	});
}

#[test]
fn only_approvers_of_that_coop_decide_and_never_their_own_claim() {
	ExtBuilder::build_and_execute(|| {
		let claim = log(CHARLIE, BAKERS, 60);
		assert_noop!(Hours::approve(signed(CHARLIE), claim), Error::<Test>::NotApprover);
		assert_noop!(Hours::approve(signed(EVE), claim), Error::<Test>::NotApprover);
		assert_noop!(Hours::approve(signed(OUTSIDER), claim), Error::<Test>::NotApprover);
		assert_noop!(Hours::reject(signed(EVE), claim, reason("no")), Error::<Test>::NotApprover);
		let own = log(BOB, BAKERS, 60);
		assert_noop!(Hours::approve(signed(BOB), own), Error::<Test>::SelfApproval);
		assert_noop!(Hours::reject(signed(BOB), own, reason("no")), Error::<Test>::SelfApproval);
		assert_noop!(Hours::approve(signed(BOB), ClaimId(77)), Error::<Test>::UnknownClaim);
		assert_noop!(
			Hours::reject(signed(BOB), ClaimId(77), reason("no")),
			Error::<Test>::UnknownClaim
		);
	});
}

#[test]
fn a_decided_claim_stays_decided() {
	ExtBuilder::build_and_execute(|| {
		let paid = paid_work(CHARLIE, BAKERS, 60);
		assert_noop!(Hours::approve(signed(DAVE), paid), Error::<Test>::ClaimNotPending);
		assert_noop!(
			Hours::reject(signed(DAVE), paid, reason("late")),
			Error::<Test>::ClaimNotPending
		);
		let rejected = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::reject(signed(BOB), rejected, reason("not ours")));
		System::assert_last_event(
			Event::ClaimRejected { claim: rejected, by: BOB, reason: reason("not ours") }.into(),
		);
		assert_eq!(status(rejected), ClaimStatus::Rejected { at: 1 });
		assert_noop!(Hours::approve(signed(DAVE), rejected), Error::<Test>::ClaimNotPending);
		assert_eq!(balance(CHARLIE), HOUR);
	});
}

#[test]
fn a_coop_may_require_several_distinct_approvals() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BAKERS, HOUR, 2));
		let claim = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::approve(signed(BOB), claim));
		System::assert_last_event(Event::ClaimApproved { claim, by: BOB, approvals: 1 }.into());
		assert_eq!(balance(CHARLIE), 0);
		// The same approver twice counts once.
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::AlreadyApproved);
		assert_ok!(Hours::approve(signed(DAVE), claim));
		assert_eq!(balance(CHARLIE), HOUR);
	});
}

#[test]
fn a_suspended_coop_approves_nothing_and_a_departed_claimant_is_not_paid() {
	ExtBuilder::build_and_execute(|| {
		let claim = log(CHARLIE, BAKERS, 60);
		TestRegistry::set_status(BAKERS, CoopStatus::Suspended);
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::CoopNotActive);
		TestRegistry::set_status(BAKERS, CoopStatus::Active);
		TestRegistry::remove_member(BAKERS, CHARLIE);
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::ClaimantNotMember);
		// It can still be rejected, which frees its minutes.
		assert_ok!(Hours::reject(signed(BOB), claim, reason("left")));
		TestRegistry::add_member(BAKERS, CHARLIE, Role::Member, 0);
	});
}

#[test]
fn pay_over_the_cap_goes_to_the_pool() {
	ExtBuilder::build_and_execute(|| {
		let mut policy = TestPolicy::get();
		policy.balance_cap = Some(2 * HOUR);
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		paid_work(CHARLIE, BAKERS, 90);
		let claim = log(CHARLIE, BAKERS, 90);
		assert_ok!(Hours::approve(signed(BOB), claim));
		System::assert_last_event(
			Event::WorkPaid { claim, to: CHARLIE, amount: HOUR / 2, to_pool: HOUR }.into(),
		);
		assert_eq!(balance(CHARLIE), 2 * HOUR);
		assert_eq!(balance(pool(BAKERS)), HOUR);
		assert_eq!(TotalPaid::<Test>::get(), 3 * HOUR);
	});
}

#[test]
fn the_rate_is_fixed_when_the_claim_is_logged() {
	ExtBuilder::build_and_execute(|| {
		let claim = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BAKERS, 2 * HOUR, 1));
		assert_ok!(Hours::approve(signed(BOB), claim));
		assert_eq!(balance(CHARLIE), HOUR);
		paid_work(CHARLIE, BAKERS, 60);
		assert_eq!(balance(CHARLIE), 3 * HOUR);
	});
}

#[test]
fn pay_that_would_overflow_is_refused() {
	ExtBuilder::build_and_execute(|| {
		// Only a ceiling far above any real one leaves room for this.
		RateCeiling::set(u64::MAX);
		let mut policy = TestPolicy::get();
		(policy.min_rate, policy.rate, policy.max_rate) =
			(u64::MAX / 2, u64::MAX / 2, u64::MAX / 2);
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		let claim = log(CHARLIE, BAKERS, 120);
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::PayOverflow);
	});
}

#[test]
fn no_claim_is_paid_above_the_ceiling_even_one_logged_before_it_was_lowered() {
	ExtBuilder::build_and_execute(|| {
		let mut policy = TestPolicy::get();
		policy.max_rate = CEILING;
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), policy));
		assert_ok!(Hours::set_coop_terms(RuntimeOrigin::root(), BAKERS, CEILING, 1));
		let claim = log(CHARLIE, BAKERS, 60);
		// A runtime upgrade halves the ceiling and brings the policy within it.
		RateCeiling::set(CEILING / 2);
		assert_ok!(Hours::set_policy(RuntimeOrigin::root(), TestPolicy::get()));
		assert_ok!(Hours::approve(signed(BOB), claim));
		System::assert_last_event(
			Event::WorkPaid { claim, to: CHARLIE, amount: CEILING / 2, to_pool: 0 }.into(),
		);
		assert_eq!(status(claim), ClaimStatus::Approved { paid: CEILING / 2, at: 1 });
		assert_eq!(TotalPaid::<Test>::get(), CEILING / 2);
	});
}

#[test]
fn a_demoted_approvers_approval_lapses_and_the_claim_needs_a_fresh_one() {
	ExtBuilder::build_and_execute(|| {
		two_approvals();
		let claim = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::approve(signed(BOB), claim));
		TestRegistry::add_member(BAKERS, BOB, Role::Member, 0);
		assert_ok!(Hours::approve(signed(DAVE), claim));
		System::assert_has_event(Event::ApprovalLapsed { claim, by: BOB }.into());
		System::assert_last_event(Event::ClaimApproved { claim, by: DAVE, approvals: 1 }.into());
		assert_eq!(status(claim), ClaimStatus::Pending);
		assert_eq!(approvers(claim), vec![DAVE]);
		assert_eq!((balance(CHARLIE), TotalPaid::<Test>::get()), (0, 0));
		// A plain member approves nothing, not even again.
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::NotApprover);
		assert_ok!(Hours::approve(signed(ALICE), claim));
		System::assert_last_event(
			Event::WorkPaid { claim, to: CHARLIE, amount: HOUR, to_pool: 0 }.into(),
		);
		assert_eq!(balance(CHARLIE), HOUR);
	});
}

#[test]
fn a_removed_approvers_approval_lapses() {
	ExtBuilder::build_and_execute(|| {
		two_approvals();
		let claim = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::approve(signed(BOB), claim));
		TestRegistry::remove_member(BAKERS, BOB);
		assert_ok!(Hours::approve(signed(DAVE), claim));
		System::assert_has_event(Event::ApprovalLapsed { claim, by: BOB }.into());
		System::assert_last_event(Event::ClaimApproved { claim, by: DAVE, approvals: 1 }.into());
		assert_eq!((status(claim), approvers(claim)), (ClaimStatus::Pending, vec![DAVE]));
		assert_eq!(balance(CHARLIE), 0);
		assert_ok!(Hours::approve(signed(ALICE), claim));
		assert_eq!(balance(CHARLIE), HOUR);
	});
}

#[test]
fn an_approver_moved_to_a_new_key_approves_once_as_one_person() {
	ExtBuilder::build_and_execute(|| {
		two_approvals();
		let claim = log(CHARLIE, BAKERS, 60);
		assert_ok!(Hours::approve(signed(BOB), claim));
		TestRegistry::rebind(BOB, NEW_KEY, 1);
		// The old key holds no role now: its approval lapses, and the new key's replaces it.
		assert_ok!(Hours::approve(signed(NEW_KEY), claim));
		System::assert_has_event(Event::ApprovalLapsed { claim, by: BOB }.into());
		System::assert_last_event(Event::ClaimApproved { claim, by: NEW_KEY, approvals: 1 }.into());
		assert_eq!((status(claim), approvers(claim)), (ClaimStatus::Pending, vec![NEW_KEY]));
		assert_eq!(balance(CHARLIE), 0);
		assert_noop!(Hours::approve(signed(NEW_KEY), claim), Error::<Test>::AlreadyApproved);
		assert_noop!(Hours::approve(signed(BOB), claim), Error::<Test>::NotApprover);
		// Another person's approval is the second.
		assert_ok!(Hours::approve(signed(DAVE), claim));
		assert_eq!(balance(CHARLIE), HOUR);
	});
}

#[test]
fn nobody_decides_their_own_claim_under_a_new_key() {
	ExtBuilder::build_and_execute(|| {
		let own = log(BOB, BAKERS, 60);
		TestRegistry::rebind(BOB, NEW_KEY, 1);
		assert_noop!(Hours::approve(signed(NEW_KEY), own), Error::<Test>::SelfApproval);
		assert_noop!(
			Hours::reject(signed(NEW_KEY), own, reason("mine")),
			Error::<Test>::SelfApproval
		);
		assert_eq!(status(own), ClaimStatus::Pending);
		// Someone else may still reject it, which frees the person's minutes.
		assert_ok!(Hours::reject(signed(DAVE), own, reason("moved")));
	});
}
