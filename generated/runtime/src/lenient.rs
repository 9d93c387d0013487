//! Forgiving decoders for what servers really send: numbers and booleans as
//! strings. (Formatted strings such as timestamps live in `formats`.)
//!
//! Requests stay strict (they follow the documentation); responses are read
//! leniently so that a documented-vs-actual mismatch never loses a whole
//! response. Also the writer of tagged union variants, which adds a tag the
//! variant's own type does not carry, so that what is written reads back;
//! the guard that keeps a union containing itself from parsing for ever; and
//! the plain-text form of a union used as a parameter.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// Integer types the lenient decoders produce.
pub trait LenientInt: Sized + Copy {
    /// Converts, failing when out of range.
    fn from_i128(value: i128) -> Option<Self>;
}

macro_rules! lenient_int {
    ($($ty:ty),*) => {$(
        impl LenientInt for $ty {
            fn from_i128(value: i128) -> Option<Self> {
                <$ty>::try_from(value).ok()
            }
        }
    )*};
}

lenient_int!(i8, i16, i32, i64, u8, u16, u32, u64, isize, usize);

/// Float types the lenient decoders produce.
pub trait LenientFloat: Sized + Copy {
    /// Converts (possibly rounding).
    fn from_f64(value: f64) -> Self;
}

impl LenientFloat for f64 {
    fn from_f64(value: f64) -> Self {
        value
    }
}

impl LenientFloat for f32 {
    fn from_f64(value: f64) -> Self {
        value as f32
    }
}

/// Decodes `null`, `""` as nothing; numbers, numeric strings and integral
/// floats as a value.
struct IntVisitor<T>(PhantomData<T>);

impl<T: LenientInt> IntVisitor<T> {
    fn range<E: de::Error>(v: impl fmt::Display) -> E {
        E::custom(format_args!(
            "integer {v} out of range for {}",
            std::any::type_name::<T>()
        ))
    }
    fn int<E: de::Error>(v: i128) -> Result<Option<T>, E> {
        T::from_i128(v).map(Some).ok_or_else(|| Self::range(v))
    }
}

