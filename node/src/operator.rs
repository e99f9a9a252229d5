//! `coop-node operator …`: the guided way in for a co-op that joins the federation with a
//! validator. Each step prints one line per check, `ok` or what is wrong, and fails (a
//! non-zero exit) when something is wrong:
//!
//! - `init`: before the node first starts. The spec is raw, its genesis hash is the one the
//!   federation published, the node key exists with mode 0600 (made if absent), and the
//!   clock is synchronised (Aura's slots are wall-clock time).
//! - `keys`: on the running node. New session keys in its keystore, with the proof that the
//!   validator account owns them, and the `session.setKeys` call to sign with that account.
//! - `request`: the federation proposal that admits the node and the validator.
//! - `status`: peers, readiness, keys registered and held, in the validator set, authored
//!   recently, finality advancing.
//!
//! The node's RPC is spoken over plain HTTP on the node's own machine (`--rpc` defaults to
//! `http://127.0.0.1:9944`): no client library, nothing that leaves the host.

use std::{
	io::{Read, Write},
	net::TcpStream,
	path::PathBuf,
	time::Duration,
};

use serde_json::{json, Value};
use sp_core::crypto::{AccountId32, Ss58Codec};
use sp_io::hashing::{blake2_128, twox_128, twox_64};

/// `coop-node operator …`
#[derive(Debug, clap::Subcommand)]
pub enum OperatorCmd {
	/// Check the raw spec and genesis hash, make the node key (0600), check the clock.
	Init(InitCmd),
	/// Make session keys on the running node and print the `session.setKeys` call.
	Keys(KeysCmd),
	/// Print the federation proposal that admits this node and its validator.
	Request(RequestCmd),
	/// Check the running node: peers, readiness, keys, validator set, authoring, finality.
	Status(StatusCmd),
}

#[derive(Debug, clap::Parser)]
pub struct InitCmd {
	/// The federation's raw chain spec.
	#[arg(long)]
	pub chain: PathBuf,
	/// The genesis hash the federation published (`<id>.genesis-hash`).
	#[arg(long)]
	pub genesis_hash: String,
	/// The node's base path; the node key is `<base-path>/node-key`.
	#[arg(long)]
	pub base_path: PathBuf,
}

#[derive(Debug, clap::Parser)]
pub struct KeysCmd {
	/// The validator account that will sign `session.setKeys` (SS58).
	#[arg(long)]
	pub account: String,
	/// The node's RPC.
	#[arg(long, default_value = "http://127.0.0.1:9944")]
	pub rpc: String,
}

#[derive(Debug, clap::Parser)]
pub struct RequestCmd {
	/// The validator account (SS58).
	#[arg(long)]
	pub account: String,
	/// The id of the co-op that runs the node.
	#[arg(long)]
	pub coop: u32,
	/// The node key file (`<base-path>/node-key`).
	#[arg(long)]
	pub node_key_file: PathBuf,
}

#[derive(Debug, clap::Parser)]
pub struct StatusCmd {
	/// The validator account (SS58).
	#[arg(long)]
	pub account: String,
	/// The node's RPC.
	#[arg(long, default_value = "http://127.0.0.1:9944")]
	pub rpc: String,
	/// Peers the federation's node should have at the least.
	#[arg(long, default_value_t = 1)]
	pub min_peers: u64,
	/// Blocks back within which the validator must have authored to count as authoring.
	#[arg(long, default_value_t = 100)]
	pub authored_within: u64,
}

/// One check's outcome, printed as a line.
struct Report {
	failed: usize,
}

impl Report {
	fn new() -> Self {
		Self { failed: 0 }
	}

	fn check(&mut self, what: &str, outcome: Result<String, String>) {
		match outcome {
			Ok(detail) => println!("ok    {what}: {detail}"),
			Err(wrong) => {
				self.failed = self.failed.saturating_add(1);
				println!("FAIL  {what}: {wrong}");
			}
		}
	}

	fn finish(self) -> Result<(), String> {
		match self.failed {
			0 => Ok(()),
			n => Err(format!("{n} check(s) failed")),
		}
	}
}

/// A JSON-RPC call over HTTP/1.0 to a node on `url` (`http://host:port` or `ws://host:port`).
fn rpc(url: &str, method: &str, params: Value) -> Result<Value, String> {
	let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }).to_string();
	let (status, reply) = http(url, "POST", &body)?;
	if status != 200 {
		return Err(format!("{method}: HTTP {status}: {reply}"));
	}
	let value: Value =
		serde_json::from_str(&reply).map_err(|e| format!("{method}: not JSON ({e}): {reply}"))?;
	if let Some(error) = value.get("error") {
		return Err(format!("{method}: {error}"));
	}
	Ok(value.get("result").cloned().unwrap_or(Value::Null))
}

