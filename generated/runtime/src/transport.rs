//! Sending requests: URL assembly, transport-level headers, signing, retries.
//!
//! [`Transport::execute`] holds all the asynchronous work and is not generic,
//! so it is compiled once per crate however many operations there are.
//!
//! A transport carries optional per-call overrides of the timeout and the
//! retry policy ([`Transport::with_timeout`], [`Transport::with_retry`]):
//! operation builders set them on their own copy, so one call can differ
//! from the client's defaults without a second connection pool.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument;

use super::context::RequestContext;
use super::credentials::{
    AttemptRequest, AttemptSigner, CallAuth, PreparedAuth, Secret, SecretLocation,
};
use super::error::{Error, TransportError, TransportErrorKind, ValidationError, Violation};
use super::http::{ApiResponse, Request, Response};
use super::network::NetworkSettings;
use super::operation::Operation;
use super::retry::{AttemptOutcome, RetryConfig, parse_retry_after, retry_delay, should_retry};

/// Everything a [`Transport`] needs; normally filled by
/// [`ClientBuilder::build`](super::config::ClientBuilder::build).
#[derive(Debug, Clone)]
pub struct TransportSettings {
    /// Base URL (scheme, host, optional port and path prefix), no trailing `/`.
    pub endpoint: String,
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
    /// Proxy, certificates, or the user's own HTTP client.
    pub network: NetworkSettings,
}

/// One way of authenticating every request, with its credential.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Authenticator {
    /// Authentication of a module of its own: it prepares every call and
    /// signs every attempt.
    Custom(Arc<dyn CallAuth>),
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

#[derive(Clone)]
struct Inner {
    client: reqwest::Client,
    endpoint: String,
    auth: Vec<Authenticator>,
    context: RequestContext,
    /// `context` completed by what authentication discovered at the first
    /// call (e.g. a project id looked up through IAM).
    discovered: std::sync::OnceLock<RequestContext>,
    /// The client's time per attempt (the pool applies it; the mock needs it).
    timeout: Duration,
    retry: RetryConfig,
    /// Where attempts go instead of the network, in tests.
    #[cfg(feature = "test-util")]
    mock: Option<super::mock::MockServer>,
}

