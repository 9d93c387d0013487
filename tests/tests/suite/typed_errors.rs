//! Errors are typed from the spec: a documented error answer is read into
//! the model the spec gives it (`default` → `ErrorModel` in our spec), kept
//! on the error beside its status, code, message and request id, and the
//! error prints its message once.

use huaweicloud_vpc_v3::models::{ErrorModel, WrappedError};
use huaweicloud_vpc_v3::{Client, Error, RetryConfig};
use serde_json::json;

use crate::support::{Reply, Server};

async fn show_error(reply: Reply) -> Error {
    let server = Server::start(move |_| reply.clone()).await;
    let client: Client = server
        .builder()
        .retry(RetryConfig::disabled())
        .build()
        .expect("client builds");
    client
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .expect_err("the server refuses")
}

/// What `anyhow` and other reporters print: the error, then each source.
fn chain(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut lines = vec![error.to_string()];
    let mut source = error.source();
    while let Some(next) = source {
        lines.push(next.to_string());
        source = next.source();
    }
    lines
}

#[tokio::test]
async fn a_documented_error_body_is_read_into_the_spec_model() {
    let e = show_error(
        Reply::json(
            400,
            json!({"error_code": "VPC.0002", "error_msg": "Invalid session id", "request_id": "b-1"}),
        )
        .request_id("hdr-1"),
    )
    .await;
    let model: &ErrorModel = e.model().expect("the documented model");
    assert_eq!(model.error_code.as_deref(), Some("VPC.0002"));
    assert_eq!(model.error_msg.as_deref(), Some("Invalid session id"));
    assert_eq!(model.request_id.as_deref(), Some("b-1"));
    assert_eq!(e.status(), Some(400));
    assert_eq!(e.code(), Some("VPC.0002"));
    assert_eq!(e.message(), Some("Invalid session id"));
    assert_eq!(e.request_id(), Some("hdr-1"));
    // The same through the service error, and not as another type.
    let service = e.service_error().expect("a service error");
    assert!(service.model::<ErrorModel>().is_some());
    assert!(service.model::<WrappedError>().is_none());
}

#[tokio::test]
async fn a_wrapped_body_reads_into_the_nested_model() {
    let e = show_error(Reply::json(
        503,
        json!({"error": {"code": "SYS.0503", "message": "busy"}}),
    ))
    .await;
    let wrapped = e
        .model::<ErrorModel>()
        .and_then(|m| m.error.as_ref())
        .expect("the wrapped error");
    assert_eq!(wrapped.code.as_deref(), Some("SYS.0503"));
    assert_eq!((e.code(), e.message()), (Some("SYS.0503"), Some("busy")));
}

#[tokio::test]
async fn every_shape_keeps_code_and_message_and_prints_once() {
    let shapes = [
        json!({"NeutronError": {"type": "TrafficMirrorSessionNotFound", "message": "Session s-1 could not be found.", "detail": ""}}),
        json!({"code": "APIGW.0301", "message": "Incorrect IAM authentication information"}),
        json!({"error_code": "VPC.0002", "error_msg": "Invalid session id"}),
    ];
    for body in shapes {
        let e = show_error(Reply::json(404, body.clone())).await;
        let message = e.message().expect("a message").to_owned();
        assert!(e.code().is_some(), "{body}");
        let lines = chain(&e);
        let printed = lines.join("\n");
        assert_eq!(printed.matches(&message).count(), 1, "{printed}");
        assert!(printed.contains("HTTP 404"), "{printed}");
        // Not JSON of the model's shape is no model, but still an error.
        assert!(e.model::<ErrorModel>().is_some(), "{body}");
    }
    let e = show_error(Reply::raw(502, "text/html", "<html>Bad Gateway</html>")).await;
    assert!(e.model::<ErrorModel>().is_none());
    assert_eq!(e.status(), Some(502));
    assert_eq!(chain(&e).len(), 1, "{:?}", chain(&e));
}
