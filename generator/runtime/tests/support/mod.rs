//! What several runtime test binaries share.

/// Makes every thread reach `tracing`'s call sites with a subscriber that
/// wants their events (a global default that discards them).
///
/// `tracing` caches each call site's interest once for the whole process,
/// computed on the thread that first reaches it; a test thread without a
/// subscriber fixes it to "never", which silences that call site for the
/// tests that capture events on their own thread with `set_default` or
/// `with_default`, whenever the other test wins the race. With an
/// interested global default, the cached interest is never "never", and each
/// capturing test still sees only its own thread's events.
pub fn interested_everywhere() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Another global default (none is set in these binaries) would
        // serve as well.
        let _ = tracing::subscriber::set_global_default(Discard);
    });
    tracing::callsite::rebuild_interest_cache();
}

/// Wants every event and keeps none.
struct Discard;

impl tracing::Subscriber for Discard {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// What a [`Capture`] saw: a span opening (with its name), values recorded
/// on a span later, or an event (with its level).
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Span(&'static str),
    Values,
    Event(tracing::Level),
}

/// One span, record or event, with each field as `(name, value as Debug
/// prints it)`.
#[derive(Debug, Clone)]
pub struct Seen {
    pub kind: Kind,
    pub fields: Vec<(&'static str, String)>,
}

/// Keeps every span and event, with its fields as text, for the tests that
/// read what the runtime logs (each renders what it asserts on).
#[derive(Clone, Default)]
pub struct Capture(std::sync::Arc<std::sync::Mutex<Vec<Seen>>>);

impl Capture {
    /// Everything seen so far, in order.
    pub fn seen(&self) -> Vec<Seen> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn keep(&self, kind: Kind, record: impl FnOnce(&mut dyn tracing::field::Visit)) {
        let mut fields = Fields(Vec::new());
        record(&mut fields);
        let seen = Seen {
            kind,
            fields: fields.0,
        };
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(seen);
    }
}

struct Fields(Vec<(&'static str, String)>);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name(), format!("{value:?}")));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.keep(Kind::Span(span.metadata().name()), |v| span.record(v));
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        self.keep(Kind::Values, |v| values.record(v));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        self.keep(Kind::Event(*event.metadata().level()), |v| event.record(v));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}
