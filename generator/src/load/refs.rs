//! `$ref`s to any JSON pointer inside the document.
//!
//! Later stages only understand `#/components/<kind>/<name>`. A reference to
//! any other place (`#/components/schemas/Tag/allOf/0`,
//! `#/paths/~1a/get/responses/200/content/application~1json/schema`) has its
//! target moved into a synthetic component named after the pointer
//! (`Tag_allOf_0`), the target's old place refers to that component, and so
//! does every reference to it: the value exists once, under a stable name.
//! Chains of references are followed to their end; a cycle is an error, never
//! a hang.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostic, child};

/// Component kinds a `$ref` may name directly.
const KINDS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

/// Keys whose values are data, not document structure: a `$ref` key inside
/// an example is a value like any other. Only keywords are data: in a map
/// whose keys are names (see [`names_map`]) a property called `default` or
/// the `default` response is structure like any other entry.
fn is_data_key(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum") || key.starts_with("x-")
}

/// Keywords whose value is a map from names the document chooses (property
/// names, status codes, component names, media types) to objects.
fn names_map(key: &str) -> bool {
    matches!(
        key,
        "properties"
            | "responses"
            | "schemas"
            | "parameters"
            | "requestBodies"
            | "headers"
            | "securitySchemes"
            | "links"
            | "callbacks"
            | "content"
            | "encoding"
            | "paths"
    )
}

/// The entries of an object that are document structure: every entry of a
/// map of names (`names`), the non-data keywords of anything else; each
/// with whether its own value is a map of names.
fn structure<'m, V>(
    entries: impl Iterator<Item = (&'m String, V)>,
    names: bool,
) -> impl Iterator<Item = (&'m String, V, bool)> {
    entries
        .filter(move |(key, _)| names || !is_data_key(key))
        .map(move |(key, value)| (key, value, !names && names_map(key)))
}

/// Rewrites non-component references; returns the references that cannot be
/// made to work (cycles, targets of no component kind).
pub fn hoist(doc: &mut Value, warnings: &mut Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut sites = Vec::new();
    collect(doc, "#", &mut sites);
    let mut problems = Vec::new();
    alias_cycles(doc, &mut problems);

    let targets: BTreeSet<&str> = sites
        .iter()
        .map(|(_, r)| r.as_str())
        .filter(|r| r.starts_with('#'))
        .collect();
    if targets.is_empty() {
        return problems;
    }

    // Where each reference really ends up, before anything moves.
    let mut ends: BTreeMap<String, End> = BTreeMap::new();
    for target in &targets {
        ends.insert((*target).to_string(), chase(doc, target));
    }

    // Deepest first, so a parent moved later carries its children's refs.
    let mut to_hoist: Vec<(Vec<String>, String)> = ends
        .values()
        .filter_map(|end| match end {
            End::Hoist(pointer) => Some((segments(pointer)?, pointer.clone())),
            _ => None,
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    to_hoist.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.1.cmp(&b.1)));

    let mut moved: BTreeMap<String, String> = BTreeMap::new();
    let mut unmovable: BTreeSet<String> = BTreeSet::new();
    for (segs, pointer) in &to_hoist {
        let Some(kind) = kind_of(segs) else {
            unmovable.insert(pointer.clone());
            continue;
        };
        let Some(value) = lookup(doc, segs).cloned() else {
            continue;
        };
        let name = free_name(doc, kind, &synthetic_name(segs));
        let new_ref = format!("#/components/{kind}/{name}");
        insert_component(doc, kind, &name, value);
        if let Some(slot) = lookup_mut(doc, segs) {
            let mut reference = Map::new();
            reference.insert("$ref".into(), Value::String(new_ref.clone()));
            *slot = Value::Object(reference);
        }
        moved.insert(pointer.clone(), new_ref);
    }

    let mut rewrite: BTreeMap<String, String> = BTreeMap::new();
    for (original, end) in &ends {
        match end {
            End::Canonical(target) => {
                rewrite.insert(original.clone(), target.clone());
            }
            End::Hoist(pointer) => {
                if let Some(new_ref) = moved.get(pointer) {
                    rewrite.insert(original.clone(), new_ref.clone());
                }
            }
            End::Missing | End::External => {}
            End::Cycle(chain) => {
                for (site, r) in sites.iter().filter(|(_, r)| r == original) {
                    problems.push(Diagnostic::new(
                        child(site, "$ref"),
                        format!(
                            "$ref '{r}' is part of a reference cycle ({})",
                            chain.join(" -> ")
                        ),
                    ));
                }
            }
        }
    }
    for (site, r) in &sites {
        if let Some(End::Hoist(pointer)) = ends.get(r) {
            if unmovable.contains(pointer) {
                problems.push(Diagnostic::new(
                    child(site, "$ref"),
                    format!(
                        "$ref '{r}' points to something that is not a schema, parameter, response, request body, header or example"
                    ),
                ));
            }
        }
    }
    apply(doc, &rewrite);
    wrong_kinds(doc, &sites, warnings);
    problems
}

