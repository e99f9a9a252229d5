//! What this runtime charges for a block, for a transaction's own part and for a database
//! access, measured on the federation's reference machine (2 cores) by
//! `scripts/benchmark-weights.sh` through `coop-node benchmark overhead` and `benchmark
//! storage`, instead of the stock figures of Substrate's reference machine. The pallets'
//! calls are measured the same way, into each pallet's `weights.rs`.
//!
//! The files beside this one are generated, except `transaction_base.rs`, which takes the
//! extensions' compute out of the measured overhead: rerun the script rather than editing them.

// The generated files document their figures in their own way.
#![allow(missing_docs)]

pub mod block_weights;
pub mod extrinsic_weights;
pub mod paritydb_weights;
pub mod transaction_base;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
pub use transaction_base::transaction_base;
