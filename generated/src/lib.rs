#![doc = include_str!("../README.md")]
//!
//! ## The crate
//!
//! - [`Client`]: one method per operation, grouped by tag in [`operations`]; [`ClientBuilder`] (`Client::builder()`) configures the endpoint, credentials, timeouts and retries.
//! - [`models`]: the request and response types.
//! - [`Error`]: what a call can end with, typed from the spec ([`error`] has its parts); [`ApiResponse`]: a call's output (it dereferences to the typed output) with its status, headers, request id and [`ApiResponse::warnings`].
//! - [`RetryConfig`]: the retry policy, for the whole client or one call.
//! - [`formats`]: the string formats (`date-time`, `date`, `uuid`, `byte`), [`multipart`]: files for multipart bodies.
//! - [`Credentials`]: an AK/SK pair (with an optional security token and project id) to sign with; without one, the client finds credentials the way the official SDKs do.
//! - [`SERVICE`]: the endpoint template, regions and authentication schemes, from the spec.
//! - `mock` and `sans_io` (feature `test-util`, off by default): a mock of the API, and the requests and responses of each operation without a network, for testing code that uses the client.

#![deny(missing_docs)]
#![forbid(unsafe_code)]
mod client;
#[cfg(feature = "test-util")]
pub mod mock;
pub mod models;
pub mod operations;
mod service;
#[rustfmt::skip]
mod unknown;
use huaweicloud_vpc_v3_runtime as runtime;

pub use client::Client;
pub use runtime::config::ClientBuilder;
pub use runtime::error::Error;
pub use runtime::http::ApiResponse;
pub use runtime::huawei::Credentials;
pub use runtime::retry::RetryConfig;
pub use runtime::validate::Validate;
pub use service::SERVICE;
/// Client configuration beyond [`ClientBuilder`]: secrets, the
/// service description, and the TLS provider a client of your own
/// needs.
pub mod config {
    pub use crate::runtime::config::{AuthScheme, SecretLocation, ServiceInfo};

    pub use crate::runtime::credentials::Secret;
    pub use crate::runtime::tls::ensure_crypto_provider;
}

/// The parts of an [`Error`], and what a response may
/// warn about.
pub mod error {
    pub use crate::runtime::decode::DecodeWarning;
    pub use crate::runtime::error::{
        BuildError, ConfigError, Error, PaginationError, SerializeError, ServiceError,
        TransportError, TransportErrorKind, UnreadableResponse, ValidationError,
        Violation,
    };

    pub use crate::runtime::http::BODY_SNIPPET_LIMIT;
}

/// The string formats of the spec, kept as sent with a typed view
/// on demand.
pub mod formats {
    pub use crate::runtime::formats::{Base64, Date, Timestamp, Uuid};
}

/// Files and forms for `multipart/form-data` request bodies.
pub mod multipart {
    pub use crate::runtime::multipart::{File, Multipart};
}

/// Each operation without a network (feature `test-util`): build
/// its request with [`Operation::build_request`](sans_io::Operation::build_request)
/// and read a response with
/// [`Operation::parse_response`](sans_io::Operation::parse_response).
#[cfg(feature = "test-util")]
pub mod sans_io {
    pub use crate::runtime::context::RequestContext;
    pub use crate::runtime::http::{HeaderMap, Method, Request, Response};

    pub use crate::runtime::operation::Operation;
}
