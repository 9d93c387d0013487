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
            .set_traffic_mirror_sources(Some((0..11).map(|i| format!("eni-{i}")).collect()))
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

/// Answers every operation with an empty success body.
fn ok_any() -> Reply {
    Reply::json(200, json!({"request_id": "r"}))
}

fn rule_option() -> models::CreateTrafficMirrorFilterRuleOptionBuilder {
    models::CreateTrafficMirrorFilterRuleOption::builder()
        .traffic_mirror_filter_id("f-1")
        .direction(models::TrafficMirrorFilterRuleDirection::Ingress)
        .protocol(models::TrafficMirrorFilterRuleProtocol::Tcp)
        .ethertype(models::TrafficMirrorFilterRuleEthertype::IPv4)
        .action(models::TrafficMirrorFilterRuleAction::Accept)
        .priority(1)
}

async fn create_rule(
    client: &huaweicloud_vpc_v3::Client,
    option: models::CreateTrafficMirrorFilterRuleOption,
) -> Result<(), Error> {
    let body = models::CreateTrafficMirrorFilterRuleRequestBody {
        traffic_mirror_filter_rule: option,
    };
    client
        .create_traffic_mirror_filter_rule(body)
        .send()
        .await
        .map(drop)
}

#[tokio::test]
async fn a_filter_cannot_be_created_without_a_name() {
    let error = models::CreateTrafficMirrorFilterOption::builder()
        .description("web")
        .build()
        .expect_err("the name is mandatory");
    assert!(
        Error::from(error).to_string().contains("name"),
        "the missing field is named"
    );
    let parsed = serde_json::from_value::<models::CreateTrafficMirrorFilterRequestBody>(
        json!({"traffic_mirror_filter": {"description": "web"}}),
    );
    assert!(parsed.is_err(), "a body without a name is not a request");
}

#[tokio::test]
async fn names_take_chinese_characters_but_no_other_punctuation() {
    let server = Server::start(|_| ok_any()).await;
    let client = server.client();
    let session = |name: &str| models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name(name)
            .priority(1)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_sources("eni-1")
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type(models::TrafficMirrorTargetType::Eni)
            .build()
            .unwrap(),
    };
    client
        .create_traffic_mirror_session(session("流量镜像会话_1.a-b"))
        .send()
        .await
        .expect("Chinese characters are allowed in session names");
    assert_eq!(
        server.last().json()["traffic_mirror_session"]["name"],
        "流量镜像会话_1.a-b"
    );
    let filter = |name: &str| models::CreateTrafficMirrorFilterRequestBody {
        traffic_mirror_filter: models::CreateTrafficMirrorFilterOption::builder()
            .name(name)
            .build()
            .unwrap(),
    };
    client
        .create_traffic_mirror_filter(filter("筛选条件-web"))
        .send()
        .await
        .expect("Chinese characters are allowed in filter names");
    let update = models::UpdateTrafficMirrorFilterRequestBody {
        traffic_mirror_filter: models::UpdateTrafficMirrorFilterOption {
            name: Some("新名称".to_owned()),
            ..Default::default()
        },
    };
    client
        .update_traffic_mirror_filter("f-1", update)
        .send()
        .await
        .expect("Chinese characters are allowed when renaming a filter");
    assert_eq!(server.hits(), 3);

    for bad in ["web filter", "filter!", "<f>", "", "ｆｕｌｌｗｉｄｔｈ"] {
        let e = client
            .create_traffic_mirror_filter(filter(bad))
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            violated_fields(e),
            ["traffic_mirror_filter.name".to_owned()].into(),
            "{bad:?}"
        );
        let e = client
            .create_traffic_mirror_session(session(bad))
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            violated_fields(e),
            ["traffic_mirror_session.name".to_owned()].into(),
            "{bad:?}"
        );
    }
    let long = "镜".repeat(65);
    let e = client
        .create_traffic_mirror_filter(filter(&long))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_filter.name".to_owned()].into()
    );
    assert_eq!(server.hits(), 3, "nothing invalid was sent");
}

