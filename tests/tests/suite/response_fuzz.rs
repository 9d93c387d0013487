//! Every response parser of the generated client takes arbitrary bytes and
//! arbitrary JSON, at any status, without panicking: the result is a value
//! or an error, never a crash.

use huaweicloud_vpc_v3::operations::{
    traffic_mirror_filter_rules as rules, traffic_mirror_filters as filters,
    traffic_mirror_sessions as sessions,
};
use huaweicloud_vpc_v3::sans_io::{HeaderMap, Operation, Response};
use proptest::prelude::*;

fn response(status: u16, body: Vec<u8>) -> Response {
    Response {
        status,
        headers: HeaderMap::new(),
        body: body.into(),
    }
}

/// Feeds one response to the parser of every operation.
fn parse_with_every_operation(status: u16, body: &[u8]) {
    macro_rules! parse_all {
        ($($op:ty),* $(,)?) => {
            $( let _ = <$op as Operation>::parse_response(response(status, body.to_vec())); )*
        };
    }
    parse_all!(
        sessions::CreateTrafficMirrorSessionRequest,
        sessions::ShowTrafficMirrorSessionRequest,
        sessions::UpdateTrafficMirrorSessionRequest,
        sessions::DeleteTrafficMirrorSessionRequest,
        sessions::ListTrafficMirrorSessionsRequest,
        sessions::AddSourcesToTrafficMirrorSessionRequest,
        sessions::RemoveSourcesFromTrafficMirrorSessionRequest,
        filters::CreateTrafficMirrorFilterRequest,
        filters::ShowTrafficMirrorFilterRequest,
        filters::UpdateTrafficMirrorFilterRequest,
        filters::DeleteTrafficMirrorFilterRequest,
        filters::ListTrafficMirrorFiltersRequest,
        rules::CreateTrafficMirrorFilterRuleRequest,
        rules::ShowTrafficMirrorFilterRuleRequest,
        rules::UpdateTrafficMirrorFilterRuleRequest,
        rules::DeleteTrafficMirrorFilterRuleRequest,
        rules::ListTrafficMirrorFilterRulesRequest,
    );
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(200u16),
        Just(201),
        Just(204),
        Just(400),
        Just(404),
        Just(429),
        Just(500),
        100u16..600
    ]
}

/// Arbitrary JSON, biased towards the field names the API uses so that the
/// typed parsers get past the first level.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("traffic_mirror_session".to_string()),
        Just("traffic_mirror_sessions".to_string()),
        Just("traffic_mirror_filter".to_string()),
        Just("traffic_mirror_filter_rules".to_string()),
        Just("page_info".to_string()),
        Just("next_marker".to_string()),
        Just("priority".to_string()),
        Just("enabled".to_string()),
        Just("created_at".to_string()),
        Just("request_id".to_string()),
        Just("error".to_string()),
        Just("error_code".to_string()),
        "[a-z_]{0,12}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number)),
        ".{0,20}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(status in status(), body in prop::collection::vec(any::<u8>(), 0..512)) {
        parse_with_every_operation(status, &body);
    }

    #[test]
    fn arbitrary_json_never_panics(status in status(), value in json()) {
        let body = serde_json::to_vec(&value).expect("serializable");
        parse_with_every_operation(status, &body);
    }
}

#[test]
fn numbers_as_strings_and_both_timestamp_forms_parse() {
    let body = br#"{"traffic_mirror_session": {"priority": "11", "virtual_network_id": 1, "enabled": "true",
        "created_at": "2023-03-23T10:53:12.000+00:00", "updated_at": "2023-03-23T10:56:54Z",
        "traffic_mirror_target_type": "", "surprise": {"new": "field"}}, "request_id": "r-1"}"#;
    let parsed = <sessions::ShowTrafficMirrorSessionRequest as Operation>::parse_response(
        response(200, body.to_vec()),
    )
    .expect("lenient parsing");
    let session = parsed.traffic_mirror_session.expect("session");
    assert_eq!(session.priority, Some(11));
    assert_eq!(session.enabled, Some(true));
    let created = session
        .created_at
        .expect("created_at")
        .offset_date_time()
        .expect("parses");
    let updated = session
        .updated_at
        .expect("updated_at")
        .offset_date_time()
        .expect("parses");
    assert_eq!(created.unix_timestamp(), 1_679_568_792);
    assert_eq!(updated.unix_timestamp(), 1_679_569_014);
    assert_eq!(
        session.traffic_mirror_target_type,
        Some(huaweicloud_vpc_v3::models::TrafficMirrorTargetTypeOrEmpty::Empty)
    );
}

#[test]
fn undocumented_enum_values_are_kept_and_sent_back_unchanged() {
    let body = br#"{"traffic_mirror_session": {"traffic_mirror_target_type": "gwlb", "type": "vpc"}, "request_id": "r-2"}"#;
    let parsed = <sessions::ShowTrafficMirrorSessionRequest as Operation>::parse_response(
        response(200, body.to_vec()),
    )
    .expect("unknown enum values parse");
    let session = parsed.traffic_mirror_session.expect("session");
    let target = session.traffic_mirror_target_type().expect("target type");
    assert!(
        matches!(target, huaweicloud_vpc_v3::models::TrafficMirrorTargetTypeOrEmpty::Unknown(value) if value.as_str() == "gwlb"),
        "{target:?}"
    );
    assert_eq!(
        session.type_(),
        Some(&huaweicloud_vpc_v3::models::TrafficMirrorSourceType::from(
            "vpc"
        ))
    );
    assert!(!session.type_().is_some_and(|t| t.is_known()));
    let json = serde_json::to_value(&session).expect("serializable");
    assert_eq!(json["traffic_mirror_target_type"], "gwlb");
    assert_eq!(json["type"], "vpc");
}
