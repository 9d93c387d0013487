//! Turning spec names into valid, stable, readable Rust identifiers.
//!
//! Keywords, leading digits, punctuation-only names and names that collide
//! once normalised all end up here, so every other stage can trust a name.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict, reserved and weak ones that cannot be plain
/// identifiers in some position).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names the generated code uses unqualified, so a schema may not take them.
const RESERVED_TYPES: &[&str] = &[
    "Self", "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Default",
    "Clone", "Copy", "Debug", "Send", "Sync", "Sized", "From", "Into", "Iterator", "Fn",
    "BTreeMap", "Client", "Error", "Value",
];

/// Splits on anything that is not alphanumeric, then applies `heck`.
fn words(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A snake_case identifier for a field, parameter, method or module.
pub fn snake(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    name.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    if name.is_empty() {
        return "value".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n{name}");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A snake_case module name inside the module `parent` (`operations`,
/// `models`): never the parent's own name, which clippy rejects as
/// `module_inception` (a tag called `Operations`, a schema called `Models`).
pub fn module_name(raw: &str, parent: &str) -> String {
    let name = snake(raw);
    if name == parent {
        format!("{name}_")
    } else {
        name
    }
}

/// `raw` as an UpperCamelCase identifier of ASCII letters and digits, never
/// empty and never starting with a digit; callers add their own reserved
/// words.
fn upper_camel(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    name.retain(|c| c.is_ascii_alphanumeric());
    if name.is_empty() {
        return "Empty".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("N{name}");
    }
    name
}

/// An UpperCamelCase identifier for a type or variant.
pub fn camel(raw: &str) -> String {
    let mut name = upper_camel(raw);
    if KEYWORDS.contains(&name.as_str()) || RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

/// A variant name for an enum value: symbols that carry meaning are spelled out
/// so `"+"` and `"-"` do not both become `Empty`.
pub fn variant(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_string();
    }
    if raw.chars().all(|c| !c.is_ascii_alphanumeric()) {
        let spelled: Vec<String> = raw
            .chars()
            .map(|c| match c {
                '+' => "Plus".to_string(),
                '-' => "Minus".to_string(),
                '*' => "Star".to_string(),
                '/' => "Slash".to_string(),
                '.' => "Dot".to_string(),
                '_' => "Underscore".to_string(),
                ' ' => "Space".to_string(),
                other => format!("U{:X}", other as u32),
            })
            .collect();
        return spelled.concat();
    }
    variant_name(raw)
}

/// An UpperCamelCase enum variant name. Variants live in their enum's
/// namespace, so unlike [`camel`] they may be `String` or `Option`; only the
/// keyword `Self` and `Unknown` (which the generated enums reserve for values
/// the spec does not list) are avoided.
pub fn variant_name(raw: &str) -> String {
    let name = upper_camel(raw);
    match name.as_str() {
        "Self" => "SelfValue".to_string(),
        "Unknown" => "UnknownValue".to_string(),
        _ => name,
    }
}

/// Hands out names, appending a number where a name is taken.
#[derive(Debug, Default)]
pub struct NameSet {
    taken: BTreeSet<String>,
}

impl NameSet {
    pub fn new() -> Self {
        NameSet::default()
    }

    pub fn with_reserved<I: IntoIterator<Item = S>, S: Into<String>>(reserved: I) -> Self {
        NameSet {
            taken: reserved.into_iter().map(Into::into).collect(),
        }
    }

    /// Returns `wanted`, or `wanted2`, `wanted3`, ... if it is taken.
    pub fn claim(&mut self, wanted: &str) -> String {
        let separator = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut candidate = wanted.to_string();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{wanted}{separator}{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }

    /// Like [`NameSet::claim`], but the name is only free when every
    /// `{name}{suffix}` is free too, and those are taken with it: a type and
    /// the helper types named after it never collide with another type.
    pub fn claim_family(&mut self, wanted: &str, suffixes: &[&str]) -> String {
        let separator = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut candidate = wanted.to_string();
        let mut n = 2;
        while self.taken.contains(&candidate)
            || suffixes
                .iter()
                .any(|s| self.taken.contains(&format!("{candidate}{s}")))
        {
            candidate = format!("{wanted}{separator}{n}");
            n += 1;
        }
        for suffix in suffixes {
            self.taken.insert(format!("{candidate}{suffix}"));
        }
        self.taken.insert(candidate.clone());
        candidate
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names_are_valid_identifiers() {
        assert_eq!(
            snake("traffic_mirror_session_id"),
            "traffic_mirror_session_id"
        );
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("1st-place"), "n1st_place");
        assert_eq!(snake("X-Request-Id"), "x_request_id");
        assert_eq!(snake("$$"), "value");
        assert_eq!(snake("self"), "self_");
    }

    #[test]
    fn modules_are_never_named_like_their_parent() {
        assert_eq!(module_name("Operations", "operations"), "operations_");
        assert_eq!(module_name("models", "models"), "models_");
        assert_eq!(module_name("models", "operations"), "models");
        assert_eq!(module_name("Pet Store", "operations"), "pet_store");
    }

    #[test]
    fn camel_names_avoid_keywords_and_prelude() {
        assert_eq!(camel("traffic mirror session"), "TrafficMirrorSession");
        assert_eq!(camel("Result"), "ResultModel");
        assert_eq!(camel("3dModel"), "N3dModel");
        assert_eq!(camel("self"), "SelfModel");
    }

    #[test]
    fn variants_spell_out_symbols() {
        assert_eq!(variant(""), "Empty");
        assert_eq!(variant("+"), "Plus");
        assert_eq!(variant("-"), "Minus");
        assert_eq!(variant("IPv4"), "IPv4");
        assert_eq!(variant("unknown"), "UnknownValue");
        assert_eq!(variant("self"), "SelfValue");
        assert_eq!(variant("String"), "String");
        assert_eq!(variant("é"), "UE9");
        assert_eq!(variant("1"), "N1");
    }

    #[test]
    fn name_set_numbers_collisions() {
        let mut names = NameSet::new();
        assert_eq!(names.claim("Pet"), "Pet");
        assert_eq!(names.claim("Pet"), "Pet2");
        assert_eq!(names.claim("V1"), "V1");
        assert_eq!(names.claim("V1"), "V1_2");
        assert_eq!(names.claim_family("Item", &["Builder"]), "Item");
        assert_eq!(names.claim("ItemBuilder"), "ItemBuilder2");
        names.claim("OrderBuilder");
        names.claim("Order2Builder");
        assert_eq!(names.claim_family("Order", &["Builder"]), "Order3");
    }
}
