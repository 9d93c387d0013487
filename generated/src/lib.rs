#![doc = include_str!("../README.md")]
//!
//! ## The crate
//!
//! - [`Client`]: one method per operation, grouped by tag in [`operations`].
//! - [`models`]: the request and response types.
//! - [`runtime`]: configuration, credentials, signing, retries and errors, shared by every operation ([`runtime::huawei`]: where credentials and the project id come from).
//! - `mock` (feature `test-util`, off by default): a mock of the API for testing code that uses the client without a network.

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