/// A configured connection pool plus signing and retry policy. Cheap to
/// clone; clones share the pool.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
    /// Per-call time per attempt, overriding the client's.
    timeout: Option<Duration>,
    /// Per-call retry policy, overriding the client's.
    retry: Option<RetryConfig>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("endpoint", &self.inner.endpoint)
            .field("auth", &self.inner.auth)
            .field("timeout", &self.timeout())
            .field("retry", self.retry_config())
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// Builds the HTTP client. Fails if the endpoint is not a URL or the
    /// network settings are unusable.
    pub fn new(settings: TransportSettings) -> Result<Self, Error> {
        reqwest::Url::parse(&settings.endpoint).map_err(|e| {
            Error::config(format!(
                "endpoint `{}` is not a valid URL: {e}",
                settings.endpoint
            ))
        })?;
        let client = settings.network.http_client(
            settings.connect_timeout,
            settings.timeout,
            &settings.user_agent,
        )?;
        Ok(Transport {
            inner: Arc::new(Inner {
                client,
                endpoint: settings.endpoint.trim_end_matches('/').to_owned(),
                auth: settings.auth,
                context: settings.context,
                discovered: std::sync::OnceLock::new(),
                timeout: settings.timeout,
                retry: settings.retry,
                #[cfg(feature = "test-util")]
                mock: None,
            }),
            timeout: None,
            retry: None,
        })
    }

    /// This transport with `timeout` as the time allowed per attempt,
    /// instead of the client's.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// This transport with `retry` as the retry policy, instead of the
    /// client's.
    pub fn with_retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The time allowed per attempt: the override if set, else the client's.
    pub fn timeout(&self) -> Duration {
        self.timeout.unwrap_or(self.inner.timeout)
    }

    /// The retry policy: the override if set, else the client's.
    pub fn retry_config(&self) -> &RetryConfig {
        self.retry.as_ref().unwrap_or(&self.inner.retry)
    }

    /// This transport with every attempt answered by `server` instead of the
    /// network; everything else (validation, signing, retries, parsing) stays
    /// as it is.
    #[cfg(feature = "test-util")]
    pub fn with_mock(self, server: super::mock::MockServer) -> Self {
        let mut inner = (*self.inner).clone();
        inner.mock = Some(server);
        Transport {
            inner: Arc::new(inner),
            ..self
        }
    }

    /// The values and switches operations build their requests with.
    pub fn context(&self) -> &RequestContext {
        self.inner.discovered.get().unwrap_or(&self.inner.context)
    }

    /// The base URL requests go to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// Builds, sends and decodes one operation.
    pub async fn call<O: Operation>(&self, op: &O) -> Result<ApiResponse<O::Output>, Error> {
        let prepared = self.prepare_auth().await?;
        if let Some(context) = with_prepared_values(self.context(), &prepared) {
            // Later calls and pagination's look-ahead see the discovered values.
            let _ = self.inner.discovered.set(context);
        }
        let request = op.build_request(self.context())?;
        let response = self
            .execute_prepared(op.operation_id(), request, Input::of(op), &prepared)
            .await?;
        let status = response.status;
        let headers = response.headers.clone();
        let request_id = response.request_id();
        let (parsed, warnings) = super::decode::collecting(|| O::parse_response(response));
        let body = parsed.map_err(|e| explain_rejection(e, &prepared, &headers))?;
        Ok(ApiResponse {
            status,
            request_id,
            headers,
            body,
            warnings,
        })
    }

    /// Sends `request` (signing every attempt afresh and retrying per the
    /// policy) and returns the final response whatever its status.
    pub async fn execute(
        &self,
        operation_id: &'static str,
        request: Request,
    ) -> Result<Response, Error> {
        let prepared = self.prepare_auth().await?;
        self.execute_prepared(operation_id, request, Input::none(), &prepared)
            .await
    }

    /// Runs every custom authenticator's preparation (credential lookup,
    /// discovery of client values) for one call.
    async fn prepare_auth(&self) -> Result<Vec<PreparedAuth>, Error> {
        let mut prepared = Vec::new();
        for auth in &self.inner.auth {
            if let Authenticator::Custom(custom) = auth {
                prepared.push(
                    custom
                        .prepare(&self.inner.client, &self.inner.context)
                        .await?,
                );
            }
        }
        Ok(prepared)
    }

    async fn execute_prepared(
        &self,
        operation_id: &'static str,
        request: Request,
        input: Input,
        prepared: &[PreparedAuth],
    ) -> Result<Response, Error> {
        let span = tracing::info_span!(
            "request",
            operation_id,
            method = %request.method,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.execute_inner(operation_id, request, input, prepared, span.clone())
            .instrument(span)
            .await
    }

    /// The attempt loop: each attempt is signed afresh, sent, and its
    /// outcome classified; the final outcome is returned as it is.
    async fn execute_inner(
        &self,
        operation_id: &'static str,
        mut request: Request,
        input: Input,
        prepared: &[PreparedAuth],
        span: tracing::Span,
    ) -> Result<Response, Error> {
        let applied = apply_secrets(&self.inner.auth, &mut request);
        let signs = prepared.iter().any(|p| p.signer.is_some());
        let url = request_url(&self.inner.endpoint, &request, signs)?;
        let wire = WireRequest::new(&request, &url, prepared, applied.sensitive)?;
        let signers: Vec<&dyn AttemptSigner> = prepared
            .iter()
            .filter_map(|p| p.signer.as_deref())
            .collect();
        let retry = self.retry_config();
        let attempts = retry.attempts();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let outgoing = Attempt {
                operation_id,
                attempt,
                method: &request.method,
                url: &url,
                headers: wire.signed_headers(&request, &signers)?,
                body: wire.body.as_ref(),
                input: &input,
            };
            let result = self.send_attempt(outgoing, applied.secret_in_url).await;
            let (outcome, retry_after) = classify(&result, &span);
            if attempt >= attempts || !should_retry(&request.method, outcome) {
                return finish(result, attempt);
            }
            let delay = retry_delay(retry, attempt, retry_after);
            log_retry(&result, delay);
            tokio::time::sleep(delay).await;
        }
    }
}

/// What adding the client's secrets to a request left to remember.
struct AppliedSecrets<'a> {
    /// Header names (any case) whose values no log or `Debug` may show.
    sensitive: Vec<&'a str>,
    /// Whether the URL now carries a credential, so errors must not show it.
    secret_in_url: bool,
}

