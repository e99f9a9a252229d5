//! The arithmetic of work and pay, as plain functions: no storage, no FRAME. The pallet
//! calls these; the tables below pin down every boundary.

use sp_runtime::traits::{AtLeast32BitUnsigned, Zero};

/// Seconds in a day.
pub const SECONDS_PER_DAY: u64 = 86_400;

/// The day (days since 1970-01-01, UTC) that a Unix time in seconds falls on.
pub fn day_of(unix_seconds: u64) -> u32 {
	u32::try_from(unix_seconds / SECONDS_PER_DAY).unwrap_or(u32::MAX)
}

/// The week a day belongs to. Weeks run Monday to Sunday: day 0 (1970-01-01) was a
/// Thursday, so week 0 holds days 0..=3 and week 1 starts on Monday, day 4.
pub fn week_of(day: u32) -> u32 {
	day.saturating_add(3) / 7
}

/// What a claim of `minutes` pays at `rate` units per hour: `minutes × rate / 60`, rounded
/// **down** (the fraction of a unit is never paid, so HOUR is never created for work not
/// done). `None` if it would overflow.
pub fn pay_for<B: AtLeast32BitUnsigned + Copy>(minutes: u32, rate: B) -> Option<B> {
	rate.checked_mul(&B::from(minutes))?.checked_div(&B::from(60u32))
}

/// Why a claim's day is refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DayError {
	/// The day has not begun yet.
	InFuture,
	/// The day is older than the policy allows.
	TooOld,
}

/// Checks that `day` is neither after `today` nor more than `max_age_days` before it.
pub fn check_day(day: u32, today: u32, max_age_days: u32) -> Result<(), DayError> {
	if day > today {
		return Err(DayError::InFuture);
	}
	if today.saturating_sub(day) > max_age_days {
		return Err(DayError::TooOld);
	}
	Ok(())
}

/// Why a claim's minutes are refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LimitError {
	/// No minutes.
	Zero,
	/// More than the policy's minutes for one day.
	DayLimit,
	/// More than the policy's minutes for one week.
	WeekLimit,
}

/// Adds `minutes` to what a member already claimed on that day and in that week, within
/// the limits. Returns the new day and week totals.
pub fn add_minutes(
	minutes: u32,
	day_total: u32,
	week_total: u32,
	max_per_day: u32,
	max_per_week: u32,
) -> Result<(u32, u32), LimitError> {
	if minutes == 0 {
		return Err(LimitError::Zero);
	}
	let day = day_total.checked_add(minutes).filter(|d| *d <= max_per_day);
	let day = day.ok_or(LimitError::DayLimit)?;
	let week = week_total.checked_add(minutes).filter(|w| *w <= max_per_week);
	let week = week.ok_or(LimitError::WeekLimit)?;
	Ok((day, week))
}

/// Splits a payment of `amount` to a member holding `balance` under an optional `cap`:
/// `(to the member, to the co-op's pool)`. What would take the member over the cap goes to
/// the pool, so work is never lost; a member already over the cap gets nothing more.
pub fn split_at_cap<B: AtLeast32BitUnsigned + Copy>(
	amount: B,
	balance: B,
	cap: Option<B>,
) -> (B, B) {
	match cap {
		None => (amount, Zero::zero()),
		Some(cap) => {
			let room = cap.saturating_sub(balance);
			let to_member = if amount < room { amount } else { room };
			(to_member, amount.saturating_sub(to_member))
		}
	}
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects, clippy::type_complexity)]
mod tests {
	use super::*;

	const HOUR: u128 = 1_000_000;

	#[test]
	fn pay_is_minutes_times_rate_over_sixty_rounded_down() {
		let cases: &[(u32, u128, Option<u128>)] = &[
			(60, HOUR, Some(HOUR)),
			(90, HOUR, Some(1_500_000)),
			(1, HOUR, Some(16_666)),   // 16 666.67 rounds down
			(59, HOUR, Some(983_333)), // 983 333.33 rounds down
			(7, 9, Some(1)),           // 1.05 rounds down
			(6, 9, Some(0)),           // 0.9 rounds down to nothing
			(0, HOUR, Some(0)),
			(u32::MAX, HOUR, Some(u128::from(u32::MAX) * HOUR / 60)),
			(2, u128::MAX, None), // overflow is refused, never wrapped
		];
		for (minutes, rate, expected) in cases {
			assert_eq!(pay_for(*minutes, *rate), *expected, "{minutes} min at {rate}");
		}
		// Never more than the exact value, and less by under one unit.
		for minutes in 1..=600u32 {
			let paid = pay_for(minutes, HOUR).unwrap();
			let exact_times_60 = u128::from(minutes) * HOUR;
			assert!(paid * 60 <= exact_times_60 && exact_times_60 - paid * 60 < 60);
		}
	}

