//! Which peers a node talks to: `pallet_node_authorization`. The federation adds and
//! removes well-known nodes; a co-op claims its own node's peer id and adds connections for
//! it. Each node's offchain worker (nodes run with `--offchain-worker always`) makes its
//! authorised peers its reserved peers, reserved-only, for block sync. This is peering
//! policy, not a firewall: see "Peers" in `docs/operators.md` for what an operator adds on top.

use frame_support::traits::ConstU32;

use super::FederationVote;
use crate::Runtime;

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	/// A node or two per co-op.
	type MaxWellKnownNodes = ConstU32<256>;
	/// libp2p peer ids of ed25519 keys are 38 bytes; room for other key types.
	type MaxPeerIdLength = ConstU32<128>;
	type AddOrigin = FederationVote;
	type RemoveOrigin = FederationVote;
	type SwapOrigin = FederationVote;
	type ResetOrigin = FederationVote;
	/// Upstream ships only a flat 50 µs a call; these are priced for the sets at their
	/// bounds.
	type WeightInfo = super::peers_weights::NodeAuthorizationWeights<Runtime>;
}
