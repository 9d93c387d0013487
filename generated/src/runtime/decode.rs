//! Reading a JSON response body so that one mistyped field never costs the
//! whole response.
//!
//! The body is decoded directly first, which is all a well-behaved server
//! ever costs. Only when that fails is it read as a `serde_json::Value`; the
//! path of the failing value is found (`serde_path_to_error`), that value is
//! left out (a field reads as absent, a list keeps its other items), a
//! [`DecodeWarning`] names it, and decoding is tried again, a bounded number
//! of times. A field typed `serde_json::Value` never fails, so it keeps the
//! raw JSON. What stays an error: a body that is empty or not JSON, a body
//! of the wrong shape as a whole (including an item of a body that is a
//! list), and a required field that is missing or unreadable.
//!
//! Warnings are logged with `tracing` and, during a client call, collected
//! for the call's `ApiResponse::warnings`.

use std::cell::RefCell;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

/// How many values may be left out of one body before it counts as
/// unreadable: each try decodes the whole body again.
const MAX_LEFT_OUT: usize = 256;

/// A value of a response that did not have the documented shape and was
/// left out, so that the rest of the response could be delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeWarning {
    /// Where the value was, e.g. `traffic_mirror_sessions[2].priority`.
    /// Indices count the items of a list as they were received.
    pub path: String,
    /// What the decoder expected and found.
    pub message: String,
}

impl fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the response's `{}` was left out: {}",
            self.path, self.message
        )
    }
}

/// Why a body could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Where decoding failed (`.` for the body as a whole).
    pub path: String,
    /// The decoder's explanation.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "." {
            f.write_str(&self.message)
        } else {
            write!(f, "at `{}`: {}", self.path, self.message)
        }
    }
}

/// Decodes `body` as `T`, leaving out values of the wrong shape (see the
/// module's documentation). The warnings are returned, not logged.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> Result<(T, Vec<DecodeWarning>), DecodeError> {
    let first = match serde_json::from_slice::<T>(body) {
        Ok(value) => return Ok((value, Vec::new())),
        Err(e) => e,
    };
    // Not JSON at all (or empty): nothing can be saved.
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Err(DecodeError {
            path: ".".to_owned(),
            message: first.to_string(),
        });
    };
    let mut warnings = Vec::new();
    let mut kept = Kept::default();
    loop {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(decoded) => return Ok((decoded, warnings)),
            Err(error) => error,
        };
        let message = error.inner().to_string();
        let segments: Vec<Segment> = error.path().iter().cloned().collect();
        let fatal = DecodeError {
            path: kept.original(&segments),
            message: message.clone(),
        };
        // A missing required field cannot be left out; neither can the
        // body as a whole.
        if message.starts_with("missing field") || warnings.len() >= MAX_LEFT_OUT {
            return Err(fatal);
        }
        let Some(removed) = leave_out(&mut value, &segments) else {
            return Err(fatal);
        };
        warnings.push(DecodeWarning {
            path: kept.original(&segments[..removed]),
            message,
        });
        kept.note(&segments[..removed]);
    }
}

/// Removes the value at the longest known prefix of `segments` (a variant
/// or unknown segment ends what can be followed). Returns the length of the
/// prefix removed, or `None` when nothing below the root could be removed.
fn leave_out(value: &mut serde_json::Value, segments: &[Segment]) -> Option<usize> {
    let known = segments
        .iter()
        .position(|s| !matches!(s, Segment::Seq { .. } | Segment::Map { .. }))
        .unwrap_or(segments.len());
    let (last, parents) = segments[..known].split_last()?;
    // The body's own items are never left out: serde reads a struct from a
    // list too (field by field), so a list where an object belongs would
    // otherwise lose its items one by one and read as an empty object.
    if parents.is_empty() && matches!(last, Segment::Seq { .. }) {
        return None;
    }
    let mut parent = value;
    for segment in parents {
        parent = match (segment, parent) {
            (Segment::Map { key }, serde_json::Value::Object(map)) => map.get_mut(key)?,
            (Segment::Seq { index }, serde_json::Value::Array(items)) => items.get_mut(*index)?,
            _ => return None,
        };
    }
    match (last, parent) {
        (Segment::Map { key }, serde_json::Value::Object(map)) => map.remove(key).map(|_| known),
        (Segment::Seq { index }, serde_json::Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            Some(known)
        }
        _ => None,
    }
}

/// The list items left out so far, so that later paths name items by
/// their place in the body as received.
#[derive(Default)]
struct Kept {
    /// (path of the list as received, index as received) of each item removed.
    removed: Vec<(String, usize)>,
}

impl Kept {
    /// Records that the value at `segments` (current indices) was removed.
    fn note(&mut self, segments: &[Segment]) {
        if let Some((Segment::Seq { .. }, parent)) = segments.split_last() {
            let list = self.original_text(parent);
            let index = self.original_index(&list, segments);
            self.removed.push((list, index));
        }
    }

    /// The original index of the item the last segment names.
    fn original_index(&self, list: &str, segments: &[Segment]) -> usize {
        let Some(Segment::Seq { index }) = segments.last() else {
            return 0;
        };
        let mut gone: Vec<usize> = self
            .removed
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, i)| *i)
            .collect();
        gone.sort_unstable();
        let mut original = *index;
        for g in gone {
            if g <= original {
                original += 1;
            }
        }
        original
    }

    /// `segments` (current indices) as a path with the indices as
    /// received; `.` for the body itself.
    fn original(&self, segments: &[Segment]) -> String {
        let text = self.original_text(segments);
        if text.is_empty() {
            ".".to_owned()
        } else {
            text
        }
    }

    /// As [`Kept::original`], but empty for the body itself.
    fn original_text(&self, segments: &[Segment]) -> String {
        let mut text = String::new();
        for (at, segment) in segments.iter().enumerate() {
            match segment {
                Segment::Seq { .. } => {
                    let index = self.original_index(&text, &segments[..=at]);
                    text.push_str(&format!("[{index}]"));
                }
                Segment::Map { key } => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Segment::Enum { variant } => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(variant);
                }
                Segment::Unknown => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push('?');
                }
            }
        }
        text
    }
}

