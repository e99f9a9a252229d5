//! How the fuzzer's bytes become blocks. An input is a sequence of steps, each starting
//! with one byte:
//!
//! - `0x00..=0x7f`: a transaction. The byte modulo the number of [`super::SIGNERS`] names
//!   the signer; a SCALE-encoded `RuntimeCall` follows (decoded with a depth limit).
//! - `0x80..=0xff`: the block ends. With `n` the byte's low seven bits, the next block is
//!   [`lapse`]`(n)` block numbers later: from the next one (`n` = 0) to about five
//!   weeks later (`n` = 127), so that rules counted in blocks (deliberation, voting periods,
//!   claims' and invitations' time to live, rate windows) and in days are reached within a
//!   few steps.
//!
//! Decoding stops at the first call that does not decode; what came before still runs.
//! Every input is a valid one: a fuzzer's mutations only change what it says.

use codec::DecodeLimit;

use crate::{BlockNumber, RuntimeCall};

/// How deep calls may nest in an input. The call filter refuses more than 8 levels of
/// wrapping, so deeper inputs would only repeat one refusal.
const MAX_CALL_DEPTH: u32 = 16;

/// The most steps one input runs, so that one execution stays fast (libFuzzer wants
/// thousands a second).
pub const MAX_STEPS: usize = 256;

/// One step of an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
	/// `call`, signed by `SIGNERS[signer % SIGNERS.len()]`.
	Transaction {
		/// Index into [`super::SIGNERS`], taken modulo its length.
		signer: u8,
		/// What is signed.
		call: RuntimeCall,
	},
	/// The block ends; the next block's number is `lapse` higher.
	NextBlock {
		/// At least 1.
		lapse: BlockNumber,
	},
}

/// The block numbers from one block to the next for a step byte whose low bits are `n`:
/// `1 + n³ / 4`, fine-grained for small `n` (1, 1, 3, 7, 17, 32 …) and 512,096 (about five
/// weeks of 6-second blocks) at `n` = 127.
pub fn lapse(n: u8) -> BlockNumber {
	let n = BlockNumber::from(n & 0x7f);
	(n.saturating_mul(n).saturating_mul(n) / 4).saturating_add(1)
}

/// The steps of `data`; see the module docs.
pub fn decode(mut data: &[u8]) -> Vec<Step> {
	let mut steps = Vec::new();
	while let Some((&first, rest)) = data.split_first() {
		if steps.len() >= MAX_STEPS {
			break;
		}
		data = rest;
		if first & 0x80 != 0 {
			steps.push(Step::NextBlock { lapse: lapse(first) });
			continue;
		}
		match RuntimeCall::decode_with_depth_limit(MAX_CALL_DEPTH, &mut data) {
			Ok(call) => steps.push(Step::Transaction { signer: first, call }),
			Err(_) => break,
		}
	}
	steps
}

/// Whether the harness leaves `call` out instead of running it: `System`'s calls other than
/// remarks, anywhere inside it (a batch, `sudo`, `dispatch_as`, `daco.enact_as_root`, a
/// proposal's inline call). Those are Root writing raw storage or replacing the code;
/// invariants after them say nothing about the pallets' rules (srlabs' fuzzers leave them
/// out too). Everything else Root may do, through the dev chain's sudo key, is fuzzed.
pub fn is_left_out(call: &RuntimeCall) -> bool {
	reaches_raw_root_power(call, MAX_CALL_DEPTH)
}

fn reaches_raw_root_power(call: &RuntimeCall, depth: u32) -> bool {
	use frame_support::traits::Bounded;
	let Some(depth) = depth.checked_sub(1) else { return true };
	let inner = |call: &RuntimeCall| reaches_raw_root_power(call, depth);
	match call {
		RuntimeCall::System(call) => !matches!(
			call,
			frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. }
		),
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
		RuntimeCall::Sudo(call) => {
			use pallet_sudo::Call::*;
			match call {
				sudo { call } | sudo_unchecked_weight { call, .. } | sudo_as { call, .. } => {
					inner(call)
				}
				_ => false,
			}
		}
		RuntimeCall::Daco(pallet_daco::Call::enact_as_root { call }) => inner(call),
		RuntimeCall::Daco(pallet_daco::Call::propose { call, .. }) => match call.as_ref() {
			Bounded::Inline(bytes) => {
				RuntimeCall::decode_with_depth_limit(depth, &mut bytes.as_slice())
					.is_ok_and(|c| inner(&c))
			}
			_ => false,
		},
		// A noted preimage becomes a proposal's call by its hash.
		RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes }) => {
			RuntimeCall::decode_with_depth_limit(depth, &mut bytes.as_slice())
				.is_ok_and(|c| inner(&c))
		}
		_ => false,
	}
}
