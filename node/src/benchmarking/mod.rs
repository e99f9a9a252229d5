//! `coop-node benchmark`: measures the runtime's calls (`pallet`), the cost of a block and of
//! a transaction's own part (`overhead`) and of the database's reads and writes
//! (`storage`), to produce the runtime's weights. Built only with
//! `--features runtime-benchmarks`; `scripts/benchmark-weights.sh` runs all three.

mod member_remark;

use frame_benchmarking_cli::BenchmarkCmd;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;
use sp_runtime::traits::HashingFor;

use crate::cli::Cli;
use member_remark::MemberRemark;

type Block = coop_primitives::opaque::Block;

/// Runs a benchmark sub-command: `pallet`, `overhead` or `storage`. The others measure a
/// machine or replay blocks, which co-ops compare with `scripts/` instead.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				cmd.run_with_spec::<HashingFor<Block>, ()>(Some(config.chain_spec))
			})
		}
		BenchmarkCmd::Overhead(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				cmd.run_with_extrinsic_builder_and_spec::<Block, ()>(
					Box::new(|metadata: subxt_metadata::Metadata, genesis, version| {
						let remark = MemberRemark::new(
							&metadata,
							genesis,
							version.spec_version,
							version.transaction_version,
						)
						.unwrap_or_else(|why| {
							// The CLI's builder hook cannot fail; nothing was measured yet.
							eprintln!("Error: {why}");
							std::process::exit(1)
						});
						Box::new(remark)
					}),
					Some(config.chain_spec),
				)
			})
		}
		BenchmarkCmd::Storage(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				// The pool is built and never used: the benchmark reads the database only.
				let pool = crate::pool::PoolSize::from_params(&cli.run.pool_config);
				let PartialComponents { client, backend, .. } =
					crate::service::new_partial(&config, &pool)?;
				let db = backend.expose_db();
				let storage = backend.expose_storage();
				let trie_cache = backend.expose_shared_trie_cache();
				cmd.run(config, client, db, storage, trie_cache)
			})
		}
		_ => Err("coop-node benchmarks only `pallet`, `overhead` and `storage`".into()),
	}
}
