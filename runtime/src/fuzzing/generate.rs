//! Seeded inputs in the harness's format ([`super::input`]) that get past the first checks
//! of the calls: random bytes rarely name a member, a claimable day or an open claim.
//!
//! Calls are generated from the runtime's own type information (`scale-info`), so every
//! call of every pallet can come up, with the values a wallet would plausibly send: the
//! signers' and pools' accounts, their identity commitments, co-op, claim and proposal ids
//! that exist or nearly, days the claim window accepts (the generator follows the chain's
//! clock), pay-sized amounts, and calls nested in batches, `sudo` and proposals. The seeded
//! CI test runs these, and `cargo fuzz` starts from a corpus of them.

use codec::{Compact, Encode};
use scale_info::{form::PortableForm, PortableRegistry, TypeDef, TypeDefPrimitive, Variant};
use sp_core::H256;
use std::sync::OnceLock;

use super::{input, SIGNERS};
use crate::{AccountId, BlockNumber, Registry, RuntimeCall, DAYS, HOUR, MINUTES};

/// How deep generated calls nest: a `sudo` around a batch around a call, at most.
const MAX_NESTING: u32 = 3;

/// A xorshift64 generator: deterministic across machines, so a failing seed is a
/// reproducible input.
pub struct Rng(u64);

impl Rng {
	/// The generator for `seed` (any seed, zero included).
	pub fn new(seed: u64) -> Self {
		Self(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
	}

	/// The next 64 random bits.
	pub fn next_u64(&mut self) -> u64 {
		let mut x = self.0;
		x ^= x.wrapping_shl(13);
		x ^= x.wrapping_shr(7);
		x ^= x.wrapping_shl(17);
		self.0 = x;
		x
	}

	/// A number below `n` (0 if `n` is 0).
	pub fn below(&mut self, n: u64) -> u64 {
		self.next_u64().checked_rem(n).unwrap_or(0)
	}

	/// True with probability `percent` / 100.
	fn percent(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}

	/// `len` random bytes.
	pub fn bytes(&mut self, len: usize) -> Vec<u8> {
		(0..len).map(|_| self.next_u64().to_le_bytes()[0]).collect()
	}
}

/// The runtime's types and the id of `RuntimeCall` among them, resolved once.
fn types() -> &'static (PortableRegistry, u32) {
	static TYPES: OnceLock<(PortableRegistry, u32)> = OnceLock::new();
	TYPES.get_or_init(|| {
		let mut registry = scale_info::Registry::new();
		let call = registry.register_type(&scale_info::meta_type::<RuntimeCall>()).id;
		(registry.into(), call)
	})
}

/// How often each pallet's calls come up, out of the sum: our pallets most.
const PALLET_WEIGHTS: [(&str, u64); 13] = [
	("Hours", 30),
	("Registry", 22),
	("Daco", 20),
	("Sudo", 8),
	("Utility", 6),
	("Validators", 4),
	("Gate", 3),
	("Session", 2),
	("Preimage", 2),
	("NodeAuthorization", 2),
	("System", 2),
	("Balances", 1),
	("Grandpa", 1),
];

/// How often a call comes up within its pallet, if not 3: the steps of the chain's main
/// flows (work logged, approved, paid on; members invited and joining; proposals voted and
/// closed) more, what ends a membership less, so that chains grow before they shrink.
const CALL_WEIGHTS: [(&str, &str, u64); 22] = [
	("Hours", "log_work", 12),
	("Hours", "approve", 10),
	("Hours", "transfer", 8),
	("Hours", "contribute", 4),
	("Hours", "set_policy", 1),
	("Hours", "set_coop_terms", 1),
	("Registry", "add_member", 6),
	("Registry", "accept_invitation", 6),
	("Registry", "remove_member", 1),
	("Registry", "leave", 1),
	("Registry", "suspend_coop", 1),
	("Registry", "decline_invitation", 1),
	("Registry", "cancel_recovery", 1),
	("Registry", "set_policy", 1),
	("Daco", "propose", 8),
	("Daco", "vote", 10),
	("Daco", "close", 6),
	("Daco", "set_thresholds", 1),
	("Daco", "set_delegate", 1),
	("Daco", "withdraw", 1),
	("Daco", "cancel", 1),
	("Sudo", "remove_key", 1),
];

