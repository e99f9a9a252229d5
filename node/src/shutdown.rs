//! A clean stop stays clean when a client task outlives the runtime it ran on.
//!
//! On SIGTERM the node drops its services, then gives tokio 60 seconds to wind down. A stock
//! client task that is still polled after tokio's timer has stopped (seen on one validator of
//! four stopped together in a CI run) panics with tokio's
//! "being shutdown" message, and Substrate's panic hook turns every panic into exit code 1.
//! An operator's supervisor then reports a crash for a stop that lost nothing: the database
//! was closed with the client, before tokio wound down. This hook lets that one panic, which
//! by its text can only happen while the runtime shuts down, end its task with a warning;
//! every other panic still goes to Substrate's hook and exits 1.

use std::panic::PanicHookInfo;

/// tokio's message for a timer or I/O resource used while its runtime shuts down
/// (`tokio::util::error::RUNTIME_SHUTTING_DOWN_ERROR`).
const RUNTIME_SHUTTING_DOWN: &str = "A Tokio 1.x context was found, but it is being shutdown.";

/// Puts the hook in front of the one installed now (Substrate's, after `create_runner`).
pub fn forgive_tasks_outliving_the_runtime() {
	let report = std::panic::take_hook();
	std::panic::set_hook(Box::new(move |info| {
		if outlived_the_runtime(info) {
			eprintln!(
				"A client task ran past the node's shutdown and was stopped ({RUNTIME_SHUTTING_DOWN}); \
				 the stop is otherwise clean."
			);
		} else {
			report(info)
		}
	}));
}

fn outlived_the_runtime(info: &PanicHookInfo) -> bool {
	let payload = info.payload();
	let message = payload
		.downcast_ref::<String>()
		.map(String::as_str)
		.or_else(|| payload.downcast_ref::<&str>().copied());
	message == Some(RUNTIME_SHUTTING_DOWN)
}

#[cfg(test)]
mod tests {
	use std::sync::atomic::{AtomicUsize, Ordering};

	use super::*;

	static REPORTED: AtomicUsize = AtomicUsize::new(0);

	/// Panic hooks are global: this is the crate's only test that panics on purpose.
	#[test]
	fn only_the_shutdown_panic_skips_the_report() {
		std::panic::set_hook(Box::new(|_| {
			REPORTED.fetch_add(1, Ordering::SeqCst);
		}));
		forgive_tasks_outliving_the_runtime();

		let outcome = std::thread::spawn(|| panic!("{}", RUNTIME_SHUTTING_DOWN)).join();
		assert!(outcome.is_err(), "the task still ends");
		assert_eq!(REPORTED.load(Ordering::SeqCst), 0, "no report, so no exit code 1");

		let outcome = std::thread::spawn(|| panic!("the database is corrupt")).join();
		assert!(outcome.is_err());
		assert_eq!(REPORTED.load(Ordering::SeqCst), 1, "any other panic is reported");

		let outcome = std::thread::spawn(|| std::panic::panic_any(RUNTIME_SHUTTING_DOWN)).join();
		assert!(outcome.is_err());
		assert_eq!(REPORTED.load(Ordering::SeqCst), 1, "a &str payload is the same message");
	}
}
