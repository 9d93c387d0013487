//! The generated crate's mock (feature `test-util`), used the way someone who
//! vendored the crate would: their own functions take a `Client`, and their
//! tests hand them one from `Mock::client()`.

use std::time::Duration;

use huaweicloud_vpc_v3::mock::{Mock, MockReply, REDACTED, TransportErrorKind};
use huaweicloud_vpc_v3::{Error, RetryConfig, models};

/// What a user of the crate writes: code that takes a client.
mod inventory {
    use futures_util::TryStreamExt;
    use huaweicloud_vpc_v3::{Client, Error};

    /// The names of the enabled sessions, over every page.
    pub async fn enabled_session_names(client: &Client) -> Result<Vec<String>, Error> {
        let sessions: Vec<_> = client
            .list_traffic_mirror_sessions()
            .limit(2)
            .into_stream()
            .try_collect()
            .await?;
        Ok(sessions
            .into_iter()
            .filter(|s| s.enabled == Some(true))
            .filter_map(|s| s.name)
            .collect())
    }

    /// Deletes a session; `false` when it was already gone (404).
    pub async fn delete_if_present(client: &Client, id: &str) -> Result<bool, Error> {
        match client.delete_traffic_mirror_session(id).send().await {
            Ok(_) => Ok(true),
            Err(e) if e.status() == Some(404) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

fn session(name: &str, enabled: bool) -> models::TrafficMirrorSession {
    models::TrafficMirrorSession {
        id: Some(format!("id-{name}")),
        name: Some(name.to_owned()),
        enabled: Some(enabled),
        ..Default::default()
    }
}

fn page(
    sessions: Vec<models::TrafficMirrorSession>,
    next_marker: Option<&str>,
) -> models::ListTrafficMirrorSessionsResponseBody {
    models::ListTrafficMirrorSessionsResponseBody {
        traffic_mirror_sessions: Some(sessions),
        page_info: Some(models::PageInfo {
            next_marker: next_marker.map(str::to_owned),
            ..Default::default()
        }),
        request_id: Some("mock".to_owned()),
    }
}

fn shown(name: &str) -> models::ShowTrafficMirrorSessionResponseBody {
    models::ShowTrafficMirrorSessionResponseBody {
        traffic_mirror_session: Some(session(name, true)),
        request_id: None,
    }
}

/// A client that makes one attempt per call.
fn no_retry_client(mock: &Mock) -> huaweicloud_vpc_v3::Client {
    mock.client_from(mock.client_builder().retry(RetryConfig::disabled()))
        .expect("the mock client builds")
}

#[tokio::test]
async fn user_code_reads_every_page_of_a_mocked_listing() {
    let mock = Mock::new();
    mock.list_traffic_mirror_sessions().returns_in_order([
        page(vec![session("a", true), session("b", false)], Some("id-b")),
        page(vec![session("c", true)], None),
    ]);

    let names = inventory::enabled_session_names(&mock.client())
        .await
        .expect("both pages are read");
    assert_eq!(names, ["a", "c"]);

    // The typed inputs: the stream followed the marker of the first page.
    let calls = mock.list_traffic_mirror_sessions().calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].marker, None);
    assert_eq!(calls[1].marker.as_deref(), Some("id-b"));
    assert!(calls.iter().all(|c| c.limit == Some(2)));

    // The requests as sent: built, authenticated and signed by the real code.
    let sent = mock.list_traffic_mirror_sessions().requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].method.as_str(), "GET");
    assert_eq!(
        sent[1].path,
        "/v3/mock-project-id/vpc/traffic-mirror-sessions"
    );
    assert_eq!(sent[1].query_value("marker"), Some("id-b"));
    assert_eq!(sent[1].query_value("limit"), Some("2"));
    assert_eq!(sent[1].header("authorization"), Some(REDACTED));
    assert!(sent[1].header("x-sdk-date").is_some(), "signing ran");
    let debug = format!("{sent:?}");
    assert!(!debug.contains("MOCK_SK"), "{debug}");
}