/// The input of `seed`: mostly wallet-like transactions and block ends; one in eight is
/// plain random bytes, for the decoding itself.
pub fn input(seed: u64) -> Vec<u8> {
	let mut rng = Rng::new(seed);
	if rng.percent(12) {
		let len = usize::try_from(rng.below(400)).unwrap_or(0);
		return rng.bytes(len);
	}
	let mut generator = Generator::new(rng);
	let steps = generator.rng.below(60).saturating_add(1);
	for _ in 0..steps {
		generator.step();
	}
	generator.out
}

struct Generator {
	rng: Rng,
	out: Vec<u8>,
	/// The number of the block the next transaction lands in, as the harness counts.
	block: BlockNumber,
	/// Claims and proposals opened so far (at most: some fail), for plausible ids.
	claims: u64,
	proposals: u64,
	accounts: Vec<AccountId>,
	identities: Vec<H256>,
}

impl Generator {
	fn new(rng: Rng) -> Self {
		let mut accounts: Vec<AccountId> = SIGNERS.iter().map(|k| k.to_account_id()).collect();
		accounts.extend((0..4).map(|coop| Registry::pool_account(coop_primitives::CoopId(coop))));
		let identities =
			SIGNERS.iter().map(|k| crate::genesis_config_presets::dev_identity(*k)).collect();
		Self { rng, out: Vec::new(), block: 1, claims: 0, proposals: 0, accounts, identities }
	}

	/// A block end, or a signed transaction, now and then with what follows it in a
	/// co-op's day: a claim's approval, a proposal's votes and its closing.
	fn step(&mut self) {
		if self.rng.percent(12) {
			return self.block_end();
		}
		let signer = self.signer();
		self.out.push(signer);
		match self.runtime_call(0) {
			Some(("Hours", "log_work")) if self.rng.percent(50) => {
				// By an admin or approver: Alice, Bob, Dave, Eve.
				let approver = [0, 1, 3, 4].get(self.pick(4)).copied().unwrap_or(0);
				self.out.push(approver);
				self.named_call("Hours", "approve");
			}
			Some(("Daco", "propose")) if self.rng.percent(50) => {
				for _ in 0..self.rng.below(4) {
					let voter = self.signer();
					self.out.push(voter);
					self.named_call("Daco", "vote");
				}
				if self.rng.percent(60) {
					self.block_end();
					let closer = self.signer();
					self.out.push(closer);
					self.named_call("Daco", "close");
				}
			}
			_ => {}
		}
	}

	fn block_end(&mut self) {
		let n = match self.rng.below(100) {
			0..=54 => self.rng.below(3),
			55..=74 => 3u64.saturating_add(self.rng.below(12)),
			75..=89 => 15u64.saturating_add(self.rng.below(36)),
			_ => 51u64.saturating_add(self.rng.below(77)),
		};
		let n = u8::try_from(n).unwrap_or(127) & 0x7f;
		self.out.push(0x80 | n);
		self.block = self.block.saturating_add(input::lapse(n));
	}

	/// Mostly the members; the outsiders' transactions are refused before they run.
	fn signer(&mut self) -> u8 {
		let signer =
			if self.rng.percent(88) { self.pick(6) } else { self.pick(2).saturating_add(6) };
		u8::try_from(signer).unwrap_or(0)
	}

	/// A number below `n`, as an index.
	fn pick(&mut self, n: usize) -> usize {
		let n = u64::try_from(n).unwrap_or(0);
		usize::try_from(self.rng.below(n)).unwrap_or(0)
	}

