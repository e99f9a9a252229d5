//! The tally rule, as plain functions: when a proposal passes, and when its outcome can no
//! longer change. No storage, no FRAME.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Votes cast on one proposal, and how many could vote.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Tally {
	/// Votes for.
	pub ayes: u32,
	/// Votes against.
	pub nays: u32,
	/// Votes that count towards turnout only.
	pub abstentions: u32,
	/// Who could vote when the proposal opened.
	pub electorate: u32,
}

/// What a body needs for a proposal to pass.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rule {
	/// Share of the electorate that must vote (ayes, nays and abstentions all count).
	pub quorum: Perbill,
	/// Share of ayes among ayes and nays; never below one half.
	pub approval: Perbill,
	/// Share of the whole electorate that must vote aye, voting or not: what a call asks of
	/// its proposal (two thirds of all co-ops to act as Root, say). Zero for most bodies.
	#[serde(default)]
	pub min_ayes: Perbill,
}

impl Rule {
	/// The rule that asks for both: each share the higher of the two.
	pub fn stricter(&self, other: &Rule) -> Rule {
		Rule {
			quorum: self.quorum.max(other.quorum),
			approval: self.approval.max(other.approval),
			min_ayes: self.min_ayes.max(other.min_ayes),
		}
	}
}

impl Tally {
	/// Votes cast, of any kind.
	pub fn turnout(&self) -> u32 {
		self.ayes.saturating_add(self.nays).saturating_add(self.abstentions)
	}

	/// Votes not cast yet.
	pub fn outstanding(&self) -> u32 {
		self.electorate.saturating_sub(self.turnout())
	}
}

/// Whether `tally` passes under `rule`: turnout ≥ quorum × electorate, ayes ≥ approval ×
/// (ayes + nays), ayes ≥ min_ayes × electorate, and more ayes than nays (so a tie never
/// passes, whatever the approval). Shares are rounded up: a quorum of 50% of 5 voters is 3.
pub fn passes(tally: &Tally, rule: &Rule) -> bool {
	let quorum = rule.quorum.mul_ceil(tally.electorate);
	let decided = tally.ayes.saturating_add(tally.nays);
	tally.turnout() >= quorum
		&& tally.ayes >= rule.approval.mul_ceil(decided)
		&& tally.ayes >= rule.min_ayes.mul_ceil(tally.electorate)
		&& tally.ayes > tally.nays
}

/// The outcome of `tally` if the votes not yet cast can no longer change it: `Some(true)` if
/// it passes now and would still pass should every outstanding voter vote nay, `Some(false)`
/// if it would fail even should every one vote aye, `None` while they could still tip it,
/// voting or staying away. (Votes already cast count as they stand.)
pub fn settled(tally: &Tally, rule: &Rule) -> Option<bool> {
	let rest = tally.outstanding();
	let all_nay = Tally { nays: tally.nays.saturating_add(rest), ..*tally };
	if passes(tally, rule) && passes(&all_nay, rule) {
		return Some(true);
	}
	let all_aye = Tally { ayes: tally.ayes.saturating_add(rest), ..*tally };
	if !passes(&all_aye, rule) {
		return Some(false);
	}
	None
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::arithmetic_side_effects)]
mod tests {
	use super::*;

	fn tally(ayes: u32, nays: u32, abstentions: u32, electorate: u32) -> Tally {
		Tally { ayes, nays, abstentions, electorate }
	}

	fn rule(quorum: u32, approval: u32) -> Rule {
		Rule {
			quorum: Perbill::from_percent(quorum),
			approval: Perbill::from_percent(approval),
			min_ayes: Perbill::zero(),
		}
	}

	/// A body's usual half-and-half rule, with `min_ayes` of the whole electorate in favour.
	fn needing_ayes(min_ayes: Perbill) -> Rule {
		Rule { min_ayes, ..rule(50, 50) }
	}

	fn two_thirds() -> Perbill {
		Perbill::from_rational(2u32, 3u32)
	}

	#[test]
	fn a_call_that_needs_two_thirds_of_all_is_not_passed_by_a_majority_of_those_voting() {
		let cases: &[(Tally, bool)] = &[
			// 3 co-ops: two thirds is 2 (rounded up from 2.0), 6 co-ops: 4.
			(tally(2, 0, 0, 3), true),
			(tally(1, 0, 0, 3), false),
			(tally(3, 0, 0, 6), false), // a majority of those voting, and quorum, but not 2/3 of all
			(tally(4, 0, 0, 6), true),
			(tally(4, 2, 0, 6), true),
			(tally(3, 1, 2, 6), false),
		];
		for (tally, expected) in cases {
			assert_eq!(passes(tally, &needing_ayes(two_thirds())), *expected, "{tally:?}");
		}
	}

	#[test]
	fn the_stricter_rule_takes_each_share_at_its_highest() {
		let body = Rule { min_ayes: Perbill::zero(), ..rule(30, 60) };
		let call = Rule { quorum: Perbill::zero(), ..needing_ayes(two_thirds()) };
		let both = body.stricter(&call);
		assert_eq!(both.quorum, Perbill::from_percent(30));
		assert_eq!(both.approval, Perbill::from_percent(60));
		assert_eq!(both.min_ayes, two_thirds());
		assert_eq!(call.stricter(&body), both);
	}

