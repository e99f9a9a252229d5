//! Worst-case blocks: each call a member or a body can make whose work grows with its
//! input or with a set, at its bounds and from the state where it does the most work, runs
//! in the real runtime within the weight it is charged; and a block filled with it to the
//! normal share of its weight runs within the 2 s budget for producing a block.
//!
//! Timed natively (release), in memory: native code is faster than the wasm the nodes
//! run and nothing is read from disk, so this is a lower-bound check: it catches a weight
//! that is too low even by this measure (a call that decodes or walks more than it is
//! charged for), not one that is merely tight. Each call runs a few times from the same
//! state (rolled back in between) and the fastest run counts, so a busy machine does not
//! make it fail.

use std::time::{Duration, Instant};

use codec::Encode;
use coop_primitives::{Body, CoopId, ProposalId};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	storage::{with_transaction, TransactionOutcome},
	traits::{Bounded, Get, StorePreimage},
	BoundedVec,
};
use sp_core::{OpaquePeerId as PeerId, H256};
use sp_runtime::{traits::Dispatchable, DispatchError};

use super::*;
use crate::{configs::RuntimeBlockWeights, AccountId, RuntimeOrigin};

/// How often each call runs; the fastest counts.
const RUNS: u32 = 5;

/// The time one block's calls may take to produce it.
const BLOCK_BUDGET: Duration = Duration::from_secs(2);

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// The federation's unanimous vote: passes what needs a majority or two thirds of all
/// co-ops.
fn federation() -> RuntimeOrigin {
	decided(Body::Federation, 2, 2)
}

/// A call at its bounds: what it is, who sends it, and the state it starts from.
struct Case {
	name: &'static str,
	origin: RuntimeOrigin,
	call: RuntimeCall,
}

/// The fastest of [`RUNS`] runs of `case`'s call in the current state, each rolled back; the
/// call must succeed, so its whole path is timed.
fn fastest(case: &Case) -> Duration {
	(0..RUNS)
		.map(|_| {
			with_transaction(|| {
				let call = case.call.clone();
				let start = Instant::now();
				let result = call.dispatch(case.origin.clone());
				let elapsed = start.elapsed();
				assert!(result.is_ok(), "{}: {:?}", case.name, result.map_err(|e| e.error));
				TransactionOutcome::Rollback(Ok::<_, DispatchError>(elapsed))
			})
			.unwrap()
		})
		.min()
		.unwrap()
}

/// The longest call a proposal may carry, made of what costs the most to decode and walk
/// per byte: empty remarks, three bytes each, in batches of batches: the call the
/// benchmarks of `propose` and `close` measure.
fn longest_proposal() -> RuntimeCall {
	let max: u32 = <Runtime as pallet_daco::Config>::MaxProposalLength::get();
	let call = crate::configs::BatchesOfEmptyRemarks::of_length(max);
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	let (max, each) = (max as usize, remark.encoded_size());
	assert!(call.encoded_size() <= max && call.encoded_size() + each > max);
	call
}

/// Notes `call` and returns it as a proposal carries it, a lookup.
fn noted(call: RuntimeCall) -> Box<pallet_daco::BoundedCallOf<Runtime>> {
	let bytes = call.encode();
	let len = bytes.len() as u32;
	let hash = crate::Preimage::note(bytes.into()).unwrap();
	Box::new(Bounded::Lookup { hash, len })
}

fn daco_cases() -> Vec<Case> {
	let proposal = noted(longest_proposal());
	let propose = RuntimeCall::Daco(pallet_daco::Call::propose {
		body: Body::Coop(CoopId(0)),
		call: proposal.clone(),
		description: BoundedVec::truncate_from(vec![b'd'; 256]),
	});
	// A second proposal, already open and passed, for `close` to decode and dispatch.
	dispatch(propose.clone(), signed(Sr25519Keyring::Bob)).unwrap();
	let id = ProposalId(0);
	pallet_daco::Proposals::<Runtime>::mutate(id, |open| {
		let open = open.as_mut().unwrap();
		open.tally.ayes = open.tally.electorate;
		frame_system::Pallet::<Runtime>::set_block_number(open.ends_at + 1);
	});
	vec![
		Case {
			name: "daco.propose (longest call)",
			origin: signed(Sr25519Keyring::Alice),
			call: propose,
		},
		Case {
			name: "daco.close (longest call, passed)",
			origin: signed(Sr25519Keyring::Alice),
			call: RuntimeCall::Daco(pallet_daco::Call::close { proposal: id }),
		},
	]
}

