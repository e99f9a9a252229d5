//! `coop-node`: the node that member co-ops run to validate the Coop Exchange chain.
//!
//! It is a thin wrapper over stock Substrate client parts (Aura + GRANDPA over libp2p,
//! ParityDB storage): every business rule lives in the runtime.

// `sc_cli::Error` and `sc_service::Error` are Substrate's own, large, error types; boxing
// them in our few functions would only hide what the client library returns.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod preflight;
mod rpc;
mod service;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

fn main() {
	if let Err(error) = command::run() {
		// One clear line and a non-zero exit: operators read this, not a backtrace.
		eprintln!("Error: {}", command::one_line(&error));
		std::process::exit(1);
	}
}