/// A reference to a component of the wrong kind where the two kinds carry
/// the same information (a response naming a request body, a header naming
/// a parameter): a converted copy of the right kind is made, with a warning.
fn wrong_kinds(doc: &mut Value, sites: &[(String, String)], warnings: &mut Vec<Diagnostic>) {
    let mut made: BTreeMap<(String, &'static str), String> = BTreeMap::new();
    for (site, r) in sites {
        if !is_canonical(r) {
            continue;
        }
        let Some(site_segments) = segments(site) else {
            continue;
        };
        let Some(want) = kind_of(&site_segments) else {
            continue;
        };
        let Some(target) = segments(r) else { continue };
        let have = target[1].as_str();
        if have == want {
            continue;
        }
        let Some(value) = lookup(doc, &target) else {
            continue;
        };
        let Some(converted) = convert(value, have, want) else {
            continue;
        };
        // Only where the reference still stands as written.
        if lookup(doc, &site_segments)
            .and_then(|v| v.get("$ref"))
            .and_then(Value::as_str)
            != Some(r.as_str())
        {
            continue;
        }
        let new_ref = match made.get(&(r.clone(), want)) {
            Some(new_ref) => new_ref.clone(),
            None => {
                let name = free_name(doc, want, &target[2]);
                insert_component(doc, want, &name, converted);
                let new_ref = format!("#/components/{want}/{}", escape(&name));
                made.insert((r.clone(), want), new_ref.clone());
                new_ref
            }
        };
        if let Some(Value::Object(map)) = lookup_mut(doc, &site_segments) {
            map.insert("$ref".into(), Value::String(new_ref));
        }
        warnings.push(Diagnostic::new(
            child(site, "$ref"),
            format!(
                "$ref '{r}' names {} where {} belongs; read as one",
                singular(have),
                singular(want)
            ),
        ));
    }
}

fn singular(kind: &str) -> &'static str {
    match kind {
        "requestBodies" => "a request body",
        "responses" => "a response",
        "parameters" => "a parameter",
        "headers" => "a header",
        "schemas" => "a schema",
        _ => "another kind of object",
    }
}

/// `value`, a component of kind `from`, as a component of kind `to`.
fn convert(value: &Value, from: &str, to: &str) -> Option<Value> {
    let map = value.as_object()?;
    let mut out = Map::new();
    match (from, to) {
        ("requestBodies", "responses") | ("responses", "requestBodies") => {
            let description = map
                .get("description")
                .cloned()
                .unwrap_or_else(|| Value::String(String::new()));
            out.insert("description".into(), description);
            if let Some(content) = map.get("content") {
                out.insert("content".into(), content.clone());
            }
        }
        ("parameters", "headers") => {
            out = map.clone();
            out.remove("name");
            out.remove("in");
        }
        _ => return None,
    }
    Some(Value::Object(out))
}

