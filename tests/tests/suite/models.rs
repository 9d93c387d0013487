//! The generated models as a user of the crate meets them: accessors beside
//! the public fields, list setters that append (and `set_*` that replace) on
//! model and operation builders alike, and forward-compatible enums whose
//! documented values always read as their variants.

use std::time::Duration;

use huaweicloud_vpc_v3::models::{
    CreateTrafficMirrorSessionOption, ListTrafficMirrorSessionsResponseBody,
    TrafficMirrorFilterRuleProtocol, TrafficMirrorSessionOptionEnabled, TrafficMirrorSourceType,
    UpdateTrafficMirrorSessionOption,
};
use huaweicloud_vpc_v3::{Client, Credentials};
use serde_json::json;

fn page(value: serde_json::Value) -> ListTrafficMirrorSessionsResponseBody {
    serde_json::from_value(value).expect("a page parses")
}

#[test]
fn accessors_read_nested_optional_values_without_as_ref() {
    let full = page(json!({
        "traffic_mirror_sessions": [{
            "id": "s-1",
            "name": "first",
            "priority": 7,
            "enabled": true,
            "traffic_mirror_sources": ["eni-1", "eni-2"],
            "type": "eni"
        }],
        "page_info": {"next_marker": "s-1", "current_count": 1},
        "request_id": "r-1"
    }));
    assert_eq!(full.page_info().and_then(|p| p.next_marker()), Some("s-1"));
    assert_eq!(full.page_info().and_then(|p| p.current_count()), Some(1));
    let session = &full.traffic_mirror_sessions()[0];
    assert_eq!(session.name(), Some("first"));
    assert_eq!(session.description(), None);
    // `Copy` scalars are returned by value.
    assert_eq!(session.priority(), Some(7));
    assert_eq!(session.enabled(), Some(true));
    assert_eq!(session.traffic_mirror_sources(), ["eni-1", "eni-2"]);
    assert_eq!(session.type_(), Some(&TrafficMirrorSourceType::Eni));
    // The accessors read the public fields, which stay.
    assert_eq!(session.name.as_deref(), session.name());

    // Absent lists read as empty, absent values as `None`.
    let empty = page(json!({}));
    assert!(empty.traffic_mirror_sessions().is_empty());
    assert_eq!(empty.traffic_mirror_sessions, None);
    assert_eq!(empty.page_info().and_then(|p| p.next_marker()), None);
    assert_eq!(empty.request_id(), None);
}

#[test]
fn model_list_setters_append_and_set_replaces() {
    let base = || {
        CreateTrafficMirrorSessionOption::builder()
            .name("s")
            .priority(1)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type("eni")
    };
    let appended = base()
        .traffic_mirror_sources("eni-1")
        .traffic_mirror_sources(String::from("eni-2"))
        .build()
        .expect("complete");
    assert_eq!(appended.traffic_mirror_sources(), ["eni-1", "eni-2"]);

    let replaced = base()
        .traffic_mirror_sources("dropped")
        .set_traffic_mirror_sources(Some(vec!["eni-3".into()]))
        .traffic_mirror_sources("eni-4")
        .build()
        .expect("complete");
    assert_eq!(replaced.traffic_mirror_sources(), ["eni-3", "eni-4"]);

    // `set_*(None)` leaves the required list unset again, which `build` names.
    let error = base()
        .traffic_mirror_sources("eni-1")
        .set_traffic_mirror_sources(None)
        .build()
        .expect_err("traffic_mirror_sources is required");
    assert!(
        error.to_string().contains("traffic_mirror_sources"),
        "{error}"
    );
}

#[test]
fn operation_list_setters_append_and_set_replaces() {
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9")
        .credentials(Credentials::new("ak", "sk").with_project_id("p"))
        .timeout(Duration::from_millis(1))
        .build()
        .expect("client builds");
    let call = client
        .list_traffic_mirror_sessions()
        .id("s-1")
        .id("s-2")
        .priority(1)
        .set_name(Some(vec!["a".into(), "b".into()]))
        .name("c");
    let input = call.input();
    assert_eq!(
        input.id.as_deref(),
        Some(&["s-1".to_string(), "s-2".into()][..])
    );
    assert_eq!(input.priority.as_deref(), Some(&[1][..]));
    assert_eq!(
        input.name.as_deref(),
        Some(&["a".to_string(), "b".into(), "c".into()][..])
    );
    let cleared = client.list_traffic_mirror_sessions().id("s-1").set_id(None);
    assert_eq!(cleared.input().id, None);
}

#[test]
fn documented_enum_values_always_parse_to_their_variants() {
    for value in TrafficMirrorSourceType::VALUES {
        let parsed = TrafficMirrorSourceType::from(*value);
        assert!(parsed.is_known(), "{value}");
        assert_eq!(parsed.as_str(), *value);
        assert_eq!(value.parse::<TrafficMirrorSourceType>(), Ok(parsed.clone()));
        let read: TrafficMirrorSourceType =
            serde_json::from_value(json!(value)).expect("a string parses");
        assert_eq!(read, parsed);
        assert_eq!(
            serde_json::to_value(&read).expect("serializes"),
            json!(value)
        );
        assert_eq!(read.to_string(), *value);
    }
    assert_eq!(
        TrafficMirrorSourceType::from("eni"),
        TrafficMirrorSourceType::Eni
    );
}

#[test]
fn unknown_enum_values_are_kept_and_round_trip() {
    let read: TrafficMirrorSourceType =
        serde_json::from_value(json!("vpc-endpoint")).expect("any string parses");
    assert!(!read.is_known());
    match &read {
        TrafficMirrorSourceType::Unknown(value) => assert_eq!(value.as_str(), "vpc-endpoint"),
        other => panic!("{other:?}"),
    }
    assert_eq!(read.as_str(), "vpc-endpoint");
    assert_eq!(read.to_string(), "vpc-endpoint");
    assert_eq!(
        serde_json::to_value(&read).expect("serializes"),
        json!("vpc-endpoint")
    );
    // An unknown value is never equal to a documented one.
    assert_ne!(read, TrafficMirrorSourceType::Eni);

    // The protocol enum is read leniently and keeps unknown values too.
    let protocol: TrafficMirrorFilterRuleProtocol =
        serde_json::from_value(json!("sctp")).expect("parses");
    assert!(!protocol.is_known());
    assert_eq!(
        serde_json::to_value(&protocol).expect("serializes"),
        json!("sctp")
    );
}

#[test]
fn the_create_and_update_enabled_enums_are_one_type() {
    let enabled = TrafficMirrorSessionOptionEnabled::from("true");
    assert_eq!(enabled, TrafficMirrorSessionOptionEnabled::True);
    let create = CreateTrafficMirrorSessionOption::builder()
        .name("s")
        .priority(1)
        .traffic_mirror_filter_id("f")
        .traffic_mirror_sources("eni-1")
        .traffic_mirror_target_id("t")
        .traffic_mirror_target_type("eni")
        .enabled(enabled)
        .build()
        .expect("complete");
    // A value read from one is given to the other as it is.
    let update = UpdateTrafficMirrorSessionOption::builder()
        .enabled(create.enabled().cloned().expect("set"))
        .build();
    assert_eq!(
        update.enabled(),
        Some(&TrafficMirrorSessionOptionEnabled::True)
    );
    assert_eq!(
        serde_json::to_value(&update).expect("serializes")["enabled"],
        json!("true")
    );
}
