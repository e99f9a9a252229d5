//! The fuzzing harness (`crate::fuzzing`) over seeded inputs, in every CI run: each a few
//! blocks of wallet-like transactions by the dev chain's accounts, every invariant checked
//! after each block. Deterministic: a failure names its seed, and the seed is the input.
//! Coverage-guided fuzzing of the same harness is `scripts/fuzz.sh`.

use super::*;
use crate::fuzzing::{self, generate, Outcome};

/// Seeds run in CI: 5,000 take about 25 s in release on a 2-core machine (docs/testing.md).
const RUNS: u64 = 5_000;

/// Runs seed `seed`'s input, naming the seed and the input (hex, as `cargo fuzz` takes it
/// from a file) if it fails.
fn run_seed(seed: u64) -> Outcome {
	let input = generate::input(seed);
	std::panic::catch_unwind(|| fuzzing::run(&input)).unwrap_or_else(|finding| {
		let hex: String = input.iter().map(|b| format!("{b:02x}")).collect();
		eprintln!("seed {seed} fails; its input: {hex}");
		std::panic::resume_unwind(finding)
	})
}

#[test]
fn every_invariant_holds_over_thousands_of_seeded_random_chains() {
	let mut total = Outcome::default();
	let mut paid_runs = 0;
	for seed in 0..RUNS {
		let outcome = run_seed(seed);
		if outcome.issuance > 0 {
			paid_runs += 1;
		}
		total += outcome;
	}
	println!("{RUNS} seeded inputs: {total:?}, {paid_runs} of them minted HOUR");
	// The inputs reach the rules, not only the gate: blocks follow each other, transactions
	// get in and some succeed, and in some chains work is approved and paid.
	let transactions = total.succeeded + total.failed + total.invalid;
	assert!(u64::from(total.blocks) > RUNS * 2, "{total:?}");
	assert!(total.succeeded * 20 > transactions, "under 5% succeed: {total:?}");
	assert!(paid_runs * 50 > RUNS, "only {paid_runs} runs minted HOUR: {total:?}");
}

#[test]
fn an_input_is_any_bytes() {
	// Empty, a lone block end, a signer with no call, a call that does not decode.
	for input in [&[][..], &[0xff], &[0x01], &[0x02, 0xff, 0xff, 0xff]] {
		let outcome = fuzzing::run(input);
		assert!(outcome.blocks >= 1, "{input:?}: {outcome:?}");
	}
}

#[test]
fn raw_root_powers_are_left_out_however_wrapped() {
	use crate::fuzzing::input::is_left_out;
	let set_storage = RuntimeCall::System(frame_system::Call::set_storage { items: vec![] });
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	let sudo = |call| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	let batch = |calls| RuntimeCall::Utility(pallet_utility::Call::batch { calls });
	assert!(is_left_out(&set_storage));
	assert!(is_left_out(&sudo(batch(vec![remark.clone(), set_storage]))));
	assert!(!is_left_out(&sudo(batch(vec![remark]))));
}

/// The harness's first finding, fixed: block 10 rotates the session, and `pallet_session`'s
/// own hook charged the whole block for that, so a member's remark was refused there as
/// exhausting the block. The validators pallet rotates sessions now, charging what a
/// rotation costs; the block takes transactions and the session moved on.
#[test]
fn a_session_rotation_block_takes_transactions() {
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let mut chain = fuzzing::blocks::Chain::start();
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		for _ in 1..10 {
			chain.finish();
			chain.begin_next(1);
		}
		assert_eq!(frame_system::Pallet::<Runtime>::block_number(), 10);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), session + 1, "rotated");
		let included = crate::Executive::apply_extrinsic(crate::testing::signed(
			Sr25519Keyring::Alice,
			remark,
			0,
			0,
		));
		assert_eq!(included, Ok(Ok(())));
	});
}

/// Writes the seed corpus for `cargo fuzz` (`fuzz/corpus/runtime/`) from the first seeds:
/// `cargo test -p coop-runtime --features try-runtime writes_the_seed_corpus -- --ignored`.
#[test]
#[ignore = "writes files; run by hand to refresh the corpus"]
fn writes_the_seed_corpus() {
	let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/runtime");
	std::fs::create_dir_all(&dir).unwrap();
	for seed in 0..64 {
		std::fs::write(dir.join(format!("seed-{seed:03}")), generate::input(seed)).unwrap();
	}
}

/// Replays one input with every step traced, to read a finding:
/// `COOP_FUZZ_TRACE=1 COOP_FUZZ_SEED=17 cargo test … replays_one_input -- --ignored
/// --nocapture`, or `COOP_FUZZ_INPUT=<hex>` (as printed by a failing seed, or
/// `xxd -p` of a `cargo fuzz` artifact) instead of the seed.
#[test]
#[ignore = "replays the input the environment names"]
fn replays_one_input() {
	let input = match (std::env::var("COOP_FUZZ_INPUT"), std::env::var("COOP_FUZZ_SEED")) {
		(Ok(hex), _) => {
			let hex: Vec<u8> = hex.bytes().filter(u8::is_ascii_hexdigit).collect();
			hex.chunks(2)
				.map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
				.collect()
		}
		(_, Ok(seed)) => generate::input(seed.parse().unwrap()),
		_ => panic!("set COOP_FUZZ_INPUT (hex) or COOP_FUZZ_SEED"),
	};
	println!("{:?}", fuzzing::run(&input));
}
