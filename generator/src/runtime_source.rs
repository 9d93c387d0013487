//! The runtime's source, embedded at build time (see `build.rs`) and copied
//! verbatim into every generated crate as `src/runtime/`.
//!
//! The runtime is ordinary Rust in `generator/runtime/`, compiled, linted and
//! tested as its own crate, so the generator never emits it from strings.

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));
