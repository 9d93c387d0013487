//! Every value left out of a response is logged with `tracing` at level
//! `WARN`, naming its path. (A binary of its own: a scoped subscriber sees
//! every event only when no other test registers the same call sites first.)

mod support;

use client_runtime::decode::{collecting, json, report};

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Session {
    id: Option<String>,
    priority: Option<i32>,
}

#[test]
fn every_value_left_out_is_logged_with_its_path() {
    let capture = support::Capture::default();
    let body = br#"{"id":"s-1","priority":{"value":3}}"#;
    let (session, warnings) = tracing::subscriber::with_default(capture.clone(), || {
        support::interested_everywhere();
        collecting(|| {
            let (session, warnings) = json::<Session>(body).unwrap_or_else(|e| panic!("{e}"));
            report(warnings);
            session
        })
    });
    assert_eq!(session.id.as_deref(), Some("s-1"));
    assert_eq!(warnings.len(), 1);
    // One line per event: its level, then each field as `name=value `.
    let lines: Vec<String> = capture
        .seen()
        .iter()
        .filter_map(|seen| {
            let support::Kind::Event(level) = &seen.kind else {
                return None;
            };
            let mut line = format!("{level} ");
            for (name, value) in &seen.fields {
                line.push_str(&format!("{name}={value} "));
            }
            Some(line)
        })
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("WARN "), "{lines:?}");
    assert!(lines[0].contains("path=priority"), "{lines:?}");
    assert!(lines[0].contains("invalid type"), "{lines:?}");
}
