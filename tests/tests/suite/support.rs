//! A local HTTP server for the client tests, and an SDK-HMAC-SHA256 verifier
//! written independently of the runtime's signing module (straight from the
//! algorithm in API_FACTS.md, with `hmac`, `sha2` and `percent-encoding`).
//!
//! Every request the server receives is verified first; a bad signature is
//! answered like the API gateway does (401, `APIGW.0301`) without reaching the
//! test's responder.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use huaweicloud_vpc_v3::ClientBuilder;
use huaweicloud_vpc_v3::{Client, Credentials, RetryConfig};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, percent_encode};
use serde_json::Value;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

pub const AK: &str = "HPUAL8ZRZCZC4YTKNQ9X";
pub const SK: &str = "w6qU1CGm2b9bS7Yi6BTs0gE/zV+xq4Yn3lK8dJrP";
pub const PROJECT: &str = "7365fcd452924e398ec4cc1fe39c0d12";

/// Everything the server saw of one request.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// The path as on the wire (percent-encoded).
    pub path: String,
    /// The raw query string as on the wire.
    pub raw_query: String,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl Seen {
    /// Decoded query pairs, in wire order.
    pub fn query(&self) -> Vec<(String, String)> {
        parse_query(&self.raw_query)
    }

    /// Every decoded value of `key`, in wire order.
    pub fn query_values(&self, key: &str) -> Vec<String> {
        self.query()
            .into_iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v)
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as JSON (`Null` when empty).
    pub fn json(&self) -> Value {
        if self.body.is_empty() {
            return Value::Null;
        }
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }

    /// Path segments after `/v3/{project_id}/vpc/`, decoded.
    pub fn api_segments(&self) -> Vec<String> {
        let prefix = format!("/v3/{PROJECT}/vpc/");
        let rest = self
            .path
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("unexpected path {}", self.path));
        rest.split('/')
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect()
    }
}

/// What the responder answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
}

impl Reply {
    pub fn json(status: u16, value: Value) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: serde_json::to_vec(&value).expect("serializable"),
            delay: Duration::ZERO,
        }
    }

    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn request_id(self, id: &str) -> Reply {
        self.header("X-Request-Id", id)
    }

    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

type Responder = dyn Fn(&Seen) -> Reply + Send + Sync;

struct Inner {
    responder: Box<Responder>,
    received: AtomicUsize,
    rejected: AtomicUsize,
    log: Mutex<Vec<Seen>>,
}

/// A running local server; it lives as long as the test's runtime.
#[derive(Clone)]
pub struct Server {
    addr: std::net::SocketAddr,
    inner: Arc<Inner>,
}

