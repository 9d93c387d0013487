//! # Huawei Cloud VPC v3 Traffic Mirroring API
//!
//! Traffic mirroring APIs of Huawei Cloud Virtual Private Cloud (VPC), API version 3: traffic mirror sessions (with their mirror sources), traffic mirror filters and traffic mirror filter rules. Transcribed from the Huawei Cloud API reference pages "Updating a Traffic Mirror Session", "Querying Traffic Mirror Sessions" and "Disassociating a Traffic Mirror Source from a Traffic Mirror Session" (updated on 2025-08-19), and from the facts gathered in API_FACTS.md for the other operations of the family. Every request is signed with AK/SK (SDK-HMAC-SHA256). Every response carries `request_id` in its body and `X-Request-Id` as a header.
//!
//! A client for version v3 of the API, generated from its OpenAPI description.
//!
//! - [`Client`]: one method per operation, grouped by tag in [`operations`].
//! - [`models`]: the request and response types.
//! - [`runtime`]: configuration, credentials, signing, retries and errors, shared by every operation.
//!
//! ```no_run
//! # async fn example() -> Result<(), huaweicloud_vpc_v3::Error> {
//! let client = huaweicloud_vpc_v3::Client::from_env()?;
//! # let _ = client;
//! # Ok(())
//! # }
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]
mod client;
pub mod models;
pub mod operations;
pub mod runtime;
mod service;
pub use client::Client;
pub use runtime::credentials::Credentials;
pub use runtime::error::Error;
pub use runtime::http::ApiResponse;
pub use runtime::retry::RetryConfig;
pub use service::SERVICE;