impl<'de, T: LenientInt> Visitor<'de> for IntVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or a string holding one")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::int(i128::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::int(i128::from(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Self::Value, E> {
        Self::int(v)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e38 {
            Self::int(v as i128)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if let Ok(i) = t.parse::<i128>() {
            return Self::int(i);
        }
        match t.parse::<f64>() {
            Ok(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38 => Self::int(f as i128),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

struct FloatVisitor<T>(PhantomData<T>);

impl<'de, T: LenientFloat> Visitor<'de> for FloatVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a string holding one")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(T::from_f64(v as f64)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(T::from_f64(v as f64)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(T::from_f64(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<f64>()
            .map(|f| Some(T::from_f64(f)))
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

struct BoolVisitor;

impl<'de> Visitor<'de> for BoolVisitor {
    type Value = Option<bool>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean or \"true\"/\"false\"")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        if t.is_empty() {
            Ok(None)
        } else if t.eq_ignore_ascii_case("true") {
            Ok(Some(true))
        } else if t.eq_ignore_ascii_case("false") {
            Ok(Some(false))
        } else {
            Err(E::invalid_value(de::Unexpected::Str(v), &self))
        }
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

fn required<T, E: de::Error>(value: Option<T>, what: &str) -> Result<T, E> {
    value.ok_or_else(|| E::custom(format_args!("expected {what}, found null or empty string")))
}

/// An optional integer given as a number or a numeric string; `null` and
/// `""` decode as `None`.
pub fn option_int<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: LenientInt,
{
    d.deserialize_option(IntVisitor(PhantomData))
}

/// A required integer given as a number or a numeric string.
pub fn int<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: LenientInt,
{
    required(
        d.deserialize_any(IntVisitor::<T>(PhantomData))?,
        "an integer",
    )
}

/// An optional float given as a number or a numeric string.
pub fn option_float<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: LenientFloat,
{
    d.deserialize_option(FloatVisitor(PhantomData))
}

/// A required float given as a number or a numeric string.
pub fn float<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: LenientFloat,
{
    required(
        d.deserialize_any(FloatVisitor::<T>(PhantomData))?,
        "a number",
    )
}

/// An optional boolean given as `true`/`false` or as a string
/// (case-insensitive).
pub fn option_bool<'de, D>(d: D) -> Result<Option<bool>, D::Error>
where
    D: Deserializer<'de>,
{
    d.deserialize_option(BoolVisitor)
}

/// A required boolean given as `true`/`false` or as a string.
pub fn boolean<'de, D>(d: D) -> Result<bool, D::Error>
where
    D: Deserializer<'de>,
{
    required(d.deserialize_any(BoolVisitor)?, "a boolean")
}

/// Writes a variant of a tagged union (`discriminator`) with its tag: when
/// the variant's own type does not carry the discriminating property, it is
/// added, so the value reads back as the same variant.
pub fn serialize_tagged<T, S>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error>
where
    T: serde::Serialize,
    S: serde::Serializer,
{
    use serde::Serialize;
    let mut json = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.entry(property)
            .or_insert_with(|| serde_json::Value::String(tag.to_string()));
    }
    json.serialize(serializer)
}

thread_local! {
    /// The unions being parsed on this thread, each with the value it is
    /// trying its variants on.
    static TRYING: std::cell::RefCell<Vec<(&'static str, serde_json::Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `attempt` (trying the variants of the union `name` on `value`),
/// unless the same union is already trying the same value further up this
/// thread's stack: a union that contains itself would otherwise recurse for
/// ever. `None` means re-entered; a nested value is always smaller, so real
/// recursion (a tree of expressions) is never refused.
pub fn without_reentry<T>(
    name: &'static str,
    value: &serde_json::Value,
    attempt: impl FnOnce() -> T,
) -> Option<T> {
    /// Pops the entry even if `attempt` unwinds.
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            TRYING.with(|trying| trying.borrow_mut().pop());
        }
    }
    let reentered = TRYING.with(|trying| {
        trying
            .borrow()
            .iter()
            .any(|(other, seen)| *other == name && seen == value)
    });
    if reentered {
        return None;
    }
    TRYING.with(|trying| trying.borrow_mut().push((name, value.clone())));
    let _pop = Pop;
    Some(attempt())
}

/// Writes a value as plain text, the way a parameter carries it: a string
/// as is, numbers and booleans as JSON writes them, lists comma-separated
/// (OpenAPI's `simple` style), objects and `null` as JSON text.
pub fn display_plain<T: serde::Serialize>(value: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    fn plain(value: &serde_json::Value, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match value {
            serde_json::Value::String(text) => f.write_str(text),
            serde_json::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        f.write_str(",")?;
                    }
                    plain(item, f)?;
                }
                Ok(())
            }
            other => write!(f, "{other}"),
        }
    }
    let value = serde_json::to_value(value).map_err(|_| fmt::Error)?;
    plain(&value, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Circle {
        radius: f64,
    }

    #[derive(serde::Serialize)]
    struct Tagged {
        kind: &'static str,
    }

    #[test]
    fn a_tag_is_added_only_when_missing() {
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        let written = serialize_tagged(&Circle { radius: 1.5 }, "kind", "circle", &mut serializer);
        assert!(written.is_ok());
        assert_eq!(out, br#"{"radius":1.5,"kind":"circle"}"#);
        let kept = serde_json::to_value(Tagged { kind: "own" }).ok();
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        let written = serialize_tagged(&Tagged { kind: "own" }, "kind", "other", &mut serializer);
        assert!(written.is_ok());
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&out).ok(), kept);
    }

    #[test]
    fn plain_text_is_what_a_parameter_carries() {
        struct Plain(serde_json::Value);
        impl fmt::Display for Plain {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                display_plain(&self.0, f)
            }
        }
        for (value, text) in [
            (serde_json::json!("a b"), "a b"),
            (serde_json::json!(1.5), "1.5"),
            (serde_json::json!(true), "true"),
            (serde_json::json!(["x", 2]), "x,2"),
            (serde_json::json!({"k": "v"}), r#"{"k":"v"}"#),
        ] {
            assert_eq!(Plain(value).to_string(), text);
        }
    }

    #[test]
    fn reentry_on_the_same_value_is_refused_but_nesting_is_not() {
        let outer = serde_json::json!({"a": [1]});
        let inner = serde_json::json!([1]);
        let result = without_reentry("U", &outer, || {
            let again = without_reentry("U", &outer, || 1);
            let nested = without_reentry("U", &inner, || 2);
            let other = without_reentry("V", &outer, || 3);
            (again, nested, other)
        });
        assert_eq!(result, Some((None, Some(2), Some(3))));
        // The guard is released afterwards, even after a panic inside.
        let caught = std::panic::catch_unwind(|| without_reentry("U", &outer, || panic!("inside")));
        assert!(caught.is_err());
        assert_eq!(without_reentry("U", &outer, || 4), Some(4));
    }
}
