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
}
