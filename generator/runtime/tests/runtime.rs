//! Integration tests of the client runtime: signing vectors, wire encoding
//! properties, error mapping, configuration, retries, validation, lenient
//! decoding, and the transport against a local scripted HTTP server.

#[path = "support/huawei_profile.rs"]
mod huawei_profile;
mod support;

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use client_runtime::config::{
    AuthScheme, ClientBuilder, RequestContext, SecretLocation, ServiceInfo, resolve_endpoint,
};
use client_runtime::error::{Error, TransportErrorKind};
use client_runtime::formats::Timestamp;
use client_runtime::http::{
    HeaderMap, Method, Request, Response, canonical_query, encode_path_segment,
};
use client_runtime::huawei::Credentials;
use client_runtime::huawei::signing::{self, SigningInput};
use client_runtime::lenient;
use client_runtime::operation::Operation;
use client_runtime::pagination::paginate;
use client_runtime::retry::{
    AttemptOutcome, RetryConfig, backoff_ceiling, jittered, parse_retry_after, retry_delay,
    should_retry,
};
use client_runtime::transport::{Authenticator, Transport, TransportSettings};
use client_runtime::validate::{Validate, Violations, join_path};
use futures_util::StreamExt;
use proptest::prelude::*;

const SK: &str = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
const AK: &str = "QTWAOYTTINDUT2QVKYUC";
const TOKEN: &str = "temporary-security-token-value";

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

// ---------------------------------------------------------------- signing

