//! The transaction pool's size, for the chain it serves.
//!
//! Substrate's defaults (8,192 transactions, 20 MiB, a ban of 30 minutes) are sized for a
//! public chain whose fees price every transaction. Here every signer is a known member
//! held to the federation's rate limit (`gate.rateLimit`, by default 60 transactions a
//! minute), so the pool must hold what the members may queue at once:
//!
//! - **count**: a thousand members' full minute, 1,000 × 60 = 60,000, rounded up to 65,536,
//!   in the ready queue and as many in the future queue (transactions waiting behind an
//!   earlier nonce), not Substrate's tenth: see [`PoolSize`];
//! - **bytes**: a payment is about 150 bytes, a proposal carrying a call a few KiB: 32 MiB
//!   a queue holds the count above with room for larger calls;
//! - **ban**: a transaction the pool evicted or found invalid is refused again for 6 seconds
//!   (one block), not 30 minutes: a member's transaction that a fork's view dropped comes
//!   back with the next view instead of being stuck. Bans protect a public pool from being
//!   made to validate the same junk again; here a non-member's transaction is refused by the
//!   first, cheapest check.
//!
//! - **kind**: the single-state pool, not Substrate's default fork-aware one, which drops
//!   accepted transactions: see [`PoolSize`].
//!
//! All four stay flags (`--pool-limit`, `--pool-kbytes`, `--tx-ban-seconds`,
//! `--pool-type`); see `docs/operators.md`.

use std::{sync::Arc, time::Duration};

use sc_service::{Configuration, TaskManager};
use sc_transaction_pool::{BasicPool, ForkAwareTxPool, Options, PoolLimit, TransactionPoolWrapper};

use crate::service::{FullClient, FullPool};

/// Transactions the pool holds (`--pool-limit`).
pub const LIMIT: &str = "65536";
/// KiB of transactions the pool holds (`--pool-kbytes`).
pub const KBYTES: &str = "32768";
/// Seconds a dropped transaction is refused again (`--tx-ban-seconds`).
pub const BAN_SECONDS: &str = "6";
/// The pool's kind (`--pool-type`): see [`PoolSize`] for why not the fork-aware one.
pub const TYPE: &str = "single-state";

/// The pool's limits and kind as the node applies them.
///
/// **Kind.** The fork-aware pool (one view of the pool per block) drops a transaction it
/// has only ever seen as *future* (waiting behind an earlier nonce) once the views that
/// reported it are gone: a view cloned for the next block carries it without reporting it,
/// so when the old view is pruned, a block later, the transaction is removed from the whole
/// pool with every later nonce of its member (`DroppedReason::LimitsEnforced`), although
/// its predecessor is on its way. Only a watching submitter hears of it. Futures are
/// ordinary here: a wallet's or a peer's transactions arrive out of order, and under load
/// thousands a block did (`docs/measurements.md`, "The pool that dropped payments"). The
/// single-state pool keeps a future until it is valid, expires (transactions are mortal)
/// or is pushed out by the limits below; it re-checks its transactions against the best
/// block, which on a chain of few, known validators is what the fork-aware views bought.
///
/// **Limits.** Both queues get `--pool-limit` and `--pool-kbytes`, where Substrate gives the
/// future queue a tenth. That is bounded by the rules: the gate refuses a transaction
/// that waits behind more of its member's transactions than the rate limit lets them send
/// in a window, so all the futures there can be are the members' queued transactions,
/// which `--pool-limit` is sized for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolSize {
	/// Transactions, in each of the ready and future queues (`--pool-limit`).
	pub count: usize,
	/// Bytes, in each of the ready and future queues (`--pool-kbytes` × 1024).
	pub bytes: usize,
	/// How long a dropped transaction is refused again (`--tx-ban-seconds`).
	pub ban: Duration,
	/// `--pool-type fork-aware` (one view of the pool per block) or `single-state`.
	pub fork_aware: bool,
}

impl PoolSize {
	/// The limits the command line asks for.
	pub fn from_params(params: &sc_cli::TransactionPoolParams) -> Self {
		PoolSize {
			count: params.pool_limit,
			bytes: params.pool_kbytes.saturating_mul(1024),
			// Substrate's default for a chain that is not `--dev`, should the flag lose ours.
			ban: Duration::from_secs(params.tx_ban_seconds.unwrap_or(30 * 60)),
			fork_aware: matches!(params.pool_type, sc_cli::TransactionPoolType::ForkAware),
		}
	}

	/// The pool's options: the future queue as large as the ready queue.
	pub fn options(&self) -> Options {
		let limit = PoolLimit { count: self.count, total_bytes: self.bytes };
		Options {
			ready: limit.clone(),
			future: limit,
			reject_future_transactions: false,
			ban_time: self.ban,
		}
	}
}

/// The node's transaction pool, of the type `--pool-type` names, with [`PoolSize::options`].
pub fn build(
	size: &PoolSize,
	config: &Configuration,
	client: Arc<FullClient>,
	task_manager: &TaskManager,
) -> FullPool {
	let is_validator = config.role.is_authority().into();
	let prometheus = config.prometheus_registry();
	let spawner = task_manager.spawn_essential_handle();
	TransactionPoolWrapper(if size.fork_aware {
		Box::new(ForkAwareTxPool::new_full(
			size.options(),
			is_validator,
			prometheus,
			spawner,
			client,
		))
	} else {
		Box::new(BasicPool::new_full(size.options(), is_validator, prometheus, spawner, client))
	})
}

#[cfg(test)]
mod tests {
	use clap::Parser;

	use super::*;

	#[derive(Parser)]
	struct Flags {
		#[command(flatten)]
		pool: sc_cli::TransactionPoolParams,
	}

	fn size(args: &[&str]) -> PoolSize {
		PoolSize::from_params(&Flags::parse_from(args.iter().copied()).pool)
	}

	#[test]
	fn the_future_queue_is_as_large_as_the_ready_queue() {
		let size = size(&["node", "--pool-limit", "65536", "--pool-kbytes", "32768"]);
		let options = size.options();
		assert_eq!((options.ready.count, options.ready.total_bytes), (65_536, 32 << 20));
		assert_eq!((options.future.count, options.future.total_bytes), (65_536, 32 << 20));
		assert!(!options.reject_future_transactions);
	}

	#[test]
	fn the_ban_and_the_pool_type_follow_the_flags() {
		assert_eq!(size(&["node", "--tx-ban-seconds", "6"]).ban, Duration::from_secs(6));
		assert_eq!(size(&["node"]).ban, Duration::from_secs(30 * 60));
		assert!(size(&["node"]).fork_aware);
		assert!(!size(&["node", "--pool-type", "single-state"]).fork_aware);
	}
}
