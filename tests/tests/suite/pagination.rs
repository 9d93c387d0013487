//! `.into_stream()` follows `page_info.next_marker` to the last page.

use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;

use crate::support::{Reply, Seen, Server};

const IDS: [&str; 7] = ["s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7"];

/// Pages of IDS by `limit` after `marker`; refuses a wrong `limit`.
fn pages(seen: &Seen) -> Reply {
    let limit = seen.query_values("limit");
    if limit != ["3"] {
        return Reply::json(
            400,
            json!({"error_code": "VPC.0001", "error_msg": format!("limit {limit:?}")}),
        );
    }
    let markers = seen.query_values("marker");
    let start = match markers.as_slice() {
        [] => 0,
        [m] => match IDS.iter().position(|id| id == m) {
            Some(i) => i + 1,
            None => {
                return Reply::json(
                    400,
                    json!({"error_code": "VPC.0001", "error_msg": "bad marker"}),
                );
            }
        },
        _ => {
            return Reply::json(
                400,
                json!({"error_code": "VPC.0001", "error_msg": "marker repeated"}),
            );
        }
    };
    let page: Vec<&str> = IDS.iter().copied().skip(start).take(3).collect();
    let mut page_info = json!({"previous_marker": page.first(), "current_count": page.len()});
    if start + page.len() < IDS.len() {
        page_info["next_marker"] = json!(page.last());
    }
    let sessions: Vec<_> = page
        .iter()
        .map(|id| json!({"id": id, "name": format!("name-{id}"), "enabled": true}))
        .collect();
    Reply::json(
        200,
        json!({"traffic_mirror_sessions": sessions, "page_info": page_info, "request_id": "r"}),
    )
}

#[tokio::test]
async fn stream_follows_next_marker_to_the_end() {
    let server = Server::start(pages).await;
    let all: Vec<_> = server
        .client()
        .list_traffic_mirror_sessions()
        .limit(3)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = all.iter().map(|s| s.id.clone().unwrap()).collect();
    assert_eq!(ids, IDS);
    let markers: Vec<Vec<String>> = server
        .requests()
        .iter()
        .map(|r| r.query_values("marker"))
        .collect();
    assert_eq!(
        markers,
        [vec![], vec!["s-3".to_owned()], vec!["s-6".to_owned()]]
    );
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.query_values("limit") == ["3"])
    );
}

#[tokio::test]
async fn stream_is_lazy() {
    let server = Server::start(pages).await;
    let first_two: Vec<_> = server
        .client()
        .list_traffic_mirror_sessions()
        .limit(3)
        .into_stream()
        .take(2)
        .collect()
        .await;
    assert_eq!(first_two.len(), 2);
    assert_eq!(server.hits(), 1, "the second page is never requested");
}

#[tokio::test]
async fn stream_keeps_filters_on_every_page() {
    let server = Server::start(pages).await;
    let stream = server
        .client()
        .list_traffic_mirror_sessions()
        .limit(3)
        .name("x")
        .enabled(true)
        .into_stream();
    assert_eq!(stream.try_collect::<Vec<_>>().await.unwrap().len(), 7);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.query_values("name") == ["x"] && r.query_values("enabled") == ["true"])
    );
}

#[tokio::test]
async fn stream_stops_on_a_repeated_marker() {
    let server = Server::start(|_| {
        Reply::json(200, json!({"traffic_mirror_sessions": [{"id": "s-1"}], "page_info": {"next_marker": "s-1"}}))
    })
    .await;
    let items: Vec<_> = server
        .client()
        .list_traffic_mirror_sessions()
        .into_stream()
        .collect()
        .await;
    assert!(items.len() <= 3, "{items:?}");
    assert!(
        matches!(
            items.last(),
            Some(Err(huaweicloud_vpc_v3::Error::Pagination(_)))
        ),
        "{items:?}"
    );
}
