//! The runtime charges our calls the weights `scripts/benchmark-weights.sh` measured, and
//! those weights leave a block room for what the chain is for: members paying each other.

use core::any::TypeId;

use coop_primitives::{Body, ClaimId, CoopId, ProposalId, Role};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{Bounded, Get},
	weights::Weight,
	BoundedVec,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::Perbill;

use crate::{configs::RuntimeBlockWeights, AccountId, Runtime, RuntimeCall};

use super::extensions_with;

type RegistryWeights = pallet_registry::weights::SubstrateWeight<Runtime>;
type GateWeights = pallet_gate::weights::SubstrateWeight<Runtime>;
type HoursWeights = pallet_hours::weights::SubstrateWeight<Runtime>;
type DacoWeights = pallet_daco::weights::SubstrateWeight<Runtime>;
type ValidatorsWeights = pallet_validators::weights::SubstrateWeight<Runtime>;
use pallet_daco::WeightInfo as _;
use pallet_gate::WeightInfo as _;
use pallet_hours::WeightInfo as _;
use pallet_registry::WeightInfo as _;
use pallet_validators::WeightInfo as _;

fn alice() -> AccountId {
	Alice.to_account_id()
}

fn bob() -> AccountId {
	Bob.to_account_id()
}

fn registry(call: pallet_registry::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Registry(call)
}

fn hours(call: pallet_hours::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Hours(call)
}

fn daco(call: pallet_daco::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Daco(call)
}

/// A payment, the call the chain carries most.
fn payment() -> RuntimeCall {
	hours(pallet_hours::Call::transfer { to: bob(), amount: 1 })
}

