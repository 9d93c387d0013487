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
