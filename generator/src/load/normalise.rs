//! Harmless deviations from the letter of OpenAPI 3.0 that every common tool
//! accepts, repaired in the raw document with a warning carrying the JSON
//! pointer, so that `openapiv3`'s strict deserialisation does not refuse a
//! document its authors publish and use.

use serde_json::{Map, Value};

use super::walk::{self, Visitor};
use crate::diagnostics::{Diagnostic, child};

pub fn normalise(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    top_level(doc, warnings);
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

impl Visitor for Repairs<'_> {
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
