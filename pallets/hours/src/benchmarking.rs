//! Benchmarks of every call on its worst path: the final approval of a claim that needs
//! the most approvals, re-checks every earlier one and pays across the cap (two mints); transfers to accounts that don't
//! exist yet; a claim logged on top of earlier minutes that day and week. The `on_idle`
//! steps (expiring, pruning a counter, pruning a claim) are measured one item each.

use super::*;
use alloc::vec;
use coop_primitives::{Coops, MembershipBenchmarkHelper, Role};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, EnsureOriginWithArg, Get, UnixTime,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

const SEED: u32 = 0;

type Helper<T> = <T as Config>::BenchmarkHelper;

/// A co-op with a member who has worked (and is owed nothing yet).
fn coop_and_member<T: Config>(role: Role) -> (CoopId, T::AccountId) {
	let coop = Helper::<T>::new_coop();
	let who: T::AccountId = account("member", 0, SEED);
	Helper::<T>::add_member(coop, &who, role);
	(coop, who)
}

/// A co-op with a member who signs the benchmarked call: `whitelisted_caller`, whose account
/// the benchmark does not count, and whose member record it does not count either.
fn coop_and_signer<T: Config>() -> (CoopId, T::AccountId) {
	let coop = Helper::<T>::new_coop();
	let who: T::AccountId = whitelisted_caller();
	Helper::<T>::add_member(coop, &who, Role::Member);
	Helper::<T>::whitelist_member_record(&who);
	(coop, who)
}

/// Today, by the chain's clock.
fn today<T: Config>() -> u32 {
	rules::day_of(T::Time::now().as_secs())
}

