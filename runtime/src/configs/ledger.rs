//! The HOUR ledger (`Balances`) and fee information (`TransactionPayment`), with every fee
//! zero: HOUR is pay for work, not the price of a transaction.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU8},
	weights::ConstantMultiplier,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::traits::One;

use crate::{
	Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, System,
};

/// The smallest balance an account may hold: one unit. Members are kept alive by the
/// registry's provider reference, not by a deposit, so this only stops dust accounts.
pub const EXISTENTIAL_DEPOSIT: Balance = 1;

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = ConstU32<8>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// The fee multiplier never moves: every fee is zero anyway.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

/// Zero fees. `TransactionPayment` stays so that `payment_queryInfo` answers wallets, with
/// weight and length both priced at nothing.
pub type ZeroFee = ConstantMultiplier<Balance, ConstU128<0>>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<1>;
	type WeightToFee = ZeroFee;
	type LengthToFee = ZeroFee;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
