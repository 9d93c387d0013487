//! A whole workflow against an in-memory fake of the API: filters, rules,
//! sessions, sources, filtered paginated listing, and clean-up.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use futures_util::TryStreamExt;
use huaweicloud_vpc_v3::{Client, models};
use serde_json::{Value, json};

use crate::support::{PROJECT, Reply, Seen, Server};

#[derive(Default)]
struct State {
    next_id: u32,
    filters: BTreeMap<String, Value>,
    rules: BTreeMap<String, Value>,
    /// In creation order (ids sort in creation order too).
    sessions: BTreeMap<String, Value>,
    requests: u32,
}

impl State {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}-{:04}", self.next_id)
    }
}

fn error(status: u16, code: &str, msg: &str) -> Reply {
    Reply::json(
        status,
        json!({"error_code": code, "error_msg": msg, "request_id": "fake-err"}),
    )
    .request_id("fake-err")
}

fn ok(status: u16, mut body: Value, rid: String) -> Reply {
    body["request_id"] = json!(rid);
    Reply::json(status, body).request_id(&rid)
}

fn filter_view(state: &State, id: &str) -> Value {
    let mut f = state.filters[id].clone();
    let rules = |dir: &str| -> Vec<Value> {
        state
            .rules
            .values()
            .filter(|r| r["traffic_mirror_filter_id"] == id && r["direction"] == dir)
            .cloned()
            .collect()
    };
    f["ingress_rules"] = json!(rules("ingress"));
    f["egress_rules"] = json!(rules("egress"));
    f
}

