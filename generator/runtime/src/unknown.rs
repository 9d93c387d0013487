//! The value of an enum that this version of the client does not know.
//!
//! Generated enums are `#[non_exhaustive]` and keep a wire value they do not
//! document in their `Unknown` variant, so a newer server never breaks an
//! older client. That variant holds an [`UnknownValue`], which only the
//! enum's own parsing (`From`, `FromStr`, deserialisation) creates, and
//! which is typed by its enum: code outside the crate can neither wrap a
//! documented value in `Unknown` nor move one enum's unknown value into
//! another enum that knows it. So a documented value is always its own
//! variant, and matching on the variants is reliable (the pattern of the AWS
//! SDK for Rust, sealed per enum).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// A wire value that no variant of the enum `E` documents, kept as sent:
/// text for enums of strings, `i64` for enums of integers, a JSON value for
/// enums of other values.
pub struct UnknownValue<E, T = String> {
    value: T,
    // `fn() -> E`: the enum only names the type; it is not owned, so `E`
    // does not affect auto traits or drop checking.
    of: PhantomData<fn() -> E>,
}

impl<E, T> UnknownValue<E, T> {
    /// Wraps a value the enum does not know. Only the enum's parsing calls
    /// this (it is not public), after every documented value was tried.
    // A generated crate holds this file itself (`src/unknown.rs`), so that
    // its enums, and nothing outside it, call this; the runtime crate alone
    // has no enums.
    #[allow(dead_code)]
    pub(crate) fn new(value: T) -> Self {
        UnknownValue {
            value,
            of: PhantomData,
        }
    }

    /// The value as sent.
    pub fn get(&self) -> &T {
        &self.value
    }

    /// The value as sent, owned.
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<E> UnknownValue<E, String> {
    /// The text as sent.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

// Written out rather than derived: a derive would require `E` to have each
// trait too, and only the value matters.
impl<E, T: Clone> Clone for UnknownValue<E, T> {
    fn clone(&self) -> Self {
        UnknownValue {
            value: self.value.clone(),
            of: PhantomData,
        }
    }
}

impl<E, T: fmt::Debug> fmt::Debug for UnknownValue<E, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnknownValue").field(&self.value).finish()
    }
}

impl<E, T: fmt::Display> fmt::Display for UnknownValue<E, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<E, T: PartialEq> PartialEq for UnknownValue<E, T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<E, T: Eq> Eq for UnknownValue<E, T> {}

impl<E, T: PartialOrd> PartialOrd for UnknownValue<E, T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<E, T: Ord> Ord for UnknownValue<E, T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<E, T: Hash> Hash for UnknownValue<E, T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::UnknownValue;

    /// Stands for a generated enum (which need not implement anything).
    struct Kind;

    #[test]
    fn keeps_the_value_as_sent() {
        let text = UnknownValue::<Kind>::new("gwlb".to_string());
        assert_eq!(text.as_str(), "gwlb");
        assert_eq!(text.to_string(), "gwlb");
        assert_eq!(format!("{text:?}"), r#"UnknownValue("gwlb")"#);
        assert_eq!(text.clone(), text);
        let number = UnknownValue::<Kind, i64>::new(7);
        assert_eq!(*number.get(), 7);
        assert!(number < UnknownValue::new(8));
        assert_eq!(number.clone().into_inner(), 7);
        let json = UnknownValue::<Kind, serde_json::Value>::new(serde_json::json!({"a": 1}));
        assert_eq!(json.to_string(), r#"{"a":1}"#);
    }
}
