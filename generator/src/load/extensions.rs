//! Our own extensions (`x-vendorgen-*`) checked for shape before anything
//! reads them. One whose shape we do not recognise, or whose name we do not
//! know, is removed with a warning carrying its pointer: the document still
//! generates, without that steering. Other vendors' extensions are not ours
//! and are left alone.

use std::borrow::Cow;

use serde_json::Value;

use crate::diagnostics::{Diagnostic, child};

/// The prefix every extension this generator reads starts with.
pub const PREFIX: &str = "x-vendorgen-";

/// Each extension we read, with the shape it must have.
const KNOWN: &[(&str, Shape)] = &[
    ("x-vendorgen-crate-name", Shape::Text),
    ("x-vendorgen-endpoint-env-prefix", Shape::Text),
    ("x-vendorgen-signing-algorithm", Shape::Text),
    ("x-vendorgen-client-value", Shape::Text),
    ("x-vendorgen-pagination", Shape::Pagination),
    ("x-vendorgen-doc-conflict", Shape::TextOrTexts),
    ("x-vendorgen-documented-requests", Shape::ListOfObjects),
    ("x-vendorgen-credentials", Shape::Object(CREDENTIALS)),
];

/// `x-vendorgen-credentials` on an SDK-HMAC-SHA256 security scheme: what the
/// deployment calls its environment variables (each a name or a list in
/// order of preference), credentials file, headers and endpoints.
const CREDENTIALS: &[(&str, Shape)] = &[
    ("provider", Shape::Text),
    (
        "environment",
        Shape::Object(&[
            ("access_key", Shape::TextOrTexts),
            ("secret_key", Shape::TextOrTexts),
            ("security_token", Shape::TextOrTexts),
            ("project_id", Shape::TextOrTexts),
            ("region", Shape::TextOrTexts),
            ("iam_endpoint", Shape::TextOrTexts),
            ("credentials_file", Shape::TextOrTexts),
        ]),
    ),
    (
        "credentials_file",
        Shape::Object(&[("path", Shape::Text), ("section", Shape::Text)]),
    ),
    ("project_id_header", Shape::Text),
    ("security_token_header", Shape::Text),
    ("project_id_value", Shape::Text),
    (
        "iam",
        Shape::Object(&[
            ("regional_endpoint", Shape::Text),
            ("global_endpoint", Shape::Text),
            ("regions", Shape::TextOrTexts),
        ]),
    ),
    (
        "metadata",
        Shape::Object(&[
            ("endpoint", Shape::Text),
            ("token_path", Shape::Text),
            ("credentials_path", Shape::Text),
            ("token_ttl_header", Shape::Text),
            ("token_header", Shape::Text),
        ]),
    ),
];

#[derive(Clone, Copy)]
enum Shape {
    Text,
    TextOrTexts,
    ListOfObjects,
    /// `marker_parameter`, `next_marker_field`, `items_field` and an optional
    /// `limit_parameter`, all strings.
    Pagination,
    /// An object with exactly these keys, each of its shape.
    Object(&'static [(&'static str, Shape)]),
}

impl Shape {
    /// Why `value` does not fit, if it does not.
    fn mismatch(self, value: &Value) -> Option<Cow<'static, str>> {
        match self {
            Shape::Object(fields) => object_mismatch(fields, value, "").map(Cow::Owned),
            other => other.simple_mismatch(value).map(Cow::Borrowed),
        }
    }

    /// Why `value` does not fit a shape that is not an object of fields.
    fn simple_mismatch(self, value: &Value) -> Option<&'static str> {
        match self {
            Shape::Object(_) => None,
            Shape::Text => (!value.is_string()).then_some("a string"),
            Shape::TextOrTexts => {
                let fits = value.is_string()
                    || value
                        .as_array()
                        .is_some_and(|items| items.iter().all(Value::is_string));
                (!fits).then_some("a string or a list of strings")
            }
            Shape::ListOfObjects => {
                let fits = value
                    .as_array()
                    .is_some_and(|items| items.iter().all(Value::is_object));
                (!fits).then_some("a list of objects")
            }
            Shape::Pagination => {
                let expected = "an object with string fields marker_parameter, next_marker_field, items_field and optionally limit_parameter";
                let Some(map) = value.as_object() else {
                    return Some(expected);
                };
                let required = ["marker_parameter", "next_marker_field", "items_field"]
                    .iter()
                    .all(|key| map.get(*key).is_some_and(Value::is_string));
                let optional = map.get("limit_parameter").is_none_or(Value::is_string);
                (!(required && optional)).then_some(expected)
            }
        }
    }
}

