//! Stage 1: spec text to `openapiv3::OpenAPI`.
//!
//! Owns everything about reading the document: YAML syntax errors with line
//! and column, documents of another OpenAPI generation (Swagger 2.0, 3.1)
//! rejected by name rather than with a parse dump, and structural errors
//! located by their JSON pointer.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, escape_segment};

/// A parsed document and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    pub path: PathBuf,
    pub document: openapiv3::OpenAPI,
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
    if text.trim_start().starts_with('{') {
        return load_json(path, text);
    }
    let path = path.to_path_buf();
    let raw: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|error| syntax_error(&path, &error))?;
    check_version(&path, &raw)?;

    let deserializer = serde_yaml::Deserializer::from_str(text);
    let document: openapiv3::OpenAPI =
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let pointer = path_to_pointer(error.path());
            let inner = error.into_inner();
            match inner.location() {
                Some(location) => Error::Syntax {
                    path: path.clone(),
                    line: location.line(),
                    column: location.column(),
                    // serde_yaml's message already names the path; ours would repeat it.
                    message: strip_location(&inner.to_string()),
                },
                None => Error::Structure {
                    path: path.clone(),
                    pointer,
                    message: inner.to_string(),
                },
            }
        })?;
    Ok(LoadedSpec { path, document })
}

/// A JSON document (as most APIs publish theirs): serde_json reads it
/// several times faster than serde_yaml, which dominated loading large specs.
fn load_json(path: &Path, text: &str) -> Result<LoadedSpec, Error> {
    /// Only the version fields, to refuse other generations by name first.
    #[derive(serde::Deserialize)]
    struct Versions {
        swagger: Option<serde_yaml::Value>,
        openapi: Option<serde_yaml::Value>,
    }
    let path_buf = path.to_path_buf();
    let syntax = |error: serde_json::Error| Error::Syntax {
        path: path_buf.clone(),
        line: error.line(),
        column: error.column(),
        message: format!("malformed JSON: {}", strip_location(&error.to_string())),
    };
    let versions: Versions = serde_json::from_str(text).map_err(syntax)?;
    let mut head = serde_yaml::Mapping::new();
    for (key, value) in [("swagger", versions.swagger), ("openapi", versions.openapi)] {
        if let Some(value) = value {
            head.insert(key.into(), value);
        }
    }
    check_version(path, &serde_yaml::Value::Mapping(head))?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let document: openapiv3::OpenAPI = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| {
            let pointer = path_to_pointer(error.path());
            let inner = error.into_inner();
            if inner.is_data() {
                Error::Structure {
                    path: path.to_path_buf(),
                    pointer,
                    message: strip_location(&inner.to_string()),
                }
            } else {
                syntax(inner)
            }
        })?;
    deserializer.end().map_err(syntax)?;
    Ok(LoadedSpec {
        path: path.to_path_buf(),
        document,
    })
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

fn check_version(path: &Path, raw: &serde_yaml::Value) -> Result<(), Error> {
    let unsupported = |message: String| Error::UnsupportedVersion {
        path: path.to_path_buf(),
        message,
    };
    let Some(map) = raw.as_mapping() else {
        return Err(unsupported(
            "not an OpenAPI document: the top level is not a mapping".into(),
        ));
    };
    if let Some(swagger) = map.get("swagger") {
        return Err(unsupported(format!(
            "Swagger {} documents are not supported; convert the document to OpenAPI 3.0 first",
            yaml_scalar(swagger)
        )));
    }
    let Some(version) = map.get("openapi") else {
        return Err(unsupported(
            "not an OpenAPI document: it has no `openapi` version field".into(),
        ));
    };
    let version = yaml_scalar(version);
    if version.starts_with("3.0") {
        Ok(())
    } else {
        Err(unsupported(format!(
            "OpenAPI {version} is not supported; this generator reads OpenAPI 3.0.x documents"
        )))
    }
}

fn yaml_scalar(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        other => format!("{other:?}"),
    }
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
        match json(r#"{"openapi": "3.0.3", "info": {"title": 1, "version": "1"}, "paths": {}}"#)
            .unwrap_err()
        {
            Error::Structure { pointer, .. } => assert_eq!(pointer, "#/info/title"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let error = load("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        match error {
            Error::Syntax { line, .. } => assert!(line >= 2),
            other => panic!("unexpected {other:?}"),
        }
    }
}