	/// A call of a pallet chosen by [`PALLET_WEIGHTS`], its names returned at the top level.
	fn runtime_call(&mut self, depth: u32) -> Option<(&'static str, &'static str)> {
		let deep = depth >= MAX_NESTING;
		let weight = |v: &Variant<PortableForm>| match PALLET_WEIGHTS
			.iter()
			.find(|(name, _)| *name == v.name)
		{
			// Beyond the nesting limit, only a remark: it nests nothing.
			_ if deep => u64::from(v.name == "System"),
			Some((_, weight)) => *weight,
			None => 0,
		};
		let pallet = self.weighted(pallets(), weight)?;
		let calls = calls_of(pallet)?;
		let chosen = if deep {
			calls.iter().find(|c| c.name == "remark")
		} else {
			let weight = |c: &Variant<PortableForm>| {
				CALL_WEIGHTS
					.iter()
					.find(|(p, name, _)| *p == pallet.name && *name == c.name)
					.map_or(3, |(_, _, weight)| *weight)
			};
			self.weighted(calls, weight)
		}?;
		self.encode_call(pallet, chosen, depth);
		Some((pallet.name.as_str(), chosen.name.as_str()))
	}

	/// `pallet`'s call `call`, with generated arguments.
	fn named_call(&mut self, pallet: &str, call: &str) {
		let Some(pallet) = pallets().iter().find(|p| p.name == pallet) else { return };
		let Some(call) = calls_of(pallet).and_then(|calls| calls.iter().find(|c| c.name == call))
		else {
			return;
		};
		self.encode_call(pallet, call, 0);
	}

	fn encode_call(
		&mut self,
		pallet: &Variant<PortableForm>,
		call: &Variant<PortableForm>,
		depth: u32,
	) {
		match (pallet.name.as_str(), call.name.as_str()) {
			("Hours", "log_work") => self.claims = self.claims.saturating_add(1),
			("Daco", "propose") => self.proposals = self.proposals.saturating_add(1),
			_ => {}
		}
		self.out.push(pallet.index);
		self.out.push(call.index);
		for field in &call.fields {
			self.value(field.ty.id, field.name.as_deref(), depth);
		}
	}

