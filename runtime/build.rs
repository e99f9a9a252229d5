//! Builds the runtime's WebAssembly blob, the code that the chain stores and runs.

fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
