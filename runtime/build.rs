//! Builds the runtime's WebAssembly blobs: the code that the chain stores and runs, and the same
//! code with `spec_version` one higher (`coop_runtime_upgrade_rehearsal.compact.compressed.wasm`
//! beside it in `wbuild/coop-runtime/`), which the live tests upgrade a running chain to.
//!
//! Both share one wasm target directory, so the second costs one more compile of this crate
//! when the runtime changes, and nothing when it does not.

fn main() {
	#[cfg(feature = "std")]
	{
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_feature("upgrade-rehearsal")
			.set_file_name("coop_runtime_upgrade_rehearsal")
			.build();
	}
}