	/// One of `variants`, chosen with the given weights; `None` if they are all zero.
	fn weighted<'a>(
		&mut self,
		variants: &'a [Variant<PortableForm>],
		weight: impl Fn(&Variant<PortableForm>) -> u64,
	) -> Option<&'a Variant<PortableForm>> {
		let total: u64 = variants.iter().map(&weight).sum();
		let mut pick = self.rng.below(total);
		for variant in variants {
			let w = weight(variant);
			if pick < w {
				return Some(variant);
			}
			pick = pick.saturating_sub(w);
		}
		None
	}

	/// A value of type `id`, for a field called `hint` (names steer numbers and bytes).
	fn value(&mut self, id: u32, hint: Option<&str>, depth: u32) {
		let (types, _) = types();
		let Some(ty) = types.resolve(id) else { return };
		match ty.path.segments.last().map(String::as_str) {
			Some("AccountId32") => return self.account(),
			Some("H256") => return self.hash(),
			Some("CoopId") => {
				let coop = if self.rng.percent(90) { self.rng.below(2) } else { self.rng.below(5) };
				return self.put(coop as u32);
			}
			Some("ClaimId") => {
				let id = self.recent(self.claims);
				return self.put(id);
			}
			Some("Perbill") => {
				let parts = self.rng.below(1_000_000_001);
				return self.put(parts as u32);
			}
			Some("ProposalId") => {
				let id = self.recent(self.proposals);
				return self.put(id as u32);
			}
			Some("RuntimeCall") => {
				self.runtime_call(depth.saturating_add(1));
				return;
			}
			Some("Bounded") => return self.bounded(&ty.type_def, depth),
			_ => {}
		}
		match &ty.type_def {
			TypeDef::Composite(composite) => {
				for field in &composite.fields {
					self.value(field.ty.id, field.name.as_deref().or(hint), depth);
				}
			}
			TypeDef::Variant(variants) => {
				let Some(variant) = self.weighted(&variants.variants, |_| 1) else { return };
				self.out.push(variant.index);
				for field in &variant.fields {
					self.value(field.ty.id, field.name.as_deref().or(hint), depth);
				}
			}
			TypeDef::Sequence(sequence) => {
				if is_byte(types, sequence.type_param.id) {
					self.byte_string();
				} else {
					let len = self.rng.below(4);
					self.put(Compact(len as u32));
					for _ in 0..len {
						self.value(sequence.type_param.id, hint, depth);
					}
				}
			}
			TypeDef::Array(array) => {
				for _ in 0..array.len {
					self.value(array.type_param.id, hint, depth);
				}
			}
			TypeDef::Tuple(tuple) => {
				for field in &tuple.fields {
					self.value(field.id, None, depth);
				}
			}
			TypeDef::Primitive(primitive) => self.primitive(primitive, hint),
			TypeDef::Compact(compact) => {
				let number = self.number(hint);
				match primitive_of(types, compact.type_param.id) {
					Some(TypeDefPrimitive::U8) => self.put(Compact(number as u8)),
					Some(TypeDefPrimitive::U16) => self.put(Compact(number as u16)),
					Some(TypeDefPrimitive::U32) => self.put(Compact(number as u32)),
					Some(TypeDefPrimitive::U64) => self.put(Compact(number as u64)),
					_ => self.put(Compact(number)),
				}
			}
			// An empty bit sequence.
			TypeDef::BitSequence(_) => self.put(Compact(0u32)),
		}
	}

	/// An id among the `opened` so far: mostly one of the last two (what a member acts on
	/// next), sometimes any, or one not opened yet.
	fn recent(&mut self, opened: u64) -> u64 {
		if self.rng.percent(70) {
			opened.saturating_sub(self.rng.below(2).saturating_add(1))
		} else {
			self.rng.below(opened.saturating_add(2))
		}
	}

	fn put(&mut self, value: impl Encode) {
		value.encode_to(&mut self.out);
	}

	/// A signer's or a pool's account mostly; now and then one nobody knows.
	fn account(&mut self) {
		let count = u64::try_from(self.accounts.len()).unwrap_or(0);
		let pick = usize::try_from(self.rng.below(count)).unwrap_or(0);
		match self.accounts.get(pick).cloned() {
			Some(account) if self.rng.percent(95) => self.put(account),
			_ => {
				let bytes = self.rng.bytes(32);
				self.out.extend(bytes);
			}
		}
	}

	/// A signer's identity commitment mostly (invitations must name the right one).
	fn hash(&mut self) {
		let count = u64::try_from(self.identities.len()).unwrap_or(0);
		let pick = usize::try_from(self.rng.below(count)).unwrap_or(0);
		match self.identities.get(pick).copied() {
			Some(identity) if self.rng.percent(70) => self.put(identity),
			_ => {
				let bytes = self.rng.bytes(32);
				self.out.extend(bytes);
			}
		}
	}

	/// A proposal's call: inline (another generated call) when it fits, else by hash.
	fn bounded(&mut self, def: &TypeDef<PortableForm>, depth: u32) {
		let TypeDef::Variant(variants) = def else { return };
		let mut call = core::mem::take(&mut self.out);
		self.runtime_call(depth.saturating_add(1));
		core::mem::swap(&mut call, &mut self.out);
		let by_name = |name: &str| variants.variants.iter().find(|v| v.name == name);
		if let (Some(inline), true) = (by_name("Inline"), call.len() <= 128) {
			self.out.push(inline.index);
			self.put(call);
		} else if let Some(lookup) = by_name("Lookup") {
			self.out.push(lookup.index);
			for field in &lookup.fields {
				self.value(field.ty.id, field.name.as_deref(), depth);
			}
		}
	}

	fn primitive(&mut self, primitive: &TypeDefPrimitive, hint: Option<&str>) {
		let number = self.number(hint);
		let bytes = number.to_le_bytes();
		let width = match primitive {
			TypeDefPrimitive::Bool => return self.out.push(u8::from(self.rng.percent(50))),
			TypeDefPrimitive::Str => return self.byte_string(),
			TypeDefPrimitive::Char => return self.put(u32::from('a')),
			TypeDefPrimitive::U8 | TypeDefPrimitive::I8 => 1,
			TypeDefPrimitive::U16 | TypeDefPrimitive::I16 => 2,
			TypeDefPrimitive::U32 | TypeDefPrimitive::I32 => 4,
			TypeDefPrimitive::U64 | TypeDefPrimitive::I64 => 8,
			TypeDefPrimitive::U128 | TypeDefPrimitive::I128 => 16,
			TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => {
				self.out.extend(bytes);
				return self.out.extend([0; 16]);
			}
		};
		self.out.extend(bytes.iter().take(width));
	}

	/// A number for a field called `hint`: days the claim window accepts, minutes of a
	/// day's work, pay-sized amounts, block counts; otherwise small, round or extreme.
	fn number(&mut self, hint: Option<&str>) -> u128 {
		let rng = &mut self.rng;
		let hint = hint.unwrap_or_default();
		if hint == "day" {
			let today = u64::from(super::day_at(self.block));
			return u128::from(today.saturating_sub(rng.below(35)).saturating_add(rng.below(2)));
		}
		if hint == "minutes" {
			return u128::from(rng.below(800).saturating_add(1));
		}
		if ["amount", "rate", "min_rate", "max_rate", "balance_cap", "value"].contains(&hint) {
			return match rng.below(6) {
				0 => 0,
				1 => 1,
				2 => u128::from(rng.below(20)).saturating_mul(HOUR),
				3 => HOUR.saturating_add(1),
				4 => u128::from(rng.below(u64::from(u32::MAX))),
				_ => u128::MAX,
			};
		}
		match rng.below(10) {
			0 => 0,
			1 => 1,
			2 => u128::from(rng.below(8)),
			3 => u128::from(rng.below(100)),
			4 => u128::from(rng.below(10_000)),
			5 => u128::from(rng.below(60)).saturating_mul(u128::from(MINUTES)),
			6 => u128::from(rng.below(40)).saturating_mul(u128::from(DAYS)),
			7 => u128::from(u32::MAX),
			8 => u128::from(rng.next_u64()),
			_ => u128::from(rng.below(1_000_000_001)),
		}
	}

	/// Bytes for a name, a memo, a remark or a reason: short and printable mostly, now and
	/// then too long for any bound, or binary.
	fn byte_string(&mut self) {
		let len = match self.rng.below(10) {
			0 => 0,
			1 => self.rng.below(300),
			_ => self.rng.below(24),
		};
		let len = usize::try_from(len).unwrap_or(0);
		let bytes: Vec<u8> = if self.rng.percent(80) {
			(0..len).map(|_| b'a'.saturating_add(self.rng.below(26) as u8)).collect()
		} else {
			self.rng.bytes(len)
		};
		self.put(bytes);
	}
}