/// Where a chain of references ends.
enum End {
    /// At a `#/components/<kind>/<name>` reference: use it directly.
    Canonical(String),
    /// At a value in some other place: move it into a component.
    Hoist(String),
    /// Nowhere; the resolver reports the dangling reference.
    Missing,
    /// In another document; the resolver reports it.
    External,
    Cycle(Vec<String>),
}

fn chase(doc: &Value, start: &str) -> End {
    let mut seen = vec![start.to_string()];
    let mut current = start.to_string();
    loop {
        if is_canonical(&current) {
            if segments(&current).and_then(|s| lookup(doc, &s)).is_none() {
                return End::Missing;
            }
            return End::Canonical(current);
        }
        if !current.starts_with('#') {
            return End::External;
        }
        let Some(value) = segments(&current).and_then(|s| lookup(doc, &s)) else {
            return End::Missing;
        };
        match value.get("$ref").and_then(Value::as_str) {
            Some(next) => {
                if seen.iter().any(|s| s == next) {
                    seen.push(next.to_string());
                    return End::Cycle(seen);
                }
                seen.push(next.to_string());
                current = next.to_string();
            }
            None => return End::Hoist(current),
        }
    }
}

/// Components that are nothing but a reference, followed to detect cycles
/// (`A: {$ref: B}`, `B: {$ref: A}`), which would otherwise never resolve.
fn alias_cycles(doc: &Value, problems: &mut Vec<Diagnostic>) {
    let Some(Value::Object(components)) = doc.get("components") else {
        return;
    };
    for (kind, entries) in components {
        let Value::Object(entries) = entries else {
            continue;
        };
        for (name, value) in entries {
            let Some(next) = value.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let start = format!("#/components/{kind}/{}", escape(name));
            let mut chain = vec![start.clone(), next.to_string()];
            let mut current = next.to_string();
            while chain.len() <= 64 {
                let Some(following) = segments(&current)
                    .and_then(|s| lookup(doc, &s))
                    .and_then(|v| v.get("$ref"))
                    .and_then(Value::as_str)
                else {
                    break;
                };
                chain.push(following.to_string());
                if following == start {
                    problems.push(Diagnostic::new(
                        child(&child(&child("#/components", kind), name), "$ref"),
                        format!("reference cycle: {}", chain.join(" -> ")),
                    ));
                    break;
                }
                current = following.to_string();
            }
        }
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Every `$ref` string outside data values, with the pointer of the object
/// holding it.
fn collect(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    collect_in(value, &mut at.to_string(), false, out);
}

/// [`collect`] in a value that is a map of names when `names`. `at` is the
/// value's pointer, one buffer for the whole walk (a segment is pushed for
/// each child and taken off after it): the walk visits every value of the
/// document, and a pointer is only kept where a `$ref` is found.
fn collect_in(value: &Value, at: &mut String, names: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(r)), false) = (map.get("$ref"), names) {
                out.push((at.clone(), r.clone()));
            }
            for (key, value, names) in structure(map.iter(), names) {
                let length = at.len();
                push_segment(at, key);
                collect_in(value, at, names, out);
                at.truncate(length);
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                let length = at.len();
                at.push('/');
                at.push_str(&index.to_string());
                collect_in(value, at, false, out);
                at.truncate(length);
            }
        }
        _ => {}
    }
}

/// Appends `/segment` to a pointer, escaped as [`child`] escapes it.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    for c in segment.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

fn apply(value: &mut Value, rewrite: &BTreeMap<String, String>) {
    apply_in(value, false, rewrite);
}

/// [`apply`] in a value that is a map of names when `names`.
fn apply_in(value: &mut Value, names: bool, rewrite: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(r)), false) = (map.get_mut("$ref"), names) {
                if let Some(new) = rewrite.get(r.as_str()) {
                    *r = new.clone();
                }
            }
            for (_, value, names) in structure(map.iter_mut(), names) {
                apply_in(value, names, rewrite);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| apply_in(v, false, rewrite)),
        _ => {}
    }
}

