//! A stand-in for the server, for testing code that uses a client without a
//! network (compiled only with the `test-util` feature).
//!
//! The mock replaces the one step that sends bytes: everything before it
//! (validation, request building, authentication, signing, retries) and after
//! it (status handling, response parsing, pagination) is the real code. A
//! [`MockServer`] holds rules, each for one operation, that say what to answer;
//! it records every attempt as a [`MockRequest`], with the typed input of the
//! call that made it.
//!
//! Generated crates wrap this in a typed `mock::Mock` with one method per
//! operation returning an [`OperationMock`].

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::Serialize;

use super::error::{TransportError, TransportErrorKind};
use super::http::{HeaderMap, Method, Response};
use super::operation::Operation;

/// What a recorded header's value reads as when the transport marked it as
/// sensitive (credentials, signatures, tokens).
pub const REDACTED: &str = "[redacted]";

/// An operation the generated mock knows how to answer: how its typed output
/// travels as an HTTP response, so that parsing it stays the real code.
pub trait MockOperation: Operation + Clone + Send + Sync + 'static {
    /// The operation id, as [`Operation::operation_id`] returns it.
    const OPERATION_ID: &'static str;

    /// The response a server sends for `output` (its documented success
    /// status and body).
    fn output_reply(output: &Self::Output) -> MockReply;
}

/// One attempt the client made, as it went out.
#[derive(Clone)]
pub struct MockRequest {
    /// The operation id.
    pub operation_id: &'static str,
    /// The attempt within the call, from 1; retries add attempts.
    pub attempt: u32,
    /// HTTP method.
    pub method: Method,
    /// The full URL, query included.
    pub url: String,
    /// The path as sent (percent-encoded).
    pub path: String,
    /// The query pairs, decoded, in the order sent.
    pub query: Vec<(String, String)>,
    /// The headers as sent; sensitive values read [`REDACTED`].
    pub headers: Vec<(String, String)>,
    /// The body, if any.
    pub body: Option<bytes::Bytes>,
    input: Option<Arc<dyn Any + Send + Sync>>,
}

impl fmt::Debug for MockRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockRequest")
            .field("operation_id", &self.operation_id)
            .field("attempt", &self.attempt)
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &self.headers)
            .field("body", &self.body.as_deref().map(String::from_utf8_lossy))
            .finish_non_exhaustive()
    }
}

impl MockRequest {
    /// Records one attempt. Header values the transport marked sensitive are
    /// replaced by [`REDACTED`], so no credential is kept.
    pub(super) fn new(
        operation_id: &'static str,
        attempt: u32,
        method: &Method,
        url: &reqwest::Url,
        headers: &HeaderMap,
        body: Option<&bytes::Bytes>,
        input: Option<Arc<dyn Any + Send + Sync>>,
    ) -> Self {
        MockRequest {
            operation_id,
            attempt,
            method: method.clone(),
            url: url.as_str().to_owned(),
            path: url.path().to_owned(),
            query: url.query_pairs().into_owned().collect(),
            headers: headers
                .iter()
                .map(|(name, value)| {
                    let value = if value.is_sensitive() {
                        REDACTED.to_owned()
                    } else {
                        String::from_utf8_lossy(value.as_bytes()).into_owned()
                    };
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body: body.cloned(),
            input,
        }
    }

    /// The typed input of the call that made this attempt, if it is a `T`.
    pub fn input<T: 'static>(&self) -> Option<&T> {
        self.input.as_deref()?.downcast_ref()
    }

    /// A header's value, looked up case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first value of a query parameter.
    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The body as text (invalid UTF-8 replaced), empty without a body.
    pub fn body_text(&self) -> String {
        self.body
            .as_deref()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }

    /// The body decoded as JSON.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(self.body.as_deref().unwrap_or_default())
    }
}

#[derive(Debug, Clone)]
enum Outcome {
    Response {
        status: u16,
        headers: Vec<(String, String)>,
        body: bytes::Bytes,
    },
    Transport {
        kind: TransportErrorKind,
        message: String,
    },
    /// A reply that could not be made (its body did not serialize); the
    /// attempt fails with this explanation.
    Broken(String),
}