impl Server {
    /// Starts a server on 127.0.0.1:0 answering verified requests with `responder`.
    pub async fn start(responder: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Server {
        let inner = Arc::new(Inner {
            responder: Box::new(responder),
            received: AtomicUsize::new(0),
            rejected: AtomicUsize::new(0),
            log: Mutex::new(Vec::new()),
        });
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Server { addr, inner }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Requests received at all (signed well or not).
    pub fn received(&self) -> usize {
        self.inner.received.load(Ordering::SeqCst)
    }

    /// Requests whose signature did not verify.
    pub fn rejected(&self) -> usize {
        self.inner.rejected.load(Ordering::SeqCst)
    }

    /// Requests that verified and reached the responder.
    pub fn hits(&self) -> usize {
        self.inner.log.lock().unwrap().len()
    }

    /// The verified requests, in arrival order.
    pub fn requests(&self) -> Vec<Seen> {
        self.inner.log.lock().unwrap().clone()
    }

    pub fn last(&self) -> Seen {
        self.requests().pop().expect("the server saw a request")
    }

    /// A builder pointed at this server: test credentials and project, short
    /// timeouts, 3 attempts with millisecond backoff.
    pub fn builder(&self) -> ClientBuilder<Client> {
        Client::builder()
            .endpoint(self.url())
            .credentials(Credentials::new(AK, SK).with_project_id(PROJECT))
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(5))
            .retry(fast_retry(3))
    }

    pub fn client(&self) -> Client {
        self.builder().build().expect("client builds")
    }

    /// A server giving every request `reply`, and a client of it that makes
    /// one attempt per call.
    pub async fn answering(reply: Reply) -> (Server, Client) {
        let server = Server::start(move |_| reply.clone()).await;
        let client = server
            .builder()
            .retry(RetryConfig::disabled())
            .build()
            .expect("client builds");
        (server, client)
    }
}

pub fn fast_retry(attempts: u32) -> RetryConfig {
    RetryConfig::default()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

async fn handle(
    axum::extract::State(inner): axum::extract::State<Arc<Inner>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 16 << 20)
        .await
        .unwrap_or_default();
    inner.received.fetch_add(1, Ordering::SeqCst);
    let seen = Seen {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        raw_query: parts.uri.query().unwrap_or("").to_owned(),
        headers: parts.headers,
        body,
    };
    if let Err(why) = verify(&seen, AK, SK, OffsetDateTime::now_utc()) {
        inner.rejected.fetch_add(1, Ordering::SeqCst);
        let body = serde_json::json!({
            "error_code": "APIGW.0301",
            "error_msg": format!("Incorrect IAM authentication information: {why}"),
            "request_id": "apigw-rejected-0301",
        });
        return respond(Reply::json(401, body).request_id("apigw-rejected-0301"));
    }
    inner.log.lock().unwrap().push(seen.clone());
    let reply = (inner.responder)(&seen);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    respond(reply)
}

fn respond(reply: Reply) -> axum::response::Response {
    let mut builder = http::Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder
        .body(Body::from(reply.body))
        .expect("valid response")
}

// ---------------------------------------------------------------------------
// The independent SDK-HMAC-SHA256 implementation.

/// Everything but `A-Z a-z 0-9 - _ . ~` is escaped (upper-case hex).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

pub fn encode(bytes: &[u8]) -> String {
    percent_encode(bytes, UNRESERVED).to_string()
}

/// Decodes a raw query string into pairs (no `+` handling: the API's clients
/// send spaces as `%20`).
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let dec = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
            (dec(k), dec(v))
        })
        .collect()
}

/// Each segment decoded then re-encoded; a trailing `/` for signing.
pub fn canonical_uri(wire_path: &str) -> String {
    let mut out = wire_path
        .split('/')
        .map(|seg| encode(&percent_decode_str(seg).collect::<Vec<u8>>()))
        .collect::<Vec<_>>()
        .join("/");
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// Sorted by (raw) key then (raw) value, like the official SDK signers; one
/// `k=v` per value; `&`-joined.
pub fn canonical_query(pairs: &[(String, String)]) -> String {
    let mut sorted = pairs.to_vec();
    sorted.sort();
    sorted
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k.as_bytes()), encode(v.as_bytes())))
        .collect::<Vec<_>>()
        .join("&")
}

