//! Harmless deviations from the letter of OpenAPI 3.0 that every common tool
//! accepts, repaired in the raw document with a warning carrying the JSON
//! pointer, so that `openapiv3`'s strict deserialisation does not refuse a
//! document its authors publish and use.

use serde_json::{Map, Value};

use super::walk::{self, Visitor};
use crate::diagnostics::{Diagnostic, child};

pub fn normalise(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    top_level(doc, warnings);
    security_schemes(doc, warnings);
    named_objects(doc, warnings);
    path_parameters(doc, warnings);
    walk::walk(doc, &mut Repairs { warnings });
}

struct Repairs<'w> {
    warnings: &'w mut Vec<Diagnostic>,
}

impl Repairs<'_> {
    fn warn(&mut self, at: &str, message: impl Into<String>) {
        self.warnings.push(Diagnostic::new(at, message));
    }
}

/// Scalars where `info` wants text (`version: 1.0` in YAML is a number).
fn top_level(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    if let Some(root) = doc.as_object_mut() {
        servers("#", root, warnings);
    }
    let Some(Value::Object(info)) = doc.get_mut("info") else {
        return;
    };
    for key in ["title", "version"] {
        if let Some(value) = info.get_mut(key) {
            if let Some(text) = scalar_text(value) {
                warnings.push(Diagnostic::new(
                    child("#/info", key),
                    format!("is not a string; read as \"{text}\""),
                ));
                *value = Value::String(text);
            }
        }
    }
}

/// The text of a number or boolean, for fields that must be strings.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A server variable needs a `default`: its first `enum` value, or empty.
fn servers(at: &str, holder: &mut Map<String, Value>, warnings: &mut Vec<Diagnostic>) {
    let Some(Value::Array(servers)) = holder.get_mut("servers") else {
        return;
    };
    for (index, server) in servers.iter_mut().enumerate() {
        let Some(Value::Object(variables)) = server.get_mut("variables") else {
            continue;
        };
        let base = child(
            &child(&child(at, "servers"), &index.to_string()),
            "variables",
        );
        for (name, variable) in variables.iter_mut() {
            let Value::Object(variable) = variable else {
                continue;
            };
            if variable.get("default").is_some_and(Value::is_string) {
                continue;
            }
            let default = match variable.get("default").and_then(scalar_text) {
                Some(text) => text,
                None => variable
                    .get("enum")
                    .and_then(|e| e.get(0))
                    .and_then(|v| v.as_str().map(str::to_string).or_else(|| scalar_text(v)))
                    .unwrap_or_default(),
            };
            warnings.push(Diagnostic::new(
                child(&base, name),
                format!("a server variable needs a string `default`; read as \"{default}\""),
            ));
            variable.insert("default".into(), Value::String(default));
        }
    }
}

/// `externalDocs` needs a `url`; without one it points nowhere.
fn external_docs(at: &str, holder: &mut Map<String, Value>, warnings: &mut Vec<Diagnostic>) {
    let Some(docs) = holder.get("externalDocs") else {
        return;
    };
    if docs.get("url").is_some_and(Value::is_string) {
        return;
    }
    warnings.push(Diagnostic::new(
        child(at, "externalDocs"),
        "`externalDocs` needs a `url`; ignored",
    ));
    holder.remove("externalDocs");
}

/// Top-level objects with a required name or URL missing: a licence without
/// a name, tags without a name, external docs without a URL.
fn named_objects(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    external_docs("#", root, warnings);
    if let Some(Value::Object(info)) = root.get_mut("info") {
        if info
            .get("license")
            .is_some_and(|l| !l.get("name").is_some_and(Value::is_string))
        {
            warnings.push(Diagnostic::new(
                "#/info/license",
                "a licence needs a `name`; ignored",
            ));
            info.remove("license");
        }
    }
    if let Some(Value::Array(tags)) = root.get_mut("tags") {
        let mut index = 0;
        tags.retain_mut(|tag| {
            let at = child("#/tags", &index.to_string());
            index += 1;
            if !tag.get("name").is_some_and(Value::is_string) {
                warnings.push(Diagnostic::new(at, "a tag needs a `name`; ignored"));
                return false;
            }
            if let Value::Object(map) = tag {
                external_docs(&at, map, warnings);
            }
            true
        });
    }
}

