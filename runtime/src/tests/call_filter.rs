//! HOUR moves only through `Hours`: no `Balances` call passes, however wrapped.

use super::*;

/// Every shape in which a `Balances` call can hide inside another call.
fn wrapped(call: RuntimeCall) -> Vec<RuntimeCall> {
	use pallet_utility::Call as U;
	let boxed = || Box::new(call.clone());
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	let signed = Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(
		Sr25519Keyring::Alice.to_account_id(),
	)));
	let mut shapes = vec![
		call.clone(),
		RuntimeCall::Utility(U::batch { calls: vec![remark.clone(), call.clone()] }),
		RuntimeCall::Utility(U::batch_all { calls: vec![call.clone()] }),
		RuntimeCall::Utility(U::force_batch { calls: vec![call.clone()] }),
		RuntimeCall::Utility(U::as_derivative { index: 0, call: boxed() }),
		RuntimeCall::Utility(U::dispatch_as { as_origin: signed.clone(), call: boxed() }),
		RuntimeCall::Utility(U::dispatch_as_fallible { as_origin: signed, call: boxed() }),
		RuntimeCall::Utility(U::with_weight { call: boxed(), weight: Weight::zero() }),
		RuntimeCall::Utility(U::if_else { main: Box::new(remark.clone()), fallback: boxed() }),
		RuntimeCall::Utility(U::if_else { main: boxed(), fallback: Box::new(remark) }),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: boxed() }),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight {
			call: boxed(),
			weight: Weight::zero(),
		}),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
			who: Sr25519Keyring::Bob.to_account_id().into(),
			call: boxed(),
		}),
		RuntimeCall::Daco(pallet_daco::Call::enact_as_root { call: boxed() }),
	];
	// Wrapped twice over.
	let batch_of_sudo = RuntimeCall::Utility(U::batch {
		calls: vec![RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: boxed() })],
	});
	shapes.push(batch_of_sudo);
	shapes
}

#[test]
fn no_balances_call_passes_the_filter_however_it_is_wrapped() {
	use frame_support::traits::Contains;
	type Filter = <Runtime as frame_system::Config>::BaseCallFilter;
	let bob = Sr25519Keyring::Bob.to_account_id();
	let balances_calls = [
		pallet_balances::Call::transfer_keep_alive { dest: bob.clone().into(), value: 1 },
		pallet_balances::Call::transfer_allow_death { dest: bob.clone().into(), value: 1 },
		pallet_balances::Call::transfer_all { dest: bob.clone().into(), keep_alive: false },
		pallet_balances::Call::force_set_balance { who: bob.clone().into(), new_free: 1 },
		pallet_balances::Call::burn { value: 1, keep_alive: false },
	];
	for call in balances_calls {
		for shape in wrapped(RuntimeCall::Balances(call)) {
			assert!(!Filter::contains(&shape), "{shape:?} must be refused");
		}
	}
	// Hours calls, and wrappers of them, pass.
	let pay = RuntimeCall::Hours(pallet_hours::Call::transfer { to: bob, amount: 1 });
	for shape in wrapped(pay) {
		assert!(Filter::contains(&shape), "{shape:?} must pass");
	}
	// Nesting deeper than the filter looks is refused too.
	let mut deep = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	for _ in 0..10 {
		deep = RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![deep] });
	}
	assert!(!Filter::contains(&deep));
}

#[test]
fn a_signed_balances_transfer_fails_as_filtered() {
	use sp_runtime::traits::Dispatchable;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = crate::RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		let bob = Sr25519Keyring::Bob.to_account_id();
		for call in wrapped(RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: bob.into(),
			value: 1,
		})) {
			let error = call.dispatch(alice.clone()).unwrap_err().error;
			assert_eq!(error, frame_system::Error::<Runtime>::CallFiltered.into());
		}
	});
}