fn registry_cases() -> Vec<Case> {
	use pallet_registry::{types::Founder, Call as R};
	let max_name: u32 = <Runtime as pallet_registry::Config>::MaxNameLength::get();
	let max_name = max_name as usize;
	let max_founders: u32 = <Runtime as pallet_registry::Config>::MaxFounders::get();
	let name = || BoundedVec::truncate_from(vec![b'n'; max_name]);
	let person = |i: u32| -> (AccountId, H256) {
		(AccountId::from([i as u8 + 100; 32]), H256::repeat_byte(i as u8 + 100))
	};
	let founders = (0..max_founders)
		.map(|i| {
			let (account, identity) = person(i);
			Founder { account, identity, name: name() }
		})
		.collect::<Vec<_>>();
	let (who, identity) = person(50);
	vec![
		Case {
			name: "registry.register_coop (most founders, longest names)",
			origin: federation(),
			call: RuntimeCall::Registry(R::register_coop {
				name: name(),
				admins: BoundedVec::truncate_from(founders),
			}),
		},
		Case {
			name: "registry.add_member (longest name)",
			origin: signed(Sr25519Keyring::Alice),
			call: RuntimeCall::Registry(R::add_member {
				coop: CoopId(0),
				who,
				identity,
				name: name(),
			}),
		},
	]
}

/// A peer id of the longest length the pallet takes, distinct by `family` and `i`.
fn peer(family: u8, i: u32) -> PeerId {
	let max: u32 = <Runtime as pallet_node_authorization::Config>::MaxPeerIdLength::get();
	let len = max - 1;
	let mut id = vec![family; len as usize];
	id[..4].copy_from_slice(&i.to_le_bytes());
	PeerId(id)
}

fn node_cases() -> Vec<Case> {
	use crate::configs::MAX_CONNECTIONS;
	use pallet_node_authorization::{AdditionalConnections, Call as N, Owners, WellKnownNodes};
	let max_nodes: u32 = <Runtime as pallet_node_authorization::Config>::MaxWellKnownNodes::get();
	let alice = Sr25519Keyring::Alice.to_account_id();
	let connections =
		|family| (0..MAX_CONNECTIONS as u32).map(|i| peer(family, i)).collect::<Vec<_>>();
	// A full set of well-known nodes, all Alice's, each with full connections, but the last
	// one, whose connections are empty so it can take a full call's worth.
	let nodes: Vec<PeerId> = (0..max_nodes).map(|i| peer(1, i)).collect();
	WellKnownNodes::<Runtime>::put(
		nodes.iter().cloned().collect::<std::collections::BTreeSet<_>>(),
	);
	for node in &nodes {
		Owners::<Runtime>::insert(node, &alice);
		AdditionalConnections::<Runtime>::insert(
			node,
			connections(2).into_iter().collect::<std::collections::BTreeSet<_>>(),
		);
	}
	let last = nodes.last().unwrap().clone();
	let empty = nodes[0].clone();
	AdditionalConnections::<Runtime>::remove(&empty);
	// A node no longer well known, claimed by Alice with full connections.
	let former = peer(3, 0);
	Owners::<Runtime>::insert(&former, &alice);
	AdditionalConnections::<Runtime>::insert(
		&former,
		connections(2).into_iter().collect::<std::collections::BTreeSet<_>>(),
	);
	let nodes_call = |call| RuntimeCall::NodeAuthorization(call);
	let reset = (0..max_nodes - 1).map(|i| (peer(9, i), alice.clone())).collect();
	let alice_signs = || signed(Sr25519Keyring::Alice);
	vec![
		// Full: one removed first, so one fits again (rolled back with the case).
		Case {
			name: "nodeAuthorization.remove_well_known_node (full set)",
			origin: federation(),
			call: nodes_call(N::remove_well_known_node { node: last.clone() }),
		},
		Case {
			name: "nodeAuthorization.swap_well_known_node (full set)",
			origin: federation(),
			call: nodes_call(N::swap_well_known_node { remove: last.clone(), add: peer(9, 0) }),
		},
		Case {
			name: "nodeAuthorization.reset_well_known_nodes (largest set)",
			origin: federation(),
			call: nodes_call(N::reset_well_known_nodes { nodes: reset }),
		},
		Case {
			name: "nodeAuthorization.remove_claim (full sets)",
			origin: alice_signs(),
			call: nodes_call(N::remove_claim { node: former }),
		},
		Case {
			name: "nodeAuthorization.transfer_node",
			origin: alice_signs(),
			call: nodes_call(N::transfer_node {
				node: last.clone(),
				owner: Sr25519Keyring::Bob.to_account_id().into(),
			}),
		},
		Case {
			name: "nodeAuthorization.add_connections (a full set)",
			origin: alice_signs(),
			call: nodes_call(N::add_connections { node: empty, connections: connections(4) }),
		},
		Case {
			name: "nodeAuthorization.remove_connections (all of a full set)",
			origin: alice_signs(),
			call: nodes_call(N::remove_connections { node: last, connections: connections(2) }),
		},
	]
}

