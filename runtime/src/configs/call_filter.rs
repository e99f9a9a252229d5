//! The runtime's call filter: HOUR moves only through the Hours pallet.
//!
//! Every `Balances` call is refused, also when it is wrapped in another call (a `Utility`
//! batch, `dispatch_as`, `sudo`, `daco.enact_as_root`…): the wrapper itself is refused.
//! Checking the wrapper matters for `sudo` and `enact_as_root`, whose inner call runs as Root,
//! and Root bypasses the base filter. (A proposal's call is held as a preimage; it is
//! filtered when the passed proposal dispatches it with the body's origin.)

use frame_support::traits::Contains;

use crate::RuntimeCall;

/// How deep wrapped calls are looked into; anything nested deeper is refused.
const MAX_NESTING: u32 = 8;

/// Lets through every call that does not reach `Balances`.
pub struct NoBalancesCalls;

impl Contains<RuntimeCall> for NoBalancesCalls {
	fn contains(call: &RuntimeCall) -> bool {
		!reaches_balances(call, MAX_NESTING)
	}
}

/// Whether `call` is, or wraps, a `Balances` call (or nests deeper than `depth`).
fn reaches_balances(call: &RuntimeCall, depth: u32) -> bool {
	let Some(depth) = depth.checked_sub(1) else { return true };
	let inner = |call: &RuntimeCall| reaches_balances(call, depth);
	match call {
		RuntimeCall::Balances(_) => true,
		RuntimeCall::Utility(call) => {
			use pallet_utility::Call::*;
			match call {
				batch { calls } | batch_all { calls } | force_batch { calls } => {
					calls.iter().any(inner)
				}
				as_derivative { call, .. }
				| dispatch_as { call, .. }
				| with_weight { call, .. }
				| dispatch_as_fallible { call, .. } => inner(call),
				if_else { main, fallback } => inner(main) || inner(fallback),
				_ => false,
			}
		}
		RuntimeCall::Daco(pallet_daco::Call::enact_as_root { call }) => inner(call),
		RuntimeCall::Sudo(call) => {
			use pallet_sudo::Call::*;
			match call {
				sudo { call } | sudo_unchecked_weight { call, .. } | sudo_as { call, .. } => {
					inner(call)
				}
				_ => false,
			}
		}
		_ => false,
	}
}