#[test]
fn no_member_claims_a_node_however_the_call_is_wrapped() {
	use frame_support::traits::Contains;
	type Filter = <Runtime as frame_system::Config>::BaseCallFilter;
	let claim = RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::claim_node {
		node: sp_core::OpaquePeerId(vec![7; 38]),
	});
	for shape in wrapped(claim) {
		assert!(!Filter::contains(&shape), "{shape:?} must be refused");
	}
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		use sp_runtime::traits::Dispatchable;
		let peer = sp_core::OpaquePeerId(vec![7; 38]);
		let claim = pallet_node_authorization::Call::claim_node { node: peer.clone() };
		let alice = crate::RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		let result = RuntimeCall::NodeAuthorization(claim).dispatch(alice);
		assert_eq!(
			result.map_err(|e| e.error),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		assert!(pallet_node_authorization::Owners::<Runtime>::get(peer).is_none());
	});
}

#[test]
fn a_nodes_connections_are_bounded() {
	use crate::configs::MAX_CONNECTIONS;
	use frame_support::traits::Contains;
	use pallet_node_authorization::Call as Nodes;
	type Filter = <Runtime as frame_system::Config>::BaseCallFilter;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let node = genesis_config_presets::peer_id_of(&genesis_config_presets::LOCAL_NODES[0].1);
		let peers = |from: u8, n: usize| -> Vec<sp_core::OpaquePeerId> {
			(0..n).map(|i| sp_core::OpaquePeerId(vec![from.wrapping_add(i as u8); 38])).collect()
		};
		let add = |connections| {
			RuntimeCall::NodeAuthorization(Nodes::add_connections {
				node: node.clone(),
				connections,
			})
		};
		assert!(!Filter::contains(&add(peers(0, MAX_CONNECTIONS + 1))));
		assert!(!Filter::contains(&RuntimeCall::NodeAuthorization(Nodes::remove_connections {
			node: node.clone(),
			connections: peers(0, MAX_CONNECTIONS + 1),
		})));
		// The owner fills the set, a call at a time; then no more fit.
		let alice = crate::RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		dispatch(add(peers(0, MAX_CONNECTIONS - 1)), alice.clone()).unwrap();
		assert!(!Filter::contains(&add(peers(100, 2))));
		dispatch(add(peers(100, 1)), alice.clone()).unwrap();
		assert_eq!(
			dispatch(add(peers(200, 1)), alice),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		let held = pallet_node_authorization::AdditionalConnections::<Runtime>::get(&node);
		assert_eq!(held.len(), MAX_CONNECTIONS);
	});
}

/// What the node-authorization weights are priced at is what the filter lets through:
/// peer ids shorter than `MaxPeerIdLength` in every argument (the pallet checks only the
/// node's own), a reset of fewer than `MaxWellKnownNodes` nodes.
#[test]
fn node_authorization_calls_stay_within_the_bounds_their_weights_assume() {
	use frame_support::traits::{Contains, Get};
	use pallet_node_authorization::Call as Nodes;
	type Filter = <Runtime as frame_system::Config>::BaseCallFilter;
	let max_id: u32 = <Runtime as pallet_node_authorization::Config>::MaxPeerIdLength::get();
	let max_nodes: u32 = <Runtime as pallet_node_authorization::Config>::MaxWellKnownNodes::get();
	let id = |len: u32, tag: u8| sp_core::OpaquePeerId(vec![tag; len as usize]);
	let nodes = |call| RuntimeCall::NodeAuthorization(call);
	let alice = Sr25519Keyring::Alice.to_account_id();
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		for len in [max_id - 1, max_id] {
			let fits = len < max_id;
			let add =
				nodes(Nodes::add_connections { node: id(38, 1), connections: vec![id(len, 2)] });
			let remove =
				nodes(Nodes::remove_connections { node: id(38, 1), connections: vec![id(len, 2)] });
			let reset =
				nodes(Nodes::reset_well_known_nodes { nodes: vec![(id(len, 2), alice.clone())] });
			let own = nodes(Nodes::add_connections { node: id(len, 1), connections: vec![] });
			for call in [add, remove, reset, own] {
				assert_eq!(Filter::contains(&call), fits, "{len} bytes: {call:?}");
			}
		}
		let reset = |n: u32| {
			nodes(Nodes::reset_well_known_nodes {
				nodes: (0..n).map(|i| (id(38, i as u8), alice.clone())).collect(),
			})
		};
		assert!(Filter::contains(&reset(max_nodes - 1)));
		assert!(!Filter::contains(&reset(max_nodes)));
	});
}