#[tokio::test]
async fn filter_and_rule_descriptions_refuse_angle_brackets_and_long_text() {
    let server = Server::start(|_| ok_any()).await;
    let client = server.client();
    let e = client
        .create_traffic_mirror_filter(models::CreateTrafficMirrorFilterRequestBody {
            traffic_mirror_filter: models::CreateTrafficMirrorFilterOption::builder()
                .name("f")
                .description("<script>")
                .build()
                .unwrap(),
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_filter.description".to_owned()].into()
    );
    let e = client
        .update_traffic_mirror_filter(
            "f-1",
            models::UpdateTrafficMirrorFilterRequestBody {
                traffic_mirror_filter: models::UpdateTrafficMirrorFilterOption {
                    description: Some("d".repeat(256)),
                    ..Default::default()
                },
            },
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_filter.description".to_owned()].into()
    );
    let e = create_rule(&client, rule_option().description("a > b").build().unwrap())
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_filter_rule.description".to_owned()].into()
    );
    let e = client
        .update_traffic_mirror_filter_rule(
            "r-1",
            models::UpdateTrafficMirrorFilterRuleRequestBody {
                traffic_mirror_filter_rule: models::UpdateTrafficMirrorFilterRuleOption {
                    description: Some("r".repeat(256)),
                    ..Default::default()
                },
            },
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_filter_rule.description".to_owned()].into()
    );
    assert_eq!(server.hits(), 0);
    create_rule(
        &client,
        rule_option().description("d".repeat(255)).build().unwrap(),
    )
    .await
    .expect("255 characters without angle brackets are allowed");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn rule_port_ranges_are_two_ports_from_1_to_65535() {
    let server = Server::start(|_| ok_any()).await;
    let client = server.client();
    for good in ["80-200", "1-65535", "443-443", "65535-65535"] {
        create_rule(
            &client,
            rule_option()
                .source_port_range(good)
                .destination_port_range(good)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_or_else(|e| panic!("{good}: {e}"));
    }
    assert_eq!(server.hits(), 4);
    for bad in [
        "80", "0-80", "80-65536", "80-", "-80", "80-200 ", " 80-200", "80:200", "a-b", "",
    ] {
        let e = create_rule(
            &client,
            rule_option()
                .source_port_range(bad)
                .destination_port_range(bad)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
        assert_eq!(
            violated_fields(e),
            [
                "traffic_mirror_filter_rule.destination_port_range",
                "traffic_mirror_filter_rule.source_port_range",
            ]
            .map(String::from)
            .into(),
            "{bad:?}"
        );
        let e = client
            .update_traffic_mirror_filter_rule(
                "r-1",
                models::UpdateTrafficMirrorFilterRuleRequestBody {
                    traffic_mirror_filter_rule: models::UpdateTrafficMirrorFilterRuleOption {
                        source_port_range: Some(bad.to_owned()),
                        ..Default::default()
                    },
                },
            )
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            violated_fields(e),
            ["traffic_mirror_filter_rule.source_port_range".to_owned()].into(),
            "{bad:?}"
        );
    }
    assert_eq!(server.hits(), 4, "no invalid range was sent");
}

#[tokio::test]
async fn add_sources_takes_one_to_ten_sources() {
    let server = Server::start(|_| ok_any()).await;
    let client = server.client();
    let add = |count: usize| models::AddSourcesToTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::AddTrafficMirrorSourcesOption {
            traffic_mirror_sources: (0..count).map(|i| format!("eni-{i}")).collect(),
        },
    };
    for count in [0, 11] {
        let e = client
            .add_sources_to_traffic_mirror_session("s-1", add(count))
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            violated_fields(e),
            ["traffic_mirror_session.traffic_mirror_sources".to_owned()].into(),
            "{count} sources"
        );
    }
    assert_eq!(server.hits(), 0);
    client
        .add_sources_to_traffic_mirror_session("s-1", add(10))
        .send()
        .await
        .expect("ten sources are allowed");
    assert_eq!(
        server.last().json()["traffic_mirror_session"]["traffic_mirror_sources"]
            .as_array()
            .map(Vec::len),
        Some(10)
    );
}

#[tokio::test]
async fn the_empty_target_type_is_only_read_never_sent() {
    let server = Server::start(|_| ok_any()).await;
    let client = server.client();
    let create = models::CreateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::CreateTrafficMirrorSessionOption::builder()
            .name("s")
            .priority(1)
            .traffic_mirror_filter_id("f")
            .traffic_mirror_sources("eni-1")
            .traffic_mirror_target_id("t")
            .traffic_mirror_target_type("")
            .build()
            .unwrap(),
    };
    let e = client
        .create_traffic_mirror_session(create)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_session.traffic_mirror_target_type".to_owned()].into()
    );
    let update = models::UpdateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: models::UpdateTrafficMirrorSessionOption {
            traffic_mirror_target_type: Some("".into()),
            ..Default::default()
        },
    };
    let e = client
        .update_traffic_mirror_session("s-1", update)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_session.traffic_mirror_target_type".to_owned()].into()
    );
    let e = client
        .list_traffic_mirror_sessions()
        .traffic_mirror_target_type("")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(e),
        ["traffic_mirror_target_type[0]".to_owned()].into()
    );
    assert_eq!(server.hits(), 0);
    // A response may still report it.
    let session: models::TrafficMirrorSession =
        serde_json::from_value(json!({"traffic_mirror_target_type": ""})).unwrap();
    assert_eq!(
        session.traffic_mirror_target_type,
        Some(models::TrafficMirrorTargetTypeOrEmpty::Empty)
    );
}

#[tokio::test]
async fn a_rule_update_never_sends_a_direction() {
    let server = Server::start(|_| ok_any()).await;
    let option: models::UpdateTrafficMirrorFilterRuleOption =
        serde_json::from_value(json!({"direction": "egress", "priority": 2})).unwrap();
    server
        .client()
        .update_traffic_mirror_filter_rule(
            "r-1",
            models::UpdateTrafficMirrorFilterRuleRequestBody {
                traffic_mirror_filter_rule: option,
            },
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.last().json(),
        json!({"traffic_mirror_filter_rule": {"priority": 2}})
    );
}

#[tokio::test]
async fn the_rule_list_checks_its_one_priority() {
    let server = Server::start(|_| ok_any()).await;
    let e = server
        .client()
        .list_traffic_mirror_filter_rules()
        .priority(65536)
        .send()
        .await
        .unwrap_err();
    assert_eq!(violated_fields(e), ["priority".to_owned()].into());
    assert_eq!(server.hits(), 0);
}
