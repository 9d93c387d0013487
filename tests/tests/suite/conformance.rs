//! Conformance with the spec, sans IO.
//!
//! 1. Every `x-vendorgen-documented-requests` entry is rebuilt with the generated input
//!    type and `Operation::build_request`, and compared with the documented
//!    method, path (`{project_id}` filled in), query and body.
//!
//!    "Byte-for-byte" for a body means: the documented example, read from the
//!    spec into a `serde_json::Value` (with `preserve_order`, so the keys stay
//!    in the documented order) and written out compactly with
//!    `serde_json::to_vec`, must be exactly the bytes the built request
//!    carries. So keys must come out in the documented order, numbers and
//!    strings in serde_json's canonical spelling, and no whitespace. The built
//!    body must also survive a parse round trip unchanged (it is already in
//!    that compact form). The documented example's whitespace and the
//!    YAML/JSON source spelling are not compared: they are not observable on
//!    the wire of a JSON client.
//!
//! 2. Every example in the spec (request bodies and responses of all
//!    operations) deserializes into its generated type and serializes back to
//!    an equivalent `serde_json::Value` (key order not significant).

use huaweicloud_vpc_v3::models;
use huaweicloud_vpc_v3::operations::traffic_mirror_filter_rules::*;
use huaweicloud_vpc_v3::operations::traffic_mirror_filters::*;
use huaweicloud_vpc_v3::operations::traffic_mirror_sessions::*;
use huaweicloud_vpc_v3::sans_io::{HeaderMap, Operation, Request, RequestContext, Response};
use serde_json::{Map, Value};

const P: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const METHODS: [&str; 5] = ["get", "post", "put", "delete", "patch"];

/// (path template, method, operation object) for every operation.
fn operations(spec: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                out.push((path.clone(), method.to_uppercase(), op.clone()));
            }
        }
    }
    out
}

fn op_id(op: &Value) -> &str {
    op["operationId"].as_str().expect("operationId")
}

fn body<T: serde::de::DeserializeOwned>(body: Option<&Value>) -> T {
    serde_json::from_value(
        body.expect("this operation needs a documented body")
            .clone(),
    )
    .expect("the body example fits the generated type")
}

fn strings(values: &[String]) -> Option<Vec<String>> {
    Some(values.to_vec())
}

/// The value of a query parameter that takes one value.
fn one(key: &str, values: &[String]) -> String {
    assert_eq!(values.len(), 1, "`{key}` takes one value");
    values[0].clone()
}

