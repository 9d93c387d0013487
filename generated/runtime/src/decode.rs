//! Reading a JSON response body so that one mistyped field never costs the
//! whole response.
//!
//! The body is decoded directly first, which is all a well-behaved server
//! ever costs. Only when that fails is it read as a `serde_json::Value` and
//! written out compactly; decoding that text fails at a byte offset, which
//! names the failing value's path; that value is left out (a field reads as
//! absent, a list keeps its other items), a [`DecodeWarning`] names it, and
//! decoding is tried again, a bounded number of times. Every try decodes
//! from bytes exactly as the direct decode does, so each response type's
//! decoder is compiled once, not once more for a second input type. A field typed `serde_json::Value` never fails, so it keeps the
//! raw JSON. What stays an error: a body that is empty or not JSON, a body
//! of the wrong shape as a whole (including an item of a body that is a
//! list), and a required field that is missing or unreadable.
//!
//! Warnings are logged with `tracing` and, during a client call, collected
//! for the call's `ApiResponse::warnings`.

use std::cell::RefCell;
use std::fmt;

use serde::de::DeserializeOwned;

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

/// One step of a path into a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// A member of an object.
    Key(String),
    /// An item of a list.
    Index(usize),
}

/// Decodes `body` as `T`, leaving out values of the wrong shape (see the
/// module's documentation). The warnings are returned, not logged.
///
/// Only the decode itself depends on `T`; the salvage loop is compiled once
/// for every response type.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> Result<(T, Vec<DecodeWarning>), DecodeError> {
    let mut decoded = None;
    let warnings = salvage(body, &mut |bytes| {
        decoded = Some(serde_json::from_slice::<T>(bytes)?);
        Ok(())
    })?;
    let decoded = decoded.ok_or_else(|| DecodeError {
        path: ".".to_owned(),
        message: "the body was never decoded".to_owned(),
    })?;
    Ok((decoded, warnings))
}

/// Tries `decode` on `body`, then, as long as it refuses a value that can be
/// left out, on the body without it; returns what was left out once
/// `decode` succeeds.
fn salvage(
    body: &[u8],
    decode: &mut dyn FnMut(&[u8]) -> Result<(), serde_json::Error>,
) -> Result<Vec<DecodeWarning>, DecodeError> {
    let first = match decode(body) {
        Ok(()) => return Ok(Vec::new()),
        Err(e) => e,
    };
    let whole = |e: &serde_json::Error| DecodeError {
        path: ".".to_owned(),
        message: e.to_string(),
    };
    // Not JSON at all, cut short or empty: nothing can be saved.
    if !first.is_data() {
        return Err(whole(&first));
    }
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Err(whole(&first));
    };
    let mut warnings = Vec::new();
    let mut kept = Kept::default();
    loop {
        // One line, so that the error's column is its byte offset.
        let text = serde_json::to_vec(&value).map_err(|e| whole(&e))?;
        let error = match decode(&text) {
            Ok(()) => return Ok(warnings),
            Err(error) => error,
        };
        let message = without_position(&error);
        let segments = locate(&text, refused_at(&text, error.column(), &message));
        let fatal = DecodeError {
            path: kept.original(&segments),
            message: message.clone(),
        };
        // A missing required field cannot be left out; neither can the
        // body as a whole.
        if message.starts_with("missing field") || warnings.len() >= MAX_LEFT_OUT {
            return Err(fatal);
        }
        if !leave_out(&mut value, &segments) {
            return Err(fatal);
        }
        warnings.push(DecodeWarning {
            path: kept.original(&segments),
            message,
        });
        kept.note(&segments);
    }
}

/// The decoder's message without serde_json's " at line 1 column 42",
/// which means nothing to the reader of a body they never saw compacted.
fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Where the refused value starts, from where serde_json reports it: a
/// list or an object refused as a whole is reported just inside its opening
/// bracket, which is also where its first item starts; the message says
/// which of the two was refused.
fn refused_at(text: &[u8], offset: usize, message: &str) -> usize {
    let opening = match message.strip_prefix("invalid type: ") {
        Some(rest) if rest.starts_with("sequence") => b'[',
        Some(rest) if rest.starts_with("map") => b'{',
        _ => return offset,
    };
    let before = offset.checked_sub(1).and_then(|i| text.get(i));
    if before == Some(&opening) && text.get(offset) != Some(&opening) {
        offset - 1
    } else {
        offset
    }
}

/// The path of the innermost value of `text` (compact JSON, as
/// `serde_json::to_vec` writes it) that starts or ends at byte `offset`, or
/// contains it: serde_json reports a value of the wrong type where it
/// starts, and a value its reader refused where it ends.
fn locate(text: &[u8], offset: usize) -> Vec<Segment> {
    let mut path = Vec::new();
    let mut found = None;
    walk(text, 0, offset, &mut path, &mut found);
    found.unwrap_or_default()
}

