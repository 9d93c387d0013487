//! Following a `$ref` to the component it names: the one rule by which
//! operations reach shared parameters, request bodies and responses.
//!
//! Load leaves every reference pointing at `#/components/{kind}/{name}`
//! (it hoists any other target into a component), but a component may itself
//! be a `$ref` to another: chains are followed to their end.

use indexmap::IndexMap;
use openapiv3::ReferenceOr;

/// The longest chain followed. Load reports cycles between components; the
/// bound keeps one it missed from hanging us.
const MAX_CHAIN: usize = 64;

/// The item `value` is or ends at, following `$ref`s through the `kind`
/// components (`parameters`, `requestBodies`, `responses`); otherwise the
/// message for the `$ref` that leads nowhere.
pub fn follow<'d, T>(
    value: &'d ReferenceOr<T>,
    kind: &str,
    components: Option<&'d IndexMap<String, ReferenceOr<T>>>,
) -> Result<&'d T, String> {
    let mut current = value;
    for _ in 0..MAX_CHAIN {
        let reference = match current {
            ReferenceOr::Item(item) => return Ok(item),
            ReferenceOr::Reference { reference } => reference,
        };
        let key = component_key(reference, kind)
            .ok_or_else(|| format!("$ref '{reference}' points to nothing"))?;
        current = components
            .and_then(|map| map.get(&key))
            .ok_or_else(|| format!("$ref '{reference}' points to nothing"))?;
    }
    Err(format!(
        "$ref chain is circular: it never reaches one of #/components/{kind}"
    ))
}

/// The component name a `$ref` to `#/components/{kind}/…` names, with the
/// JSON pointer's escapes undone (`~1` is `/`, `~0` is `~`).
pub fn component_key(reference: &str, kind: &str) -> Option<String> {
    let key = reference
        .strip_prefix("#/components/")?
        .strip_prefix(kind)?
        .strip_prefix('/')?;
    Some(key.replace("~1", "/").replace("~0", "~"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(to: &str) -> ReferenceOr<u8> {
        ReferenceOr::Reference {
            reference: to.to_string(),
        }
    }

    #[test]
    fn chains_are_followed_to_their_item() {
        let mut components = IndexMap::new();
        components.insert("a".to_string(), reference("#/components/parameters/b~1c"));
        components.insert("b/c".to_string(), ReferenceOr::Item(7));
        components.insert(
            "loop".to_string(),
            reference("#/components/parameters/loop"),
        );
        let follow =
            |value: &ReferenceOr<u8>| follow(value, "parameters", Some(&components)).copied();
        assert_eq!(follow(&ReferenceOr::Item(1)), Ok(1));
        assert_eq!(follow(&reference("#/components/parameters/a")), Ok(7));
        assert_eq!(follow(&reference("#/components/parameters/b~1c")), Ok(7));
        assert_eq!(
            follow(&reference("#/components/parameters/none")),
            Err("$ref '#/components/parameters/none' points to nothing".to_string())
        );
        assert_eq!(
            follow(&reference("#/components/schemas/a")),
            Err("$ref '#/components/schemas/a' points to nothing".to_string())
        );
        assert_eq!(
            follow(&reference("#/components/parametersa")),
            Err("$ref '#/components/parametersa' points to nothing".to_string())
        );
        assert!(
            follow(&reference("#/components/parameters/loop"))
                .is_err_and(|message| message.contains("circular"))
        );
        assert_eq!(
            super::follow(&reference("#/components/parameters/a"), "parameters", None),
            Err("$ref '#/components/parameters/a' points to nothing".to_string())
        );
    }
}
