//! Golden output: the generated code of every fixture spec, compared file by
//! file with what is committed beside it, and the proof that the emitted
//! layout is what `cargo fmt` leaves (for our spec and every fixture, with no
//! exception): the generator never runs rustfmt, only this test does.
//!
//! Every directory `tests/fixtures/<name>/` holding an `openapi.yaml` is a
//! fixture (a new one is picked up by listing the folder). Its expected crate
//! is `tests/fixtures/<name>/expected/`: every generated file except the
//! runtime's sources (`runtime/src/` and `src/unknown.rs`, verbatim copies of
//! `generator/runtime/src/`) and the copied `examples/`. A fixture that the default mode refuses is
//! generated with `--skip-unsupported`, and what was skipped is recorded in
//! `expected/SKIPPED.txt`.
//!
//! After an intended change, rewrite the expected files and review the diff:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test -p generator --test golden
//! git diff tests/fixtures
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::{GeneratedFile, ResolveOptions, emit, generate, load, resolve};

mod support {
    pub mod synthetic;
}

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The command that rewrites the expected files, named in every failure.
const UPDATE: &str = "UPDATE_GOLDEN=1 cargo test -p generator --test golden";

/// Every fixture directory with an `openapi.yaml`, sorted.
fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(WORKSPACE).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", root.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("openapi.yaml").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no fixtures under {}", root.display());
    dirs
}

fn name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What the generator makes of a spec: the default mode, or, when that
/// refuses the document, `--skip-unsupported` and the list of what it skipped.
fn generated(spec: &Path) -> (Vec<GeneratedFile>, Option<String>) {
    if let Ok(generation) = generate(spec, ResolveOptions::default()) {
        return (generation.files, None);
    }
    let generation = generate(
        spec,
        ResolveOptions {
            skip_unsupported: true,
        },
    )
    .unwrap_or_else(|e| panic!("{} does not generate: {e}", spec.display()));
    let skipped: String = generation
        .skipped
        .iter()
        .map(|d| format!("{d}\n"))
        .collect();
    (generation.files, Some(skipped))
}

/// The files the golden output covers, by path.
fn golden_files(files: &[GeneratedFile], skipped: Option<String>) -> BTreeMap<String, String> {
    let mut map: BTreeMap<String, String> = files
        .iter()
        .filter(|f| !is_runtime_copy(&f.path) && !f.path.starts_with("examples/"))
        .map(|f| (f.path.clone(), f.contents.clone()))
        .collect();
    if let Some(skipped) = skipped {
        map.insert("SKIPPED.txt".into(), skipped);
    }
    map
}

/// The runtime's files, copied verbatim from `generator/runtime/src/` (its
/// crate's `Cargo.toml` is rendered, so it stays in the golden output).
fn is_runtime_copy(path: &str) -> bool {
    path.starts_with("runtime/src/") || path == "src/unknown.rs"
}

