//! Retries are counted by the server and bounded by the configuration;
//! timeouts fire.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use huaweicloud_vpc_v3::error::TransportErrorKind;
use huaweicloud_vpc_v3::{Error, RetryConfig, models};
use serde_json::json;

use crate::support::{self, Reply, Server};

fn session_reply(id: &str) -> Reply {
    Reply::json(
        200,
        json!({"traffic_mirror_session": {"id": id, "name": "s"}, "request_id": "ok-1"}),
    )
    .request_id("ok-1")
}

/// Answers `first` to the first `n` requests, then `then`.
fn first_n(
    n: usize,
    first: impl Fn() -> Reply + Send + Sync + 'static,
    then: Reply,
) -> impl Fn(&support::Seen) -> Reply {
    let count = Arc::new(AtomicUsize::new(0));
    move |_| {
        if count.fetch_add(1, Ordering::SeqCst) < n {
            first()
        } else {
            then.clone()
        }
    }
}

fn update_body() -> models::UpdateTrafficMirrorSessionRequestBody {
    models::UpdateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::UpdateTrafficMirrorSessionOption {
            priority: Some(5),
            ..Default::default()
        },
    }
}

fn create_body() -> models::CreateTrafficMirrorSessionRequestBody {
    models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name("s")
            .priority(1)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_sources("eni-1")
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type("eni")
            .build()
            .unwrap(),
    }
}

#[tokio::test]
async fn put_503_then_200_is_retried_once() {
    let server = Server::start(first_n(
        1,
        || Reply::json(503, json!({"error_code": "VPC.0500", "error_msg": "busy"})),
        session_reply("s-1"),
    ))
    .await;
    let out = server
        .client()
        .update_traffic_mirror_session("s-1", update_body())
        .send()
        .await
        .expect("second attempt succeeds");
    assert_eq!(out.status, 200);
    assert_eq!(server.hits(), 2);
    let seen = server.requests();
    assert!(
        seen.iter()
            .all(|r| r.method == "PUT" && r.json() == seen[0].json()),
        "the same request is repeated"
    );
}

#[tokio::test]
async fn retry_after_zero_is_honoured_on_429() {
    let server = Server::start(first_n(
        1,
        || {
            Reply::json(
                429,
                json!({"error_code": "APIGW.0308", "error_msg": "throttled"}),
            )
            .header("Retry-After", "0")
        },
        session_reply("s-1"),
    ))
    .await;
    // A jittered backoff could wait up to 10 s here; Retry-After: 0 must win.
    let client = server
        .builder()
        .retry(
            RetryConfig::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_secs(10))
                .max_backoff(Duration::from_secs(10)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    client
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .expect("retried after 429");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn always_500_gives_up_after_exactly_the_configured_attempts() {
    let server = Server::start(|_| {
        Reply::json(
            500,
            json!({"error_code": "VPC.0500", "error_msg": "internal", "request_id": "boom-1"}),
        )
    })
    .await;
    let client = server
        .builder()
        .retry(support::fast_retry(4))
        .build()
        .unwrap();
    let e = support::service_error(client.show_traffic_mirror_session("s-1").send().await);
    assert_eq!(
        (e.status, e.error_code.as_deref(), e.request_id.as_deref()),
        (500, Some("VPC.0500"), Some("boom-1"))
    );
    assert!(e.is_server_error());
    assert_eq!(server.hits(), 4);

    let disabled = server
        .builder()
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let _ = disabled
        .delete_traffic_mirror_session("s-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 5, "RetryConfig::disabled() sends once");
}

#[tokio::test]
async fn post_create_is_not_retried_after_the_server_saw_it() {
    let server = Server::start(|_| {
        Reply::json(
            503,
            json!({"error_code": "VPC.0503", "error_msg": "unavailable"}),
        )
    })
    .await;
    let e = support::service_error(
        server
            .client()
            .create_traffic_mirror_session(create_body())
            .send()
            .await,
    );
    assert_eq!(e.status, 503);
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn post_create_timing_out_is_not_retried() {
    let server = Server::start(|_| session_reply("s-1").delay(Duration::from_millis(800))).await;
    let client = server
        .builder()
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    match client
        .create_traffic_mirror_session(create_body())
        .send()
        .await
    {
        Err(Error::Transport(e)) => {
            assert_eq!(e.kind, TransportErrorKind::Timeout, "{e}");
            assert_eq!(e.attempts, 1);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn get_timeouts_fire_and_are_retried_up_to_the_limit() {
    let server = Server::start(|_| session_reply("s-1").delay(Duration::from_millis(800))).await;
    let client = server
        .builder()
        .timeout(Duration::from_millis(150))
        .retry(support::fast_retry(2))
        .build()
        .unwrap();
    let started = Instant::now();
    match client.show_traffic_mirror_session("s-1").send().await {
        Err(e @ Error::Transport(_)) => {
            assert!(e.is_retryable());
            let Error::Transport(t) = e else {
                unreachable!()
            };
            assert_eq!(t.kind, TransportErrorKind::Timeout, "{t}");
            assert_eq!(t.attempts, 2);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_millis(780),
        "each attempt is cut at the timeout"
    );
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = Server::start(|_| {
        Reply::json(
            404,
            json!({"error_code": "VPC.0002", "error_msg": "not found"}),
        )
    })
    .await;
    let e = support::service_error(
        server
            .client()
            .show_traffic_mirror_session("nope")
            .send()
            .await,
    );
    assert_eq!(e.status, 404);
    assert_eq!(server.hits(), 1);
}
