//! What each command line does: run a node, or one of the maintenance sub-commands.

use coop_primitives::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	pool::PoolSize,
	service,
};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Coop Exchange Node".into()
	}

	/// The crate version only: stamping the git commit in would rebuild the node on every
	/// commit, three minutes each on a two-core machine. The runtime's `spec_version` is what
	/// tells versions of the chain's rules apart.
	fn impl_version() -> String {
		env!("CARGO_PKG_VERSION").into()
	}

	/// What `coop-node --help` says it is (this crate's own description is the library's).
	fn description() -> String {
		"The Coop Exchange node: Aura + GRANDPA over libp2p, ParityDB storage, run by member \
		 co-ops."
			.into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the Coop Exchange issue tracker".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id, self.wasm)
	}

	/// Substrate's defaults, except for three things:
	/// - the network backend defaults to libp2p: the co-ops' nodes agree on one stack, and
	///   litep2p stays one `--network-backend` away;
	/// - the transaction pool is sized for this chain (see [`crate::pool`]);
	/// - the state's trie cache holds 64 MiB, not 1 GiB: this chain's whole state is a few
	///   MiB, and the stock cache filled with every block's new trie nodes, growing a node
	///   under load by about 10 MB a minute (`docs/measurements.md`).
	fn setup_command(cmd: clap::Command) -> clap::Command {
		let mut full_version = Self::impl_version();
		full_version.push('\n');
		cmd.name(Self::executable_name())
			.version(full_version)
			.author(Self::author())
			.about(Self::description())
			.long_about(Self::description())
			.after_help(format!("Support: {}", Self::support_url()))
			.propagate_version(true)
			.args_conflicts_with_subcommands(true)
			.subcommand_negates_reqs(true)
			.mut_arg("network_backend", |arg| arg.default_value("libp2p"))
			.mut_arg("pool_limit", |arg| arg.default_value(crate::pool::LIMIT))
			.mut_arg("pool_kbytes", |arg| arg.default_value(crate::pool::KBYTES))
			.mut_arg("tx_ban_seconds", |arg| arg.default_value(crate::pool::BAN_SECONDS))
			.mut_arg("pool_type", |arg| arg.default_value(crate::pool::TYPE))
			.mut_arg("trie_cache_size", |arg| arg.default_value(TRIE_CACHE_BYTES))
	}
}

/// Bytes of the shared trie cache (`--trie-cache-size`): 64 MiB.
const TRIE_CACHE_BYTES: &str = "67108864";

/// An error as one line, with the causes it wraps: operators see what is wrong, not a
/// chain of debug output.
pub fn one_line(error: &dyn std::error::Error) -> String {
	let mut line = error.to_string();
	let mut source = error.source();
	while let Some(cause) = source {
		let text = cause.to_string();
		if !line.contains(&text) {
			line.push_str(": ");
			line.push_str(&text);
		}
		source = cause.source();
	}
	line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses the command line and runs what it asks for. `wasm` is the runtime's code, which
/// the built-in chain specs (`dev`, `local`) store at genesis; without it only a chain spec
/// file can be used.
pub fn run(wasm: Option<&'static [u8]>) -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	cli.wasm = wasm;
	let pool = PoolSize::from_params(&cli.run.pool_config);

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		}
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, &pool)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, &pool)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, &pool)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, &pool)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, &pool)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => crate::benchmarking::run(&cli, cmd),
		Some(Subcommand::Federation(crate::federation::FederationCmd::Init(cmd))) => {
			let wasm = cli.wasm.ok_or_else(|| {
				sc_cli::Error::Input("this coop-node was built without the runtime's wasm".into())
			})?;
			// A genesis the runtime refuses panics inside it: the logger prints why.
			sc_cli::LoggerBuilder::new("").init()?;
			cmd.run(wasm).map_err(sc_cli::Error::Input)
		}
		Some(Subcommand::Operator(cmd)) => {
			use crate::operator::OperatorCmd;
			match cmd {
				OperatorCmd::Init(cmd) => cmd.run(),
				OperatorCmd::Keys(cmd) => cmd.run(),
				OperatorCmd::Request(cmd) => cmd.run(),
				OperatorCmd::Status(cmd) => cmd.run(),
			}
			.map_err(sc_cli::Error::Input)
		}
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		}
		None => {
			let runner = cli.create_runner(&cli.run)?;
			crate::shutdown::forgive_tasks_outliving_the_runtime();
			crate::preflight::check(runner.config()).map_err(sc_cli::Error::Input)?;
			runner.run_node_until_exit(|config| async move {
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config, pool)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, pool)
							.map_err(sc_cli::Error::Service)
					}
				}
			})
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn errors_print_on_one_line_with_their_cause() {
		let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission\ndenied");
		let error = sc_cli::Error::Io(io);
		let line = one_line(&error);
		assert!(!line.contains('\n'), "{line}");
		assert!(line.contains("Permission denied"), "{line}");
	}

	#[test]
	fn the_pool_is_sized_for_the_federation_and_can_be_resized() {
		let params = |args: &[&str]| {
			let cli = Cli::from_iter(args.iter().copied());
			let pool = &cli.run.pool_config;
			(pool.pool_limit, pool.pool_kbytes, pool.tx_ban_seconds)
		};
		assert_eq!(params(&["coop-node"]), (65_536, 32_768, Some(6)));
		let size = |args: &[&str]| {
			PoolSize::from_params(&Cli::from_iter(args.iter().copied()).run.pool_config)
		};
		assert!(!size(&["coop-node"]).fork_aware, "the single-state pool keeps what it accepted");
		assert!(size(&["coop-node", "--pool-type", "fork-aware"]).fork_aware);
		assert_eq!(
			params(&[
				"coop-node",
				"--pool-limit",
				"100",
				"--pool-kbytes",
				"10",
				"--tx-ban-seconds",
				"60"
			]),
			(100, 10, Some(60))
		);
	}

	#[test]
	fn the_network_backend_defaults_to_libp2p_and_litep2p_can_be_chosen() {
		let cli = Cli::from_iter(["coop-node"]);
		assert!(matches!(
			cli.run.network_params.network_backend,
			sc_cli::NetworkBackendType::Libp2p
		));
		let cli = Cli::from_iter(["coop-node", "--network-backend", "litep2p"]);
		assert!(matches!(
			cli.run.network_params.network_backend,
			sc_cli::NetworkBackendType::Litep2p
		));
	}

	#[test]
	fn the_trie_cache_holds_64_mib_unless_told_otherwise() {
		let cli = Cli::from_iter(["coop-node"]);
		assert_eq!(cli.run.import_params.trie_cache_size, 64 * 1024 * 1024);
		let cli = Cli::from_iter(["coop-node", "--trie-cache-size", "0"]);
		assert_eq!(cli.run.import_params.trie_cache_size, 0);
	}
}
