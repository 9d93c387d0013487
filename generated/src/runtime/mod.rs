//! The spec-independent runtime of generated clients: HTTP values, request
//! signing, configuration, retries, validation, lenient decoding, formatted
//! strings, pagination, parameter styles and multipart forms. Generated code only describes operations; everything that
//! talks to the network lives here.

pub mod config;
pub mod credentials;
pub mod error;
pub mod formats;
pub mod http;
pub mod lenient;
#[cfg(feature = "test-util")]
pub mod mock;
pub mod multipart;
pub mod operation;
pub mod pagination;
pub mod params;
pub mod retry;
pub mod signing;
pub mod transport;
pub mod validate;
