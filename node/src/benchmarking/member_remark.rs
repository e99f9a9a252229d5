//! The transaction `benchmark overhead` fills a block with: an empty `system.remark` that
//! Alice, a member in the `dev` genesis, signs as a wallet would for this runtime.
//!
//! The stock builder signs with subxt's default extensions: an immortal era, which our gate
//! refuses (`NOT_MORTAL`), and no `CheckMember`. This node does not link the runtime, so
//! the transaction is encoded here from the runtime's wire format, and the metadata is
//! checked against it first: a runtime whose extensions changed stops the benchmark with
//! their names instead of measuring refusals.

use frame_benchmarking_cli::ExtrinsicBuilder;
use sp_core::{Pair, H256};
use sp_runtime::{
	codec::{Compact, Encode},
	generic::Era,
	OpaqueExtrinsic,
};

/// The runtime's transaction extensions, in order, by identifier (`runtime/src/lib.rs`,
/// `TxExtension`). Of these only the era, the nonce and the tip carry data in the
/// transaction; the versions, the genesis hash and the era's birth hash are signed.
const EXTENSIONS: [&str; 10] = [
	"CheckMember",
	"CheckNonZeroSender",
	"CheckSpecVersion",
	"CheckTxVersion",
	"CheckGenesis",
	"CheckMortality",
	"CheckNonce",
	"CheckWeight",
	"ChargeTransactionPayment",
	"WeightReclaim",
];

/// How long each transaction may wait: the longest era the gate allows, born at genesis,
/// so the benchmark's block (number 1) is well inside it.
const ERA_PERIOD: u64 = 256;

/// Version 4 of the extrinsic format, signed.
const SIGNED_V4: u8 = 0x84;

/// Builds Alice's remarks with increasing nonces.
pub struct MemberRemark {
	/// `system.remark(vec![])`, encoded.
	call: Vec<u8>,
	/// What the signature covers beyond the call and the explicit data.
	implicit: Vec<u8>,
	signer: sp_core::sr25519::Pair,
}

impl MemberRemark {
	/// The builder for the runtime described by `metadata` and its versions, on the chain
	/// with genesis `genesis`.
	pub fn new(
		metadata: &subxt_metadata::Metadata,
		genesis: H256,
		spec_version: u32,
		transaction_version: u32,
	) -> Result<Self, String> {
		let extensions: Vec<&str> = metadata
			.extrinsic()
			.transaction_extensions_by_version(0)
			.ok_or("the runtime's metadata lists no transaction extensions")?
			.map(|extension| extension.identifier())
			.collect();
		if extensions != EXTENSIONS {
			return Err(format!(
				"the runtime's transaction extensions are {extensions:?}, this builder signs \
				 {EXTENSIONS:?}: update node/src/benchmarking/member_remark.rs"
			));
		}
		let system = metadata.pallet_by_name("System").ok_or("the runtime has no System")?;
		let remark = system.call_variant_by_name("remark").ok_or("System has no remark")?;
		let call = (system.call_index(), remark.index, Vec::<u8>::new()).encode();

		let implicit = (spec_version, transaction_version, genesis, genesis).encode();
		Ok(Self { call, implicit, signer: sp_keyring::Sr25519Keyring::Alice.pair() })
	}
}

impl ExtrinsicBuilder for MemberRemark {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let era = Era::mortal(ERA_PERIOD, 0);
		let tip = Compact(0u128);
		let explicit = (era, Compact(nonce), tip).encode();

		let mut payload = [&self.call[..], &explicit, &self.implicit].concat();
		if payload.len() > 256 {
			payload = sp_io::hashing::blake2_256(&payload).to_vec();
		}
		let signature = self.signer.sign(&payload);

		let mut body = vec![SIGNED_V4];
		body.push(0x00); // MultiAddress::Id
		body.extend_from_slice(self.signer.public().as_ref());
		body.push(0x01); // MultiSignature::Sr25519
		body.extend_from_slice(signature.as_ref());
		body.extend_from_slice(&explicit);
		body.extend_from_slice(&self.call);
		Ok(OpaqueExtrinsic::from_blob(body))
	}
}
