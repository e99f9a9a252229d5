use super::*;
use crate::{
	transaction_gate::{refusal, CheckMember, CheckNonceWithinRate},
	types::RateLimit,
	Error, Event, TransactionRateLimit,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchClass, DispatchInfo},
	pallet_prelude::TransactionSource,
};
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

/// Any call will do: the gate looks at the signer, not the call.
fn call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn refused(code: u8) -> TransactionValidityError {
	InvalidTransaction::Custom(code).into()
}

/// What the pool would say about a transaction of `n` through [`CheckMember`].
fn member_check(origin: RuntimeOrigin) -> Result<(), TransactionValidityError> {
	CheckMember::<Test>::new()
		.validate_only(origin, &call(), &DispatchInfo::default(), 0, TransactionSource::External, 0)
		.map(|_| ())
}

/// What the pool would say about `n`'s transaction with `nonce`.
fn pool_check(n: u8, nonce: u32) -> Result<(), TransactionValidityError> {
	CheckNonceWithinRate::<Test>::from(nonce)
		.validate_only(
			signed(n),
			&call(),
			&DispatchInfo::default(),
			0,
			TransactionSource::External,
			0,
		)
		.map(|_| ())
}

/// `n`'s transaction with `nonce` included in a block (validated and prepared).
fn include(n: u8, nonce: u32) -> Result<(), TransactionValidityError> {
	CheckNonceWithinRate::<Test>::from(nonce)
		.validate_and_prepare(signed(n), &call(), &DispatchInfo::default(), 0, 0)
		.map(|_| ())
}

#[test]
fn only_active_members_sign_transactions_the_pool_accepts() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(member_check(signed(ALICE)));
		assert_eq!(member_check(signed(FERDIE)), Err(refused(refusal::NOT_MEMBER)));
		assert_eq!(member_check(RuntimeOrigin::none()), Err(refused(refusal::UNSIGNED)));
		// Who left everywhere is an outsider again.
		assert_ok!(Registry::leave(signed(EVE), BUILDERS));
		assert_eq!(member_check(signed(EVE)), Err(refused(refusal::NOT_MEMBER)));
		// A rebound member signs with the new key only.
		assert_ok!(Registry::rebind(RuntimeOrigin::root(), account(BOB), account(FERDIE)));
		assert_ok!(member_check(signed(FERDIE)));
		assert_eq!(member_check(signed(BOB)), Err(refused(refusal::NOT_MEMBER)));
	});
}

