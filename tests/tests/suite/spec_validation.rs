//! `spec/openapi.yaml` is valid OpenAPI 3.0.3: checked against the official
//! OpenAPI 3.0 JSON Schema (`tests/fixtures/openapi-3.0-schema.json`, as
//! shipped by the `openapi-spec-validator` project), and against what the
//! spec promises about itself.

use spec_tests::{spec_json, workspace};

fn oas_schema() -> serde_json::Value {
    let text = std::fs::read_to_string(workspace().join("tests/fixtures/openapi-3.0-schema.json"))
        .expect("the OpenAPI 3.0 schema is checked in");
    serde_json::from_str(&text).expect("valid JSON")
}

fn errors(document: &serde_json::Value) -> Vec<String> {
    let validator = jsonschema::validator_for(&oas_schema()).expect("the OpenAPI schema compiles");
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn spec_is_valid_openapi_3_0() {
    let spec = spec_json();
    assert_eq!(spec["openapi"], "3.0.3");
    let problems = errors(&spec);
    assert!(
        problems.is_empty(),
        "spec/openapi.yaml is not valid OpenAPI 3.0:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_validator_rejects_a_broken_spec() {
    // Proves the check above can fail: an operation without `responses` is invalid.
    let mut spec = spec_json();
    let operation = spec["paths"]
        .as_object_mut()
        .and_then(|paths| paths.values_mut().next())
        .and_then(|item| item.as_object_mut())
        .and_then(|item| item.values_mut().find(|v| v.get("responses").is_some()))
        .expect("an operation");
    operation
        .as_object_mut()
        .expect("object")
        .remove("responses");
    assert!(!errors(&spec).is_empty());
}

#[test]
fn every_operation_has_an_id_summary_description_tag_and_error_response() {
    let spec = spec_json();
    let mut count = 0;
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            if !["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                continue;
            }
            count += 1;
            let at = format!("{method} {path}");
            for key in ["operationId", "summary", "description"] {
                assert!(
                    operation[key].as_str().is_some_and(|s| !s.is_empty()),
                    "{at}: no {key}"
                );
            }
            assert_eq!(
                operation["tags"].as_array().map(Vec::len),
                Some(1),
                "{at}: one tag"
            );
            assert!(
                operation["responses"]["default"].is_object(),
                "{at}: the error body as the default response"
            );
            if method == "get" && !path.ends_with('}') {
                assert!(
                    operation["x-pagination"].is_object(),
                    "{at}: list operations declare pagination"
                );
            }
        }
    }
    assert_eq!(count, 17, "the traffic-mirror family has 17 operations");
}

#[test]
fn servers_list_every_documented_region() {
    let spec = spec_json();
    let regions = spec["servers"][0]["variables"]["region"]["enum"]
        .as_array()
        .expect("regions");
    assert_eq!(regions.len(), 34);
    assert_eq!(
        spec["servers"][0]["url"],
        "https://vpc.{region}.myhuaweicloud.com"
    );
}
