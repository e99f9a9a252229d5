use super::*;
use crate::CheckMortalEra;
use sp_runtime::generic::Era;

// A mortal transaction's death (its birth block's hash no longer matching what it signed)
// is the stock check's, tried in the runtime's tests.

/// What the pool would say about a transaction with `era` at the current block.
fn pool_check(era: Era) -> Result<(), TransactionValidityError> {
	CheckMortalEra::<Test>::from(era)
		.validate_only(
			signed(ALICE),
			&call(),
			&DispatchInfo::default(),
			0,
			TransactionSource::External,
			0,
		)
		.map(|_| ())
}

#[test]
fn an_immortal_transaction_is_refused_in_the_pool_and_in_a_block() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(pool_check(Era::Immortal), Err(refused(refusal::NOT_MORTAL)));
		let in_block = CheckMortalEra::<Test>::from(Era::Immortal).validate_and_prepare(
			signed(ALICE),
			&call(),
			&DispatchInfo::default(),
			0,
			0,
		);
		assert_eq!(in_block.map(|_| ()), Err(refused(refusal::NOT_MORTAL)));
	});
}

#[test]
fn an_era_longer_than_the_bound_is_refused_and_one_within_passes() {
	ExtBuilder.build_and_execute(|| {
		// The mock allows 16 blocks; eras are powers of two. The chain knows the hashes of
		// the blocks the eras begin at.
		System::set_block_number(40);
		for block in 0..40 {
			frame_system::BlockHash::<Test>::insert(block, sp_core::H256::repeat_byte(1));
		}
		assert_ok!(pool_check(Era::mortal(16, 39)));
		assert_ok!(pool_check(Era::mortal(4, 39)));
		assert_eq!(pool_check(Era::mortal(32, 39)), Err(refused(refusal::NOT_MORTAL)));
		assert_eq!(pool_check(Era::mortal(65536, 39)), Err(refused(refusal::NOT_MORTAL)));
	});
}