/// Every call of our pallets, each with the weight its benchmark measured (at the worst case
/// of its components where the call is weighed before it runs).
fn our_calls_and_measured_weights() -> Vec<(RuntimeCall, Weight)> {
	use pallet_registry::Call as R;
	let coop = CoopId(0);
	let founders = (0..3)
		.map(|_| pallet_registry::types::Founder {
			account: alice(),
			identity: H256::zero(),
			name: BoundedVec::truncate_from(b"A".to_vec()),
		})
		.collect::<Vec<_>>();
	let max_coops: u32 = <Runtime as pallet_registry::Config>::MaxCoopsPerMember::get();
	let listeners = crate::configs::ListenersWeight::get();
	let registry_calls = vec![
		(
			registry(R::register_coop {
				name: BoundedVec::truncate_from(b"Co-op".to_vec()),
				admins: BoundedVec::truncate_from(founders),
			}),
			RegistryWeights::register_coop(3),
		),
		(
			registry(R::add_member {
				coop,
				who: bob(),
				identity: H256::zero(),
				name: BoundedVec::truncate_from(b"Bob".to_vec()),
			}),
			RegistryWeights::add_member(),
		),
		(
			registry(R::set_role { coop, who: bob(), role: Role::Admin }),
			RegistryWeights::set_role(),
		),
		// With what the runtime's listeners cost (session keys, the validator list).
		(
			registry(R::remove_member { coop, who: bob() }),
			RegistryWeights::remove_member().saturating_add(listeners),
		),
		(registry(R::leave { coop }), RegistryWeights::leave().saturating_add(listeners)),
		(
			registry(R::rebind { old: alice(), new: bob() }),
			RegistryWeights::rebind(max_coops)
				.saturating_add(listeners.saturating_mul(u64::from(max_coops))),
		),
		(registry(R::suspend_coop { coop }), RegistryWeights::suspend_coop()),
		(registry(R::resume_coop { coop }), RegistryWeights::resume_coop()),
		(registry(R::accept_invitation { coop }), RegistryWeights::accept_invitation()),
		(registry(R::decline_invitation { coop }), RegistryWeights::decline_invitation()),
		(
			registry(R::drop_expired_invitation { who: bob(), coop }),
			RegistryWeights::decline_invitation(),
		),
		(
			registry(R::set_policy {
				policy: pallet_registry::types::RegistryPolicy {
					invitation_ttl: 10,
					recovery_delay: 10,
					membership_retention: 10,
				},
			}),
			RegistryWeights::set_policy(),
		),
		(
			registry(R::complete_recovery { old: alice() }),
			RegistryWeights::rebind(max_coops)
				.saturating_add(listeners.saturating_mul(u64::from(max_coops))),
		),
		(registry(R::cancel_recovery {}), RegistryWeights::decline_invitation()),
	];

	let gate_calls = vec![(
		RuntimeCall::Gate(pallet_gate::Call::set_rate_limit {
			limit: pallet_gate::RateLimit { transactions: 60, blocks: 10 },
		}),
		GateWeights::set_rate_limit(),
	)];

	use pallet_hours::Call as H;
	let claim = ClaimId(0);
	let max_approvals: u32 =
		<<Runtime as pallet_hours::Config>::MaxApprovals as frame_support::traits::Get<u32>>::get();
	let hours_calls = vec![
		(
			hours(H::log_work { coop, minutes: 60, day: 1, memo: H256::zero() }),
			HoursWeights::log_work(),
		),
		(hours(H::approve { claim }), HoursWeights::approve(max_approvals)),
		(hours(H::reject { claim, reason: BoundedVec::new() }), HoursWeights::reject()),
		(payment(), HoursWeights::transfer()),
		(hours(H::contribute { coop, amount: 1 }), HoursWeights::contribute()),
		(hours(H::spend { coop, to: bob(), amount: 1 }), HoursWeights::spend()),
		(
			hours(H::set_policy { policy: pallet_hours::Policy::<Runtime>::get() }),
			HoursWeights::set_policy(),
		),
		(
			hours(H::set_coop_terms { coop, rate: 1_000_000, approvals_required: 1 }),
			HoursWeights::set_coop_terms(),
		),
	];

	use pallet_daco::Call as D;
	let proposal = ProposalId(0);
	let max_proposal: Weight = <Runtime as pallet_daco::Config>::MaxProposalWeight::get();
	let max_len: u32 = <Runtime as pallet_daco::Config>::MaxProposalLength::get();
	let thresholds = pallet_daco::types::Thresholds {
		rule: pallet_daco::tally::Rule {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(50),
			min_ayes: Perbill::zero(),
		},
		voting_period: 100,
		min_deliberation: 10,
	};
	let daco_calls = vec![
		(
			daco(D::propose {
				body: Body::Coop(coop),
				call: Box::new(Bounded::Lookup { hash: H256::zero(), len: max_len }),
				description: BoundedVec::new(),
			}),
			DacoWeights::propose(max_len),
		),
		(
			daco(D::vote { proposal, choice: pallet_daco::types::VoteChoice::Aye }),
			DacoWeights::vote(),
		),
		// Charged the longest and heaviest call a proposal may carry; refunded to what it
		// used.
		(daco(D::close { proposal }), DacoWeights::close(max_len).saturating_add(max_proposal)),
		(
			daco(D::set_thresholds { body: Body::Federation, thresholds }),
			DacoWeights::set_thresholds(),
		),
		(daco(D::set_delegate { coop, delegate: Some(bob()) }), DacoWeights::set_delegate()),
		(daco(D::withdraw { proposal }), DacoWeights::withdraw()),
		(daco(D::cancel { proposal }), DacoWeights::cancel()),
		// Charged its own weight plus the call it enacts.
		(
			daco(D::enact_as_root { call: Box::new(payment()) }),
			DacoWeights::enact_as_root().saturating_add(HoursWeights::transfer()),
		),
	];

	use pallet_validators::Call as V;
	let max_validators: u32 = <Runtime as pallet_validators::Config>::MaxValidators::get();
	let validators_calls = vec![
		(
			RuntimeCall::Validators(V::add_validator { account: bob(), coop }),
			ValidatorsWeights::add_validator(max_validators),
		),
		(
			RuntimeCall::Validators(V::remove_validator { account: bob() }),
			ValidatorsWeights::remove_validator(max_validators),
		),
	];

	[registry_calls, gate_calls, hours_calls, daco_calls, validators_calls].concat()
}

fn is<A: 'static, B: 'static>() -> bool {
	TypeId::of::<A>() == TypeId::of::<B>()
}

