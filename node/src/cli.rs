//! The command line: `coop-node [run options]` starts a node, subcommands maintain one.

/// Sub-commands for key management, chain specs and database maintenance.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (prefer `export-chain-spec`).
	#[deprecated(note = "build-spec will be removed; use export-chain-spec")]
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of `--chain` as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmark runtime pallets (built with `--features runtime-benchmarks` only).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// A real federation's chain spec from its config: `federation init --config …`.
	#[command(subcommand)]
	Federation(crate::federation::FederationCmd),

	/// Joining the federation with a validator, guided: `init`, `keys`, `request`, `status`.
	#[command(subcommand)]
	Operator(crate::operator::OperatorCmd),
}

/// The whole command line of `coop-node`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A maintenance sub-command; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of a running node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// The runtime's wasm code, which the built-in chain specs store: not an option, the
	/// binary hands it to [`crate::run`].
	#[arg(skip)]
	pub wasm: Option<&'static [u8]>,
}
