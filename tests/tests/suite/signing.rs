//! Signatures checked by the local server's independent verifier (see
//! `support.rs`), which is itself checked against the published vectors.

use huaweicloud_vpc_v3::Credentials;
use serde_json::json;

use crate::support::{self, AK, PROJECT, Reply, Server};

#[test]
fn independent_verifier_reproduces_published_vector_with_headers() {
    let headers = vec![
        ("content-type".to_owned(), "application/json".to_owned()),
        ("host".to_owned(), "service.region.example.com".to_owned()),
        ("x-sdk-date".to_owned(), "20191115T033655Z".to_owned()),
    ];
    let canonical = support::canonical_request(
        "GET",
        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
        &headers,
        &support::sha256_hex(b""),
    );
    assert_eq!(
        support::sha256_hex(canonical.as_bytes()),
        "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
    );
    assert_eq!(
        support::signature(
            "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
            "20191115T033655Z",
            &canonical
        ),
        "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    );
}

#[test]
fn independent_verifier_reproduces_published_vector_date_only() {
    let headers = vec![("x-sdk-date".to_owned(), "20060102T150405Z".to_owned())];
    let canonical = support::canonical_request(
        "GET",
        "/path",
        "limit=1",
        &headers,
        &support::sha256_hex(b""),
    );
    assert_eq!(
        support::signature("SecretKey", "20060102T150405Z", &canonical),
        "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"
    );
}

#[test]
fn independent_query_canonicalization_matches_published_vector() {
    let pairs: Vec<(String, String)> = [
        ("limit", "1"),
        ("enable", "true"),
        ("test", "一 (&=?!#%.*)"),
        ("path", "/tmp/123"),
        ("multi", "1"),
        ("multi", "2"),
        ("multi", "3"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(
        support::canonical_query(&pairs),
        "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"
    );
}

fn list_page() -> Reply {
    Reply::json(200, json!({"traffic_mirror_sessions": [], "page_info": {"current_count": 0}, "request_id": "r-1"}))
        .request_id("r-1")
}

#[tokio::test]
async fn temporary_credentials_repeated_and_non_ascii_query_verify() {
    let server = Server::start(|_| list_page()).await;
    let client = server
        .builder()
        .credentials(
            Credentials::new(AK, support::SK)
                .with_project_id(PROJECT)
                .with_security_token("tok/+=en-123"),
        )
        .build()
        .unwrap();
    // Values chosen so that raw and percent-encoded sort orders differ
    // ("é" > "~x" raw, "%C3%A9" < "~x" encoded), plus reserved characters.
    let page = client
        .list_traffic_mirror_sessions()
        .name("~x")
        .name("é")
        .name("a b&c=d")
        .name("网络")
        .id("b")
        .id("a")
        .description("100% <ok>?")
        .enabled(false)
        .limit(10)
        .send()
        .await
        .expect("the server accepts the signature");
    assert_eq!(page.request_id.as_deref(), Some("r-1"));
    assert_eq!(server.rejected(), 0);
    let seen = server.last();
    assert_eq!(seen.header("x-security-token"), Some("tok/+=en-123"));
    assert!(
        seen.header("authorization")
            .unwrap()
            .contains("x-security-token"),
        "the token is signed"
    );
    assert_eq!(seen.header("x-project-id"), Some(PROJECT));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    // On the wire in canonical order: sorted by raw value, like the signer.
    assert_eq!(seen.query_values("name"), ["a b&c=d", "~x", "é", "网络"]);
    assert_eq!(
        seen.query_values("id"),
        ["a", "b"],
        "repeated keys, sorted by value"
    );
    assert_eq!(seen.query_values("enabled"), ["false"]);
    assert_eq!(seen.query_values("description"), ["100% <ok>?"]);
    // The wire query is already canonical: spaces as %20, never `+`.
    assert_eq!(seen.raw_query, support::canonical_query(&seen.query()));
    assert!(!seen.raw_query.contains('+'));
    assert!(seen.raw_query.contains("a%20b%26c%3Dd"));
}

#[tokio::test]
async fn path_parameters_are_encoded_and_signed() {
    let server = Server::start(|_| {
        Reply::json(
            200,
            json!({"traffic_mirror_session": {"id": "a b/c?d"}, "request_id": "r-2"}),
        )
    })
    .await;
    let shown = server
        .client()
        .show_traffic_mirror_session("a b/c?d")
        .send()
        .await
        .expect("verified");
    assert_eq!(
        shown.body.traffic_mirror_session.unwrap().id.as_deref(),
        Some("a b/c?d")
    );
    assert_eq!(
        server.last().path,
        format!("/v3/{PROJECT}/vpc/traffic-mirror-sessions/a%20b%2Fc%3Fd")
    );
}

#[tokio::test]
async fn bodies_are_signed() {
    let server = Server::start(|_| Reply::json(200, json!({"request_id": "r-3"}))).await;
    let body = serde_json::from_value(
        json!({"traffic_mirror_session": {"name": "n", "description": "é 一"}}),
    )
    .unwrap();
    server
        .client()
        .update_traffic_mirror_session("s-1", body)
        .send()
        .await
        .expect("verified");
    assert_eq!(server.hits(), 1);
    assert_eq!(
        server.last().json()["traffic_mirror_session"]["description"],
        "é 一"
    );
}

#[tokio::test]
async fn a_bad_signature_is_rejected_with_apigw_0301() {
    let server = Server::start(|_| list_page()).await;
    let client = server
        .builder()
        .credentials(Credentials::new(AK, "not-the-secret-key").with_project_id(PROJECT))
        .build()
        .unwrap();
    let e = support::service_error(client.list_traffic_mirror_sessions().send().await);
    assert_eq!(e.status, 401);
    assert_eq!(e.error_code.as_deref(), Some("APIGW.0301"));
    assert_eq!(e.request_id.as_deref(), Some("apigw-rejected-0301"));
    assert!(e.is_client_error());
    assert_eq!(
        (server.received(), server.rejected(), server.hits()),
        (1, 1, 0),
        "401 is final: no retry"
    );
}