/// Reads the value starting at `at`; returns where it ends. Records in
/// `found` the first (so innermost) value whose span holds `offset`.
fn walk(
    text: &[u8],
    at: usize,
    offset: usize,
    path: &mut Vec<Segment>,
    found: &mut Option<Vec<Segment>>,
) -> usize {
    let mut pos = at;
    match text.get(pos) {
        Some(b'{') => {
            pos += 1;
            while text.get(pos).is_some_and(|b| *b != b'}') {
                let key_end = string_end(text, pos);
                let key = serde_json::from_slice::<String>(&text[pos..key_end]).unwrap_or_default();
                path.push(Segment::Key(key));
                // Past the `:`.
                pos = walk(text, key_end + 1, offset, path, found);
                path.pop();
                if text.get(pos) == Some(&b',') {
                    pos += 1;
                }
            }
            pos += 1;
        }
        Some(b'[') => {
            pos += 1;
            let mut index = 0;
            while text.get(pos).is_some_and(|b| *b != b']') {
                path.push(Segment::Index(index));
                pos = walk(text, pos, offset, path, found);
                path.pop();
                index += 1;
                if text.get(pos) == Some(&b',') {
                    pos += 1;
                }
            }
            pos += 1;
        }
        Some(b'"') => pos = string_end(text, pos),
        Some(_) => {
            while text
                .get(pos)
                .is_some_and(|b| !matches!(b, b',' | b']' | b'}'))
            {
                pos += 1;
            }
        }
        None => return pos,
    }
    if found.is_none() && (at..=pos).contains(&offset) {
        *found = Some(path.clone());
    }
    pos
}

/// Where the string starting at `at` (its opening quote) ends, past its
/// closing quote.
fn string_end(text: &[u8], at: usize) -> usize {
    let mut pos = at + 1;
    while let Some(&b) = text.get(pos) {
        pos += 1;
        match b {
            b'\\' => pos += 1,
            b'"' => break,
            _ => {}
        }
    }
    pos
}

/// Removes the value at `segments`; `false` when there is none below the
/// root, or it is an item of the body itself.
fn leave_out(value: &mut serde_json::Value, segments: &[Segment]) -> bool {
    let Some((last, parents)) = segments.split_last() else {
        return false;
    };
    // The body's own items are never left out: serde reads a struct from a
    // list too (field by field), so a list where an object belongs would
    // otherwise lose its items one by one and read as an empty object.
    if parents.is_empty() && matches!(last, Segment::Index(_)) {
        return false;
    }
    let mut parent = value;
    for segment in parents {
        let next = match (segment, parent) {
            (Segment::Key(key), serde_json::Value::Object(map)) => map.get_mut(key),
            (Segment::Index(index), serde_json::Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        let Some(next) = next else {
            return false;
        };
        parent = next;
    }
    match (last, parent) {
        (Segment::Key(key), serde_json::Value::Object(map)) => map.remove(key).is_some(),
        (Segment::Index(index), serde_json::Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
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
        if let Some((Segment::Index(_), parent)) = segments.split_last() {
            let list = self.original_text(parent);
            let index = self.original_index(&list, segments);
            self.removed.push((list, index));
        }
    }

    /// The original index of the item the last segment names.
    fn original_index(&self, list: &str, segments: &[Segment]) -> usize {
        let Some(Segment::Index(index)) = segments.last() else {
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
                Segment::Index(_) => {
                    let index = self.original_index(&text, &segments[..=at]);
                    text.push_str(&format!("[{index}]"));
                }
                Segment::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
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
    fn the_failing_value_is_found_where_it_starts_or_ends() {
        let text = br#"{"a\"b":[1,{"c":"x,]}"}],"d":{}}"#;
        let key = |k: &str| Segment::Key(k.to_owned());
        // `1` is at 9; the string "x,]}" spans 16..22, its object 11..23;
        // `{}` starts at 29.
        let item = [key("a\"b"), Segment::Index(1)];
        assert_eq!(locate(text, 9), [key("a\"b"), Segment::Index(0)]);
        assert_eq!(locate(text, 16), [&item[..], &[key("c")]].concat());
        assert_eq!(locate(text, 22), [&item[..], &[key("c")]].concat());
        assert_eq!(locate(text, 23), item);
        assert_eq!(locate(text, 29), [key("d")]);
        assert_eq!(locate(text, 0), Vec::<Segment>::new());
        // A list refused as a whole, not its first item; an object item
        // refused itself.
        let list = br#"{"n":[1,2],"m":[{"k":1}]}"#;
        assert_eq!(
            refused_at(list, 6, "invalid type: sequence, expected i32"),
            5
        );
        assert_eq!(refused_at(list, 16, "invalid type: map, expected i32"), 16);
        assert_eq!(
            refused_at(list, 6, "invalid type: integer `1`, expected a string"),
            6
        );
    }

    #[test]
    fn a_value_its_reader_refuses_is_left_out_too() {
        #[derive(serde::Deserialize, Debug)]
        struct Counted {
            #[serde(default, deserialize_with = "super::super::lenient::option_int")]
            count: Option<i32>,
            name: Option<String>,
        }
        let body = br#"{"count": "many", "name": "n"}"#;
        let (counted, warnings) = json::<Counted>(body).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((counted.count, counted.name.as_deref()), (None, Some("n")));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].path, "count");
        assert!(!warnings[0].message.contains("column"), "{warnings:?}");
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
