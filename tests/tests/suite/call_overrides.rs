//! Per-call overrides of the timeout and the retry policy on operation
//! builders, against the local server: they hold for that call (and every
//! page of its stream) and leave the client's settings alone.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use huaweicloud_vpc_v3::error::TransportErrorKind;
use huaweicloud_vpc_v3::{Error, RetryConfig};
use serde_json::json;

use crate::support::{Reply, Server, fast_retry};

fn session_reply() -> Reply {
    Reply::json(
        200,
        json!({"traffic_mirror_session": {"id": "s-1", "name": "s"}}),
    )
}

fn busy() -> Reply {
    Reply::json(503, json!({"error_code": "VPC.0503", "error_msg": "busy"}))
}

fn is_timeout(result: Result<impl std::fmt::Debug, Error>) -> bool {
    matches!(result, Err(Error::Transport(e)) if e.kind == TransportErrorKind::Timeout)
}

#[tokio::test]
async fn a_shorter_per_call_timeout_cuts_one_call_only() {
    let server = Server::start(|_| session_reply().delay(Duration::from_millis(400))).await;
    // The client allows 5 s per attempt.
    let client = server.client();

    let started = Instant::now();
    let cut = client
        .show_traffic_mirror_session("s-1")
        .timeout(Duration::from_millis(100))
        .retry_config(RetryConfig::disabled())
        .send()
        .await;
    assert!(is_timeout(cut), "the 100 ms override fires");
    assert!(started.elapsed() < Duration::from_millis(390));

    client
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .expect("the next call has the client's 5 s again");
}

#[tokio::test]
async fn a_longer_per_call_timeout_outlasts_the_clients() {
    let server = Server::start(|_| session_reply().delay(Duration::from_millis(300))).await;
    let client = server
        .builder()
        .timeout(Duration::from_millis(100))
        .retry(RetryConfig::disabled())
        .build()
        .expect("client builds");

    assert!(
        is_timeout(client.show_traffic_mirror_session("s-1").send().await),
        "the client's 100 ms fires without an override"
    );
    client
        .show_traffic_mirror_session("s-1")
        .timeout(Duration::from_secs(3))
        .send()
        .await
        .expect("3 s is enough for a 300 ms answer");
}

#[tokio::test]
async fn a_per_call_retry_policy_replaces_the_clients() {
    let server = Server::start(|_| busy()).await;
    // The client makes 3 attempts.
    let client = server.client();

    let more = client
        .show_traffic_mirror_session("s-1")
        .retry_config(fast_retry(5))
        .send()
        .await;
    assert_eq!(more.expect_err("always busy").status(), Some(503));
    assert_eq!(server.hits(), 5);

    let none = client
        .show_traffic_mirror_session("s-1")
        .retry_config(RetryConfig::disabled())
        .send()
        .await;
    assert!(none.is_err());
    assert_eq!(server.hits(), 6);

    let default = client.show_traffic_mirror_session("s-1").send().await;
    assert!(default.is_err());
    assert_eq!(server.hits(), 9, "the client's 3 attempts are untouched");
}

#[tokio::test]
async fn overrides_hold_for_every_page_of_a_stream() {
    // Page 1 points at page 2; the first request for page 2 is answered 503.
    let page_two_requests = Arc::new(AtomicUsize::new(0));
    let counter = page_two_requests.clone();
    let server = Server::start(move |seen| {
        if seen.query_values("marker").is_empty() {
            Reply::json(
                200,
                json!({"traffic_mirror_sessions": [{"id": "a"}], "page_info": {"next_marker": "a"}}),
            )
        } else if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            busy()
        } else {
            Reply::json(
                200,
                json!({"traffic_mirror_sessions": [{"id": "b"}], "page_info": {}}),
            )
        }
    })
    .await;
    let client = server.client();

    let without_retries: Result<Vec<_>, Error> = client
        .list_traffic_mirror_sessions()
        .retry_config(RetryConfig::disabled())
        .into_stream()
        .try_collect()
        .await;
    assert_eq!(
        without_retries.expect_err("page 2 fails once").status(),
        Some(503)
    );
    assert_eq!(server.hits(), 2);

    page_two_requests.store(0, Ordering::SeqCst);
    let with_retries: Vec<_> = client
        .list_traffic_mirror_sessions()
        .retry_config(fast_retry(2))
        .into_stream()
        .try_collect()
        .await
        .expect("page 2 succeeds on its second attempt");
    let ids: Vec<_> = with_retries.into_iter().filter_map(|s| s.id).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(server.hits(), 5);
}
