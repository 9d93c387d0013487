#![doc = include_str!("../README.md")]
//!
//! ## The crate
//!
//! - [`Client`]: one method per operation, grouped by tag in [`operations`].
//! - [`models`]: the request and response types.
//! - [`runtime`]: configuration, credentials, signing, retries and errors, shared by every operation.

#![deny(missing_docs)]
#![forbid(unsafe_code)]
mod client;
pub mod models;
pub mod operations;
#[rustfmt::skip]
pub mod runtime;
mod service;
pub use client::Client;
pub use runtime::credentials::Credentials;
pub use runtime::error::Error;
pub use runtime::http::ApiResponse;
pub use runtime::retry::RetryConfig;
pub use service::SERVICE;