/// `name:value\n` for each (already lower-case, sorted) name.
pub fn canonical_headers(signed: &[(String, String)]) -> String {
    signed
        .iter()
        .map(|(n, v)| format!("{}:{}\n", n, v.trim()))
        .collect()
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// The canonical request from its parts; `headers` are the signed ones,
/// lower-case and sorted.
pub fn canonical_request(
    method: &str,
    wire_path: &str,
    raw_query: &str,
    headers: &[(String, String)],
    payload_hash: &str,
) -> String {
    let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
    [
        method.to_owned(),
        canonical_uri(wire_path),
        canonical_query(&parse_query(raw_query)),
        canonical_headers(headers),
        names.join(";"),
        payload_hash.to_owned(),
    ]
    .join("\n")
}

pub fn signature(sk: &str, sdk_date: &str, canonical_request: &str) -> String {
    let string_to_sign = format!(
        "SDK-HMAC-SHA256\n{sdk_date}\n{}",
        sha256_hex(canonical_request.as_bytes())
    );
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(sk.as_bytes()).expect("any key length");
    mac.update(string_to_sign.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn parse_sdk_date(value: &str) -> Option<OffsetDateTime> {
    let format = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    time::PrimitiveDateTime::parse(value, &format)
        .ok()
        .map(|t| t.assume_utc())
}

/// Checks a received request's `Authorization` the way the gateway would.
pub fn verify(seen: &Seen, ak: &str, sk: &str, now: OffsetDateTime) -> Result<(), String> {
    let auth = seen
        .header("authorization")
        .ok_or("no Authorization header")?;
    let params = auth
        .strip_prefix("SDK-HMAC-SHA256 ")
        .ok_or("not SDK-HMAC-SHA256")?;
    let mut access = None;
    let mut signed_headers = None;
    let mut given = None;
    for part in params.split(", ") {
        match part.split_once('=') {
            Some(("Access", v)) => access = Some(v),
            Some(("SignedHeaders", v)) => signed_headers = Some(v),
            Some(("Signature", v)) => given = Some(v),
            _ => return Err(format!("unexpected Authorization part `{part}`")),
        }
    }
    let (access, signed_headers, given) = match (access, signed_headers, given) {
        (Some(a), Some(s), Some(g)) => (a, s, g),
        _ => return Err("Authorization lacks Access, SignedHeaders or Signature".into()),
    };
    if access != ak {
        return Err(format!("unknown access key {access}"));
    }
    let date = seen.header("x-sdk-date").ok_or("no X-Sdk-Date")?;
    let when = parse_sdk_date(date).ok_or_else(|| format!("bad X-Sdk-Date `{date}`"))?;
    if (now - when).abs() > time::Duration::minutes(15) {
        return Err(format!("X-Sdk-Date {date} is more than 15 minutes off"));
    }
    let names: Vec<&str> = signed_headers.split(';').collect();
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    if names != sorted || names.iter().any(|n| n.to_ascii_lowercase() != *n) {
        return Err(format!(
            "SignedHeaders `{signed_headers}` not lower-case, sorted and unique"
        ));
    }
    let mut required = vec!["content-type", "host", "x-sdk-date"];
    // Every API call names its project; IAM's project lookup cannot.
    if seen.path != "/v3/projects" {
        required.push("x-project-id");
    }
    if seen.headers.contains_key("x-security-token") {
        required.push("x-security-token");
    }
    for name in required {
        if !names.contains(&name) {
            return Err(format!("header `{name}` is not signed"));
        }
    }
    let mut headers = Vec::new();
    for name in &names {
        let values: Vec<&str> = seen
            .headers
            .get_all(*name)
            .iter()
            .map(|v| v.to_str().map(str::trim).unwrap_or(""))
            .collect();
        if values.is_empty() {
            return Err(format!("signed header `{name}` is missing"));
        }
        headers.push((name.to_string(), values.join(",")));
    }
    let payload = if seen.header("x-sdk-content-sha256") == Some("UNSIGNED-PAYLOAD") {
        "UNSIGNED-PAYLOAD".to_owned()
    } else {
        sha256_hex(&seen.body)
    };
    let canonical = canonical_request(
        &seen.method,
        &seen.path,
        &seen.raw_query,
        &headers,
        &payload,
    );
    let expected = signature(sk, date, &canonical);
    if expected != given {
        return Err(format!(
            "signature mismatch over canonical request:\n{canonical}"
        ));
    }
    Ok(())
}

/// Asserts `result` is `Error::Service` and returns it.
#[track_caller]
pub fn service_error<T: std::fmt::Debug>(
    result: Result<T, huaweicloud_vpc_v3::Error>,
) -> huaweicloud_vpc_v3::error::ServiceError {
    match result {
        Err(huaweicloud_vpc_v3::Error::Service(e)) => e,
        other => panic!("expected Error::Service, got {other:?}"),
    }
}
