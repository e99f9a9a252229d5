//! Measured on this project's reference machine by `scripts/benchmark-weights.sh`: rerun it
//! there rather than editing the figures by hand.
//! A database read and write, measured by `coop-node benchmark storage` (CLI 64.0.0)
//! on 2026-12-02 (Y/M/D), host `vm`, CPU `Intel(R) Xeon(R) Processor`: every one of the ParityDb
//! state's keys at block Number(26) read, and written back
//! `--batch-size` at a time; the Average of each, in
//! nanoseconds, times 1.0 plus 0.
//!
//! Reads (ns): min 2_155, median 6_450, average 7_361, p95 9_725, p99 23_604, max 1_228_904.
//! Writes (ns): min 12_560, median 13_244, average 13_712, p95 18_079, p99 18_079, max 18_079.
//!
//! Command: `/root/.cache/coop-exchange/target-benchmarks/release/coop-node` `benchmark` `storage` `--chain` `/root/.cache/coop-exchange/target-benchmarks/weights/dev-raw.json` `--base-path` `/tmp/coop-e2e-bench-dev-9wv42N/alice` `--state-version` `1` `--batch-size` `512` `--template-path` `scripts/weights/storage-weights.hbs` `--header` `scripts/weights/header.txt` `--weight-path` `runtime/src/weights`

/// The prices of storage this runtime's weights use.
pub mod constants {
	use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_NANOS, RuntimeDbWeight};
	use sp_core::parameter_types;

	parameter_types! {
		/// One read and one write of ParityDb on the reference machine.
		pub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			read: 7_361 * WEIGHT_REF_TIME_PER_NANOS,
			write: 13_712 * WEIGHT_REF_TIME_PER_NANOS,
		};
	}
}
