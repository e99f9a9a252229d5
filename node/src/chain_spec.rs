//! The built-in chain specifications (`dev`, `local`) and loading one from a JSON file.
//!
//! A built-in spec stores the runtime's wasm code, which the binary hands over, and takes
//! its genesis from that code's presets: the node itself does not know the runtime.

use sc_service::{ChainType, Properties};

/// A chain specification of this chain, with no client extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The properties wallets read to show amounts: HOUR, its decimals, the address format.
pub(crate) fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), coop_primitives::TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), coop_primitives::TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), coop_primitives::SS58_PREFIX.into());
	properties
}

/// The runtime's wasm code, or a clear error when the node was built without it.
fn wasm_binary(wasm: Option<&[u8]>) -> Result<&[u8], String> {
	wasm.ok_or_else(|| {
		"this coop-node was built without the runtime's wasm (SKIP_WASM_BUILD was set); \
		 rebuild without it"
			.to_string()
	})
}

/// One validator (Alice), who is also sudo: for a single developer. `wasm` is the runtime's
/// code, whose `development` preset is the genesis.
pub fn development_chain_spec(wasm: &[u8]) -> ChainSpec {
	ChainSpec::builder(wasm, None)
		.with_name("Coop Exchange Development")
		.with_id("coop_dev")
		.with_protocol_id("coop-dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build()
}

/// Four validators (Alice, Bob, Charlie, Dave) on one machine: see `scripts/local-net.sh`.
/// `wasm` is the runtime's code, whose `local_testnet` preset is the genesis.
pub fn local_testnet_chain_spec(wasm: &[u8]) -> ChainSpec {
	ChainSpec::builder(wasm, None)
		.with_name("Coop Exchange Local Testnet")
		.with_id("coop_local_testnet")
		.with_protocol_id("coop-local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build()
}

/// The chain spec named by `--chain`: `dev`, `local` (built from `wasm`, the runtime's code),
/// or the path of a JSON file (which carries its own code).
pub fn load(id: &str, wasm: Option<&[u8]>) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" | "" => Box::new(development_chain_spec(wasm_binary(wasm)?)),
		"local" => Box::new(local_testnet_chain_spec(wasm_binary(wasm)?)),
		path => {
			let path = std::path::PathBuf::from(path);
			if !path.is_file() {
				return Err(format!(
					"chain spec `{}` is neither `dev`, `local` nor an existing file",
					path.display()
				));
			}
			Box::new(ChainSpec::from_json_file(path)?)
		}
	})
}

#[cfg(test)]
mod tests {
	/// The chain spec `id`, built with the runtime's wasm as `coop-node` is.
	fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		super::load(id, coop_runtime_wasm::WASM_BINARY)
	}

	#[test]
	fn built_in_chains_carry_the_hour_properties() {
		for id in ["dev", "local"] {
			let spec = load(id).unwrap();
			let properties = spec.properties();
			assert_eq!(properties["tokenSymbol"], "HOUR");
			assert_eq!(properties["tokenDecimals"], 6);
			assert_eq!(properties["ss58Format"], 42);
		}
	}

	#[test]
	fn built_in_chains_export_as_json() {
		for id in ["dev", "local"] {
			let json = load(id).unwrap().as_json(false).unwrap();
			let value: serde_json::Value = serde_json::from_str(&json).unwrap();
			assert!(value["genesis"]["runtimeGenesis"]["patch"]["session"].is_object(), "{id}");
		}
	}

	#[test]
	fn a_built_in_chain_without_the_wasm_is_a_clear_error() {
		for id in ["dev", "local"] {
			let error = super::load(id, None).err().unwrap();
			assert!(error.contains("built without the runtime's wasm"), "{error}");
		}
	}

	#[test]
	fn a_missing_chain_spec_file_is_a_clear_error() {
		let error = load("/nonexistent/coop-spec.json").err().unwrap();
		assert!(error.contains("/nonexistent/coop-spec.json"), "{error}");
		assert!(error.contains("neither `dev`, `local` nor an existing file"), "{error}");
	}

	#[test]
	fn a_chain_spec_file_that_is_not_json_is_a_clear_error() {
		let path = std::env::temp_dir().join(format!("coop-not-json-{}.json", std::process::id()));
		std::fs::write(&path, "this is not json").unwrap();
		let error = load(path.to_str().unwrap()).err().unwrap();
		std::fs::remove_file(&path).unwrap();
		assert!(error.contains("Error parsing spec file"), "{error}");
	}
}
