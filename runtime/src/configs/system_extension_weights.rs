//! The stock transaction extensions' weights, except `CheckGenesis`'s read of the genesis
//! hash, which is priced warm.
//!
//! The stock figure charges each transaction a cold read of `System::BlockHash(0)`. Here
//! `pallet_gate`'s `on_initialize` reads that key once a block, and pays for it, so every
//! transaction after finds it in the trie cache (upstream's own benchmark of the extension
//! whitelists the key for the same reason). The mortal check's read stays priced cold: a
//! signer picks the block its era starts from, so its key differs from one transaction to
//! the next.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{RuntimeDbWeight, Weight},
};
use frame_system::ExtensionsWeightInfo;

/// `Stock`'s extension weights with `CheckGenesis`'s read, at `Db`'s price, taken out. The
/// runtime charges `WarmGenesis<SubstrateExtensionsWeight<Runtime>, ParityDbWeight>`; the
/// runtime's weight tests compare it with `WarmGenesis<(), RocksDbWeight>`.
pub struct WarmGenesis<Stock, Db>(PhantomData<(Stock, Db)>);

impl<Stock: ExtensionsWeightInfo, Db: Get<RuntimeDbWeight>> ExtensionsWeightInfo
	for WarmGenesis<Stock, Db>
{
	fn check_genesis() -> Weight {
		Stock::check_genesis().saturating_sub(Db::get().reads(1))
	}
	fn check_mortality_mortal_transaction() -> Weight {
		Stock::check_mortality_mortal_transaction()
	}
	fn check_mortality_immortal_transaction() -> Weight {
		Stock::check_mortality_immortal_transaction()
	}
	fn check_non_zero_sender() -> Weight {
		Stock::check_non_zero_sender()
	}
	fn check_nonce() -> Weight {
		Stock::check_nonce()
	}
	fn check_spec_version() -> Weight {
		Stock::check_spec_version()
	}
	fn check_tx_version() -> Weight {
		Stock::check_tx_version()
	}
	fn check_weight() -> Weight {
		Stock::check_weight()
	}
	fn weight_reclaim() -> Weight {
		Stock::weight_reclaim()
	}
}
