//! What a call gives its caller: the output directly on success, and on
//! failure an error that names the service's code, message and request id,
//! whatever error body shape the service used.

use huaweicloud_vpc_v3::models::ErrorModel;
use huaweicloud_vpc_v3::{Client, Error};
use serde_json::json;

use crate::support::{Reply, Server};

/// The names of the sessions listed, read the way a user writes it.
async fn session_names(client: &Client) -> Result<Vec<String>, Error> {
    let sessions = client
        .list_traffic_mirror_sessions()
        .send()
        .await?
        .traffic_mirror_sessions
        .clone()
        .unwrap_or_default();
    Ok(sessions.into_iter().filter_map(|s| s.name).collect())
}

#[tokio::test]
async fn a_successful_call_gives_the_output_directly() {
    let (_server, client) = Server::answering(
        Reply::json(
            200,
            json!({
                "traffic_mirror_sessions": [{"id": "s-1", "name": "first"}, {"id": "s-2", "name": "second"}],
                "page_info": {"current_count": 2},
                "request_id": "body-id"
            }),
        )
        .request_id("hdr-id"),
    )
    .await;
    assert_eq!(
        session_names(&client).await.expect("listed"),
        ["first", "second"]
    );

    let response = client
        .list_traffic_mirror_sessions()
        .send()
        .await
        .expect("listed");
    // Metadata stays on the response, the output's fields are reached through it.
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("hdr-id"));
    assert_eq!(
        response
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("hdr-id")
    );
    assert_eq!(
        response.page_info.as_ref().and_then(|p| p.current_count),
        Some(2)
    );
    let output = response.into_inner();
    assert_eq!(output.request_id.as_deref(), Some("body-id"));
    assert_eq!(output.traffic_mirror_sessions.map(|s| s.len()), Some(2));
}

async fn show_error(reply: Reply) -> Error {
    let (_server, client) = Server::answering(reply).await;
    client
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .expect_err("the server refuses")
}

#[tokio::test]
async fn the_older_neutron_error_body_gives_code_and_message() {
    let e = show_error(
        Reply::json(
            404,
            json!({"NeutronError": {
                "type": "TrafficMirrorSessionNotFound",
                "message": "Traffic mirror session s-1 could not be found.",
                "detail": ""
            }}),
        )
        .request_id("neutron-1"),
    )
    .await;
    assert_eq!(e.status(), Some(404));
    assert_eq!(e.code(), Some("TrafficMirrorSessionNotFound"));
    assert_eq!(
        e.message(),
        Some("Traffic mirror session s-1 could not be found.")
    );
    assert_eq!(e.request_id(), Some("neutron-1"));
    let text = e.to_string();
    assert_eq!(
        text.matches("could not be found").count(),
        1,
        "printed once: {text}"
    );
    assert!(std::error::Error::source(&e).is_none(), "{e:?}");
}

#[tokio::test]
async fn every_error_body_shape_is_read() {
    let shapes = [
        (
            json!({"error_code": "VPC.0002", "error_msg": "Invalid request", "request_id": "b-1"}),
            ("VPC.0002", "Invalid request"),
        ),
        (
            json!({"code": "APIGW.0301", "message": "Incorrect IAM authentication information"}),
            ("APIGW.0301", "Incorrect IAM authentication information"),
        ),
        (
            json!({"error": {"code": "SYS.0001", "message": "busy"}}),
            ("SYS.0001", "busy"),
        ),
        (
            json!({"NeutronError": {"type": "BadRequest", "message": "bad", "detail": "x"}}),
            ("BadRequest", "bad"),
        ),
    ];
    for (body, (code, message)) in shapes {
        let e = show_error(Reply::json(400, body.clone())).await;
        assert_eq!(
            (e.code(), e.message()),
            (Some(code), Some(message)),
            "{body}"
        );
        let service = e.service_error().expect("a service error");
        assert_eq!(service.body_json(), Some(&body));
    }
}

#[tokio::test]
async fn the_error_body_reads_as_the_spec_error_model() {
    let e = show_error(Reply::json(
        400,
        json!({"error": {"code": "SYS.0001", "message": "busy"}, "request_id": "b-2"}),
    ))
    .await;
    let model: ErrorModel = e
        .service_error()
        .and_then(|s| s.parse_body())
        .expect("the documented error model");
    assert_eq!(model.request_id.as_deref(), Some("b-2"));
    assert_eq!(
        model.error.and_then(|w| w.code).as_deref(),
        Some("SYS.0001")
    );
}