/// Every file under `dir`, by path relative to it.
fn read_tree(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if let Ok(relative) = path.strip_prefix(root) {
                let contents = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                let key = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(key, contents);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn write_tree(dir: &Path, files: &BTreeMap<String, String>) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    for (path, contents) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        std::fs::write(&target, contents).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}

/// A readable account of how `actual` differs from `expected`: files
/// missing or extra, and a unified diff of each changed file.
fn differences(
    expected: &BTreeMap<String, String>,
    actual: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for path in expected.keys().filter(|p| !actual.contains_key(*p)) {
        out.push(format!("no longer generated: {path}"));
    }
    for (path, contents) in actual {
        match expected.get(path) {
            None => out.push(format!("new file: {path}")),
            Some(old) if old != contents => {
                let diff = similar::TextDiff::from_lines(old.as_str(), contents.as_str());
                out.push(format!(
                    "changed: {path}\n{}",
                    diff.unified_diff()
                        .context_radius(2)
                        .header("expected", "generated")
                ));
            }
            Some(_) => {}
        }
    }
    out
}

#[test]
fn every_fixture_matches_its_golden_output() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for dir in fixtures() {
        let (files, skipped) = generated(&dir);
        let actual = golden_files(&files, skipped);
        let expected_dir = dir.join("expected");
        if update {
            write_tree(&expected_dir, &actual);
            continue;
        }
        let expected = read_tree(&expected_dir);
        let found = differences(&expected, &actual);
        if !found.is_empty() {
            failures.push(format!(
                "fixture `{}` differs from {}:\n{}",
                name(&dir),
                expected_dir.display(),
                found.join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is intended, run `{UPDATE}` and review `git diff tests/fixtures`.",
        failures.join("\n\n")
    );
}

/// The emitted crate as `cargo fmt` would see it: its `src/` (runtime
/// included, which `lib.rs` marks `#[rustfmt::skip]`) with `src/rustfmt.toml`.
fn rustfmt_changes(label: &str, files: &[GeneratedFile]) -> Option<String> {
    let scratch = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let src: BTreeMap<String, String> = files
        .iter()
        .filter(|f| f.path.starts_with("src/"))
        .map(|f| (f.path.clone(), f.contents.clone()))
        .collect();
    assert!(
        src.contains_key("src/rustfmt.toml"),
        "{label}: the crate carries no src/rustfmt.toml"
    );
    write_tree(&scratch.path().join("crate"), &src);
    let output = Command::new("rustfmt")
        .current_dir(scratch.path().join("crate"))
        .args(["--edition", "2024", "--check", "src/lib.rs"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run rustfmt: {e}"));
    (!output.status.success()).then(|| {
        format!(
            "{label}: rustfmt would change the emitted code:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// What the generator emits for a fixture (its layout is the only one: no
/// rustfmt runs during generation).
fn laid_out(dir: &Path) -> Vec<GeneratedFile> {
    let loaded = load::load_file(&dir.join("openapi.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let options = ResolveOptions {
        skip_unsupported: true,
    };
    let resolved = resolve::resolve(&loaded, options).unwrap_or_else(|e| panic!("{e}"));
    emit::emit(&resolved.api, &[]).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn emitted_code_is_what_rustfmt_leaves() {
    if Command::new("rustfmt").arg("--version").output().is_err() {
        eprintln!("rustfmt is not installed: the layout check is skipped (CI has it)");
        return;
    }
    let mut specs = vec![(
        "spec/openapi.yaml".to_string(),
        Path::new(WORKSPACE).join("spec"),
    )];
    specs.extend(
        fixtures()
            .into_iter()
            .map(|dir| (format!("fixture {}", name(&dir)), dir)),
    );
    let mut failures: Vec<String> = specs
        .iter()
        .filter_map(|(label, spec)| rustfmt_changes(label, &laid_out(spec)))
        .collect();
    // Longer names and many operations: other line lengths, other shapes.
    let text = support::synthetic::synthetic_spec(40, "Synthetic Layout API");
    let loaded =
        load::load_str(Path::new("synthetic.yaml"), &text).unwrap_or_else(|e| panic!("{e}"));
    let resolved =
        resolve::resolve(&loaded, ResolveOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let files = emit::emit(&resolved.api, &[]).unwrap_or_else(|e| panic!("{e}"));
    failures.extend(rustfmt_changes("a synthetic spec of 40 operations", &files));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_changed_file_is_shown_as_a_diff() {
    let expected = BTreeMap::from([
        ("a.rs".to_string(), "fn a() {}\n".to_string()),
        ("gone.rs".to_string(), String::new()),
    ]);
    let actual = BTreeMap::from([
        ("a.rs".to_string(), "fn b() {}\n".to_string()),
        ("new.rs".to_string(), String::new()),
    ]);
    let found = differences(&expected, &actual).join("\n");
    assert!(found.contains("no longer generated: gone.rs"), "{found}");
    assert!(found.contains("new file: new.rs"), "{found}");
    assert!(found.contains("-fn a() {}"), "{found}");
    assert!(found.contains("+fn b() {}"), "{found}");
}

#[test]
fn check_needs_no_rustfmt() {
    // The ordinary PATH without every directory that holds a `rustfmt`.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let without: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|dir| !dir.join("rustfmt").exists())
        .collect();
    let without = std::env::join_paths(without).unwrap_or_else(|e| panic!("{e}"));
    let probe = Command::new("rustfmt")
        .arg("--version")
        .env("PATH", &without)
        .output();
    assert!(
        probe.is_err(),
        "rustfmt is still reachable on the reduced PATH"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .arg("--check")
        .env("PATH", &without)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the generator: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("is up to date"),
        "`generator --check` without rustfmt:\n{stdout}{stderr}"
    );
    assert!(
        !stderr.contains("rustfmt"),
        "a warning about rustfmt: {stderr}"
    );
}
