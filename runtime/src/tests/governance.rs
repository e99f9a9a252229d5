//! Governance across pallets: bodies' votes admit co-ops, spend pools, act as Root.

use super::*;

#[test]
fn on_the_local_chain_the_federation_admits_a_coop_by_vote() {
	use coop_primitives::{Body, CoopId, ProposalId};
	use frame_support::traits::StorePreimage;
	use pallet_daco::types::VoteChoice;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let signed = |who: Sr25519Keyring| crate::RuntimeOrigin::signed(who.to_account_id());
		let register = RuntimeCall::Registry(pallet_registry::Call::register_coop {
			name: b"Printers".to_vec().try_into().unwrap(),
			admins: vec![pallet_registry::types::Founder {
				account: Sr25519Keyring::Eve.to_account_id(),
				identity: genesis_config_presets::dev_identity(Sr25519Keyring::Eve),
				name: Default::default(),
			}]
			.try_into()
			.unwrap(),
		});
		// Without a vote it is refused.
		assert!(dispatch(register.clone(), signed(Sr25519Keyring::Alice)).is_err());
		let propose = RuntimeCall::Daco(pallet_daco::Call::propose {
			body: Body::Federation,
			call: Box::new(crate::Preimage::bound(register).unwrap()),
			description: Default::default(),
		});
		dispatch(propose, signed(Sr25519Keyring::Alice)).unwrap();
		let proposal = ProposalId(0);
		for delegate in [Sr25519Keyring::Alice, Sr25519Keyring::Dave] {
			let vote = pallet_daco::Call::vote { proposal, choice: VoteChoice::Aye };
			dispatch(RuntimeCall::Daco(vote), signed(delegate)).unwrap();
		}
		dispatch(
			RuntimeCall::Daco(pallet_daco::Call::close { proposal }),
			signed(Sr25519Keyring::Bob),
		)
		.unwrap();
		// Registered, founding: it counts once its founder accepts with her own key.
		let status = |coop| pallet_registry::Coops::<Runtime>::get(coop).map(|c| c.status);
		assert_eq!(status(CoopId(2)), Some(coop_primitives::CoopStatus::Founding));
		let accept = pallet_registry::Call::accept_invitation { coop: CoopId(2) };
		dispatch(RuntimeCall::Registry(accept), signed(Sr25519Keyring::Eve)).unwrap();
		assert_eq!(status(CoopId(2)), Some(coop_primitives::CoopStatus::Active));
	});
}

#[test]
fn a_coops_vote_spends_its_pool_and_only_two_thirds_of_all_coops_act_as_root() {
	use coop_primitives::{Body, CoopId};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let bakers = CoopId(0);
		let spend = RuntimeCall::Hours(pallet_hours::Call::spend {
			coop: bakers,
			to: Sr25519Keyring::Bob.to_account_id(),
			amount: 1,
		});
		// The Builders' vote can't spend the Bakers' pool; the Bakers' vote gets as far as
		// finding the pool empty.
		assert_eq!(
			dispatch(spend.clone(), decided(Body::Coop(CoopId(1)), 3, 4)),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		assert_eq!(
			dispatch(spend, decided(Body::Coop(bakers), 2, 3)),
			Err(pallet_hours::Error::<Runtime>::InsufficientBalance.into())
		);
		// A runtime upgrade (anything Root does) needs two thirds of all co-ops: 2 of 2 here.
		let upgrade = RuntimeCall::Daco(pallet_daco::Call::enact_as_root {
			call: Box::new(RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 64 })),
		});
		assert_eq!(
			dispatch(upgrade.clone(), decided(Body::Federation, 1, 2)),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		dispatch(upgrade, decided(Body::Federation, 2, 2)).unwrap();
	});
}

