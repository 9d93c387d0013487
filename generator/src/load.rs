//! Stage 1: spec text to `openapiv3::OpenAPI`.
//!
//! Owns everything about reading the document: YAML and JSON syntax errors
//! with line and column, documents of another OpenAPI generation (Swagger
//! 2.0, 3.1) rejected by name rather than with a parse dump, and structural
//! errors located by their JSON pointer.
//!
//! Documents are read as published: the text is first loaded into a plain
//! JSON value, where harmless deviations from the letter of the spec are
//! repaired with a warning ([`normalise`]), `$ref`s to arbitrary JSON
//! pointers are turned into component references ([`refs`]) and our own
//! `x-vendorgen-` extensions are checked for shape ([`extensions`]). Only
//! then is the value deserialised into `openapiv3`, so later stages see one
//! regular form.

mod extensions;
mod normalise;
mod refs;
mod walk;

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Error, escape_segment};

/// A parsed document, where it came from, and what was repaired on the way.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    pub path: PathBuf,
    pub document: openapiv3::OpenAPI,
    /// Deviations accepted while loading, each with its JSON pointer.
    pub warnings: Vec<Diagnostic>,
}

/// Reads and parses the spec at `path`.
pub fn load_file(path: &Path) -> Result<LoadedSpec, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    load_str(path, &text)
}

/// Parses spec text; `path` is only used in messages.
pub fn load_str(path: &Path, text: &str) -> Result<LoadedSpec, Error> {
    let path = path.to_path_buf();
    let mut raw = parse_text(&path, text)?;
    check_version(&path, &raw)?;

    let mut warnings = Vec::new();
    normalise::normalise(&mut raw, &mut warnings);
    extensions::check(&mut raw, &mut warnings);
    let problems = refs::hoist(&mut raw, &mut warnings);
    if !problems.is_empty() {
        return Err(Error::Spec {
            path,
            diagnostics: problems,
        });
    }

    let document = match deserialize_split(&mut raw) {
        Some(document) => document,
        None => whole(&path, &raw)?,
    };
    warnings.sort();
    warnings.dedup();
    Ok(LoadedSpec {
        path,
        document,
        warnings,
    })
}

/// The document into `openapiv3` with its `paths` read on a second thread
/// (`openapiv3` buffers each object it reads, which makes this a large
/// share of loading a large document, and paths are about half of one);
/// `None` if either half fails, for [`whole`] to say where, as if the
/// document had been read in one piece. (Either way, `raw` is left with
/// its paths, for [`whole`].)
fn deserialize_split(raw: &mut serde_json::Value) -> Option<openapiv3::OpenAPI> {
    use serde::Deserialize as _;
    let slot = raw.as_object_mut()?.get_mut("paths")?;
    let paths = std::mem::replace(slot, serde_json::Value::Object(serde_json::Map::new()));
    let (rest, read_paths) = std::thread::scope(|scope| {
        let read_paths = scope.spawn(|| openapiv3::Paths::deserialize(&paths).ok());
        let rest = openapiv3::OpenAPI::deserialize(&*raw).ok();
        (rest, read_paths.join().ok().flatten())
    });
    if let Some(slot) = raw.as_object_mut().and_then(|root| root.get_mut("paths")) {
        *slot = paths;
    }
    let mut document = rest?;
    document.paths = read_paths?;
    Some(document)
}

/// The document into `openapiv3` in one piece, with the pointer of what
/// does not fit when it fails.
fn whole(path: &Path, raw: &serde_json::Value) -> Result<openapiv3::OpenAPI, Error> {
    match serde_path_to_error::deserialize(raw) {
        Ok(document) => Ok(document),
        Err(error) => {
            let (pointer, message) = locate(
                raw,
                path_to_pointer(error.path()),
                error.into_inner().to_string(),
            );
            Err(Error::Structure {
                path: path.to_path_buf(),
                pointer,
                message,
            })
        }
    }
}

/// JSON when it looks like JSON (much faster for the large published
/// documents), YAML otherwise or when the JSON parser gives up.
fn parse_text(path: &Path, text: &str) -> Result<serde_json::Value, Error> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let mut json_error = None;
    if trimmed.starts_with('{') {
        match serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}')) {
            Ok(value) => return Ok(value),
            Err(error) => json_error = Some(error),
        }
    }
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(mut yaml) => {
            // `<<` merge keys are YAML 1.1; published documents use them with anchors.
            let _ = yaml.apply_merge();
            Ok(yaml_to_json(yaml))
        }
        // `serde_yaml::Value` cannot hold integers beyond 64 bits (OpenAI's
        // `minimum: -9223372036854776000`); reading straight into JSON can.
        Err(error) => {
            use serde::Deserializer as _;
            serde_yaml::Deserializer::from_str(text)
                .deserialize_any(wide::JsonVisitor)
                .map_err(|_| match json_error {
                    // It looked like JSON and is neither: JSON's account of
                    // where it breaks is the one that helps.
                    Some(json) => Error::Syntax {
                        path: path.to_path_buf(),
                        line: json.line(),
                        column: json.column(),
                        message: format!("malformed JSON: {}", strip_location(&json.to_string())),
                    },
                    None => syntax_error(path, &error),
                })
        }
    }
}

