//! Random bytes as blocks of signed transactions on the dev chain, every invariant checked
//! after each block: `coop_runtime::fuzzing::run`, whose docs give the input format.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	coop_runtime::fuzzing::run(data);
});