/// Authentication: adds the client's API keys and tokens to the request.
/// Secrets join the request before anything is signed, so a signature
/// covers them like any other parameter or header.
fn apply_secrets<'a>(auth: &'a [Authenticator], request: &mut Request) -> AppliedSecrets<'a> {
    let mut applied = AppliedSecrets {
        sensitive: vec!["authorization"],
        secret_in_url: false,
    };
    for auth in auth {
        let Authenticator::Secret {
            location,
            name,
            value,
        } = auth
        else {
            continue;
        };
        match location {
            SecretLocation::Header => {
                set_default(&mut request.headers, name, value.expose());
                applied.sensitive.push(name);
            }
            SecretLocation::Query => {
                request
                    .query
                    .push((name.clone(), value.expose().to_owned()));
                applied.secret_in_url = true;
            }
            SecretLocation::Cookie => {
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
                applied.sensitive.push("cookie");
            }
        }
    }
    applied
}

/// The URL: endpoint, path and query. A signed request must carry the
/// canonical encoding the signature covers. Otherwise the path goes as the
/// operation built it, so the delimiters of label, matrix and list path
/// parameters (`.;,=`) stay literal, as OpenAPI's styles write them.
fn request_url(endpoint: &str, request: &Request, signs: bool) -> Result<reqwest::Url, Error> {
    let path = if signs || !request.path.starts_with('/') {
        super::http::normalize_path(&request.path)
    } else {
        request.path.clone()
    };
    let query = request.query_string();
    let mut url = format!("{endpoint}{path}");
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    reqwest::Url::parse(&url).map_err(|e| Error::config(format!("cannot form a request URL: {e}")))
}

/// What every attempt of one request shares: its headers (as the signers
/// read them, and as sent before signing) and its body.
struct WireRequest {
    /// The headers as text, in the order the signers read them.
    headers: Vec<(String, String)>,
    /// The same headers, ready to send, sensitive ones marked.
    base: reqwest::header::HeaderMap,
    /// `Bytes` makes the per-attempt copy a reference-count bump.
    body: Option<bytes::Bytes>,
    /// The path as it goes on the wire, which the signature covers.
    wire_path: String,
}

impl WireRequest {
    /// Headers: the request's own, a default `Content-Type`, what
    /// authentication prepared for the call, and `Host` from the URL.
    fn new<'a>(
        request: &Request,
        url: &reqwest::Url,
        prepared: &'a [PreparedAuth],
        mut sensitive: Vec<&'a str>,
    ) -> Result<Self, Error> {
        let host = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_owned(),
            (None, _) => return Err(Error::config("the endpoint has no host")),
        };
        let mut headers = request.headers.clone();
        set_default(&mut headers, "Content-Type", "application/json");
        for auth in prepared {
            for (name, value) in &auth.headers {
                set_default(&mut headers, name, value);
            }
            sensitive.extend(auth.sensitive.iter().map(String::as_str));
        }
        headers.retain(|(n, _)| !n.eq_ignore_ascii_case("host"));
        headers.push(("Host".to_owned(), host));
        let base = to_header_map(&headers, &sensitive)?;
        Ok(WireRequest {
            headers,
            base,
            body: request.body.clone().map(bytes::Bytes::from),
            wire_path: url.path().to_owned(),
        })
    }

    /// Signing: the headers of one attempt, with every signer's headers
    /// computed afresh (a signature carries the time it was made).
    fn signed_headers(
        &self,
        request: &Request,
        signers: &[&dyn AttemptSigner],
    ) -> Result<reqwest::header::HeaderMap, Error> {
        let mut headers = self.base.clone();
        for signer in signers {
            let attempt_request = AttemptRequest {
                method: request.method.as_str(),
                path: &self.wire_path,
                query: &request.query,
                headers: &self.headers,
                body: self.body.as_deref().unwrap_or_default(),
            };
            for signed in signer.sign(&attempt_request) {
                let mut value = header_value(signed.name, &signed.value)?;
                value.set_sensitive(signed.sensitive);
                let name = HeaderName::from_bytes(signed.name.as_bytes())
                    .map_err(|_| Error::config(format!("bad header name {}", signed.name)))?;
                headers.insert(name, value);
            }
        }
        Ok(headers)
    }
}

/// Retry classification: what an attempt's result means for the retry
/// policy, and the delay the server asked for. Also records the status and
/// request id on the call's span.
fn classify(
    result: &Result<Response, TransportError>,
    span: &tracing::Span,
) -> (AttemptOutcome, Option<Duration>) {
    match result {
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
    }
}