#[test]
fn signing_vector_one() {
    let query = pairs(&[
        ("limit", "2"),
        ("marker", "13551d6b-755d-4757-b956-536f674975c0"),
    ]);
    let headers = pairs(&[
        ("content-type", "application/json"),
        ("host", "service.region.example.com"),
        ("x-sdk-date", "20191115T033655Z"),
    ]);
    let input = SigningInput {
        method: "GET",
        path: "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        query: &query,
        headers: &headers,
        body: b"",
    };
    let canonical = signing::canonical_request(&input);
    assert_eq!(
        signing::sha256_hex(canonical.as_bytes()),
        "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
    );
    let time = time::macros::datetime!(2019-11-15 03:36:55 UTC);
    let sig = signing::sign(&input, AK, SK, time);
    assert_eq!(sig.sdk_date, "20191115T033655Z");
    assert_eq!(
        sig.signature,
        "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    );
    assert_eq!(sig.signed_headers, "content-type;host;x-sdk-date");
    assert_eq!(
        sig.authorization,
        format!(
            "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-sdk-date, Signature={}",
            sig.signature
        )
    );
    // The pure pieces compose to the same signature.
    let sts = signing::string_to_sign("20191115T033655Z", &canonical);
    assert_eq!(signing::hmac_hex(SK, &sts), sig.signature);
    // The signature must not be printed by Debug.
    assert!(!format!("{sig:?}").contains(&sig.signature));
}

#[test]
fn signing_vector_two() {
    let query = pairs(&[("limit", "1")]);
    let input = SigningInput {
        method: "GET",
        path: "/path",
        query: &query,
        headers: &[],
        body: b"",
    };
    let time = time::macros::datetime!(2006-01-02 15:04:05 UTC);
    let sig = signing::sign(&input, "AccessKey", "SecretKey", time);
    assert_eq!(sig.signed_headers, "x-sdk-date");
    assert_eq!(
        sig.signature,
        "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"
    );
}

#[test]
fn query_canonicalisation_vector() {
    let query = pairs(&[
        ("limit", "1"),
        ("enable", "true"),
        ("test", "一 (&=?!#%.*)"),
        ("path", "/tmp/123"),
        ("multi", "3"),
        ("multi", "1"),
        ("multi", "2"),
    ]);
    let expected = "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29";
    assert_eq!(canonical_query(&query), expected);
    let mut req = Request::new(Method::GET, "/x");
    for (k, v) in &query {
        req.push_query(k, v);
    }
    assert_eq!(req.query_string(), expected);
    let line = signing::canonical_request(&SigningInput {
        method: "GET",
        path: "/x",
        query: &query,
        headers: &pairs(&[("x-sdk-date", "20060102T150405Z")]),
        body: b"",
    });
    assert_eq!(line.lines().nth(2), Some(expected));
}

#[test]
fn canonical_uri_and_payload_details() {
    assert_eq!(signing::canonical_uri("/v3/p/vpc"), "/v3/p/vpc/");
    assert_eq!(signing::canonical_uri("/"), "/");
    assert_eq!(signing::canonical_uri("/a%2fb"), "/a%2Fb/");
    assert_eq!(signing::normalize_path("/a%2fb"), "/a%2Fb");
    assert_eq!(encode_path_segment("a b/c?d"), "a%20b%2Fc%3Fd");
    let headers = pairs(&[
        ("X-Sdk-Date", "20060102T150405Z"),
        ("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"),
    ]);
    let canonical = signing::canonical_request(&SigningInput {
        method: "post",
        path: "/upload",
        query: &[],
        headers: &headers,
        body: b"\x00\x01binary",
    });
    assert!(canonical.starts_with("POST\n/upload/\n\n"));
    assert!(canonical.ends_with("\nUNSIGNED-PAYLOAD"));
    assert!(canonical.contains("x-sdk-content-sha256:UNSIGNED-PAYLOAD\n"));
}

#[test]
fn sign_replaces_a_stale_date_header() {
    let headers = pairs(&[("X-Sdk-Date", "19990101T000000Z"), ("Host", "h")]);
    let input = SigningInput {
        method: "GET",
        path: "/",
        query: &[],
        headers: &headers,
        body: b"",
    };
    let sig = signing::sign(
        &input,
        "a",
        "b",
        time::macros::datetime!(2024-02-03 04:05:06 +08:00),
    );
    assert_eq!(sig.sdk_date, "20240202T200506Z");
    assert_eq!(sig.signed_headers, "host;x-sdk-date");
}

fn is_canonical_encoding(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                if i + 2 >= b.len() {
                    return false;
                }
                let hex = &s[i + 1..i + 3];
                if !hex
                    .chars()
                    .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c))
                {
                    return false;
                }
                i += 3;
            }
            c if c.is_ascii_alphanumeric() || b"-_.~".contains(&c) => i += 1,
            _ => return false,
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(128) })]

    #[test]
    fn path_segment_signs_as_sent(segment in any::<String>(), prefix in "[a-z0-9]{1,8}") {
        let encoded = encode_path_segment(&segment);
        prop_assert!(is_canonical_encoding(&encoded));
        let decoded = percent_encoding::percent_decode_str(&encoded)
            .decode_utf8()
            .ok()
            .map(|c| c.into_owned());
        prop_assert_eq!(decoded.as_deref(), Some(segment.as_str()));
        let path = format!("/v3/{prefix}/items/{encoded}");
        // What the transport puts on the wire is what is signed.
        prop_assert_eq!(signing::normalize_path(&path), path.clone());
        // An empty last segment already ends the path with `/`.
        let signed = if path.ends_with('/') { path.clone() } else { format!("{path}/") };
        prop_assert_eq!(signing::canonical_uri(&path), signed);
    }

    #[test]
    fn query_signs_as_sent(raw in proptest::collection::vec((any::<String>(), any::<String>()), 0..6)) {
        let mut req = Request::new(Method::GET, "/");
        for (k, v) in &raw {
            req.push_query(k, v);
        }
        let wire = req.query_string();
        let canonical = signing::canonical_request(&SigningInput {
            method: "GET",
            path: "/",
            query: &req.query,
            headers: &pairs(&[("x-sdk-date", "20060102T150405Z")]),
            body: b"",
        });
        prop_assert_eq!(canonical.lines().nth(2).unwrap_or(""), wire.as_str());
        // Every pair survives the wire: decode and compare as multisets.
        let mut decoded: Vec<(String, String)> = if wire.is_empty() { vec![] } else {
            wire.split('&').map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                let d = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
                (d(k), d(v))
            }).collect()
        };
        let mut expected = raw.clone();
        decoded.sort();
        expected.sort();
        prop_assert_eq!(decoded, expected);
        // Wire order is sorted, so order of insertion does not matter.
        let mut reversed = Request::new(Method::GET, "/");
        for (k, v) in raw.iter().rev() {
            reversed.push_query(k, v);
        }
        prop_assert_eq!(reversed.query_string(), wire);
    }

    #[test]
    fn jitter_stays_within_ceiling(attempt in 1u32..40, unit in -1.0f64..2.0) {
        let cfg = RetryConfig::default();
        let ceiling = backoff_ceiling(&cfg, attempt);
        prop_assert!(ceiling <= cfg.max_backoff);
        prop_assert!(jittered(ceiling, unit) <= ceiling);
        prop_assert!(retry_delay(&cfg, attempt, None) <= cfg.max_backoff);
    }

    #[test]
    fn lenient_int_accepts_numbers_and_strings(n in any::<i64>()) {
        #[derive(serde::Deserialize)]
        struct W {
            #[serde(default, deserialize_with = "lenient::option_int")]
            v: Option<i64>,
        }
        let a: W = serde_json::from_str(&format!("{{\"v\":{n}}}")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let b: W = serde_json::from_str(&format!("{{\"v\":\"{n}\"}}")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(a.v, Some(n));
        prop_assert_eq!(b.v, Some(n));
    }

    #[test]
    fn timestamp_keeps_any_string(s in any::<String>()) {
        let json = serde_json::to_string(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let t: Timestamp = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(t.as_str(), s.as_str());
        prop_assert_eq!(serde_json::to_string(&t).ok(), Some(json));
        let _ = t.offset_date_time();
    }

    #[test]
    fn snippet_is_bounded(body in any::<String>()) {
        let resp = response(500, &[], body.as_bytes());
        let snippet = resp.body_snippet();
        prop_assert!(snippet.len() <= 512);
        prop_assert!(body.starts_with(&snippet));
    }
}

// ---------------------------------------------------------------- http

fn response(status: u16, headers: &[(&'static str, &str)], body: &[u8]) -> Response {
    let mut map = HeaderMap::new();
    for (k, v) in headers {
        if let Ok(v) = v.parse() {
            map.insert(*k, v);
        }
    }
    Response {
        status,
        headers: map,
        body: bytes::Bytes::copy_from_slice(body),
    }
}

fn service_error(e: Error) -> client_runtime::error::ServiceError {
    match e {
        Error::Service(s) => s,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn error_bodies_of_all_three_shapes() {
    let vpc = service_error(
        response(
            400,
            &[],
            br#"{"request_id":"rid-1","error_msg":"bad name","error_code":"VPC.0002"}"#,
        )
        .into_error(),
    );
    assert_eq!(vpc.error_code.as_deref(), Some("VPC.0002"));
    assert_eq!(vpc.error_msg.as_deref(), Some("bad name"));
    assert_eq!(vpc.request_id.as_deref(), Some("rid-1"));
    assert!(vpc.is_client_error());

    let old = service_error(
        response(
            401,
            &[("x-request-id", "hdr-id")],
            br#"{"code":"APIGW.0301","message":"Incorrect IAM authentication information"}"#,
        )
        .into_error(),
    );
    assert_eq!(old.error_code.as_deref(), Some("APIGW.0301"));
    assert_eq!(old.request_id.as_deref(), Some("hdr-id"));

    let wrapped = service_error(
        response(
            503,
            &[],
            br#"{"error":{"code":"SYS.0001","message":"busy"}}"#,
        )
        .into_error(),
    );
    assert_eq!(wrapped.error_code.as_deref(), Some("SYS.0001"));
    assert_eq!(wrapped.error_msg.as_deref(), Some("busy"));
    assert!(wrapped.is_server_error());

    let empty = response(502, &[("x-request-id", "r9")], b"").into_error();
    assert_eq!(empty.status(), Some(502));
    assert_eq!(empty.request_id(), Some("r9"));
    assert!(empty.is_retryable());
    let html = service_error(response(404, &[], b"<html>nope</html>").into_error());
    assert_eq!(html.error_code, None);
    assert_eq!(html.body, "<html>nope</html>");
    assert!(
        Error::Service(html)
            .to_string()
            .contains("client error (HTTP 404)")
    );
}

#[test]
fn request_id_prefers_header_then_body() {
    let r = response(200, &[("x-request-id", "h")], br#"{"request_id":"b"}"#);
    assert_eq!(r.request_id().as_deref(), Some("h"));
    let r = response(200, &[], br#"{"request_id":"b"}"#);
    assert_eq!(r.request_id().as_deref(), Some("b"));
    let r = response(200, &[], b"[]");
    assert_eq!(r.request_id(), None);
}

#[test]
fn unreadable_json_reports_context_with_bounded_snippet() {
    let mut body = "é".repeat(400).into_bytes(); // 800 bytes of 2-byte chars
    body.extend_from_slice(b"garbage");
    let r = response(200, &[("x-request-id", "r1")], &body);
    let err = r.json::<BTreeMap<String, i32>>().err();
    match err {
        Some(Error::UnreadableResponse(u)) => {
            assert_eq!(u.status, 200);
            assert_eq!(u.request_id.as_deref(), Some("r1"));
            assert!(u.body.len() <= 512 && u.body.len() >= 510);
            assert!(!u.message.is_empty());
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn request_helpers() {
    let mut r = Request::new(Method::PUT, "/a");
    r.push_query("enabled", true);
    r.push_query("limit", 5);
    assert_eq!(r.query_string(), "enabled=true&limit=5");
    let ids: Option<Vec<String>> = Some(vec!["b".into(), "a".into()]);
    let none: Option<Vec<String>> = None;
    let marker: Option<String> = Some("m 1".into());
    r.push_query_values("id", ids.iter().flatten());
    r.push_query_values("name", none.iter().flatten());
    r.push_query_values("marker", &marker);
    r.push_query_values("absent", &None::<i32>);
    r.push_query_joined("csv", &vec![1, 2, 3]);
    r.push_query_joined("empty", &Vec::<i32>::new());
    assert_eq!(
        r.query_string(),
        "csv=1%2C2%2C3&enabled=true&id=a&id=b&limit=5&marker=m%201"
    );
    r.set_json_body(&serde_json::json!({"x": {"y": 1}}))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.body.as_deref(), Some(&br#"{"x":{"y":1}}"#[..]));
    assert_eq!(r.header("content-type"), Some("application/json"));
    let mut bad: BTreeMap<Vec<u8>, i32> = BTreeMap::new();
    bad.insert(vec![1], 1);
    assert!(matches!(r.set_json_body(&bad), Err(Error::Serialize(_))));
}

// ---------------------------------------------------------------- credentials

fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
    let map: BTreeMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name: &str| map.get(name).cloned()
}

#[test]
fn credentials_debug_redacts_secrets() {
    let c = Credentials::new(AK, SK)
        .with_security_token(TOKEN)
        .with_project_id("p1");
    let dbg = format!("{c:?}");
    assert!(dbg.contains(AK) && dbg.contains("p1"));
    assert!(!dbg.contains(SK) && !dbg.contains(TOKEN), "{dbg}");
    assert_eq!(c.secret_key(), SK);
    assert_eq!(c.security_token(), Some(TOKEN));
}

#[test]
fn credentials_from_lookup() {
    let c = Credentials::from_lookup(
        &SERVICE,
        lookup(&[
            ("CLOUD_SDK_AK", "ak2"),
            ("HUAWEICLOUD_SDK_SK", "sk1"),
            ("HUAWEICLOUD_SDK_PROJECT_ID", "proj"),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "tok"),
        ]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.access_key(), "ak2");
    assert_eq!(c.secret_key(), "sk1");
    assert_eq!(c.project_id(), Some("proj"));
    assert_eq!(c.security_token(), Some("tok"));

    let err = Credentials::from_lookup(&SERVICE, lookup(&[("HUAWEICLOUD_SDK_SK", SK)]))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("HUAWEICLOUD_SDK_AK") && err.contains("CLOUD_SDK_AK"),
        "{err}"
    );
    assert!(!err.contains(SK));
    let err = Credentials::from_lookup(&SERVICE, lookup(&[("HUAWEICLOUD_SDK_AK", "a")]))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("HUAWEICLOUD_SDK_SK") && err.contains("CLOUD_SDK_SK"),
        "{err}"
    );
}

// ---------------------------------------------------------------- config

static SERVICE: ServiceInfo = ServiceInfo {
    name: "vpc",
    version: "v3",
    url_template: "https://vpc.{region}.myhuaweicloud.com",
    region_variable: Some("region"),
    regions: &["cn-north-4", "ap-southeast-1"],
    default_region: None,
    endpoint_env_prefix: Some("HUAWEICLOUD_SDK_REGION_VPC_"),
    auth: &[AuthScheme::Custom(&huawei_profile::HUAWEI_SIGNING)],
    auth_optional: false,
};

macro_rules! service_with_auth {
    ($name:ident, $optional:expr, $($scheme:expr),*) => {
        static $name: ServiceInfo = ServiceInfo {
            name: "local",
            version: "v1",
            url_template: "http://localhost",
            region_variable: None,
            regions: &[],
            default_region: None,
            endpoint_env_prefix: None,
            auth: &[$($scheme),*],
            auth_optional: $optional,
        };
    };
}

service_with_auth!(UNSIGNED, false,);

fn config_message(r: Result<String, Error>) -> String {
    match r {
        Err(Error::Config(c)) => c.message,
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[test]
fn endpoint_resolution_order() {
    let none = |_: &str| None;
    assert_eq!(
        resolve_endpoint(&SERVICE, Some("cn-north-4"), None, none).ok(),
        Some("https://vpc.cn-north-4.myhuaweicloud.com".to_owned())
    );
    let env = lookup(&[(
        "HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4",
        "https://custom.example.com:8443/",
    )]);
    assert_eq!(
        resolve_endpoint(&SERVICE, Some("cn-north-4"), None, &env).ok(),
        Some("https://custom.example.com:8443".to_owned())
    );
    assert_eq!(
        resolve_endpoint(
            &SERVICE,
            Some("cn-north-4"),
            Some("http://127.0.0.1:9/base/"),
            &env
        )
        .ok(),
        Some("http://127.0.0.1:9/base".to_owned())
    );
    let msg = config_message(resolve_endpoint(&SERVICE, Some("mars-1"), None, none));
    assert!(msg.contains("mars-1") && msg.contains("cn-north-4, ap-southeast-1"));
    let msg = config_message(resolve_endpoint(&SERVICE, None, None, none));
    assert!(msg.contains("no region"), "{msg}");
    let msg = config_message(resolve_endpoint(&SERVICE, None, Some("ftp://x"), none));
    assert!(msg.contains("http"), "{msg}");
    let _ = config_message(resolve_endpoint(&SERVICE, None, Some("not a url"), none));
}

struct Client(Transport);

impl From<Transport> for Client {
    fn from(t: Transport) -> Self {
        Client(t)
    }
}

#[test]
fn builder_checks_and_shares_the_project_id() {
    let client = ClientBuilder::<Client>::new(&SERVICE)
        .from_lookup(lookup(&[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_PROJECT_ID", "from-creds"),
            ("HUAWEICLOUD_SDK_REGION", "ap-southeast-1"),
        ]))
        .and_then(|b| b.project_id("explicit").validate_requests(false).build())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        client.0.endpoint(),
        "https://vpc.ap-southeast-1.myhuaweicloud.com"
    );
    assert!(!client.0.context().validation_enabled());
    let dbg = format!("{:?}", client.0);
    // The explicit project id wins over the environment's.
    assert!(
        dbg.contains("\"explicit\"") && !dbg.contains("from-creds"),
        "{dbg}"
    );
    assert!(!dbg.contains(SK), "{dbg}");

    // No region variable and no signing: nothing else is required.
    let plain = ClientBuilder::<Client>::new(&UNSIGNED)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plain.0.endpoint(), "http://localhost");
    assert!(plain.0.context().value("project_id").is_err());
    let err = ClientBuilder::<Client>::new(&UNSIGNED)
        .endpoint("http://user:pw@host")
        .build()
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("user information") && !err.contains("pw"),
        "{err}"
    );
}

#[test]
fn missing_client_values_explain_themselves() {
    let ctx = RequestContext::new();
    assert!(ctx.validation_enabled());
    let msg = ctx.value("project_id").err().map(|e| e.to_string());
    assert!(msg.is_some_and(|m| m.contains("project_id")));
    let msg = ctx.value("domain_id").err().map(|e| e.to_string());
    assert!(msg.is_some_and(|m| m.contains("domain_id")));
    assert_eq!(ctx.with_value("a", "b").value("a").ok(), Some("b"));
}

// ---------------------------------------------------------------- retry

#[test]
fn retry_after_and_backoff() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
    let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
    assert_eq!(
        parse_retry_after(&later, now),
        Some(Duration::from_secs(30))
    );
    let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
    assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
    assert_eq!(parse_retry_after("soon", now), None);

    let cfg = RetryConfig::default()
        .initial_backoff(Duration::from_millis(100))
        .max_backoff(Duration::from_secs(1));
    assert_eq!(backoff_ceiling(&cfg, 1), Duration::from_millis(100));
    assert_eq!(backoff_ceiling(&cfg, 3), Duration::from_millis(400));
    assert_eq!(backoff_ceiling(&cfg, 30), Duration::from_secs(1));
    assert_eq!(
        retry_delay(&cfg, 1, Some(Duration::from_secs(3600))),
        Duration::from_secs(1)
    );
    assert_eq!(RetryConfig::disabled().attempts(), 1);
    assert_eq!(RetryConfig::default().max_attempts(0).attempts(), 1);
    assert!(should_retry(
        &Method::PUT,
        AttemptOutcome::Transport(TransportErrorKind::Timeout)
    ));
    assert!(!should_retry(&Method::PATCH, AttemptOutcome::Status(500)));
}

// ---------------------------------------------------------------- validate

struct Session {
    name: String,
    priority: i64,
    sources: Vec<String>,
    kind: Option<String>,
}

impl Validate for Session {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        out.check_length(&join_path(path, "name"), &self.name, Some(1), Some(4));
        out.check_pattern(&join_path(path, "name"), &self.name, "^[a-z]+$");
        out.check_range_i64(
            &join_path(path, "priority"),
            self.priority,
            Some(1),
            Some(32766),
        );
        out.check_items(
            &join_path(path, "sources"),
            self.sources.len(),
            Some(1),
            Some(2),
        );
        for (i, s) in self.sources.iter().enumerate() {
            out.check_length(
                &format!("{}[{i}]", join_path(path, "sources")),
                s,
                None,
                Some(3),
            );
        }
        if let Some(kind) = &self.kind {
            out.check_enum(&join_path(path, "type"), kind, &["eni", "eip"]);
        }
    }
}

#[test]
fn validation_lists_every_violation() {
    let bad = Session {
        name: "ÄÄÄÄÄ".into(),
        priority: 0,
        sources: vec!["a".into(), "bbbb".into(), "c".into()],
        kind: Some("elb".into()),
    };
    let err = vec![bad].validate().err();
    let Some(Error::Validation(v)) = err else {
        panic!("expected validation error, got {err:?}")
    };
    let fields: Vec<(&str, &str)> = v
        .violations
        .iter()
        .map(|x| (x.field.as_str(), x.rule.as_str()))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("[0].name", "maxLength 4"),
            ("[0].name", "pattern ^[a-z]+$"),
            ("[0].priority", "minimum 1"),
            ("[0].sources", "maxItems 2"),
            ("[0].sources[1]", "maxLength 3"),
            ("[0].type", "enum eni|eip"),
        ]
    );
    let text = Error::Validation(v).to_string();
    assert!(text.contains("6 violations"), "{text}");
    for f in ["[0].name", "[0].priority", "[0].sources[1]", "[0].type"] {
        assert!(text.contains(f), "{text}");
    }
    let ok = Session {
        name: "ab".into(),
        priority: 5,
        sources: vec!["a".into()],
        kind: None,
    };
    assert!(ok.validate().is_ok());
    let mut v = Violations::new();
    v.check_range_f64("f", f64::NAN, Bound::Included(0.0), Bound::Unbounded);
    v.check_length("len", "ÄÄ", Some(3), None);
    assert_eq!(v.as_slice().len(), 2);
    // Exclusive bounds reject the bound itself; inclusive ones accept it.
    let mut v = Violations::new();
    v.check_range_f64("lo", 0.5, Bound::Excluded(0.5), Bound::Included(0.5));
    v.check_range_f64("hi", 1.0, Bound::Unbounded, Bound::Excluded(1.0));
    v.check_range_f64("ok", 0.75, Bound::Excluded(0.5), Bound::Excluded(1.0));
    let rules: Vec<&str> = v.as_slice().iter().map(|x| x.rule.as_str()).collect();
    assert_eq!(rules, ["exclusiveMinimum 0.5", "exclusiveMaximum 1"]);
    assert_eq!(join_path("", "a"), "a");
    assert_eq!(join_path("a", "b"), "a.b");
    let mut m = BTreeMap::new();
    m.insert("k".to_string(), Some(1u8));
    assert!(m.validate().is_ok());
}

// ---------------------------------------------------------------- lenient

#[derive(serde::Deserialize, Debug)]
struct Lenient {
    #[serde(default, deserialize_with = "lenient::option_int")]
    a: Option<u32>,
    #[serde(deserialize_with = "lenient::int")]
    b: i32,
    #[serde(default, deserialize_with = "lenient::option_bool")]
    c: Option<bool>,
    #[serde(deserialize_with = "lenient::boolean")]
    d: bool,
    #[serde(default, deserialize_with = "lenient::option_float")]
    e: Option<f64>,
    #[serde(deserialize_with = "lenient::float")]
    f: f32,
}

fn lenient_parse(json: &str) -> Result<Lenient, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn lenient_scalars() {
    let v = lenient_parse(r#"{"a":"12","b":-3,"c":"TRUE","d":false,"e":"1.5","f":2}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (v.a, v.b, v.c, v.d, v.e, v.f),
        (Some(12), -3, Some(true), false, Some(1.5), 2.0)
    );
    let v = lenient_parse(r#"{"a":null,"b":"7","c":null,"d":"False","e":null,"f":"0.5"}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((v.a, v.b, v.c, v.d, v.e), (None, 7, None, false, None));
    let v = lenient_parse(r#"{"a":"","b":3.0,"d":true,"f":1}"#).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((v.a, v.b, v.c), (None, 3, None));
    assert!(lenient_parse(r#"{"a":-1,"b":1,"d":true,"f":1}"#).is_err());
    assert!(lenient_parse(r#"{"b":"x","d":true,"f":1}"#).is_err());
    assert!(lenient_parse(r#"{"b":1,"d":"yes","f":1}"#).is_err());
    assert!(lenient_parse(r#"{"b":null,"d":true,"f":1}"#).is_err());
}

#[test]
fn timestamps() {
    use time::macros::datetime;
    let expect = datetime!(2023-03-23 10:53:12 UTC);
    for raw in [
        "2023-03-23T10:53:12.000+00:00",
        "2023-03-23T10:53:12Z",
        "2023-03-23T10:53:12",
        "2023-03-23T10:53:12.000",
        "2023-03-23 10:53:12",
        "2023-03-23T18:53:12+0800",
        "2023-03-23T18:53:12.000+08:00",
    ] {
        let t: Timestamp = raw
            .parse()
            .unwrap_or_else(|e: std::convert::Infallible| match e {});
        assert_eq!(t.offset_date_time(), Some(expect), "{raw}");
        assert_eq!(t.to_string(), raw);
        let json = format!("\"{raw}\"");
        let back: Timestamp = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(serde_json::to_string(&back).ok(), Some(json));
    }
    assert_eq!(Timestamp::new("yesterday").offset_date_time(), None);
    let from = Timestamp::from(expect);
    assert_eq!(from.as_str(), "2023-03-23T10:53:12Z");
}

// ---------------------------------------------------------------- transport

#[derive(Debug, Clone)]
struct Received {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone)]
enum Reply {
    Respond(u16, Vec<(&'static str, String)>, String),
    Hang,
}

type Log = Arc<Mutex<Vec<Received>>>;

async fn read_some(sock: &tokio::net::TcpStream, buf: &mut [u8]) -> Option<usize> {
    loop {
        sock.readable().await.ok()?;
        match sock.try_read(buf) {
            Ok(n) => return Some(n),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(_) => return None,
        }
    }
}

async fn write_all(sock: &tokio::net::TcpStream, mut data: &[u8]) {
    while !data.is_empty() {
        if sock.writable().await.is_err() {
            return;
        }
        match sock.try_write(data) {
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(_) => return,
        }
    }
}

async fn read_request(sock: &tokio::net::TcpStream) -> Option<Received> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = read_some(sock, &mut chunk).await?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let target = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = read_some(sock, &mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Received {
        method,
        target,
        headers,
        body,
    })
}

/// A one-request-per-connection HTTP/1.1 server replaying `script` (the last
/// reply repeats).
async fn serve(script: Vec<Reply>) -> (String, Log) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let log: Log = Arc::default();
    let log2 = log.clone();
    tokio::spawn(async move {
        let mut n = 0usize;
        while let Ok((sock, _)) = listener.accept().await {
            let reply = script[n.min(script.len() - 1)].clone();
            n += 1;
            let log = log2.clone();
            tokio::spawn(async move {
                let Some(req) = read_request(&sock).await else {
                    return;
                };
                log.lock().unwrap_or_else(|e| e.into_inner()).push(req);
                match reply {
                    Reply::Hang => tokio::time::sleep(Duration::from_secs(30)).await,
                    Reply::Respond(status, headers, body) => {
                        let mut out = format!(
                            "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                            body.len()
                        );
                        for (k, v) in headers {
                            out.push_str(&format!("{k}: {v}\r\n"));
                        }
                        out.push_str("\r\n");
                        out.push_str(&body);
                        write_all(&sock, out.as_bytes()).await;
                    }
                }
            });
        }
    });
    (format!("http://{addr}"), log)
}

fn ok(body: &str) -> Reply {
    Reply::Respond(
        200,
        vec![("X-Request-Id", "rid-ok".to_owned())],
        body.to_owned(),
    )
}

fn transport(endpoint: &str, retry: RetryConfig, creds: Option<Credentials>) -> Transport {
    Transport::new(TransportSettings {
        endpoint: endpoint.to_owned(),
        auth: creds
            .map(|c| {
                Authenticator::Custom(client_runtime::huawei::call_auth(
                    &huawei_profile::HUAWEI,
                    c,
                    None,
                ))
            })
            .into_iter()
            .collect(),
        context: RequestContext::new().with_value("project_id", "proj-1"),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_millis(800),
        retry: retry.initial_backoff(Duration::from_millis(5)),
        user_agent: "test".to_owned(),
        network: Default::default(),
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

#[derive(Clone)]
struct ListThings {
    marker: Option<String>,
    name: Option<String>,
}

#[derive(serde::Deserialize)]
struct Page {
    things: Vec<String>,
    next_marker: Option<String>,
}

impl Operation for ListThings {
    type Output = Page;
    fn operation_id(&self) -> &'static str {
        "ListThings"
    }
    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let mut v = Violations::new();
        if ctx.validation_enabled() {
            if let Some(n) = &self.name {
                v.check_length("name", n, None, Some(3));
            }
        }
        v.into_result()?;
        let pid = encode_path_segment(ctx.value("project_id")?);
        let mut r = Request::new(Method::GET, format!("/v3/{pid}/things"));
        if let Some(m) = &self.marker {
            r.push_query("marker", m);
        }
        if let Some(n) = &self.name {
            r.push_query("name", n);
        }
        Ok(r)
    }
    fn parse_response(response: Response) -> Result<Page, Error> {
        if response.is_success() {
            response.json()
        } else {
            Err(response.into_error())
        }
    }
}

fn list(marker: Option<&str>) -> ListThings {
    ListThings {
        marker: marker.map(str::to_owned),
        name: None,
    }
}

/// Recomputes the signature from what the server received.
fn verify_signature(req: &Received, sk: &str) {
    let auth = req.header("authorization").unwrap_or_default().to_owned();
    let signed = auth
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .unwrap_or_default();
    let signature = auth.split("Signature=").nth(1).unwrap_or_default();
    let headers: Vec<(String, String)> = signed
        .split(';')
        .map(|n| (n.to_owned(), req.header(n).unwrap_or_default().to_owned()))
        .collect();
    let (path, query) = req.target.split_once('?').unwrap_or((&req.target, ""));
    let query: Vec<(String, String)> = query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            let d = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (d(k), d(v))
        })
        .collect();
    let canonical = signing::canonical_request(&SigningInput {
        method: &req.method,
        path,
        query: &query,
        headers: &headers,
        body: &req.body,
    });
    let date = req.header("x-sdk-date").unwrap_or_default();
    let expected = signing::hmac_hex(sk, &signing::string_to_sign(date, &canonical));
    assert_eq!(signature, expected, "signature mismatch for {req:?}");
}

#[tokio::test]
async fn wire_headers_and_signature() {
    let (url, log) = serve(vec![ok(r#"{"things":["a"],"request_id":"body-id"}"#)]).await;
    let creds = Credentials::new(AK, SK).with_security_token(TOKEN);
    let t = transport(&url, RetryConfig::default(), Some(creds));
    let op = ListThings {
        marker: Some("m 1/?".into()),
        name: Some("一".into()),
    };
    let resp = t.call(&op).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resp.status, 200);
    assert_eq!(resp.request_id.as_deref(), Some("rid-ok"));
    assert_eq!(resp.into_body().things, vec!["a".to_owned()]);

    let reqs = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(
        r.target,
        "/v3/proj-1/things?marker=m%201%2F%3F&name=%E4%B8%80"
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-project-id"), Some("proj-1"));
    assert_eq!(r.header("x-security-token"), Some(TOKEN));
    let port = url.rsplit(':').next().unwrap_or_default();
    assert_eq!(r.header("host"), Some(format!("127.0.0.1:{port}").as_str()));
    let date = r.header("x-sdk-date").unwrap_or_default();
    assert_eq!(date.len(), 16);
    let auth = r.header("authorization").unwrap_or_default();
    assert!(auth.starts_with(&format!("SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, Signature=")), "{auth}");
    verify_signature(r, SK);
}

#[tokio::test]
async fn post_body_is_signed() {
    #[derive(Clone)]
    struct Create;
    impl Operation for Create {
        type Output = ();
        fn operation_id(&self) -> &'static str {
            "Create"
        }
        fn build_request(&self, _: &RequestContext) -> Result<Request, Error> {
            let mut r = Request::new(Method::POST, "/v3/x/things");
            r.set_json_body(&serde_json::json!({"thing": {"name": "n"}}))?;
            Ok(r)
        }
        fn parse_response(response: Response) -> Result<(), Error> {
            if response.is_success() {
                Ok(())
            } else {
                Err(response.into_error())
            }
        }
    }
    let (url, log) = serve(vec![Reply::Respond(201, vec![], String::new())]).await;
    let t = transport(&url, RetryConfig::default(), Some(Credentials::new(AK, SK)));
    let resp = t.call(&Create).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resp.status, 201);
    let reqs = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(reqs[0].body, br#"{"thing":{"name":"n"}}"#);
    verify_signature(&reqs[0], SK);
}

#[tokio::test]
async fn idempotent_requests_retry_on_5xx_and_honour_retry_after() {
    let (url, log) = serve(vec![
        Reply::Respond(503, vec![("Retry-After", "0".into())], "{}".into()),
        Reply::Respond(
            429,
            vec![],
            r#"{"code":"Throttled","message":"slow down"}"#.into(),
        ),
        ok(r#"{"things":[]}"#),
    ])
    .await;
    let t = transport(&url, RetryConfig::default(), Some(Credentials::new(AK, SK)));
    let resp = t.call(&list(None)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resp.status, 200);
    let reqs = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(reqs.len(), 3);
    for r in &reqs {
        verify_signature(r, SK);
    }
}

#[tokio::test]
async fn retries_give_up_with_the_last_response() {
    let (url, log) = serve(vec![Reply::Respond(
        500,
        vec![("X-Request-Id", "r500".into())],
        r#"{"error_code":"VPC.9999","error_msg":"boom"}"#.into(),
    )])
    .await;
    let t = transport(&url, RetryConfig::default().max_attempts(2), None);
    let err = t.call(&list(None)).await.err();
    let Some(err) = err else {
        panic!("expected error")
    };
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.request_id(), Some("r500"));
    assert!(err.is_retryable());
    assert_eq!(log.lock().unwrap_or_else(|e| e.into_inner()).len(), 2);
}

#[tokio::test]
async fn post_is_not_retried_after_reaching_the_server() {
    let (url, log) = serve(vec![Reply::Respond(503, vec![], String::new())]).await;
    let t = transport(&url, RetryConfig::default(), None);
    let mut req = Request::new(Method::POST, "/p");
    req.body = Some(b"{}".to_vec());
    let resp = t
        .execute("Post", req)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resp.status, 503);
    assert_eq!(log.lock().unwrap_or_else(|e| e.into_inner()).len(), 1);
}

#[tokio::test]
async fn connect_errors_are_retried_even_for_post() {
    // Bind then drop to find a port nobody listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        l.local_addr().unwrap_or_else(|e| panic!("{e}")).port()
    };
    let t = transport(
        &format!("http://127.0.0.1:{port}"),
        RetryConfig::default(),
        None,
    );
    let err = t
        .execute("Post", Request::new(Method::POST, "/p"))
        .await
        .err();
    match err {
        Some(Error::Transport(e)) => {
            assert_eq!(e.kind, TransportErrorKind::Connect);
            assert_eq!(e.attempts, 3);
            // The underlying error is kept, and its text is part of the
            // message exactly once: no `source()` repeats it for reporters.
            let cause = e.cause().map(ToString::to_string).unwrap_or_default();
            assert!(!cause.is_empty());
            assert_eq!(e.to_string().matches(cause.as_str()).count(), 1, "{e}");
            assert!(std::error::Error::source(&e).is_none());
            let outer = Error::Transport(e);
            assert!(std::error::Error::source(&outer).is_none(), "{outer}");
        }
        other => panic!("expected connect error, got {other:?}"),
    }
}

#[tokio::test]
async fn timeouts_are_reported() {
    let (url, log) = serve(vec![Reply::Hang]).await;
    let t = transport(&url, RetryConfig::default().max_attempts(2), None);
    let err = t.call(&list(None)).await.err();
    match err {
        Some(Error::Transport(e)) => {
            assert_eq!(e.kind, TransportErrorKind::Timeout);
            assert_eq!(e.attempts, 2);
        }
        other => panic!("expected timeout, got {other:?}"),
    }
    assert_eq!(log.lock().unwrap_or_else(|e| e.into_inner()).len(), 2);
}

#[tokio::test]
async fn validation_happens_before_sending() {
    let (url, log) = serve(vec![ok(r#"{"things":[]}"#)]).await;
    let t = transport(&url, RetryConfig::default(), None);
    let op = ListThings {
        marker: None,
        name: Some("toolong".into()),
    };
    assert!(matches!(t.call(&op).await, Err(Error::Validation(_))));
    assert!(log.lock().unwrap_or_else(|e| e.into_inner()).is_empty());
}

fn next(op: &ListThings, page: Page) -> (Vec<String>, Option<ListThings>) {
    let next = page.next_marker.map(|m| ListThings {
        marker: Some(m),
        ..op.clone()
    });
    (page.things, next)
}

#[tokio::test]
async fn pagination_is_lazy_and_complete() {
    let (url, log) = serve(vec![
        ok(r#"{"things":["a","b"],"next_marker":"b"}"#),
        ok(r#"{"things":["c"],"next_marker":"c"}"#),
        ok(r#"{"things":[]}"#),
    ])
    .await;
    let t = transport(&url, RetryConfig::default(), None);
    let stream = paginate(t.clone(), list(None), next);
    let mut stream = Box::pin(stream);
    let first = stream.next().await;
    assert!(matches!(first, Some(Ok(ref s)) if s == "a"));
    assert_eq!(log.lock().unwrap_or_else(|e| e.into_inner()).len(), 1);
    let rest: Vec<_> = stream.collect().await;
    let rest: Vec<String> = rest
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(rest, vec!["b", "c"]);
    let targets: Vec<String> = log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|r| r.target.clone())
        .collect();
    assert_eq!(
        targets,
        vec![
            "/v3/proj-1/things",
            "/v3/proj-1/things?marker=b",
            "/v3/proj-1/things?marker=c"
        ]
    );
}

#[tokio::test]
async fn pagination_stops_on_a_repeated_marker() {
    let (url, log) = serve(vec![
        ok(r#"{"things":["a"],"next_marker":"a"}"#),
        ok(r#"{"things":["a"],"next_marker":"a"}"#),
    ])
    .await;
    let t = transport(&url, RetryConfig::default(), None);
    let items: Vec<Result<String, Error>> = paginate(t, list(None), next).collect().await;
    assert_eq!(items.len(), 3);
    assert!(matches!(items[2], Err(Error::Pagination(_))));
    assert_eq!(log.lock().unwrap_or_else(|e| e.into_inner()).len(), 2);
}

#[test]
fn futures_are_send() {
    fn is_send<T: Send>(_: &T) {}
    let t = transport("http://127.0.0.1:1", RetryConfig::disabled(), None);
    let op = list(None);
    is_send(&t.call(&op));
    is_send(&t.execute("x", Request::new(Method::GET, "/")));
    is_send(&paginate(t.clone(), list(None), next));
}

// ---------------------------------------------------------------- tracing

#[test]
fn secrets_never_reach_logs_or_errors() {
    let capture = support::Capture::default();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let errors = tracing::subscriber::with_default(capture.clone(), || {
        support::interested_everywhere();
        rt.block_on(async {
            let (url, _log) = serve(vec![
                Reply::Respond(503, vec![], "{}".into()),
                Reply::Respond(
                    401,
                    vec![("X-Request-Id", "r401".into())],
                    r#"{"code":"APIGW.0301","message":"bad sig"}"#.into(),
                ),
            ])
            .await;
            let creds = Credentials::new(AK, SK).with_security_token(TOKEN);
            let t = transport(&url, RetryConfig::default(), Some(creds.clone()));
            let e1 = t.call(&list(None)).await.err();
            let t2 = transport("http://127.0.0.1:1", RetryConfig::disabled(), Some(creds));
            let e2 = t2.call(&list(None)).await.err();
            format!(
                "{e1:?} {e2:?} {} {}",
                e1.as_ref().map(|e| e.to_string()).unwrap_or_default(),
                e2.as_ref().map(|e| e.to_string()).unwrap_or_default()
            )
        })
    });
    // Every span's name and every span and event field, as `name=value `.
    let mut logs = String::new();
    for seen in capture.seen() {
        if let support::Kind::Span(name) = seen.kind {
            logs.push_str(name);
        }
        for (name, value) in &seen.fields {
            logs.push_str(&format!("{name}={value} "));
        }
    }
    assert!(
        logs.contains("operation_id=\"ListThings\"") || logs.contains("operation_id=ListThings"),
        "{logs}"
    );
    assert!(logs.contains("attempt=2"), "{logs}");
    assert!(logs.contains("status=401"), "{logs}");
    assert!(logs.contains("r401"), "{logs}");
    assert!(errors.contains("APIGW.0301"), "{errors}");
    for text in [&logs, &errors] {
        assert!(!text.contains(SK), "secret key leaked: {text}");
        assert!(!text.contains(TOKEN), "token leaked: {text}");
        assert!(!text.contains("Signature="), "signature leaked: {text}");
    }
}

#[test]
fn form_bodies_encode_top_level_fields() {
    #[derive(serde::Serialize)]
    struct Form {
        name: String,
        count: i32,
        enabled: bool,
        tags: Vec<String>,
        missing: Option<String>,
        nested: serde_json::Value,
    }
    let mut r = Request::new(Method::POST, "/f");
    let form = Form {
        name: "a b&c=d/é".into(),
        count: -3,
        enabled: true,
        tags: vec!["x".into(), "y z".into()],
        missing: None,
        nested: serde_json::json!({"k": 1}),
    };
    r.set_form_body(&form).unwrap_or_else(|e| panic!("{e}"));
    let body = String::from_utf8(r.body.clone().unwrap_or_default()).unwrap_or_default();
    assert_eq!(
        body,
        "name=a%20b%26c%3Dd%2F%C3%A9&count=-3&enabled=true&tags=x&tags=y%20z&nested%5Bk%5D=1"
    );
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert!(matches!(
        r.set_form_body(&vec![1, 2]),
        Err(Error::Serialize(_))
    ));
    assert!(matches!(r.set_form_body(&"text"), Err(Error::Serialize(_))));
}

#[test]
fn raw_bodies_and_text_responses() {
    let mut r = Request::new(Method::PUT, "/upload");
    r.set_header("content-type", "application/json");
    r.set_raw_body("application/octet-stream", vec![0, 159, 146, 150]);
    assert_eq!(r.body.as_deref(), Some(&[0u8, 159, 146, 150][..]));
    assert_eq!(r.header("Content-Type"), Some("application/octet-stream"));
    assert_eq!(r.headers.len(), 1, "the old content type is replaced");

    let ok = response(200, &[("content-type", "text/plain")], "héllo".as_bytes());
    assert_eq!(ok.text().unwrap_or_default(), "héllo");
    let broken = response(200, &[], &[b'a', 0xff, b'b']);
    assert_eq!(broken.text().unwrap_or_default(), "a\u{fffd}b");
    assert_eq!(response(200, &[], b"").text().unwrap_or_default(), "");
}

// ---------------------------------------------------------------- other auth schemes

service_with_auth!(
    HEADER_KEY,
    false,
    AuthScheme::ApiKey {
        location: SecretLocation::Header,
        name: "X-Api-Key"
    }
);
service_with_auth!(
    QUERY_KEY,
    false,
    AuthScheme::ApiKey {
        location: SecretLocation::Query,
        name: "api_key"
    }
);
service_with_auth!(
    COOKIE_KEY,
    false,
    AuthScheme::ApiKey {
        location: SecretLocation::Cookie,
        name: "session"
    }
);
service_with_auth!(
    BEARER_OR_BASIC,
    false,
    AuthScheme::Bearer,
    AuthScheme::Basic
);
service_with_auth!(OPTIONAL_BEARER, true, AuthScheme::Bearer);

/// Sends one listing through a client of `service` configured by `configure`
/// and returns what the server received.
async fn received_with(
    service: &'static ServiceInfo,
    configure: impl FnOnce(ClientBuilder<Client>) -> ClientBuilder<Client>,
) -> Received {
    let (url, log) = serve(vec![ok(r#"{"things":[]}"#)]).await;
    let client = configure(ClientBuilder::<Client>::new(service).endpoint(url))
        .value("project_id", "p")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let dbg = format!("{:?}", client.0);
    assert!(!dbg.contains("s3cret"), "{dbg}");
    client
        .0
        .call(&list(None))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let reqs = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    reqs.into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing received"))
}

#[tokio::test]
async fn api_keys_go_where_the_scheme_says() {
    let r = received_with(&HEADER_KEY, |b| b.api_key("s3cret")).await;
    assert_eq!(r.header("x-api-key"), Some("s3cret"));

    let r = received_with(&QUERY_KEY, |b| b.api_key("s3cret key")).await;
    assert_eq!(r.target, "/v3/p/things?api_key=s3cret%20key");

    let r = received_with(&COOKIE_KEY, |b| b.api_key("s3cret;")).await;
    assert_eq!(r.header("cookie"), Some("session=s3cret%3B"));
}

#[tokio::test]
async fn bearer_and_basic_fill_authorization() {
    let r = received_with(&BEARER_OR_BASIC, |b| b.bearer_token("s3cret")).await;
    assert_eq!(r.header("authorization"), Some("Bearer s3cret"));
    let r = received_with(&BEARER_OR_BASIC, |b| b.basic_auth("user", "s3cret")).await;
    assert_eq!(r.header("authorization"), Some("Basic dXNlcjpzM2NyZXQ="));
    let r = received_with(&OPTIONAL_BEARER, |b| b).await;
    assert_eq!(r.header("authorization"), None);
}

#[test]
fn a_missing_credential_names_every_way_to_give_one() {
    let err = ClientBuilder::<Client>::new(&BEARER_OR_BASIC)
        .build()
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("ClientBuilder::bearer_token") && err.contains("ClientBuilder::basic_auth"),
        "{err}"
    );
}

#[tokio::test]
async fn a_key_in_the_url_stays_out_of_transport_errors() {
    // A port nobody listens on: the connection is refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    drop(listener);
    let client = ClientBuilder::<Client>::new(&QUERY_KEY)
        .endpoint(format!("http://127.0.0.1:{port}"))
        .api_key("s3cret")
        .value("project_id", "p")
        .retry(RetryConfig::default().max_attempts(1))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = client
        .0
        .call(&list(None))
        .await
        .err()
        .unwrap_or_else(|| panic!("connected"));
    let text = format!("{err} {err:?}");
    assert!(matches!(err, Error::Transport(_)), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
}

#[test]
fn canonical_headers_sort_lowercase_trim_and_merge_repeats() {
    let headers: Vec<(String, String)> = [
        ("X-B", " 2 "),
        ("host", "h"),
        ("x-b", "1"),
        ("Content-Type", "application/json"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    let (block, signed) = signing::canonical_headers(&headers);
    assert_eq!(block, "content-type:application/json\nhost:h\nx-b:2,1\n");
    assert_eq!(signed, "content-type;host;x-b");
}

#[test]
fn sdk_dates_are_utc_and_zero_padded() {
    use time::macros::datetime;
    assert_eq!(
        signing::format_sdk_date(datetime!(2019-11-15 11:36:55 +08:00)),
        "20191115T033655Z"
    );
    assert_eq!(
        signing::format_sdk_date(datetime!(0999-01-02 03:04:05 UTC)),
        "09990102T030405Z"
    );
}

/// What the styled parameters and a multipart body put on the wire: the
/// path's delimiters stay literal when nothing is signed, and a signed
/// request carries the canonical encoding and signs the multipart bytes.
#[tokio::test]
async fn styled_parameters_and_multipart_on_the_wire() {
    use client_runtime::multipart::{File, Multipart};
    use client_runtime::params::{self, Style};
    #[derive(Clone)]
    struct Upload;
    impl Operation for Upload {
        type Output = ();
        fn operation_id(&self) -> &'static str {
            "Upload"
        }
        fn build_request(&self, _: &RequestContext) -> Result<Request, Error> {
            let color = serde_json::json!({"R": 100, "G": 200});
            let path = format!(
                "/v1/{}/items/{}",
                params::path("color", Style::Matrix, false, &color)?,
                params::path("ids", Style::Label, true, &["a b", "c"])?
            );
            let mut r = Request::new(Method::POST, path);
            params::query(&mut r, "f", Style::DeepObject, true, false, &color)?;
            let mut form = Multipart::new();
            form.text("name", "n");
            form.file("file", &File::new(b"\x00\x01".to_vec()).file_name("a.bin"));
            r.set_multipart_body("multipart/form-data", &form);
            Ok(r)
        }
        fn parse_response(response: Response) -> Result<(), Error> {
            if response.is_success() {
                Ok(())
            } else {
                Err(response.into_error())
            }
        }
    }
    let expected = Upload
        .build_request(&RequestContext::new())
        .unwrap_or_else(|e| panic!("{e}"));
    let (url, log) = serve(vec![Reply::Respond(204, vec![], String::new())]).await;
    transport(&url, RetryConfig::default(), None)
        .call(&Upload)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    transport(&url, RetryConfig::default(), Some(Credentials::new(AK, SK)))
        .call(&Upload)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let reqs = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(
        reqs[0].target,
        "/v1/;color=R,100,G,200/items/.a%20b.c?f%5BG%5D=200&f%5BR%5D=100"
    );
    assert_eq!(
        reqs[1].target,
        "/v1/%3Bcolor%3DR%2C100%2CG%2C200/items/.a%20b.c?f%5BG%5D=200&f%5BR%5D=100"
    );
    for r in &reqs {
        assert_eq!(Some(&r.body), expected.body.as_ref());
        assert_eq!(r.header("content-type"), expected.header("content-type"));
        assert!(
            r.header("content-type")
                .unwrap_or_default()
                .starts_with("multipart/form-data; boundary=vendorgen-")
        );
    }
    verify_signature(&reqs[1], SK);
}
