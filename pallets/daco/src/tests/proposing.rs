use super::*;
use crate::{Error, Event, OpenProposals};
use codec::Encode;
use frame_support::traits::Get;
use frame_support::{assert_noop, traits::Bounded};
use sp_runtime::{traits::Hash, DispatchError};

#[test]
fn a_member_opens_a_proposal_with_a_fixed_electorate() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(BOB), BAKERS_BODY, set_own_thresholds(BAKERS_BODY, 60));
		System::assert_last_event(
			Event::Proposed {
				proposal: id,
				body: BAKERS_BODY,
				proposer: crate::types::Voter::Member(BOB),
				electorate: 4,
				ends_at: 1 + PERIOD,
			}
			.into(),
		);
		let proposal = Proposals::<Test>::get(id).unwrap();
		assert_eq!(proposal.opened_at, 1);
		assert_eq!(proposal.rule, thresholds(50, 50).rule);
		assert_eq!(OpenProposals::<Test>::get(BAKERS_BODY), 1);
	});
}

#[test]
fn delegates_and_coops_propose_to_the_federation() {
	ExtBuilder::build_and_execute(|| {
		let id = propose(signed(ALICE), Body::Federation, root_only());
		assert_eq!(tally_of(id).electorate, 3);
		// Printers has no delegate: it proposes by its own vote.
		propose(body_origin(Body::Coop(PRINTERS), 1, 1), Body::Federation, root_only());
	});
}

#[test]
fn only_voters_propose() {
	ExtBuilder::build_and_execute(|| {
		let call = || bounded(root_only());
		assert_noop!(
			Daco::propose(signed(OUTSIDER), BAKERS_BODY, call(), about("x")),
			Error::<Test>::NotVoter
		);
		assert_noop!(
			Daco::propose(signed(EVE), BAKERS_BODY, call(), about("x")),
			Error::<Test>::NotVoter
		);
		// Bob is a member but not a delegate.
		assert_noop!(
			Daco::propose(signed(BOB), Body::Federation, call(), about("x")),
			Error::<Test>::NotVoter
		);
		// The federation's own origin is not a co-op's.
		assert_noop!(
			Daco::propose(
				body_origin(Body::Federation, 3, 3),
				Body::Federation,
				call(),
				about("x")
			),
			Error::<Test>::NotVoter
		);
		assert_noop!(
			Daco::propose(RuntimeOrigin::root(), BAKERS_BODY, call(), about("x")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_body_has_at_most_max_open_proposals() {
	ExtBuilder::build_and_execute(|| {
		for who in [BOB, BOB, CHARLIE] {
			propose(signed(who), BAKERS_BODY, root_only());
		}
		assert_noop!(
			Daco::propose(signed(BOB), BAKERS_BODY, bounded(root_only()), about("4th")),
			Error::<Test>::TooManyOpenProposals
		);
		// Other bodies are not affected.
		propose(signed(EVE), Body::Coop(BUILDERS), root_only());
	});
}

#[test]
fn a_proposed_call_must_be_available_decodable_and_light_enough() {
	ExtBuilder::build_and_execute(|| {
		let missing = Bounded::Lookup { hash: sp_core::H256::repeat_byte(1), len: 10 };
		assert_noop!(
			Daco::propose(signed(BOB), BAKERS_BODY, Box::new(missing), about("x")),
			Error::<Test>::PreimageMissing
		);
		let garbage = vec![0xff; 200];
		assert_ok!(Preimage::note_preimage(signed(BOB), garbage.clone()));
		let hash = <Test as frame_system::Config>::Hashing::hash(&garbage);
		let lookup = Bounded::Lookup { hash, len: garbage.len() as u32 };
		assert_noop!(
			Daco::propose(signed(BOB), BAKERS_BODY, Box::new(lookup), about("x")),
			Error::<Test>::BadCall
		);
		// A runtime upgrade weighs far more than `MaxProposalWeight` (the mock's stock
		// weights). (Noting its preimage happens before the call under test.)
		let heavy =
			bounded(RuntimeCall::System(frame_system::Call::set_code { code: vec![0; 200] }));
		assert_noop!(
			Daco::propose(signed(BOB), BAKERS_BODY, heavy, about("x")),
			Error::<Test>::ProposalTooHeavy
		);
	});
}

/// A call longer than `MaxProposalLength` is refused before it is read or decoded, whether
/// it is a lookup that states its length truthfully or one that understates it.
#[test]
fn a_proposed_call_longer_than_the_bound_is_refused_unread() {
	ExtBuilder::build_and_execute(|| {
		let max = <Test as crate::Config>::MaxProposalLength::get();
		let remark = |len: u32| {
			RuntimeCall::System(frame_system::Call::remark { remark: vec![7; len as usize] })
		};
		// Just within the bound: proposed.
		let fits = remark(max - 4);
		assert_eq!(fits.encoded_size() as u32, max);
		assert_ok!(Daco::propose(signed(BOB), BAKERS_BODY, bounded(fits), about("fits")));

		let long = remark(max);
		let bytes = long.encode();
		assert_ok!(Preimage::note_preimage(signed(BOB), bytes.clone()));
		let hash = <Test as frame_system::Config>::Hashing::hash(&bytes);
		for stated in [bytes.len() as u32, 10] {
			let lookup = Bounded::Lookup { hash, len: stated };
			assert_noop!(
				Daco::propose(signed(BOB), BAKERS_BODY, Box::new(lookup), about("long")),
				Error::<Test>::ProposalTooLong
			);
		}
	});
}

/// `propose` is weighed by the length its call states, before it runs.
#[test]
fn propose_is_weighed_by_the_calls_stated_length() {
	use frame_support::dispatch::GetDispatchInfo;
	let weight = |len: u32| {
		let call = Bounded::Lookup { hash: sp_core::H256::zero(), len };
		crate::Call::<Test>::propose {
			body: BAKERS_BODY,
			call: Box::new(call),
			description: about("x"),
		}
		.get_dispatch_info()
		.call_weight
	};
	let max = <Test as crate::Config>::MaxProposalLength::get();
	assert!(weight(10).ref_time() < weight(max).ref_time());
	// Past the bound it is refused, so weighed no more than at the bound.
	assert_eq!(weight(u32::MAX), weight(max));
}

#[test]
fn a_large_call_is_proposed_by_its_noted_preimage() {
	ExtBuilder::build_and_execute(|| {
		let big = RuntimeCall::System(frame_system::Call::remark { remark: vec![7; 1_000] });
		let bounded = bounded(big);
		assert!(bounded.lookup_needed(), "too big to inline");
		assert_ok!(Daco::propose(signed(BOB), BAKERS_BODY, bounded.clone(), about("big")));
		// Held until the proposal closes.
		use frame_support::traits::QueryPreimage;
		assert!(Preimage::is_requested(&bounded.hash()));
	});
}
