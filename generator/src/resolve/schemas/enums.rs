//! Identical inline enums become one type.
//!
//! Specs often repeat an enum inline wherever it is used (a create and an
//! update request each spelling out `enabled: ["true", "false"]`). Each would
//! otherwise get a type named after its place, and code that copies a value
//! from one to the other would have to convert between twins. Two enums are
//! identical when they have the same representation and the same set of
//! values; documentation does not matter (each field keeps its own).
//!
//! The rule, applied once every schema has been read so that it does not
//! depend on which use is met first:
//! - an inline enum identical to a component enum is that component (the
//!   spec named it; the first such component in spec order wins);
//! - two or more identical inline enums become one type, named by the words
//!   their names end with in common (`CreateSessionOptionEnabled` and
//!   `UpdateSessionOptionEnabled` give `SessionOptionEnabled`), or by the
//!   first one's name when they share none or that name is taken.

use std::collections::{BTreeMap, HashMap};

use super::MODEL_SUFFIXES;
use crate::ir::{Docs, EnumDef, TypeDef, TypeKind};
use crate::resolve::names::{NameSet, camel, module_name};

/// Merges identical enums in `types` and returns the old name of every
/// type that went away with the name of the type that replaces it.
/// `components` and `inline` list the enum candidates in spec order and in
/// the order they were defined, so the result is deterministic.
pub(super) fn merge(
    types: &mut BTreeMap<String, TypeDef>,
    components: &[String],
    inline: &[String],
    names: &mut NameSet,
    modules: &mut NameSet,
) -> HashMap<String, String> {
    let mut named: HashMap<String, &str> = HashMap::new();
    for name in components {
        if let Some(key) = types.get(name).and_then(|def| shape_key(&def.kind)) {
            named.entry(key).or_insert(name.as_str());
        }
    }
    // Inline enums by shape, groups and members in definition order.
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for name in inline {
        let Some(key) = types.get(name).and_then(|def| shape_key(&def.kind)) else {
            continue;
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(name),
            None => groups.push((key, vec![name])),
        }
    }
    let mut renamed = HashMap::new();
    for (key, members) in groups {
        if let Some(component) = named.get(&key) {
            for member in members {
                types.remove(member);
                renamed.insert(member.to_string(), component.to_string());
            }
            continue;
        }
        if members.len() < 2 {
            continue;
        }
        let defs: Vec<TypeDef> = members.iter().filter_map(|m| types.remove(*m)).collect();
        let Some(first) = defs.first() else {
            continue;
        };
        let name = shared_name(&members, names).unwrap_or_else(|| first.name.clone());
        let module = if name == first.name {
            first.module.clone()
        } else {
            modules.claim(&module_name(&name, "models"))
        };
        let merged = TypeDef {
            name: name.clone(),
            module,
            origin: first.origin.clone(),
            docs: shared_docs(&defs),
            kind: first.kind.clone(),
        };
        for member in &members {
            if *member != name {
                renamed.insert(member.to_string(), name.clone());
            }
        }
        types.insert(name, merged);
    }
    renamed
}

/// What makes two enums identical: the representation and the set of
/// values (in a fixed order), or nothing for a type that is not an enum.
fn shape_key(kind: &TypeKind) -> Option<String> {
    let TypeKind::Enum(EnumDef { repr, variants }) = kind else {
        return None;
    };
    let mut values: Vec<String> = variants
        .iter()
        .map(|v| serde_json::to_string(&v.value).unwrap_or_default())
        .collect();
    values.sort();
    Some(format!("{repr:?}:{}", values.join(",")))
}

/// The words every member's name ends with, claimed as a type name; `None`
/// when there are none, or when that name is taken or is not a plain
/// UpperCamelCase name of its own.
fn shared_name(members: &[&str], names: &mut NameSet) -> Option<String> {
    let words: Vec<Vec<&str>> = members.iter().map(|m| camel_words(m)).collect();
    let shortest = words.iter().map(Vec::len).min()?;
    let common = (0..shortest)
        .take_while(|&back| {
            let word = words[0][words[0].len() - 1 - back];
            words.iter().all(|w| w[w.len() - 1 - back] == word)
        })
        .count();
    if common == 0 {
        return None;
    }
    let first = &words[0];
    let wanted = first[first.len() - common..].concat();
    // A suffix that collides, or that `camel` would change (a keyword or a
    // prelude name such as `Value`), gives no better name than the first's.
    if camel(&wanted) != wanted || wanted.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if names.contains(&wanted)
        || MODEL_SUFFIXES
            .iter()
            .any(|s| names.contains(&format!("{wanted}{s}")))
    {
        return None;
    }
    Some(names.claim_family(&wanted, MODEL_SUFFIXES))
}

/// `UpdateSessionOptionEnabled` as `Update`, `Session`, `Option`, `Enabled`:
/// a word starts at an upper-case letter that follows a lower-case letter or
/// digit, or that begins a capitalised word after an acronym (`IPAddress`).
fn camel_words(name: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let mut starts = vec![0];
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        let before = chars[i - 1].1;
        let next_lower = chars
            .get(i + 1)
            .is_some_and(|(_, n)| n.is_ascii_lowercase());
        if c.is_ascii_uppercase()
            && (before.is_ascii_lowercase()
                || before.is_ascii_digit()
                || (before.is_ascii_uppercase() && next_lower))
        {
            starts.push(at);
        }
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&name.len())))
        .map(|(&from, &to)| &name[from..to])
        .collect()
}

