//! `coop-node benchmark pallet`: measures the runtime's calls to produce `weights.rs` files.
//! Built only with `--features runtime-benchmarks`.

use frame_benchmarking_cli::BenchmarkCmd;
use sc_cli::SubstrateCli;
use sp_runtime::traits::HashingFor;

use crate::cli::Cli;

/// Runs a benchmark sub-command. Only `pallet` is supported: the others measure a database
/// and a machine, which co-ops compare with `scripts/` instead.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				cmd.run_with_spec::<HashingFor<coop_primitives::opaque::Block>, ()>(Some(
					config.chain_spec,
				))
			})
		}
		_ => Err("only `benchmark pallet` is available in coop-node".into()),
	}
}
