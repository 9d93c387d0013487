//! Every value left out of a response is logged with `tracing` at level
//! `WARN`, naming its path. (A binary of its own: a scoped subscriber sees
//! every event only when no other test registers the same call sites first.)

mod support;

use std::sync::{Arc, Mutex};

use client_runtime::decode::{collecting, json, report};

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Session {
    id: Option<String>,
    priority: Option<i32>,
}

/// Collects the level, fields and message of every event.
struct Capture(Arc<Mutex<Vec<String>>>);

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!("{}={value:?} ", field.name()));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = format!("{} ", event.metadata().level());
        event.record(&mut Fields(&mut line));
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(line);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn every_value_left_out_is_logged_with_its_path() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let body = br#"{"id":"s-1","priority":{"value":3}}"#;
    let (session, warnings) = tracing::subscriber::with_default(Capture(lines.clone()), || {
        support::interested_everywhere();
        collecting(|| {
            let (session, warnings) = json::<Session>(body).unwrap_or_else(|e| panic!("{e}"));
            report(warnings);
            session
        })
    });
    assert_eq!(session.id.as_deref(), Some("s-1"));
    assert_eq!(warnings.len(), 1);
    let lines = lines.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("WARN "), "{lines:?}");
    assert!(lines[0].contains("path=priority"), "{lines:?}");
    assert!(lines[0].contains("invalid type"), "{lines:?}");
}
