//! The JSON round-trip test of a fixture: every `example` (and `examples`)
//! that its spec gives a schema which became a named type, and every media
//! type example whose schema is such a type, is read into that Rust type and
//! written back; the result must equal the example. Written as a test file
//! into the fixture's generated crate, so it runs against the real code.

use std::collections::BTreeMap;
use std::path::Path;

use generator::{ResolveOptions, load, resolve};

/// `(package name, test source)`, or `None` when the spec has no example of
/// a named type.
pub fn round_trip_test(spec: &Path, options: ResolveOptions) -> Option<(String, String)> {
    let spec = generator::spec_file(spec).unwrap_or_else(|e| panic!("{e}"));
    let loaded = load::load_file(&spec).unwrap_or_else(|e| panic!("{e}"));
    let resolved = resolve::resolve(&loaded, options).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&spec).unwrap_or_else(|e| panic!("{e}"));
    let document: serde_json::Value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let by_origin: BTreeMap<&str, &str> = resolved
        .api
        .types
        .iter()
        .map(|t| (t.origin.as_str(), t.name.as_str()))
        .collect();
    let mut cases: Vec<(String, String, serde_json::Value)> = Vec::new();
    for (origin, name) in &by_origin {
        let Some(schema) = document.pointer(origin.trim_start_matches('#')) else {
            continue;
        };
        for (at, example) in examples_of(schema) {
            cases.push((name.to_string(), format!("{origin}/{at}"), example));
        }
    }
    media_examples(&document, "", &by_origin, &mut cases);
    if cases.is_empty() {
        return None;
    }
    let lib = &resolved.api.crate_info.lib_name;
    let calls: String = cases
        .iter()
        .map(|(name, pointer, example)| {
            let json = serde_json::to_string(example).unwrap_or_default();
            format!("    round_trip::<{lib}::models::{name}>({pointer:?}, {json:?});\n")
        })
        .collect();
    let source = format!(
        r#"//! Every example in the fixture's spec, read into its Rust type and
//! written back (written by the generator's coverage test).

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Reads `json` as a `T` (not as an unknown variant or value) and writes it
/// back: the same JSON must come out.
fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(pointer: &str, json: &str) {{
    let example: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{{pointer}}: {{e}}"));
    let typed: T = serde_json::from_value(example.clone())
        .unwrap_or_else(|e| panic!("{{pointer}}: the example does not read: {{e}}"));
    let debug = format!("{{typed:?}}");
    assert!(
        !debug.contains("Unknown("),
        "{{pointer}}: the example reads as an unknown value: {{debug}}"
    );
    let back = serde_json::to_value(&typed).unwrap_or_else(|e| panic!("{{pointer}}: {{e}}"));
    assert!(
        same(&example, &back),
        "{{pointer}}: {{example}} came back as {{back}}"
    );
}}

/// JSON equality where numbers compare by value (`1` and `1.0`) and an
/// object key holding `null` equals an absent key.
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {{
    use serde_json::Value;
    match (a, b) {{
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {{
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }}
        (Value::Object(x), Value::Object(y)) => {{
            let present = |map: &serde_json::Map<String, Value>| {{
                map.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, _)| k.clone())
                    .collect::<std::collections::BTreeSet<_>>()
            }};
            present(x) == present(y)
                && x.iter()
                    .filter(|(_, v)| !v.is_null())
                    .all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }}
        _ => a == b,
    }}
}}

#[test]
fn examples_round_trip() {{
{calls}}}
"#
    );
    let package = resolved.api.crate_info.package.clone();
    Some((package, source))
}

/// The `example` and each of the `examples` of a schema (or media type
/// object: `examples` there is a map of objects holding `value`).
fn examples_of(node: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    if let Some(example) = node.get("example") {
        out.push(("example".to_string(), example.clone()));
    }
    match node.get("examples") {
        Some(serde_json::Value::Array(items)) => {
            for (index, item) in items.iter().enumerate() {
                out.push((format!("examples/{index}"), item.clone()));
            }
        }
        Some(serde_json::Value::Object(named)) => {
            for (key, item) in named {
                if let Some(value) = item.get("value") {
                    out.push((format!("examples/{key}/value"), value.clone()));
                }
            }
        }
        _ => {}
    }
    out
}

/// Media type objects (anything with `schema` and examples) whose schema is
/// a `$ref` to a named type, anywhere under `paths` and `components`.
fn media_examples(
    node: &serde_json::Value,
    pointer: &str,
    by_origin: &BTreeMap<&str, &str>,
    cases: &mut Vec<(String, String, serde_json::Value)>,
) {
    match node {
        serde_json::Value::Object(map) => {
            let schema_ref = map
                .get("schema")
                .and_then(|s| s.get("$ref"))
                .and_then(serde_json::Value::as_str);
            if let Some(name) = schema_ref.and_then(|r| by_origin.get(r)) {
                for (at, example) in examples_of(node) {
                    cases.push((name.to_string(), format!("#{pointer}/{at}"), example));
                }
            }
            for (key, child) in map {
                // Schemas' own examples are covered by their types.
                if key == "schemas" && pointer == "/components" {
                    continue;
                }
                let escaped = key.replace('~', "~0").replace('/', "~1");
                media_examples(child, &format!("{pointer}/{escaped}"), by_origin, cases);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                media_examples(child, &format!("{pointer}/{index}"), by_origin, cases);
            }
        }
        _ => {}
    }
}