/// The final attempt's result as the call's: a response whatever its
/// status, or the transport error with the number of attempts made.
fn finish(result: Result<Response, TransportError>, attempts: u32) -> Result<Response, Error> {
    match result {
        Ok(resp) => {
            tracing::debug!(status = resp.status, "request finished");
            Ok(resp)
        }
        Err(mut e) => {
            e.attempts = attempts;
            tracing::debug!(error = %e, "request failed");
            Err(Error::Transport(e))
        }
    }
}

fn log_retry(result: &Result<Response, TransportError>, delay: Duration) {
    let delay_ms = delay.as_millis() as u64;
    match result {
        Ok(resp) => tracing::warn!(status = resp.status, delay_ms, "retrying"),
        Err(e) => tracing::warn!(error = %e, delay_ms, "retrying"),
    }
}

/// The typed input of the call, which only the mock keeps.
#[cfg(feature = "test-util")]
struct Input(Option<Arc<dyn std::any::Any + Send + Sync>>);
/// The typed input of the call, which only the mock keeps.
#[cfg(not(feature = "test-util"))]
struct Input;

impl Input {
    #[cfg(feature = "test-util")]
    fn of<O: Operation>(op: &O) -> Self {
        Input(op.mock_input())
    }

    #[cfg(not(feature = "test-util"))]
    fn of<O: Operation>(_: &O) -> Self {
        Input
    }

    #[cfg(feature = "test-util")]
    fn none() -> Self {
        Input(None)
    }

    #[cfg(not(feature = "test-util"))]
    fn none() -> Self {
        Input
    }
}

/// One attempt, ready to go out.
struct Attempt<'a> {
    #[cfg_attr(not(feature = "test-util"), allow(dead_code))]
    operation_id: &'static str,
    #[cfg_attr(not(feature = "test-util"), allow(dead_code))]
    attempt: u32,
    method: &'a reqwest::Method,
    url: &'a reqwest::Url,
    headers: reqwest::header::HeaderMap,
    body: Option<&'a bytes::Bytes>,
    #[cfg_attr(not(feature = "test-util"), allow(dead_code))]
    input: &'a Input,
}

impl Transport {
    /// Sends one attempt over the network (or to the mock) and reads the
    /// whole answer.
    async fn send_attempt(
        &self,
        attempt: Attempt<'_>,
        secret_in_url: bool,
    ) -> Result<Response, TransportError> {
        #[cfg(feature = "test-util")]
        if let Some(mock) = &self.inner.mock {
            let request = super::mock::MockRequest::new(
                attempt.operation_id,
                attempt.attempt,
                attempt.method,
                attempt.url,
                &attempt.headers,
                attempt.body,
                attempt.input.0.clone(),
            );
            return mock.respond(request, self.timeout()).await;
        }
        let mut builder = self
            .inner
            .client
            .request(attempt.method.clone(), attempt.url.clone())
            .headers(attempt.headers);
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(body) = attempt.body {
            builder = builder.body(body.clone());
        }
        let resp = builder
            .send()
            .await
            .map_err(|e| transport_error(e, secret_in_url))?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp
            .bytes()
            .await
            .map_err(|e| transport_error(e, secret_in_url))?;
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

/// The client's values completed by what authentication discovered (e.g. a
/// project id), or `None` when nothing was added.
fn with_prepared_values(
    context: &RequestContext,
    prepared: &[PreparedAuth],
) -> Option<RequestContext> {
    let missing: Vec<&(String, String)> = prepared
        .iter()
        .flat_map(|p| &p.values)
        .filter(|(name, _)| context.get(name).is_none())
        .collect();
    if missing.is_empty() {
        return None;
    }
    let mut context = context.clone();
    for (name, value) in missing {
        context = context.with_value(name, value.clone());
    }
    Some(context)
}

/// Adds the signers' advice to a service error that refused the call's
/// authentication.
fn explain_rejection(
    error: Error,
    prepared: &[PreparedAuth],
    headers: &reqwest::header::HeaderMap,
) -> Error {
    match error {
        Error::Service(mut e) => {
            let hints: Vec<String> = prepared
                .iter()
                .filter_map(|p| p.signer.as_ref())
                .filter_map(|s| s.explain_rejection(&e, headers))
                .collect();
            if !hints.is_empty() {
                e.set_hint(hints.join("; "));
            }
            Error::Service(e)
        }
        other => other,
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
