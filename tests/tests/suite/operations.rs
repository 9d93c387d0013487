//! Every one of the 17 operations, round-tripped through the local server:
//! the method, path, query and body the server saw, and the parsed answer.

use huaweicloud_vpc_v3::{Client, models};
use serde_json::{Value, json};

use crate::support::{PROJECT, Reply, Seen, Server};

fn session(id: &str) -> Value {
    json!({
        "id": id, "project_id": PROJECT, "name": "test-session", "description": "",
        "traffic_mirror_filter_id": "f-1", "traffic_mirror_sources": ["eni-1"],
        "traffic_mirror_target_id": "eni-9", "traffic_mirror_target_type": "eni",
        "virtual_network_id": 1, "packet_length": 96, "priority": 9, "enabled": true, "type": "eni",
        "created_at": "2023-03-14T08:44:12.000+00:00", "updated_at": "2023-03-14T08:44:12.000+00:00"
    })
}

fn rule(id: &str) -> Value {
    json!({
        "id": id, "project_id": PROJECT, "traffic_mirror_filter_id": "f-1", "description": "",
        "direction": "ingress", "source_cidr_block": "0.0.0.0/0", "destination_cidr_block": null,
        "source_port_range": "1-65535", "destination_port_range": null, "ethertype": "IPv4",
        "protocol": "TCP", "action": "accept", "priority": 1,
        "created_at": "2023-03-14T08:44:12.000+00:00", "updated_at": "2023-03-14T08:44:12Z"
    })
}

fn filter(id: &str) -> Value {
    json!({
        "id": id, "project_id": PROJECT, "name": "test-filter", "description": "",
        "ingress_rules": [rule("r-1")], "egress_rules": [], "type": "eni",
        "created_at": "2023-03-14T08:44:12.000+00:00", "updated_at": "2023-03-14T08:44:12.000+00:00"
    })
}

/// A plausible answer per operation, keyed on what the server saw.
fn answer(seen: &Seen) -> Reply {
    let segments = seen.api_segments();
    let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
    let rid = "req-ops";
    let body = match (seen.method.as_str(), segs.as_slice()) {
        ("DELETE", _) => return Reply::empty(204).request_id(rid),
        ("GET", ["traffic-mirror-sessions"]) => json!({
            "traffic_mirror_sessions": [session("s-1"), session("s-2")],
            "page_info": {"previous_marker": "s-1", "current_count": 2}, "request_id": rid}),
        ("GET", ["traffic-mirror-filters"]) => json!({
            "traffic_mirror_filters": [filter("f-1")],
            "page_info": {"previous_marker": "f-1", "current_count": 1}, "request_id": rid}),
        ("GET", ["traffic-mirror-filter-rules"]) => json!({
            "traffic_mirror_filter_rules": [rule("r-1"), rule("r-2")],
            "page_info": {"previous_marker": "r-1", "current_count": 2}, "request_id": rid}),
        (_, ["traffic-mirror-sessions", rest @ ..]) => {
            json!({"traffic_mirror_session": session(rest.first().copied().unwrap_or("s-new")), "request_id": rid})
        }
        (_, ["traffic-mirror-filters", rest @ ..]) => {
            json!({"traffic_mirror_filter": filter(rest.first().copied().unwrap_or("f-new")), "request_id": rid})
        }
        (_, ["traffic-mirror-filter-rules", rest @ ..]) => {
            json!({"traffic_mirror_filter_rule": rule(rest.first().copied().unwrap_or("r-new")), "request_id": rid})
        }
        _ => {
            return Reply::json(
                404,
                json!({"error_code": "VPC.0404", "error_msg": "no such route"}),
            );
        }
    };
    let status = if seen.method == "POST" { 201 } else { 200 };
    Reply::json(status, body).request_id(rid)
}

#[track_caller]
fn saw(server: &Server, method: &str, path: &str, query: &[(&str, &str)], body: Value) {
    let seen = server.last();
    assert_eq!(seen.method, method);
    assert_eq!(seen.path, format!("/v3/{PROJECT}/vpc/{path}"));
    let want: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(seen.query(), want);
    assert_eq!(seen.json(), body);
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header("x-project-id"), Some(PROJECT));
}

async fn setup() -> (Server, Client) {
    let server = Server::start(answer).await;
    let client = server.client();
    (server, client)
}

