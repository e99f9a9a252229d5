//! Checks made before a node starts, so that a mistake in its configuration stops it at
//! once with one clear line, instead of failing deep inside the service or, worse, being
//! worked around silently (Substrate moves a busy RPC port to a random one).

use std::{
	fs,
	net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener},
	path::Path,
};

use sc_network::multiaddr::Protocol;
use sc_service::Configuration;

/// Every check below, in the order an operator would fix them.
pub fn check(config: &Configuration) -> Result<(), String> {
	check_base_path(config.base_path.path())?;
	for (what, addr) in listening_addresses(config) {
		check_port_free(what, addr)?;
	}
	Ok(())
}

/// The base path must be a directory this process can create and write into.
fn check_base_path(path: &Path) -> Result<(), String> {
	let cannot =
		|e: std::io::Error| format!("base path `{}` cannot be written: {e}", path.display());
	fs::create_dir_all(path).map_err(cannot)?;
	let probe = path.join(format!(".coop-node-write-check-{}", std::process::id()));
	fs::write(&probe, b"").map_err(cannot)?;
	fs::remove_file(&probe).map_err(cannot)
}

/// The TCP addresses the node will listen on: RPC, Prometheus and p2p (port 0 means "any").
fn listening_addresses(config: &Configuration) -> Vec<(&'static str, SocketAddr)> {
	let mut addresses = Vec::new();
	for endpoint in config.rpc.addr.iter().flatten().filter(|e| !e.is_optional) {
		addresses.push(("RPC", endpoint.listen_addr));
	}
	if let Some(prometheus) = &config.prometheus_config {
		addresses.push(("Prometheus", prometheus.port));
	}
	for multiaddr in &config.network.listen_addresses {
		let mut ip = None;
		let mut port = None;
		for protocol in multiaddr.iter() {
			match protocol {
				Protocol::Ip4(v4) => ip = Some(IpAddr::V4(v4)),
				Protocol::Ip6(v6) => ip = Some(IpAddr::V6(v6)),
				Protocol::Tcp(p) => port = Some(p),
				_ => {}
			}
		}
		if let (Some(ip), Some(port)) = (ip, port) {
			addresses.push(("p2p", SocketAddr::new(ip, port)));
		}
	}
	addresses.retain(|(_, addr)| addr.port() != 0);
	addresses
}

/// Binds the address for a moment. An IPv4 address is tried on all interfaces too, so that
/// a port some other program holds on any one interface counts as taken.
fn check_port_free(what: &str, addr: SocketAddr) -> Result<(), String> {
	let in_use = |e: std::io::Error| {
		format!(
			"{what} port {} on {} is not available ({e}); stop what holds it or choose another \
			 port",
			addr.port(),
			addr.ip()
		)
	};
	TcpListener::bind(addr).map_err(in_use)?;
	if addr.is_ipv4() {
		TcpListener::bind(SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), addr.port()))
			.map_err(in_use)?;
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_port_someone_listens_on_is_refused_with_its_number() {
		let holder = TcpListener::bind("127.0.0.1:0").unwrap();
		let addr = holder.local_addr().unwrap();
		let error = check_port_free("RPC", addr).unwrap_err();
		assert!(error.contains(&format!("RPC port {}", addr.port())), "{error}");
	}

	#[test]
	fn a_port_held_on_loopback_is_refused_for_all_interfaces_too() {
		let holder = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = holder.local_addr().unwrap().port();
		let wildcard = SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port);
		assert!(check_port_free("p2p", wildcard).is_err());
	}

	#[test]
	fn a_free_port_passes() {
		let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
		assert_eq!(check_port_free("RPC", SocketAddr::from(([127, 0, 0, 1], port))), Ok(()));
	}

	#[test]
	fn a_base_path_under_a_file_is_refused() {
		let file = std::env::temp_dir().join(format!("coop-preflight-{}", std::process::id()));
		fs::write(&file, b"").unwrap();
		let error = check_base_path(&file.join("node")).unwrap_err();
		fs::remove_file(&file).unwrap();
		assert!(error.starts_with("base path `"), "{error}");
		assert!(error.contains("cannot be written"), "{error}");
	}

	#[test]
	fn a_writable_base_path_passes_and_is_left_clean() {
		let dir = std::env::temp_dir().join(format!("coop-preflight-ok-{}", std::process::id()));
		assert_eq!(check_base_path(&dir), Ok(()));
		assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
		fs::remove_dir_all(&dir).unwrap();
	}
}