/// What the mock answers to one attempt: a response, or a failure below HTTP.
#[derive(Debug, Clone)]
pub struct MockReply {
    outcome: Outcome,
    delay: Duration,
}

impl MockReply {
    fn new(outcome: Outcome) -> Self {
        MockReply {
            outcome,
            delay: Duration::ZERO,
        }
    }

    /// A response with this status and no body.
    pub fn status(status: u16) -> Self {
        Self::bytes(status, Vec::new())
    }

    /// A response with this status and body, as is.
    pub fn bytes(status: u16, body: impl Into<bytes::Bytes>) -> Self {
        Self::new(Outcome::Response {
            status,
            headers: Vec::new(),
            body: body.into(),
        })
    }

    /// A `text/plain` response.
    pub fn text(status: u16, body: impl Into<String>) -> Self {
        Self::bytes(status, body.into()).with_header("Content-Type", "text/plain; charset=utf-8")
    }

    /// An `application/json` response with `body` serialized.
    pub fn json<T: Serialize + ?Sized>(status: u16, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => Self::bytes(status, bytes).with_header("Content-Type", "application/json"),
            Err(e) => Self::new(Outcome::Broken(format!(
                "the mocked body could not be serialized: {e}"
            ))),
        }
    }

    /// A service error: `status` with a JSON body carrying the error code and
    /// message (`{"error_code": .., "error_msg": ..}`, a shape the client's
    /// error reader understands). Use [`MockReply::json`] for any other body.
    pub fn service_error(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::json(
            status,
            &serde_json::json!({ "error_code": code.into(), "error_msg": message.into() }),
        )
    }

    /// A failure below HTTP: no connection, a timeout, a broken connection.
    pub fn transport(kind: TransportErrorKind) -> Self {
        let message = match kind {
            TransportErrorKind::Connect => "mocked: connection refused",
            TransportErrorKind::Timeout => "mocked: the server did not answer in time",
            _ => "mocked: connection reset",
        };
        Self::new(Outcome::Transport {
            kind,
            message: message.to_owned(),
        })
    }

    /// Adds a response header (ignored for transport failures).
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        if let Outcome::Response { headers, .. } = &mut self.outcome {
            headers.push((name.into(), value.into()));
        }
        self
    }

    /// Replaces the `Content-Type` header (a media type the operation
    /// documents besides its first one).
    pub fn with_content_type(mut self, media_type: impl Into<String>) -> Self {
        if let Outcome::Response { headers, .. } = &mut self.outcome {
            headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        }
        self.with_header("Content-Type", media_type)
    }

    /// Sets the `X-Request-Id` response header.
    pub fn with_request_id(self, request_id: impl Into<String>) -> Self {
        self.with_header("X-Request-Id", request_id)
    }

    /// Answers only after `delay`; an attempt whose timeout is shorter fails
    /// with a timeout instead, as it would against a slow server.
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// The HTTP status, for a response.
    pub fn status_code(&self) -> Option<u16> {
        match &self.outcome {
            Outcome::Response { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// A test on an attempt's request: which attempts a rule answers.
pub type Matcher = Arc<dyn Fn(&MockRequest) -> bool + Send + Sync>;

struct Rule {
    operation_id: &'static str,
    matcher: Option<Matcher>,
    replies: Vec<MockReply>,
    /// Whether the last reply answers every later attempt.
    repeat_last: bool,
    limit: Option<usize>,
    used: usize,
}

impl Rule {
    fn exhausted(&self) -> bool {
        self.limit.is_some_and(|limit| self.used >= limit)
            || (!self.repeat_last && self.used >= self.replies.len())
            || self.replies.is_empty()
    }

    fn take(&mut self) -> MockReply {
        let index = self.used.min(self.replies.len().saturating_sub(1));
        self.used += 1;
        self.replies[index].clone()
    }
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    requests: Vec<MockRequest>,
}

/// The mocked server: rules for what to answer, and a log of every attempt.
/// Cheap to clone; clones share the rules and the log.
///
/// Rules are tried in the order they were added; the first one that is for
/// the operation, matches the request and has replies left answers. An
/// attempt that no rule answers fails with a transport error naming the
/// operation (and is still recorded).
#[derive(Clone, Default)]
pub struct MockServer {
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("MockServer")
            .field("rules", &state.rules.len())
            .field("requests", &state.requests.len())
            .finish()
    }
}

impl MockServer {
    /// A server with no rules.
    pub fn new() -> Self {
        Self::default()
    }

    // A panicking matcher must not make every later use of the mock panic.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers attempts of `operation_id` whose request satisfies `matcher`
    /// (all of them for `None`) with `replies` in order; when
    /// `repeat_last`, the last reply then answers every later attempt. At most
    /// `limit` attempts are answered when a limit is given.
    pub fn add_rule(
        &self,
        operation_id: &'static str,
        matcher: Option<Matcher>,
        replies: Vec<MockReply>,
        repeat_last: bool,
        limit: Option<usize>,
    ) {
        self.lock().rules.push(Rule {
            operation_id,
            matcher,
            replies,
            repeat_last,
            limit,
            used: 0,
        });
    }

    /// Every attempt so far, in order.
    pub fn requests(&self) -> Vec<MockRequest> {
        self.lock().requests.clone()
    }

    /// The attempts of one operation, in order.
    pub fn requests_for(&self, operation_id: &str) -> Vec<MockRequest> {
        self.lock()
            .requests
            .iter()
            .filter(|r| r.operation_id == operation_id)
            .cloned()
            .collect()
    }

    /// Removes every rule and forgets every request.
    pub fn reset(&self) {
        let mut state = self.lock();
        state.rules.clear();
        state.requests.clear();
    }

    /// Records `request` and answers it, taking `timeout` (the attempt's) into
    /// account for delayed replies.
    pub(super) async fn respond(
        &self,
        request: MockRequest,
        timeout: Duration,
    ) -> Result<Response, TransportError> {
        let description = format!(
            "{} {} {}",
            request.operation_id, request.method, request.path
        );
        // Matchers run without the lock held, so a matcher may itself look
        // at the mock.
        let candidates: Vec<(usize, Option<Matcher>)> = {
            let mut state = self.lock();
            state.requests.push(request.clone());
            state
                .rules
                .iter()
                .enumerate()
                .filter(|(_, rule)| rule.operation_id == request.operation_id)
                .map(|(i, rule)| (i, rule.matcher.clone()))
                .collect()
        };
        let matching: Vec<usize> = candidates
            .into_iter()
            .filter(|(_, matcher)| matcher.as_ref().is_none_or(|m| m(&request)))
            .map(|(i, _)| i)
            .collect();
        let reply = {
            let mut state = self.lock();
            matching
                .into_iter()
                .find(|&i| !state.rules[i].exhausted())
                .map(|i| state.rules[i].take())
        };
        let Some(reply) = reply else {
            return Err(TransportError::new(
                TransportErrorKind::Other,
                format!(
                    "the mock has no reply for {description}: add one with the mock's method \
                     for this operation (e.g. `.returns(..)`)"
                ),
                None,
            ));
        };
        if !reply.delay.is_zero() {
            if reply.delay > timeout {
                tokio::time::sleep(timeout).await;
                return Err(TransportError::new(
                    TransportErrorKind::Timeout,
                    format!("mocked: {description} took longer than the timeout ({timeout:?})"),
                    None,
                ));
            }
            tokio::time::sleep(reply.delay).await;
        }
        match reply.outcome {
            Outcome::Response {
                status,
                headers,
                body,
            } => {
                let mut map = HeaderMap::with_capacity(headers.len());
                for (name, value) in headers {
                    let parsed = (
                        reqwest::header::HeaderName::from_bytes(name.as_bytes()),
                        reqwest::header::HeaderValue::from_str(&value),
                    );
                    match parsed {
                        (Ok(name), Ok(value)) => {
                            map.append(name, value);
                        }
                        _ => {
                            return Err(TransportError::new(
                                TransportErrorKind::Other,
                                format!("the mocked reply has an invalid header `{name}`"),
                                None,
                            ));
                        }
                    }
                }
                Ok(Response {
                    status,
                    headers: map,
                    body,
                })
            }
            Outcome::Transport { kind, message } => Err(TransportError::new(kind, message, None)),
            Outcome::Broken(message) => Err(TransportError::new(
                TransportErrorKind::Other,
                message,
                None,
            )),
        }
    }
}

/// Says what one operation answers, and reads the calls it received. Made
/// by the generated `Mock`'s method for the operation; configure it, then
/// finish with one of `returns`, `returns_in_order`, `fails_with`,
/// `fails_with_transport` or `replies`.
pub struct OperationMock<O> {
    server: MockServer,
    matcher: Option<Matcher>,
    limit: Option<usize>,
    _operation: PhantomData<fn() -> O>,
}

impl<O> fmt::Debug for OperationMock<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationMock")
            .field("operation", &std::any::type_name::<O>())
            .field("filtered", &self.matcher.is_some())
            .field("limit", &self.limit)
            .finish()
    }
}

