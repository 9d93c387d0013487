//! Sending requests: URL assembly, transport-level headers, signing, retries.
//!
//! [`Transport::execute`] holds all the asynchronous work and is not generic,
//! so it is compiled once per crate however many operations there are.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument;

use super::config::{PROJECT_ID, RequestContext, SecretLocation};
use super::credentials::{Credentials, Secret};
use super::error::{Error, TransportError, TransportErrorKind, ValidationError, Violation};
use super::http::{ApiResponse, Request, Response};
use super::operation::Operation;
use super::retry::{AttemptOutcome, RetryConfig, parse_retry_after, retry_delay, should_retry};
use super::signing::{self, SigningInput};

/// Everything a [`Transport`] needs; normally filled by
/// [`ClientBuilder::build`](super::config::ClientBuilder::build).
#[derive(Debug, Clone)]
pub struct TransportSettings {
    /// Base URL (scheme, host, optional port and path prefix), no trailing `/`.
    pub endpoint: String,
    /// AK/SK credentials; required by [`Authenticator::SdkHmacSha256`].
    pub credentials: Option<Credentials>,
    /// How to authenticate each request; all of them are applied.
    pub auth: Vec<Authenticator>,
    /// Shared request values and the validation switch.
    pub context: RequestContext,
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Time allowed per attempt.
    pub timeout: Duration,
    /// Retry policy.
    pub retry: RetryConfig,
    /// `User-Agent` header.
    pub user_agent: String,
}

/// One way of authenticating every request, with its credential.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Authenticator {
    /// Sign with SDK-HMAC-SHA256 using [`TransportSettings::credentials`].
    SdkHmacSha256,
    /// Send a secret (an API key, `Bearer ..`) as this header, query
    /// parameter or cookie; query and cookie values are percent-encoded.
    Secret {
        /// Where it goes.
        location: SecretLocation,
        /// The header, parameter or cookie name.
        name: String,
        /// The value.
        value: Secret,
    },
}

struct Inner {
    client: reqwest::Client,
    endpoint: String,
    credentials: Option<Credentials>,
    auth: Vec<Authenticator>,
    context: RequestContext,
    retry: RetryConfig,
}

