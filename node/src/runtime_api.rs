//! The runtime APIs the node may call, declared for the client's types without the runtime.
//!
//! Substrate's client is generic over a `RuntimeApi` type: the list of runtime APIs, with
//! their versions and signatures, that `client.runtime_api()` offers. `impl_runtime_apis!`
//! generates it from implementations on a runtime type. The node never runs those
//! implementations: its executor is a `WasmExecutor` (see `service.rs`), which always runs
//! the runtime's wasm code stored on chain. So, as Polkadot's omni-node does, this module
//! implements the same APIs, at the same versions, as `runtime/src/apis.rs`, on a stand-in
//! `Runtime` whose bodies are never called, and the node does not compile the real runtime.
//!
//! Keep this list in step with `runtime/src/apis.rs` for every API the node calls. Left out:
//! `TransactionPaymentCallApi` (it names the runtime's call type, and only wallets use it),
//! and the benchmarking and try-runtime APIs (their tools call the wasm by name).

// `impl_runtime_apis!` generates public items without docs; the stand-in `Runtime` is never
// built; and each body is `unimplemented!()` because the executor runs the wasm, never
// these (see above). Allowed here only, for this module.
#![allow(missing_docs, dead_code, clippy::unimplemented)]

use coop_primitives::{
	opaque::{Block, Header},
	AccountId, Balance, Nonce,
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, Weight,
};
use sp_session::OpaqueGeneratedSessionKeys;
use sp_version::RuntimeVersion;

/// Stands in for the runtime in the client's types: the runtime itself is wasm only.
pub struct Runtime;

sp_api::impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn execute_block(_: <Block as BlockT>::LazyBlock) {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn initialize_block(_: &Header) -> sp_runtime::ExtrinsicInclusionMode {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn metadata_at_version(_: u32) -> Option<OpaqueMetadata> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn metadata_versions() -> Vec<u32> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(_: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn finalize_block() -> Header {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn inherent_extrinsics(_: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn check_inherents(
			_: <Block as BlockT>::LazyBlock,
			_: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			_: TransactionSource,
			_: <Block as BlockT>::Extrinsic,
			_: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(_: &Header) {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn authorities() -> Vec<AuraId> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(_: Vec<u8>, _: Option<Vec<u8>>) -> OpaqueGeneratedSessionKeys {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn decode_session_keys(_: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_: sp_consensus_grandpa::EquivocationProof<<Block as BlockT>::Hash, NumberFor<Block>>,
			_: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn generate_key_ownership_proof(
			_: sp_consensus_grandpa::SetId,
			_: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(_: AccountId) -> Nonce {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			_: <Block as BlockT>::Extrinsic,
			_: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn query_fee_details(
			_: <Block as BlockT>::Extrinsic,
			_: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::FeeDetails<Balance> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn query_weight_to_fee(_: Weight) -> Balance {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn query_length_to_fee(_: u32) -> Balance {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(_: Vec<u8>) -> sp_genesis_builder::Result {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn get_preset(_: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			unimplemented!("the node runs the runtime's wasm, never this stand-in")
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi;
	use sc_executor_common::runtime_blob::RuntimeBlob;
	use sp_api::RuntimeApiInfo;

	/// The APIs the runtime's wasm declares, with their versions.
	fn runtime_apis() -> sp_version::RuntimeVersion {
		let wasm = coop_runtime_wasm::WASM_BINARY.expect("the tests need the runtime's wasm");
		let blob = RuntimeBlob::uncompress_if_needed(wasm).unwrap();
		sc_executor::read_embedded_version(&blob).unwrap().expect("the wasm embeds its version")
	}

	#[test]
	fn every_api_declared_here_is_the_runtimes_at_the_same_version() {
		let runtime = runtime_apis();
		for (id, version) in RUNTIME_API_VERSIONS.iter() {
			assert_eq!(runtime.api_version(id), Some(*version), "API {id:?}");
		}
	}

	#[test]
	fn only_the_call_fee_api_of_the_runtime_is_left_out() {
		let left_out: Vec<_> = runtime_apis()
			.apis
			.iter()
			.map(|(id, _)| *id)
			.filter(|id| !RUNTIME_API_VERSIONS.iter().any(|(ours, _)| ours == id))
			.collect();
		assert_eq!(left_out, [<dyn TransactionPaymentCallApi<Block, Balance, ()>>::ID]);
	}
}
