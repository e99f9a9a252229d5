//! Tests of the runtime as a whole: its genesis presets and its fees.

use frame_support::{
	dispatch::{DispatchClass, DispatchInfo, GetDispatchInfo, Pays},
	weights::Weight,
};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

use crate::{
	genesis_config_presets, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeGenesisConfig,
	TransactionPayment,
};

/// `patch` laid over `base`, key by key, as the node does with a chain spec's patch.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The state a preset's genesis builds, ready for `execute_with`.
fn genesis_of(preset: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&PresetId::from(preset))
		.unwrap_or_else(|| panic!("preset {preset} exists"));
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, serde_json::from_slice(&patch).unwrap());
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
			serde_json::to_vec(&config).unwrap(),
		)
		.expect("the preset builds a genesis state")
	});
	ext
}

#[test]
fn every_named_preset_builds_and_unknown_ones_do_not_exist() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	for name in names {
		let bytes: &[u8] = name.as_ref();
		let name = String::from_utf8(bytes.to_vec()).unwrap();
		genesis_of(&name);
	}
	assert!(genesis_config_presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn development_has_alice_as_only_validator_and_sudo() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.into_inner(), vec![Sr25519Keyring::Alice.public().into()]);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
	});
}

#[test]
fn local_testnet_has_four_validators() {
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
		let expected: Vec<_> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.iter()
		.map(|k| k.public().into())
		.collect();
		assert_eq!(aura, expected);
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(grandpa.len(), 4);
		assert!(grandpa.iter().all(|(_, weight)| *weight == 1), "one validator, one vote");
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "no sudo: the federation votes");
	});
}

#[test]
fn every_fee_is_zero_however_heavy_or_long_the_transaction() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		for class in [DispatchClass::Normal, DispatchClass::Operational] {
			let info = DispatchInfo {
				call_weight: Weight::from_parts(u64::MAX / 2, u64::MAX / 2),
				extension_weight: Weight::from_parts(1_000_000, 1_000),
				class,
				pays_fee: Pays::Yes,
			};
			assert_eq!(TransactionPayment::compute_fee(5 * 1024 * 1024, &info, 0), 0);
		}
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		let info = transfer.get_dispatch_info();
		assert!(info.call_weight.ref_time() > 0, "weights are still measured");
		assert_eq!(TransactionPayment::compute_fee(200, &info, 0), 0);
	});
}

#[test]
fn genesis_holds_no_hour() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(|| {
			assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), 0, "{preset}");
			for who in Sr25519Keyring::well_known() {
				assert_eq!(Balances::free_balance(who.to_account_id()), 0);
			}
		});
	}
}

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
fn hours_are_minted_for_approved_work_in_the_runtime() {
	use coop_primitives::{CoopId, HOUR as ONE_HOUR};
	use sp_runtime::traits::Dispatchable;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		// 2026-11-22, noon.
		pallet_timestamp::Now::<Runtime>::put(1_795_348_800_000u64);
		let signed = |who: Sr25519Keyring| crate::RuntimeOrigin::signed(who.to_account_id());
		let bakers = CoopId(0);
		let log = RuntimeCall::Hours(pallet_hours::Call::log_work {
			coop: bakers,
			minutes: 90,
			day: 20_779,
			memo: Default::default(),
		});
		log.dispatch(signed(Sr25519Keyring::Charlie)).unwrap();
		let claim = coop_primitives::ClaimId(0);
		let approve = RuntimeCall::Hours(pallet_hours::Call::approve { claim });
		approve.dispatch(signed(Sr25519Keyring::Bob)).unwrap();
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		assert_eq!(Balances::free_balance(&charlie), 3 * ONE_HOUR / 2);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), 3 * ONE_HOUR / 2);
	});
}