/// YAML straight into JSON, for the documents `serde_yaml::Value` refuses.
mod wide {
    use std::fmt;

    use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Number, Value};

    pub struct JsonVisitor;

    fn float(f: f64) -> Value {
        Number::from_f64(f).map_or_else(|| Value::String(f.to_string()), Value::Number)
    }

    impl<'de> Visitor<'de> for JsonVisitor {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any YAML value")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
            Ok(i64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
        }
        fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
            Ok(u64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            Ok(float(v))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_string()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_none<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(JsonVisitor)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element_seed(Seed)? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = Map::new();
            while let Some(key) = map.next_key_seed(Seed)? {
                let key = match key {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                out.insert(key, map.next_value_seed(Seed)?);
            }
            Ok(Value::Object(out))
        }
        fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
            // A YAML tag (`!foo value`): keep the value, drop the tag.
            use de::VariantAccess;
            let (_, variant): (de::IgnoredAny, _) = data.variant()?;
            variant.newtype_variant_seed(Seed)
        }
    }

    struct Seed;

    impl<'de> de::DeserializeSeed<'de> for Seed {
        type Value = Value;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(JsonVisitor)
        }
    }
}

/// YAML to JSON: mapping keys become strings (`200:` is the status `"200"`),
/// tags are dropped, non-finite floats become strings.
fn yaml_to_json(value: serde_yaml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    match value {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                J::from(i)
            } else if let Some(u) = n.as_u64() {
                J::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f).map_or_else(|| J::String(n.to_string()), J::Number)
            }
        }
        Y::String(s) => J::String(s),
        Y::Sequence(items) => J::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => J::Object(
            map.into_iter()
                .map(|(k, v)| (yaml_key(k), yaml_to_json(v)))
                .collect(),
        ),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
    }
}

fn yaml_key(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s,
        serde_yaml::Value::Null => "null".into(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Number(n) => n.to_string(),
        other => match yaml_to_json(other) {
            serde_json::Value::String(s) => s,
            json => json.to_string(),
        },
    }
}

fn syntax_error(path: &Path, error: &serde_yaml::Error) -> Error {
    let (line, column) = error.location().map_or((0, 0), |l| (l.line(), l.column()));
    Error::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message: format!("malformed YAML: {}", strip_location(&error.to_string())),
    }
}

/// serde_yaml appends "at line L column C" to its messages; we print the
/// location ourselves in the `file:line:column` form editors understand.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

fn check_version(path: &Path, raw: &serde_json::Value) -> Result<(), Error> {
    let unsupported = |message: String| Error::UnsupportedVersion {
        path: path.to_path_buf(),
        message,
    };
    let Some(map) = raw.as_object() else {
        return Err(unsupported(
            "not an OpenAPI document: the top level is not a mapping".into(),
        ));
    };
    if let Some(swagger) = map.get("swagger") {
        return Err(unsupported(format!(
            "Swagger {} documents are not supported; convert the document to OpenAPI 3.0 first",
            scalar(swagger)
        )));
    }
    let Some(version) = map.get("openapi") else {
        return Err(unsupported(
            "not an OpenAPI document: it has no `openapi` version field".into(),
        ));
    };
    let version = scalar(version);
    if version.starts_with("3.0") {
        Ok(())
    } else {
        Err(unsupported(format!(
            "OpenAPI {version} is not supported; this generator reads OpenAPI 3.0.x documents"
        )))
    }
}