/// `add_well_known_node` needs room for one: the full set but one.
fn add_node_case() -> Case {
	use pallet_node_authorization::{Call as N, WellKnownNodes};
	let mut set = WellKnownNodes::<Runtime>::get();
	let first = set.iter().next().unwrap().clone();
	set.remove(&first);
	WellKnownNodes::<Runtime>::put(set);
	Case {
		name: "nodeAuthorization.add_well_known_node (set one short of full)",
		origin: federation(),
		call: RuntimeCall::NodeAuthorization(N::add_well_known_node {
			node: peer(9, 1),
			owner: Sr25519Keyring::Alice.to_account_id().into(),
		}),
	}
}

fn hours_cases() -> Vec<Case> {
	use pallet_hours::Call as H;
	let bob = Sr25519Keyring::Bob.to_account_id();
	let alice = Sr25519Keyring::Alice.to_account_id();
	frame_support::assert_ok!(
		<crate::Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
			&alice,
			1_000_000_000_000
		)
	);
	vec![Case {
		name: "hours.transfer",
		origin: signed(Sr25519Keyring::Alice),
		call: RuntimeCall::Hours(H::transfer { to: bob, amount: 1 }),
	}]
}

/// Every case runs within its weight, and a block full of it within [`BLOCK_BUDGET`].
#[test]
fn every_call_at_its_bounds_runs_within_its_weight_and_a_block_of_them_within_budget() {
	let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).max_total.unwrap();
	let mut ext = genesis_of(DEV_RUNTIME_PRESET);
	ext.execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(2);
		let mut cases = registry_cases();
		cases.extend(hours_cases());
		cases.extend(node_cases());
		cases.extend(daco_cases());
		let mut failures = vec![];
		let mut run = |case: Case| {
			let weight = case.call.get_dispatch_info().call_weight.ref_time();
			let took = fastest(&case);
			let took_ps = took.as_nanos() as u64 * 1_000;
			// As many as the normal share of a block's weight lets in.
			let per_block = normal.ref_time() / weight.max(1);
			let block = took * per_block as u32;
			println!(
				"{:<62} weight {:>9.1} µs, ran {:>9.1} µs ({:>5.1} %); {per_block:>6} a block: {:>7.1} ms",
				case.name,
				weight as f64 / 1e6,
				took_ps as f64 / 1e6,
				took_ps as f64 * 100.0 / weight as f64,
				block.as_secs_f64() * 1e3,
			);
			if took_ps > weight || block > BLOCK_BUDGET {
				failures.push(case.name);
			}
		};
		for case in cases {
			run(case);
		}
		run(add_node_case());
		assert!(failures.is_empty(), "over their weight or the block budget: {failures:?}");
	});
}
