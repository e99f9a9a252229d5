//! The runtime's call filter: what no signer may do, however the call is wrapped.
//!
//! - **HOUR moves only through the Hours pallet**: every `Balances` call is refused.
//! - **Nodes are the federation's**: `nodeAuthorization.claimNode` is refused (any member
//!   could claim any peer id without holding its key, and then pick that node's peers); the
//!   federation adds nodes with their owners by vote (`addWellKnownNode`). An owner's
//!   connection set holds at most [`MAX_CONNECTIONS`] peers, and a call names at most that
//!   many. Every peer id a call names is shorter than `MaxPeerIdLength` (the pallet checks
//!   only the node's own), and a reset names fewer than `MaxWellKnownNodes` nodes: so each
//!   call's work is bounded, and its weight (`peers_weights.rs`) priced at those bounds.
//!
//! Also when wrapped in another call (a `Utility` batch, `dispatch_as`, `sudo`,
//! `daco.enact_as_root`…): the wrapper itself is refused. Checking the wrapper matters for
//! `sudo` and `enact_as_root`, whose inner call runs as Root, and Root bypasses the base
//! filter. (A proposal's call is held as a preimage; it is filtered when the passed proposal
//! dispatches it with the body's origin.)

use frame_support::traits::{Contains, Get};

use super::wrapped_calls::{reaches, MAX_NESTING};
use crate::{Runtime, RuntimeCall};

/// The most peers a node's owner may add as its extra connections: a node talks to the
/// federation's well-known nodes anyway, and a handful of others is plenty.
pub const MAX_CONNECTIONS: usize = 16;

/// Lets through every call that reaches nothing refused.
pub struct CallFilter;

impl Contains<RuntimeCall> for CallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		!reaches(call, MAX_NESTING, &refused)
	}
}

/// Whether `call` itself is refused (not looking inside it).
fn refused(call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::Balances(_) => true,
		RuntimeCall::NodeAuthorization(call) => refused_node_call(call),
		_ => false,
	}
}

/// Whether a node-authorization call is refused: a claim, or one past the bounds its weight
/// is priced at.
fn refused_node_call(call: &pallet_node_authorization::Call<Runtime>) -> bool {
	use pallet_node_authorization::Call as Nodes;
	let max_id: u32 = <Runtime as pallet_node_authorization::Config>::MaxPeerIdLength::get();
	let max_id = usize::try_from(max_id).unwrap_or(usize::MAX);
	// The pallet's own rule for a node's id: shorter than the bound.
	let too_long = |id: &sp_core::OpaquePeerId| id.0.len() >= max_id;
	match call {
		Nodes::claim_node { .. } => true,
		Nodes::add_connections { node, connections } => {
			if too_long(node)
				|| connections.len() > MAX_CONNECTIONS
				|| connections.iter().any(too_long)
			{
				return true;
			}
			// Bounded by this very rule, so reading the set is cheap.
			let held = pallet_node_authorization::AdditionalConnections::<Runtime>::get(node).len();
			held.saturating_add(connections.len()) > MAX_CONNECTIONS
		}
		Nodes::remove_connections { connections, .. } => {
			connections.len() > MAX_CONNECTIONS || connections.iter().any(too_long)
		}
		Nodes::reset_well_known_nodes { nodes } => {
			let max_nodes: u32 =
				<Runtime as pallet_node_authorization::Config>::MaxWellKnownNodes::get();
			let max_nodes = usize::try_from(max_nodes).unwrap_or(usize::MAX);
			nodes.len() >= max_nodes || nodes.iter().any(|(id, _)| too_long(id))
		}
		_ => false,
	}
}