fn scalar(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `openapiv3` flattens path maps, response maps and schema kinds, which hides
/// where inside them a value failed; this narrows the pointer by checking the
/// children of the failing object one by one, down to the deepest that fails.
fn locate(doc: &serde_json::Value, pointer: String, message: String) -> (String, String) {
    use openapiv3::{PathItem, ReferenceOr, Response, Schema};
    use serde_json::Value;

    fn check<T: serde::de::DeserializeOwned>(at: &str, value: &Value) -> Option<(String, String)> {
        let error = serde_path_to_error::deserialize::<_, T>(value).err()?;
        let inner = path_to_pointer(error.path());
        Some((
            format!("{at}{}", &inner[1..]),
            error.into_inner().to_string(),
        ))
    }
    fn failing_child(at: &str, value: &Value) -> Option<(String, String)> {
        let map = value.as_object()?;
        let last = at.rsplit('/').next().unwrap_or("");
        let mut candidates: Vec<(String, &Value, &str)> = Vec::new();
        if at == "#/paths" {
            candidates.extend(map.iter().map(|(k, v)| (child(at, k), v, "path")));
        } else if last == "responses" {
            candidates.extend(map.iter().map(|(k, v)| (child(at, k), v, "response")));
        } else {
            for (key, value) in map {
                match key.as_str() {
                    "schema" | "items" | "additionalProperties" | "not" => {
                        candidates.push((child(at, key), value, "schema"));
                    }
                    "properties" => {
                        if let Some(props) = value.as_object() {
                            let base = child(at, key);
                            candidates
                                .extend(props.iter().map(|(k, v)| (child(&base, k), v, "schema")));
                        }
                    }
                    "allOf" | "anyOf" | "oneOf" => {
                        if let Some(items) = value.as_array() {
                            let base = child(at, key);
                            candidates.extend(
                                items
                                    .iter()
                                    .enumerate()
                                    .map(|(i, v)| (child(&base, &i.to_string()), v, "schema")),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        // The untagged `ReferenceOr` would hide the inner path again, so a
        // value without `$ref` is checked as the item itself.
        candidates.into_iter().find_map(|(at, value, kind)| {
            let reference = value.get("$ref").is_some();
            match (kind, reference) {
                (_, true) => check::<ReferenceOr<Schema>>(&at, value),
                ("path", false) => check::<PathItem>(&at, value),
                ("response", false) => check::<Response>(&at, value),
                _ => check::<Schema>(&at, value),
            }
        })
    }
    fn child(at: &str, key: &str) -> String {
        format!("{at}/{}", escape_segment(key))
    }

    let (mut pointer, mut message) = (pointer, message);
    // Each step goes one level deeper, so this ends with the document.
    while let Some(value) = pointer_value(doc, &pointer) {
        match failing_child(&pointer, value) {
            Some((deeper, why)) if deeper != pointer => {
                pointer = deeper;
                message = why;
            }
            _ => break,
        }
    }
    (pointer, message)
}

fn pointer_value<'v>(doc: &'v serde_json::Value, pointer: &str) -> Option<&'v serde_json::Value> {
    doc.pointer(pointer.strip_prefix('#')?)
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("#");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_segment(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<LoadedSpec, Error> {
        load_str(Path::new("spec.yaml"), text)
    }

    #[test]
    fn loads_a_minimal_document() {
        let spec = load("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap();
        assert_eq!(spec.document.info.title, "t");
        assert!(spec.warnings.is_empty(), "{:?}", spec.warnings);
    }

    #[test]
    fn loads_json_and_yaml_alike() {
        let json =
            load(r#"{"openapi": "3.0.0", "info": {"title": "j", "version": "1"}, "paths": {}}"#)
                .unwrap();
        assert_eq!(json.document.info.title, "j");
        // Integer status keys, as YAML writes them unquoted.
        let yaml = load(
            "openapi: 3.0.0\ninfo: {title: y, version: 1.0}\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n",
        )
        .unwrap();
        let op = yaml.document.paths.paths["/a"]
            .as_item()
            .unwrap()
            .get
            .as_ref()
            .unwrap();
        assert!(
            op.responses
                .responses
                .contains_key(&openapiv3::StatusCode::Code(200))
        );
        assert_eq!(yaml.document.info.version, "1.0");
    }

    #[test]
    fn integers_beyond_64_bits_are_read() {
        let spec = load(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Seed: {type: integer, minimum: -9223372036854776000}\n",
        )
        .unwrap();
        assert!(
            spec.document
                .components
                .unwrap()
                .schemas
                .contains_key("Seed")
        );
    }

    #[test]
    fn rejects_swagger_and_openapi_3_1_by_name() {
        let swagger =
            load("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap_err();
        assert!(
            swagger
                .to_string()
                .contains("Swagger 2.0 documents are not supported"),
            "{swagger}"
        );
        let v31 = load("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap_err();
        assert!(
            v31.to_string().contains("OpenAPI 3.1.0 is not supported"),
            "{v31}"
        );
    }

    #[test]
    fn json_documents_are_read_as_json() {
        let json = |text: &str| load_str(Path::new("spec.json"), text);
        let spec =
            json(r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}"#)
                .unwrap();
        assert_eq!(spec.document.info.title, "t");
        let v31 =
            json(r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#)
                .unwrap_err();
        assert!(
            v31.to_string().contains("OpenAPI 3.1.0 is not supported"),
            "{v31}"
        );
        match json("{\"openapi\": \"3.0.3\",\n \"info\": [").unwrap_err() {
            Error::Syntax { line, .. } => assert_eq!(line, 2),
            other => panic!("unexpected {other:?}"),
        }
        match json(r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": 5}"#)
            .unwrap_err()
        {
            Error::Structure { pointer, .. } => assert_eq!(pointer, "#/paths"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let error = load("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        let mid = load("openapi: 3.0.3\ninfo: {title: t}\npaths: {a: b: c}\n").unwrap_err();
        match mid {
            // The second `:` of `b: c`, which a flow mapping cannot hold.
            Error::Syntax { line, column, .. } => assert_eq!((line, column), (3, 13)),
            other => panic!("unexpected {other:?}"),
        }
        match error {
            // The flow sequence is still open where the input ends.
            Error::Syntax { line, column, .. } => assert_eq!((line, column), (3, 1)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn structural_errors_carry_a_pointer() {
        let error = load(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}, style: 7}\n      responses: {}\n",
        )
        .unwrap_err();
        assert!(
            error.to_string().contains("#/paths/~1a/get/parameters/0"),
            "{error}"
        );
    }
}