#[test]
fn the_runtime_uses_the_measured_weights_and_stock_ones_for_the_rest() {
	assert!(is::<<Runtime as pallet_registry::Config>::WeightInfo, RegistryWeights>());
	assert!(is::<<Runtime as pallet_gate::Config>::WeightInfo, GateWeights>());
	assert!(is::<<Runtime as pallet_hours::Config>::WeightInfo, HoursWeights>());
	assert!(is::<<Runtime as pallet_daco::Config>::WeightInfo, DacoWeights>());
	assert!(is::<<Runtime as pallet_validators::Config>::WeightInfo, ValidatorsWeights>());
	assert!(is::<
		<Runtime as pallet_node_authorization::Config>::WeightInfo,
		crate::configs::NodeAuthorizationWeights<Runtime>,
	>());
	assert!(is::<
		<Runtime as pallet_balances::Config>::WeightInfo,
		pallet_balances::weights::SubstrateWeight<Runtime>,
	>());
	assert!(is::<
		<Runtime as frame_system::Config>::ExtensionsWeightInfo,
		crate::configs::WarmGenesis<
			frame_system::SubstrateExtensionsWeight<Runtime>,
			crate::weights::ParityDbWeight,
		>,
	>());
	assert!(is::<
		<Runtime as pallet_timestamp::Config>::WeightInfo,
		pallet_timestamp::weights::SubstrateWeight<Runtime>,
	>());
}

#[test]
fn every_call_of_ours_is_charged_what_its_benchmark_measured() {
	sp_io::TestExternalities::default().execute_with(|| {
		let calls = our_calls_and_measured_weights();
		assert_eq!(calls.len(), 14 + 1 + 8 + 8 + 2, "a call of ours is missing here");
		for (call, measured) in calls {
			let info = call.get_dispatch_info();
			assert_eq!(info.call_weight, measured, "{call:?}");
			assert!(measured.ref_time() > 0, "{call:?} was measured at zero");
		}
	});
}

#[test]
fn every_call_of_ours_but_the_enacting_ones_takes_under_a_tenth_of_a_block() {
	let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).max_total.unwrap();
	sp_io::TestExternalities::default().execute_with(|| {
		for (call, measured) in our_calls_and_measured_weights() {
			let enacts = matches!(
				call,
				RuntimeCall::Daco(
					pallet_daco::Call::close { .. } | pallet_daco::Call::enact_as_root { .. }
				)
			);
			if !enacts {
				assert!(measured.ref_time() < normal.ref_time() / 10, "{call:?}: {measured}");
			}
		}
	});
}

/// The throughput target: 3,000 payments in one 6 s block, counting everything a signed
/// payment is charged: the extrinsic's base weight, its extensions, the call. A member's
/// first transaction in a rate-limit window also records the window; the others get that
/// write back after dispatch, and the block counts what is left.
#[test]
fn a_block_holds_at_least_3000_payments_by_weight() {
	use frame_support::weights::RuntimeDbWeight;
	use sp_runtime::traits::TransactionExtension;
	let weights = RuntimeBlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let db: RuntimeDbWeight = <Runtime as frame_system::Config>::DbWeight::get();
	let first_in_window = normal
		.base_extrinsic
		.saturating_add(payment().get_dispatch_info().call_weight)
		.saturating_add(
			extensions_with(0, 0, sp_runtime::generic::Era::mortal(256, 0)).weight(&payment()),
		);
	let others = first_in_window.saturating_sub(db.writes(1));
	let room = normal.max_total.unwrap().ref_time();
	let payments = room / others.ref_time();
	println!("a payment: {first_in_window} for a window's first, {others} for others: {payments} a block");
	assert!(
		payments >= 3_000,
		"{payments} payments of {others} ({first_in_window} for a window's first) fit {room} ps"
	);
}

/// The weights table in `docs/measurements.md`, printed from the runtime's own figures: the
/// measured weight of every call of ours (and of a stock `Balances` transfer, for
/// comparison) at its components' worst case, storage priced by the runtime's `DbWeight`,
/// and how many fit in the normal share of a block, each with the extrinsic base weight.
/// `scripts/benchmark-weights.sh` prints it after measuring:
/// `cargo test --release -p coop-runtime weights_table -- --nocapture`.
#[test]
fn weights_table() {
	use frame_support::traits::GetCallMetadata;
	use pallet_balances::WeightInfo as _;
	let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).clone();
	let room = normal.max_total.unwrap().ref_time();
	let base = normal.base_extrinsic.ref_time();
	let tenths_of_us = |ps: u64| format!("{}.{}", ps / 1_000_000, ps / 100_000 % 10);
	sp_io::TestExternalities::default().execute_with(|| {
		let stock = (
			"Balances::transfer_keep_alive (stock, for comparison)".to_string(),
			pallet_balances::weights::SubstrateWeight::<Runtime>::transfer_keep_alive(),
		);
		let ours = our_calls_and_measured_weights().into_iter().map(|(call, weight)| {
			let meta = call.get_call_metadata();
			(format!("{}::{}", meta.pallet_name, meta.function_name), weight)
		});
		println!("| call | weight (µs) | proof (bytes) | calls in one block |");
		println!("|---|---:|---:|---:|");
		for (name, weight) in core::iter::once(stock).chain(ours) {
			let per_block = room / weight.ref_time().saturating_add(base);
			assert!(per_block >= 1, "{name} does not fit a block");
			println!(
				"| `{name}` | {} | {} | {per_block} |",
				tenths_of_us(weight.ref_time()),
				weight.proof_size()
			);
		}
		println!(
			"\nNormal share of a block: {} µs; extrinsic base weight: {} µs; storage priced as \
			 the runtime's DbWeight.",
			tenths_of_us(room),
			tenths_of_us(base)
		);
	});
}