fn fake(state: &Arc<Mutex<State>>, seen: &Seen) -> Reply {
    let mut st = state.lock().unwrap();
    st.requests += 1;
    let rid = format!("fake-{}", st.requests);
    let segments = seen.api_segments();
    let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
    let now = "2024-01-01T00:00:00.000+00:00";
    match (seen.method.as_str(), segs.as_slice()) {
        ("POST", ["traffic-mirror-filters"]) => {
            let id = st.id("filter");
            let mut f = seen.json()["traffic_mirror_filter"].clone();
            f["id"] = json!(id);
            f["project_id"] = json!(PROJECT);
            f["created_at"] = json!(now);
            st.filters.insert(id.clone(), f);
            ok(
                201,
                json!({"traffic_mirror_filter": filter_view(&st, &id)}),
                rid,
            )
        }
        ("GET", ["traffic-mirror-filters", id]) => match st.filters.contains_key(*id) {
            true => ok(
                200,
                json!({"traffic_mirror_filter": filter_view(&st, id)}),
                rid,
            ),
            false => error(404, "VPC.0002", "filter not found"),
        },
        ("DELETE", ["traffic-mirror-filters", id]) => {
            if st
                .sessions
                .values()
                .any(|s| s["traffic_mirror_filter_id"] == *id)
            {
                return error(409, "VPC.1001", "filter in use by a session");
            }
            if st
                .rules
                .values()
                .any(|r| r["traffic_mirror_filter_id"] == *id)
            {
                return error(409, "VPC.1002", "filter still has rules");
            }
            match st.filters.remove(*id) {
                Some(_) => Reply::empty(204).request_id(&rid),
                None => error(404, "VPC.0002", "filter not found"),
            }
        }
        ("POST", ["traffic-mirror-filter-rules"]) => {
            let mut r = seen.json()["traffic_mirror_filter_rule"].clone();
            let Some(filter) = r["traffic_mirror_filter_id"].as_str() else {
                return error(400, "VPC.0001", "no filter");
            };
            if !st.filters.contains_key(filter) {
                return error(404, "VPC.0002", "filter not found");
            }
            let id = st.id("rule");
            r["id"] = json!(id);
            r["project_id"] = json!(PROJECT);
            st.rules.insert(id, r.clone());
            ok(201, json!({"traffic_mirror_filter_rule": r}), rid)
        }
        ("GET", ["traffic-mirror-filter-rules"]) => {
            let wanted = seen.query_values("traffic_mirror_filter_id");
            let rules: Vec<Value> = st
                .rules
                .values()
                .filter(|r| {
                    wanted.is_empty()
                        || wanted
                            .iter()
                            .any(|w| r["traffic_mirror_filter_id"] == w.as_str())
                })
                .cloned()
                .collect();
            ok(
                200,
                json!({"traffic_mirror_filter_rules": rules, "page_info": {"current_count": rules.len()}}),
                rid,
            )
        }
        ("DELETE", ["traffic-mirror-filter-rules", id]) => match st.rules.remove(*id) {
            Some(_) => Reply::empty(204).request_id(&rid),
            None => error(404, "VPC.0002", "rule not found"),
        },
        ("POST", ["traffic-mirror-sessions"]) => {
            let mut s = seen.json()["traffic_mirror_session"].clone();
            if !s["traffic_mirror_filter_id"]
                .as_str()
                .is_some_and(|f| st.filters.contains_key(f))
            {
                return error(404, "VPC.0002", "filter not found");
            }
            let id = st.id("session");
            s["id"] = json!(id);
            s["project_id"] = json!(PROJECT);
            s["enabled"] = json!(s["enabled"] != "false");
            st.sessions.insert(id, s.clone());
            ok(201, json!({"traffic_mirror_session": s}), rid)
        }
        (
            "PUT",
            [
                "traffic-mirror-sessions",
                id,
                action @ ("add-sources" | "remove-sources"),
            ],
        ) => {
            let given: Vec<Value> = seen.json()["traffic_mirror_session"]["traffic_mirror_sources"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let Some(s) = st.sessions.get_mut(*id) else {
                return error(404, "VPC.0002", "session not found");
            };
            let sources = s["traffic_mirror_sources"].as_array_mut().expect("sources");
            if *action == "add-sources" {
                for g in given {
                    if !sources.contains(&g) {
                        sources.push(g);
                    }
                }
            } else {
                sources.retain(|v| !given.contains(v));
            }
            let s = s.clone();
            ok(200, json!({"traffic_mirror_session": s}), rid)
        }
        ("GET", ["traffic-mirror-sessions"]) => {
            let filters = seen.query_values("traffic_mirror_filter_id");
            let names = seen.query_values("name");
            let limit: usize = match seen.query_values("limit").first().map(|l| l.parse()) {
                None => 2000,
                Some(Ok(l)) => l,
                Some(Err(_)) => return error(400, "VPC.0001", "bad limit"),
            };
            let matching: Vec<&Value> = st
                .sessions
                .values()
                .filter(|s| {
                    filters.is_empty()
                        || filters
                            .iter()
                            .any(|f| s["traffic_mirror_filter_id"] == f.as_str())
                })
                .filter(|s| names.is_empty() || names.iter().any(|n| s["name"] == n.as_str()))
                .collect();
            let start = match seen.query_values("marker").first() {
                None => 0,
                Some(m) => match matching.iter().position(|s| s["id"] == m.as_str()) {
                    Some(i) => i + 1,
                    None => return error(400, "VPC.0001", "unknown marker"),
                },
            };
            let page: Vec<Value> = matching
                .iter()
                .skip(start)
                .take(limit)
                .map(|v| (*v).clone())
                .collect();
            let mut page_info = json!({"current_count": page.len()});
            if let Some(first) = page.first() {
                page_info["previous_marker"] = first["id"].clone();
            }
            if start + page.len() < matching.len() {
                page_info["next_marker"] =
                    page.last().map(|s| s["id"].clone()).unwrap_or(Value::Null);
            }
            ok(
                200,
                json!({"traffic_mirror_sessions": page, "page_info": page_info}),
                rid,
            )
        }
        ("DELETE", ["traffic-mirror-sessions", id]) => match st.sessions.remove(*id) {
            Some(_) => Reply::empty(204).request_id(&rid),
            None => error(404, "VPC.0002", "session not found"),
        },
        _ => error(404, "APIGW.0101", "no such API"),
    }
}

async fn create_session(
    client: &Client,
    name: &str,
    filter: &str,
    sources: &[&str],
) -> models::TrafficMirrorSession {
    let body = models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name(name)
            .priority(10)
            .traffic_mirror_filter_id(filter)
            .set_traffic_mirror_sources(Some(sources.iter().map(|s| s.to_string()).collect()))
            .traffic_mirror_target_id("eni-target")
            .traffic_mirror_target_type(models::TrafficMirrorTargetType::Eni)
            .build()
            .unwrap(),
    };
    let out = client
        .create_traffic_mirror_session(body)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status, 201);
    out.body.traffic_mirror_session.unwrap()
}

