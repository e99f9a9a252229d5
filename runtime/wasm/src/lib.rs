//! The Coop Exchange runtime as WebAssembly, built by `build.rs`: the code a chain spec
//! stores at genesis, and so the code every node runs.
//!
//! The node's binary depends on this crate, not on `coop-runtime`: it gets the runtime's code
//! without compiling the runtime natively, so a change to a pallet rebuilds the wasm and
//! relinks the binary, and nothing of the node.

mod generated {
	// The wasm builder's generated constants carry no docs; the re-exports below do.
	#![allow(missing_docs)]
	include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
}

/// The runtime's code, compacted and compressed: what a chain spec stores. `None` when the
/// wasm build was skipped (`SKIP_WASM_BUILD` set).
pub const WASM_BINARY: Option<&[u8]> = generated::WASM_BINARY;

/// The same code before compaction and compression (`None` when the build was skipped).
pub const WASM_BINARY_BLOATY: Option<&[u8]> = generated::WASM_BINARY_BLOATY;

/// Where the build wrote [`WASM_BINARY`] (`None` when the build was skipped).
pub const WASM_BINARY_PATH: Option<&str> = generated::WASM_BINARY_PATH;