/// The base weight takes out each extension's compute once: the reads and writes listed for
/// each are the ones its weights file prices (else the compute taken from the RocksDB-priced
/// weight would differ), and the list is every extension a payment is charged for.
#[test]
fn the_transaction_base_takes_out_each_extensions_compute_once() {
	use crate::weights::{transaction_base, ExtrinsicBaseWeight};
	use sp_runtime::traits::TransactionExtension;
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	let extensions = transaction_base::extensions();
	for extension in &extensions {
		assert_eq!(
			extension.charged_compute(),
			extension.rocksdb_compute(),
			"{}: its reads and writes are not {} and {}",
			extension.name,
			extension.reads,
			extension.writes
		);
	}
	let (reads, writes) = extensions.iter().fold((0, 0), |(r, w), e| (r + e.reads, w + e.writes));
	let charged =
		extensions_with(0, 0, sp_runtime::generic::Era::mortal(256, 0)).weight(&payment());
	assert_eq!(
		charged.ref_time(),
		transaction_base::extensions_compute() + db.reads_writes(reads, writes).ref_time(),
		"a payment's extensions are charged more than the listed ones"
	);
	let base = transaction_base();
	assert_eq!(
		base.ref_time() + transaction_base::extensions_compute(),
		ExtrinsicBaseWeight::get().ref_time()
	);
	// What is left is at least a signature check: sr25519 takes tens of microseconds.
	assert!(base.ref_time() > 30_000_000, "{base}");
	println!(
		"transaction base: {base} of the measured {}; extensions' compute {} ps",
		ExtrinsicBaseWeight::get(),
		transaction_base::extensions_compute()
	);
}

/// The keys priced warm (whitelisted in the benchmarks, or taken out of the stock
/// `CheckGenesis` weight) are each read by a pallet's `on_initialize` first, which charges
/// the block for that cold read; and no other key of our pallets is whitelisted.
#[test]
fn keys_priced_warm_are_read_first_by_the_blocks_own_hooks() {
	use frame_support::traits::{Hooks, WhitelistedStorageKeys};
	let ours: Vec<_> = [
		pallet_gate::TransactionRateLimit::<Runtime>::hashed_key().to_vec(),
		pallet_hours::Policy::<Runtime>::hashed_key().to_vec(),
	]
	.into();
	let whitelisted: Vec<_> = crate::AllPalletsWithSystem::whitelisted_storage_keys()
		.into_iter()
		.map(|key| key.key)
		.collect();
	for key in &ours {
		assert!(whitelisted.contains(key), "{key:?} is not whitelisted");
	}
	let our_pallets =
		[&b"Registry"[..], b"Gate", b"Hours", b"Daco", b"Validators"].map(sp_io::hashing::twox_128);
	let of_ours = whitelisted
		.iter()
		.filter(|key| our_pallets.iter().any(|prefix| key.starts_with(prefix)))
		.count();
	assert_eq!(of_ours, ours.len(), "a key of ours whitelisted without a hook reading it first");
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	super::genesis_of(super::DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(<crate::Gate as Hooks<_>>::on_initialize(1), db.reads(2));
		assert_eq!(<crate::Hours as Hooks<_>>::on_initialize(1), db.reads(1));
	});
	// The genesis hash: stock `CheckGenesis` less one read, and nothing else changed.
	type Stock = frame_system::SubstrateExtensionsWeight<Runtime>;
	type Charged = <Runtime as frame_system::Config>::ExtensionsWeightInfo;
	use frame_system::ExtensionsWeightInfo;
	assert_eq!(Charged::check_genesis(), Stock::check_genesis().saturating_sub(db.reads(1)));
	assert_eq!(
		Charged::check_mortality_mortal_transaction(),
		Stock::check_mortality_mortal_transaction()
	);
}