/// Every `{name}` in a path template needs a path parameter: one that is not
/// declared is added as a required string, and a declared one is required.
fn path_parameters(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    let declared = |doc: &Value, list: Option<&Value>| -> Vec<(String, String)> {
        let Some(Value::Array(list)) = list else {
            return Vec::new();
        };
        list.iter()
            .filter_map(|p| {
                let p = super::refs::target(doc, p)?;
                Some((
                    p.get("name")?.as_str()?.to_string(),
                    p.get("in")?.as_str()?.to_string(),
                ))
            })
            .collect()
    };
    let Some(Value::Object(paths)) = doc.get("paths") else {
        return;
    };
    let mut missing: Vec<(String, String, String)> = Vec::new();
    for (path, item) in paths {
        let names: Vec<&str> = path
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        if names.is_empty() {
            continue;
        }
        let shared = declared(doc, item.get("parameters"));
        for method in walk::METHODS {
            let Some(operation) = item.get(*method) else {
                continue;
            };
            let own = declared(doc, operation.get("parameters"));
            for name in &names {
                let found = shared
                    .iter()
                    .chain(&own)
                    .any(|(n, location)| n == name && location == "path");
                if !found {
                    missing.push((path.clone(), (*method).to_string(), (*name).to_string()));
                }
            }
        }
    }
    for (path, method, name) in missing {
        let Some(Value::Object(operation)) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(&path))
            .and_then(|i| i.get_mut(&method))
        else {
            continue;
        };
        let at = child(&child("#/paths", &path), &method);
        warnings.push(Diagnostic::new(
            at,
            format!("path parameter '{name}' is used in the path but not declared; read as a required string"),
        ));
        let parameters = operation
            .entry("parameters")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = parameters {
            list.push(serde_json::json!({
                "name": name, "in": "path", "required": true, "schema": {"type": "string"}
            }));
        }
    }
}

/// OAuth 2 flows need `scopes`, even when there are none.
fn security_schemes(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemes)) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return;
    };
    for (name, scheme) in schemes.iter_mut() {
        let Some(Value::Object(flows)) = scheme.get_mut("flows") else {
            continue;
        };
        let base = child(&child("#/components/securitySchemes", name), "flows");
        for (flow_name, flow) in flows.iter_mut() {
            let Value::Object(flow) = flow else { continue };
            if !flow.get("scopes").is_some_and(Value::is_object) {
                warnings.push(Diagnostic::new(
                    child(&base, flow_name),
                    "an OAuth 2 flow needs `scopes`; read as none",
                ));
                flow.insert("scopes".into(), Value::Object(Map::new()));
            }
        }
    }
}