/// `#/components/<kind>/<name>` with nothing after the name.
pub fn is_canonical(r: &str) -> bool {
    let Some(rest) = r.strip_prefix("#/components/") else {
        return false;
    };
    let mut parts = rest.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(kind), Some(name), None) if KINDS.contains(&kind) && !name.is_empty()
    )
}

/// The value a chain of `$ref`s starting at `value` ends at (`value` itself
/// when it is no reference): the one way load follows a reference, to any
/// JSON pointer in the document. `None` when the chain leads nowhere, out
/// of the document, or around a cycle (bounded; [`hoist`] reports cycles).
pub fn target<'d>(doc: &'d Value, value: &'d Value) -> Option<&'d Value> {
    let mut current = value;
    for _ in 0..64 {
        match current.get("$ref").and_then(Value::as_str) {
            None => return Some(current),
            Some(reference) => current = segments(reference).and_then(|s| lookup(doc, &s))?,
        }
    }
    None
}

/// The decoded segments of a local reference (`~1`, `~0` and `%XX`).
fn segments(r: &str) -> Option<Vec<String>> {
    let rest = r.strip_prefix('#')?;
    if rest.is_empty() {
        return Some(Vec::new());
    }
    let rest = rest.strip_prefix('/')?;
    Some(rest.split('/').map(decode_segment).collect())
}

/// A pointer segment as written to the key it names: percent-decoded,
/// then `~1` read as `/` and `~0` as `~`. In one pass over the decoded
/// text (each `~` starts one escape at most, and neither replacement makes
/// another), where this runs for every segment of every `$ref`.
fn decode_segment(segment: &str) -> String {
    let decoded = percent_decode(segment);
    if !decoded.contains('~') {
        return decoded;
    }
    let mut out = String::with_capacity(decoded.len());
    let mut chars = decoded.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('~', Some('1')) => {
                out.push('/');
                chars.next();
            }
            ('~', Some('0')) => {
                out.push('~');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

fn lookup<'v>(doc: &'v Value, segments: &[String]) -> Option<&'v Value> {
    segments.iter().try_fold(doc, |value, segment| match value {
        Value::Object(map) => map.get(segment),
        Value::Array(items) => items.get(segment.parse::<usize>().ok()?),
        _ => None,
    })
}

fn lookup_mut<'v>(doc: &'v mut Value, segments: &[String]) -> Option<&'v mut Value> {
    segments.iter().try_fold(doc, |value, segment| match value {
        Value::Object(map) => map.get_mut(segment),
        Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?),
        _ => None,
    })
}

/// What kind of OpenAPI object sits at a pointer, following the structure
/// of the document from its root.
fn kind_of(segments: &[String]) -> Option<&'static str> {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        Root,
        PathItem,
        Operation,
        Parameter,
        Header,
        Body,
        Response,
        MediaType,
        Schema,
        Example,
        Other,
    }
    let mut state = At::Root;
    let mut i = 0;
    let seg = |i: usize| segments.get(i).map(String::as_str);
    while i < segments.len() {
        let s = segments[i].as_str();
        let (next, step) = match (state, s) {
            (At::Root, "components") => match seg(i + 1) {
                Some("schemas") => (At::Schema, 3),
                Some("parameters") => (At::Parameter, 3),
                Some("headers") => (At::Header, 3),
                Some("requestBodies") => (At::Body, 3),
                Some("responses") => (At::Response, 3),
                Some("examples") => (At::Example, 3),
                _ => (At::Other, 1),
            },
            (At::Root, "paths") => (At::PathItem, 2),
            // `definitions` and the like, left over from Swagger 2.0.
            (At::Root, _) => (At::Schema, 2),
            (At::PathItem, "parameters") | (At::Operation, "parameters") => (At::Parameter, 2),
            (At::PathItem, _) => (At::Operation, 1),
            (At::Operation, "requestBody") => (At::Body, 1),
            (At::Operation, "responses") => (At::Response, 2),
            (At::Parameter | At::Header | At::MediaType, "schema") => (At::Schema, 1),
            (At::Parameter | At::Header | At::Body | At::Response, "content") => (At::MediaType, 2),
            (At::Parameter | At::Header | At::MediaType, "examples") => (At::Example, 2),
            (At::Response, "headers") => (At::Header, 2),
            (At::Schema, "properties") => (At::Schema, 2),
            (At::Schema, "items" | "additionalProperties" | "not") => (At::Schema, 1),
            (At::Schema, "allOf" | "anyOf" | "oneOf") => (At::Schema, 2),
            _ => (At::Other, 1),
        };
        if next == At::Other || i + step > segments.len() {
            return None;
        }
        state = next;
        i += step;
    }
    match state {
        At::Schema => Some("schemas"),
        At::Parameter => Some("parameters"),
        At::Header => Some("headers"),
        At::Body => Some("requestBodies"),
        At::Response => Some("responses"),
        At::Example => Some("examples"),
        _ => None,
    }
}