/// Why `value` is not an object with exactly `fields`: the first key that is
/// missing, unknown or misshapen, by its dotted path below `at`.
fn object_mismatch(fields: &[(&str, Shape)], value: &Value, at: &str) -> Option<String> {
    let path = |key: &str| {
        if at.is_empty() {
            key.to_owned()
        } else {
            format!("{at}.{key}")
        }
    };
    let keys = || {
        fields
            .iter()
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(map) = value.as_object() else {
        return Some(if at.is_empty() {
            format!("an object with the keys {}", keys())
        } else {
            format!("an object with `{at}` an object with the keys {}", keys())
        });
    };
    if let Some(unknown) = map.keys().find(|k| !fields.iter().any(|(f, _)| f == k)) {
        return Some(format!(
            "an object without `{}` (known keys{}: {})",
            path(unknown),
            if at.is_empty() {
                String::new()
            } else {
                format!(" of `{at}`")
            },
            keys()
        ));
    }
    for (key, shape) in fields {
        let Some(field) = map.get(*key) else {
            return Some(format!("an object with `{}`", path(key)));
        };
        let problem = match shape {
            Shape::Object(inner) => object_mismatch(inner, field, &path(key)),
            other => other
                .simple_mismatch(field)
                .map(|expected| format!("an object whose `{}` is {expected}", path(key))),
        };
        if problem.is_some() {
            return problem;
        }
    }
    None
}

pub fn check(doc: &mut Value, warnings: &mut Vec<Diagnostic>) {
    visit(doc, "#", warnings);
}

fn visit(value: &mut Value, at: &str, warnings: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            let ours: Vec<String> = map
                .keys()
                .filter(|k| k.starts_with(PREFIX))
                .cloned()
                .collect();
            for key in ours {
                let pointer = child(at, &key);
                let problem = match KNOWN.iter().find(|(name, _)| *name == key) {
                    None => Some(format!(
                        "unknown extension; ignored (known: {})",
                        KNOWN.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                    )),
                    Some((_, shape)) => map
                        .get(&key)
                        .and_then(|v| shape.mismatch(v))
                        .map(|expected| format!("must be {expected}; ignored")),
                };
                if let Some(message) = problem {
                    warnings.push(Diagnostic::new(pointer, message));
                    map.shift_remove(&key);
                }
            }
            for (key, value) in map.iter_mut() {
                // Examples and other extensions' values are data.
                if key == "example" || key == "examples" || key == "default" || key == "enum" {
                    continue;
                }
                if key.starts_with("x-") && !key.starts_with(PREFIX) {
                    continue;
                }
                visit(value, &child(at, key), warnings);
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter_mut().enumerate() {
                visit(value, &child(at, &index.to_string()), warnings);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn misshapen_and_unknown_extensions_are_dropped_with_a_warning() {
        let mut doc = json!({
            "info": {"x-vendorgen-crate-name": 7, "x-pagination": {"anything": true}},
            "paths": {"/a": {"get": {
                "x-vendorgen-pagination": {"marker_parameter": "m", "next_marker_field": "n", "items_field": "i"},
                "x-vendorgen-paginate": true,
                "parameters": [{"x-vendorgen-client-value": ["no"]}]
            }}}
        });
        let mut warnings = Vec::new();
        check(&mut doc, &mut warnings);
        let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(text[0].starts_with("#/info/x-vendorgen-crate-name: must be a string"));
        assert!(
            text.iter()
                .any(|t| t.starts_with("#/paths/~1a/get/x-vendorgen-paginate: unknown extension"))
        );
        assert!(text.iter().any(|t| t.starts_with(
            "#/paths/~1a/get/parameters/0/x-vendorgen-client-value: must be a string"
        )));
        assert!(doc["info"].get("x-vendorgen-crate-name").is_none());
        // Another vendor's extension is not ours to judge; ours that fit stay.
        assert!(doc["info"].get("x-pagination").is_some());
        assert!(
            doc["paths"]["/a"]["get"]
                .get("x-vendorgen-pagination")
                .is_some()
        );
    }

    #[test]
    fn credentials_must_name_every_item_and_nothing_else() {
        let full = json!({
            "provider": "P",
            "environment": {
                "access_key": ["A", "B"], "secret_key": "S", "security_token": [],
                "project_id": ["P"], "region": ["R"], "iam_endpoint": ["I"],
                "credentials_file": ["F"]
            },
            "credentials_file": {"path": "~/.p/credentials", "section": "basic"},
            "project_id_header": "X-P", "security_token_header": "X-T",
            "project_id_value": "project_id",
            "iam": {"regional_endpoint": "https://iam.{region}.p", "global_endpoint": "https://iam.p", "regions": ["r-1"]},
            "metadata": {"endpoint": "http://m", "token_path": "/t", "credentials_path": "/c",
                         "token_ttl_header": "X-Ttl", "token_header": "X-Tok"}
        });
        let check_one = |value: serde_json::Value| {
            let mut doc = json!({"components": {"securitySchemes": {"s": {
                "type": "apiKey", "in": "header", "name": "Authorization",
                "x-vendorgen-credentials": value
            }}}});
            let mut warnings = Vec::new();
            check(&mut doc, &mut warnings);
            let kept = doc["components"]["securitySchemes"]["s"]
                .get("x-vendorgen-credentials")
                .is_some();
            (
                kept,
                warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            )
        };
        assert_eq!(check_one(full.clone()), (true, Vec::new()));

        let mut missing = full.clone();
        missing["metadata"]
            .as_object_mut()
            .map(|m| m.remove("token_header"));
        let mut unknown = full.clone();
        unknown["environment"]["domain_id"] = json!(["D"]);
        let mut misshapen = full.clone();
        misshapen["iam"]["regions"] = json!([1, 2]);
        for (value, expected) in [
            (
                missing,
                "must be an object with `metadata.token_header`; ignored",
            ),
            (
                unknown,
                "must be an object without `environment.domain_id` (known keys of `environment`: access_key,",
            ),
            (
                misshapen,
                "must be an object whose `iam.regions` is a string or a list of strings; ignored",
            ),
            (
                json!("HUAWEICLOUD"),
                "must be an object with the keys provider, environment,",
            ),
        ] {
            let (kept, warnings) = check_one(value);
            assert!(!kept, "{expected}");
            assert_eq!(warnings.len(), 1, "{warnings:?}");
            assert!(
                warnings[0].starts_with("#/components/securitySchemes/s/x-vendorgen-credentials: "),
                "{warnings:?}"
            );
            assert!(warnings[0].contains(expected), "{expected} in {warnings:?}");
        }
    }
}