async fn create_filter(client: &Client, name: &str) -> String {
    let body = models::CreateTrafficMirrorFilterRequestBody {
        traffic_mirror_filter: models::CreateTrafficMirrorFilterOption::builder()
            .name(name)
            .build()
            .unwrap(),
    };
    client
        .create_traffic_mirror_filter(body)
        .send()
        .await
        .unwrap()
        .body
        .traffic_mirror_filter
        .unwrap()
        .id
        .unwrap()
}

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn full_workflow_against_an_in_memory_fake() {
    let state = Arc::new(Mutex::new(State::default()));
    let server = Server::start({
        let state = state.clone();
        move |seen| fake(&state, seen)
    })
    .await;
    let client = server.client();

    // A filter with two rules, and a second filter for contrast.
    let web = create_filter(&client, "web-filter").await;
    let other = create_filter(&client, "other-filter").await;
    for (direction, protocol, priority) in [
        (
            models::TrafficMirrorFilterRuleDirection::Ingress,
            models::TrafficMirrorFilterRuleProtocol::Tcp,
            1,
        ),
        (
            models::TrafficMirrorFilterRuleDirection::Egress,
            models::TrafficMirrorFilterRuleProtocol::All,
            2,
        ),
    ] {
        let body = models::CreateTrafficMirrorFilterRuleRequestBody {
            traffic_mirror_filter_rule: models::CreateTrafficMirrorFilterRuleOption::builder()
                .traffic_mirror_filter_id(&web)
                .direction(direction)
                .protocol(protocol)
                .ethertype(models::TrafficMirrorFilterRuleEthertype::IPv4)
                .action(models::TrafficMirrorFilterRuleAction::Accept)
                .priority(priority)
                .build()
                .unwrap(),
        };
        client
            .create_traffic_mirror_filter_rule(body)
            .send()
            .await
            .unwrap();
    }
    let shown = client
        .show_traffic_mirror_filter(&web)
        .send()
        .await
        .unwrap()
        .body
        .traffic_mirror_filter
        .unwrap();
    assert_eq!(shown.ingress_rules.map(|r| r.len()), Some(1));
    assert_eq!(
        shown.egress_rules.unwrap()[0].protocol,
        Some(models::TrafficMirrorFilterRuleProtocol::All)
    );

    // The session under test, plus four more on the same filter and two on the other.
    let main = create_session(&client, "main", &web, &["eni-1"]).await;
    let main_id = main.id.clone().unwrap();
    assert_eq!(main.enabled, Some(true));
    for i in 0..4 {
        create_session(&client, &format!("web-{i}"), &web, &["eni-x"]).await;
    }
    for i in 0..2 {
        create_session(&client, &format!("other-{i}"), &other, &["eni-y"]).await;
    }

    let added = client
        .add_sources_to_traffic_mirror_session(
            &main_id,
            models::AddSourcesToTrafficMirrorSessionRequestBody {
                traffic_mirror_session: models::AddTrafficMirrorSourcesOption {
                    traffic_mirror_sources: ids(&["eni-2", "eni-3"]),
                },
            },
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        added
            .body
            .traffic_mirror_session
            .unwrap()
            .traffic_mirror_sources
            .unwrap(),
        ["eni-1", "eni-2", "eni-3"]
    );

    // Filtered listing over three pages of two.
    let before = server.hits();
    let listed: Vec<models::TrafficMirrorSession> = client
        .list_traffic_mirror_sessions()
        .traffic_mirror_filter_id(&web)
        .limit(2)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let names: Vec<_> = listed.iter().map(|s| s.name.clone().unwrap()).collect();
    assert_eq!(names, ["main", "web-0", "web-1", "web-2", "web-3"]);
    assert_eq!(
        listed[0]
            .traffic_mirror_sources
            .as_deref()
            .map(<[String]>::len),
        Some(3)
    );
    let pages = &server.requests()[before..];
    assert_eq!(pages.len(), 3);
    assert!(
        pages
            .iter()
            .all(|p| p.query_values("traffic_mirror_filter_id") == [web.clone()])
    );
    assert_eq!(
        pages[1].query_values("marker"),
        [listed[1].id.clone().unwrap()]
    );
    assert_eq!(
        pages[2].query_values("marker"),
        [listed[3].id.clone().unwrap()]
    );

    let removed = client
        .remove_sources_from_traffic_mirror_session(
            &main_id,
            models::RemoveSourcesFromTrafficMirrorSessionRequestBody {
                traffic_mirror_session: models::TrafficMirrorSourcesOption {
                    traffic_mirror_sources: ids(&["eni-1", "eni-3"]),
                },
            },
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        removed
            .body
            .traffic_mirror_session
            .unwrap()
            .traffic_mirror_sources
            .unwrap(),
        ["eni-2"]
    );

    // A filter in use cannot go first: the fake answers 409, mapped to Error::Service.
    let e = crate::support::service_error(client.delete_traffic_mirror_filter(&web).send().await);
    assert_eq!((e.status, e.error_code.as_deref()), (409, Some("VPC.1001")));

    // Delete everything: sessions (all pages), rules, filters.
    let all: Vec<_> = client
        .list_traffic_mirror_sessions()
        .limit(3)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 7);
    for s in &all {
        client
            .delete_traffic_mirror_session(s.id.as_deref().unwrap())
            .send()
            .await
            .unwrap();
    }
    let rules = client
        .list_traffic_mirror_filter_rules()
        .traffic_mirror_filter_id(&web)
        .send()
        .await
        .unwrap();
    for r in rules.body.traffic_mirror_filter_rules.unwrap() {
        client
            .delete_traffic_mirror_filter_rule(r.id.unwrap())
            .send()
            .await
            .unwrap();
    }
    for f in [&web, &other] {
        assert_eq!(
            client
                .delete_traffic_mirror_filter(f)
                .send()
                .await
                .unwrap()
                .status,
            204
        );
    }
    let left: Vec<_> = client
        .list_traffic_mirror_sessions()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty());
    let st = state.lock().unwrap();
    assert!(st.filters.is_empty() && st.rules.is_empty() && st.sessions.is_empty());
    assert_eq!(server.rejected(), 0);
}