/// One HTTP/1.0 request; returns the status and the body. With POST, `body` is sent to `/`;
/// with GET, `body` is the path. HTTP/1.0 because its reply is never chunked: the body is
/// everything after the head, up to the server closing the connection.
fn http(url: &str, method: &str, body: &str) -> Result<(u16, String), String> {
	let address = url
		.strip_prefix("http://")
		.or_else(|| url.strip_prefix("ws://"))
		.ok_or_else(|| format!("`{url}`: only http:// or ws:// on this machine"))?
		.trim_end_matches('/');
	let mut stream = TcpStream::connect(address)
		.map_err(|e| format!("cannot reach the node's RPC at {address}: {e}"))?;
	stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
	let request = if method == "GET" {
		format!("GET {body} HTTP/1.0\r\nHost: {address}\r\n\r\n")
	} else {
		format!(
			"POST / HTTP/1.0\r\nHost: {address}\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\n\r\n{body}",
			body.len()
		)
	};
	stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
	let mut reply = String::new();
	stream.read_to_string(&mut reply).map_err(|e| e.to_string())?;
	let (head, rest) = reply.split_once("\r\n\r\n").ok_or("a reply that is not HTTP")?;
	let status = head
		.split_whitespace()
		.nth(1)
		.and_then(|s| s.parse().ok())
		.ok_or("a reply without a status")?;
	Ok((status, rest.to_string()))
}

fn account(text: &str) -> Result<AccountId32, String> {
	AccountId32::from_ss58check(text)
		.map_err(|e| format!("`{text}` is not an SS58 address ({e:?})"))
}

fn hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

fn unhex(text: &str) -> Result<Vec<u8>, String> {
	sp_core::bytes::from_hex(text).map_err(|e| format!("`{text}` is not hex ({e})"))
}

/// The storage key of `pallet.item`, with an optional already-hashed map key after it.
fn storage_key(pallet: &str, item: &str, map_key: &[u8]) -> String {
	let mut key = twox_128(pallet.as_bytes()).to_vec();
	key.extend(twox_128(item.as_bytes()));
	key.extend(map_key);
	hex(&key)
}

fn storage(url: &str, key: &str) -> Result<Option<Vec<u8>>, String> {
	match rpc(url, "state_getStorage", json!([key]))? {
		Value::String(raw) => Ok(Some(unhex(&raw)?)),
		_ => Ok(None),
	}
}

fn block_number(header: &Value) -> Result<u64, String> {
	let number = header.get("number").and_then(Value::as_str).ok_or("a header without number")?;
	u64::from_str_radix(number.trim_start_matches("0x"), 16).map_err(|e| e.to_string())
}

fn finalized_number(url: &str) -> Result<u64, String> {
	let hash = rpc(url, "chain_getFinalizedHead", json!([]))?;
	block_number(&rpc(url, "chain_getHeader", json!([hash]))?)
}

fn peer_id_of(node_key_file: &std::path::Path) -> Result<sc_network::PeerId, String> {
	let secret = std::fs::read_to_string(node_key_file)
		.map_err(|e| format!("cannot read {}: {e}", node_key_file.display()))?;
	let seed: [u8; 32] = unhex(secret.trim())?
		.try_into()
		.map_err(|_| "the node key is not 32 bytes of hex".to_string())?;
	let public =
		sp_core::Pair::public(&<sp_core::ed25519::Pair as sp_core::Pair>::from_seed(&seed));
	// An ed25519 peer id: identity multihash (0x00, 0x24) of the protobuf-encoded key.
	let mut bytes = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	bytes.extend_from_slice(&public.0);
	sc_network::PeerId::from_bytes(&bytes).map_err(|e| e.to_string())
}

impl InitCmd {
	pub fn run(&self) -> Result<(), String> {
		let mut report = Report::new();
		let spec = std::fs::read_to_string(&self.chain)
			.map_err(|e| format!("cannot read {}: {e}", self.chain.display()))?;
		let value: Value = serde_json::from_str(&spec).map_err(|e| format!("not JSON: {e}"))?;
		let raw = value.pointer("/genesis/raw/top").is_some();
		report.check(
			"the spec is raw",
			if raw {
				Ok("yes".into())
			} else {
				Err("no: ask the federation for <id>.raw.json".into())
			},
		);
		if raw {
			let spec = crate::chain_spec::ChainSpec::from_json_bytes(spec.into_bytes())?;
			let hash = crate::federation::genesis_hash(&spec)?;
			let published = self.genesis_hash.trim().to_lowercase();
			report.check(
				"its genesis hash is the published one",
				if hash == published {
					Ok(hash)
				} else {
					Err(format!(
						"it is {hash}, the federation published {published}: another chain"
					))
				},
			);
		}
		report.check("the node key", self.node_key());
		report.check("the clock is synchronised", clock_synchronised());
		report.finish()
	}

