//! Shared pieces of Rust emission: doc comments that rustdoc accepts as
//! written, type tokens for `TypeRef`s, and printing tokens as source.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::diagnostics::Error;
use crate::ir::{Docs, FloatWidth, IntWidth, TypeRef};

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Prints a token stream as a Rust file laid out as `cargo fmt` leaves it
/// (under the generated crate's `src/rustfmt.toml`; see [`crate::format`]).
pub fn print(what: &str, tokens: TokenStream) -> Result<String, Error> {
    let (tokens, hide) = crate::format::hide_macros_checked(tokens);
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    let printed = space_items(&prettyplease::unparse(&file));
    Ok(crate::format::layout(&printed, hide))
}

/// Puts a blank line between items (prettyplease packs them together), the
/// way a person lays out a file: after the module docs, after the imports,
/// and between consecutive items at the same depth.
pub fn space_items(source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    // Whether each line belongs to a `use` (which prettyplease may spread
    // over several lines): imports stay together.
    let mut in_use = false;
    let mut is_use = Vec::with_capacity(lines.len());
    for line in &lines {
        if line.starts_with("use ") {
            in_use = true;
        }
        is_use.push(in_use);
        if in_use && line.trim_end().ends_with(';') {
            in_use = false;
        }
    }
    for (index, line) in lines.iter().enumerate() {
        if index > 0 && !line.trim().is_empty() {
            let previous = lines[index - 1];
            let indent = |l: &str| l.len() - l.trim_start().len();
            let closes_item = !is_use[index - 1]
                && (previous.trim() == "}" || previous.trim_end().ends_with("};"));
            let opens_item = !matches!(line.trim(), "}" | ")" | "]")
                && !line.trim_start().starts_with("else")
                && !line.trim_start().starts_with(')')
                && !line.trim_start().starts_with('.');
            let after_docs = previous.starts_with("//!") && !line.starts_with("//!");
            let after_uses = is_use[index - 1] && !is_use[index];
            let after_field_block = closes_item && indent(previous) == indent(line) && opens_item;
            if after_docs || after_uses || after_field_block {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Escapes spec prose so rustdoc renders it as text: no accidental links,
/// HTML tags, doctests or bare-URL lints.
pub fn escape_doc(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    // Inside a list item: the width of its marker, which its continuation
    // lines are indented by (no more, no less: clippy's
    // `doc_lazy_continuation` and `doc_overindented_list_items`).
    let mut item_indent: Option<usize> = None;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            item_indent = None;
        }
        if trimmed.starts_with("```") {
            // Code fences in spec prose are examples in other languages, never Rust doctests.
            out.push(if in_fence {
                "```".to_string()
            } else {
                "```text".to_string()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        // Leading indentation would make an indented code block, which rustdoc
        // compiles as a doctest.
        let escaped = escape_inline(trimmed);
        match (list_marker_width(trimmed), item_indent) {
            (Some(width), _) => {
                // One space after the marker, so the item's text starts
                // where its continuation lines do.
                item_indent = Some(width);
                let (marker, text) = escaped.split_at(width - 1);
                out.push(format!("{marker} {}", text.trim_start()));
            }
            (None, Some(width)) if !escaped.is_empty() => {
                out.push(format!("{}{escaped}", " ".repeat(width)));
            }
            _ => out.push(escaped),
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out.join("\n")
}

/// The width of a markdown list marker starting `line` (`- `, `* `, `+ `,
/// `1. `, `1) `), if it starts with one.
fn list_marker_width(line: &str) -> Option<usize> {
    if ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m)) {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") ")))
        .then_some(digits + 2)
}

fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in split_keep_spaces(line) {
        if word.starts_with("http://") || word.starts_with("https://") {
            let end = word.trim_end_matches(['.', ',', ';', ')']).len();
            out.push('<');
            out.push_str(&word[..end]);
            out.push('>');
            out.push_str(&word[end..]);
            continue;
        }
        for c in word.chars() {
            if matches!(c, '[' | ']' | '<' | '>') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

fn split_keep_spaces(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (index, c) in line.char_indices() {
        if c == ' ' {
            if start < index {
                parts.push(&line[start..index]);
            }
            parts.push(" ");
            start = index + 1;
        }
    }
    if start < line.len() {
        parts.push(&line[start..]);
    }
    parts
}

/// `#[doc]` attributes for a piece of documentation, with an optional
/// fallback first line, extra paragraphs appended.
pub fn doc_attrs(docs: &Docs, fallback: &str, extra: &[String]) -> TokenStream {
    let mut paragraphs: Vec<String> = Vec::new();
    match (&docs.summary, &docs.description) {
        (Some(summary), Some(description)) => {
            paragraphs.push(escape_doc(summary));
            paragraphs.push(escape_doc(description));
        }
        (Some(text), None) | (None, Some(text)) => paragraphs.push(escape_doc(text)),
        (None, None) => paragraphs.push(fallback.to_string()),
    }
    for conflict in &docs.conflicts {
        paragraphs.push(format!(
            "**Documentation conflict:** {}",
            escape_doc(conflict)
        ));
    }
    paragraphs.extend(extra.iter().cloned());
    doc_lines(&paragraphs.join("\n\n"))
}

/// One `#[doc]` attribute per line of already-escaped markdown.
pub fn doc_lines(markdown: &str) -> TokenStream {
    let lines = markdown.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// Where a `TypeRef::Named` lives relative to the code being emitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Inside `crate::models`: named types are imported by name.
    Models,
    /// Elsewhere: named types are `models::Name`.
    Operations,
}

pub fn type_tokens(ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        // JSON has no raw bytes: `binary` inside a JSON document is text.
        TypeRef::String | TypeRef::Binary => quote! { String },
        TypeRef::DateTime => quote! { crate::runtime::formats::Timestamp },
        TypeRef::Date => quote! { crate::runtime::formats::Date },
        TypeRef::Uuid => quote! { crate::runtime::formats::Uuid },
        TypeRef::Base64 => quote! { crate::runtime::formats::Base64 },
        TypeRef::Integer(IntWidth::I32) => quote! { i32 },
        TypeRef::Integer(IntWidth::I64) => quote! { i64 },
        TypeRef::Number(FloatWidth::F32) => quote! { f32 },
        TypeRef::Number(FloatWidth::F64) => quote! { f64 },
        TypeRef::Boolean => quote! { bool },
        TypeRef::Json => quote! { serde_json::Value },
        TypeRef::Array(inner) => {
            let inner = type_tokens(inner, scope);
            quote! { Vec<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, scope);
            quote! { std::collections::BTreeMap<String, #inner> }
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(inner, scope);
            quote! { Option<#inner> }
        }
        TypeRef::Named(name) => {
            let name = format_ident!("{}", name);
            match scope {
                Scope::Models => quote! { #name },
                Scope::Operations => quote! { models::#name },
            }
        }
    }
}

/// A short human description of a type for docs ("string", "array of ...").
pub fn describe(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "string".into(),
        TypeRef::Integer(_) => "integer".into(),
        TypeRef::Number(_) => "number".into(),
        TypeRef::Boolean => "boolean".into(),
        TypeRef::DateTime => "date-time".into(),
        TypeRef::Date => "date (`YYYY-MM-DD`)".into(),
        TypeRef::Uuid => "UUID".into(),
        TypeRef::Base64 => "base64-encoded bytes".into(),
        TypeRef::Binary => "binary".into(),
        TypeRef::Json => "any JSON value".into(),
        TypeRef::Array(inner) => format!("array of {}", describe(inner)),
        TypeRef::Map(inner) => format!("map of {}", describe(inner)),
        TypeRef::Named(name) => format!("[`{name}`](crate::models::{name})"),
        TypeRef::Nullable(inner) => format!("{} or null", describe(inner)),
    }
}

/// Method names clippy's `should_implement_trait` reads as a std trait's
/// (`add`, `div`, `next`, ...). A builder setter named after a field of
/// that name is a setter, not an operator, so the lint is allowed on it alone.
const TRAIT_METHOD_NAMES: [&str; 30] = [
    "add",
    "as_mut",
    "as_ref",
    "bitand",
    "bitor",
    "bitxor",
    "borrow",
    "borrow_mut",
    "clone",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

/// `#[allow(clippy::should_implement_trait)]` for a setter with such a name.
pub fn setter_allowances(name: &str) -> TokenStream {
    if TRAIT_METHOD_NAMES.contains(&name.trim_start_matches("r#")) {
        quote! { #[allow(clippy::should_implement_trait)] }
    } else {
        quote! {}
    }
}

/// How deep generic types nest inside `ty` (a list, a map, a nullable).
pub fn nesting(ty: &TypeRef) -> usize {
    match ty {
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            1 + nesting(inner)
        }
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_spaced_but_imports_stay_together() {
        let printed = "//! Docs.\nuse a::b;\nuse c::{\n    d,\n    e,\n};\nuse f::g;\nstruct A {\n    x: u8,\n}\nstruct B;\n";
        assert_eq!(
            space_items(printed),
            "//! Docs.\n\nuse a::b;\nuse c::{\n    d,\n    e,\n};\nuse f::g;\n\nstruct A {\n    x: u8,\n}\n\nstruct B;\n"
        );
    }

    #[test]
    fn prose_is_escaped_for_rustdoc() {
        assert_eq!(
            escape_doc("cannot contain angle brackets (< or >)"),
            "cannot contain angle brackets (\\< or \\>)"
        );
        assert_eq!(
            escape_doc("see https://example.com."),
            "see <https://example.com>."
        );
        assert_eq!(escape_doc("    indented"), "indented");
        assert_eq!(escape_doc("```\nx\n```"), "```text\nx\n```");
        assert_eq!(escape_doc("a_b [c]"), "a_b \\[c\\]");
    }

    #[test]
    fn list_items_continue_at_their_marker_width() {
        assert_eq!(
            escape_doc("Values:\n- one,\ncontinued\n-    two\n        deep\n\nAfter."),
            "Values:\n- one,\n  continued\n- two\n  deep\n\nAfter."
        );
        assert_eq!(
            escape_doc("1. first\nmore\n10) tenth\nmore"),
            "1. first\n   more\n10) tenth\n    more"
        );
    }
}