/// The variants of `RuntimeCall`: one per pallet with calls.
fn pallets() -> &'static [Variant<PortableForm>] {
	let (types, call) = types();
	match types.resolve(*call).map(|t| &t.type_def) {
		Some(TypeDef::Variant(pallets)) => &pallets.variants,
		_ => &[],
	}
}

/// The calls of a pallet's variant of `RuntimeCall`.
fn calls_of(pallet: &Variant<PortableForm>) -> Option<&'static [Variant<PortableForm>]> {
	let (types, _) = types();
	match &types.resolve(pallet.fields.first()?.ty.id)?.type_def {
		TypeDef::Variant(calls) => Some(&calls.variants),
		_ => None,
	}
}

fn is_byte(types: &PortableRegistry, id: u32) -> bool {
	matches!(types.resolve(id).map(|t| &t.type_def), Some(TypeDef::Primitive(TypeDefPrimitive::U8)))
}

/// The primitive type `id` is, or wraps in a single field (as a `Compact` holds it).
fn primitive_of(types: &PortableRegistry, id: u32) -> Option<TypeDefPrimitive> {
	match &types.resolve(id)?.type_def {
		TypeDef::Primitive(primitive) => Some(primitive.clone()),
		TypeDef::Composite(composite) => match composite.fields.as_slice() {
			[field] => primitive_of(types, field.ty.id),
			_ => None,
		},
		_ => None,
	}
}