impl<O: MockOperation> OperationMock<O> {
    /// A handle on `server` for operation `O`.
    pub fn new(server: MockServer) -> Self {
        OperationMock {
            server,
            matcher: None,
            limit: None,
            _operation: PhantomData,
        }
    }

    /// Answers only calls whose input satisfies `predicate`.
    pub fn when(mut self, predicate: impl Fn(&O) -> bool + Send + Sync + 'static) -> Self {
        let previous = self.matcher.take();
        self.matcher = Some(Arc::new(move |request: &MockRequest| {
            previous.as_ref().is_none_or(|p| p(request))
                && request.input::<O>().is_some_and(&predicate)
        }));
        self
    }

    /// Answers only attempts whose request, as sent, satisfies `predicate`.
    pub fn when_request(
        mut self,
        predicate: impl Fn(&MockRequest) -> bool + Send + Sync + 'static,
    ) -> Self {
        let previous = self.matcher.take();
        self.matcher = Some(Arc::new(move |request: &MockRequest| {
            previous.as_ref().is_none_or(|p| p(request)) && predicate(request)
        }));
        self
    }

    /// Answers at most `attempts` attempts; later ones go to the next rule.
    pub fn times(mut self, attempts: usize) -> Self {
        self.limit = Some(attempts);
        self
    }

