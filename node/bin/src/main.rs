//! `coop-node`: the node that member co-ops run to validate the Coop Exchange chain.
//!
//! The node itself is `coop-node-lib`; this binary hands it the runtime's wasm code, which
//! the built-in chain specs (`dev`, `local`) store at genesis.

/// jemalloc, as Polkadot's nodes use: under load a node allocates and frees a block's worth
/// of transactions every few seconds from many threads, and glibc's per-thread arenas kept
/// growing with it (measured in `docs/measurements.md`, "A node's memory under load").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
	if let Err(error) = coop_node_lib::run(coop_runtime_wasm::WASM_BINARY) {
		// One clear line and a non-zero exit: operators read this, not a backtrace.
		eprintln!("Error: {}", coop_node_lib::one_line(&error));
		std::process::exit(1);
	}
}
