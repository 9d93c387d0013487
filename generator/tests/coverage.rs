//! The generator against real-world shaped specs (`tests/fixtures/`): each
//! fixture becomes a crate that compiles clippy-clean together with a usage
//! example naming the expected types and methods; unsupported constructs are
//! all reported; mutated specs never panic or hang; a killed run never leaves
//! a half-written output directory.
//!
//! The fixture crates are compiled once, together: one temporary workspace,
//! one `cargo clippy` run, its target directory under the main workspace's
//! `target/fixtures` so dependencies are built once and reused across runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use generator::{Error, ResolveOptions, emit, generate, load, resolve, write};
use proptest::prelude::*;

mod support {
    pub mod round_trip;
    pub mod synthetic;
}
use support::round_trip::round_trip_test;
use support::synthetic::synthetic_spec;

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn fixture(name: &str) -> PathBuf {
    Path::new(WORKSPACE).join("tests/fixtures").join(name)
}

fn strict() -> ResolveOptions {
    ResolveOptions {
        skip_unsupported: false,
    }
}

fn lenient() -> ResolveOptions {
    ResolveOptions {
        skip_unsupported: true,
    }
}

fn run_generator(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the generator: {e}"));
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

// ------------------------------------------------------------------ coverage

/// Generates every fixture, then compiles them all in one clippy run, with
/// every feature on so the `test-util` mock is checked for each spec too.
#[test]
fn fixtures_generate_clippy_clean_crates() {
    let target = Path::new(WORKSPACE).join("target/fixtures");
    std::fs::create_dir_all(&target).unwrap_or_else(|e| panic!("{e}"));
    let workspace = tempfile::tempdir_in(&target).unwrap_or_else(|e| panic!("{e}"));
    // `problems` holds what cannot be generated: only its remainder compiles.
    let crates: Vec<(String, ResolveOptions)> = fixture_names()
        .into_iter()
        .map(|name| {
            let options = if name == "problems" {
                lenient()
            } else {
                strict()
            };
            (name, options)
        })
        .collect();
    // Packages with a round-trip test of their spec's examples.
    let mut round_trips = Vec::new();
    for (name, options) in &crates {
        let options = *options;
        let generation =
            generate(&fixture(name), options).unwrap_or_else(|e| panic!("{name}: {e}"));
        let examples = generation
            .files
            .iter()
            .filter(|f| f.path.starts_with("examples/"))
            .count();
        assert_eq!(
            examples, 1,
            "{name}: the usage example is part of the crate"
        );
        write::write(&generation.files, &workspace.path().join(name))
            .unwrap_or_else(|e| panic!("{e}"));
        if let Some((package, source)) = round_trip_test(&fixture(name), options) {
            let tests = workspace.path().join(name).join("tests");
            std::fs::create_dir_all(&tests).unwrap_or_else(|e| panic!("{e}"));
            let file = tests.join("examples_round_trip.rs");
            std::fs::write(&file, source).unwrap_or_else(|e| panic!("{e}"));
            // Laid out as `cargo fmt` would, so the format check below holds.
            let _ = Command::new("rustfmt")
                .args(["--edition", "2024"])
                .arg(&file)
                .status();
            round_trips.push(package);
        }
        if name == "schemas-real" {
            // Constructs with no exact Rust equivalent are warnings, with pointers.
            let warnings: Vec<String> = generation
                .warnings
                .iter()
                .map(ToString::to_string)
                .collect();
            for pointer in [
                "#/components/schemas/MixedAllOf:",
                "#/components/schemas/Odd/properties/account:",
                "#/components/schemas/Odd/properties/code:",
                "#/components/schemas/Odd/properties/count:",
                "#/components/schemas/Odd/properties/items:",
                "#/components/schemas/Odd/properties/negated/not:",
                "#/components/schemas/Odd/properties/file/type:",
            ] {
                assert!(
                    warnings.iter().any(|w| w.contains(pointer)),
                    "no warning for {pointer}: {warnings:?}"
                );
            }
        }
        if name == "documents-as-published" {
            assert_document_warnings(&generation.warnings);
        }
        if name == "schemas" {
            let warnings: Vec<String> = generation
                .warnings
                .iter()
                .map(ToString::to_string)
                .collect();
            for pointer in [
                "Everything/properties/backref/pattern",
                "Everything/properties/lookahead/pattern",
            ] {
                assert!(
                    warnings.iter().any(|w| w.contains(pointer)),
                    "no warning for {pointer}: {warnings:?}"
                );
            }
        }
    }
    let members = crates
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ");
    std::fs::write(
        workspace.path().join("Cargo.toml"),
        format!("[workspace]\nresolver = \"3\"\nmembers = [{members}]\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // The main lock file: the fixture crates get exactly the versions the
    // generated crate is tested with, and nothing needs resolving offline.
    std::fs::copy(
        Path::new(WORKSPACE).join("Cargo.lock"),
        workspace.path().join("Cargo.lock"),
    )
    .unwrap_or_else(|e| panic!("{e}"));

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // Every cargo command on the fixture workspace, with its own target
    // directory and none of the outer build's flags.
    let in_workspace = || {
        let mut command = Command::new(&cargo);
        command
            .current_dir(workspace.path())
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS");
        command
    };
    // Every run writes the crates into a new directory, but cargo can take a
    // fixture package's old artifacts in the shared target directory for
    // fresh and replay their old diagnostics: forget them first.
    for dir in ["debug/.fingerprint", "debug/deps"] {
        for entry in std::fs::read_dir(target.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            if entry.file_name().to_string_lossy().contains("fixture") {
                let path = entry.path();
                let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
            }
        }
    }
    // Only the fixtures' examples are built here.
    let _ = std::fs::remove_dir_all(target.join("debug/examples"));
    let clippy = |offline: bool| {
        let mut command = in_workspace();
        command.args(["clippy", "--all-targets", "--all-features", "--quiet"]);
        if offline {
            command.arg("--offline");
        }
        command.args(["--", "-D", "warnings"]);
        command
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"))
    };
    let mut output = clippy(true);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() && (stderr.contains("offline") || stderr.contains("download")) {
        // The registry cache lacks something: fetch it once.
        output = clippy(false);
    }
    assert!(
        output.status.success(),
        "the fixture crates do not build clippy-clean:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );

    // Their docs build without a warning, with the default features (what a
    // user's `cargo doc` shows: a link to an item only `test-util` makes
    // public would break) and with every feature; their doctests (the
    // README's examples, the mock's) pass, with the mock on as a user would
    // test.
    for features in ["--all-features", "--no-default-features"] {
        let docs = in_workspace()
            .env("RUSTDOCFLAGS", "-D warnings")
            .args([
                "doc",
                "--workspace",
                "--no-deps",
                features,
                "--quiet",
                "--offline",
            ])
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
        assert!(
            docs.status.success(),
            "the fixture crates' docs ({features}) have warnings:\n{}",
            String::from_utf8_lossy(&docs.stderr)
        );
    }
    let doctests = in_workspace()
        .args([
            "test",
            "--workspace",
            "--doc",
            "--all-features",
            "--quiet",
            "--offline",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
    assert!(
        doctests.status.success(),
        "the fixture crates' doctests fail:\n{}\n{}",
        String::from_utf8_lossy(&doctests.stdout),
        String::from_utf8_lossy(&doctests.stderr)
    );

    // These usage examples assert the bytes each operation puts on the wire
    // (parameter styles, bodies): run them, not only compile them. They
    // build requests through `sans_io`, which `test-util` brings.
    for (package, example) in [
        ("fixture-operations", "uses_operations"),
        ("fixture-operations-params", "uses_operations_params"),
        ("fixture-operations-bodies", "uses_operations_bodies"),
    ] {
        let run = in_workspace()
            .args([
                "run",
                "--quiet",
                "--offline",
                "--all-features",
                "-p",
                package,
                "--example",
                example,
            ])
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
        assert!(
            run.status.success(),
            "{example} failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }

    // Every example of every fixture, read into its type and written back.
    assert!(
        round_trips.iter().any(|p| p == "fixture-schemas-real"),
        "{round_trips:?}"
    );
    let mut test = in_workspace();
    test.args([
        "test",
        "--quiet",
        "--offline",
        "--test",
        "examples_round_trip",
    ]);
    for package in &round_trips {
        test.args(["-p", package]);
    }
    let output = test
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
    assert!(
        output.status.success(),
        "examples do not round-trip:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );

    // The usage example of real-world schemas also asserts behaviour: run it.
    let run = in_workspace()
        .args(["run", "--quiet", "--offline", "-p", "fixture-schemas-real"])
        .args(["--example", "uses_schemas_real"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
    assert!(
        run.status.success(),
        "uses_schemas_real fails:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );

    if Command::new("rustfmt").arg("--version").output().is_ok() {
        let fmt = Command::new(&cargo)
            .current_dir(workspace.path())
            .args(["fmt", "--all", "--", "--check"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            fmt.status.success(),
            "not rustfmt-clean:\n{}",
            String::from_utf8_lossy(&fmt.stdout)
        );
    }
}

/// Every deviation in `documents-as-published` was accepted with a warning
/// naming its place; nothing else was warned about.
fn assert_document_warnings(warnings: &[generator::Diagnostic]) {
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    let expected = [
        "#/components/responses/Problem: a response needs a `description`",
        "#/info/version: is not a string; read as \"2.0\"",
        "#/info/x-vendorgen-unknown-switch: unknown extension; ignored",
        "#/paths/~1tags/get/parameters/0/schema/maximum: 18446744073709551615 is not a 64-bit integer; read as 9223372036854775807",
        "#/paths/~1tags/get/responses/200: a response needs a `description`",
        "#/paths/~1tags/get/x-vendorgen-pagination: must be an object",
        "#/paths/~1tags~1{id}/put/responses/200/$ref: $ref '#/components/requestBodies/TagBody' names a request body where a response belongs",
        "#/servers/0/x-vendorgen-endpoint-env-prefix: must be a string; ignored",
        "#/info/title: 'Каталог' does not make a crate name as it is; the crate is named 'api-client'",
    ];
    for prefix in expected {
        assert!(
            warnings.iter().any(|w| w.starts_with(prefix)),
            "no warning starting with {prefix:?} in {warnings:#?}"
        );
    }
    assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
}

/// `generated/` copied alone into an empty directory outside any workspace
/// builds as it is (its one path dependency is its runtime crate, inside it;
/// nothing from the repository), and documents without a warning.
#[test]
fn vendored_copy_of_generated_builds_alone() {
    let source = Path::new(WORKSPACE).join("generated");
    let files = write::read_tree(&source).unwrap_or_else(|e| panic!("{e}"));
    // Outside the repository, so cargo finds no enclosing workspace.
    let outside = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let copy = outside.path().join("vendor").join("huaweicloud-vpc-v3");
    for (path, bytes) in &files {
        let target = copy.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&target, bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    // Same versions as the workspace tests them with (cargo prunes the rest).
    std::fs::copy(
        Path::new(WORKSPACE).join("Cargo.lock"),
        copy.join("Cargo.lock"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let target = Path::new(WORKSPACE).join("target/fixtures");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = |offline: bool| {
        let mut command = Command::new(&cargo);
        command
            .current_dir(&copy)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .args(["build", "--all-targets", "--quiet"]);
        if offline {
            command.arg("--offline");
        }
        command
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"))
    };
    let mut output = build(true);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() && (stderr.contains("offline") || stderr.contains("download")) {
        output = build(false);
    }
    assert!(
        output.status.success(),
        "a copy of generated/ does not build on its own:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Its two crates' docs have no warning, with the default features and
    // with every feature (the Huawei module is in no fixture).
    for features in ["--no-default-features", "--all-features"] {
        let docs = Command::new(&cargo)
            .current_dir(&copy)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTDOCFLAGS", "-D warnings")
            .env_remove("RUSTFLAGS")
            .args(["doc", "--no-deps", "--quiet", "--offline", features])
            .args([
                "-p",
                "huaweicloud-vpc-v3",
                "-p",
                "huaweicloud-vpc-v3-runtime",
            ])
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
        assert!(
            docs.status.success(),
            "the docs of a copy of generated/ ({features}) have warnings:\n{}",
            String::from_utf8_lossy(&docs.stderr)
        );
    }
}

// ------------------------------------------------------------ failing cleanly

#[test]
fn every_unsupported_construct_is_reported_at_once() {
    let error = generate(&fixture("problems"), strict())
        .err()
        .unwrap_or_else(|| panic!("problems must fail"));
    let Error::Spec { path, diagnostics } = &error else {
        panic!("unexpected {error:?}")
    };
    assert!(
        path.ends_with("problems/openapi.yaml"),
        "{}",
        path.display()
    );
    // Only what truly cannot be generated is an error: a reference to
    // another file, and a response that is not there.
    let expected = [
        (
            "#/components/schemas/External/$ref",
            "only '#/components/schemas/...'",
        ),
        (
            "#/paths/~1dangling/get/responses/200/$ref",
            "points to nothing",
        ),
    ];
    for (pointer, reason) in expected {
        assert!(
            diagnostics
                .iter()
                .any(|d| d.pointer == pointer && d.message.contains(reason)),
            "missing {pointer} ({reason}) in:\n{error}"
        );
    }
    for diagnostic in diagnostics {
        assert!(
            diagnostic.pointer.starts_with("#/"),
            "not a pointer: {diagnostic}"
        );
        assert!(
            !diagnostic.message.contains('\n'),
            "not one line: {diagnostic}"
        );
    }
}

#[test]
fn the_binary_fails_cleanly_and_skips_on_request() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = tmp.path().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    let spec = fixture("problems");
    let spec_arg = spec.to_string_lossy().into_owned();

    let (ok, _, stderr) = run_generator(&["--spec", &spec_arg, "--out", &out_arg]);
    assert!(!ok);
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    assert!(stderr.contains("problems/openapi.yaml"), "{stderr}");
    assert!(!out.exists(), "nothing is written on failure");

    let (ok, stdout, stderr) =
        run_generator(&["--spec", &spec_arg, "--out", &out_arg, "--skip-unsupported"]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("added"), "{stdout}");
    assert!(
        stderr.contains("#/components/schemas/External/$ref: unsupported $ref"),
        "{stderr}"
    );
    // What was dropped because something it needs was dropped is named too.
    assert!(
        stderr.contains("#/paths/~1uses-external/get: skipped: uses `External`"),
        "{stderr}"
    );
    let operations =
        std::fs::read_to_string(out.join("src/operations/general.rs")).unwrap_or_default();
    assert!(
        operations.contains("pub fn fine(") && !operations.contains("fn dangling("),
        "{operations}"
    );
    assert!(
        operations.contains("pub fn matrix_style(") && operations.contains("pub fn post_xml("),
        "{operations}"
    );

    // A failing run leaves an existing output untouched.
    let before = write::read_tree(&out).unwrap_or_else(|e| panic!("{e}"));
    let (ok, _, _) = run_generator(&["--spec", &spec_arg, "--out", &out_arg]);
    assert!(!ok);
    assert_eq!(
        write::read_tree(&out).unwrap_or_else(|e| panic!("{e}")),
        before
    );

    for (file, message) in [
        (
            "swagger-2.0.yaml",
            "Swagger 2.0 documents are not supported",
        ),
        ("openapi-3.1.yaml", "OpenAPI 3.1.0 is not supported"),
    ] {
        let spec = fixture(file).to_string_lossy().into_owned();
        let (ok, _, stderr) = run_generator(&["--spec", &spec, "--out", &out_arg]);
        assert!(!ok);
        assert!(
            stderr.contains(message) && stderr.contains(file),
            "{stderr}"
        );
        assert_eq!(
            stderr.trim().lines().count(),
            1,
            "one clear line, not a parse dump: {stderr}"
        );
    }
}

// ------------------------------------------------------------- never panics

/// One edit to a document: the node at `path` (indices into the nodes met
/// walking objects and arrays) is dropped, replaced, or given a junk sibling.
#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Replace(usize, u8),
    BreakRef(usize),
    Insert(usize, String, u8),
}

fn junk(kind: u8) -> serde_json::Value {
    match kind % 9 {
        0 => serde_json::Value::Null,
        1 => serde_json::json!(true),
        2 => serde_json::json!(-1),
        3 => serde_json::json!(1e300),
        4 => serde_json::json!(""),
        5 => serde_json::json!("#/components/schemas/Nope"),
        6 => serde_json::json!([]),
        7 => serde_json::json!({}),
        _ => serde_json::json!({"$ref": "#/components/schemas/Pet"}),
    }
}

const KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "properties",
    "required",
    "allOf",
    "oneOf",
    "anyOf",
    "enum",
    "$ref",
    "nullable",
    "additionalProperties",
    "discriminator",
    "parameters",
    "in",
    "name",
    "schema",
    "content",
    "responses",
    "requestBody",
    "explode",
    "style",
    "pattern",
    "minimum",
    "x-vendorgen-pagination",
    "operationId",
];

/// Applies `mutation` to the `index`-th node (pre-order); returns whether it applied.
fn mutate(value: &mut serde_json::Value, mutation: &Mutation) {
    let target = match mutation {
        Mutation::Drop(i)
        | Mutation::Replace(i, _)
        | Mutation::BreakRef(i)
        | Mutation::Insert(i, _, _) => *i,
    };
    let count = count_nodes(value).max(1);
    let mut index = target % count;
    visit(value, &mut index, mutation);
}

fn count_nodes(value: &serde_json::Value) -> usize {
    1 + match value {
        serde_json::Value::Object(map) => map.values().map(count_nodes).sum(),
        serde_json::Value::Array(items) => items.iter().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Walks to the node numbered `index` and edits it (or its entry in the parent).
fn visit(value: &mut serde_json::Value, index: &mut usize, mutation: &Mutation) -> bool {
    if *index == 0 {
        match mutation {
            Mutation::Replace(_, kind) => *value = junk(*kind),
            Mutation::BreakRef(_) => {
                *value = serde_json::json!({"$ref": "#/components/schemas/Missing~1Thing"})
            }
            Mutation::Insert(_, key, kind) => {
                if let serde_json::Value::Object(map) = value {
                    map.insert(key.clone(), junk(*kind));
                } else {
                    *value = junk(*kind);
                }
            }
            Mutation::Drop(_) => *value = serde_json::Value::Null,
        }
        return true;
    }
    *index -= 1;
    match value {
        serde_json::Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let size = map.get(&key).map_or(0, count_nodes);
                if *index < size {
                    if *index == 0 && matches!(mutation, Mutation::Drop(_)) {
                        map.shift_remove(&key);
                        return true;
                    }
                    return map
                        .get_mut(&key)
                        .is_some_and(|child| visit(child, index, mutation));
                }
                *index -= size;
            }
            false
        }
        serde_json::Value::Array(items) => {
            for position in 0..items.len() {
                let size = items.get(position).map_or(0, count_nodes);
                if *index < size {
                    if *index == 0 && matches!(mutation, Mutation::Drop(_)) {
                        items.remove(position);
                        return true;
                    }
                    return items
                        .get_mut(position)
                        .is_some_and(|child| visit(child, index, mutation));
                }
                *index -= size;
            }
            false
        }
        _ => false,
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        (any::<usize>(), any::<u8>()).prop_map(|(i, k)| Mutation::Replace(i, k)),
        any::<usize>().prop_map(Mutation::BreakRef),
        (any::<usize>(), proptest::sample::select(KEYS), any::<u8>())
            .prop_map(|(i, key, k)| Mutation::Insert(i, key.to_string(), k)),
    ]
}

/// Every fixture spec: each directory of `tests/fixtures/` with an
/// `openapi.yaml`, so a new fixture is covered by adding its directory.
fn fixture_names() -> Vec<String> {
    let root = Path::new(WORKSPACE).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join("openapi.yaml").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn fixture_documents() -> Vec<serde_json::Value> {
    fixture_names()
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(fixture(name).join("openapi.yaml"))
                .unwrap_or_else(|e| panic!("{e}"));
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect()
}

/// Load, resolve and emit (no rustfmt, no cargo) on another thread: a panic
/// or a run longer than the limit fails the case.
fn pipeline_survives(text: String, skip_unsupported: bool) -> Result<(), String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(|| {
            let loaded = load::load_str(Path::new("mutated.yaml"), &text)?;
            let resolved = resolve::resolve(&loaded, ResolveOptions { skip_unsupported })?;
            emit::emit(&resolved.api, &[]).map(|files| files.len())
        });
        let _ = sender.send(outcome.map(|_| ()).map_err(|_| ()));
    });
    match receiver.recv_timeout(Duration::from_secs(20)) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(())) => Err("panicked".into()),
        Err(_) => Err("hung (no answer within 20 s)".into()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_specs_never_panic_or_hang(
        which in 0usize..fixture_names().len(),
        mutations in proptest::collection::vec(mutation(), 1..6),
        skip_unsupported in any::<bool>(),
        as_json in any::<bool>(),
    ) {
        let mut document = fixture_documents().swap_remove(which);
        for m in &mutations {
            mutate(&mut document, m);
        }
        let text = if as_json {
            serde_json::to_string(&document).unwrap_or_default()
        } else {
            serde_yaml::to_string(&document).unwrap_or_default()
        };
        let outcome = pipeline_survives(text, skip_unsupported);
        prop_assert!(outcome.is_ok(), "{:?} after {:?}", outcome, mutations);
    }
}

#[test]
fn junk_input_is_an_error_not_a_panic() {
    for text in [
        "",
        "[]",
        "42",
        "openapi: 3.0.0",
        "openapi: [3]",
        "\u{0}",
        "openapi: 3.0.0\ninfo: 5\npaths: {}",
        "{{{{",
    ] {
        assert!(
            pipeline_survives(text.to_string(), false).is_ok(),
            "{text:?}"
        );
        assert!(
            load::load_str(Path::new("junk.yaml"), text).is_err(),
            "{text:?} is not a spec"
        );
    }
}

// ------------------------------------------------------------------ atomicity

#[test]
fn a_killed_run_leaves_the_old_tree_or_the_new_one() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let specs = [tmp.path().join("a.yaml"), tmp.path().join("b.yaml")];
    std::fs::write(&specs[0], synthetic_spec(120, "Big A")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&specs[1], synthetic_spec(120, "Big B")).unwrap_or_else(|e| panic!("{e}"));
    // The two complete trees, for comparison.
    let mut trees = Vec::new();
    let mut full_run = Duration::ZERO;
    for (index, spec) in specs.iter().enumerate() {
        let reference = tmp.path().join(format!("reference{index}"));
        let started = Instant::now();
        let (ok, _, stderr) = run_generator(&[
            "--spec",
            &spec.to_string_lossy(),
            "--out",
            &reference.to_string_lossy(),
        ]);
        full_run = full_run.max(started.elapsed());
        assert!(ok, "{stderr}");
        trees.push(write::read_tree(&reference).unwrap_or_else(|e| panic!("{e}")));
    }
    let out = tmp.path().join("out");
    let (ok, _, _) = run_generator(&[
        "--spec",
        &specs[0].to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert!(ok);
    let mut current = 0;
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    for trial in 0..8 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let next = 1 - current;
        // Anywhere from the start to past the end of a full run.
        let delay = full_run.mul_f64((rng % 1000) as f64 / 800.0);
        let mut child = Command::new(env!("CARGO_BIN_EXE_generator"))
            .args([
                "--spec",
                &specs[next].to_string_lossy(),
                "--out",
                &out.to_string_lossy(),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let found = write::read_tree(&out).unwrap_or_else(|e| panic!("{e}"));
        current = match trees.iter().position(|tree| *tree == found) {
            Some(index) => index,
            None => panic!(
                "trial {trial}: after a kill at {delay:?} the output is neither the old tree nor the new one ({} files)",
                found.len()
            ),
        };
    }
}