/// Builds the documented request with the generated input type. Query
/// parameters are mapped by name; extend the match when the spec documents
/// a new one.
fn build(
    op_id: &str,
    params: &Map<String, Value>,
    query: &[(String, Vec<String>)],
    body_value: Option<&Value>,
) -> Request {
    let ctx = RequestContext::new().with_value("project_id", P);
    let path = |name: &str| {
        params
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{op_id}: path parameter {name}"))
            .to_owned()
    };
    let unsupported =
        |k: &str| -> ! { panic!("{op_id}: extend conformance::build for query parameter `{k}`") };
    let int = |v: &[String]| v[0].parse::<i32>().expect("integer query value");
    let result = match op_id {
        "ListTrafficMirrorSessions" => {
            let mut r = ListTrafficMirrorSessionsRequest::new();
            for (k, v) in query {
                match k.as_str() {
                    "id" => r.id = strings(v),
                    "name" => r.name = strings(v),
                    "description" => r.description = strings(v),
                    "traffic_mirror_filter_id" => r.traffic_mirror_filter_id = strings(v),
                    "traffic_mirror_target_id" => r.traffic_mirror_target_id = strings(v),
                    "enabled" => r.enabled = Some(v[0] == "true"),
                    "limit" => r.limit = Some(int(v)),
                    "marker" => r.marker = Some(v[0].clone()),
                    other => unsupported(other),
                }
            }
            r.build_request(&ctx)
        }
        "ListTrafficMirrorFilters" => {
            let mut r = ListTrafficMirrorFiltersRequest::new();
            for (k, v) in query {
                match k.as_str() {
                    "id" => r.id = strings(v),
                    "name" => r.name = strings(v),
                    "description" => r.description = strings(v),
                    "limit" => r.limit = Some(int(v)),
                    "marker" => r.marker = Some(v[0].clone()),
                    other => unsupported(other),
                }
            }
            r.build_request(&ctx)
        }
        "ListTrafficMirrorFilterRules" => {
            let mut r = ListTrafficMirrorFilterRulesRequest::new();
            for (k, v) in query {
                match k.as_str() {
                    "id" => r.id = Some(one(k, v)),
                    "traffic_mirror_filter_id" => r.traffic_mirror_filter_id = Some(one(k, v)),
                    "limit" => r.limit = Some(int(v)),
                    "marker" => r.marker = Some(v[0].clone()),
                    other => unsupported(other),
                }
            }
            r.build_request(&ctx)
        }
        _ if !query.is_empty() => unsupported(&query[0].0),
        "CreateTrafficMirrorSession" => {
            CreateTrafficMirrorSessionRequest::new(body(body_value)).build_request(&ctx)
        }
        "ShowTrafficMirrorSession" => {
            ShowTrafficMirrorSessionRequest::new(path("traffic_mirror_session_id"))
                .build_request(&ctx)
        }
        "UpdateTrafficMirrorSession" => UpdateTrafficMirrorSessionRequest::new(
            path("traffic_mirror_session_id"),
            body(body_value),
        )
        .build_request(&ctx),
        "DeleteTrafficMirrorSession" => {
            DeleteTrafficMirrorSessionRequest::new(path("traffic_mirror_session_id"))
                .build_request(&ctx)
        }
        "AddSourcesToTrafficMirrorSession" => AddSourcesToTrafficMirrorSessionRequest::new(
            path("traffic_mirror_session_id"),
            body(body_value),
        )
        .build_request(&ctx),
        "RemoveSourcesFromTrafficMirrorSession" => {
            RemoveSourcesFromTrafficMirrorSessionRequest::new(
                path("traffic_mirror_session_id"),
                body(body_value),
            )
            .build_request(&ctx)
        }
        "CreateTrafficMirrorFilter" => {
            CreateTrafficMirrorFilterRequest::new(body(body_value)).build_request(&ctx)
        }
        "ShowTrafficMirrorFilter" => {
            ShowTrafficMirrorFilterRequest::new(path("traffic_mirror_filter_id"))
                .build_request(&ctx)
        }
        "UpdateTrafficMirrorFilter" => UpdateTrafficMirrorFilterRequest::new(
            path("traffic_mirror_filter_id"),
            body(body_value),
        )
        .build_request(&ctx),
        "DeleteTrafficMirrorFilter" => {
            DeleteTrafficMirrorFilterRequest::new(path("traffic_mirror_filter_id"))
                .build_request(&ctx)
        }
        "CreateTrafficMirrorFilterRule" => {
            CreateTrafficMirrorFilterRuleRequest::new(body(body_value)).build_request(&ctx)
        }
        "ShowTrafficMirrorFilterRule" => {
            ShowTrafficMirrorFilterRuleRequest::new(path("traffic_mirror_filter_rule_id"))
                .build_request(&ctx)
        }
        "UpdateTrafficMirrorFilterRule" => UpdateTrafficMirrorFilterRuleRequest::new(
            path("traffic_mirror_filter_rule_id"),
            body(body_value),
        )
        .build_request(&ctx),
        "DeleteTrafficMirrorFilterRule" => {
            DeleteTrafficMirrorFilterRuleRequest::new(path("traffic_mirror_filter_rule_id"))
                .build_request(&ctx)
        }
        other => panic!("unknown operation {other}: extend conformance::build"),
    };
    result.unwrap_or_else(|e| panic!("{op_id}: the documented request does not build: {e}"))
}

