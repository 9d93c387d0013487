//! Following a `$ref` to the component it names: the one rule by which
//! operations reach shared parameters, request bodies and responses. Its
//! messages are the ones `TypeSpace::follow` gives for schemas, so that one
//! can become this too (a `Schemas` kind, values held boxed are accepted).
//!
//! Load leaves every reference pointing at `#/components/{kind}/{name}`
//! (it hoists any other target into a component), but a component may itself
//! be a `$ref` to another: chains are followed to their end.

use std::borrow::Borrow;

use indexmap::IndexMap;
use openapiv3::ReferenceOr;

/// The longest chain followed. Load reports cycles between components; the
/// bound keeps one it missed from hanging us.
const MAX_CHAIN: usize = 64;

/// A kind of component a `$ref` may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Parameters,
    RequestBodies,
    Responses,
}

impl Kind {
    /// Its key under `components`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Parameters => "parameters",
            Kind::RequestBodies => "requestBodies",
            Kind::Responses => "responses",
        }
    }

    /// One of it, in prose.
    fn noun(self) -> &'static str {
        match self {
            Kind::Parameters => "a parameter",
            Kind::RequestBodies => "a request body",
            Kind::Responses => "a response",
        }
    }
}

/// The item `value` is or ends at, following `$ref`s through the `kind`
/// components; otherwise the message for the `$ref` that leads nowhere.
pub fn follow<'d, T, S: Borrow<T>>(
    value: &'d ReferenceOr<S>,
    kind: Kind,
    components: Option<&'d IndexMap<String, ReferenceOr<T>>>,
) -> Result<&'d T, String> {
    let mut reference = match value {
        ReferenceOr::Item(item) => return Ok(item.borrow()),
        ReferenceOr::Reference { reference } => reference.as_str(),
    };
    for _ in 0..MAX_CHAIN {
        let key = component_key(reference, kind).ok_or_else(|| {
            format!(
                "unsupported $ref '{reference}': only '#/components/{}/...' references are supported for {}",
                kind.key(),
                kind.key()
            )
        })?;
        match components.and_then(|map| map.get(&key)) {
            Some(ReferenceOr::Item(item)) => return Ok(item),
            Some(ReferenceOr::Reference { reference: next }) => reference = next,
            None => return Err(format!("$ref '{reference}' points to nothing")),
        }
    }
    Err(format!(
        "$ref chain is circular: it never reaches {}",
        kind.noun()
    ))
}

/// The component name a `$ref` to `#/components/{kind}/…` names, with the
/// JSON pointer's escapes undone (`~1` is `/`, `~0` is `~`).
pub fn component_key(reference: &str, kind: Kind) -> Option<String> {
    let key = reference
        .strip_prefix("#/components/")?
        .strip_prefix(kind.key())?
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
            |value: &ReferenceOr<u8>| follow(value, Kind::Parameters, Some(&components)).copied();
        assert_eq!(follow(&ReferenceOr::Item(1)), Ok(1));
        assert_eq!(follow(&reference("#/components/parameters/a")), Ok(7));
        assert_eq!(follow(&reference("#/components/parameters/b~1c")), Ok(7));
        assert_eq!(
            follow(&reference("#/components/parameters/none")),
            Err("$ref '#/components/parameters/none' points to nothing".to_string())
        );
        assert_eq!(
            follow(&reference("#/components/parametersa")),
            Err("unsupported $ref '#/components/parametersa': only '#/components/parameters/...' references are supported for parameters".to_string())
        );
        assert_eq!(
            follow(&reference("#/components/parameters/loop")),
            Err("$ref chain is circular: it never reaches a parameter".to_string())
        );
        assert_eq!(
            super::follow(
                &reference("#/components/parameters/a"),
                Kind::Parameters,
                None
            ),
            Err("$ref '#/components/parameters/a' points to nothing".to_string())
        );
        // A value held boxed (as schemas hold their members) reads the same.
        let boxed: ReferenceOr<Box<u8>> = ReferenceOr::Item(Box::new(3));
        assert_eq!(
            super::follow(&boxed, Kind::Parameters, Some(&components)),
            Ok(&3)
        );
    }
}
