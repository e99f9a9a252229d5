//! `coop-node federation init --config federation.toml`: a real federation's chain spec,
//! written from a short config that names the founding co-ops, their validators and the
//! rules, instead of by hand-editing the `local` spec's JSON.
//!
//! It writes `<id>.json` (the spec, readable), `<id>.raw.json` (the raw spec every node
//! starts from) and `<id>.genesis-hash` (what co-ops compare before joining). There is no
//! sudo key, and every key is checked against the well-known development ones, whose
//! secrets are public: a federation started with one could be taken over by anyone.

use std::{collections::BTreeSet, path::PathBuf, str::FromStr};

use coop_primitives::opaque::Block;
use serde::Deserialize;
use serde_json::{json, Value};
use sp_core::{
	bytes::to_hex,
	crypto::{AccountId32, ByteArray, Ss58Codec},
	ed25519, sr25519,
};
use sp_runtime::{traits::Block as _, BuildStorage};

/// `coop-node federation …`
#[derive(Debug, clap::Subcommand)]
pub enum FederationCmd {
	/// Write a federation's chain spec, raw spec and genesis hash from its config.
	Init(InitCmd),
}

/// `coop-node federation init`
#[derive(Debug, clap::Parser)]
pub struct InitCmd {
	/// The federation's config (see `chain-specs/example-federation.toml`).
	#[arg(long)]
	pub config: PathBuf,
	/// The folder the three files are written to.
	#[arg(long, default_value = ".")]
	pub out: PathBuf,
}