#[tokio::test]
async fn traffic_mirror_sessions() {
    let (server, client) = setup().await;

    let create: models::CreateTrafficMirrorSessionRequestBody = serde_json::from_value(json!({
        "traffic_mirror_session": {"name": "test-session", "priority": 9, "traffic_mirror_filter_id": "f-1",
            "traffic_mirror_sources": ["eni-1"], "traffic_mirror_target_id": "eni-9",
            "traffic_mirror_target_type": "eni", "enabled": "true", "type": "eni"}
    }))
    .unwrap();
    let out = client
        .create_traffic_mirror_session(create)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (out.status, out.request_id.as_deref()),
        (201, Some("req-ops"))
    );
    let s = out.body.traffic_mirror_session.unwrap();
    assert_eq!(
        (s.id.as_deref(), s.enabled, s.priority),
        (Some("s-new"), Some(true), Some(9))
    );
    saw(
        &server,
        "POST",
        "traffic-mirror-sessions",
        &[],
        json!({
            "traffic_mirror_session": {"name": "test-session", "traffic_mirror_filter_id": "f-1",
                "traffic_mirror_sources": ["eni-1"], "traffic_mirror_target_id": "eni-9",
                "traffic_mirror_target_type": "eni", "priority": 9, "enabled": "true", "type": "eni"}
        }),
    );

    let out = client
        .list_traffic_mirror_sessions()
        .id("s-2")
        .id("s-1")
        .traffic_mirror_target_type("eni")
        .virtual_network_id(1)
        .enabled(true)
        .created_at("2023-03-14T08:44:12Z")
        .limit(2)
        .marker("s-0")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body.traffic_mirror_sessions.as_ref().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        out.body
            .page_info
            .as_ref()
            .and_then(|p| p.next_marker.clone()),
        None
    );
    saw(
        &server,
        "GET",
        "traffic-mirror-sessions",
        &[
            ("created_at", "2023-03-14T08:44:12Z"),
            ("enabled", "true"),
            ("id", "s-1"),
            ("id", "s-2"),
            ("limit", "2"),
            ("marker", "s-0"),
            ("traffic_mirror_target_type", "eni"),
            ("virtual_network_id", "1"),
        ],
        Value::Null,
    );

    let out = client
        .show_traffic_mirror_session("s-1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body.traffic_mirror_session.unwrap().id.as_deref(),
        Some("s-1")
    );
    saw(
        &server,
        "GET",
        "traffic-mirror-sessions/s-1",
        &[],
        Value::Null,
    );

    let update = models::UpdateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::UpdateTrafficMirrorSessionOption {
            name: Some("renamed".into()),
            enabled: Some("false".into()),
            priority: Some(11),
            ..Default::default()
        },
    };
    let out = client
        .update_traffic_mirror_session("s-1", update)
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body
            .traffic_mirror_session
            .unwrap()
            .traffic_mirror_target_type,
        Some(models::TrafficMirrorTargetTypeOrEmpty::Eni)
    );
    saw(
        &server,
        "PUT",
        "traffic-mirror-sessions/s-1",
        &[],
        json!({"traffic_mirror_session": {"name": "renamed", "priority": 11, "enabled": "false"}}),
    );

    let ids = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let out = client
        .add_sources_to_traffic_mirror_session(
            "s-1",
            models::AddSourcesToTrafficMirrorSessionRequestBody {
                traffic_mirror_session: models::AddTrafficMirrorSourcesOption {
                    traffic_mirror_sources: ids(&["eni-2", "eni-3"]),
                },
            },
        )
        .send()
        .await
        .unwrap();
    assert!(out.body.traffic_mirror_session.is_some());
    saw(
        &server,
        "PUT",
        "traffic-mirror-sessions/s-1/add-sources",
        &[],
        json!({"traffic_mirror_session": {"traffic_mirror_sources": ["eni-2", "eni-3"]}}),
    );

    let out = client
        .remove_sources_from_traffic_mirror_session(
            "s-1",
            models::RemoveSourcesFromTrafficMirrorSessionRequestBody {
                traffic_mirror_session: models::TrafficMirrorSourcesOption {
                    traffic_mirror_sources: ids(&["eni-2"]),
                },
            },
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("req-ops"));
    saw(
        &server,
        "PUT",
        "traffic-mirror-sessions/s-1/remove-sources",
        &[],
        json!({"traffic_mirror_session": {"traffic_mirror_sources": ["eni-2"]}}),
    );

    let out = client
        .delete_traffic_mirror_session("s-1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (out.status, out.request_id.as_deref()),
        (204, Some("req-ops"))
    );
    saw(
        &server,
        "DELETE",
        "traffic-mirror-sessions/s-1",
        &[],
        Value::Null,
    );
    assert_eq!(server.hits(), 7);
}