/// A configured connection pool plus signing and retry policy. Cheap to
/// clone; clones share the pool.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("endpoint", &self.inner.endpoint)
            .field("auth", &self.inner.auth)
            .field("credentials", &self.inner.credentials)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// Builds the HTTP client. Fails if signing is required without
    /// credentials or the endpoint is not a URL.
    pub fn new(settings: TransportSettings) -> Result<Self, Error> {
        let signs = settings.auth.contains(&Authenticator::SdkHmacSha256);
        if signs && settings.credentials.is_none() {
            return Err(Error::config("request signing needs credentials"));
        }
        reqwest::Url::parse(&settings.endpoint).map_err(|e| {
            Error::config(format!(
                "endpoint `{}` is not a valid URL: {e}",
                settings.endpoint
            ))
        })?;
        let client = reqwest::Client::builder()
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .user_agent(settings.user_agent)
            .build()
            .map_err(|e| Error::config(format!("cannot create the HTTP client: {e}")))?;
        Ok(Transport {
            inner: Arc::new(Inner {
                client,
                endpoint: settings.endpoint.trim_end_matches('/').to_owned(),
                credentials: settings.credentials,
                auth: settings.auth,
                context: settings.context,
                retry: settings.retry,
            }),
        })
    }

    /// The values and switches operations build their requests with.
    pub fn context(&self) -> &RequestContext {
        &self.inner.context
    }

    /// The base URL requests go to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// Builds, sends and decodes one operation.
    pub async fn call<O: Operation>(&self, op: &O) -> Result<ApiResponse<O::Output>, Error> {
        let request = op.build_request(self.context())?;
        let response = self.execute(op.operation_id(), request).await?;
        let status = response.status;
        let headers = response.headers.clone();
        let request_id = response.request_id();
        let body = O::parse_response(response)?;
        Ok(ApiResponse {
            status,
            request_id,
            headers,
            body,
        })
    }

    /// Sends `request` (signing every attempt afresh and retrying per the
    /// policy) and returns the final response whatever its status.
    pub async fn execute(
        &self,
        operation_id: &'static str,
        request: Request,
    ) -> Result<Response, Error> {
        let span = tracing::info_span!(
            "request",
            operation_id,
            method = %request.method,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.execute_inner(request, span.clone())
            .instrument(span)
            .await
    }

    async fn execute_inner(
        &self,
        mut request: Request,
        span: tracing::Span,
    ) -> Result<Response, Error> {
        let inner = &*self.inner;
        // Secrets join the request before anything is signed, so a signature
        // covers them like any other parameter or header.
        let mut sensitive: Vec<&str> = vec!["authorization", "x-security-token"];
        let mut secret_in_url = false;
        for auth in &inner.auth {
            match auth {
                Authenticator::SdkHmacSha256 => {}
                Authenticator::Secret {
                    location: SecretLocation::Header,
                    name,
                    value,
                } => {
                    set_default(&mut request.headers, name, value.expose());
                    sensitive.push(name);
                }
                Authenticator::Secret {
                    location: SecretLocation::Query,
                    name,
                    value,
                } => {
                    request
                        .query
                        .push((name.clone(), value.expose().to_owned()));
                    secret_in_url = true;
                }
                Authenticator::Secret {
                    location: SecretLocation::Cookie,
                    name,
                    value,
                } => {
                    let cookie = format!(
                        "{name}={}",
                        super::http::encode_path_segment(value.expose())
                    );
                    match request
                        .headers
                        .iter_mut()
                        .find(|(n, _)| n.eq_ignore_ascii_case("cookie"))
                    {
                        Some((_, existing)) => {
                            existing.push_str("; ");
                            existing.push_str(&cookie);
                        }
                        None => request.headers.push(("Cookie".to_owned(), cookie)),
                    }
                    sensitive.push("cookie");
                }
            }
        }
        // A signed request must carry the canonical encoding the signature
        // covers. Otherwise the path goes as the operation built it, so the
        // delimiters of label, matrix and list path parameters (`.;,=`) stay
        // literal, as OpenAPI's styles write them.
        let signs = inner.auth.contains(&Authenticator::SdkHmacSha256);
        let path = if signs || !request.path.starts_with('/') {
            signing::normalize_path(&request.path)
        } else {
            request.path.clone()
        };
        let query = request.query_string();
        let mut url = format!("{}{}", inner.endpoint, path);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        let url = reqwest::Url::parse(&url)
            .map_err(|e| Error::config(format!("cannot form a request URL: {e}")))?;
        let host = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_owned(),
            (None, _) => return Err(Error::config("the endpoint has no host")),
        };

        let mut headers = request.headers.clone();
        set_default(&mut headers, "Content-Type", "application/json");
        if let Some(pid) = inner.context.get(PROJECT_ID) {
            set_default(&mut headers, "X-Project-Id", pid);
        }
        if let Some(token) = inner.credentials.as_ref().and_then(|c| c.security_token()) {
            set_default(&mut headers, "X-Security-Token", token);
        }
        headers.retain(|(n, _)| !n.eq_ignore_ascii_case("host"));
        headers.push(("Host".to_owned(), host));
        let base_headers = to_header_map(&headers, &sensitive)?;
        // `Bytes` makes the per-attempt copy a reference-count bump.
        let body = request.body.clone().map(bytes::Bytes::from);
        let method = request.method.clone();
        let wire_path = url.path().to_owned();

        let signer = inner
            .credentials
            .as_ref()
            .filter(|_| inner.auth.contains(&Authenticator::SdkHmacSha256));
        let attempts = inner.retry.attempts();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let mut attempt_headers = base_headers.clone();
            if let Some(creds) = signer {
                let input = SigningInput {
                    method: method.as_str(),
                    path: &wire_path,
                    query: &request.query,
                    headers: &headers,
                    body: body.as_deref().unwrap_or_default(),
                };
                let sig = signing::sign(
                    &input,
                    creds.access_key(),
                    creds.secret_key(),
                    time::OffsetDateTime::now_utc(),
                );
                attempt_headers.insert(
                    HeaderName::from_static("x-sdk-date"),
                    header_value("X-Sdk-Date", &sig.sdk_date)?,
                );
                let mut auth = header_value("Authorization", &sig.authorization)?;
                auth.set_sensitive(true);
                attempt_headers.insert(reqwest::header::AUTHORIZATION, auth);
            }
            let mut builder = inner
                .client
                .request(method.clone(), url.clone())
                .headers(attempt_headers);
            if let Some(body) = &body {
                builder = builder.body(body.clone());
            }
            let sent = builder.send().await;
            let result = match sent {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let resp_headers = resp.headers().clone();
                    match resp.bytes().await {
                        Ok(bytes) => Ok(Response {
                            status,
                            headers: resp_headers,
                            body: bytes,
                        }),
                        Err(e) => Err(transport_error(e, secret_in_url)),
                    }
                }
                Err(e) => Err(transport_error(e, secret_in_url)),
            };
            let (outcome, retry_after) = match &result {
                Ok(resp) => {
                    span.record("status", resp.status);
                    if let Some(id) = resp.request_id() {
                        span.record("request_id", id.as_str());
                    }
                    let retry_after = resp
                        .headers
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, SystemTime::now()));
                    (AttemptOutcome::Status(resp.status), retry_after)
                }
                Err(e) => (AttemptOutcome::Transport(e.kind), None),
            };
            if attempt >= attempts || !should_retry(&method, outcome) {
                return match result {
                    Ok(resp) => {
                        tracing::debug!(status = resp.status, "request finished");
                        Ok(resp)
                    }
                    Err(mut e) => {
                        e.attempts = attempt;
                        tracing::debug!(error = %e, "request failed");
                        Err(Error::Transport(e))
                    }
                };
            }
            let delay = retry_delay(&inner.retry, attempt, retry_after);
            match &result {
                Ok(resp) => tracing::warn!(
                    status = resp.status,
                    delay_ms = delay.as_millis() as u64,
                    "retrying"
                ),
                Err(e) => {
                    tracing::warn!(error = %e, delay_ms = delay.as_millis() as u64, "retrying")
                }
            }
            tokio::time::sleep(delay).await;
        }
    }
}