#[test]
fn test_chains_start_with_two_coops_of_dev_accounts() {
	use coop_primitives::{CoopId, Coops as _, Membership as _, Role};
	use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
	type Registry = pallet_registry::Pallet<Runtime>;

	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(|| {
			let (bakers, builders) = (CoopId(0), CoopId(1));
			assert_eq!(Registry::active_coop_count(), 2, "{preset}");
			let role = |coop, who: Sr25519Keyring| Registry::role(coop, &who.to_account_id());
			assert_eq!(role(bakers, Alice), Some(Role::Admin));
			assert_eq!(role(bakers, Bob), Some(Role::Approver));
			assert_eq!(role(bakers, Charlie), Some(Role::Member));
			assert_eq!(role(builders, Dave), Some(Role::Admin));
			assert_eq!(role(builders, Eve), Some(Role::Approver));
			assert_eq!(role(builders, Ferdie), Some(Role::Member));
			assert_eq!(role(builders, Charlie), Some(Role::Member));
			assert_eq!(role(builders, Alice), None);
			assert_eq!(Registry::member_count(bakers), 3);
			assert_eq!(Registry::member_count(builders), 4);
			for who in [Alice, Bob, Charlie, Dave, Eve, Ferdie] {
				let account = who.to_account_id();
				let member = pallet_registry::Members::<Runtime>::get(&account).unwrap();
				assert_eq!(member.identity, genesis_config_presets::dev_identity(who));
				assert!(frame_system::Pallet::<Runtime>::providers(&account) >= 1);
			}
			let pool = Registry::pool_account(bakers);
			assert_eq!(Registry::pool_owner(&pool), Some(bakers));
		});
	}
}

/// Dispatches `call` from `origin`, as a transaction would.
fn dispatch(call: RuntimeCall, origin: crate::RuntimeOrigin) -> sp_runtime::DispatchResult {
	use sp_runtime::traits::Dispatchable;
	call.dispatch(origin).map(|_| ()).map_err(|e| e.error)
}

/// A passed proposal's origin: `body` with `ayes` of `electorate` in favour.
fn decided(body: coop_primitives::Body, ayes: u32, electorate: u32) -> crate::RuntimeOrigin {
	let tally = pallet_daco::tally::Tally { ayes, nays: 0, abstentions: 0, electorate };
	crate::RuntimeOrigin::from(pallet_daco::BodyOrigin { body, tally })
}

#[test]
fn on_the_local_chain_the_federation_admits_a_coop_by_vote() {
	use coop_primitives::{Body, CoopId, ProposalId};
	use frame_support::traits::StorePreimage;
	use pallet_daco::types::VoteChoice;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let signed = |who: Sr25519Keyring| crate::RuntimeOrigin::signed(who.to_account_id());
		let register = RuntimeCall::Registry(pallet_registry::Call::register_coop {
			name: b"Printers".to_vec(),
			admins: vec![pallet_registry::types::Founder {
				account: Sr25519Keyring::Eve.to_account_id(),
				identity: genesis_config_presets::dev_identity(Sr25519Keyring::Eve),
				name: vec![],
			}],
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
		assert!(pallet_registry::Coops::<Runtime>::get(CoopId(2)).is_some());
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
			old: ferdie,
			new: new_key.clone(),
		});
		dispatch(rebind, crate::RuntimeOrigin::root()).unwrap();

		assert_eq!(
			dispatch(aye, signed(&new_key)),
			Err(pallet_daco::Error::<Runtime>::JoinedAfterOpening.into())
		);
		let proposal = pallet_daco::Proposals::<Runtime>::get(ProposalId(0)).unwrap();
		assert_eq!(proposal.tally.ayes, 1);
	});
}

/// `call` signed by `who` with nonce 0, as a wallet would send it to this runtime.
fn signed_by(who: Sr25519Keyring, call: RuntimeCall) -> crate::UncheckedExtrinsic {
	signed_with_tip(who, call, 0)
}

/// The extensions a wallet fills in for a transaction with nonce 0 and `tip`.
pub(crate) fn extensions(tip: crate::Balance) -> crate::TxExtension {
	use sp_runtime::generic::Era;
	(
		pallet_registry::CheckMember::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		pallet_registry::CheckNonceWithinRate::from(0),
		frame_system::CheckWeight::new(),
		pallet_registry::NoTips::from(tip),
		frame_system::WeightReclaim::new(),
	)
}

/// `call` signed by `who` with nonce 0 and a tip, as a wallet would send it.
fn signed_with_tip(
	who: Sr25519Keyring,
	call: RuntimeCall,
	tip: crate::Balance,
) -> crate::UncheckedExtrinsic {
	use codec::Encode;
	let extensions = extensions(tip);
	let payload = crate::SignedPayload::new(call.clone(), extensions.clone()).unwrap();
	let signature = payload.using_encoded(|bytes| who.sign(bytes));
	crate::UncheckedExtrinsic::new_signed(
		call,
		who.to_account_id().into(),
		signature.into(),
		extensions,
	)
}

