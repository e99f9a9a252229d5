use super::*;
use frame_support::traits::Hooks;

#[test]
fn the_mock_configuration_passes_the_integrity_test() {
	ExtBuilder.build_and_execute(|| {
		<Gate as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "DefaultRateLimit has a zero")]
fn a_default_rate_limit_with_a_zero_fails_the_integrity_test() {
	TestRateLimit::set(crate::types::RateLimit { transactions: 0, blocks: 10 });
	<Gate as Hooks<u64>>::integrity_test();
}
