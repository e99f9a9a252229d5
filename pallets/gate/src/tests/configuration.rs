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

#[test]
fn a_genesis_rate_limit_replaces_the_default_and_none_keeps_it() {
	use sp_runtime::BuildStorage;
	let chosen = crate::types::RateLimit { transactions: 1_000, blocks: 1 };
	let storage = RuntimeGenesisConfig {
		gate: crate::GenesisConfig { rate_limit: Some(chosen) },
		..Default::default()
	}
	.build_storage()
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(crate::TransactionRateLimit::<Test>::get(), chosen);
	});

	let storage = RuntimeGenesisConfig::default().build_storage().unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(crate::TransactionRateLimit::<Test>::get(), TestRateLimit::get());
	});
}

#[test]
#[should_panic(expected = "genesis rate limit")]
fn a_genesis_rate_limit_with_a_zero_stops_the_chain_from_starting() {
	use sp_runtime::BuildStorage;
	let _ = RuntimeGenesisConfig {
		gate: crate::GenesisConfig {
			rate_limit: Some(crate::types::RateLimit { transactions: 0, blocks: 1 }),
		},
		..Default::default()
	}
	.build_storage();
}