/// The documented query: the `query` map (scalar or list values) plus any
/// query string in the documented URL.
fn documented_query(doc: &Value, url: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |k: &str, v: String| match out.iter_mut().find(|(key, _)| key == k) {
        Some((_, values)) => values.push(v),
        None => out.push((k.to_owned(), vec![v])),
    };
    let scalar = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if let Some(map) = doc.get("query").and_then(Value::as_object) {
        for (k, v) in map {
            match v {
                Value::Array(items) => items.iter().for_each(|i| add(k, scalar(i))),
                other => add(k, scalar(other)),
            }
        }
    }
    if let Some((_, q)) = url.split_once('?') {
        for (k, v) in crate::support::parse_query(q) {
            add(&k, v);
        }
    }
    out
}

#[test]
fn documented_requests_build_exactly() {
    let spec = spec_tests::spec_json();
    let mut checked = Vec::new();
    for (template, method, op) in operations(&spec) {
        let Some(docs) = op
            .get("x-vendorgen-documented-requests")
            .and_then(Value::as_array)
        else {
            continue;
        };
        let id = op_id(&op);
        let examples = &op["requestBody"]["content"]["application/json"]["examples"];
        for doc in docs {
            assert_eq!(
                doc["method"].as_str(),
                Some(method.as_str()),
                "{id}: documented method"
            );
            let url = doc["url"].as_str().expect("url");
            let after_endpoint = url
                .split_once("{endpoint}")
                .map(|(_, rest)| rest)
                .expect("url has {endpoint}");
            let doc_path = after_endpoint
                .split('?')
                .next()
                .unwrap()
                .replace("{project_id}", P);
            let params = doc["path_parameters"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            // The documented URL must be the template with the documented parameters.
            let mut from_template = template.replace("{project_id}", P);
            for (k, v) in &params {
                from_template = from_template.replace(&format!("{{{k}}}"), v.as_str().unwrap());
            }
            assert_eq!(
                doc_path, from_template,
                "{id}: documented URL vs path template"
            );

            let query = documented_query(doc, url);
            let body_value = doc.get("body_example").and_then(Value::as_str).map(|name| {
                examples
                    .get(name)
                    .and_then(|e| e.get("value"))
                    .unwrap_or_else(|| panic!("{id}: no request example {name}"))
            });
            let request = build(id, &params, &query, body_value);

            assert_eq!(request.method.as_str(), method, "{id}: method");
            assert_eq!(request.path, doc_path, "{id}: path");
            let mut want: Vec<(String, String)> = query
                .iter()
                .flat_map(|(k, vs)| vs.iter().map(move |v| (k.clone(), v.clone())))
                .collect();
            want.sort();
            let mut got = request.query.clone();
            got.sort();
            assert_eq!(got, want, "{id}: query");
            assert_eq!(
                request.query_string(),
                crate::support::canonical_query(&want),
                "{id}: query string"
            );
            match body_value {
                Some(example) => {
                    let expected = serde_json::to_vec(example).unwrap();
                    let actual = request.body.clone().expect("a body");
                    assert_eq!(
                        String::from_utf8_lossy(&actual),
                        String::from_utf8_lossy(&expected),
                        "{id}: body bytes (documented key order, compact)"
                    );
                    let reparsed: Value = serde_json::from_slice(&actual).unwrap();
                    assert_eq!(
                        serde_json::to_vec(&reparsed).unwrap(),
                        actual,
                        "{id}: parse round trip"
                    );
                    assert_eq!(request.header("Content-Type"), Some("application/json"));
                }
                None => assert_eq!(request.body, None, "{id}: no body"),
            }
            checked.push(id.to_owned());
        }
    }
    checked.sort();
    // The three reference pages that print requests, and API Explorer's examples.
    assert_eq!(
        checked,
        [
            "AddSourcesToTrafficMirrorSession",
            "CreateTrafficMirrorFilter",
            "CreateTrafficMirrorSession",
            "DeleteTrafficMirrorFilter",
            "DeleteTrafficMirrorFilterRule",
            "DeleteTrafficMirrorSession",
            "ListTrafficMirrorFilterRules",
            "ListTrafficMirrorFilters",
            "ListTrafficMirrorSessions",
            "RemoveSourcesFromTrafficMirrorSession",
            "UpdateTrafficMirrorSession",
        ]
    );
}

fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> Value {
    let typed: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("does not deserialize: {e}\n{value:#}"));
    serde_json::to_value(&typed).unwrap()
}

