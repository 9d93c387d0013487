//! A structural walk over the raw document: visits every operation,
//! parameter, response and schema object where OpenAPI 3.0 puts them, with
//! its JSON pointer, so repairs can be written per kind of object.

use serde_json::{Map, Value};

use crate::diagnostics::child;

/// What a repair wants to see. Every method gets the object and its pointer.
pub trait Visitor {
    fn operation(&mut self, _at: &str, _operation: &mut Map<String, Value>) {}
    fn parameter(&mut self, _at: &str, _parameter: &mut Map<String, Value>) {}
    fn header(&mut self, _at: &str, _header: &mut Map<String, Value>) {}
    fn response(&mut self, _at: &str, _response: &mut Map<String, Value>) {}
    /// Called before the schema's children are walked.
    fn schema(&mut self, _at: &str, _schema: &mut Map<String, Value>) {}
}

pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

pub fn walk(doc: &mut Value, visitor: &mut dyn Visitor) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            path_item(&child("#/paths", path), item, visitor);
        }
    }
    let Some(Value::Object(components)) = root.get_mut("components") else {
        return;
    };
    for (kind, entries) in components.iter_mut() {
        let Value::Object(entries) = entries else {
            continue;
        };
        let base = child("#/components", kind);
        for (name, value) in entries.iter_mut() {
            let at = child(&base, name);
            match kind.as_str() {
                "schemas" => schema(&at, value, visitor),
                "parameters" => parameter(&at, value, visitor),
                "headers" => header(&at, value, visitor),
                "responses" => response(&at, value, visitor),
                "requestBodies" => content_holder(&at, value, visitor),
                _ => {}
            }
        }
    }
}

fn is_ref(map: &Map<String, Value>) -> bool {
    map.contains_key("$ref")
}

fn path_item(at: &str, item: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(item) = item else {
        return;
    };
    if is_ref(item) {
        return;
    }
    parameters(
        &child(at, "parameters"),
        item.get_mut("parameters"),
        visitor,
    );
    for (method, operation) in item.iter_mut() {
        if !METHODS.contains(&method.as_str()) {
            continue;
        }
        let Value::Object(operation) = operation else {
            continue;
        };
        let at = child(at, method);
        visitor.operation(&at, operation);
        parameters(
            &child(&at, "parameters"),
            operation.get_mut("parameters"),
            visitor,
        );
        if let Some(body) = operation.get_mut("requestBody") {
            content_holder(&child(&at, "requestBody"), body, visitor);
        }
        if let Some(Value::Object(responses)) = operation.get_mut("responses") {
            let base = child(&at, "responses");
            for (status, value) in responses.iter_mut() {
                response(&child(&base, status), value, visitor);
            }
        }
    }
}

fn parameters(at: &str, list: Option<&mut Value>, visitor: &mut dyn Visitor) {
    let Some(Value::Array(list)) = list else {
        return;
    };
    for (index, value) in list.iter_mut().enumerate() {
        parameter(&child(at, &index.to_string()), value, visitor);
    }
}

fn parameter(at: &str, value: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(map) = value else {
        return;
    };
    if is_ref(map) {
        return;
    }
    visitor.parameter(at, map);
    header_like(at, map, visitor);
}

fn header(at: &str, value: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(map) = value else {
        return;
    };
    if is_ref(map) {
        return;
    }
    visitor.header(at, map);
    header_like(at, map, visitor);
}

/// Parameters and headers: a `schema` or a `content` map.
fn header_like(at: &str, map: &mut Map<String, Value>, visitor: &mut dyn Visitor) {
    if let Some(value) = map.get_mut("schema") {
        schema(&child(at, "schema"), value, visitor);
    }
    if let Some(Value::Object(content)) = map.get_mut("content") {
        media_types(&child(at, "content"), content, visitor);
    }
}

fn response(at: &str, value: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(map) = value else {
        return;
    };
    if is_ref(map) {
        return;
    }
    visitor.response(at, map);
    if let Some(Value::Object(headers)) = map.get_mut("headers") {
        let base = child(at, "headers");
        for (name, value) in headers.iter_mut() {
            header(&child(&base, name), value, visitor);
        }
    }
    if let Some(Value::Object(content)) = map.get_mut("content") {
        media_types(&child(at, "content"), content, visitor);
    }
}

/// A request body (or anything else with `content`).
fn content_holder(at: &str, value: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(map) = value else {
        return;
    };
    if is_ref(map) {
        return;
    }
    if let Some(Value::Object(content)) = map.get_mut("content") {
        media_types(&child(at, "content"), content, visitor);
    }
}

fn media_types(at: &str, content: &mut Map<String, Value>, visitor: &mut dyn Visitor) {
    for (media, value) in content.iter_mut() {
        if let Value::Object(media_type) = value {
            if let Some(value) = media_type.get_mut("schema") {
                schema(&child(&child(at, media), "schema"), value, visitor);
            }
        }
    }
}

/// A schema and, recursively, every schema inside it.
pub fn schema(at: &str, value: &mut Value, visitor: &mut dyn Visitor) {
    let Value::Object(map) = value else {
        return;
    };
    if is_ref(map) {
        return;
    }
    visitor.schema(at, map);
    for key in ["items", "additionalProperties", "not"] {
        if let Some(value) = map.get_mut(key) {
            schema(&child(at, key), value, visitor);
        }
    }
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        let base = child(at, "properties");
        for (name, value) in properties.iter_mut() {
            schema(&child(&base, name), value, visitor);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            let base = child(at, key);
            for (index, value) in members.iter_mut().enumerate() {
                schema(&child(&base, &index.to_string()), value, visitor);
            }
        }
    }
}