	/// Makes `<base-path>/node-key` if absent (mode 0600) and checks its mode if present.
	fn node_key(&self) -> Result<String, String> {
		use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
		let path = self.base_path.join("node-key");
		let made = if path.exists() {
			let mode = std::fs::metadata(&path).map_err(|e| e.to_string())?.permissions().mode();
			if mode & 0o077 != 0 {
				return Err(format!(
					"{} is readable by others (mode {:o}): chmod 600 it",
					path.display(),
					mode & 0o777
				));
			}
			"kept"
		} else {
			std::fs::create_dir_all(&self.base_path).map_err(|e| e.to_string())?;
			let mut seed = [0u8; 32];
			getrandom(&mut seed)?;
			let mut file = std::fs::OpenOptions::new()
				.write(true)
				.create_new(true)
				.mode(0o600)
				.open(&path)
				.map_err(|e| format!("{}: {e}", path.display()))?;
			file.write_all(hex(&seed).trim_start_matches("0x").as_bytes())
				.map_err(|e| e.to_string())?;
			"made"
		};
		let peer = peer_id_of(&path)?;
		Ok(format!("{made} {} (mode 600), peer id {peer}; back it up", path.display()))
	}
}

/// 32 random bytes from the kernel.
fn getrandom(out: &mut [u8]) -> Result<(), String> {
	std::fs::File::open("/dev/urandom")
		.and_then(|mut f| f.read_exact(out))
		.map_err(|e| format!("/dev/urandom: {e}"))
}

/// What systemd's timesyncd (or chrony, through timedated) says of the clock.
fn clock_synchronised() -> Result<String, String> {
	let output = std::process::Command::new("timedatectl")
		.args(["show", "--property=NTPSynchronized", "--value"])
		.output()
		.map_err(|e| {
			format!("cannot ask timedatectl ({e}): check the clock is synchronised by NTP")
		})?;
	match String::from_utf8_lossy(&output.stdout).trim() {
		"yes" => Ok("NTP says yes".into()),
		"no" => {
			Err("NTP says no: Aura's slots are wall-clock time; enable timesyncd or chrony".into())
		}
		_ => Err(format!(
			"timedatectl could not tell ({}): check the clock is synchronised by NTP",
			String::from_utf8_lossy(&output.stderr).trim()
		)),
	}
}

impl KeysCmd {
	pub fn run(&self) -> Result<(), String> {
		let owner = account(&self.account)?;
		let reply = rpc(&self.rpc, "author_rotateKeysWithOwner", json!([hex(owner.as_ref())]))?;
		let keys = reply.get("keys").and_then(Value::as_str).ok_or("no keys in the reply")?;
		let proof = reply.get("proof").and_then(Value::as_str).ok_or("no proof in the reply")?;
		println!("new session keys in the node's keystore (Aura, then GRANDPA): {keys}");
		println!("proof that {} owns them: {proof}", self.account);
		println!("sign with {} (the wallet's expert form, or polkadot.js):", self.account);
		println!("  session.setKeys(keys: {keys}, proof: {proof})");
		Ok(())
	}
}

impl RequestCmd {
	pub fn run(&self) -> Result<(), String> {
		let who = account(&self.account)?;
		let peer = peer_id_of(&self.node_key_file)?;
		println!("Ask a delegate of the federation to propose, as one batch:");
		println!("  utility.batchAll([");
		println!(
			"    nodeAuthorization.addWellKnownNode(node: {}, owner: {who}),",
			hex(&peer.to_bytes())
		);
		println!("    validators.addValidator(account: {who}, coop: {}),", self.coop);
		println!("  ])");
		println!("The node's peer id is {peer}; it is authorised once the proposal passes.");
		println!(
			"{who} must be a member of co-op {} and have run `operator keys` first.",
			self.coop
		);
		Ok(())
	}
}

impl StatusCmd {
	pub fn run(&self) -> Result<(), String> {
		let who = account(&self.account)?;
		let url = self.rpc.as_str();
		let mut report = Report::new();
		report.check("peers", self.peers(url));
		report.check("readiness", readiness(url));
		report.check("session keys registered and held", keys_held(url, &who));
		report.check("in the validator set", in_validator_set(url, &who));
		report.check("authored recently", self.authored(url, &who));
		report.check("finality advancing", finality_advancing(url));
		report.finish()
	}

