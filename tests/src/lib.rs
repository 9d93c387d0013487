//! Shared helpers of the test suite: where the workspace's spec and
//! generated crate live, and how to read the spec's documented examples.

// The project README's example is compiled as a doctest, so it cannot rot.
#[doc = include_str!("../../README.md")]
pub mod readme {}

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `spec/openapi.yaml`.
pub fn spec_path() -> PathBuf {
    workspace().join("spec/openapi.yaml")
}

/// `generated/`.
pub fn generated_dir() -> PathBuf {
    workspace().join("generated")
}

/// The spec as plain JSON, for walking examples and extensions.
pub fn spec_json() -> serde_json::Value {
    let text = std::fs::read_to_string(spec_path()).expect("spec/openapi.yaml is readable");
    serde_yaml::from_str(&text).expect("spec/openapi.yaml is valid YAML")
}
