//! The Coop Exchange node as a library: the command line, the service and the RPC of
//! `coop-node`, the node that member co-ops run to validate the chain.
//!
//! It is a thin wrapper over stock Substrate client parts (Aura + GRANDPA over libp2p,
//! ParityDB storage): every business rule lives in the runtime. It knows the runtime only
//! through the runtime API declarations (`runtime_api.rs`), the opaque block types of
//! `coop_primitives::opaque` and the wasm code it is given ([`run`]), as Polkadot's omni-node
//! does: a change to a pallet rebuilds the runtime's wasm, and none of this crate. The
//! `coop-node` binary (`node/bin/`) passes it the wasm of `coop-runtime-wasm`.

// `sc_cli::Error` and `sc_service::Error` are Substrate's own, large, error types; boxing
// them in our few functions would only hide what the client library returns.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod database;
mod federation;
mod operator;
mod pool;
mod preflight;
mod rpc;
mod runtime_api;
mod service;
mod shutdown;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

pub use command::{one_line, run};