#[test]
fn the_pool_takes_members_transactions_and_refuses_outsiders_with_code_1() {
	use pallet_registry::transaction_gate::refusal;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		// The parent of the block validated against is genesis, the hash the payload signs.
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		let validate =
			|xt| crate::Executive::validate_transaction(TransactionSource::External, xt, genesis);
		// Alice is a Bakers' admin; One is nobody.
		let member = validate(signed_by(Sr25519Keyring::Alice, remark.clone()));
		assert!(member.is_ok(), "{member:?}");
		assert_eq!(
			validate(signed_by(Sr25519Keyring::One, remark)),
			Err(InvalidTransaction::Custom(refusal::NOT_MEMBER).into())
		);
	});
}

#[test]
fn a_tip_is_refused_with_code_4_and_wallets_see_the_stock_extension_names() {
	use pallet_registry::transaction_gate::refusal;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource};
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		let tipped = signed_with_tip(Sr25519Keyring::Alice, remark, 1);
		assert_eq!(
			crate::Executive::validate_transaction(TransactionSource::External, tipped, genesis),
			Err(InvalidTransaction::Custom(refusal::TIP).into())
		);
	});
	// Wallets encode extensions by these names; ours stand in for two of the stock ones.
	use sp_runtime::traits::TransactionExtension;
	let names: Vec<_> = <crate::TxExtension as TransactionExtension<RuntimeCall>>::metadata()
		.into_iter()
		.map(|m| m.identifier)
		.collect();
	assert_eq!(
		names,
		[
			"CheckMember",
			"CheckNonZeroSender",
			"CheckSpecVersion",
			"CheckTxVersion",
			"CheckGenesis",
			"CheckMortality",
			"CheckNonce",
			"CheckWeight",
			"ChargeTransactionPayment",
			"WeightReclaim",
		]
	);
}

#[test]
fn a_validator_the_federation_votes_in_validates_from_the_session_after_next() {
	use coop_primitives::{Body, CoopId};
	use sp_keyring::Ed25519Keyring;
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let eve = Sr25519Keyring::Eve;
		let add = RuntimeCall::Validators(pallet_validators::Call::add_validator {
			account: eve.to_account_id(),
			coop: CoopId(1),
		});
		// Eve, a Builders' member, has no keys yet.
		assert_eq!(
			dispatch(add.clone(), decided(Body::Federation, 2, 2)),
			Err(pallet_validators::Error::<Runtime>::NoSessionKeys.into())
		);
		// What `session.set_keys` stores (its ownership proof is checked on a live chain).
		let keys = crate::opaque::SessionKeys {
			aura: eve.public().into(),
			grandpa: Ed25519Keyring::Eve.public().into(),
		};
		pallet_session::NextKeys::<Runtime>::insert(eve.to_account_id(), keys);
		// A co-op's vote is not the federation's.
		assert_eq!(
			dispatch(add.clone(), decided(Body::Coop(CoopId(1)), 3, 3)),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		dispatch(add, decided(Body::Federation, 2, 2)).unwrap();

		let authorities = || pallet_aura::Authorities::<Runtime>::get().len();
		crate::Session::rotate_session();
		assert_eq!(authorities(), 4, "the next session only queues the new set");
		crate::Session::rotate_session();
		assert_eq!(authorities(), 5);
		let change = pallet_grandpa::PendingChange::<Runtime>::get().expect("a GRANDPA change");
		assert_eq!(change.next_authorities.len(), 5);
	});
}

#[test]
fn the_local_chain_knows_its_validators_nodes_by_the_keys_in_chain_specs() {
	use sp_core::Pair;
	for (owner, public) in genesis_config_presets::LOCAL_NODES {
		let name = owner.to_string().to_lowercase();
		let path = format!("{}/../chain-specs/local-node-keys/{name}", env!("CARGO_MANIFEST_DIR"));
		let hex = std::fs::read_to_string(&path).unwrap();
		let seed: Vec<u8> = (0..32)
			.map(|i| u8::from_str_radix(&hex.trim()[2 * i..2 * i + 2], 16).unwrap())
			.collect();
		let pair = sp_core::ed25519::Pair::from_seed_slice(&seed).unwrap();
		assert_eq!(pair.public().0, public, "{path}");
	}
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let nodes = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
		assert_eq!(nodes.len(), 4);
		let alice = genesis_config_presets::peer_id_of(&genesis_config_presets::LOCAL_NODES[0].1);
		assert_eq!(
			pallet_node_authorization::Owners::<Runtime>::get(&alice),
			Some(Sr25519Keyring::Alice.to_account_id())
		);
	});
}