#[tokio::test]
async fn traffic_mirror_filters() {
    let (server, client) = setup().await;

    let create = models::CreateTrafficMirrorFilterRequestBody {
        traffic_mirror_filter: models::CreateTrafficMirrorFilterOption::builder()
            .name("test-filter")
            .description("web")
            .build()
            .expect("the name is set"),
    };
    let out = client
        .create_traffic_mirror_filter(create)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status, 201);
    let f = out.body.traffic_mirror_filter.unwrap();
    assert_eq!(f.type_, Some(models::TrafficMirrorSourceType::Eni));
    assert_eq!(f.ingress_rules.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        f.ingress_rules.unwrap()[0].destination_port_range,
        None,
        "null parses as absent"
    );
    saw(
        &server,
        "POST",
        "traffic-mirror-filters",
        &[],
        json!({"traffic_mirror_filter": {"name": "test-filter", "description": "web"}}),
    );

    let out = client
        .list_traffic_mirror_filters()
        .name("a b")
        .name("test-filter")
        .updated_at("2023-03-14T08:44:12Z")
        .limit(1)
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body.traffic_mirror_filters.unwrap()[0].id.as_deref(),
        Some("f-1")
    );
    saw(
        &server,
        "GET",
        "traffic-mirror-filters",
        &[
            ("limit", "1"),
            ("name", "a b"),
            ("name", "test-filter"),
            ("updated_at", "2023-03-14T08:44:12Z"),
        ],
        Value::Null,
    );

    let out = client
        .show_traffic_mirror_filter("f-1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body.traffic_mirror_filter.unwrap().name.as_deref(),
        Some("test-filter")
    );
    saw(
        &server,
        "GET",
        "traffic-mirror-filters/f-1",
        &[],
        Value::Null,
    );

    let update = models::UpdateTrafficMirrorFilterRequestBody {
        traffic_mirror_filter: models::UpdateTrafficMirrorFilterOption {
            description: Some(String::new()),
            ..Default::default()
        },
    };
    client
        .update_traffic_mirror_filter("f-1", update)
        .send()
        .await
        .unwrap();
    saw(
        &server,
        "PUT",
        "traffic-mirror-filters/f-1",
        &[],
        json!({"traffic_mirror_filter": {"description": ""}}),
    );

    let out = client
        .delete_traffic_mirror_filter("f-1")
        .send()
        .await
        .unwrap();
    assert_eq!(out.status, 204);
    saw(
        &server,
        "DELETE",
        "traffic-mirror-filters/f-1",
        &[],
        Value::Null,
    );
    assert_eq!(server.hits(), 5);
}

#[tokio::test]
async fn traffic_mirror_filter_rules() {
    let (server, client) = setup().await;

    let create = models::CreateTrafficMirrorFilterRuleRequestBody {
        traffic_mirror_filter_rule: models::CreateTrafficMirrorFilterRuleOption::builder()
            .traffic_mirror_filter_id("f-1")
            .direction(models::TrafficMirrorFilterRuleDirection::Ingress)
            .protocol(models::TrafficMirrorFilterRuleProtocol::Tcp)
            .ethertype(models::TrafficMirrorFilterRuleEthertype::IPv4)
            .action(models::TrafficMirrorFilterRuleAction::Accept)
            .priority(1)
            .destination_port_range("80-200")
            .build()
            .unwrap(),
    };
    let out = client
        .create_traffic_mirror_filter_rule(create)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status, 201);
    let r = out.body.traffic_mirror_filter_rule.unwrap();
    assert_eq!((r.id.as_deref(), r.priority), (Some("r-new"), Some(1)));
    assert!(r.updated_at.unwrap().offset_date_time().is_some());
    saw(
        &server,
        "POST",
        "traffic-mirror-filter-rules",
        &[],
        json!({"traffic_mirror_filter_rule": {
        "traffic_mirror_filter_id": "f-1", "direction": "ingress", "destination_port_range": "80-200",
        "ethertype": "IPv4", "protocol": "TCP", "action": "accept", "priority": 1}}),
    );

    // Every filter of the rule list takes one value: setting one again replaces it.
    let out = client
        .list_traffic_mirror_filter_rules()
        .traffic_mirror_filter_id("f-0")
        .traffic_mirror_filter_id("f-1")
        .direction(models::TrafficMirrorFilterRuleDirection::Egress)
        .protocol(models::TrafficMirrorFilterRuleProtocol::All)
        .priority(2)
        .priority(1)
        .send()
        .await
        .unwrap();
    assert_eq!(out.body.traffic_mirror_filter_rules.unwrap().len(), 2);
    saw(
        &server,
        "GET",
        "traffic-mirror-filter-rules",
        &[
            ("direction", "egress"),
            ("priority", "1"),
            ("protocol", "ALL"),
            ("traffic_mirror_filter_id", "f-1"),
        ],
        Value::Null,
    );

    let out = client
        .show_traffic_mirror_filter_rule("r-1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.body.traffic_mirror_filter_rule.unwrap().action,
        Some(models::TrafficMirrorFilterRuleAction::Accept)
    );
    saw(
        &server,
        "GET",
        "traffic-mirror-filter-rules/r-1",
        &[],
        Value::Null,
    );

    let update = models::UpdateTrafficMirrorFilterRuleRequestBody {
        traffic_mirror_filter_rule: models::UpdateTrafficMirrorFilterRuleOption {
            action: Some(models::TrafficMirrorFilterRuleAction::Reject),
            priority: Some(65535),
            ..Default::default()
        },
    };
    client
        .update_traffic_mirror_filter_rule("r-1", update)
        .send()
        .await
        .unwrap();
    saw(
        &server,
        "PUT",
        "traffic-mirror-filter-rules/r-1",
        &[],
        json!({"traffic_mirror_filter_rule": {"action": "reject", "priority": 65535}}),
    );

    let out = client
        .delete_traffic_mirror_filter_rule("r-1")
        .send()
        .await
        .unwrap();
    assert_eq!(out.status, 204);
    saw(
        &server,
        "DELETE",
        "traffic-mirror-filter-rules/r-1",
        &[],
        Value::Null,
    );
    assert_eq!(server.hits(), 5);
}
