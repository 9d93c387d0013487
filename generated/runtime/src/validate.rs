//! Local checks of documented request constraints, so bad input fails fast
//! with every problem listed instead of a terse server rejection.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::{Mutex, OnceLock};

use super::error::{Error, ValidationError, Violation};

/// Something whose documented constraints can be checked.
pub trait Validate {
    /// Appends every violation under `path` (the value's location, empty at
    /// the top) to `out`.
    fn validate_into(&self, path: &str, out: &mut Violations);

    /// Checks the whole value.
    fn validate(&self) -> Result<(), Error> {
        let mut out = Violations::new();
        self.validate_into("", &mut out);
        out.into_result()
    }
}

/// `parent.field`, or just `field` at the top level.
pub fn join_path(parent: &str, field: &str) -> String {
    match (parent.is_empty(), field.is_empty()) {
        (true, _) => field.to_owned(),
        (false, true) => parent.to_owned(),
        (false, false) => format!("{parent}.{field}"),
    }
}

/// Collected violations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Violations {
    items: Vec<Violation>,
}

impl Violations {
    /// No violations yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a violation.
    pub fn push(&mut self, field: &str, rule: impl Into<String>, message: impl Into<String>) {
        self.items.push(Violation {
            field: field.to_owned(),
            rule: rule.into(),
            message: message.into(),
        });
    }

    /// String length in characters (not bytes), as JSON Schema counts.
    pub fn check_length(&mut self, field: &str, value: &str, min: Option<u64>, max: Option<u64>) {
        let len = value.chars().count() as u64;
        if let Some(min) = min.filter(|&m| len < m) {
            self.push(
                field,
                format!("minLength {min}"),
                format!("must be at least {min} characters long, is {len}"),
            );
        }
        if let Some(max) = max.filter(|&m| len > m) {
            self.push(
                field,
                format!("maxLength {max}"),
                format!("must be at most {max} characters long, is {len}"),
            );
        }
    }

    /// Regular-expression match (unanchored, as JSON Schema specifies). A
    /// pattern this engine cannot compile is reported, not ignored.
    pub fn check_pattern(&mut self, field: &str, value: &str, pattern: &'static str) {
        match compiled(pattern) {
            Ok(re) => {
                if !re.is_match(value) {
                    self.push(
                        field,
                        format!("pattern {pattern}"),
                        "does not match the required pattern",
                    );
                }
            }
            Err(e) => self.push(
                field,
                format!("pattern {pattern}"),
                format!("the pattern cannot be checked: {e}"),
            ),
        }
    }

    /// Inclusive integer bounds.
    pub fn check_range_i64(&mut self, field: &str, value: i64, min: Option<i64>, max: Option<i64>) {
        if let Some(min) = min.filter(|&m| value < m) {
            self.push(
                field,
                format!("minimum {min}"),
                format!("must be at least {min}, is {value}"),
            );
        }
        if let Some(max) = max.filter(|&m| value > m) {
            self.push(
                field,
                format!("maximum {max}"),
                format!("must be at most {max}, is {value}"),
            );
        }
    }

    /// Floating-point bounds, inclusive or exclusive (`exclusiveMinimum`,
    /// `exclusiveMaximum`); NaN is out of every range.
    pub fn check_range_f64(&mut self, field: &str, value: f64, min: Bound<f64>, max: Bound<f64>) {
        match min {
            Bound::Included(min) if value.is_nan() || value < min => self.push(
                field,
                format!("minimum {min}"),
                format!("must be at least {min}, is {value}"),
            ),
            Bound::Excluded(min) if value.is_nan() || value <= min => self.push(
                field,
                format!("exclusiveMinimum {min}"),
                format!("must be greater than {min}, is {value}"),
            ),
            _ => {}
        }
        match max {
            Bound::Included(max) if value.is_nan() || value > max => self.push(
                field,
                format!("maximum {max}"),
                format!("must be at most {max}, is {value}"),
            ),
            Bound::Excluded(max) if value.is_nan() || value >= max => self.push(
                field,
                format!("exclusiveMaximum {max}"),
                format!("must be less than {max}, is {value}"),
            ),
            _ => {}
        }
    }

    /// Array length bounds.
    pub fn check_items(&mut self, field: &str, len: usize, min: Option<u64>, max: Option<u64>) {
        let len = len as u64;
        if let Some(min) = min.filter(|&m| len < m) {
            self.push(
                field,
                format!("minItems {min}"),
                format!("must have at least {min} items, has {len}"),
            );
        }
        if let Some(max) = max.filter(|&m| len > m) {
            self.push(
                field,
                format!("maxItems {max}"),
                format!("must have at most {max} items, has {len}"),
            );
        }
    }

    /// Membership in a documented set of values.
    pub fn check_enum(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.push(
                field,
                format!("enum {}", allowed.join("|")),
                format!("`{value}` is not one of: {}", allowed.join(", ")),
            );
        }
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The violations found so far.
    pub fn as_slice(&self) -> &[Violation] {
        &self.items
    }

    /// `Ok` when empty, else [`Error::Validation`] with all violations.
    pub fn into_result(self) -> Result<(), Error> {
        if self.items.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(ValidationError {
                violations: self.items,
            }))
        }
    }
}

type PatternCache = Mutex<HashMap<&'static str, Result<regex_lite::Regex, String>>>;

/// Patterns are compiled once per process: validation runs on every request.
fn compiled(pattern: &'static str) -> Result<regex_lite::Regex, String> {
    static CACHE: OnceLock<PatternCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    // A poisoned lock only means another thread panicked mid-insert; the map
    // itself is still consistent.
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(pattern)
        .or_insert_with(|| regex_lite::Regex::new(pattern).map_err(|e| e.to_string()))
        .clone()
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        (**self).validate_into(path, out);
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        if let Some(v) = self {
            v.validate_into(path, out);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        for (i, item) in self.iter().enumerate() {
            item.validate_into(&format!("{path}[{i}]"), out);
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        for (key, item) in self {
            item.validate_into(&join_path(path, key), out);
        }
    }
}

impl<T: Validate, S> Validate for HashMap<String, T, S> {
    fn validate_into(&self, path: &str, out: &mut Violations) {
        for (key, item) in self {
            item.validate_into(&join_path(path, key), out);
        }
    }
}

macro_rules! no_constraints {
    ($($ty:ty),* $(,)?) => {$(
        impl Validate for $ty {
            fn validate_into(&self, _path: &str, _out: &mut Violations) {}
        }
    )*};
}

no_constraints!(
    String,
    str,
    bool,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    f32,
    f64,
    (),
    serde_json::Value,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_pattern_is_a_violation() {
        let mut v = Violations::new();
        v.check_pattern("name", "abc", "(?<=a)b");
        assert_eq!(v.as_slice().len(), 1);
    }
}
