//! The transaction pool's size, for the chain it serves.
//!
//! Substrate's defaults (8,192 transactions, 20 MiB, a ban of 30 minutes) are sized for a
//! public chain whose fees price every transaction. Here every signer is a known member
//! held to the federation's rate limit (`gate.rateLimit`, by default 60 transactions a
//! minute), so the pool must hold what the members may queue at once:
//!
//! - **count**: a thousand members' full minute, 1,000 × 60 = 60,000, rounded up to 65,536.
//!   The fork-aware pool keeps at most a tenth of it per view as "future" transactions
//!   (ones waiting behind an earlier nonce): 6,553, where the stock 819 were overrun by one
//!   busy block, and a future transaction evicted there is forgotten for good;
//! - **bytes**: a payment is about 150 bytes, a proposal carrying a call a few KiB: 32 MiB
//!   holds the count above with room for larger calls;
//! - **ban**: a transaction the pool evicted or found invalid is refused again for 6 seconds
//!   (one block), not 30 minutes: a member's transaction that a fork's view dropped comes
//!   back with the next view instead of being stuck. Bans protect a public pool from being
//!   made to validate the same junk again; here a non-member's transaction is refused by the
//!   first, cheapest check.
//!
//! All three stay flags (`--pool-limit`, `--pool-kbytes`, `--tx-ban-seconds`); see
//! `docs/operators.md`.

/// Transactions the pool holds (`--pool-limit`).
pub const LIMIT: &str = "65536";
/// KiB of transactions the pool holds (`--pool-kbytes`).
pub const KBYTES: &str = "32768";
/// Seconds a dropped transaction is refused again (`--tx-ban-seconds`).
pub const BAN_SECONDS: &str = "6";
