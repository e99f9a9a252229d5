// What the live tests know of the chain from its code: units, the genesis presets' co-ops
// and accounts, and the names and codes of the refusals they expect. Renaming a pallet's
// error or moving a call to another pallet is changed here, once.

/** The decimals of HOUR (`primitives/src/lib.rs`, TOKEN_DECIMALS). */
export const HOUR_DECIMALS = 6;
/** One HOUR in units: what an hour of approved work mints. */
export const HOUR = 10n ** BigInt(HOUR_DECIMALS);
/** The generic address format, which the chain tells wallets to use. */
export const SS58_FORMAT = 42;
/** One day in milliseconds: claims name their day as `timestamp / DAY_MS`. */
export const DAY_MS = 86_400_000;

/**
 * The co-ops of both genesis presets (`runtime/src/genesis_config_presets.rs`): the Bakers
 * (Alice admin and the federation's delegate, Bob approver, Charlie member) and the
 * Builders (Dave admin and delegate, Eve approver, Ferdie and Charlie members).
 */
export const BAKERS = 0;
export const BUILDERS = 1;

/**
 * The pallet errors the tests expect, as clients show them (`pallet.Name`), and the
 * dispatch errors that are no pallet's (`Name`).
 */
export const ERROR = Object.freeze({
	SELF_APPROVAL: 'hours.SelfApproval',
	RECEIVER_NOT_MEMBER: 'hours.ReceiverNotMember',
	CALL_FILTERED: 'system.CallFiltered',
	IDENTITY_IN_USE: 'registry.IdentityInUse',
	LAST_ADMIN: 'registry.LastAdmin',
	RECOVERY_TOO_EARLY: 'registry.RecoveryTooEarly',
	NO_RECOVERY: 'registry.NoRecovery',
	NO_INVITATION: 'registry.NoInvitation',
	BAD_ORIGIN: 'BadOrigin',
});

/**
 * The gate's `InvalidTransaction::Custom` codes, with which the pool refuses a transaction
 * at submission (`refusal` in the pallet that holds the gate).
 */
export const REFUSAL = Object.freeze({ NOT_MEMBER: 1, UNSIGNED: 2, RATE_LIMITED: 3, TIP: 4, NOT_MORTAL: 5, TOO_MANY_CALLS: 6, UPGRADE_NOT_AUTHORISED: 7, UPGRADE_WRAPPED: 8 });

/** The pallet with the federation's rate limit (`setRateLimit`, `transactionRateLimit`). */
export const RATE_LIMIT_PALLET = 'gate';