/// Request body example → generated body type → JSON.
fn request_roundtrip(op_id: &str, value: &Value) -> Value {
    match op_id {
        "CreateTrafficMirrorSession" => {
            roundtrip::<models::CreateTrafficMirrorSessionRequestBody>(value)
        }
        "UpdateTrafficMirrorSession" => {
            roundtrip::<models::UpdateTrafficMirrorSessionRequestBody>(value)
        }
        "AddSourcesToTrafficMirrorSession" => {
            roundtrip::<models::AddSourcesToTrafficMirrorSessionRequestBody>(value)
        }
        "RemoveSourcesFromTrafficMirrorSession" => {
            roundtrip::<models::RemoveSourcesFromTrafficMirrorSessionRequestBody>(value)
        }
        "CreateTrafficMirrorFilter" => {
            roundtrip::<models::CreateTrafficMirrorFilterRequestBody>(value)
        }
        "UpdateTrafficMirrorFilter" => {
            roundtrip::<models::UpdateTrafficMirrorFilterRequestBody>(value)
        }
        "CreateTrafficMirrorFilterRule" => {
            roundtrip::<models::CreateTrafficMirrorFilterRuleRequestBody>(value)
        }
        "UpdateTrafficMirrorFilterRule" => {
            roundtrip::<models::UpdateTrafficMirrorFilterRuleRequestBody>(value)
        }
        other => panic!("{other} has no request body type: extend conformance::request_roundtrip"),
    }
}

fn parse<O: Operation>(status: u16, value: &Value) -> Value
where
    O::Output: serde::Serialize,
{
    let response = Response {
        status,
        headers: HeaderMap::new(),
        body: serde_json::to_vec(value).unwrap().into(),
    };
    let output =
        O::parse_response(response).unwrap_or_else(|e| panic!("does not parse: {e}\n{value:#}"));
    serde_json::to_value(&output).unwrap()
}

/// Response example → `Operation::parse_response` → JSON. Non-2xx examples
/// go through the generated error model.
fn response_roundtrip(op_id: &str, status: u16, value: &Value) -> Value {
    if !(200..300).contains(&status) {
        return roundtrip::<models::ErrorModel>(value);
    }
    match op_id {
        "CreateTrafficMirrorSession" => parse::<CreateTrafficMirrorSessionRequest>(status, value),
        "ListTrafficMirrorSessions" => parse::<ListTrafficMirrorSessionsRequest>(status, value),
        "ShowTrafficMirrorSession" => parse::<ShowTrafficMirrorSessionRequest>(status, value),
        "UpdateTrafficMirrorSession" => parse::<UpdateTrafficMirrorSessionRequest>(status, value),
        "AddSourcesToTrafficMirrorSession" => {
            parse::<AddSourcesToTrafficMirrorSessionRequest>(status, value)
        }
        "RemoveSourcesFromTrafficMirrorSession" => {
            parse::<RemoveSourcesFromTrafficMirrorSessionRequest>(status, value)
        }
        "CreateTrafficMirrorFilter" => parse::<CreateTrafficMirrorFilterRequest>(status, value),
        "ListTrafficMirrorFilters" => parse::<ListTrafficMirrorFiltersRequest>(status, value),
        "ShowTrafficMirrorFilter" => parse::<ShowTrafficMirrorFilterRequest>(status, value),
        "UpdateTrafficMirrorFilter" => parse::<UpdateTrafficMirrorFilterRequest>(status, value),
        "CreateTrafficMirrorFilterRule" => {
            parse::<CreateTrafficMirrorFilterRuleRequest>(status, value)
        }
        "ListTrafficMirrorFilterRules" => {
            parse::<ListTrafficMirrorFilterRulesRequest>(status, value)
        }
        "ShowTrafficMirrorFilterRule" => parse::<ShowTrafficMirrorFilterRuleRequest>(status, value),
        "UpdateTrafficMirrorFilterRule" => {
            parse::<UpdateTrafficMirrorFilterRuleRequest>(status, value)
        }
        other => {
            panic!("{other} has no response body type: extend conformance::response_roundtrip")
        }
    }
}

