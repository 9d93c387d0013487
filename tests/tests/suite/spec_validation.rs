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
                    operation["x-vendorgen-pagination"].is_object(),
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

/// An OpenAPI 3.0 schema as a JSON Schema (draft 7): `nullable` becomes a
/// `null` type (and value), everything else carries over.
fn json_schema(schema: &serde_json::Value) -> serde_json::Value {
    match schema {
        serde_json::Value::Object(map) => {
            let mut out: serde_json::Map<String, serde_json::Value> = map
                .iter()
                .map(|(key, value)| {
                    let value = match key.as_str() {
                        // Maps of schemas, or of example values: only the former recurse.
                        "example" | "default" | "enum" => value.clone(),
                        _ => json_schema(value),
                    };
                    (key.clone(), value)
                })
                .collect();
            if out.remove("nullable") == Some(serde_json::Value::Bool(true)) {
                if let Some(ty) = out.get("type").cloned() {
                    out.insert("type".into(), serde_json::json!([ty, "null"]));
                }
                if let Some(serde_json::Value::Array(values)) = out.get_mut("enum") {
                    values.push(serde_json::Value::Null);
                }
            }
            serde_json::Value::Object(out)
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.iter().map(json_schema).collect())
        }
        other => other.clone(),
    }
}

/// Every example the spec holds (request bodies, responses, parameters), with
/// its JSON pointer and the schema it must satisfy.
fn examples(spec: &serde_json::Value) -> Vec<(String, serde_json::Value, serde_json::Value)> {
    fn collect(
        at: &str,
        holder: &serde_json::Value,
        out: &mut Vec<(String, serde_json::Value, serde_json::Value)>,
    ) {
        let Some(schema) = holder.get("schema") else {
            return;
        };
        if let Some(example) = holder.get("example") {
            out.push((format!("{at}/example"), example.clone(), schema.clone()));
        }
        for (name, example) in holder["examples"].as_object().into_iter().flatten() {
            if let Some(value) = example.get("value") {
                out.push((
                    format!("{at}/examples/{name}"),
                    value.clone(),
                    schema.clone(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            let at = format!("#/paths/{}/{method}", path.replace('/', "~1"));
            for (index, parameter) in operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                collect(&format!("{at}/parameters/{index}"), parameter, &mut out);
            }
            for (media, content) in operation["requestBody"]["content"]
                .as_object()
                .into_iter()
                .flatten()
            {
                collect(
                    &format!("{at}/requestBody/content/{media}"),
                    content,
                    &mut out,
                );
            }
            for (status, response) in operation["responses"].as_object().into_iter().flatten() {
                for (media, content) in response["content"].as_object().into_iter().flatten() {
                    collect(
                        &format!("{at}/responses/{status}/content/{media}"),
                        content,
                        &mut out,
                    );
                }
            }
        }
    }
    out
}

/// A validator for `schema`, an OpenAPI schema of the spec, as draft-7
/// JSON Schema with formats checked. The schema sits beside the components so
/// that `#/components/...` references resolve.
fn example_validator(
    schema: &serde_json::Value,
    components: &serde_json::Value,
) -> jsonschema::Validator {
    let root = serde_json::json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "allOf": [json_schema(schema)],
        "components": components,
    });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}\n{schema}"))
}

#[test]
fn every_example_satisfies_its_schema() {
    let spec = spec_json();
    let components = json_schema(&spec["components"]);
    let examples = examples(&spec);
    assert!(
        examples.len() >= 8,
        "only {} examples found",
        examples.len()
    );
    let mut problems = Vec::new();
    for (at, example, schema) in &examples {
        let validator = example_validator(schema, &components);
        problems.extend(
            validator
                .iter_errors(example)
                .map(|e| format!("{at}{}: {e}", e.instance_path())),
        );
    }
    assert!(
        problems.is_empty(),
        "examples that their own schema rejects:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_example_check_can_fail() {
    let spec = spec_json();
    let (_, mut example, schema) = examples(&spec)
        .into_iter()
        .find(|(at, ..)| at.contains("remove-sources") && at.contains("/responses/200/"))
        .expect("the remove-sources response example");
    example["traffic_mirror_session"]["priority"] = serde_json::json!(0);
    let validator = example_validator(&schema, &json_schema(&spec["components"]));
    assert!(
        !validator.is_valid(&example),
        "priority 0 is below the documented minimum"
    );
}

#[test]
fn the_name_and_port_range_patterns_mean_the_same_to_a_json_schema_validator() {
    // The runtime checks these patterns with Rust's regex engine; a JSON Schema
    // (ECMA-262) validator must read them the same way, so that the spec says
    // what the client does.
    let spec = spec_json();
    let components = json_schema(&spec["components"]);
    let schema = |name: &str| {
        example_validator(
            &serde_json::json!({"$ref": format!("#/components/schemas/{name}")}),
            &components,
        )
    };
    let filter = schema("CreateTrafficMirrorFilterOption");
    for good in ["test1", "筛选条件_1.a-b", "镜"] {
        assert!(
            filter.is_valid(&serde_json::json!({"name": good})),
            "{good}"
        );
    }
    for bad in ["", "a b", "f!", "<f>", "ｆｕｌｌ"] {
        assert!(!filter.is_valid(&serde_json::json!({"name": bad})), "{bad}");
    }
    assert!(!filter.is_valid(&serde_json::json!({"description": "no name"})));
    let rule = schema("UpdateTrafficMirrorFilterRuleOption");
    for good in ["80-200", "1-65535", "65535-65535"] {
        assert!(
            rule.is_valid(&serde_json::json!({"source_port_range": good})),
            "{good}"
        );
    }
    for bad in ["80", "0-80", "80-65536", "80-200 ", "a-b"] {
        assert!(
            !rule.is_valid(&serde_json::json!({"source_port_range": bad})),
            "{bad}"
        );
    }
}