impl Visitor for Repairs<'_> {
    fn parameter(&mut self, at: &str, parameter: &mut Map<String, Value>) {
        let in_path = parameter.get("in").and_then(Value::as_str) == Some("path");
        if in_path && parameter.get("required") != Some(&Value::Bool(true)) {
            self.warn(
                at,
                "a path parameter is always required (OpenAPI 3.0); read as required",
            );
            parameter.insert("required".into(), Value::Bool(true));
        }
        if !parameter.contains_key("schema") && !parameter.contains_key("content") {
            self.warn(
                at,
                "a parameter needs a `schema` or `content` (OpenAPI 3.0); read as a string",
            );
            let mut schema = Map::new();
            schema.insert("type".into(), Value::String("string".into()));
            parameter.insert("schema".into(), Value::Object(schema));
        }
    }

    fn header(&mut self, at: &str, header: &mut Map<String, Value>) {
        if !header.contains_key("schema") && !header.contains_key("content") {
            self.warn(
                at,
                "a header needs a `schema` or `content` (OpenAPI 3.0); read as a string",
            );
            let mut schema = Map::new();
            schema.insert("type".into(), Value::String("string".into()));
            header.insert("schema".into(), Value::Object(schema));
        }
    }

    fn operation(&mut self, at: &str, operation: &mut Map<String, Value>) {
        external_docs(at, operation, self.warnings);
        let empty_body = operation.get("requestBody").is_some_and(|body| {
            body.get("$ref").is_none()
                && body
                    .get("content")
                    .and_then(Value::as_object)
                    .is_none_or(|c| c.is_empty())
        });
        if empty_body {
            self.warn(
                &child(at, "requestBody"),
                "a request body without `content` describes nothing to send; ignored",
            );
            operation.remove("requestBody");
        }
        if !operation.contains_key("responses") {
            self.warn(
                at,
                "an operation needs `responses` (OpenAPI 3.0); read as none documented",
            );
            operation.insert("responses".into(), Value::Object(Map::new()));
        }
        servers(at, operation, self.warnings);
    }

    fn response(&mut self, at: &str, response: &mut Map<String, Value>) {
        if !response.get("description").is_some_and(Value::is_string) {
            self.warn(
                at,
                "a response needs a `description` (OpenAPI 3.0); read as empty",
            );
            response.insert("description".into(), Value::String(String::new()));
        }
    }

    fn schema(&mut self, at: &str, schema: &mut Map<String, Value>) {
        external_docs(at, schema, self.warnings);
        if schema.get("required").is_some_and(|r| !r.is_array()) {
            self.warn(
                &child(at, "required"),
                "`required` on a schema is a list of property names (OpenAPI 3.0); ignored",
            );
            schema.remove("required");
        }
        type_list(self, at, schema);
        numeric_exclusive_bounds(self, at, schema);
        if schema.get("type").and_then(Value::as_str) == Some("integer") {
            integer_bounds(self, at, schema);
        }
    }
}

/// `type: [string, "null"]` (OpenAPI 3.1 style): one type plus `nullable`,
/// or an `anyOf` of the types when there are several.
fn type_list(repairs: &mut Repairs<'_>, at: &str, schema: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = schema.get("type") else {
        return;
    };
    let nullable = types.iter().any(|t| t == "null");
    let named: Vec<Value> = types
        .iter()
        .filter(|t| t.is_string() && *t != "null")
        .cloned()
        .collect();
    let written = Value::Array(types.clone()).to_string();
    match named.as_slice() {
        [] => {
            schema.remove("type");
        }
        [one] => {
            schema.insert("type".into(), one.clone());
        }
        _ => {
            schema.remove("type");
            let members = named
                .into_iter()
                .map(|t| {
                    let mut member = Map::new();
                    member.insert("type".into(), t);
                    Value::Object(member)
                })
                .collect();
            schema.insert("anyOf".into(), Value::Array(members));
        }
    }
    if nullable {
        schema.insert("nullable".into(), Value::Bool(true));
    }
    repairs.warn(
        &child(at, "type"),
        format!("a list of types ({written}) is OpenAPI 3.1; read as its 3.0 equivalent"),
    );
}

/// `exclusiveMinimum: 5` (OpenAPI 3.1 / JSON Schema style) is
/// `minimum: 5, exclusiveMinimum: true` in 3.0.
fn numeric_exclusive_bounds(repairs: &mut Repairs<'_>, at: &str, schema: &mut Map<String, Value>) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        let Some(value) = schema.get(exclusive).filter(|v| v.is_number()).cloned() else {
            continue;
        };
        schema.insert(bound.into(), value);
        schema.insert(exclusive.into(), Value::Bool(true));
        repairs.warn(
            &child(at, exclusive),
            format!("a number here is OpenAPI 3.1; read as `{bound}` with `{exclusive}: true`"),
        );
    }
}