/// Every `example` / `examples.*.value` of a media-type object.
fn media_examples(content: &Value) -> Vec<(String, Value)> {
    let Some(media) = content.get("application/json") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(v) = media.get("example") {
        out.push(("example".to_owned(), v.clone()));
    }
    if let Some(map) = media.get("examples").and_then(Value::as_object) {
        for (name, ex) in map {
            out.push((
                name.clone(),
                ex.get("value")
                    .cloned()
                    .unwrap_or_else(|| panic!("example {name} has no inline value")),
            ));
        }
    }
    out
}

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling {r}")),
        None => v,
    }
}

#[test]
fn every_spec_example_round_trips_through_the_generated_types() {
    let spec = spec_tests::spec_json();
    let mut checked = Vec::new();
    for (_, _, op) in operations(&spec) {
        let id = op_id(&op).to_owned();
        let request_body = resolve(&spec, &op["requestBody"]);
        for (name, value) in media_examples(&request_body["content"]) {
            let back = request_roundtrip(&id, &value);
            assert_eq!(back, value, "{id} request example {name}");
            checked.push(format!("{id} request {name}"));
        }
        for (status, response) in op["responses"].as_object().expect("responses") {
            let response = resolve(&spec, response);
            let code: u16 = status.parse().unwrap_or(500);
            for (name, value) in media_examples(&response["content"]) {
                let back = response_roundtrip(&id, code, &value);
                assert_eq!(back, value, "{id} {status} response example {name}");
                checked.push(format!("{id} {status} {name}"));
            }
        }
    }
    // The reference pages' and API Explorer's examples that the spec carries.
    for expected in [
        "ListTrafficMirrorSessions 200 ListTrafficMirrorSessionsOk",
        "UpdateTrafficMirrorSession 200 UpdateTrafficMirrorSessionOk",
        "RemoveSourcesFromTrafficMirrorSession 200 RemoveSourcesFromTrafficMirrorSessionOk",
        "UpdateTrafficMirrorSession request UpdateSessionTargetElb",
        "RemoveSourcesFromTrafficMirrorSession request RemoveSourceFromSession",
        "CreateTrafficMirrorSession request CreateSessionNamedTestSession",
        "CreateTrafficMirrorSession 201 CreateTrafficMirrorSessionCreated",
        "AddSourcesToTrafficMirrorSession request AddSourceToSession",
        "AddSourcesToTrafficMirrorSession 200 AddSourcesToTrafficMirrorSessionOk",
        "CreateTrafficMirrorFilter request CreateFilterNamedTest1",
        "CreateTrafficMirrorFilter 201 CreateTrafficMirrorFilterCreated",
        "ListTrafficMirrorFilters 200 ListTrafficMirrorFiltersOk",
        "CreateTrafficMirrorFilterRule request CreateIngressIcmpRule",
        "CreateTrafficMirrorFilterRule 201 CreateTrafficMirrorFilterRuleCreated",
        "ListTrafficMirrorFilterRules 200 ListTrafficMirrorFilterRulesOk",
    ] {
        assert!(
            checked.iter().any(|c| c == expected),
            "{expected} not checked; checked: {checked:#?}"
        );
    }
}

#[test]
fn remove_sources_example_keeps_the_out_of_enum_target_type() {
    let spec = spec_tests::spec_json();
    let value = spec
        .pointer("/paths/~1v3~1{project_id}~1vpc~1traffic-mirror-sessions~1{traffic_mirror_session_id}~1remove-sources/put/responses/200/content/application~1json/examples/RemoveSourcesFromTrafficMirrorSessionOk/value")
        .expect("the example of the remove-sources page");
    let response = Response {
        status: 200,
        headers: HeaderMap::new(),
        body: serde_json::to_vec(value).unwrap().into(),
    };
    let out = RemoveSourcesFromTrafficMirrorSessionRequest::parse_response(response).unwrap();
    let session = out.traffic_mirror_session.unwrap();
    assert_eq!(
        session.traffic_mirror_target_type,
        Some(models::TrafficMirrorTargetTypeOrEmpty::Empty)
    );
    assert_eq!(session.traffic_mirror_sources, Some(Vec::new()));
    assert_eq!(
        session
            .created_at
            .unwrap()
            .offset_date_time()
            .map(|t| t.unix_timestamp()),
        Some(1677135459)
    );
}

