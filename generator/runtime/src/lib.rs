//! The spec-independent runtime of generated clients: HTTP values, request
//! signing, configuration, retries, validation, lenient decoding, formatted
//! strings and pagination. Generated code only describes operations; everything that
//! talks to the network lives here.

pub mod config;
pub mod credentials;
pub mod error;
pub mod formats;
pub mod http;
pub mod lenient;
pub mod operation;
pub mod pagination;
pub mod retry;
pub mod signing;
mod tls;
pub mod transport;
pub mod validate;
