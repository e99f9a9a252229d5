// What a payer can pay: Pay refuses more before anything is signed, as hours.transfer and
// hours.contribute would refuse it on chain (InsufficientBalance), and nothing is sent.

/**
 * The part of an account's balance a payment may move, from `system.account`'s `data` as
 * bigints: the free balance less what a freeze holds beyond the reserved part, as the
 * chain reckons it (`reducible_balance`, Expendable, Polite).
 */
export function spendable({ free, reserved = 0n, frozen = 0n }) {
	const untouchable = frozen > reserved ? frozen - reserved : 0n;
	return free > untouchable ? free - untouchable : 0n;
}
