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
/// HTML tags, doctests or bare-URL lints. Code spans, URLs and markdown links
/// to absolute URLs stay as written (URLs become autolinks), so the prose
/// reads as its authors wrote it.
pub fn escape_doc(text: &str) -> String {
    let mut out = Vec::new();
    // The open code fence's marker (```` ``` ```` or `~~~`) while inside one.
    let mut fence: Option<&str> = None;
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
        let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        match (fence, marker) {
            (None, Some(marker)) => {
                // Code fences in spec prose are examples in other languages
                // (or in none), never Rust doctests.
                out.push(format!("{marker}text"));
                fence = Some(marker);
                continue;
            }
            (Some(open), Some(marker))
                if open == marker && trimmed.trim_matches(|c| c == '`' || c == '~').is_empty() =>
            {
                out.push(open.to_string());
                fence = None;
                continue;
            }
            _ => {}
        }
        if fence.is_some() {
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
    if let Some(open) = fence {
        out.push(open.to_string());
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

/// One line of prose outside code fences: `[`, `]`, `<`, `>` and unmatched
/// backticks are escaped; code spans, the author's own backslash escapes,
/// autolinks and links to absolute URLs are kept; bare URLs become autolinks
/// (rustdoc's `bare_urls` lint).
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 8);
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let taken = if c == '`' {
            match code_span_len(rest) {
                Some(len) => {
                    out.push_str(&rest[..len]);
                    len
                }
                None => {
                    // Unmatched backticks are literal; escaped, they cannot
                    // pair with one on a later line of the paragraph.
                    let ticks = rest.len() - rest.trim_start_matches('`').len();
                    out.push_str(&"\\`".repeat(ticks));
                    ticks
                }
            }
        } else if c == '\\'
            && rest[1..]
                .chars()
                .next()
                .is_some_and(|next| next.is_ascii_punctuation())
        {
            // The author's escape already makes the next character literal.
            out.push_str(&rest[..2]);
            2
        } else if let Some(len) = autolink_len(rest) {
            out.push_str(&rest[..len]);
            len
        } else if let Some((text, url, len)) = markdown_link(rest) {
            out.push('[');
            out.push_str(&escape_inline(text));
            out.push_str("](");
            out.push_str(url);
            out.push(')');
            len
        } else if let Some(len) = url_len(rest) {
            out.push('<');
            out.push_str(&rest[..len]);
            out.push('>');
            len
        } else {
            if matches!(c, '[' | ']' | '<' | '>') {
                out.push('\\');
            }
            out.push(c);
            c.len_utf8()
        };
        rest = &rest[taken..];
    }
    out
}

/// The length of the code span starting `text` (a run of backticks closed
/// by a run of the same length), if it is closed on this line.
fn code_span_len(text: &str) -> Option<usize> {
    let ticks = text.len() - text.trim_start_matches('`').len();
    let mut at = ticks;
    while let Some(found) = text[at..].find('`') {
        let start = at + found;
        let run = text[start..].len() - text[start..].trim_start_matches('`').len();
        if run == ticks {
            return Some(start + run);
        }
        at = start + run;
    }
    None
}

/// The length of the `http://` or `https://` (any case) starting `text`, or 0.
fn scheme_len(text: &str) -> usize {
    ["http://", "https://"]
        .into_iter()
        .find(|scheme| {
            text.get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        })
        .map_or(0, str::len)
}

/// The length of an autolink (`<https://...>`) starting `text`.
fn autolink_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    let scheme = scheme_len(inner);
    let end = inner.find(|c: char| c == '>' || c == '<' || c.is_whitespace())?;
    (scheme > 0 && end > scheme && inner[end..].starts_with('>')).then_some(end + 2)
}

/// A markdown link to an absolute URL starting `text`: its text, its URL and
/// its length. Links to anything else would be intra-doc links or broken
/// relative ones, so they stay escaped text.
fn markdown_link(text: &str) -> Option<(&str, &str, usize)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let label = &inner[..close];
    if label.contains('[') || label.contains("://") {
        return None;
    }
    let after = inner[close + 1..].strip_prefix('(')?;
    let url = url_len(after)?;
    after[url..].starts_with(')').then(|| {
        let len = 1 + close + 1 + 1 + url + 1;
        (label, &after[..url], len)
    })
}

