//! Documentation from the spec: descriptions, titles, deprecation and the
//! `x-vendorgen-doc-conflict` notes that record where the published docs disagree.

use indexmap::IndexMap;
use openapiv3::SchemaData;

use crate::ir::Docs;

/// The extension that records a contradiction in the documentation.
pub const DOC_CONFLICT: &str = "x-vendorgen-doc-conflict";

pub fn docs_from(data: &SchemaData) -> Docs {
    Docs {
        summary: clean(data.title.as_deref()),
        description: clean(data.description.as_deref()),
        conflicts: conflicts(&data.extensions),
        deprecated: data.deprecated,
    }
}

pub fn docs(
    summary: Option<&str>,
    description: Option<&str>,
    extensions: &IndexMap<String, serde_json::Value>,
    deprecated: bool,
) -> Docs {
    Docs {
        summary: clean(summary),
        description: clean(description),
        conflicts: conflicts(extensions),
        deprecated,
    }
}

/// `x-vendorgen-doc-conflict` may be one string or a list of them.
pub fn conflicts(extensions: &IndexMap<String, serde_json::Value>) -> Vec<String> {
    match extensions.get(DOC_CONFLICT) {
        Some(serde_json::Value::String(note)) => clean(Some(note)).into_iter().collect(),
        Some(serde_json::Value::Array(notes)) => {
            notes.iter().filter_map(|n| clean(n.as_str())).collect()
        }
        _ => Vec::new(),
    }
}

fn clean(text: Option<&str>) -> Option<String> {
    let text = text?.trim();
    (!text.is_empty()).then(|| text.to_string())
}
