//! The runtime's call filter: what no signer may do, however the call is wrapped.
//!
//! - **HOUR moves only through the Hours pallet**: every `Balances` call is refused.
//! - **Nodes are the federation's**: `nodeAuthorization.claimNode` is refused (any member
//!   could claim any peer id without holding its key, and then pick that node's peers); the
//!   federation adds nodes with their owners by vote (`addWellKnownNode`). An owner's
//!   connection set holds at most [`MAX_CONNECTIONS`] peers, and a call names at most that
//!   many.
//!
//! Also when wrapped in another call (a `Utility` batch, `dispatch_as`, `sudo`,
//! `daco.enact_as_root`…): the wrapper itself is refused. Checking the wrapper matters for
//! `sudo` and `enact_as_root`, whose inner call runs as Root, and Root bypasses the base
//! filter. (A proposal's call is held as a preimage; it is filtered when the passed proposal
//! dispatches it with the body's origin.)

use frame_support::traits::Contains;

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
	use pallet_node_authorization::Call as Nodes;
	match call {
		RuntimeCall::Balances(_) => true,
		RuntimeCall::NodeAuthorization(Nodes::claim_node { .. }) => true,
		RuntimeCall::NodeAuthorization(Nodes::add_connections { node, connections }) => {
			// Bounded by this very rule, so reading the set is cheap.
			let held = pallet_node_authorization::AdditionalConnections::<Runtime>::get(node).len();
			connections.len() > MAX_CONNECTIONS
				|| held.saturating_add(connections.len()) > MAX_CONNECTIONS
		}
		RuntimeCall::NodeAuthorization(Nodes::remove_connections { connections, .. }) => {
			connections.len() > MAX_CONNECTIONS
		}
		_ => false,
	}
}
