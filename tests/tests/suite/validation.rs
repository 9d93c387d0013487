//! Requests breaking documented constraints fail locally, listing every
//! violation, and send nothing; with validation off they are sent.

use std::collections::BTreeSet;

use huaweicloud_vpc_v3::{Error, models};
use serde_json::json;

use crate::support::{Reply, Server};

fn bad_update() -> models::UpdateTrafficMirrorSessionRequestBody {
    models::UpdateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::UpdateTrafficMirrorSessionOption {
            name: Some(format!("<{}", "a".repeat(64))),
            description: Some("<b>bold</b>".to_owned()),
            priority: Some(0),
            packet_length: Some(1461),
            ..Default::default()
        },
    }
}

fn violated_fields(e: Error) -> BTreeSet<String> {
    match e {
        Error::Validation(v) => v.violations.into_iter().map(|v| v.field).collect(),
        other => panic!("expected Error::Validation, got {other:?}"),
    }
}

fn ok_server_reply() -> Reply {
    Reply::json(
        200,
        json!({"traffic_mirror_session": {"id": "s-1"}, "request_id": "r"}),
    )
}

#[tokio::test]
async fn every_violation_is_listed_and_nothing_is_sent() {
    let server = Server::start(|_| ok_server_reply()).await;
    let e = server
        .client()
        .update_traffic_mirror_session("s-1", bad_update())
        .send()
        .await
        .unwrap_err();
    let Error::Validation(v) = &e else {
        panic!("expected Error::Validation, got {e:?}")
    };
    let rules: Vec<(String, String)> = v
        .violations
        .iter()
        .map(|v| (v.field.clone(), v.rule.clone()))
        .collect();
    assert_eq!(
        rules
            .iter()
            .filter(|(f, _)| f == "traffic_mirror_session.name")
            .count(),
        2,
        "length and pattern: {rules:?}"
    );
    assert_eq!(
        violated_fields(e),
        [
            "traffic_mirror_session.description",
            "traffic_mirror_session.name",
            "traffic_mirror_session.packet_length",
            "traffic_mirror_session.priority",
        ]
        .map(String::from)
        .into()
    );
    assert_eq!(server.received(), 0);
}

#[tokio::test]
async fn create_and_list_constraints() {
    let server = Server::start(|_| ok_server_reply()).await;
    let client = server.client();
    let body = models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name("ok")
            .priority(40000)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_sources((0..11).map(|i| format!("eni-{i}")).collect::<Vec<_>>())
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type("vpn")
            .virtual_network_id(-1)
            .build()
            .unwrap(),
    };
    let e = client
        .create_traffic_mirror_session(body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        [
            "traffic_mirror_session.priority",
            "traffic_mirror_session.traffic_mirror_sources",
            "traffic_mirror_session.traffic_mirror_target_type",
            "traffic_mirror_session.virtual_network_id",
        ]
        .map(String::from)
        .into()
    );
    let e = client
        .list_traffic_mirror_sessions()
        .limit(2001)
        .priority(0)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["limit", "priority[0]"].map(String::from).into()
    );
    assert_eq!(server.received(), 0);
}

#[tokio::test]
async fn with_validation_off_the_request_is_sent() {
    let server = Server::start(|_| ok_server_reply()).await;
    let client = server.builder().validate_requests(false).build().unwrap();
    client
        .update_traffic_mirror_session("s-1", bad_update())
        .send()
        .await
        .expect("sent as is");
    assert_eq!(server.hits(), 1);
    let body = server.last().json();
    assert_eq!(body["traffic_mirror_session"]["priority"], 0);
    assert_eq!(
        body["traffic_mirror_session"]["name"]
            .as_str()
            .unwrap()
            .len(),
        65
    );
}