fn set_default(headers: &mut Vec<(String, String)>, name: &str, value: &str) {
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
        headers.push((name.to_owned(), value.to_owned()));
    }
}

fn header_value(name: &str, value: &str) -> Result<HeaderValue, Error> {
    HeaderValue::from_str(value).map_err(|_| {
        Error::Validation(ValidationError {
            violations: vec![Violation {
                field: name.to_owned(),
                rule: "header value".to_owned(),
                message: "contains characters not allowed in an HTTP header".to_owned(),
            }],
        })
    })
}

/// The headers as sent; those named in `sensitive` (lower case) are marked
/// so that no log or `Debug` output shows them.
fn to_header_map(
    headers: &[(String, String)],
    sensitive: &[&str],
) -> Result<reqwest::header::HeaderMap, Error> {
    let mut map = reqwest::header::HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let header_name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| {
            Error::Validation(ValidationError {
                violations: vec![Violation {
                    field: name.clone(),
                    rule: "header name".to_owned(),
                    message: "is not a valid HTTP header name".to_owned(),
                }],
            })
        })?;
        let mut v = header_value(name, value.trim())?;
        if sensitive
            .iter()
            .any(|s| s.eq_ignore_ascii_case(header_name.as_str()))
        {
            v.set_sensitive(true);
        }
        map.append(header_name, v);
    }
    Ok(map)
}

/// `secret_in_url`: the URL carries a credential, so the error must not
/// repeat it.
fn transport_error(e: reqwest::Error, secret_in_url: bool) -> TransportError {
    let e = if secret_in_url { e.without_url() } else { e };
    let kind = if e.is_connect() {
        TransportErrorKind::Connect
    } else if e.is_timeout() {
        TransportErrorKind::Timeout
    } else {
        TransportErrorKind::Other
    };
    let message = error_chain(&e);
    TransportError::new(kind, message, Some(Box::new(e)))
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}