/// An amount that passes the ledger's minimum.
fn some_hour<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000u32.into())
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn log_work() -> Result<(), BenchmarkError> {
		let (coop, who) = coop_and_member::<T>(Role::Member);
		let day = today::<T>();
		Pallet::<T>::do_log_work(who.clone(), coop, 30, day, H256::zero())?;
		// As the chain's first claim, which also sets where the counters start, but with the
		// member's day and week counters already there to read and add to: both paths'
		// work at once.
		CounterHorizon::<T>::kill();
		let claim = NextClaimId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), coop, 30, day, H256::repeat_byte(1));

		assert_last_event::<T>(Event::WorkLogged { claim, coop, who, minutes: 30, day });
		Ok(())
	}

	/// The final approval of a claim that needs `a` approvals and holds `a - 1` earlier
	/// ones, every one re-checked (role and identity) and still counting; its pay crosses
	/// the cap (two mints). The call is weighed at `a = MaxApprovals`.
	#[benchmark]
	fn approve(a: Linear<1, { T::MaxApprovals::get() }>) -> Result<(), BenchmarkError> {
		let (coop, claimant) = coop_and_member::<T>(Role::Member);
		let mut policy = Policy::<T>::get();
		policy.balance_cap = Some(some_hour::<T>());
		// The co-op's terms alone say how many approvals a claim needs.
		policy.approvals_required = 1;
		Policy::<T>::put(policy.clone());
		Terms::<T>::insert(coop, types::CoopTerms { rate: policy.max_rate, approvals_required: a });
		// Over the cap already, so the pay is split: a mint to the claimant's pool.
		T::Currency::mint_into(&claimant, some_hour::<T>())?;
		TotalPaid::<T>::put(some_hour::<T>());
		Pallet::<T>::do_log_work(claimant.clone(), coop, 60, today::<T>(), H256::zero())?;
		let claim = ClaimId(NextClaimId::<T>::get().0.saturating_sub(1));
		for i in 1..a {
			let approver: T::AccountId = account("approver", i, SEED);
			Helper::<T>::add_member(coop, &approver, Role::Approver);
			Pallet::<T>::do_approve(approver, claim)?;
		}
		let held = Claims::<T>::get(claim).map(|c| c.approvals.len());
		assert_eq!(held, Some(a.saturating_sub(1) as usize));
		let last: T::AccountId = account("approver", 0, SEED);
		Helper::<T>::add_member(coop, &last, Role::Approver);

		#[extrinsic_call]
		_(RawOrigin::Signed(last), claim);

		// Paid: none of the earlier approvals lapsed.
		let approved = Claims::<T>::get(claim).map(|c| (c.status, c.approvals.len()));
		assert!(
			matches!(approved, Some((types::ClaimStatus::Approved { .. }, n)) if n == a as usize)
		);
		// `TotalPaid` was seeded for the pre-minted amount, so the supply invariant still holds.
		Ok(())
	}

	#[benchmark]
	fn reject() -> Result<(), BenchmarkError> {
		let (coop, claimant) = coop_and_member::<T>(Role::Member);
		Pallet::<T>::do_log_work(claimant, coop, 60, today::<T>(), H256::zero())?;
		let claim = ClaimId(NextClaimId::<T>::get().0.saturating_sub(1));
		let approver: T::AccountId = account("approver", 0, SEED);
		Helper::<T>::add_member(coop, &approver, Role::Approver);
		let reason: BoundedVec<u8, T::MaxReasonLength> =
			BoundedVec::truncate_from(vec![b'r'; T::MaxReasonLength::get() as usize]);

		#[extrinsic_call]
		_(RawOrigin::Signed(approver.clone()), claim, reason.clone());

		assert_last_event::<T>(Event::ClaimRejected { claim, by: approver, reason });
		Ok(())
	}

	/// The payer signs: their account and member record are read (and the account written)
	/// by the transaction's extensions already, whose weights pay for that.
	#[benchmark]
	fn transfer() -> Result<(), BenchmarkError> {
		let (coop, from) = coop_and_signer::<T>();
		let to: T::AccountId = account("payee", 0, SEED);
		Helper::<T>::add_member(coop, &to, Role::Member);
		T::Currency::mint_into(&from, some_hour::<T>())?;
		TotalPaid::<T>::put(some_hour::<T>());
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(from), to.clone(), amount);

		assert_eq!(T::Currency::balance(&to), amount);
		Ok(())
	}

	#[benchmark]
	fn contribute() -> Result<(), BenchmarkError> {
		let (coop, who) = coop_and_signer::<T>();
		T::Currency::mint_into(&who, some_hour::<T>())?;
		TotalPaid::<T>::put(some_hour::<T>());
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), coop, amount);

		assert_last_event::<T>(Event::Contributed { coop, who, amount });
		Ok(())
	}

	#[benchmark]
	fn spend() -> Result<(), BenchmarkError> {
		let (coop, to) = coop_and_member::<T>(Role::Member);
		let pool = T::Registry::pool_account(coop);
		T::Currency::mint_into(&pool, some_hour::<T>())?;
		TotalPaid::<T>::put(some_hour::<T>());
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		let origin =
			T::CoopOrigin::try_successful_origin(&coop).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop, to.clone(), amount);

		assert_last_event::<T>(Event::Spent { coop, to, amount });
		Ok(())
	}

	#[benchmark]
	fn set_policy() -> Result<(), BenchmarkError> {
		let mut policy = Policy::<T>::get();
		policy.balance_cap = Some(some_hour::<T>());
		let origin =
			T::FederationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, policy.clone());

		assert_last_event::<T>(Event::PolicySet { policy });
		Ok(())
	}

	#[benchmark]
	fn set_coop_terms() -> Result<(), BenchmarkError> {
		let coop = Helper::<T>::new_coop();
		let policy = Policy::<T>::get();
		let origin =
			T::CoopOrigin::try_successful_origin(&coop).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, coop, policy.max_rate, T::MaxApprovals::get());

		assert_last_event::<T>(Event::CoopTermsSet {
			coop,
			rate: policy.max_rate,
			approvals_required: T::MaxApprovals::get(),
		});
		Ok(())
	}

	#[benchmark]
	fn expire_claim() -> Result<(), BenchmarkError> {
		let (coop, who) = coop_and_member::<T>(Role::Member);
		Pallet::<T>::do_log_work(who, coop, 60, today::<T>(), H256::zero())?;
		let claim = ClaimId(NextClaimId::<T>::get().0.saturating_sub(1));
		let ttl = Policy::<T>::get().claim_ttl;
		let later = frame_system::Pallet::<T>::block_number()
			.saturating_add(ttl)
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(later);
		// Whatever the per-claim weight, room for exactly one.
		let limit =
			T::WeightInfo::expire_claim().saturating_add(T::DbWeight::get().reads_writes(2, 1));

		#[block]
		{
			Pallet::<T>::expire_some(limit);
		}

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(types::ClaimStatus::Expired));
		Ok(())
	}

	/// One step of pruning stale counters: a counter of a day no longer claimable removed.
	/// Counters are per person, so a day holds as many as people logged for it; each is one
	/// step, and a step that finds the day empty moves on and costs less.
	#[benchmark]
	fn prune_counter() -> Result<(), BenchmarkError> {
		let stale_day = 9u32;
		let who = H256::repeat_byte(1);
		MinutesOnDay::<T>::insert(stale_day, who, 60);
		// Days before 10 closed, the pruning at day 9: whatever the clock says, the horizon
		// only moves forward.
		CounterHorizon::<T>::put(types::CounterHorizon {
			open_from_day: stale_day.saturating_add(1),
			days_pruned_to: stale_day,
			weeks_pruned_to: rules::week_of(stale_day.saturating_add(1)),
		});
		// Whatever the per-step weight, room for exactly one.
		let limit =
			T::WeightInfo::prune_counter().saturating_add(T::DbWeight::get().reads_writes(3, 1));

		#[block]
		{
			Pallet::<T>::prune_counters(limit);
		}

		assert!(!MinutesOnDay::<T>::contains_key(stale_day, who));
		Ok(())
	}

	/// One decided claim past its retention pruned, on its worst path: approved (its pay
	/// added to the pruned pay), its counters already gone.
	#[benchmark]
	fn prune_claim() -> Result<(), BenchmarkError> {
		let (coop, who) = coop_and_member::<T>(Role::Member);
		let day = today::<T>();
		Pallet::<T>::do_log_work(who.clone(), coop, 60, day, H256::zero())?;
		let claim = ClaimId(NextClaimId::<T>::get().0.saturating_sub(1));
		let now = frame_system::Pallet::<T>::block_number();
		Claims::<T>::mutate(claim, |c| {
			if let Some(c) = c {
				c.status = types::ClaimStatus::Approved { paid: some_hour::<T>(), at: now };
			}
		});
		PendingClaims::<T>::remove(coop, claim);
		ExpiryCursor::<T>::put(NextClaimId::<T>::get());
		let after = day.saturating_add(1);
		CounterHorizon::<T>::put(types::CounterHorizon {
			open_from_day: after.saturating_add(7),
			days_pruned_to: after,
			weeks_pruned_to: rules::week_of(day).saturating_add(1),
		});
		let retention = Policy::<T>::get().claim_retention;
		frame_system::Pallet::<T>::set_block_number(
			now.saturating_add(retention).saturating_add(1u32.into()),
		);
		// Whatever the per-claim weight, room for exactly one.
		let limit =
			T::WeightInfo::prune_claim().saturating_add(T::DbWeight::get().reads_writes(5, 2));

		#[block]
		{
			Pallet::<T>::prune_claims(limit);
		}

		assert!(!Claims::<T>::contains_key(claim));
		assert!(!ClaimsOf::<T>::contains_key(&who, claim));
		assert_eq!(PaidForPrunedClaims::<T>::get(), some_hour::<T>());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
