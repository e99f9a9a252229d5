//! Benchmarks of `pallet_node_authorization`, which ships none: every call on its worst path
//! in this runtime, with the sets at their bounds (`MaxWellKnownNodes` well-known nodes,
//! peer ids one byte short of `MaxPeerIdLength`, the pallet's own limit, and connection
//! sets of [`MAX_CONNECTIONS`], the call filter's). Runs against the real pallet and
//! runtime; `claim_node` is measured too, though the call filter refuses it.

use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use pallet_node_authorization::{AdditionalConnections, Call, Owners, WellKnownNodes};
use sp_core::OpaquePeerId as PeerId;
use sp_runtime::traits::StaticLookup;

use crate::configs::MAX_CONNECTIONS;

/// Benchmarks of `pallet_node_authorization` in this runtime.
pub struct Pallet<T: Config>(pallet_node_authorization::Pallet<T>);

/// What the benchmarks need: the pallet itself.
pub trait Config: pallet_node_authorization::Config {}

impl Config for crate::Runtime {}

/// The `i`th of a family of distinct peer ids of the longest length the pallet accepts.
fn peer<T: Config>(family: u8, i: u32) -> PeerId {
	let len = T::MaxPeerIdLength::get().saturating_sub(1) as usize;
	let mut id = vec![family; len];
	for (byte, value) in id.iter_mut().zip(i.to_le_bytes()) {
		*byte = value;
	}
	PeerId(id)
}

/// `n` well-known nodes, all owned by `owner`, each with a full set of connections.
fn well_known<T: Config>(n: u32, owner: &T::AccountId) -> Vec<PeerId> {
	let nodes: Vec<PeerId> = (0..n).map(|i| peer::<T>(1, i)).collect();
	WellKnownNodes::<T>::put(nodes.iter().cloned().collect::<alloc::collections::BTreeSet<_>>());
	for node in &nodes {
		Owners::<T>::insert(node, owner);
		AdditionalConnections::<T>::insert(node, full_connections::<T>());
	}
	nodes
}

/// A set of [`MAX_CONNECTIONS`] peers.
fn full_connections<T: Config>() -> alloc::collections::BTreeSet<PeerId> {
	connections::<T>(2).into_iter().collect()
}

/// [`MAX_CONNECTIONS`] peers of a family.
fn connections<T: Config>(family: u8) -> Vec<PeerId> {
	(0..MAX_CONNECTIONS as u32).map(|i| peer::<T>(family, i)).collect()
}

fn max_nodes<T: Config>() -> u32 {
	T::MaxWellKnownNodes::get()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The set one short of full: read, grown and written; the owner written.
	#[benchmark]
	fn add_well_known_node() -> Result<(), BenchmarkError> {
		let origin =
			T::AddOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner: T::AccountId = account("owner", 0, 0);
		well_known::<T>(max_nodes::<T>().saturating_sub(1), &owner);
		let node = peer::<T>(9, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node.clone(), T::Lookup::unlookup(owner.clone()));

		assert_eq!(WellKnownNodes::<T>::get().len() as u32, max_nodes::<T>());
		assert_eq!(Owners::<T>::get(&node), Some(owner));
		Ok(())
	}

	/// A full set: read, shrunk and written; the node's owner and full connections removed.
	#[benchmark]
	fn remove_well_known_node() -> Result<(), BenchmarkError> {
		let origin =
			T::RemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner: T::AccountId = account("owner", 0, 0);
		let nodes = well_known::<T>(max_nodes::<T>(), &owner);
		let node = nodes.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, node.clone());

		assert!(!WellKnownNodes::<T>::get().contains(&node));
		assert!(Owners::<T>::get(&node).is_none());
		Ok(())
	}

	/// A full set: read and written; owner and full connections moved to the new id.
	#[benchmark]
	fn swap_well_known_node() -> Result<(), BenchmarkError> {
		let origin =
			T::SwapOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner: T::AccountId = account("owner", 0, 0);
		let nodes = well_known::<T>(max_nodes::<T>(), &owner);
		let remove = nodes.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let add = peer::<T>(9, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, remove, add.clone());

		assert_eq!(Owners::<T>::get(&add), Some(owner));
		assert_eq!(AdditionalConnections::<T>::get(&add).len(), MAX_CONNECTIONS);
		Ok(())
	}

	/// A full set replaced by as many new nodes as the pallet takes (one short of
	/// `MaxWellKnownNodes`), each owner written.
	#[benchmark]
	fn reset_well_known_nodes() -> Result<(), BenchmarkError> {
		let origin =
			T::ResetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner: T::AccountId = account("owner", 0, 0);
		well_known::<T>(max_nodes::<T>(), &owner);
		let new: Vec<(PeerId, T::AccountId)> = (0..max_nodes::<T>().saturating_sub(1))
			.map(|i| (peer::<T>(9, i), owner.clone()))
			.collect();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new);

		assert_eq!(WellKnownNodes::<T>::get().len() as u32, max_nodes::<T>().saturating_sub(1));
		Ok(())
	}

	/// Refused by the call filter; measured so its weight is not a guess either.
	#[benchmark]
	fn claim_node() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let node = peer::<T>(9, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), node.clone());

		assert_eq!(Owners::<T>::get(&node), Some(caller));
		Ok(())
	}

	/// A node no longer well known (reset away) with full connections; the full set of
	/// well-known nodes read to check.
	#[benchmark]
	fn remove_claim() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = whitelisted_caller();
		well_known::<T>(max_nodes::<T>(), &owner);
		let node = peer::<T>(9, 0);
		Owners::<T>::insert(&node, &owner);
		AdditionalConnections::<T>::insert(&node, full_connections::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), node.clone());

		assert!(Owners::<T>::get(&node).is_none());
		Ok(())
	}

	#[benchmark]
	fn transfer_node() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = whitelisted_caller();
		let nodes = well_known::<T>(1, &owner);
		let node = nodes.first().cloned().ok_or(BenchmarkError::Weightless)?;
		let new: T::AccountId = account("new owner", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), node.clone(), T::Lookup::unlookup(new.clone()));

		assert_eq!(Owners::<T>::get(&node), Some(new));
		Ok(())
	}

	/// An empty set filled with [`MAX_CONNECTIONS`] peers, the most one call may name.
	#[benchmark]
	fn add_connections() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = whitelisted_caller();
		let node = peer::<T>(1, 0);
		Owners::<T>::insert(&node, &owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), node.clone(), connections::<T>(2));

		assert_eq!(AdditionalConnections::<T>::get(&node).len(), MAX_CONNECTIONS);
		Ok(())
	}

	/// A full set emptied by naming all of it.
	#[benchmark]
	fn remove_connections() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = whitelisted_caller();
		let node = peer::<T>(1, 0);
		Owners::<T>::insert(&node, &owner);
		AdditionalConnections::<T>::insert(&node, full_connections::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), node.clone(), connections::<T>(2));

		assert!(AdditionalConnections::<T>::get(&node).is_empty());
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		sp_io::TestExternalities::new(Default::default()),
		crate::Runtime
	);
}
