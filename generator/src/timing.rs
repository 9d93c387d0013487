//! Timing spans of a run, printed to stderr when `GENERATOR_TIMINGS` is set
//! (`GENERATOR_TIMINGS=1 generator --spec … --out …`): where the wall time
//! goes, stage by stage, without a profiler.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// CPU time spent in [`crate::format::layout`], summed over the emitting
/// threads (so it can exceed the emit stage's wall time).
pub static LAYOUT_NANOS: AtomicU64 = AtomicU64::new(0);

fn enabled() -> bool {
    std::env::var_os("GENERATOR_TIMINGS").is_some()
}

/// Wall time since the previous span.
pub struct Timer(Instant);

impl Timer {
    pub fn start() -> Self {
        Timer(Instant::now())
    }

    /// Prints the time since the last span under `name` (and the peak
    /// memory so far, where the OS tells it), and restarts.
    pub fn span(&mut self, name: &str) {
        if enabled() {
            let peak = peak_memory_kib()
                .map(|kib| format!(" (peak memory so far {:.1} MiB)", kib as f64 / 1024.0))
                .unwrap_or_default();
            eprintln!(
                "timing: {name}: {:.1} ms{peak}",
                self.0.elapsed().as_secs_f64() * 1e3
            );
        }
        self.0 = Instant::now();
    }
}

/// The process's peak resident memory (`VmHWM`), on Linux: every page
/// first touched costs the kernel a page to zero, a visible share of a run.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Adds a layout call's duration to [`LAYOUT_NANOS`].
pub fn add_layout(since: Instant) {
    let nanos = u64::try_from(since.elapsed().as_nanos()).unwrap_or(u64::MAX);
    LAYOUT_NANOS.fetch_add(nanos, Ordering::Relaxed);
}

/// Prints the layout's share of the emit stage.
pub fn report_layout() {
    if enabled() {
        let nanos = LAYOUT_NANOS.load(Ordering::Relaxed);
        eprintln!(
            "timing:   of which layout (all threads): {:.1} ms",
            nanos as f64 / 1e6
        );
    }
}
