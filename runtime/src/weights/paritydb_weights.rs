//! Measured on this project's reference machine by `scripts/benchmark-weights.sh`: rerun it
//! there rather than editing the figures by hand.
//! A database read and write, measured by `coop-node benchmark storage` (CLI 64.0.0)
//! on 2026-12-07 (Y/M/D), host `vm`, CPU `AMD EPYC`: every one of the ParityDb
//! state's keys at block Number(18) read, and written back
//! `--batch-size` at a time; the Average of each, in
//! nanoseconds, times 1.0 plus 0.
//!
//! Reads (ns): min 1_112, median 3_696, average 4_293, p95 5_629, p99 12_659, max 644_778.
//! Writes (ns): min 6_524, median 6_832, average 7_789, p95 10_913, p99 10_913, max 10_913.
//!
//! Command: `/root/.cache/coop-exchange/target-benchmarks/release/coop-node` `benchmark` `storage` `--chain` `/root/.cache/coop-exchange/target-benchmarks/weights/dev-raw.json` `--base-path` `/tmp/coop-e2e-bench-dev-CQsjh1/alice` `--state-version` `1` `--batch-size` `512` `--template-path` `scripts/weights/storage-weights.hbs` `--header` `scripts/weights/header.txt` `--weight-path` `runtime/src/weights`

/// The prices of storage this runtime's weights use.
pub mod constants {
	use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_NANOS, RuntimeDbWeight};
	use sp_core::parameter_types;

	parameter_types! {
		/// One read and one write of ParityDb on the reference machine.
		pub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			read: 4_293 * WEIGHT_REF_TIME_PER_NANOS,
			write: 7_789 * WEIGHT_REF_TIME_PER_NANOS,
		};
	}
}