#[tokio::test]
async fn a_third_page_after_the_last_is_never_requested() {
    let mock = Mock::new();
    mock.list_traffic_mirror_sessions()
        .returns_in_order([page(vec![session("only", true)], None)]);
    let names = inventory::enabled_session_names(&mock.client())
        .await
        .expect("one page");
    assert_eq!(names, ["only"]);
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn user_code_handles_mocked_service_errors() {
    let mock = Mock::new();
    mock.delete_traffic_mirror_session()
        .when(|input| input.traffic_mirror_session_id == "gone")
        .fails_with(404, "VPC.0404", "traffic mirror session not found");
    mock.delete_traffic_mirror_session()
        .when(|input| input.traffic_mirror_session_id == "broken")
        .fails_with(500, "VPC.0500", "internal error");
    mock.delete_traffic_mirror_session().returns(());
    let client = mock.client();

    assert!(!inventory::delete_if_present(&client, "gone").await.unwrap());
    assert!(inventory::delete_if_present(&client, "s-1").await.unwrap());
    let err = inventory::delete_if_present(&client, "broken")
        .await
        .expect_err("a 500 is an error");
    match &err {
        Error::Service(e) => {
            assert_eq!(e.status, 500);
            assert_eq!(e.error_code.as_deref(), Some("VPC.0500"));
            assert_eq!(e.error_msg.as_deref(), Some("internal error"));
        }
        other => panic!("expected a service error, got {other:?}"),
    }

    // DELETE is idempotent, so the 500 was retried: three attempts, one call.
    let ids: Vec<String> = mock
        .delete_traffic_mirror_session()
        .calls()
        .into_iter()
        .map(|c| c.traffic_mirror_session_id)
        .collect();
    assert_eq!(ids, ["gone", "s-1", "broken"]);
    let attempts: Vec<u32> = mock
        .delete_traffic_mirror_session()
        .requests()
        .iter()
        .map(|r| r.attempt)
        .collect();
    assert_eq!(attempts, [1, 1, 1, 2, 3]);
}

#[tokio::test]
async fn mocked_transport_failures_are_transport_errors() {
    let mock = Mock::new();
    mock.show_traffic_mirror_session()
        .fails_with_transport(TransportErrorKind::Connect);
    let err = mock
        .client()
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .expect_err("no connection");
    match err {
        Error::Transport(e) => {
            assert_eq!(e.kind, TransportErrorKind::Connect);
            assert_eq!(e.attempts, 3, "connection failures are retried");
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn retries_run_over_a_mixed_sequence_of_replies() {
    let mock = Mock::new();
    let show = mock.show_traffic_mirror_session();
    let ok = show.reply(&shown("s"));
    show.replies([MockReply::service_error(503, "SYS.0503", "busy"), ok]);

    let out = mock
        .client()
        .show_traffic_mirror_session("id-s")
        .send()
        .await
        .expect("the second attempt succeeds");
    assert_eq!(out.status, 200);
    let body = out.body.traffic_mirror_session.expect("a session");
    assert_eq!(body.name.as_deref(), Some("s"));
    assert_eq!(mock.show_traffic_mirror_session().calls().len(), 1);
    assert_eq!(mock.show_traffic_mirror_session().requests().len(), 2);
}

#[tokio::test]
async fn times_limits_a_rule_to_some_attempts() {
    let mock = Mock::new();
    mock.show_traffic_mirror_session()
        .times(1)
        .fails_with(403, "VPC.0403", "forbidden");
    mock.show_traffic_mirror_session().returns(shown("s"));
    let client = no_retry_client(&mock);
    let first = client.show_traffic_mirror_session("x").send().await;
    assert_eq!(first.expect_err("refused").status(), Some(403));
    client
        .show_traffic_mirror_session("x")
        .send()
        .await
        .expect("the second rule answers");
}

#[tokio::test]
async fn validation_runs_before_the_mock() {
    let mock = Mock::new();
    mock.create_traffic_mirror_session()
        .returns(Default::default());
    let body = models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name("s")
            .priority(0)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_sources("eni-1")
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type("eni")
            .build()
            .expect("every required field is set"),
    };
    let err = mock
        .client()
        .create_traffic_mirror_session(body)
        .send()
        .await
        .expect_err("priority 0 is out of range");
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert!(mock.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_slow_reply_meets_the_per_call_timeout() {
    let mock = Mock::new();
    let show = mock.show_traffic_mirror_session();
    let slow = show.reply(&shown("s")).after(Duration::from_millis(300));
    show.replies([slow.clone(), slow]);
    let client = mock.client();

    let err = client
        .show_traffic_mirror_session("s")
        .timeout(Duration::from_millis(50))
        .retry_config(RetryConfig::disabled())
        .send()
        .await
        .expect_err("300 ms is beyond 50 ms");
    match err {
        Error::Transport(e) => assert_eq!(e.kind, TransportErrorKind::Timeout),
        other => panic!("expected a timeout, got {other:?}"),
    }
    // The client's own timeout (60 s) still applies to the next call.
    client
        .show_traffic_mirror_session("s")
        .send()
        .await
        .expect("no per-call timeout this time");
}

#[tokio::test]
async fn an_unanswered_call_names_the_operation() {
    let mock = Mock::new();
    let err = no_retry_client(&mock)
        .show_traffic_mirror_session("s")
        .send()
        .await
        .expect_err("no rule");
    let message = err.to_string();
    assert!(message.contains("ShowTrafficMirrorSession"), "{message}");
    assert_eq!(mock.requests().len(), 1, "the attempt is still recorded");
}

#[tokio::test]
async fn clones_share_one_server_and_reset_forgets() {
    let mock = Mock::new();
    let other = mock.clone();
    other.delete_traffic_mirror_session().returns(());
    mock.client()
        .delete_traffic_mirror_session("s")
        .send()
        .await
        .expect("the clone's rule answers");
    assert_eq!(other.requests().len(), 1);
    mock.reset();
    assert!(other.requests().is_empty());
    assert!(
        no_retry_client(&other)
            .delete_traffic_mirror_session("s")
            .send()
            .await
            .is_err(),
        "the rule is gone too"
    );
}

/// The call chain a user of the AWS SDK for Rust expects: the output's
/// accessors straight on the awaited response, while the response keeps its
/// status and request id.
#[tokio::test]
async fn the_output_is_read_straight_from_the_response() -> Result<(), Error> {
    let mock = Mock::new();
    mock.list_traffic_mirror_sessions().returns_in_order([page(
        vec![session("a", true), session("b", false)],
        Some("id-b"),
    )]);
    let client = no_retry_client(&mock);

    let count = client
        .list_traffic_mirror_sessions()
        .send()
        .await?
        .traffic_mirror_sessions()
        .len();
    assert_eq!(count, 2);

    mock.list_traffic_mirror_sessions()
        .returns_in_order([page(vec![session("c", true)], Some("id-c"))]);
    let response = client.list_traffic_mirror_sessions().send().await?;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.page_info().and_then(|p| p.next_marker()),
        Some("id-c")
    );
    assert_eq!(response.traffic_mirror_sessions().len(), 1);
    Ok(())
}
