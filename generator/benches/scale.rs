//! `cargo bench -p generator`: how the generator's cost grows with the spec.
//!
//! For synthetic specs of 10, 100, 1,000 and 5,000 operations it prints the
//! time of load + resolve + emit (in memory, laid out as rustfmt would, no
//! child process), the time of writing the crate to a fresh directory, both
//! per operation, and the peak heap memory of the in-process pipeline. Then
//! it measures a debug `cargo build` of the 100-operation crate with a warm
//! dependency cache.
//!
//! Peak memory is measured in-process with a counting global allocator
//! (live bytes and their high-water mark, reset before each size), so it is
//! the generator's own heap, exact and independent of allocator caching.
//!
//! `BENCH_SIZES=10,100` picks other sizes; `BENCH_COMPILE=0` skips the build;
//! `BENCH_SPEC=path/to/openapi.json` adds a row for a real document
//! (generated with `--skip-unsupported`, as far as it goes).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use generator::{ResolveOptions, emit, load, resolve, write};

#[path = "../tests/support/synthetic.rs"]
mod synthetic;
use synthetic::synthetic_spec;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only
// counters are updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

struct Row {
    operations: usize,
    spec_kib: usize,
    files: usize,
    pipeline: Duration,
    stages: [Duration; 3],
    peak: usize,
    write: Duration,
}

fn measure(operations: usize) -> Row {
    measure_text(
        operations,
        &synthetic_spec(operations, "Bench API"),
        "bench.yaml",
    )
}

/// A real document: its operations are counted from its `paths`.
fn measure_spec(path: &Path) -> Row {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let loaded = load::load_str(path, &text).unwrap_or_else(|e| panic!("{e}"));
    let operations = loaded
        .document
        .paths
        .paths
        .values()
        .filter_map(|item| item.as_item())
        .map(|item| item.iter().count())
        .sum();
    let name = path.to_string_lossy().into_owned();
    measure_text(operations, &text, &name)
}

fn measure_text(operations: usize, text: &str, name: &str) -> Row {
    let options = ResolveOptions {
        skip_unsupported: true,
    };
    let repeats = if operations <= 1000 { 3 } else { 1 };
    let mut best = Duration::MAX;
    let mut stages = [Duration::ZERO; 3];
    let mut peak = 0;
    let mut files = Vec::new();
    for _ in 0..repeats {
        drop(std::mem::take(&mut files));
        PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
        let base = LIVE.load(Ordering::Relaxed);
        let started = Instant::now();
        let loaded = load::load_str(Path::new(name), text).unwrap_or_else(|e| panic!("{e}"));
        let loaded_at = started.elapsed();
        let resolved = resolve::resolve(&loaded, options).unwrap_or_else(|e| panic!("{e}"));
        let resolved_at = started.elapsed();
        files = emit::emit(&resolved.api, &[]).unwrap_or_else(|e| panic!("{e}"));
        let total = started.elapsed();
        if total < best {
            best = total;
            stages = [loaded_at, resolved_at - loaded_at, total - resolved_at];
        }
        peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    }
    let out = std::env::temp_dir().join(format!("generator-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let started = Instant::now();
    write::write(&files, &out).unwrap_or_else(|e| panic!("{e}"));
    let write = started.elapsed();
    let _ = std::fs::remove_dir_all(&out);
    Row {
        operations,
        spec_kib: text.len() / 1024,
        files: files.len(),
        pipeline: best,
        stages,
        peak,
        write,
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e3)
}

fn per_op(d: Duration, n: usize) -> String {
    format!("{:.0}", d.as_secs_f64() * 1e6 / n as f64)
}

/// Generates the crate for `operations` into a scratch workspace and times a
/// debug `cargo build` of it once dependencies are built (target dir shared
/// with the coverage test's fixtures).
fn compile_time(operations: usize) -> Result<Duration, String> {
    let target = Path::new(WORKSPACE).join("target/fixtures");
    let workspace = Path::new(WORKSPACE).join("target/bench-crate");
    std::fs::create_dir_all(&workspace).map_err(|e| e.to_string())?;
    let loaded = load::load_str(
        Path::new("bench.yaml"),
        &synthetic_spec(operations, "Bench API"),
    )
    .map_err(|e| e.to_string())?;
    let resolved =
        resolve::resolve(&loaded, ResolveOptions::default()).map_err(|e| e.to_string())?;
    let files = emit::emit(&resolved.api, &[]).map_err(|e| e.to_string())?;
    write::write(&files, &workspace.join("bench-api")).map_err(|e| e.to_string())?;
    std::fs::write(
        workspace.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\"bench-api\"]\n",
    )
    .map_err(|e| e.to_string())?;
    std::fs::copy(
        Path::new(WORKSPACE).join("Cargo.lock"),
        workspace.join("Cargo.lock"),
    )
    .map_err(|e| e.to_string())?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = |offline: bool| {
        let mut command = Command::new(&cargo);
        command
            .current_dir(&workspace)
            .env("CARGO_TARGET_DIR", &target)
            .args(["build", "--quiet"]);
        if offline {
            command.arg("--offline");
        }
        command.status().map_err(|e| e.to_string())
    };
    // Warm the dependencies (and fetch them if the cache lacks something).
    if !build(true)?.success() && !build(false)?.success() {
        return Err("cargo build failed".into());
    }
    let lib = workspace.join("bench-api/src/lib.rs");
    let source = std::fs::read_to_string(&lib).map_err(|e| e.to_string())?;
    std::fs::write(&lib, format!("{source}\n")).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let ok = build(true)?.success();
    let elapsed = started.elapsed();
    std::fs::write(&lib, source).map_err(|e| e.to_string())?;
    if ok {
        Ok(elapsed)
    } else {
        Err("cargo build failed".into())
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // useful either way: keep that run short.
    let testing =
        std::env::args().any(|a| a == "--test") || !std::env::args().any(|a| a == "--bench");
    let sizes: Vec<usize> = match std::env::var("BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
        Err(_) if testing => vec![10],
        Err(_) => vec![10, 100, 1000, 5000],
    };
    println!(
        "| spec | operations | spec KiB | files | load+resolve+emit ms | µs/op | load / resolve / emit ms | peak heap MiB | KiB/op | write ms | µs/op |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut rows: Vec<(String, Row)> = sizes
        .iter()
        .map(|&n| ("synthetic".to_string(), measure(n)))
        .collect();
    if let Ok(spec) = std::env::var("BENCH_SPEC") {
        let path = Path::new(&spec);
        let label = path
            .file_name()
            .map_or(spec.clone(), |n| n.to_string_lossy().into_owned());
        rows.push((label, measure_spec(path)));
    }
    for (label, row) in rows {
        let n = row.operations.max(1);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} / {} / {} | {:.1} | {:.0} | {} | {} |",
            label,
            row.operations,
            row.spec_kib,
            row.files,
            ms(row.pipeline),
            per_op(row.pipeline, n),
            ms(row.stages[0]),
            ms(row.stages[1]),
            ms(row.stages[2]),
            row.peak as f64 / (1024.0 * 1024.0),
            row.peak as f64 / 1024.0 / n as f64,
            ms(row.write),
            per_op(row.write, n),
        );
    }
    if testing || std::env::var("BENCH_COMPILE").is_ok_and(|v| v == "0") {
        return;
    }
    match compile_time(100) {
        Ok(d) => println!(
            "\ncargo build (debug) of the 100-operation crate, dependencies warm: {:.1} s",
            d.as_secs_f64()
        ),
        Err(e) => println!("\ncargo build of the 100-operation crate failed: {e}"),
    }
}