	fn peers(&self, url: &str) -> Result<String, String> {
		let health = rpc(url, "system_health", json!([]))?;
		let peers = health.get("peers").and_then(Value::as_u64).unwrap_or(0);
		if peers >= self.min_peers {
			Ok(format!("{peers}"))
		} else {
			Err(format!(
				"{peers}, fewer than {}: is the node authorised, are boot nodes reachable?",
				self.min_peers
			))
		}
	}

	fn authored(&self, url: &str, who: &AccountId32) -> Result<String, String> {
		let mut map_key = blake2_128(who.as_ref()).to_vec();
		map_key.extend_from_slice(who.as_ref());
		let raw = storage(url, &storage_key("Validators", "LastAuthored", &map_key))?.ok_or(
			"never: not yet in a session as an author, or its keys are not in the keystore",
		)?;
		let last = raw.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map(u32::from_le_bytes);
		let last = u64::from(last.ok_or("an unreadable block number")?);
		let best = block_number(&rpc(url, "chain_getHeader", json!([]))?)?;
		if best.saturating_sub(last) <= self.authored_within {
			Ok(format!("block {last} (best {best})"))
		} else {
			Err(format!(
				"last at block {last}, best is {best}: is the node offline or its keys lost?"
			))
		}
	}
}

fn readiness(url: &str) -> Result<String, String> {
	match http(url, "GET", "/health/readiness")? {
		(200, _) => Ok("ready".into()),
		(status, body) => Err(format!("HTTP {status} {body}: still syncing, or no peers")),
	}
}

fn keys_held(url: &str, who: &AccountId32) -> Result<String, String> {
	let mut map_key = twox_64(who.as_ref()).to_vec();
	map_key.extend_from_slice(who.as_ref());
	let keys = storage(url, &storage_key("Session", "NextKeys", &map_key))?
		.ok_or("none registered: run `operator keys` and submit its session.setKeys")?;
	let (aura, grandpa) = (keys.get(..32), keys.get(32..64));
	let (Some(aura), Some(grandpa)) = (aura, grandpa) else {
		return Err("unreadable session keys".into());
	};
	for (key, kind) in [(aura, "aura"), (grandpa, "gran")] {
		if rpc(url, "author_hasKey", json!([hex(key), kind]))? != Value::Bool(true) {
			return Err(format!(
				"the chain has {kind} key {} for this account, the node's keystore does not",
				hex(key)
			));
		}
	}
	Ok(format!("aura {}, grandpa {}", hex(aura), hex(grandpa)))
}

fn in_validator_set(url: &str, who: &AccountId32) -> Result<String, String> {
	let raw = storage(url, &storage_key("Session", "Validators", &[]))?.unwrap_or_default();
	let set: Vec<AccountId32> =
		sp_runtime::codec::Decode::decode(&mut &raw[..]).map_err(|e| e.to_string())?;
	if set.contains(who) {
		Ok(format!("one of {}", set.len()))
	} else {
		Err(format!(
			"not among the {} of this session: has the federation's vote passed?",
			set.len()
		))
	}
}

fn finality_advancing(url: &str) -> Result<String, String> {
	let before = finalized_number(url)?;
	for _ in 0..20 {
		std::thread::sleep(Duration::from_secs(1));
		let now = finalized_number(url)?;
		if now > before {
			return Ok(format!("{before} -> {now}"));
		}
	}
	Err(format!("stuck at {before} for 20 s: are two thirds of the validators online?"))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn storage_keys_are_the_pallets_prefixes() {
		// System.Number, a well-known key.
		assert_eq!(
			storage_key("System", "Number", &[]),
			"0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac"
		);
	}

	#[test]
	fn a_node_that_is_not_there_is_a_clear_error() {
		let error = rpc("http://127.0.0.1:1", "system_health", json!([])).unwrap_err();
		assert!(error.contains("cannot reach the node's RPC"), "{error}");
		assert!(rpc("https://example.org", "x", json!([])).unwrap_err().contains("only http://"));
	}

	#[test]
	fn the_peer_id_is_the_one_the_node_shows() {
		let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
			.join("../chain-specs/local-node-keys/alice");
		assert_eq!(
			peer_id_of(&dir).unwrap().to_string(),
			"12D3KooWRJrcFzdPAL1hJMH37bAy6HNrGgYqp9VszBPYz7brUwME"
		);
	}
}