/// What `federation.toml` says. Unknown keys are refused, so a typo is not silently ignored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	pub name: String,
	/// The chain's id: names the database folder and the output files.
	pub id: String,
	pub protocol_id: Option<String>,
	#[serde(default)]
	pub boot_nodes: Vec<String>,
	/// At most this many transactions per member per `rate_limit_blocks` (the chain's
	/// default when absent).
	pub rate_limit_transactions: Option<u32>,
	pub rate_limit_blocks: Option<u32>,
	#[serde(default)]
	pub coops: Vec<CoopConfig>,
	#[serde(default)]
	pub validators: Vec<ValidatorConfig>,
	/// Bodies whose voting rules differ from the chain's default.
	#[serde(default)]
	pub thresholds: Vec<ThresholdsConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoopConfig {
	pub name: String,
	/// The account that casts this co-op's vote in the federation: one of its admins.
	pub delegate: String,
	pub founders: Vec<FounderConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FounderConfig {
	pub account: String,
	pub name: String,
	/// The identity commitment the co-op checked (32 bytes, hex).
	pub identity: String,
	/// `Admin`, `Approver` or `Member`.
	pub role: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidatorConfig {
	pub account: String,
	/// The co-op running it: its position in `coops`, from 0.
	pub coop: u32,
	/// Its Aura key (sr25519), SS58 or hex.
	pub aura: String,
	/// Its GRANDPA key (ed25519), SS58 or hex.
	pub grandpa: String,
	/// Its node's libp2p peer id (`12D3KooW…`).
	pub peer_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdsConfig {
	/// `federation`, or `coop:<position in coops>`.
	pub body: String,
	pub quorum_percent: u32,
	pub approval_percent: u32,
	pub voting_period_blocks: u32,
	pub min_deliberation_blocks: u32,
}

/// The public keys anyone can sign with: the dev accounts' and the `local` nodes'.
fn well_known_keys() -> BTreeSet<[u8; 32]> {
	let mut keys: BTreeSet<[u8; 32]> =
		sp_keyring::Sr25519Keyring::iter().map(|k| k.public().0).collect();
	keys.extend(sp_keyring::Ed25519Keyring::iter().map(|k| k.public().0));
	keys.extend(LOCAL_NODE_KEYS.iter().map(|hex| decode_hex_32(hex).unwrap_or_default()));
	keys
}

/// The public halves of `chain-specs/local-node-keys/*` (a test checks they agree).
const LOCAL_NODE_KEYS: [&str; 4] = [
	"e62bb941c8ac98c31e367e1159b70119dafd11c724d6652eceae928511d4b2b5",
	"ce54994d222ca349da456c2805bbb5c130190cfce04a5d47a1dcfef650116c98",
	"59c3ce3d2a7ccd378bedaa48fea637d4d6009096e3173ccc52721467e94e2120",
	"2619db14616a92239580636378bee4ecc01b67ca6eb8dd8e80de3630e803e4db",
];

fn decode_hex_32(text: &str) -> Option<[u8; 32]> {
	sp_core::bytes::from_hex(text).ok()?.try_into().ok()
}

/// Checks one key of the config: it parses, and it is not a well-known one.
struct Keys {
	well_known: BTreeSet<[u8; 32]>,
}

impl Keys {
	fn refuse_well_known(&self, what: &str, raw: [u8; 32]) -> Result<[u8; 32], String> {
		if self.well_known.contains(&raw) {
			return Err(format!(
				"{what} is a well-known development key (Alice, Bob, … or a `local` node \
				 key): its secret is public; generate a fresh one with `coop-node key generate`"
			));
		}
		Ok(raw)
	}

	fn account(&self, what: &str, text: &str) -> Result<String, String> {
		let account = AccountId32::from_ss58check(text)
			.map_err(|e| format!("{what}: `{text}` is not an SS58 address ({e:?})"))?;
		self.refuse_well_known(what, account.clone().into())?;
		Ok(account.to_ss58check())
	}

	/// A public key of `scheme` (`sr25519`, `ed25519`), given as SS58 or hex, as SS58.
	fn public_key<P: Ss58Codec + ByteArray>(
		&self,
		what: &str,
		text: &str,
		scheme: &str,
	) -> Result<String, String> {
		let public = match decode_hex_32(text) {
			Some(raw) => P::from_slice(&raw).ok(),
			None => P::from_ss58check(text).ok(),
		}
		.ok_or_else(|| format!("{what}: `{text}` is neither an SS58 nor a hex {scheme} key"))?;
		let raw = <[u8; 32]>::try_from(public.as_slice())
			.map_err(|_| format!("{what}: not a 32-byte key"))?;
		self.refuse_well_known(what, raw)?;
		Ok(public.to_ss58check())
	}

	/// A peer id as the chain stores it (its multihash bytes), refusing the `local` nodes'.
	fn peer_id(&self, what: &str, text: &str) -> Result<Vec<u8>, String> {
		let peer = sc_network::PeerId::from_str(text)
			.map_err(|e| format!("{what}: `{text}` is not a libp2p peer id ({e})"))?;
		let bytes = peer.to_bytes();
		// An ed25519 peer id: identity multihash (0x00, 0x24), protobuf key type 1, 32 bytes.
		if let Some(public) = bytes.get(6..).and_then(|k| <[u8; 32]>::try_from(k).ok()) {
			self.refuse_well_known(what, public)?;
		}
		Ok(bytes)
	}
}

/// The genesis patch (the runtime's genesis config, as JSON) the config describes.
pub fn genesis_patch(config: &Config) -> Result<Value, String> {
	let keys = Keys { well_known: well_known_keys() };
	if config.coops.is_empty() {
		return Err("the config names no co-op: a federation needs at least one".into());
	}
	if config.validators.is_empty() {
		return Err("the config names no validator: nobody would author blocks".into());
	}
	let mut coops = Vec::new();
	let mut delegates = Vec::new();
	for (index, coop) in config.coops.iter().enumerate() {
		let mut members = Vec::new();
		let mut admins = BTreeSet::new();
		for founder in &coop.founders {
			let what = format!("co-op {:?}, founder {:?}", coop.name, founder.name);
			let account = keys.account(&what, &founder.account)?;
			let identity = decode_hex_32(&founder.identity)
				.ok_or_else(|| format!("{what}: identity must be 32 bytes of hex"))?;
			if !["Admin", "Approver", "Member"].contains(&founder.role.as_str()) {
				return Err(format!(
					"{what}: role `{}` is none of Admin, Approver, Member",
					founder.role
				));
			}
			if founder.role == "Admin" {
				admins.insert(account.clone());
			}
			members.push(json!({
				"account": account,
				"identity": to_hex(&identity, false),
				"name": founder.name,
				"role": founder.role,
			}));
		}
		let delegate = keys.account(&format!("co-op {:?}, delegate", coop.name), &coop.delegate)?;
		if !admins.contains(&delegate) {
			return Err(format!("co-op {:?}: its delegate must be one of its admins", coop.name));
		}
		coops.push(json!({ "name": coop.name, "members": members }));
		delegates.push(json!([index, delegate]));
	}
	let mut session = Vec::new();
	let mut validators = Vec::new();
	let mut nodes = Vec::new();
	for v in &config.validators {
		let what = format!("validator {}", v.account);
		let account = keys.account(&what, &v.account)?;
		if v.coop as usize >= config.coops.len() {
			return Err(format!("{what}: co-op {} is not in `coops` (from 0)", v.coop));
		}
		let aura =
			keys.public_key::<sr25519::Public>(&format!("{what}, aura"), &v.aura, "sr25519")?;
		let grandpa =
			keys.public_key::<ed25519::Public>(&format!("{what}, grandpa"), &v.grandpa, "ed25519")?;
		let peer = keys.peer_id(&format!("{what}, peer_id"), &v.peer_id)?;
		session.push(json!([account, account, { "aura": aura, "grandpa": grandpa }]));
		validators.push(json!({ "account": account, "coop": v.coop }));
		nodes.push(json!([peer, account]));
	}
	let mut thresholds = Vec::new();
	for t in &config.thresholds {
		let body = match t.body.strip_prefix("coop:") {
			None if t.body == "federation" => json!("Federation"),
			Some(n) => {
				json!({ "Coop": n.parse::<u32>().map_err(|_| format!("thresholds: body `{}` is neither `federation` nor `coop:<n>`", t.body))? })
			}
			None => {
				return Err(format!(
					"thresholds: body `{}` is neither `federation` nor `coop:<n>`",
					t.body
				))
			}
		};
		let percent = |p: u32, name: &str| {
			if p > 100 {
				Err(format!("thresholds of {}: {name} {p}% is over 100%", t.body))
			} else {
				Ok(p.saturating_mul(10_000_000)) // Perbill: parts per billion
			}
		};
		thresholds.push(json!([body, {
			"rule": {
				"quorum": percent(t.quorum_percent, "quorum_percent")?,
				"approval": percent(t.approval_percent, "approval_percent")?,
			},
			"votingPeriod": t.voting_period_blocks,
			"minDeliberation": t.min_deliberation_blocks,
		}]));
	}
	let gate = match (config.rate_limit_transactions, config.rate_limit_blocks) {
		(None, None) => json!({}),
		(Some(transactions), Some(blocks)) => {
			json!({ "rateLimit": { "transactions": transactions, "blocks": blocks } })
		}
		_ => return Err("rate_limit_transactions and rate_limit_blocks go together".into()),
	};
	Ok(json!({
		"registry": { "coops": coops },
		"daco": { "delegates": delegates, "thresholds": thresholds },
		"session": { "keys": session },
		"validators": { "validators": validators },
		"nodeAuthorization": { "nodes": nodes },
		"gate": gate,
		"sudo": { "key": null },
	}))
}

/// The genesis block's hash of `spec`: the hash every node of the chain will show.
pub(crate) fn genesis_hash(spec: &crate::chain_spec::ChainSpec) -> Result<String, String> {
	let storage = spec.build_storage()?;
	let executor = sc_executor::WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build();
	let version =
		sc_service::resolve_state_version_from_wasm::<_, sp_runtime::traits::BlakeTwo256>(
			&storage, &executor,
		)
		.map_err(|e| e.to_string())?;
	let state = sp_state_machine::InMemoryBackend::<sp_runtime::traits::BlakeTwo256>::from((
		storage, version,
	));
	let root = *state.root();
	let block = sc_service::construct_genesis_block::<Block>(root, version);
	Ok(format!("{:?}", block.hash()))
}

impl InitCmd {
	/// Reads the config, builds the spec with `wasm` (the runtime's code) and writes the files.
	pub fn run(&self, wasm: &[u8]) -> Result<(), String> {
		let text = std::fs::read_to_string(&self.config)
			.map_err(|e| format!("cannot read {}: {e}", self.config.display()))?;
		let config: Config =
			toml::from_str(&text).map_err(|e| format!("{}: {e}", self.config.display()))?;
		let patch = genesis_patch(&config)?;
		let boot_nodes = config
			.boot_nodes
			.iter()
			.map(|a| a.parse().map_err(|e| format!("boot node `{a}`: {e}")))
			.collect::<Result<Vec<_>, String>>()?;
		let spec = crate::chain_spec::ChainSpec::builder(wasm, None)
			.with_name(&config.name)
			.with_id(&config.id)
			.with_protocol_id(config.protocol_id.as_deref().unwrap_or(&config.id))
			.with_chain_type(sc_service::ChainType::Live)
			.with_boot_nodes(boot_nodes)
			.with_genesis_config_patch(patch)
			.with_properties(crate::chain_spec::properties())
			.build();
		let plain = spec.as_json(false)?;
		// Building the raw spec runs the runtime's genesis: a rule it refuses is reported here.
		let raw =
			spec.as_json(true).map_err(|e| format!("the runtime refused this genesis: {e}"))?;
		let hash = genesis_hash(&spec)?;
		std::fs::create_dir_all(&self.out).map_err(|e| format!("{}: {e}", self.out.display()))?;
		let write = |name: String, body: &str| {
			let path = self.out.join(name);
			std::fs::write(&path, body).map_err(|e| format!("{}: {e}", path.display()))?;
			println!("wrote {}", path.display());
			Ok::<_, String>(())
		};
		write(format!("{}.json", config.id), &plain)?;
		write(format!("{}.raw.json", config.id), &raw)?;
		write(format!("{}.genesis-hash", config.id), &format!("{hash}\n"))?;
		println!("genesis hash: {hash}");
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn key(seed: u8) -> [u8; 32] {
		[seed; 32]
	}

	fn ss58(seed: u8) -> String {
		AccountId32::from(key(seed)).to_ss58check()
	}

	fn config(extra: &str) -> Config {
		let peer = "12D3KooWMwwq2jHgshSgfXdwJLk9XDPBP41QbwY4oC5spcWPpo31"; // a random node key's
		let text = format!(
			r#"
			name = "Test Federation"
			id = "test_federation"
			{extra}
			[[coops]]
			name = "Bakers"
			delegate = "{a}"
			founders = [{{ account = "{a}", name = "Ana", identity = "{id}", role = "Admin" }}]
			[[validators]]
			account = "{a}"
			coop = 0
			aura = "{a}"
			grandpa = "{g}"
			peer_id = "{peer}"
			"#,
			a = ss58(7),
			id = to_hex(&key(9), false),
			g = to_hex(&key(8), false),
		);
		toml::from_str(&text).unwrap()
	}

	#[test]
	fn a_config_becomes_the_genesis_patch_without_sudo() {
		let patch = genesis_patch(&config("")).unwrap();
		assert_eq!(patch["registry"]["coops"][0]["members"][0]["name"], "Ana");
		assert_eq!(patch["daco"]["delegates"][0][1], ss58(7));
		assert_eq!(patch["validators"]["validators"][0]["coop"], 0);
		assert!(patch["sudo"]["key"].is_null());
		assert_eq!(patch["gate"], json!({}));
	}

	#[test]
	fn a_well_known_development_key_is_refused_wherever_it_appears() {
		let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id().to_ss58check();
		let mut c = config("");
		c.coops[0].founders[0].account = alice.clone();
		assert!(genesis_patch(&c).unwrap_err().contains("well-known development key"));
		let mut c = config("");
		c.validators[0].grandpa = to_hex(&sp_keyring::Ed25519Keyring::Bob.public().0, false);
		assert!(genesis_patch(&c).unwrap_err().contains("grandpa is a well-known"));
		let mut c = config("");
		// The `local` network's Alice node (chain-specs/local-node-keys/alice).
		c.validators[0].peer_id = "12D3KooWRJrcFzdPAL1hJMH37bAy6HNrGgYqp9VszBPYz7brUwME".into();
		let error = genesis_patch(&c).unwrap_err();
		assert!(error.contains("peer_id"), "{error}");
	}

	#[test]
	fn bad_input_is_named() {
		let mut c = config("");
		c.validators[0].coop = 3;
		assert!(genesis_patch(&c).unwrap_err().contains("co-op 3 is not in `coops`"));
		let mut c = config("");
		c.coops[0].founders[0].role = "Owner".into();
		assert!(genesis_patch(&c).unwrap_err().contains("role `Owner`"));
		let mut c = config("");
		c.coops[0].delegate = ss58(11);
		assert!(genesis_patch(&c).unwrap_err().contains("delegate must be one of its admins"));
		let mut c = config("");
		c.validators.clear();
		assert!(genesis_patch(&c).unwrap_err().contains("no validator"));
		let c = config("rate_limit_transactions = 5");
		assert!(genesis_patch(&c).unwrap_err().contains("go together"));
		assert!(toml::from_str::<Config>("name = \"x\"\nid = \"y\"\nsudo = \"z\"").is_err());
	}

	#[test]
	fn thresholds_and_rate_limit_are_written_as_the_runtime_reads_them() {
		let c = config(
			"rate_limit_transactions = 30\nrate_limit_blocks = 10\n\
			 [[thresholds]]\nbody = \"federation\"\nquorum_percent = 60\napproval_percent = 66\n\
			 voting_period_blocks = 100\nmin_deliberation_blocks = 10",
		);
		let patch = genesis_patch(&c).unwrap();
		assert_eq!(patch["gate"]["rateLimit"]["transactions"], 30);
		assert_eq!(patch["daco"]["thresholds"][0][0], "Federation");
		assert_eq!(patch["daco"]["thresholds"][0][1]["rule"]["quorum"], 600_000_000);
	}

	#[test]
	fn the_local_node_keys_listed_here_are_the_committed_ones() {
		use sp_core::Pair;
		let dir =
			std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs/local-node-keys");
		for (name, public) in ["alice", "bob", "charlie", "dave"].iter().zip(LOCAL_NODE_KEYS) {
			let secret = std::fs::read_to_string(dir.join(name)).unwrap();
			let pair = ed25519::Pair::from_seed(&decode_hex_32(secret.trim()).unwrap());
			assert_eq!(to_hex(&pair.public().0, false), format!("0x{public}"), "{name}");
		}
	}
}