thread_local! {
    /// The warnings of the response being parsed on this thread, when a
    /// client call is collecting them.
    static COLLECTED: RefCell<Option<Vec<DecodeWarning>>> = const { RefCell::new(None) };
}

/// Logs `warnings` and hands them to the call collecting on this thread,
/// if any.
pub fn report(warnings: Vec<DecodeWarning>) {
    for warning in &warnings {
        tracing::warn!(path = %warning.path, message = %warning.message, "response value left out");
    }
    COLLECTED.with(|collected| {
        if let Some(all) = collected.borrow_mut().as_mut() {
            all.extend(warnings);
        }
    });
}

/// Runs `parse` (a synchronous response parser) and returns what it
/// returned with every warning [`report`]ed meanwhile on this thread.
pub fn collecting<T>(parse: impl FnOnce() -> T) -> (T, Vec<DecodeWarning>) {
    /// Restores the outer collection even if `parse` unwinds.
    struct Restore(Option<Vec<DecodeWarning>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            COLLECTED.with(|collected| *collected.borrow_mut() = outer);
        }
    }
    let outer = COLLECTED.with(|collected| collected.borrow_mut().replace(Vec::new()));
    let restore = Restore(outer);
    let result = parse();
    let warnings = COLLECTED.with(|collected| collected.borrow_mut().take().unwrap_or_default());
    drop(restore);
    (result, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Page {
        sessions: Option<Vec<Session>>,
        count: Option<i64>,
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Session {
        id: String,
        priority: Option<i32>,
        tags: Option<Vec<String>>,
        extra: Option<serde_json::Value>,
    }

    #[test]
    fn a_well_formed_body_gives_no_warning() {
        let (page, warnings) = json::<Page>(br#"{"sessions":[{"id":"a","priority":1}],"count":1}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(warnings.is_empty());
        assert_eq!(page.count, Some(1));
    }

    #[test]
    fn a_mistyped_field_reads_as_absent_and_is_named() {
        let body = br#"{"sessions":[
            {"id":"a","priority":1},
            {"id":"b","priority":2,"extra":{"any":["thing"]}},
            {"id":"c","priority":{"value":3}}
        ],"count":[3]}"#;
        let (page, warnings) = json::<Page>(body).unwrap_or_else(|e| panic!("{e}"));
        let sessions = page.sessions.unwrap_or_default();
        assert_eq!(sessions.len(), 3);
        assert_eq!(sessions[2].id, "c");
        assert_eq!(sessions[2].priority, None);
        assert_eq!(sessions[1].priority, Some(2));
        assert_eq!(
            sessions[1].extra,
            Some(serde_json::json!({"any": ["thing"]}))
        );
        assert_eq!(page.count, None);
        let paths: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["sessions[2].priority", "count"]);
        assert!(warnings[0].message.contains("invalid type"), "{warnings:?}");
    }

    #[test]
    fn list_items_are_named_by_their_place_as_received() {
        let body = br#"{"sessions":[{"id":"a","tags":["x",{"k":1},"y",[2],"z"]}]}"#;
        let (page, warnings) = json::<Page>(body).unwrap_or_else(|e| panic!("{e}"));
        let sessions = page.sessions.unwrap_or_default();
        assert_eq!(
            sessions[0].tags.as_deref(),
            Some(&["x".to_owned(), "y".to_owned(), "z".to_owned()][..])
        );
        let paths: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["sessions[0].tags[1]", "sessions[0].tags[3]"]);
    }

    #[test]
    fn a_body_that_is_a_list_keeps_its_items() {
        let body = br#"[{"id":"a"},{"id":"b","priority":[1]}]"#;
        let (sessions, warnings) = json::<Vec<Session>>(body).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sessions.len(), 2);
        assert_eq!(sessions[1].id, "b");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].path, "[1].priority");
    }

    #[test]
    fn what_cannot_be_left_out_stays_an_error() {
        // A required field, missing or unreadable.
        let missing = json::<Page>(br#"{"sessions":[{"priority":1}]}"#).err();
        assert_eq!(missing.map(|e| e.path), Some("sessions[0]".to_owned()));
        let unreadable = json::<Page>(br#"{"sessions":[{"id":{"x":1}}]}"#).err();
        assert!(
            unreadable
                .as_ref()
                .is_some_and(|e| e.message.contains("missing field `id`")),
            "{unreadable:?}"
        );
        // Empty, not JSON, or the wrong shape as a whole.
        for body in [&b""[..], b"<html>", b"[1,2]", b"[{}]", b"\"text\""] {
            assert!(json::<Page>(body).is_err(), "{body:?}");
        }
    }

    #[test]
    fn warnings_are_collected_for_the_call_on_this_thread_only() {
        let warning = DecodeWarning {
            path: "a".into(),
            message: "m".into(),
        };
        // Outside a collection, a report only logs.
        report(vec![warning.clone()]);
        let ((), warnings) = collecting(|| {
            report(vec![warning.clone()]);
            let ((), inner) = collecting(|| report(vec![warning.clone(), warning.clone()]));
            assert_eq!(inner.len(), 2);
        });
        assert_eq!(warnings, std::slice::from_ref(&warning));
        let ((), none) = collecting(|| ());
        assert!(none.is_empty());
    }
}
