//! Weights of `pallet_node_authorization` in this runtime. Upstream ships only `()`, 50 µs
//! a call whatever the sets hold; here each call is charged for its worst case with the
//! sets at their bounds (`MaxWellKnownNodes` nodes, peer ids of up to `MaxPeerIdLength`
//! bytes, connection sets of [`MAX_CONNECTIONS`](super::MAX_CONNECTIONS), which the call
//! filter enforces, as it does the peer id length in every argument).
//!
//! Priced by hand, not measured: the benchmarks exist (`runtime/src/benchmarks/
//! node_authorization.rs`, run as tests against the real pallet) but the benchmarking node
//! was not built for them; `scripts/benchmark-weights.sh` measures them on its next run.
//! Each weight is the storage items the call reads and writes (from the pallet's code, with
//! the call filter's own read where it has one), priced by the runtime's `DbWeight`, plus
//! compute estimated at about four times what the whole call takes natively at its bounds,
//! in-memory storage included (`runtime/src/tests/worst_case_block.rs` measures it, and
//! fails if a call takes longer than its weight: 7 to 65 µs for most, 635 µs for a reset
//! of 255 nodes, on the 2-core development machine), plus the largest proof those reads
//! can need:
//! - `WellKnownNodes`: 256 peer ids of 127 bytes, with their length prefixes: 33,026
//!   bytes, plus a trie path (500);
//! - an `Owners` entry: the key (16-byte hash, the 129-byte id) and a 32-byte account, plus
//!   a trie path: 2,700;
//! - an `AdditionalConnections` entry: the key and 16 ids: 2,210, plus a trie path: 4,700.

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};
use pallet_node_authorization::WeightInfo;

/// The proof of a full `WellKnownNodes`.
const WELL_KNOWN_PROOF: u64 = 33_526;
/// The proof of one `Owners` entry.
const OWNER_PROOF: u64 = 2_700;

/// `compute` picoseconds and `proof` bytes, `reads` and `writes` priced by `T`'s `DbWeight`.
fn weight<T: frame_system::Config>(compute: u64, proof: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(compute, proof)
		.saturating_add(T::DbWeight::get().reads_writes(reads, writes))
}

/// Hand-priced weights of `pallet_node_authorization` (see the module docs).
pub struct NodeAuthorizationWeights<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for NodeAuthorizationWeights<T> {
	/// `WellKnownNodes` (r:1 w:1), `Owners` (w:1): the full set decoded, searched, grown,
	/// encoded.
	fn add_well_known_node() -> Weight {
		weight::<T>(250_000_000, WELL_KNOWN_PROOF, 1, 2)
	}
	/// `WellKnownNodes` (r:1 w:1), `Owners` (w:1), `AdditionalConnections` (w:1).
	fn remove_well_known_node() -> Weight {
		weight::<T>(250_000_000, WELL_KNOWN_PROOF, 1, 3)
	}
	/// `WellKnownNodes` (r:1 w:1), `Owners` (r:2 w:2), `AdditionalConnections` (r:2 w:2):
	/// the two `swap`s read and write both keys.
	fn swap_well_known_node() -> Weight {
		// The set, two owners, two connection sets.
		weight::<T>(300_000_000, 48_326, 5, 5)
	}
	/// `WellKnownNodes` (w:1), `Owners` (w:255): a new set of as many nodes as the pallet
	/// takes, built, encoded, and each owner written (the old owners stay, upstream's rule);
	/// the event carries the list.
	fn reset_well_known_nodes() -> Weight {
		weight::<T>(2_500_000_000, 0, 0, 256)
	}
	/// `Owners` (r:1 w:1). Refused by the call filter.
	fn claim_node() -> Weight {
		weight::<T>(30_000_000, OWNER_PROOF, 1, 1)
	}
	/// `Owners` (r:1 w:1), `WellKnownNodes` (r:1), `AdditionalConnections` (w:1).
	fn remove_claim() -> Weight {
		weight::<T>(200_000_000, 36_226, 2, 2)
	}
	/// `Owners` (r:1 w:1).
	fn transfer_node() -> Weight {
		weight::<T>(30_000_000, OWNER_PROOF, 1, 1)
	}
	/// `Owners` (r:1), `AdditionalConnections` (r:2 w:1): the call filter reads the set
	/// once more, to bound it.
	fn add_connections() -> Weight {
		weight::<T>(60_000_000, 12_100, 3, 1)
	}
	/// `Owners` (r:1), `AdditionalConnections` (r:1 w:1).
	fn remove_connections() -> Weight {
		weight::<T>(60_000_000, 7_400, 2, 1)
	}
}
