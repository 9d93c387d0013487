//! The mock (feature `test-util`, on by default in this crate) as generated
//! crates use it, with a hand-written operation: which rule answers, what is
//! recorded (and redacted), replies and their failures, delays against the
//! attempt's timeout; and the transport's per-call overrides.

use std::any::Any;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use client_runtime::config::{RequestContext, SecretLocation};
use client_runtime::credentials::Secret;
use client_runtime::error::{Error, TransportErrorKind};
use client_runtime::http::{Method, Request, Response, encode_path_segment};
use client_runtime::mock::{MockOperation, MockReply, MockServer, OperationMock, REDACTED};
use client_runtime::network::NetworkSettings;
use client_runtime::operation::Operation;
use client_runtime::retry::RetryConfig;
use client_runtime::transport::{Authenticator, Transport, TransportSettings};
use serde::{Deserialize, Serialize};

const API_KEY: &str = "key-that-must-never-show";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Thing {
    id: String,
    size: i64,
}

fn thing(id: &str, size: i64) -> Thing {
    Thing {
        id: id.to_owned(),
        size,
    }
}

/// `GET /things/{id}?tag=..`, recording its typed input.
#[derive(Debug, Clone, PartialEq)]
struct GetThing {
    id: String,
    tag: Option<String>,
}

fn get(id: &str, tag: Option<&str>) -> GetThing {
    GetThing {
        id: id.to_owned(),
        tag: tag.map(str::to_owned),
    }
}

impl Operation for GetThing {
    type Output = Thing;

    fn operation_id(&self) -> &'static str {
        "GetThing"
    }

    fn build_request(&self, _: &RequestContext) -> Result<Request, Error> {
        let mut request = Request::new(
            Method::GET,
            format!("/things/{}", encode_path_segment(&self.id)),
        );
        request.push_query_values("tag", &self.tag);
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Thing, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }

    fn mock_input(&self) -> Option<Arc<dyn Any + Send + Sync>> {
        Some(Arc::new(self.clone()))
    }
}

impl MockOperation for GetThing {
    const OPERATION_ID: &'static str = "GetThing";

    fn output_reply(output: &Thing) -> MockReply {
        MockReply::json(200, output)
    }
}

/// `POST /notes` with a text body; keeps the default `mock_input` (none).
#[derive(Debug, Clone, PartialEq)]
struct PostNote(String);

impl Operation for PostNote {
    type Output = String;

    fn operation_id(&self) -> &'static str {
        "PostNote"
    }

    fn build_request(&self, _: &RequestContext) -> Result<Request, Error> {
        let mut request = Request::new(Method::POST, "/notes");
        request.set_raw_body("text/plain", self.0.clone().into_bytes());
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<String, Error> {
        match response.status {
            200..=299 => response.text(),
            _ => Err(response.into_error()),
        }
    }
}

impl MockOperation for PostNote {
    const OPERATION_ID: &'static str = "PostNote";

    fn output_reply(output: &String) -> MockReply {
        MockReply::text(201, output.clone())
    }
}

/// A transport with an API key header (a secret), one attempt per call and
/// 1 s per attempt, answered by `server`.
fn transport(server: &MockServer) -> Transport {
    Transport::new(TransportSettings {
        endpoint: "http://mock.invalid/api".to_owned(),
        auth: vec![Authenticator::Secret {
            location: SecretLocation::Header,
            name: "X-Api-Key".to_owned(),
            value: Secret::new(API_KEY),
        }],
        context: RequestContext::new(),
        connect_timeout: Duration::from_secs(1),
        timeout: Duration::from_secs(1),
        retry: RetryConfig::disabled(),
        user_agent: "mock-test".to_owned(),
        network: NetworkSettings::default(),
    })
    .unwrap_or_else(|e| panic!("{e}"))
    .with_mock(server.clone())
}

fn things(server: &MockServer) -> OperationMock<GetThing> {
    OperationMock::new(server.clone())
}

async fn size(transport: &Transport, op: GetThing) -> Result<i64, Error> {
    transport.call(&op).await.map(|r| r.body.size)
}

fn transport_kind(result: Result<i64, Error>) -> Option<TransportErrorKind> {
    match result {
        Err(Error::Transport(e)) => Some(e.kind),
        _ => None,
    }
}

#[tokio::test]
async fn rules_answer_in_the_order_added_until_used_up() {
    let server = MockServer::new();
    things(&server)
        .when(|op| op.tag.as_deref() == Some("big"))
        .returns(thing("x", 100));
    things(&server).returns_in_order([thing("a", 1), thing("b", 2)]);
    let t = transport(&server);

    assert_eq!(size(&t, get("x", Some("big"))).await.ok(), Some(100));
    assert_eq!(size(&t, get("a", None)).await.ok(), Some(1));
    assert_eq!(size(&t, get("b", Some("big"))).await.ok(), Some(100));
    assert_eq!(size(&t, get("b", None)).await.ok(), Some(2));
    let err = size(&t, get("c", None)).await.expect_err("used up");
    assert!(
        err.to_string().contains("GetThing GET /api/things/c"),
        "{err}"
    );

    let ids: Vec<String> = things(&server).calls().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["x", "a", "b", "b", "c"]);
}

#[tokio::test]
async fn times_caps_a_rule_and_returns_repeats() {
    let server = MockServer::new();
    things(&server).times(2).returns(thing("first", 1));
    things(&server).returns(thing("then", 2));
    let t = transport(&server);
    let mut sizes = Vec::new();
    for _ in 0..4 {
        sizes.push(size(&t, get("t", None)).await.expect("answered"));
    }
    assert_eq!(sizes, [1, 1, 2, 2]);
}