#[test]
fn unsigned_extrinsics_pass_only_as_inherents() {
	ExtBuilder::default().build_and_execute(|| {
		let mandatory = DispatchInfo { class: DispatchClass::Mandatory, ..Default::default() };
		let normal = DispatchInfo::default();
		let operational = DispatchInfo { class: DispatchClass::Operational, ..Default::default() };
		assert_ok!(<CheckMember<Test> as TransactionExtension<RuntimeCall>>::bare_validate(
			&call(),
			&mandatory,
			0
		));
		assert_ok!(
			<CheckMember<Test> as TransactionExtension<RuntimeCall>>::bare_validate_and_prepare(
				&call(),
				&mandatory,
				0
			)
		);
		for info in [normal, operational] {
			assert_eq!(
				<CheckMember<Test> as TransactionExtension<RuntimeCall>>::bare_validate(
					&call(),
					&info,
					0
				),
				Err(refused(refusal::UNSIGNED))
			);
			assert_eq!(
				<CheckMember<Test> as TransactionExtension<RuntimeCall>>::bare_validate_and_prepare(
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
fn the_rate_limit_counts_queued_transactions_and_resets_each_window() {
	ExtBuilder::default().build_and_execute(|| {
		// The mock allows 3 transactions per 10 blocks; block 1 is in the window from 0.
		assert_eq!(TransactionRateLimit::<Test>::get(), RateLimit { transactions: 3, blocks: 10 });
		// A burst of four: the fourth waits behind three and is refused at the pool.
		for nonce in 0..3 {
			assert_ok!(pool_check(ALICE, nonce));
		}
		assert_eq!(pool_check(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
		// Three land; the next one is refused, also if an author tries to include it.
		for nonce in 0..3 {
			assert_ok!(include(ALICE, nonce));
		}
		assert_eq!(System::account_nonce(account(ALICE)), 3);
		assert_eq!(pool_check(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
		assert_eq!(include(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
		assert_eq!(System::account_nonce(account(ALICE)), 3, "a refused one changes nothing");
		// Others have their own count.
		assert_ok!(include(BOB, 0));
		// The next window starts fresh.
		System::set_block_number(10);
		assert_ok!(pool_check(ALICE, 3));
		assert_ok!(include(ALICE, 3));
		// A stale nonce is still the nonce check's error.
		assert_eq!(pool_check(ALICE, 0), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn a_window_is_written_by_its_first_transaction_only_and_the_others_get_the_write_back() {
	use crate::RateWindows;
	use frame_support::weights::Weight;
	ExtBuilder::default().build_and_execute(|| {
		let info = DispatchInfo {
			extension_weight: Weight::from_parts(10_u64.pow(9), 0),
			..Default::default()
		};
		let charged = |nonce: u32| {
			CheckNonceWithinRate::<Test>::from(nonce)
				.test_run(signed(ALICE), &call(), &info, 0, 0, |_| Ok(().into()))
				.expect("valid")
				.expect("dispatched")
				.actual_weight
				.expect("set by the extensions")
		};
		// Block 1 is in the window from block 0; Alice's nonce was 0 when it began.
		let first = charged(0);
		assert_eq!(RateWindows::<Test>::get(account(ALICE)), Some((0, 0)));
		let second = charged(1);
		assert_eq!(RateWindows::<Test>::get(account(ALICE)), Some((0, 0)), "not written again");
		let write = <Test as frame_system::Config>::DbWeight::get().writes(1);
		assert_eq!(first.saturating_sub(second), write);
		// The next window is recorded by its first transaction.
		System::set_block_number(10);
		assert_eq!(charged(2), first);
		assert_eq!(RateWindows::<Test>::get(account(ALICE)), Some((10, 2)));
	});
}

#[test]
fn the_federation_sets_the_rate_limit() {
	ExtBuilder::default().build_and_execute(|| {
		let limit = RateLimit { transactions: 1, blocks: 5 };
		assert_noop!(
			Registry::set_rate_limit(signed(ALICE), limit),
			sp_runtime::DispatchError::BadOrigin
		);
		for bad in
			[RateLimit { transactions: 0, blocks: 5 }, RateLimit { transactions: 1, blocks: 0 }]
		{
			assert_noop!(
				Registry::set_rate_limit(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidRateLimit
			);
		}
		assert_ok!(Registry::set_rate_limit(RuntimeOrigin::root(), limit));
		System::assert_last_event(Event::RateLimitSet { limit }.into());
		assert_ok!(include(ALICE, 0));
		assert_eq!(pool_check(ALICE, 1), Err(refused(refusal::RATE_LIMITED)));
	});
}

#[test]
fn a_tip_is_refused_and_no_tip_passes_without_touching_storage() {
	use crate::NoTips;
	use codec::Encode;
	use sp_runtime::StateVersion::V1;
	ExtBuilder::default().build_and_execute(|| {
		let with_tip = |tip| {
			NoTips::from(tip)
				.validate_and_prepare(signed(ALICE), &call(), &DispatchInfo::default(), 0, 0)
				.map(|_| ())
		};
		let before = sp_io::storage::root(V1);
		assert_ok!(with_tip(0));
		assert_eq!(sp_io::storage::root(V1), before);
		assert_eq!(with_tip(1), Err(refused(refusal::TIP)));
		assert_eq!(with_tip(u128::MAX), Err(refused(refusal::TIP)));
		// Encoded as the stock extension is: the tip, compact.
		assert_eq!(NoTips::from(0).encode(), vec![0]);
		assert_eq!(NoTips::from(64).encode(), codec::Compact(64u128).encode());
	});
}