/// A component name from the pointer, without the words every pointer has:
/// `Tag_allOf_0`, `TagPage_items_item`, `labels_id_get_200`.
fn synthetic_name(segments: &[String]) -> String {
    let skip = match segments.first().map(String::as_str) {
        Some("components") => 2,
        Some("paths") => 1,
        _ => 0,
    };
    let rest = &segments[skip.min(segments.len())..];
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let segment = rest[i].as_str();
        let last = i + 1 == rest.len();
        let word = match segment {
            // `properties/<name>`: the name says it all.
            "properties" | "content" if !last => {
                i += 1;
                if segment == "content" {
                    // `content/application~1json` says nothing a name needs.
                    i += 1;
                    continue;
                }
                rest[i].as_str()
            }
            "responses" | "schema" if !last => {
                i += 1;
                continue;
            }
            "schema" => {
                i += 1;
                continue;
            }
            "items" => "item",
            other => other,
        };
        let words: Vec<&str> = word
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() {
            parts.push(words.join("_"));
        }
        i += 1;
    }
    if parts.is_empty() {
        "Inline".to_string()
    } else {
        parts.join("_")
    }
}

fn free_name(doc: &Value, kind: &str, wanted: &str) -> String {
    let taken = |name: &str| {
        doc.get("components")
            .and_then(|c| c.get(kind))
            .and_then(|k| k.get(name))
            .is_some()
    };
    if !taken(wanted) {
        return wanted.to_string();
    }
    (2..)
        .map(|n| format!("{wanted}_{n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| wanted.to_string())
}

fn insert_component(doc: &mut Value, kind: &str, name: &str, value: Value) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if !components.is_object() {
        *components = Value::Object(Map::new());
    }
    let Some(components) = components.as_object_mut() else {
        return;
    };
    let entries = components
        .entry(kind)
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(entries) = entries.as_object_mut() {
        entries.insert(name.to_string(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn hoisted(mut doc: Value) -> (Value, Vec<String>) {
        let problems = hoist(&mut doc, &mut Vec::new());
        (doc, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn segments_decode_as_replacing_one_escape_then_the_other() {
        for segment in [
            "plain", "~0", "~1", "~01", "~10", "~~1", "~~0", "~0~1", "~~10", "a~2b", "~", "x~",
            "%7E1", "~%31", "%2F~0%25", "é~1ü",
        ] {
            let two_passes = percent_decode(segment)
                .replace("~1", "/")
                .replace("~0", "~");
            assert_eq!(decode_segment(segment), two_passes, "{segment}");
        }
    }

    #[test]
    fn sites_carry_the_pointers_child_builds() {
        let doc = json!({
            "paths": {"/a~b/{c}": {"get": {"parameters": [
                {"$ref": "#/components/parameters/P"},
                {"schema": {"allOf": [{"$ref": "#/components/schemas/S"}]}}
            ]}}}
        });
        let mut sites = Vec::new();
        collect(&doc, "#", &mut sites);
        let get = child(&child("#/paths", "/a~b/{c}"), "get");
        assert_eq!(
            sites,
            [
                (
                    format!("{get}/parameters/0"),
                    "#/components/parameters/P".to_string()
                ),
                (
                    format!("{get}/parameters/1/schema/allOf/0"),
                    "#/components/schemas/S".to_string()
                ),
            ]
        );
    }

    #[test]
    fn target_follows_chains_to_any_pointer() {
        let doc = json!({
            "components": {"parameters": {
                "A": {"$ref": "#/components/parameters/B"},
                "B": {"$ref": "#/paths/~1a%7Bb%7D/get/parameters/0"},
                "Loop": {"$ref": "#/components/parameters/Loop"}
            }},
            "paths": {"/a{b}": {"get": {"parameters": [{"name": "b", "in": "path"}]}}}
        });
        let start = json!({"$ref": "#/components/parameters/A"});
        assert_eq!(
            target(&doc, &start),
            Some(&json!({"name": "b", "in": "path"}))
        );
        let plain = json!({"name": "x"});
        assert_eq!(target(&doc, &plain), Some(&plain));
        assert_eq!(
            target(&doc, &json!({"$ref": "#/components/parameters/Loop"})),
            None
        );
        assert_eq!(target(&doc, &json!({"$ref": "#/nowhere"})), None);
        assert_eq!(target(&doc, &json!({"$ref": "other.yaml#/x"})), None);
    }

    #[test]
    fn refs_under_names_that_look_like_keywords_are_structure() {
        // The `default` response and a property named `default` are not
        // default values: their refs are hoisted and rewritten like any.
        let (doc, problems) = hoisted(json!({
            "paths": {"/a": {"get": {"responses": {"default": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tag/allOf/0"}}}}}}}},
            "components": {"schemas": {
                "Tag": {"allOf": [{"type": "object"}]},
                "Holder": {"properties": {
                    "default": {"$ref": "#/components/schemas/Tag/allOf/0"},
                    "x-kind": {"$ref": "#/components/schemas/Tag/allOf/0"}
                }, "default": {"$ref": "#/not/structure"}}
            }}
        }));
        assert!(problems.is_empty(), "{problems:?}");
        let hoisted_ref = "#/components/schemas/Tag_allOf_0";
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"]["default"]["content"]["application/json"]["schema"]
                ["$ref"],
            hoisted_ref
        );
        let holder = &doc["components"]["schemas"]["Holder"];
        assert_eq!(holder["properties"]["default"]["$ref"], hoisted_ref);
        assert_eq!(holder["properties"]["x-kind"]["$ref"], hoisted_ref);
        // A schema's own `default` is still a value.
        assert_eq!(holder["default"]["$ref"], "#/not/structure");
    }

    #[test]
    fn component_refs_are_left_alone() {
        assert!(is_canonical("#/components/schemas/Pet"));
        assert!(!is_canonical("#/components/schemas/Pet/allOf/0"));
        assert!(!is_canonical("#/components/things/Pet"));
        let doc = json!({"components": {"schemas": {"A": {"type": "string"}, "B": {"$ref": "#/components/schemas/A"}}}});
        let (after, problems) = hoisted(doc.clone());
        assert_eq!(after, doc);
        assert!(problems.is_empty());
    }

    #[test]
    fn a_ref_into_a_schema_is_hoisted_once() {
        let (doc, problems) = hoisted(json!({
            "paths": {"/a": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tag/allOf/0"}}}}}}}},
            "components": {"schemas": {
                "Tag": {"allOf": [{"type": "object", "properties": {"id": {"type": "string"}}}]},
                "Other": {"$ref": "#/components/schemas/Tag/allOf/0"}
            }}
        }));
        assert!(problems.is_empty(), "{problems:?}");
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["Tag_allOf_0"]["properties"]["id"]["type"], "string");
        assert_eq!(
            schemas["Tag"]["allOf"][0]["$ref"],
            "#/components/schemas/Tag_allOf_0"
        );
        assert_eq!(schemas["Other"]["$ref"], "#/components/schemas/Tag_allOf_0");
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
                ["$ref"],
            "#/components/schemas/Tag_allOf_0"
        );
    }

    #[test]
    fn refs_into_operations_become_components_of_the_right_kind() {
        let (doc, problems) = hoisted(json!({
            "paths": {
                "/a": {"get": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"type": "integer"}}}}}
                }},
                "/b": {"get": {
                    "parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}],
                    "responses": {"200": {"$ref": "#/paths/~1a/get/responses/200"}}
                }},
                "/c": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"}}}}}}}
            }
        }));
        assert!(problems.is_empty(), "{problems:?}");
        let c = &doc["components"];
        assert_eq!(c["parameters"]["a_get_parameters_0"]["name"], "q");
        assert_eq!(
            synthetic_name(&segments("#/components/schemas/P/properties/items/items").unwrap()),
            "P_items_item"
        );
        assert_eq!(c["schemas"]["a_get_200"]["type"], "integer");
        // The response was moved after its schema, so it refers to it.
        assert_eq!(
            c["responses"]["a_get_200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/a_get_200"
        );
        assert_eq!(
            doc["paths"]["/b"]["get"]["responses"]["200"]["$ref"],
            "#/components/responses/a_get_200"
        );
    }

    #[test]
    fn chains_are_followed_and_cycles_reported_without_hanging() {
        let (doc, problems) = hoisted(json!({
            "components": {"schemas": {
                "A": {"properties": {"x": {"$ref": "#/components/schemas/B"}, "y": {"$ref": "#/components/schemas/A/properties/x"}}},
                "B": {"type": "string"},
                "C": {"properties": {"loop": {"$ref": "#/components/schemas/C/properties/loop"}}},
                "D": {"$ref": "#/components/schemas/E"},
                "E": {"$ref": "#/components/schemas/D"}
            }}
        }));
        assert_eq!(
            doc["components"]["schemas"]["A"]["properties"]["y"]["$ref"],
            "#/components/schemas/B"
        );
        let all = problems.join("\n");
        assert!(
            all.contains("#/components/schemas/C/properties/loop/$ref"),
            "{all}"
        );
        assert!(
            all.contains("#/components/schemas/D/$ref: reference cycle"),
            "{all}"
        );
    }

    #[test]
    fn refs_to_non_components_are_errors() {
        let (_, problems) = hoisted(json!({
            "paths": {"/a": {"get": {"responses": {}}}, "/b": {"$ref": "#/paths/~1a"}},
            "components": {"schemas": {"X": {"$ref": "#/info"}}},
            "info": {"title": "t"}
        }));
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("#/components/schemas/X/$ref")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_ref_to_nothing_is_left_for_the_resolver_to_refuse() {
        let mut doc = json!({"components": {"schemas": {
            "A": {"properties": {"x": {"$ref": "#/components/schemas/A/properties/nope"}, "y": {"$ref": "#/components/schemas/Nope"}}}
        }, "responses": {"R": {"$ref": "#/components/responses/R/nope"}}}});
        let before = doc.clone();
        let mut warnings = Vec::new();
        let problems = hoist(&mut doc, &mut warnings);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
        // Nothing is hoisted or dropped: the resolver names each pointer.
        assert_eq!(doc, before);
    }

    #[test]
    fn a_response_naming_a_request_body_gets_a_response() {
        let mut doc = json!({
            "paths": {"/a": {"put": {"responses": {"200": {"$ref": "#/components/requestBodies/Data"}}}}},
            "components": {"requestBodies": {"Data": {"content": {"application/json": {"schema": {"type": "string"}}}}}}
        });
        let mut warnings = Vec::new();
        assert!(hoist(&mut doc, &mut warnings).is_empty());
        assert_eq!(
            doc["paths"]["/a"]["put"]["responses"]["200"]["$ref"],
            "#/components/responses/Data"
        );
        assert_eq!(doc["components"]["responses"]["Data"]["description"], "");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0]
                .message
                .contains("names a request body where a response belongs")
        );
    }

    #[test]
    fn percent_encoded_pointers_are_decoded() {
        assert_eq!(
            segments("#/paths/~1a~1%7Bid%7D/get").unwrap(),
            ["paths", "/a/{id}", "get"]
        );
    }
}