/// The length of a bare URL starting `text`: up to whitespace or a character
/// that cannot be in one, without trailing punctuation or an unbalanced `)`.
fn url_len(text: &str) -> Option<usize> {
    let scheme = scheme_len(text);
    if scheme == 0 {
        return None;
    }
    let mut end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '[' | ']'))
        .unwrap_or(text.len());
    loop {
        let url = &text[..end];
        let last = url.chars().next_back()?;
        let unbalanced = last == ')' && url.matches('(').count() < url.matches(')').count();
        if unbalanced || matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '*' | '_' | '\\') {
            end -= last.len_utf8();
            if end <= scheme {
                return None;
            }
        } else {
            break;
        }
    }
    (end > scheme).then_some(end)
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

/// Where the code being emitted sits, which decides how it names the
/// crate's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Inside `crate::models`: named types are imported by name.
    Models,
    /// Elsewhere in the crate: named types are `models::Name`.
    Operations,
    /// Anywhere in the crate, by absolute path (`crate::models::Pet`), as
    /// intra-doc links name them.
    Crate,
    /// Outside the crate (a doc example), which names everything through
    /// the crate's library name: `pets::models::Pet`,
    /// `pets::formats::Uuid`.
    Outside(&'a str),
}

impl Scope<'_> {
    /// The path of the crate's root: `crate`, or the library's name outside.
    pub fn crate_root(self) -> TokenStream {
        match self {
            Scope::Models | Scope::Operations | Scope::Crate => quote! { crate },
            Scope::Outside(lib) => {
                let lib = ident(lib);
                quote! { #lib }
            }
        }
    }

    /// The path of a model type named `name`.
    fn model(self, name: &str) -> TokenStream {
        let name = format_ident!("{}", name);
        match self {
            Scope::Models => quote! { #name },
            Scope::Operations => quote! { models::#name },
            Scope::Crate => quote! { crate::models::#name },
            Scope::Outside(lib) => {
                let lib = ident(lib);
                quote! { #lib::models::#name }
            }
        }
    }
}

pub fn type_tokens(ty: &TypeRef, scope: Scope) -> TokenStream {
    let formats = |name: &str| {
        let root = scope.crate_root();
        let name = ident(name);
        quote! { #root::formats::#name }
    };
    match ty {
        // JSON has no raw bytes: `binary` inside a JSON document is text.
        TypeRef::String | TypeRef::Binary => quote! { String },
        TypeRef::DateTime => formats("Timestamp"),
        TypeRef::Date => formats("Date"),
        TypeRef::Uuid => formats("Uuid"),
        TypeRef::Base64 => formats("Base64"),
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
        TypeRef::Named(name) => scope.model(name),
    }
}

/// A type as a person writes it (`Vec<pets::models::Pet>`,
/// `BTreeMap<String, i64>`), for prose and doc examples: token streams
/// print with a space between every token.
pub fn type_text(tokens: &TokenStream) -> String {
    match syn::parse2::<syn::Type>(tokens.clone()) {
        Ok(ty) => print_type(&ty),
        Err(_) => tokens.to_string(),
    }
}

fn print_type(ty: &syn::Type) -> String {
    let syn::Type::Path(path) = ty else {
        return quote! { #ty }.to_string();
    };
    if path.qself.is_some() {
        return quote! { #ty }.to_string();
    }
    let segments = path.path.segments.iter().map(|segment| {
        let arguments = match &segment.arguments {
            syn::PathArguments::AngleBracketed(angle) => {
                let arguments: Vec<String> = angle
                    .args
                    .iter()
                    .map(|argument| match argument {
                        syn::GenericArgument::Type(ty) => print_type(ty),
                        other => quote! { #other }.to_string(),
                    })
                    .collect();
                format!("<{}>", arguments.join(", "))
            }
            syn::PathArguments::None => String::new(),
            other => quote! { #other }.to_string(),
        };
        format!("{}{arguments}", segment.ident)
    });
    let leading = if path.path.leading_colon.is_some() {
        "::"
    } else {
        ""
    };
    format!("{leading}{}", segments.collect::<Vec<_>>().join("::"))
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
        TypeRef::Named(name) => {
            format!("[`{name}`]({})", type_text(&type_tokens(ty, Scope::Crate)))
        }
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
    fn types_named_from_outside_go_through_the_crate_name_once() {
        let outside = |ty: TypeRef| type_text(&type_tokens(&ty, Scope::Outside("pets")));
        assert_eq!(outside(TypeRef::Uuid), "pets::formats::Uuid");
        assert_eq!(
            outside(TypeRef::Array(Box::new(TypeRef::Named("Pet".into())))),
            "Vec<pets::models::Pet>"
        );
        assert_eq!(outside(TypeRef::Integer(IntWidth::I64)), "i64");
        // Inside the crate the same types keep their short paths.
        let pet = TypeRef::Named("Pet".into());
        assert_eq!(type_text(&type_tokens(&pet, Scope::Models)), "Pet");
        assert_eq!(
            type_text(&type_tokens(&pet, Scope::Operations)),
            "models::Pet"
        );
        // A crate named like a module is not doubled.
        assert_eq!(
            type_text(&type_tokens(&pet, Scope::Outside("models"))),
            "models::models::Pet"
        );
    }

    #[test]
    fn type_text_is_spaced_as_people_write_it() {
        let map = TypeRef::Map(Box::new(TypeRef::Nullable(Box::new(TypeRef::Boolean))));
        assert_eq!(
            type_text(&type_tokens(&map, Scope::Outside("pets"))),
            "std::collections::BTreeMap<String, Option<bool>>"
        );
        assert_eq!(
            type_text(&quote! { ::std::vec::Vec<u8> }),
            "::std::vec::Vec<u8>"
        );
    }

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
    fn urls_become_autolinks_wherever_they_stand() {
        // Inside brackets (Ory Hydra), angle brackets (Vonage), parentheses,
        // quotes and HTML attributes (sevDesk): rustdoc's `bare_urls` lint.
        assert_eq!(
            escape_doc("(Pairwise)[http://openid.net/specs/x.html#Pairwise] of"),
            "(Pairwise)\\[<http://openid.net/specs/x.html#Pairwise>\\] of"
        );
        assert_eq!(
            escape_doc("at <https://developer.nexmo.com/verify>"),
            "at <https://developer.nexmo.com/verify>"
        );
        assert_eq!(
            escape_doc("click <a href='https://example.com/a'>here</a>."),
            "click \\<a href='<https://example.com/a>'\\>here\\</a\\>."
        );
        assert_eq!(
            escape_doc("(see https://en.wikipedia.org/wiki/A_(b)), or HTTPS://X.COM/."),
            "(see <https://en.wikipedia.org/wiki/A_(b)>), or <HTTPS://X.COM/>."
        );
        assert_eq!(
            escape_doc("url=https://x.io/?a=1&b=2;"),
            "url=<https://x.io/?a=1&b=2>;"
        );
        assert_eq!(escape_doc("just https:// alone"), "just https:// alone");
        // Placeholders inside an autolink (Ory Kratos, the Telegram Bot API)
        // make it no autolink: the tags are escaped, the URL before them linked.
        assert_eq!(
            escape_doc("<http://<ui_url>?request=<id>>"),
            "\\<http://\\<ui_url\\>?request=\\<id\\>\\>"
        );
        assert_eq!(
            escape_doc("<https://api.example.org/file/bot<token>/<file_path>>"),
            "\\<<https://api.example.org/file/bot>\\<token\\>/\\<file_path\\>\\>"
        );
    }

    #[test]
    fn markdown_links_to_urls_stay_links() {
        // HubSpot: `the [metadata fields](https://developers.hubspot.com/docs/...)`.
        assert_eq!(
            escape_doc("the [metadata <fields>](https://developers.hubspot.com/docs/cms#x) with"),
            "the [metadata \\<fields\\>](https://developers.hubspot.com/docs/cms#x) with"
        );
        // Anything else is text: a relative link, a link whose text is a URL.
        assert_eq!(escape_doc("[a](/docs/a)"), "\\[a\\](/docs/a)");
        assert_eq!(
            escape_doc("[https://a.io](https://a.io)"),
            "\\[<https://a.io>\\](<https://a.io>)"
        );
    }

    #[test]
    fn code_spans_and_escapes_are_kept_as_written() {
        assert_eq!(
            escape_doc("use `Vec<[u8]>` or ``a ` b``"),
            "use `Vec<[u8]>` or ``a ` b``"
        );
        assert_eq!(escape_doc("an `open span [x]"), "an \\`open span \\[x\\]");
        assert_eq!(escape_doc("already \\[escaped\\]"), "already \\[escaped\\]");
        assert_eq!(escape_doc("`https://a.io/x`"), "`https://a.io/x`");
    }

    #[test]
    fn tilde_fences_are_text_and_close_only_on_their_marker() {
        assert_eq!(escape_doc("~~~json\n{}\n```\n~~~"), "~~~text\n{}\n```\n~~~");
        assert_eq!(escape_doc("```\nx"), "```text\nx\n```");
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
