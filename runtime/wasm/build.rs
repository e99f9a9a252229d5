//! Builds the runtime's WebAssembly blob: the code the chain stores and runs, written to
//! `wbuild/coop-runtime/coop_runtime.compact.compressed.wasm` in the target directory.
//!
//! When `COOP_BUILD_REHEARSAL_WASM=1` is set (`scripts/test.sh` sets it), it also builds the
//! same code with `spec_version` one higher (the runtime's `upgrade-rehearsal` feature),
//! `coop_runtime_upgrade_rehearsal.compact.compressed.wasm` beside it, which the live tests
//! upgrade a running chain to. Both share one wasm target directory, so the second costs one
//! more compile of the runtime when it changes, and nothing when it does not.
//!
//! This is the only crate that builds the runtime's wasm: two build scripts building the same
//! wasm project would race on the same `wbuild` directory.

// A build script stops the build by panicking, with the reason.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

use substrate_wasm_builder::WasmBuilder;

/// Set to `1` to build the rehearsal wasm too.
const REHEARSAL_ENV: &str = "COOP_BUILD_REHEARSAL_WASM";

/// The runtime's wasm build, with the recommended defaults (the node's executor provides the
/// memory and reads `__heap_base`).
fn runtime_wasm(runtime_manifest: &Path) -> WasmBuilder {
	WasmBuilder::new()
		.with_project(runtime_manifest)
		.expect("runtime/Cargo.toml exists")
		.import_memory()
		.export_heap_base()
}

fn main() {
	let manifest_dir =
		PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
	// This crate lives in `runtime/wasm/`: the runtime is its parent.
	let runtime_manifest =
		manifest_dir.parent().expect("runtime/wasm has a parent directory").join("Cargo.toml");

	runtime_wasm(&runtime_manifest).build();

	println!("cargo:rerun-if-env-changed={REHEARSAL_ENV}");
	if std::env::var(REHEARSAL_ENV).is_ok_and(|value| value == "1") {
		runtime_wasm(&runtime_manifest)
			.enable_feature("upgrade-rehearsal")
			.set_file_name("coop_runtime_upgrade_rehearsal")
			.build();
	}
}
