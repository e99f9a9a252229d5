//! Configuration of every pallet in the runtime, one `impl Config` each, by domain:
//!
//! | file | pallets |
//! |---|---|
//! | `system.rs` | `System` (block weight and length), `Timestamp` |
//! | `consensus.rs` | `Aura`, `Grandpa` |
//! | `session.rs` | `Validators`, `Session`, `Authorship` |
//! | `peers.rs` | `NodeAuthorization` |
//! | `ledger.rs` | `Balances`, `TransactionPayment` (zero fees) |
//! | `coops.rs` | `Registry`, `Hours` |
//! | `gate.rs` | `Gate` (who may transact, the rate limit) |
//! | `governance.rs` | `Daco`, `Preimage`, `Utility`, `Sudo` |
//! | `origins.rs` | the federation's and co-ops' votes as origins |
//! | `call_filter.rs` | no `Balances` call, nested or not |
//!
//! The parameters that a federation would want to change sit near the top of each file,
//! with a comment saying why they have the value they have.

mod call_filter;
mod consensus;
mod coops;
mod gate;
mod governance;
mod ledger;
mod origins;
mod peers;
mod peers_weights;
mod pool_call_checks;
mod session;
mod system;
mod system_extension_weights;
mod system_weights;
mod wrapped_calls;

pub use call_filter::{CallFilter, MAX_CONNECTIONS};
pub use coops::*;
pub use gate::*;
pub use governance::*;
pub use ledger::*;
pub use origins::*;
pub use peers_weights::NodeAuthorizationWeights;
pub use session::RotationWeight;
pub use system::*;
pub use system_extension_weights::WarmGenesis;
pub use wrapped_calls::plain_calls;
