//! `coop-node`: the node that member co-ops run to validate the Coop Exchange chain.
//!
//! The node itself is `coop-node-lib`; this binary hands it the runtime's wasm code, which
//! the built-in chain specs (`dev`, `local`) store at genesis.

fn main() {
	if let Err(error) = coop_node_lib::run(coop_runtime_wasm::WASM_BINARY) {
		// One clear line and a non-zero exit: operators read this, not a backtrace.
		eprintln!("Error: {}", coop_node_lib::one_line(&error));
		std::process::exit(1);
	}
}
