//! The chain's block as the node sees it: a header it reads, and extrinsics it keeps as
//! opaque bytes.
//!
//! The node knows the runtime only through these types, the runtime API declarations and the
//! wasm code, so that it does not compile the runtime (see `node/src/runtime_api.rs`). The
//! runtime re-exports them as `coop_runtime::opaque`, and checks there that its own header
//! is this one.

use sp_runtime::{generic, traits::BlakeTwo256};

use crate::BlockNumber;

/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// An extrinsic the node does not decode: its SCALE encoding.
pub type UncheckedExtrinsic = sp_runtime::OpaqueExtrinsic;

/// A block whose extrinsics the node does not decode.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
