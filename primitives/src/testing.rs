//! A plain in-memory [`Coops`] and [`Membership`] for the unit tests of pallets that need
//! membership but not the registry. Accounts and block numbers are `u64`, as in FRAME's
//! `TestDefaultConfig`. State is per thread, so parallel tests do not see each other.

use std::{cell::RefCell, collections::BTreeMap};

use sp_core::H256;

use crate::{CoopId, CoopStatus, Coops, Membership, MembershipBenchmarkHelper, MembershipOf, Role};

/// Pool accounts of the test registry are `POOL_ACCOUNT_BASE + coop id`.
pub const POOL_ACCOUNT_BASE: u64 = 1_000_000;

#[derive(Default)]
struct State {
	coops: BTreeMap<CoopId, CoopStatus>,
	members: BTreeMap<(CoopId, u64), MembershipOf<u64>>,
	active_since: BTreeMap<CoopId, u64>,
	/// Accounts whose person is not the default one (see [`TestRegistry::identity_of`]).
	identities: BTreeMap<u64, Option<H256>>,
}

thread_local! {
	static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The test registry. Set it up with [`TestRegistry::add_coop`] and friends.
pub struct TestRegistry;

impl TestRegistry {
	/// Forgets every co-op and member.
	pub fn reset() {
		STATE.with(|s| *s.borrow_mut() = State::default());
	}

	/// Registers `coop` as active.
	pub fn add_coop(coop: CoopId) {
		STATE.with(|s| s.borrow_mut().coops.insert(coop, CoopStatus::Active));
	}

	/// Sets the status of a registered `coop`.
	pub fn set_status(coop: CoopId, status: CoopStatus) {
		STATE.with(|s| s.borrow_mut().coops.insert(coop, status));
	}

	/// Says that `coop` has been active since block `since` (0 unless set).
	pub fn set_active_since(coop: CoopId, since: u64) {
		STATE.with(|s| s.borrow_mut().active_since.insert(coop, since));
	}

	/// Makes `who` an active member of `coop` with `role`, joined at block `joined`.
	pub fn add_member(coop: CoopId, who: u64, role: Role, joined: u64) {
		STATE.with(|s| s.borrow_mut().members.insert((coop, who), MembershipOf { role, joined }));
	}

	/// Ends `who`'s membership of `coop`.
	pub fn remove_member(coop: CoopId, who: u64) {
		STATE.with(|s| s.borrow_mut().members.remove(&(coop, who)));
	}

	/// The identity a member account has unless rebound: its number, big-endian.
	pub fn default_identity(who: u64) -> H256 {
		H256::from_low_u64_be(who)
	}

	/// Moves the person at `old` to the key `new`, as a key recovery does: every
	/// membership (joined now at `joined`) and the identity go to `new`; `old` is bound to
	/// nobody.
	pub fn rebind(old: u64, new: u64, joined: u64) {
		STATE.with(|s| {
			let mut state = s.borrow_mut();
			let identity = state.identities.get(&old).copied().unwrap_or_else(|| {
				state.members.keys().any(|(_, m)| *m == old).then(|| Self::default_identity(old))
			});
			let moved: Vec<_> = state.members.keys().filter(|(_, m)| *m == old).copied().collect();
			for (coop, _) in moved {
				if let Some(record) = state.members.remove(&(coop, old)) {
					state.members.insert((coop, new), MembershipOf { joined, ..record });
				}
			}
			state.identities.insert(old, None);
			state.identities.insert(new, identity);
		});
	}
}

impl Coops<u64> for TestRegistry {
	fn status(coop: CoopId) -> Option<CoopStatus> {
		STATE.with(|s| s.borrow().coops.get(&coop).copied())
	}

	fn pool_account(coop: CoopId) -> u64 {
		POOL_ACCOUNT_BASE.saturating_add(u64::from(coop.0))
	}

	fn pool_owner(who: &u64) -> Option<CoopId> {
		let coop = CoopId(u32::try_from(who.checked_sub(POOL_ACCOUNT_BASE)?).ok()?);
		Self::status(coop).map(|_| coop)
	}

	fn active_coop_count() -> u32 {
		STATE.with(|s| {
			let active = s.borrow().coops.values().filter(|c| **c == CoopStatus::Active).count();
			u32::try_from(active).unwrap_or(u32::MAX)
		})
	}
}

impl Membership<u64, u64> for TestRegistry {
	fn membership(coop: CoopId, who: &u64) -> Option<MembershipOf<u64>> {
		STATE.with(|s| s.borrow().members.get(&(coop, *who)).copied())
	}

	fn is_member(who: &u64) -> bool {
		STATE.with(|s| s.borrow().members.keys().any(|(_, member)| member == who))
	}

	fn coop_active_since(coop: CoopId) -> Option<u64> {
		STATE.with(|s| {
			let state = s.borrow();
			(state.coops.get(&coop) == Some(&CoopStatus::Active))
				.then(|| state.active_since.get(&coop).copied().unwrap_or_default())
		})
	}

	fn member_count(coop: CoopId) -> u32 {
		STATE.with(|s| {
			let count = s.borrow().members.keys().filter(|(c, _)| *c == coop).count();
			u32::try_from(count).unwrap_or(u32::MAX)
		})
	}

	/// What [`TestRegistry::rebind`] set; otherwise [`TestRegistry::default_identity`] for an
	/// account that is a member somewhere, and `None` for others.
	fn identity_of(who: &u64) -> Option<H256> {
		STATE.with(|s| {
			let state = s.borrow();
			match state.identities.get(who) {
				Some(identity) => *identity,
				None => state
					.members
					.keys()
					.any(|(_, m)| m == who)
					.then(|| Self::default_identity(*who)),
			}
		})
	}
}

impl MembershipBenchmarkHelper<u64> for TestRegistry {
	fn new_coop() -> CoopId {
		let next = STATE.with(|s| {
			let next =
				s.borrow().coops.keys().next_back().and_then(|c| c.next()).unwrap_or_default();
			s.borrow_mut().coops.insert(next, CoopStatus::Active);
			next
		});
		next
	}

	fn add_member(coop: CoopId, who: &u64, role: Role) {
		TestRegistry::add_member(coop, *who, role, 0);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_test_registry_answers_what_it_was_told() {
		TestRegistry::reset();
		TestRegistry::add_coop(CoopId(0));
		TestRegistry::add_coop(CoopId(1));
		TestRegistry::set_status(CoopId(1), CoopStatus::Suspended);
		TestRegistry::add_member(CoopId(0), 7, Role::Approver, 3);

		assert!(TestRegistry::is_active(CoopId(0)));
		assert!(!TestRegistry::is_active(CoopId(1)));
		assert!(!TestRegistry::is_active(CoopId(2)));
		assert_eq!(TestRegistry::active_coop_count(), 1);
		assert_eq!(TestRegistry::role(CoopId(0), &7), Some(Role::Approver));
		assert_eq!(TestRegistry::membership(CoopId(0), &7).map(|m| m.joined), Some(3));
		assert!(TestRegistry::is_member(&7));
		assert_eq!(TestRegistry::member_count(CoopId(0)), 1);
		assert_eq!(
			TestRegistry::pool_owner(&TestRegistry::pool_account(CoopId(1))),
			Some(CoopId(1))
		);
		assert_eq!(TestRegistry::pool_owner(&TestRegistry::pool_account(CoopId(9))), None);

		assert_eq!(TestRegistry::identity_of(&7), Some(TestRegistry::default_identity(7)));
		assert_eq!(TestRegistry::identity_of(&8), None);

		TestRegistry::rebind(7, 8, 5);
		assert_eq!(TestRegistry::identity_of(&8), Some(TestRegistry::default_identity(7)));
		assert_eq!(TestRegistry::identity_of(&7), None);
		assert_eq!(TestRegistry::membership(CoopId(0), &8).map(|m| m.joined), Some(5));
		assert!(!TestRegistry::is_member(&7));

		TestRegistry::remove_member(CoopId(0), 8);
		assert!(!TestRegistry::is_member(&8));
	}
}