/// The request example of `operation_id` named `example`, as JSON.
fn request_example(operation_id: &str, example: &str) -> Value {
    let spec = spec_tests::spec_json();
    let (_, _, op) = operations(&spec)
        .into_iter()
        .find(|(_, _, op)| op_id(op) == operation_id)
        .expect("operation");
    resolve(
        &spec,
        &op["requestBody"]["content"]["application/json"]["examples"][example],
    )["value"]
        .clone()
}

#[test]
fn documented_bodies_take_a_few_lines_with_the_builders() {
    let update = models::UpdateTrafficMirrorSessionRequestBody::builder()
        .traffic_mirror_session(
            models::UpdateTrafficMirrorSessionOption::builder()
                .traffic_mirror_target_id("c9f8acef-d550-4fbe-be7c-e8bfd3501dc1")
                .traffic_mirror_target_type(models::TrafficMirrorTargetType::Elb)
                .build(),
        )
        .build()
        .expect("the one required field is set");
    assert_eq!(
        serde_json::to_value(&update).expect("serializes"),
        request_example("UpdateTrafficMirrorSession", "UpdateSessionTargetElb")
    );

    let remove = models::RemoveSourcesFromTrafficMirrorSessionRequestBody::builder()
        .traffic_mirror_session(
            models::TrafficMirrorSourcesOption::builder()
                .traffic_mirror_sources("6134900d-31a6-4b71-8453-dbca7f26982a")
                .build()
                .expect("sources set"),
        )
        .build()
        .expect("the one required field is set");
    assert_eq!(
        serde_json::to_value(&remove).expect("serializes"),
        request_example(
            "RemoveSourcesFromTrafficMirrorSession",
            "RemoveSourceFromSession"
        )
    );

    let create = models::CreateTrafficMirrorSessionRequestBody::builder()
        .traffic_mirror_session(
            models::CreateTrafficMirrorSessionOption::builder()
                .name("test-session")
                .traffic_mirror_filter_id("b765ba87-c0b4-4f1a-9ec3-d5b1d1ddb137")
                .traffic_mirror_sources("6134900d-31a6-4b71-8453-dbca7f26982a")
                .traffic_mirror_target_id("c9f8acef-d550-4fbe-be7c-e8bfd3501dc1")
                .traffic_mirror_target_type(models::TrafficMirrorTargetType::Eni)
                .priority(11)
                .build()
                .expect("every required field is set"),
        )
        .build()
        .expect("the one required field is set");
    assert_eq!(
        serde_json::to_value(&create).expect("serializes"),
        request_example(
            "CreateTrafficMirrorSession",
            "CreateSessionNamedTestSession"
        )
    );

    let filter = models::CreateTrafficMirrorFilterRequestBody::builder()
        .traffic_mirror_filter(
            models::CreateTrafficMirrorFilterOption::builder()
                .name("test1")
                .description("description")
                .build()
                .expect("the name is set"),
        )
        .build()
        .expect("the one required field is set");
    assert_eq!(
        serde_json::to_value(&filter).expect("serializes"),
        request_example("CreateTrafficMirrorFilter", "CreateFilterNamedTest1")
    );
}

#[test]
fn builders_name_every_missing_required_field() {
    let error = models::CreateTrafficMirrorFilterRuleOption::builder()
        .priority(1)
        .build()
        .expect_err("required fields are missing");
    let message = huaweicloud_vpc_v3::Error::from(error).to_string();
    for field in [
        "traffic_mirror_filter_id",
        "direction",
        "protocol",
        "ethertype",
        "action",
    ] {
        assert!(
            message.contains(field),
            "{field} is not named in: {message}"
        );
    }
    assert!(!message.contains("priority"), "priority was set: {message}");

    let error = models::CreateTrafficMirrorFilterOption::builder()
        .description("no name")
        .build()
        .expect_err("a filter needs a name");
    let message = huaweicloud_vpc_v3::Error::from(error).to_string();
    assert!(message.contains("name"), "name is not named in: {message}");
}