	#[test]
	fn passing_needs_quorum_approval_and_more_ayes_than_nays() {
		let cases: &[(Tally, Rule, bool)] = &[
			// Quorum 50% of 10 = 5 votes.
			(tally(5, 0, 0, 10), rule(50, 50), true),
			(tally(4, 0, 0, 10), rule(50, 50), false),
			(tally(3, 1, 1, 10), rule(50, 50), true), // abstentions count for turnout
			// Quorum rounds up: 50% of 5 is 3.
			(tally(2, 0, 0, 5), rule(50, 50), false),
			(tally(3, 0, 0, 5), rule(50, 50), true),
			// Approval 2/3 of 9 decided votes is 6.
			(tally(6, 3, 0, 9), rule(0, 67), false), // 67% of 9 = 6.03, rounds up to 7
			(tally(7, 2, 0, 9), rule(0, 67), true),
			(tally(6, 3, 0, 9), rule(0, 66), true),
			// A tie never passes, even at 50%.
			(tally(3, 3, 0, 6), rule(0, 50), false),
			(tally(4, 3, 0, 7), rule(0, 50), true),
			// Unanimity.
			(tally(5, 0, 0, 5), rule(100, 100), true),
			(tally(4, 0, 1, 5), rule(100, 100), true),
			(tally(4, 1, 0, 5), rule(100, 100), false),
			(tally(4, 0, 0, 5), rule(100, 100), false),
			// Nobody voted.
			(tally(0, 0, 0, 5), rule(0, 50), false),
			(tally(0, 0, 0, 0), rule(0, 50), false),
			// Only abstentions.
			(tally(0, 0, 5, 5), rule(50, 50), false),
		];
		for (tally, rule, expected) in cases {
			assert_eq!(passes(tally, rule), *expected, "{tally:?} under {rule:?}");
		}
	}

	#[test]
	fn an_outcome_is_settled_once_outstanding_votes_cannot_tip_it() {
		let cases: &[(Tally, Rule, Option<bool>)] = &[
			// 10 voters, 50/50: 6 ayes pass whatever the other 4 do.
			(tally(6, 0, 0, 10), rule(50, 50), Some(true)),
			(tally(5, 0, 0, 10), rule(50, 50), None), // 5 nays would tie it
			// 6 nays: even 4 more ayes can't pass.
			(tally(0, 6, 0, 10), rule(50, 50), Some(false)),
			(tally(0, 5, 0, 10), rule(50, 50), Some(false)), // 5 ayes at best: a tie
			(tally(0, 4, 0, 10), rule(50, 50), None),
			// Two thirds of 3 co-ops.
			(tally(2, 0, 0, 3), rule(50, 67), None), // 67% of 3 = 2.01 → 3 ayes needed
			(tally(2, 0, 0, 3), rule(50, 66), Some(true)), // a third nay still leaves 66.7%
			// Short of quorum, staying away can still sink it.
			(tally(2, 0, 0, 10), rule(50, 50), None),
			(tally(3, 0, 0, 3), rule(50, 67), Some(true)),
			(tally(1, 1, 0, 3), rule(50, 67), Some(false)),
			// Only abstentions, and nobody left to vote.
			(tally(0, 0, 3, 3), rule(50, 50), Some(false)),
			// Everyone voted: settled either way.
			(tally(2, 1, 0, 3), rule(50, 50), Some(true)),
			(tally(1, 2, 0, 3), rule(50, 50), Some(false)),
		];
		for (tally, rule, expected) in cases {
			assert_eq!(settled(tally, rule), *expected, "{tally:?} under {rule:?}");
		}
	}

	#[test]
	fn settled_agrees_with_every_way_the_rest_could_vote() {
		for electorate in 0..=7u32 {
			for ayes in 0..=electorate {
				for nays in 0..=(electorate - ayes) {
					for abstentions in 0..=(electorate - ayes - nays) {
						let t = tally(ayes, nays, abstentions, electorate);
						for r in [
							rule(50, 50),
							rule(0, 67),
							rule(100, 100),
							rule(30, 60),
							needing_ayes(two_thirds()),
						] {
							let rest = t.outstanding();
							let mut outcomes = Vec::new();
							// Each outstanding voter votes aye, nay, abstains, or stays away.
							for more_ayes in 0..=rest {
								for more_nays in 0..=(rest - more_ayes) {
									for more_abstentions in 0..=(rest - more_ayes - more_nays) {
										let end = Tally {
											ayes: ayes + more_ayes,
											nays: nays + more_nays,
											abstentions: abstentions + more_abstentions,
											electorate,
										};
										outcomes.push(passes(&end, &r));
									}
								}
							}
							let all_same = outcomes.iter().all(|o| *o == outcomes[0]);
							match settled(&t, &r) {
								Some(outcome) => {
									assert!(all_same, "{t:?} {r:?} said settled");
									assert_eq!(outcome, outcomes[0]);
								}
								None => assert!(!all_same, "{t:?} {r:?} is settled really"),
							}
						}
					}
				}
			}
		}
	}
}
