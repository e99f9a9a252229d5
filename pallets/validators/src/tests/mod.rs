//! Unit tests. Every test runs in [`crate::mock::build_and_execute`], which checks the
//! pallet's invariants afterwards.

use crate::{mock::*, Error, Event, LastAuthored, Planned, Validator};
use coop_primitives::{testing::TestRegistry, CoopStatus};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn listed() -> Vec<u64> {
	crate::Validators::<Test>::get().into_iter().map(|v| v.account).collect()
}

#[test]
fn the_federation_adds_a_member_with_keys_and_the_next_session_takes_it() {
	build_and_execute(|| {
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::signed(1), 6, MILL),
			DispatchError::BadOrigin
		);
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 6, MILL));
		System::assert_last_event(Event::ValidatorAdded { account: 6, coop: MILL }.into());
		assert_eq!(listed(), vec![1, 2, 3, 4, 6]);
		// The running set changes only at the session boundary.
		assert_eq!(Planned::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3, 4, 6]));
		System::assert_last_event(Event::SetPlanned { validators: vec![1, 2, 3, 4, 6] }.into());
		// Nothing changed since: the next session keeps the set.
		assert_eq!(Validators::plan_session(), None);
	});
}

#[test]
fn a_validator_must_be_a_keyed_member_of_an_active_coop_and_listed_once() {
	build_and_execute(|| {
		let add = |who, coop| Validators::add_validator(RuntimeOrigin::root(), who, coop);
		assert_noop!(add(6, FARM), Error::<Test>::NotMemberOfCoop);
		assert_noop!(add(5, MILL), Error::<Test>::NoSessionKeys);
		assert_noop!(add(1, FARM), Error::<Test>::AlreadyValidator);
		assert_noop!(add(6, coop_primitives::CoopId(9)), Error::<Test>::UnknownCoop);
		TestRegistry::set_status(MILL, CoopStatus::Suspended);
		assert_noop!(add(6, MILL), Error::<Test>::CoopNotActive);
	});
}

#[test]
fn the_set_is_bounded() {
	build_and_execute(|| {
		for who in 10..12 {
			TestRegistry::add_member(MILL, who, coop_primitives::Role::Member, 0);
			SessionKeys::register(who);
			assert_ok!(Validators::add_validator(RuntimeOrigin::root(), who, MILL));
		}
		TestRegistry::add_member(MILL, 12, coop_primitives::Role::Member, 0);
		SessionKeys::register(12);
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::root(), 12, MILL),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn a_removal_that_would_stall_finality_is_refused() {
	build_and_execute(|| {
		let remove = |who| Validators::remove_validator(RuntimeOrigin::root(), who);
		// Nobody authored yet: no removal leaves enough live validators.
		assert_noop!(remove(4), Error::<Test>::WouldStallFinality);
		// All four live: removing one leaves three of three live (three needed).
		all_author();
		assert_ok!(remove(4));
		System::assert_last_event(Event::ValidatorRemoved { account: 4 }.into());
		assert!(LastAuthored::<Test>::get(4).is_none());
		// Validator 3 falls silent: two of the remaining two would be live, two needed.
		System::set_block_number(1 + LIVENESS + 1);
		for who in [1, 2] {
			Validators::note_author(who);
		}
		assert_ok!(remove(3));
		// Of 1 and 2, 2 falls silent: removing 1 would leave one silent validator.
		System::set_block_number(30);
		Validators::note_author(1);
		assert_noop!(remove(1), Error::<Test>::WouldStallFinality);
		assert_ok!(remove(2));
		assert_noop!(remove(1), Error::<Test>::LastValidator);
		assert_noop!(remove(9), Error::<Test>::NotValidator);
		assert_eq!(listed(), vec![1]);
	});
}

#[test]
fn a_suspended_coops_validators_sit_out_sessions_until_it_resumes() {
	build_and_execute(|| {
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 6, MILL));
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3, 4, 6]));
		TestRegistry::set_status(MILL, CoopStatus::Suspended);
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3, 4]));
		TestRegistry::set_status(MILL, CoopStatus::Active);
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3, 4, 6]));
	});
}