#[test]
fn a_runtime_upgrade_fits_one_block_and_its_authorisation_fits_a_proposal() {
	use crate::configs::RuntimeBlockWeights;
	// An upgrade's code travels in `apply_authorized_upgrade`: with 1 MiB of code (ours is
	// under half that) it must pass `CheckWeight`'s per-extrinsic limit of an operational block.
	let code = vec![0u8; 1024 * 1024];
	let apply = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code });
	let info = apply.get_dispatch_info();
	assert_eq!(info.class, DispatchClass::Operational);
	let with_length = info.total_weight().saturating_add_proof_size(1024 * 1024);
	let limit = RuntimeBlockWeights::get().get(DispatchClass::Operational).max_extrinsic;
	assert!(limit.is_some_and(|limit| with_length.all_lte(limit)), "{with_length} > {limit:?}");
	// The federation's vote carries only the code's hash, well under a proposal's weight bound.
	let authorize = RuntimeCall::Daco(pallet_daco::Call::enact_as_root {
		call: Box::new(RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: Default::default(),
		})),
	});
	let max_proposal = crate::configs::MaxProposalWeight::get();
	assert!(authorize.get_dispatch_info().total_weight().all_lte(max_proposal));
}

#[test]
fn a_runtime_upgrade_fits_beside_a_block_whose_normal_share_is_full() {
	use crate::configs::{RuntimeBlockLength, RuntimeBlockWeights};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let weights = RuntimeBlockWeights::get();
		let apply = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
			code: vec![0u8; 1024 * 1024],
		});
		let info = apply.get_dispatch_info();
		let len = codec::Encode::encoded_size(&apply);
		// Payments up to the normal share's limit, the block's own weight, and its hooks' (the
		// tenth of a block expected for them), so the upgrade needs the operational reserve.
		let mut full = frame_system::ConsumedWeight::default();
		full.accrue(weights.base_block, DispatchClass::Mandatory);
		let hooks =
			frame_support::weights::Weight::from_parts(weights.max_block.ref_time() / 10, 0);
		full.accrue(hooks, DispatchClass::Mandatory);
		full.accrue(weights.get(DispatchClass::Normal).max_total.unwrap(), DispatchClass::Normal);
		frame_system::BlockWeight::<Runtime>::put(full);
		// And payments' bytes up to the normal share of the block's length.
		let length = RuntimeBlockLength::get().max;
		let next_len = length.get(DispatchClass::Normal).saturating_add(len as u32);
		assert!(next_len <= *length.get(DispatchClass::Operational), "{next_len} bytes");
		let fits = frame_system::CheckWeight::<Runtime>::do_prepare(&info, len, next_len);
		assert!(fits.is_ok(), "an upgrade of {} finds no room: {fits:?}", info.total_weight());
	});
}

#[test]
fn a_member_who_rebinds_mid_vote_can_not_vote_twice() {
	use coop_primitives::{Body, CoopId, ProposalId};
	use frame_support::traits::StorePreimage;
	use pallet_daco::types::VoteChoice;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let signed = |who: &crate::AccountId| crate::RuntimeOrigin::signed(who.clone());
		// Ferdie, a Builders' member (validators can't be rebound while their keys are set).
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		let spend = RuntimeCall::Hours(pallet_hours::Call::spend {
			coop: CoopId(1),
			to: ferdie.clone(),
			amount: 1,
		});
		let propose = RuntimeCall::Daco(pallet_daco::Call::propose {
			body: Body::Coop(CoopId(1)),
			call: Box::new(crate::Preimage::bound(spend).unwrap()),
			description: Default::default(),
		});
		dispatch(propose, signed(&ferdie)).unwrap();
		frame_system::Pallet::<Runtime>::set_block_number(2);
		let aye = RuntimeCall::Daco(pallet_daco::Call::vote {
			proposal: ProposalId(0),
			choice: VoteChoice::Aye,
		});
		dispatch(aye.clone(), signed(&ferdie)).unwrap();

		let new_key = Sr25519Keyring::One.to_account_id();
		let rebind = RuntimeCall::Registry(pallet_registry::Call::rebind {
			old: ferdie.clone(),
			new: new_key.clone(),
		});
		// The shortest recovery delay the runtime allows, so it completes mid-vote.
		pallet_registry::Policy::<Runtime>::mutate(|policy| policy.recovery_delay = crate::DAYS);
		dispatch(rebind, crate::RuntimeOrigin::root()).unwrap();
		frame_system::Pallet::<Runtime>::set_block_number(3 + crate::DAYS);
		let complete =
			RuntimeCall::Registry(pallet_registry::Call::complete_recovery { old: ferdie });
		dispatch(complete, signed(&Sr25519Keyring::Dave.to_account_id())).unwrap();

		assert_eq!(
			dispatch(aye, signed(&new_key)),
			Err(pallet_daco::Error::<Runtime>::JoinedAfterOpening.into())
		);
		let proposal = pallet_daco::Proposals::<Runtime>::get(ProposalId(0)).unwrap();
		assert_eq!(proposal.tally.ayes, 1);
	});
}

