//! Every failure a user can cause, with the file and the place in the spec.
//!
//! Problems found while resolving are collected rather than returned at the
//! first one, so a user with a large spec sees everything to fix in one run.

use std::fmt;
use std::path::PathBuf;

/// One problem at one place in the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// JSON pointer into the document (`#/paths/~1pets/get`).
    pub pointer: String,
    pub message: String,
}

impl Diagnostic {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            // About the run as a whole (no place in the spec).
            return f.write_str(&self.message);
        }
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{}: {pointer}: {message}", path.display())]
    Structure {
        path: PathBuf,
        pointer: String,
        message: String,
    },

    #[error("{}: {message}", path.display())]
    UnsupportedVersion { path: PathBuf, message: String },

    #[error("{}: {} problem(s) in the spec:\n{}", path.display(), diagnostics.len(), list(diagnostics))]
    Spec {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },

    #[error(
        "generated code for {what} does not parse as Rust ({message}); this is a generator bug"
    )]
    Emit { what: String, message: String },

    #[error("cannot render template {template}: {message}")]
    Template { template: String, message: String },

    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}: {message}", path.display())]
    Output { path: PathBuf, message: String },
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes one JSON-pointer segment (RFC 6901).
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Builds a pointer from `#` and segments.
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::from("#");
    for segment in segments {
        out.push('/');
        out.push_str(&escape_segment(segment.as_ref()));
    }
    out
}

/// Appends one segment to an existing pointer.
pub fn child(parent: &str, segment: &str) -> String {
    format!("{parent}/{}", escape_segment(segment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_slashes_and_tildes() {
        assert_eq!(
            pointer(["paths", "/v3/{id}", "get"]),
            "#/paths/~1v3~1{id}/get"
        );
        assert_eq!(child("#/a", "x~y"), "#/a/x~0y");
    }
}
