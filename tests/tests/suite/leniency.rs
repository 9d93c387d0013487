//! One mistyped field never costs the whole response: a value of the wrong
//! shape reads as absent, a warning on the response names its path, and
//! everything else is delivered. What cannot be saved (a body that is
//! empty, not JSON, or of the wrong shape as a whole) stays an error.

use huaweicloud_vpc_v3::Error;
use serde_json::json;

use crate::support::{Reply, Server};

/// A listing as the service sends it, with the mistakes servers make: an
/// object where the spec says an integer, a list where it says text, text
/// where it says a list, a number where it says an enum, a list where it
/// says a timestamp.
fn listing_with_mistakes() -> serde_json::Value {
    json!({
        "traffic_mirror_sessions": [
            {
                "id": "s-0",
                "name": {"zh-cn": "镜像", "en-us": "mirror"},
                "priority": 1,
                "traffic_mirror_sources": ["eni-1", "eni-2"],
                "created_at": "2024-01-02T03:04:05Z"
            },
            {
                "id": "s-1",
                "name": "second",
                "priority": "2",
                "traffic_mirror_sources": "eni-3",
                "type": 7
            },
            {
                "id": "s-2",
                "name": "third",
                "priority": {"value": 3},
                "virtual_network_id": [1, 2],
                "enabled": true,
                "created_at": ["2024-01-02T03:04:05Z"]
            }
        ],
        "page_info": {"current_count": 3, "previous_marker": "s-0"},
        "request_id": "body-id"
    })
}

#[tokio::test]
async fn a_mistyped_field_reads_as_absent_and_the_rest_is_delivered() {
    let (_server, client) = Server::answering(Reply::json(200, listing_with_mistakes())).await;
    let response = client
        .list_traffic_mirror_sessions()
        .send()
        .await
        .expect("the listing is delivered");

    let sessions = response
        .traffic_mirror_sessions
        .as_deref()
        .expect("the sessions");
    let ids: Vec<_> = sessions.iter().map(|s| s.id.as_deref()).collect();
    assert_eq!(ids, [Some("s-0"), Some("s-1"), Some("s-2")]);
    // The mistyped fields are absent...
    assert_eq!(sessions[0].name, None);
    assert_eq!(sessions[1].traffic_mirror_sources, None);
    assert_eq!(sessions[1].type_, None);
    assert_eq!(sessions[2].priority, None);
    assert_eq!(sessions[2].virtual_network_id, None);
    assert_eq!(sessions[2].created_at, None);
    // ...and their neighbours are not.
    assert_eq!(sessions[0].priority, Some(1));
    assert_eq!(
        sessions[0].traffic_mirror_sources.as_deref(),
        Some(&["eni-1".to_owned(), "eni-2".to_owned()][..])
    );
    assert!(sessions[0].created_at.is_some());
    assert_eq!(sessions[1].name.as_deref(), Some("second"));
    assert_eq!(sessions[1].priority, Some(2), "a numeric string is read");
    assert_eq!(sessions[2].enabled, Some(true));
    assert_eq!(
        response.page_info.as_ref().and_then(|p| p.current_count),
        Some(3)
    );
    assert_eq!(response.request_id.as_deref(), Some("body-id"));

    let mut paths: Vec<&str> = response
        .warnings()
        .iter()
        .map(|w| w.path.as_str())
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "traffic_mirror_sessions[0].name",
            "traffic_mirror_sessions[1].traffic_mirror_sources",
            "traffic_mirror_sessions[1].type",
            "traffic_mirror_sessions[2].created_at",
            "traffic_mirror_sessions[2].priority",
            "traffic_mirror_sessions[2].virtual_network_id",
        ]
    );
    for warning in response.warnings() {
        assert!(!warning.message.is_empty(), "{warning:?}");
        assert!(warning.to_string().contains(&warning.path), "{warning}");
    }
}

#[tokio::test]
async fn a_well_formed_response_has_no_warning() {
    let (_server, client) = Server::answering(Reply::json(
        200,
        json!({"traffic_mirror_sessions": [{"id": "s-0", "priority": 1}]}),
    ))
    .await;
    let response = client
        .list_traffic_mirror_sessions()
        .send()
        .await
        .expect("listed");
    assert!(response.warnings().is_empty(), "{:?}", response.warnings());
}

#[tokio::test]
async fn what_cannot_be_saved_stays_an_error() {
    let bodies: [(&str, &[u8]); 4] = [
        ("empty", b""),
        ("not JSON", b"<html><body>502 Bad Gateway</body></html>"),
        ("cut short", br#"{"traffic_mirror_sessions": [{"id": "s-0""#),
        ("a list for an object", br#"[{"id": "s-0"}]"#),
    ];
    for (what, body) in bodies {
        let (_server, client) =
            Server::answering(Reply::raw(200, "application/json", body.to_vec())).await;
        let error = client
            .list_traffic_mirror_sessions()
            .send()
            .await
            .expect_err(what);
        assert!(
            matches!(error, Error::UnreadableResponse(_)),
            "{what}: {error:?}"
        );
        assert_eq!(error.status(), Some(200), "{what}");
    }
}
