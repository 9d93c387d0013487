//! The value of an enum that this version of the client does not know.
//!
//! Generated enums are `#[non_exhaustive]` and keep a wire value they do not
//! document in their `Unknown` variant, so a newer server never breaks an
//! older client. That variant holds an [`UnknownValue`], which only the
//! enum's own parsing (`From`, `FromStr`, deserialisation) creates: code
//! outside the crate cannot wrap a documented value in `Unknown`, so a known
//! value is always its own variant, and matching on the variants is reliable
//! (the pattern of the AWS SDK for Rust).

use std::fmt;

/// A wire value that no variant of its enum documents, kept as sent: text
/// for enums of strings, `i64` for enums of integers, a JSON value for enums
/// of other values.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue<T = String>(T);

impl<T> UnknownValue<T> {
    /// Wraps a value the enum does not know. Only the enum's parsing calls
    /// this (it is not public), after every documented value was tried.
    // The runtime crate alone has no enums; generated crates call it.
    #[allow(dead_code)]
    pub(crate) fn new(value: T) -> Self {
        UnknownValue(value)
    }

    /// The value as sent.
    pub fn get(&self) -> &T {
        &self.0
    }

    /// The value as sent, owned.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl UnknownValue<String> {
    /// The text as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<T: fmt::Display> fmt::Display for UnknownValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::UnknownValue;

    #[test]
    fn keeps_the_value_as_sent() {
        let text = UnknownValue::new("gwlb".to_string());
        assert_eq!(text.as_str(), "gwlb");
        assert_eq!(text.to_string(), "gwlb");
        let number = UnknownValue::new(7_i64);
        assert_eq!(*number.get(), 7);
        assert_eq!(number.clone().into_inner(), 7);
        let json = UnknownValue::new(serde_json::json!({"a": 1}));
        assert_eq!(json.to_string(), r#"{"a":1}"#);
    }
}