#[test]
fn a_session_never_starts_with_an_empty_set() {
	build_and_execute(|| {
		TestRegistry::set_status(FARM, CoopStatus::Suspended);
		assert_eq!(Validators::plan_session(), None, "the running set stays");
		assert_eq!(Planned::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn only_validators_authorship_is_recorded() {
	build_and_execute(|| {
		Validators::note_author(2);
		Validators::note_author(6);
		assert_eq!(Validators::last_authored(&2), Some(1));
		assert_eq!(Validators::last_authored(&6), None);
		assert!(Validators::is_live(&2));
		System::set_block_number(1 + LIVENESS + 1);
		assert!(!Validators::is_live(&2));
	});
}

#[test]
fn genesis_lists_and_plans_its_validators() {
	build_and_execute(|| {
		assert_eq!(listed(), vec![1, 2, 3, 4]);
		assert_eq!(Planned::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		let first = crate::Validators::<Test>::get();
		assert_eq!(first.first(), Some(&Validator { account: 1, coop: FARM }));
	});
}

#[test]
fn the_invariants_catch_an_empty_set() {
	new_test_ext().execute_with(|| {
		crate::Validators::<Test>::kill();
		assert!(Validators::do_try_state().is_err());
	});
}

#[test]
fn a_validator_that_leaves_its_coop_leaves_the_list_and_the_next_session() {
	build_and_execute(|| {
		all_author();
		TestRegistry::remove_member(FARM, 4);
		<Validators as coop_primitives::MembershipEnded<u64>>::membership_ended(FARM, &4);
		System::assert_last_event(Event::ValidatorLeftCoop { account: 4, coop: FARM }.into());
		assert_eq!(listed(), vec![1, 2, 3]);
		assert!(LastAuthored::<Test>::get(4).is_none());
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3]));
		// A membership of another co-op, or of someone who validates nothing, changes nothing.
		<Validators as coop_primitives::MembershipEnded<u64>>::membership_ended(MILL, &1);
		<Validators as coop_primitives::MembershipEnded<u64>>::membership_ended(FARM, &6);
		assert_eq!(listed(), vec![1, 2, 3]);
	});
}

#[test]
fn a_member_who_left_without_the_list_being_told_is_left_out_of_the_next_session() {
	build_and_execute(|| {
		TestRegistry::remove_member(FARM, 4);
		assert_eq!(Validators::plan_session(), Some(vec![1, 2, 3]));
		// The list is told afterwards (the invariants require it).
		Validators::membership_ended(FARM, &4);
	});
}

#[test]
fn the_last_validator_stays_listed_when_it_leaves_its_coop() {
	build_and_execute(|| {
		all_author();
		for who in [4, 3, 2] {
			assert_ok!(Validators::remove_validator(RuntimeOrigin::root(), who));
		}
		TestRegistry::remove_member(FARM, 1);
		Validators::membership_ended(FARM, &1);
		assert_eq!(listed(), vec![1]);
		assert_eq!(Validators::plan_session(), None, "the running set stays");
	});
}

#[test]
fn a_suspension_that_would_stall_finality_is_refused() {
	build_and_execute(|| {
		// The mill runs two of six validators; the farm's four are live only if they author.
		for who in [5, 7] {
			TestRegistry::add_member(MILL, who, coop_primitives::Role::Member, 0);
			SessionKeys::register(who);
			assert_ok!(Validators::add_validator(RuntimeOrigin::root(), who, MILL));
		}
		assert_noop!(Validators::can_suspend(MILL), Error::<Test>::WouldStallFinality);
		all_author();
		assert_ok!(Validators::can_suspend(MILL));
		// Without the farm, the mill's two (live) would be all: two of two, enough.
		assert_ok!(Validators::can_suspend(FARM));
		// One farm validator falls silent: three of four live, three needed, still fine; two
		// silent is too few.
		System::set_block_number(1 + LIVENESS + 1);
		for who in [1, 2, 3, 5, 7] {
			Validators::note_author(who);
		}
		assert_ok!(Validators::can_suspend(MILL));
		System::set_block_number(3 + 2 * LIVENESS);
		for who in [1, 2, 5, 7] {
			Validators::note_author(who);
		}
		assert_noop!(Validators::can_suspend(MILL), Error::<Test>::WouldStallFinality);
		// Suspending the only co-op with validators would leave none.
		TestRegistry::set_status(MILL, CoopStatus::Suspended);
		assert_noop!(Validators::can_suspend(FARM), Error::<Test>::WouldStallFinality);
		TestRegistry::set_status(MILL, CoopStatus::Active);
	});
}

#[test]
fn the_invariants_catch_a_validator_that_is_no_member() {
	new_test_ext().execute_with(|| {
		TestRegistry::remove_member(FARM, 4);
		assert!(Validators::do_try_state().is_err());
	});
}