/// Integer bounds must be 64-bit integers: `1.0` is read as `1`, values
/// beyond the 64-bit range are clamped to it, fractions rounded inwards.
fn integer_bounds(repairs: &mut Repairs<'_>, at: &str, schema: &mut Map<String, Value>) {
    for key in ["minimum", "maximum", "multipleOf"] {
        let Some(Value::Number(number)) = schema.get(key) else {
            continue;
        };
        if number.is_i64() {
            continue;
        }
        let Some(float) = number.as_f64() else {
            continue;
        };
        let rounded = match key {
            "minimum" => float.ceil(),
            "maximum" => float.floor(),
            _ => float.round().max(1.0),
        };
        // `as` saturates: beyond the range is the range's end.
        let clamped = rounded as i64;
        let exact = float.fract() == 0.0 && (clamped as f64) == float;
        if !exact {
            repairs.warn(
                &child(at, key),
                format!("{number} is not a 64-bit integer; read as {clamped}"),
            );
        }
        schema.insert(key.into(), Value::from(clamped));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn repaired(mut doc: Value) -> (Value, Vec<String>) {
        let mut warnings = Vec::new();
        normalise(&mut doc, &mut warnings);
        (doc, warnings.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_path_parameter_behind_a_chain_of_refs_is_declared() {
        let (doc, warnings) = repaired(json!({
            "paths": {"/a/{id}": {"get": {
                "parameters": [{"$ref": "#/components/parameters/A"}],
                "responses": {}
            }}},
            "components": {"parameters": {
                "A": {"$ref": "#/components/parameters/B"},
                "B": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}
            }}
        }));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            doc["paths"]["/a/{id}"]["get"]["parameters"],
            json!([{"$ref": "#/components/parameters/A"}])
        );
    }

    #[test]
    fn deviations_are_repaired_with_a_warning_each() {
        let (doc, warnings) = repaired(json!({
            "info": {"title": "t", "version": 1.5, "license": {"url": "u"}},
            "servers": [{"url": "https://{h}", "variables": {"h": {"enum": ["a.example"]}}}],
            "tags": [{"description": "nameless"}, {"name": "kept"}],
            "paths": {"/a/{id}/{v}": {"parameters": [{"name": "v", "in": "path", "schema": {"type": "string"}}], "post": {
                "parameters": [{"name": "q", "in": "query"}],
                "requestBody": {"description": "nothing"},
                "responses": {"200": {"headers": {"X": {}}}}
            }}},
            "components": {"schemas": {"S": {
                "type": ["string", "null"],
                "required": true,
                "properties": {
                    "n": {"type": "integer", "exclusiveMinimum": 0, "maximum": 1e30},
                    "u": {"type": ["string", "integer"]}
                }
            }}, "securitySchemes": {"o": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "u"}}}}}
        }));
        assert_eq!(doc["info"]["version"], "1.5");
        assert!(doc["info"].get("license").is_none());
        assert_eq!(doc["servers"][0]["variables"]["h"]["default"], "a.example");
        assert_eq!(doc["tags"], json!([{"name": "kept"}]));
        let op = &doc["paths"]["/a/{id}/{v}"]["post"];
        assert_eq!(op["parameters"][0]["schema"], json!({"type": "string"}));
        assert_eq!(
            op["parameters"][1],
            json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}})
        );
        assert_eq!(
            doc["paths"]["/a/{id}/{v}"]["parameters"][0]["required"],
            true
        );
        assert!(op.get("requestBody").is_none());
        assert_eq!(op["responses"]["200"]["description"], "");
        assert_eq!(
            op["responses"]["200"]["headers"]["X"]["schema"],
            json!({"type": "string"})
        );
        let s = &doc["components"]["schemas"]["S"];
        assert_eq!(
            (&s["type"], &s["nullable"]),
            (&json!("string"), &json!(true))
        );
        assert!(s.get("required").is_none());
        let n = &s["properties"]["n"];
        assert_eq!(
            (&n["minimum"], &n["exclusiveMinimum"], &n["maximum"]),
            (&json!(0), &json!(true), &json!(i64::MAX))
        );
        assert_eq!(
            s["properties"]["u"]["anyOf"],
            json!([{"type": "string"}, {"type": "integer"}])
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["o"]["flows"]["implicit"]["scopes"],
            json!({})
        );
        assert_eq!(warnings.len(), 16, "{warnings:#?}");
        assert!(
            warnings.iter().all(|w| w.starts_with("#/")),
            "{warnings:#?}"
        );
    }

    #[test]
    fn a_conforming_document_is_left_alone() {
        let doc = json!({
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": {"S": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}}}
        });
        assert_eq!(repaired(doc.clone()), (doc, Vec::new()));
    }
}
