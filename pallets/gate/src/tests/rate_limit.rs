use super::*;
use crate::{
	types::{RateLimit, WindowRecord},
	CheckNonceWithinRate, Error, Event, RateWindows, TransactionRateLimit,
};
use frame_support::weights::Weight;

/// A window record.
fn window(start: u64, nonce_then: u32, batched: u32) -> WindowRecord<u64, u32> {
	WindowRecord { start, nonce_then, batched }
}

/// What the pool would say about `who`'s transaction with `nonce`.
fn pool_check(who: u64, nonce: u32) -> Result<(), TransactionValidityError> {
	pool_check_call(who, nonce, &call())
}

/// What the pool would say about `who`'s transaction with `nonce` carrying `call`.
fn pool_check_call(
	who: u64,
	nonce: u32,
	call: &RuntimeCall,
) -> Result<(), TransactionValidityError> {
	CheckNonceWithinRate::<Test>::from(nonce)
		.validate_only(
			signed(who),
			call,
			&DispatchInfo::default(),
			0,
			TransactionSource::External,
			0,
		)
		.map(|_| ())
}

/// `who`'s transaction with `nonce` included in a block (validated and prepared).
fn include(who: u64, nonce: u32) -> Result<(), TransactionValidityError> {
	include_call(who, nonce, &call())
}

/// `who`'s transaction with `nonce` carrying `call`, included in a block.
fn include_call(who: u64, nonce: u32, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	CheckNonceWithinRate::<Test>::from(nonce)
		.validate_and_prepare(signed(who), call, &DispatchInfo::default(), 0, 0)
		.map(|_| ())
}

/// A batch of `calls` calls, as the mock counts them (a remark of that many bytes).
fn batch(calls: usize) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![0; calls] })
}

#[test]
fn a_batch_counts_every_call_it_carries() {
	ExtBuilder.build_and_execute(|| {
		// 3 calls per window. A batch of two uses two of them.
		assert_ok!(include_call(ALICE, 0, &batch(2)));
		assert_eq!(RateWindows::<Test>::get(ALICE), Some(window(0, 0, 1)));
		// One call is left: a batch of two no longer fits, in the pool or in a block.
		assert_eq!(pool_check_call(ALICE, 1, &batch(2)), Err(refused(refusal::RATE_LIMITED)));
		assert_eq!(include_call(ALICE, 1, &batch(2)), Err(refused(refusal::RATE_LIMITED)));
		assert_ok!(include(ALICE, 1));
		assert_eq!(pool_check(ALICE, 2), Err(refused(refusal::RATE_LIMITED)));
		// The next window starts with nothing batched.
		System::set_block_number(10);
		assert_ok!(include_call(ALICE, 2, &batch(3)));
		assert_eq!(RateWindows::<Test>::get(ALICE), Some(window(10, 2, 2)));
		assert_eq!(include(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
	});
}

#[test]
fn a_batch_larger_than_the_limit_is_refused_with_its_own_code() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(pool_check_call(ALICE, 0, &batch(4)), Err(refused(refusal::TOO_MANY_CALLS)));
		assert_eq!(include_call(ALICE, 0, &batch(4)), Err(refused(refusal::TOO_MANY_CALLS)));
		assert_eq!(System::account_nonce(ALICE), 0, "nothing changed");
		assert_eq!(RateWindows::<Test>::get(ALICE), None);
	});
}

#[test]
fn queued_transactions_count_one_each_and_the_block_counts_exactly() {
	ExtBuilder.build_and_execute(|| {
		// Two batches of two pass the pool (each sees one queued before it)...
		assert_ok!(pool_check_call(ALICE, 0, &batch(2)));
		assert_ok!(pool_check_call(ALICE, 1, &batch(2)));
		// ...but in a block only the first fits: the limit holds where it is exact.
		assert_ok!(include_call(ALICE, 0, &batch(2)));
		assert_eq!(include_call(ALICE, 1, &batch(2)), Err(refused(refusal::RATE_LIMITED)));
	});
}

#[test]
fn the_rate_limit_counts_queued_transactions_and_resets_each_window() {
	ExtBuilder.build_and_execute(|| {
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
		assert_eq!(System::account_nonce(ALICE), 3);
		assert_eq!(pool_check(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
		assert_eq!(include(ALICE, 3), Err(refused(refusal::RATE_LIMITED)));
		assert_eq!(System::account_nonce(ALICE), 3, "a refused one changes nothing");
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
	ExtBuilder.build_and_execute(|| {
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
		assert_eq!(RateWindows::<Test>::get(ALICE), Some(window(0, 0, 0)));
		let second = charged(1);
		assert_eq!(RateWindows::<Test>::get(ALICE), Some(window(0, 0, 0)), "not written again");
		let write = <Test as frame_system::Config>::DbWeight::get().writes(1);
		assert_eq!(first.saturating_sub(second), write);
		// The next window is recorded by its first transaction.
		System::set_block_number(10);
		assert_eq!(charged(2), first);
		assert_eq!(RateWindows::<Test>::get(ALICE), Some(window(10, 2, 0)));
	});
}

#[test]
fn the_federation_sets_the_rate_limit() {
	ExtBuilder.build_and_execute(|| {
		let limit = RateLimit { transactions: 1, blocks: 5 };
		assert_noop!(
			Gate::set_rate_limit(signed(ALICE), limit),
			sp_runtime::DispatchError::BadOrigin
		);
		for bad in
			[RateLimit { transactions: 0, blocks: 5 }, RateLimit { transactions: 1, blocks: 0 }]
		{
			assert_noop!(
				Gate::set_rate_limit(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidRateLimit
			);
		}
		assert_ok!(Gate::set_rate_limit(RuntimeOrigin::root(), limit));
		System::assert_last_event(Event::RateLimitSet { limit }.into());
		assert_ok!(include(ALICE, 0));
		assert_eq!(pool_check(ALICE, 1), Err(refused(refusal::RATE_LIMITED)));
	});
}
