//! Every error shape maps to the right variant, with its request id.

use huaweicloud_vpc_v3::error::BODY_SNIPPET_LIMIT;
use huaweicloud_vpc_v3::{Error, RetryConfig};
use serde_json::json;

use crate::support::{self, Reply, Server};

async fn show_with(
    reply: Reply,
) -> Result<
    huaweicloud_vpc_v3::ApiResponse<
        huaweicloud_vpc_v3::models::ShowTrafficMirrorSessionResponseBody,
    >,
    Error,
> {
    let server = Server::start(move |_| reply.clone()).await;
    let client = server
        .builder()
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    client.show_traffic_mirror_session("s-1").send().await
}

#[tokio::test]
async fn vpc_error_body_with_request_id_in_the_body() {
    let e = support::service_error(
        show_with(Reply::json(
            400,
            json!({"error_code": "VPC.0002", "error_msg": "Invalid request", "request_id": "body-id-1"}),
        ))
        .await,
    );
    assert_eq!(e.status, 400);
    assert_eq!(e.error_code.as_deref(), Some("VPC.0002"));
    assert_eq!(e.error_msg.as_deref(), Some("Invalid request"));
    assert_eq!(e.request_id.as_deref(), Some("body-id-1"));
    assert!(e.is_client_error() && !e.is_server_error());
    let text = Error::Service(e).to_string();
    assert!(
        text.contains("VPC.0002") && text.contains("body-id-1"),
        "{text}"
    );
}

#[tokio::test]
async fn code_message_body() {
    let e = support::service_error(
        show_with(
            Reply::json(403, json!({"code": "IAM.0001", "message": "Forbidden"}))
                .request_id("hdr-2"),
        )
        .await,
    );
    assert_eq!(
        (e.status, e.error_code.as_deref(), e.error_msg.as_deref()),
        (403, Some("IAM.0001"), Some("Forbidden"))
    );
    assert_eq!(e.request_id.as_deref(), Some("hdr-2"));
}

#[tokio::test]
async fn wrapped_error_body() {
    let e = support::service_error(
        show_with(
            Reply::json(
                404,
                json!({"error": {"code": "APIGW.0101", "message": "API not found"}}),
            )
            .request_id("hdr-3"),
        )
        .await,
    );
    assert_eq!(
        (e.status, e.error_code.as_deref(), e.error_msg.as_deref()),
        (404, Some("APIGW.0101"), Some("API not found"))
    );
    assert_eq!(e.request_id.as_deref(), Some("hdr-3"));
}

#[tokio::test]
async fn empty_body() {
    let result = show_with(Reply::empty(404).request_id("hdr-4")).await;
    assert_eq!(
        result.as_ref().err().and_then(Error::request_id),
        Some("hdr-4")
    );
    assert_eq!(result.as_ref().err().and_then(Error::status), Some(404));
    let e = support::service_error(result);
    assert_eq!(
        (e.error_code, e.error_msg, e.body.as_str()),
        (None, None, "")
    );
}

#[tokio::test]
async fn html_body() {
    let html = format!(
        "<html><body><h1>502 Bad Gateway</h1>{}</body></html>",
        "x".repeat(2000)
    );
    let e = support::service_error(
        show_with(Reply::raw(502, "text/html", html).request_id("hdr-5")).await,
    );
    assert_eq!(e.status, 502);
    assert!(e.is_server_error());
    assert_eq!(
        (e.error_code.as_deref(), e.request_id.as_deref()),
        (None, Some("hdr-5"))
    );
    assert!(
        e.body.starts_with("<html>") && e.body.len() <= BODY_SNIPPET_LIMIT,
        "{}",
        e.body.len()
    );
}

#[tokio::test]
async fn request_id_only_in_the_header() {
    let e = support::service_error(
        show_with(
            Reply::json(
                409,
                json!({"error_code": "VPC.1409", "error_msg": "conflict"}),
            )
            .request_id("hdr-6"),
        )
        .await,
    );
    assert_eq!(
        (e.status, e.error_code.as_deref(), e.request_id.as_deref()),
        (409, Some("VPC.1409"), Some("hdr-6"))
    );
}

#[tokio::test]
async fn malformed_success_body_is_unreadable_with_a_bounded_snippet() {
    // Cut short: a mistyped field alone is left out with a warning (see
    // `leniency`), a body that is not JSON is unreadable.
    let body = format!(
        r#"{{"traffic_mirror_session": {{"id": "s-1"}}, "pad": "{}"#,
        "y".repeat(4000)
    );
    match show_with(Reply::raw(200, "application/json", body).request_id("hdr-7")).await {
        Err(Error::UnreadableResponse(u)) => {
            assert_eq!(u.status, 200);
            assert_eq!(u.request_id.as_deref(), Some("hdr-7"));
            assert!(
                u.body.len() <= BODY_SNIPPET_LIMIT
                    && u.body.starts_with(r#"{"traffic_mirror_session""#)
            );
            assert!(!u.message.is_empty());
        }
        other => panic!("expected UnreadableResponse, got {other:?}"),
    }
    match show_with(Reply::raw(200, "application/json", "not json at all").request_id("hdr-8"))
        .await
    {
        Err(e @ Error::UnreadableResponse(_)) => {
            assert_eq!(e.request_id(), Some("hdr-8"));
            assert!(!e.is_retryable());
        }
        other => panic!("expected UnreadableResponse, got {other:?}"),
    }
}