    fn add(self, replies: Vec<MockReply>, repeat_last: bool) {
        self.server.add_rule(
            O::OPERATION_ID,
            self.matcher,
            replies,
            repeat_last,
            self.limit,
        );
    }

    /// The response a server sends for `output`, for mixing outputs and
    /// failures in [`OperationMock::replies`].
    pub fn reply(&self, output: &O::Output) -> MockReply {
        O::output_reply(output)
    }

    /// Answers every call with `output`.
    pub fn returns(self, output: O::Output) {
        let reply = O::output_reply(&output);
        self.add(vec![reply], true);
    }

    /// Answers successive calls with `outputs`, one each (e.g. the pages of a
    /// listing); once they are used up, the next rule answers.
    pub fn returns_in_order(self, outputs: impl IntoIterator<Item = O::Output>) {
        let replies = outputs.into_iter().map(|o| O::output_reply(&o)).collect();
        self.add(replies, false);
    }

    /// Answers every call with a service error: `status`, with this error
    /// code and message.
    pub fn fails_with(self, status: u16, code: impl Into<String>, message: impl Into<String>) {
        self.add(vec![MockReply::service_error(status, code, message)], true);
    }

    /// Fails every attempt below HTTP (no connection, timeout, reset).
    pub fn fails_with_transport(self, kind: TransportErrorKind) {
        self.add(vec![MockReply::transport(kind)], true);
    }

    /// Answers successive attempts with `replies`, one each; once they are
    /// used up, the next rule answers.
    pub fn replies(self, replies: impl IntoIterator<Item = MockReply>) {
        self.add(replies.into_iter().collect(), false);
    }

    /// The typed input of every call of this operation so far, in order (one
    /// per call, however many attempts it took).
    pub fn calls(&self) -> Vec<O> {
        self.server
            .requests_for(O::OPERATION_ID)
            .iter()
            .filter(|r| r.attempt == 1)
            .filter_map(|r| r.input::<O>().cloned())
            .collect()
    }

    /// Every attempt of this operation so far, as sent, in order.
    pub fn requests(&self) -> Vec<MockRequest> {
        self.server.requests_for(O::OPERATION_ID)
    }
}
