//! Runtime fuzzing, as polkadot's auditors do it (srlabs' `substrate-runtime-fuzzer`): random
//! bytes become blocks of transactions that the dev chain's accounts sign as wallets do, run
//! through the real runtime's `Executive`, and every invariant is checked after each block.
//!
//! [`run`] is the one harness. `tests/fuzz.rs` runs it over seeded inputs from
//! [`generate`] in every CI run; `fuzz/` runs it under `cargo fuzz`, coverage-guided
//! (`scripts/fuzz.sh`). The input format is [`input`]'s, the block building [`blocks`]'s,
//! what must hold after each block [`checks`]'s. A panic anywhere is a finding.

// The harness reports a finding by panicking, as a fuzzer expects; it is never part of a
// node's runtime.
#![allow(clippy::panic, clippy::expect_used)]

pub mod blocks;
mod checks;
pub mod generate;
pub mod input;

use std::sync::OnceLock;

use sp_keyring::Sr25519Keyring;
use sp_runtime::{ApplyExtrinsicResult, Storage};

use crate::{Balance, Executive, Runtime};
pub use blocks::{day_at, GENESIS_MOMENT};
use input::Step;

/// Who signs: the dev genesis's admins (Alice, Dave), approvers (Bob, Eve) and members
/// (Charlie, Ferdie), and two outsiders, One and Two, who are members of nothing until an
/// admin invites them (or sudo makes them a co-op's founders). An input names its signer by
/// an index into this list.
pub const SIGNERS: [Sr25519Keyring; 8] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::One,
	Sr25519Keyring::Two,
];

/// What one run did, so a test can tell that its inputs reach the pallets' rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
	/// Blocks built and checked.
	pub blocks: u32,
	/// Transactions included that dispatched successfully.
	pub succeeded: u32,
	/// Transactions included whose call failed (a dispatch error: fine).
	pub failed: u32,
	/// Transactions refused as invalid, which a pool would not have included: skipped.
	pub invalid: u32,
	/// Transactions the harness left out (see [`input::is_left_out`]).
	pub left_out: u32,
	/// HOUR in existence at the end.
	pub issuance: Balance,
}

impl core::ops::AddAssign for Outcome {
	fn add_assign(&mut self, other: Self) {
		self.blocks = self.blocks.saturating_add(other.blocks);
		self.succeeded = self.succeeded.saturating_add(other.succeeded);
		self.failed = self.failed.saturating_add(other.failed);
		self.invalid = self.invalid.saturating_add(other.invalid);
		self.left_out = self.left_out.saturating_add(other.left_out);
		self.issuance = self.issuance.saturating_add(other.issuance);
	}
}

/// The dev chain's genesis state, built once per process: fuzzers run millions of inputs.
fn genesis() -> &'static Storage {
	static GENESIS: OnceLock<Storage> = OnceLock::new();
	GENESIS.get_or_init(|| crate::testing::genesis_storage(sp_genesis_builder::DEV_RUNTIME_PRESET))
}

/// Runs `data` as blocks on the dev chain's genesis and checks every invariant after each
/// block; panics on the first that fails (or wherever the runtime panics).
pub fn run(data: &[u8]) -> Outcome {
	let steps = input::decode(data);
	let mut ext = sp_io::TestExternalities::new(genesis().clone());
	ext.execute_with(|| execute(&steps))
}

/// Whether to print each step and its result (`COOP_FUZZ_TRACE=1`), to read a finding.
fn tracing() -> bool {
	static TRACE: OnceLock<bool> = OnceLock::new();
	*TRACE.get_or_init(|| std::env::var_os("COOP_FUZZ_TRACE").is_some())
}

fn execute(steps: &[Step]) -> Outcome {
	let mut outcome = Outcome::default();
	let mut chain = blocks::Chain::start();
	for step in steps {
		match step {
			Step::NextBlock { lapse } => {
				finish_block(&mut chain, &mut outcome);
				chain.begin_next(*lapse);
			}
			Step::Transaction { signer, call } => {
				if input::is_left_out(call) {
					outcome.left_out = outcome.left_out.saturating_add(1);
					continue;
				}
				let result = apply_signed(*signer, call.clone());
				if tracing() {
					println!("signer {signer}: {call:?}\n  -> {result:?}");
				}
				match result {
					Ok(Ok(())) => outcome.succeeded = outcome.succeeded.saturating_add(1),
					Ok(Err(_)) => outcome.failed = outcome.failed.saturating_add(1),
					Err(_) => outcome.invalid = outcome.invalid.saturating_add(1),
				}
			}
		}
	}
	finish_block(&mut chain, &mut outcome);
	outcome.issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	outcome
}

fn finish_block(chain: &mut blocks::Chain, outcome: &mut Outcome) {
	chain.finish();
	if tracing() {
		let weight = frame_system::Pallet::<Runtime>::block_weight();
		println!("block {} finalised, {weight:?}", frame_system::Pallet::<Runtime>::block_number());
	}
	checks::after_block();
	outcome.blocks = outcome.blocks.saturating_add(1);
}

/// Signs `call` as `SIGNERS[signer]`'s wallet would (with the account's next nonce) and
/// applies it as the block builder does: an invalid transaction leaves no trace, since a
/// builder drops it with the storage changes it made.
fn apply_signed(signer: u8, call: crate::RuntimeCall) -> ApplyExtrinsicResult {
	let who = usize::from(signer)
		.checked_rem(SIGNERS.len())
		.and_then(|index| SIGNERS.get(index))
		.copied()
		.unwrap_or(Sr25519Keyring::Alice);
	let nonce = frame_system::Pallet::<Runtime>::account_nonce(who.to_account_id());
	let transaction = crate::testing::signed(who, call, nonce, 0);
	sp_io::storage::start_transaction();
	let result = Executive::apply_extrinsic(transaction);
	if result.is_ok() {
		sp_io::storage::commit_transaction();
	} else {
		sp_io::storage::rollback_transaction();
	}
	result
}
