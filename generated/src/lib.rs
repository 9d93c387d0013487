#![doc = include_str!("../README.md")]
//!
//! ## The crate
//!
//! - [`Client`]: one method per operation, grouped by tag in [`operations`]; `Client::builder()` configures the endpoint, credentials, timeouts and retries.
//! - [`models`]: the request and response types.
//! - [`ApiResponse`]: what a call succeeds with (it dereferences to the typed output); [`Error`]: what it fails with.
//! - [`RetryConfig`]: the retry policy, for the whole client or one call.
//! - [`Credentials`]: an AK/SK pair (with an optional security token and project id) to sign with; without one, the client finds credentials the way the official SDKs do.
//! - [`SERVICE`]: the endpoint template, regions and authentication schemes, from the spec.
//! - `mock` (feature `test-util`, off by default): a mock of the API for testing code that uses the client without a network.
//! - `runtime`: the part that is the same for every API (configuration, authentication, sending, retries, errors), copied verbatim from the generator.

#![deny(missing_docs)]
#![forbid(unsafe_code)]
mod client;
#[cfg(feature = "test-util")]
pub mod mock;
pub mod models;
pub mod operations;
#[rustfmt::skip]
pub mod runtime;
mod service;
pub use client::Client;
pub use runtime::error::Error;
pub use runtime::http::ApiResponse;
pub use runtime::huawei::Credentials;
pub use runtime::retry::RetryConfig;
pub use service::SERVICE;
