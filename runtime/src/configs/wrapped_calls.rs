//! The calls a call carries inside it: what a `Utility` batch, `sudo`, `dispatch_as` or
//! `daco.enact_as_root` dispatches. Shared by the call filter (a refused call is refused
//! however it is wrapped) and the rate limit (a batch counts every call it carries).

use alloc::{vec, vec::Vec};

use crate::RuntimeCall;

/// How deep wrapped calls are looked into; the filter refuses anything nested deeper, and
/// the rate limit counts it as more than any limit allows.
pub const MAX_NESTING: u32 = 8;

/// The calls `call` dispatches inside it, one level down; none for a plain call.
pub fn wrapped_calls(call: &RuntimeCall) -> Vec<&RuntimeCall> {
	match call {
		RuntimeCall::Utility(call) => {
			use pallet_utility::Call::*;
			match call {
				batch { calls } | batch_all { calls } | force_batch { calls } => {
					calls.iter().collect()
				}
				as_derivative { call, .. }
				| dispatch_as { call, .. }
				| with_weight { call, .. }
				| dispatch_as_fallible { call, .. } => vec![&**call],
				if_else { main, fallback } => vec![&**main, &**fallback],
				_ => Vec::new(),
			}
		}
		RuntimeCall::Daco(pallet_daco::Call::enact_as_root { call }) => vec![&**call],
		RuntimeCall::Sudo(call) => {
			use pallet_sudo::Call::*;
			match call {
				sudo { call } | sudo_unchecked_weight { call, .. } | sudo_as { call, .. } => {
					vec![&**call]
				}
				_ => Vec::new(),
			}
		}
		_ => Vec::new(),
	}
}

/// Whether `call`, or any call it carries, is `refused`; anything nested deeper than
/// `depth` is.
pub fn reaches(call: &RuntimeCall, depth: u32, refused: &impl Fn(&RuntimeCall) -> bool) -> bool {
	let Some(depth) = depth.checked_sub(1) else { return true };
	refused(call) || wrapped_calls(call).into_iter().any(|inner| reaches(inner, depth, refused))
}

/// Whether any call `call` carries inside it, however deep up to `depth`, is `found` (not
/// looking at `call` itself).
pub fn carries(call: &RuntimeCall, depth: u32, found: &impl Fn(&RuntimeCall) -> bool) -> bool {
	let Some(depth) = depth.checked_sub(1) else { return false };
	wrapped_calls(call).into_iter().any(|inner| found(inner) || carries(inner, depth, found))
}

/// The plain calls `call` carries (itself, if it wraps none), nested batches counted through;
/// `u32::MAX` past `depth`.
pub fn plain_calls(call: &RuntimeCall, depth: u32) -> u32 {
	let Some(depth) = depth.checked_sub(1) else { return u32::MAX };
	let inner = wrapped_calls(call);
	if inner.is_empty() {
		return 1;
	}
	inner.into_iter().fold(0u32, |count, call| count.saturating_add(plain_calls(call, depth)))
}