/// The merged type's documentation: the members' own when they agree;
/// otherwise a line naming where the values are used (each field keeps its
/// own documentation).
fn shared_docs(defs: &[TypeDef]) -> Docs {
    let first = &defs[0].docs;
    if defs.iter().all(|d| d.docs == *first) {
        return first.clone();
    }
    // Descriptions that open with the same sentence share it.
    let opening = |docs: &Docs| {
        let text = docs.description.as_deref()?.trim();
        Some(match text.find(". ") {
            Some(end) => text[..=end].to_string(),
            None => text.to_string(),
        })
    };
    let description = match opening(first) {
        Some(shared)
            if defs
                .iter()
                .all(|d| opening(&d.docs).as_ref() == Some(&shared)) =>
        {
            shared
        }
        _ => {
            let places: Vec<String> = defs.iter().map(|d| format!("`{}`", d.origin)).collect();
            format!("The values documented alike for {}.", places.join(", "))
        }
    };
    Docs {
        summary: None,
        description: Some(description),
        conflicts: Vec::new(),
        deprecated: defs.iter().all(|d| d.docs.deprecated),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{EnumRepr, EnumValue, EnumVariant};

    fn enum_def(name: &str, values: &[&str], description: &str) -> TypeDef {
        TypeDef {
            name: name.into(),
            module: crate::resolve::names::snake(name),
            origin: format!("#/components/schemas/X/properties/{name}"),
            docs: Docs {
                description: Some(description.into()),
                ..Docs::default()
            },
            kind: TypeKind::Enum(EnumDef {
                repr: EnumRepr::String,
                variants: values
                    .iter()
                    .map(|v| EnumVariant {
                        name: camel(v),
                        value: EnumValue::String((*v).into()),
                    })
                    .collect(),
            }),
        }
    }

    fn space(defs: Vec<TypeDef>) -> (BTreeMap<String, TypeDef>, NameSet, NameSet) {
        let mut names = NameSet::new();
        let mut modules = NameSet::new();
        for def in &defs {
            names.claim_family(&def.name, MODEL_SUFFIXES);
            modules.claim(&def.module);
        }
        let types = defs.into_iter().map(|d| (d.name.clone(), d)).collect();
        (types, names, modules)
    }

    #[test]
    fn words_split_at_case_changes() {
        assert_eq!(
            camel_words("CreateSessionOptionEnabled"),
            ["Create", "Session", "Option", "Enabled"]
        );
        assert_eq!(
            camel_words("IPAddressV4Kind"),
            ["IP", "Address", "V4", "Kind"]
        );
    }

    #[test]
    fn identical_inline_enums_become_one_type_named_by_their_common_words() {
        let (mut types, mut names, mut modules) = space(vec![
            enum_def(
                "CreateSessionOptionEnabled",
                &["true", "false"],
                "Create docs.",
            ),
            enum_def(
                "UpdateSessionOptionEnabled",
                &["false", "true"],
                "Update docs.",
            ),
            enum_def("UpdateSessionOptionMode", &["a", "b"], "Other."),
        ]);
        let inline: Vec<String> = types.keys().cloned().collect();
        let renamed = merge(&mut types, &[], &inline, &mut names, &mut modules);
        assert_eq!(renamed.len(), 2);
        assert_eq!(
            renamed["CreateSessionOptionEnabled"],
            "SessionOptionEnabled"
        );
        assert_eq!(
            renamed["UpdateSessionOptionEnabled"],
            "SessionOptionEnabled"
        );
        let merged = &types["SessionOptionEnabled"];
        assert_eq!(merged.module, "session_option_enabled");
        // Docs that differ are not picked from one of them.
        let docs = merged.docs.description.as_deref().unwrap_or_default();
        assert!(
            docs.contains("CreateSessionOptionEnabled")
                && docs.contains("UpdateSessionOptionEnabled"),
            "{docs}"
        );
        // The first's values, in its order.
        let TypeKind::Enum(e) = &merged.kind else {
            panic!()
        };
        assert_eq!(e.variants[0].value, EnumValue::String("true".into()));
        assert!(types.contains_key("UpdateSessionOptionMode"));
        assert!(!types.contains_key("CreateSessionOptionEnabled"));
    }

    #[test]
    fn a_component_with_the_same_values_takes_precedence() {
        let (mut types, mut names, mut modules) = space(vec![
            enum_def("Switch", &["on", "off"], "Named."),
            enum_def("ThingSwitch", &["off", "on"], "Inline."),
        ]);
        let renamed = merge(
            &mut types,
            &["Switch".into()],
            &["ThingSwitch".into()],
            &mut names,
            &mut modules,
        );
        assert_eq!(renamed["ThingSwitch"], "Switch");
        assert_eq!(types.len(), 1);
    }

    #[test]
    fn different_values_or_no_common_words_keep_a_sensible_name() {
        let (mut types, mut names, mut modules) = space(vec![
            enum_def("Alpha", &["x", "y"], "Same."),
            enum_def("Beta", &["x", "y"], "Same."),
            enum_def("Gamma", &["x", "z"], "Same."),
        ]);
        let inline: Vec<String> = types.keys().cloned().collect();
        let renamed = merge(&mut types, &[], &inline, &mut names, &mut modules);
        assert_eq!(renamed.len(), 1);
        assert_eq!(renamed["Beta"], "Alpha");
        assert_eq!(types["Alpha"].docs.description.as_deref(), Some("Same."));
        assert!(types.contains_key("Gamma"));
    }
}
