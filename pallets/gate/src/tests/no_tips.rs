use super::*;
use crate::NoTips;
use codec::Encode;
use sp_runtime::StateVersion::V1;

#[test]
fn a_tip_is_refused_and_no_tip_passes_without_touching_storage() {
	ExtBuilder.build_and_execute(|| {
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
