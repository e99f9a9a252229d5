use super::*;
use crate::{CheckMember, RateWindows, WindowRecord};
use coop_primitives::{testing::TestRegistry, MemberGone, Role};

/// What the pool would say about `call` from `origin` through [`CheckMember`].
fn validity(
	origin: RuntimeOrigin,
	call: &RuntimeCall,
) -> Result<ValidTransaction, TransactionValidityError> {
	CheckMember::<Test>::new()
		.validate_only(origin, call, &DispatchInfo::default(), 0, TransactionSource::External, 0)
		.map(|(validity, ..)| validity)
}

/// Whether the pool would take the usual call from `origin` through [`CheckMember`].
fn member_check(origin: RuntimeOrigin) -> Result<(), TransactionValidityError> {
	validity(origin, &call()).map(|_| ())
}

#[test]
fn only_active_members_sign_transactions_the_pool_accepts() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(member_check(signed(ALICE)));
		assert_eq!(member_check(signed(FERDIE)), Err(refused(refusal::NOT_MEMBER)));
		assert_eq!(member_check(RuntimeOrigin::none()), Err(refused(refusal::UNSIGNED)));
		// Who left everywhere is an outsider again.
		TestRegistry::remove_member(BAKERS, EVE);
		assert_eq!(member_check(signed(EVE)), Err(refused(refusal::NOT_MEMBER)));
		// A member moved to a new key signs with the new key only.
		TestRegistry::remove_member(BAKERS, BOB);
		TestRegistry::add_member(BAKERS, FERDIE, Role::Approver, 1);
		assert_ok!(member_check(signed(FERDIE)));
		assert_eq!(member_check(signed(BOB)), Err(refused(refusal::NOT_MEMBER)));
	});
}

#[test]
fn a_non_member_signs_only_the_calls_the_runtime_opens_to_them() {
	ExtBuilder.build_and_execute(|| {
		let hello = RuntimeCall::System(frame_system::Call::remark { remark: b"hello".to_vec() });
		let check = |who: u64, call: &RuntimeCall| validity(signed(who), call).map(|_| ());
		assert_ok!(check(FERDIE, &hello));
		assert_eq!(check(FERDIE, &call()), Err(refused(refusal::NOT_MEMBER)));
		assert_eq!(check(7, &hello), Err(refused(refusal::NOT_MEMBER)), "only whom it names");
	});
}

#[test]
fn the_runtimes_call_checks_refuse_a_call_or_put_it_first_for_any_signer() {
	ExtBuilder.build_and_execute(|| {
		let remark =
			|text: &[u8]| RuntimeCall::System(frame_system::Call::remark { remark: text.to_vec() });
		let check = |who: u64, call: &RuntimeCall| validity(signed(who), call);
		let urgent = check(ALICE, &remark(b"urgent")).expect("a member's urgent remark");
		assert_eq!(urgent.priority, URGENT_PRIORITY);
		assert_eq!(urgent.provides, vec![b"urgent".to_vec()]);
		assert_eq!(check(ALICE, &remark(b"refused")), Err(refused(REFUSED_REMARK)));
		// Everything else has the default validity, and the checks come after membership.
		assert_eq!(check(ALICE, &call()), Ok(Default::default()));
		assert_eq!(check(FERDIE, &remark(b"urgent")), Err(refused(refusal::NOT_MEMBER)));
	});
}

#[test]
fn unsigned_extrinsics_pass_only_as_inherents() {
	ExtBuilder.build_and_execute(|| {
		let mandatory = DispatchInfo { class: DispatchClass::Mandatory, ..Default::default() };
		let normal = DispatchInfo::default();
		let operational = DispatchInfo { class: DispatchClass::Operational, ..Default::default() };
		type Ext = CheckMember<Test>;
		assert_ok!(<Ext as TransactionExtension<RuntimeCall>>::bare_validate(
			&call(),
			&mandatory,
			0
		));
		assert_ok!(<Ext as TransactionExtension<RuntimeCall>>::bare_validate_and_prepare(
			&call(),
			&mandatory,
			0
		));
		for info in [normal, operational] {
			assert_eq!(
				<Ext as TransactionExtension<RuntimeCall>>::bare_validate(&call(), &info, 0),
				Err(refused(refusal::UNSIGNED))
			);
			assert_eq!(
				<Ext as TransactionExtension<RuntimeCall>>::bare_validate_and_prepare(
					&call(),
					&info,
					0
				),
				Err(refused(refusal::UNSIGNED))
			);
		}
	});
}

#[test]
fn a_member_gone_everywhere_loses_their_rate_window() {
	ExtBuilder.build_and_execute(|| {
		RateWindows::<Test>::insert(EVE, WindowRecord { start: 0, nonce_then: 0, batched: 0 });
		RateWindows::<Test>::insert(ALICE, WindowRecord { start: 0, nonce_then: 0, batched: 0 });
		TestRegistry::remove_member(BAKERS, EVE);
		crate::Pallet::<Test>::member_gone(&EVE);
		assert_eq!(RateWindows::<Test>::get(EVE), None);
		assert!(RateWindows::<Test>::get(ALICE).is_some(), "others keep theirs");
	});
}
