//! Unit tests, one file per call or feature. Every test runs in
//! [`ExtBuilder::build_and_execute`](crate::mock::ExtBuilder::build_and_execute), which checks
//! the pallet's invariants afterwards.

mod add_member;
mod genesis;
mod invariants;
mod invitations;
mod leaving;
mod members_by_vote;
mod membership_traits;
mod rebind;
mod recovery;
mod register_coop;
mod retention;
mod set_role;
mod suspension;

use crate::{mock::*, types::Founder, Coops, Members, Memberships};
use coop_primitives::{CoopId, Role};
use frame_support::traits::fungible::Inspect;

/// Co-op 0 of the default state.
pub const BAKERS: CoopId = CoopId(0);
/// Co-op 1 of the default state.
pub const BUILDERS: CoopId = CoopId(1);

/// A founder for `register_coop`: test person `n`, with their own identity.
pub fn founder(n: u8, name: &str) -> crate::FounderOf<Test> {
	Founder { account: account(n), identity: identity(n), name: bounded(name.as_bytes().to_vec()) }
}

/// `items` as a call's bounded argument. Past its bound no call carries it (the call does
/// not decode: `register_coop::oversize_inputs_do_not_decode`), so tests never build one.
pub fn bounded<T, S: frame_support::traits::Get<u32>>(
	items: Vec<T>,
) -> frame_support::BoundedVec<T, S> {
	frame_support::BoundedVec::try_from(items).unwrap_or_else(|_| panic!("within the bound"))
}

/// Alice admits Ferdie, new to the chain and holding no HOUR, to the Bakers: she invites
/// him, he accepts.
pub fn admit_ferdie_to_bakers() {
	frame_support::assert_ok!(crate::Pallet::<Test>::add_member(
		signed(ALICE),
		BAKERS,
		account(FERDIE),
		identity(FERDIE),
		bounded(b"Ferdie".to_vec())
	));
	accept(FERDIE, BAKERS);
}

/// Root approves moving `old` to `new` (for every co-op); once the delay has passed, the
/// move is completed. Returns what completing returned.
pub fn rebind_after_delay(old: u8, new: u8) -> sp_runtime::DispatchResult {
	crate::Pallet::<Test>::rebind(RuntimeOrigin::root(), account(old), account(new))
		.map_err(|e| e.error)?;
	System::set_block_number(System::block_number() + RECOVERY_DELAY + 1);
	crate::Pallet::<Test>::complete_recovery(signed(DAVE), account(old))
		.map(|_| ())
		.map_err(|e| e.error)
}

/// Test person `n` accepts their invitation to `coop`.
pub fn accept(n: u8, coop: CoopId) {
	frame_support::assert_ok!(crate::Pallet::<Test>::accept_invitation(signed(n), coop));
}

/// Signed by test person `n`.
pub fn signed(n: u8) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(n))
}

/// `n`'s role in `coop`, if their membership is current.
pub fn role_of(coop: CoopId, n: u8) -> Option<Role> {
	Memberships::<Test>::get(coop, account(n)).filter(|r| r.is_active()).map(|r| r.role)
}

/// `(members, admins)` of `coop`.
pub fn counts(coop: CoopId) -> (u32, u32) {
	let info = Coops::<Test>::get(coop).unwrap();
	(info.member_count, info.admin_count)
}

/// The co-ops `n` is an active member of.
pub fn coops_of(n: u8) -> Vec<CoopId> {
	Members::<Test>::get(account(n)).map(|m| m.coops.into_inner()).unwrap_or_default()
}

/// HOUR held by `who`.
pub fn balance(who: &AccountId) -> u64 {
	Balances::balance(who)
}

/// Provider references on `who`.
pub fn providers(who: &AccountId) -> u32 {
	System::providers(who)
}