#[tokio::test]
async fn requests_are_recorded_as_sent_with_secrets_redacted() {
    let server = MockServer::new();
    things(&server)
        .when_request(|r| r.query_value("tag") == Some("a b/c"))
        .returns(thing("t", 7));
    OperationMock::<PostNote>::new(server.clone()).returns("stored".to_owned());
    let t = transport(&server);

    assert_eq!(size(&t, get("x/y", Some("a b/c"))).await.ok(), Some(7));
    let note = t.call(&PostNote("hello".to_owned())).await.expect("posted");
    assert_eq!(note.status, 201);
    assert_eq!(note.body, "stored");

    let sent = server.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].path, "/api/things/x%2Fy");
    assert_eq!(sent[0].query, [("tag".to_owned(), "a b/c".to_owned())]);
    assert_eq!(sent[0].header("x-api-key"), Some(REDACTED));
    assert_eq!(sent[0].header("host"), Some("mock.invalid"));
    assert_eq!(sent[1].method, Method::POST);
    assert_eq!(sent[1].body_text(), "hello");
    assert_eq!(sent[1].header("content-type"), Some("text/plain"));
    // Without a `mock_input`, a call has no typed input to give back.
    assert!(sent[1].input::<PostNote>().is_none());
    assert!(
        OperationMock::<PostNote>::new(server.clone())
            .calls()
            .is_empty()
    );
    assert_eq!(server.requests_for("PostNote").len(), 1);

    let debug = format!("{sent:?} {server:?} {t:?}");
    assert!(!debug.contains(API_KEY), "{debug}");
}

#[tokio::test]
async fn replies_carry_headers_and_broken_replies_fail_the_attempt() {
    let server = MockServer::new();
    things(&server).replies([
        MockReply::json(200, &thing("r", 3)).with_request_id("req-1"),
        MockReply::status(200).with_header("bad header", "x"),
        MockReply::json(200, &BTreeMap::from([((1, 2), 3)])),
        MockReply::service_error(409, "Thing.0409", "conflict"),
        MockReply::transport(TransportErrorKind::Other),
    ]);
    let t = transport(&server);

    let ok = t.call(&get("r", None)).await.expect("first reply");
    assert_eq!(ok.request_id.as_deref(), Some("req-1"));
    assert_eq!(ok.status, 200);

    let bad_header = size(&t, get("r", None)).await.expect_err("invalid header");
    assert!(
        bad_header.to_string().contains("invalid header"),
        "{bad_header}"
    );
    let unserializable = size(&t, get("r", None)).await.expect_err("no JSON");
    assert!(
        unserializable
            .to_string()
            .contains("could not be serialized"),
        "{unserializable}"
    );
    match size(&t, get("r", None)).await {
        Err(Error::Service(e)) => {
            assert_eq!(e.status, 409);
            assert_eq!(e.error_code.as_deref(), Some("Thing.0409"));
            assert_eq!(e.error_msg.as_deref(), Some("conflict"));
        }
        other => panic!("expected a service error, got {other:?}"),
    }
    assert_eq!(
        transport_kind(size(&t, get("r", None)).await),
        Some(TransportErrorKind::Other)
    );
}

#[tokio::test]
async fn delayed_replies_wait_within_the_timeout_and_time_out_beyond_it() {
    let server = MockServer::new();
    things(&server).replies([
        MockReply::json(200, &thing("slow", 1)).after(Duration::from_millis(60)),
        MockReply::json(200, &thing("slower", 2)).after(Duration::from_millis(400)),
    ]);
    let t = transport(&server);

    let started = Instant::now();
    assert_eq!(size(&t, get("a", None)).await.ok(), Some(1));
    assert!(started.elapsed() >= Duration::from_millis(60));

    let started = Instant::now();
    let cut = size(
        &t.clone().with_timeout(Duration::from_millis(50)),
        get("b", None),
    )
    .await;
    assert_eq!(transport_kind(cut), Some(TransportErrorKind::Timeout));
    assert!(started.elapsed() < Duration::from_millis(400));
}

#[tokio::test]
async fn a_matcher_may_look_at_the_mock_itself() {
    let server = MockServer::new();
    let seen = server.clone();
    // Answers only once an earlier attempt was recorded (this one counts).
    things(&server)
        .when_request(move |_| seen.requests().len() > 1)
        .returns(thing("second", 2));
    let t = transport(&server);
    assert!(size(&t, get("a", None)).await.is_err());
    assert_eq!(size(&t, get("a", None)).await.ok(), Some(2));
}

#[tokio::test]
async fn per_call_overrides_leave_the_original_transport_alone() {
    let server = MockServer::new();
    let t = transport(&server);
    let retry = RetryConfig::default().max_attempts(4);
    let overridden = t
        .clone()
        .with_timeout(Duration::from_millis(250))
        .with_retry(retry.clone());
    assert_eq!(overridden.timeout(), Duration::from_millis(250));
    assert_eq!(overridden.retry_config(), &retry);
    assert_eq!(t.timeout(), Duration::from_secs(1));
    assert_eq!(t.retry_config(), &RetryConfig::disabled());

    // The override's retry policy is the one used: 4 attempts of a 503.
    things(&server).fails_with(503, "Thing.0503", "busy");
    let retried = overridden.with_retry(
        retry
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(2)),
    );
    assert!(size(&retried, get("a", None)).await.is_err());
    let attempts: Vec<u32> = things(&server)
        .requests()
        .iter()
        .map(|r| r.attempt)
        .collect();
    assert_eq!(attempts, [1, 2, 3, 4]);
    assert_eq!(things(&server).calls().len(), 1);
}
