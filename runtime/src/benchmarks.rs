//! The pallets whose benchmarks the node's `benchmark pallet` command can run.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_registry, Registry]
	[pallet_gate, Gate]
	[pallet_hours, Hours]
	[pallet_daco, Daco]
	[pallet_validators, Validators]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_preimage, Preimage]
	[pallet_sudo, Sudo]
);

/// `frame_system`'s benchmarks need nothing more from this runtime.
impl frame_system_benchmarking::Config for crate::Runtime {}
