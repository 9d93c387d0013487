//! The spec-independent runtime of generated clients: HTTP values,
//! configuration, authentication hooks, retries, validation, lenient decoding
//! (per value: `decode`; per scalar: `lenient`), formatted strings,
//! pagination, parameter styles and multipart forms. Generated code only
//! describes operations; everything that talks to the network lives here.
//!
//! A generated crate gets this as a crate of its own (`runtime/`, named
//! after the API's crate), which the API's crate imports as `runtime` and
//! whose items its users reach through that crate's re-exports. The modules
//! form no cycle: `context` and `error` are leaves, `credentials`, `http` and
//! `operation` build on them, `transport` on those, and `config` builds a
//! `transport`, never the reverse.

#![forbid(unsafe_code)]

pub mod config;
pub mod context;
pub mod credentials;
pub mod decode;
pub mod error;
pub mod formats;
pub mod http;
/// Huawei Cloud: credentials, SDK-HMAC-SHA256 signing, project ids (only in crates whose spec uses that scheme).
pub mod huawei;
pub mod lenient;
#[cfg(feature = "test-util")]
pub mod mock;
pub mod multipart;
pub mod network;
pub mod operation;
pub mod pagination;
pub mod params;
pub mod retry;
pub mod tls;
pub mod transport;
pub mod unknown;
pub mod validate;