	#[test]
	fn pay_works_for_small_balance_types() {
		assert_eq!(pay_for(90u32, 1_000_000u64), Some(1_500_000u64));
		assert_eq!(pay_for(u32::MAX, u64::MAX), None);
	}

	#[test]
	fn days_and_weeks() {
		assert_eq!(day_of(0), 0);
		assert_eq!(day_of(SECONDS_PER_DAY - 1), 0);
		assert_eq!(day_of(SECONDS_PER_DAY), 1);
		// 2026-11-22 00:00:00 UTC is day 20 779, a Sunday.
		assert_eq!(day_of(1_795_305_600), 20_779);
		// Weeks start on Mondays: 1970-01-01 (Thu) to 01-04 (Sun) are week 0.
		let cases: &[(u32, u32)] =
			&[(0, 0), (3, 0), (4, 1), (10, 1), (11, 2), (20_779, 2_968), (20_780, 2_969)];
		for (day, week) in cases {
			assert_eq!(week_of(*day), *week, "day {day}");
		}
		assert_eq!(week_of(u32::MAX), u32::MAX / 7);
	}

	#[test]
	fn a_claims_day_must_be_recent_and_not_ahead() {
		let cases: &[(u32, u32, u32, Result<(), DayError>)] = &[
			(100, 100, 30, Ok(())),
			(70, 100, 30, Ok(())),
			(69, 100, 30, Err(DayError::TooOld)),
			(101, 100, 30, Err(DayError::InFuture)),
			(100, 100, 0, Ok(())),
			(99, 100, 0, Err(DayError::TooOld)),
			(0, 0, 0, Ok(())),
		];
		for (day, today, max_age, expected) in cases {
			assert_eq!(check_day(*day, *today, *max_age), *expected, "day {day} today {today}");
		}
	}

	#[test]
	fn minutes_are_limited_per_day_and_per_week() {
		use LimitError::*;
		let cases: &[(u32, u32, u32, Result<(u32, u32), LimitError>)] = &[
			(60, 0, 0, Ok((60, 60))),
			(0, 0, 0, Err(Zero)),
			(720, 0, 0, Ok((720, 720))), // exactly the day limit
			(721, 0, 0, Err(DayLimit)),
			(1, 720, 720, Err(DayLimit)),
			(60, 600, 2_400, Ok((660, 2_460))),
			(60, 0, 2_400, Ok((60, 2_460))),
			(1, 0, 3_000, Err(WeekLimit)),   // exactly the week limit already
			(u32::MAX, 1, 1, Err(DayLimit)), // overflow is a limit, not a wrap
		];
		for (minutes, day, week, expected) in cases {
			assert_eq!(add_minutes(*minutes, *day, *week, 720, 3_000), *expected, "{minutes}");
		}
	}

	#[test]
	fn pay_over_the_cap_goes_to_the_pool() {
		let cases: &[(u128, u128, Option<u128>, (u128, u128))] = &[
			(100, 0, None, (100, 0)),
			(100, 0, Some(1_000), (100, 0)),
			(100, 950, Some(1_000), (50, 50)),
			(100, 900, Some(1_000), (100, 0)), // exactly up to the cap
			(100, 1_000, Some(1_000), (0, 100)),
			(100, 5_000, Some(1_000), (0, 100)), // already over (the cap was lowered)
			(0, 0, Some(0), (0, 0)),
		];
		for (amount, balance, cap, expected) in cases {
			let (member, pool) = split_at_cap(*amount, *balance, *cap);
			assert_eq!((member, pool), *expected, "{amount} onto {balance} under {cap:?}");
			assert_eq!(member + pool, *amount, "nothing lost");
		}
	}
}
