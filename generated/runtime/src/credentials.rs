//! Secrets (API keys, tokens, passwords), and the hook through which a
//! vendor's authentication module (credential lookup, per-attempt signing,
//! diagnosis of rejected signatures) plugs into the transport.
//!
//! Nothing here knows any particular vendor: a module that implements
//! [`CallAuth`] is copied into a generated crate only when its spec asks for it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use super::error::{Error, ServiceError};

/// A boxed future that can move between threads.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Authentication that may need asynchronous work before a call (finding
/// credentials, refreshing temporary ones, discovering client values) and
/// that signs each attempt. Implementations cache whatever they look up.
pub trait CallAuth: Send + Sync + fmt::Debug {
    /// Prepares one call. `http` is the transport's client (so proxies and
    /// certificates apply to lookups too); `context` holds the client values
    /// already configured.
    fn prepare<'a>(
        &'a self,
        http: &'a reqwest::Client,
        context: &'a super::context::RequestContext,
    ) -> BoxFuture<'a, Result<PreparedAuth, Error>>;

    /// Client values already known when the client is built (e.g. a
    /// configured project id), so requests can be built before any call.
    fn known_values(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// What [`CallAuth::prepare`] found for one call.
#[derive(Default)]
pub struct PreparedAuth {
    /// Client values to use when the client has none of that name (e.g. a
    /// discovered project id).
    pub values: Vec<(String, String)>,
    /// Headers every attempt carries unless the request sets them; they are
    /// signed like the request's own.
    pub headers: Vec<(String, String)>,
    /// Names of headers in [`PreparedAuth::headers`] whose values are secret
    /// (they are marked sensitive, so no log shows them).
    pub sensitive: Vec<String>,
    /// Signs each attempt.
    pub signer: Option<Arc<dyn AttemptSigner>>,
}

impl fmt::Debug for PreparedAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("PreparedAuth")
            .field("values", &self.values)
            .field("headers", &headers)
            .field("signs", &self.signer.is_some())
            .finish()
    }
}

/// One attempt of a request as it will be sent, for signing.
#[derive(Debug, Clone, Copy)]
pub struct AttemptRequest<'a> {
    /// HTTP method, e.g. `GET`.
    pub method: &'a str,
    /// The path as sent on the wire (percent-encoded), without query.
    pub path: &'a str,
    /// Raw (unencoded) query pairs.
    pub query: &'a [(String, String)],
    /// Every header that will be sent (including `Host`).
    pub headers: &'a [(String, String)],
    /// The body bytes (empty when there is none).
    pub body: &'a [u8],
}

/// A header a signer adds to one attempt.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedHeader {
    /// Header name.
    pub name: &'static str,
    /// Header value.
    pub value: String,
    /// Whether the value is a credential (kept out of logs).
    pub sensitive: bool,
}

impl fmt::Debug for SignedHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value: &dyn fmt::Debug = if self.sensitive {
            &"<redacted>"
        } else {
            &self.value
        };
        f.debug_struct("SignedHeader")
            .field("name", &self.name)
            .field("value", value)
            .finish()
    }
}

/// Signs request attempts with credentials resolved for one call.
pub trait AttemptSigner: Send + Sync {
    /// The headers that authenticate `attempt`, signed at the current time.
    fn sign(&self, attempt: &AttemptRequest<'_>) -> Vec<SignedHeader>;

    /// When the service refused a call, what the user should check (clock,
    /// keys, encoding), or `None` when the refusal is not about
    /// authentication. `headers` are the response's.
    fn explain_rejection(
        &self,
        error: &ServiceError,
        headers: &reqwest::header::HeaderMap,
    ) -> Option<String>;
}

/// A secret string (API key, bearer token, password). `Debug` redacts it,
/// and it reaches the network only through [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Into<String>> From<T> for Secret {
    fn from(value: T) -> Self {
        Secret(value.into())
    }
}

/// Where a secret (an API key, a token) is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}