/// The constitution: a federation majority short of two thirds of all co-ops can neither
/// register puppet co-ops nor suspend the minority nor act as Root; and Daco judges a
/// proposal carrying any of these by that share (`ConstitutionalShare`), so what its early
/// close says agrees with what the call's origin accepts.
#[test]
fn what_changes_who_votes_in_the_federation_needs_two_thirds_of_all_coops() {
	use coop_primitives::{Body, CoopId};
	use pallet_daco::CallShare;
	use pallet_registry::Call as R;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let two_thirds = sp_runtime::Perbill::from_rational(2u32, 3u32);
		let founder = pallet_registry::types::Founder {
			account: Sr25519Keyring::Eve.to_account_id(),
			identity: genesis_config_presets::dev_identity(Sr25519Keyring::Eve),
			name: Default::default(),
		};
		let constitutional = [
			RuntimeCall::Registry(R::register_coop {
				name: b"Puppet".to_vec().try_into().unwrap(),
				admins: vec![founder].try_into().unwrap(),
			}),
			RuntimeCall::Registry(R::suspend_coop { coop: CoopId(1) }),
			RuntimeCall::Registry(R::resume_coop { coop: CoopId(1) }),
			RuntimeCall::Daco(pallet_daco::Call::enact_as_root {
				call: Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![] })),
			}),
		];
		for call in &constitutional {
			assert_eq!(crate::configs::ConstitutionalShare::required_share(call), two_thirds);
			// Hidden in a batch, it needs the same.
			let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: vec![
					RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
					call.clone(),
				],
			});
			assert_eq!(crate::configs::ConstitutionalShare::required_share(&batch), two_thirds);
			// A bare majority of six co-ops (4 of 6 is two thirds; 3 is not) is refused.
			assert_eq!(
				dispatch(call.clone(), decided(Body::Federation, 3, 6)),
				Err(sp_runtime::DispatchError::BadOrigin),
				"{call:?}"
			);
		}
		// An ordinary federation call needs only a passed proposal.
		let ordinary = RuntimeCall::Gate(pallet_gate::Call::set_rate_limit {
			limit: pallet_gate::RateLimit { transactions: 10, blocks: 10 },
		});
		assert_eq!(
			crate::configs::ConstitutionalShare::required_share(&ordinary),
			sp_runtime::Perbill::zero()
		);
		dispatch(ordinary, decided(Body::Federation, 2, 6)).unwrap();
		// Two thirds of all suspend a co-op (the Bakers' validators live, so finality goes on).
		crate::Validators::note_author(Sr25519Keyring::Alice.to_account_id());
		crate::Validators::note_author(Sr25519Keyring::Bob.to_account_id());
		let suspend = RuntimeCall::Registry(R::suspend_coop { coop: CoopId(1) });
		dispatch(suspend, decided(Body::Federation, 4, 6)).unwrap();
	});
}
