//! The pallets whose benchmarks the node's `benchmark pallet` command can run, and the
//! benchmarks this runtime writes for pallets that ship none.

pub mod node_authorization;

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
	[pallet_node_authorization, NodeAuthorizationBench::<Runtime>]
);

/// `frame_system`'s benchmarks need nothing more from this runtime.
impl frame_system_benchmarking::Config for crate::Runtime {}
