//! A generated crate is two crates: the API's (`generator/templates/Cargo.toml.j2`)
//! and its runtime's (`generator/templates/runtime/Cargo.toml.j2`). The
//! runtime crate's dependency list is exactly the runtime's
//! (`generator/runtime/Cargo.toml`): the same crates, the same features, and
//! versions where the runtime's exact pin satisfies the template's caret
//! requirement. The runtime is compiled and tested against the pinned
//! versions; the generated crate copies its source, so any difference would
//! ship code built against something never tested. The API crate names,
//! besides its runtime, only crates the runtime depends on, at versions the
//! runtime's pins satisfy.
//!
//! The manifests are read by `cargo metadata`, so workspace inheritance and
//! every TOML spelling count exactly as cargo counts them.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use generator::{ResolveOptions, generate};
use serde_json::Value;
use spec_tests::{spec_path, workspace};

/// What must agree for one dependency.
#[derive(Debug, PartialEq, Eq)]
struct Wanted {
    package: String,
    default_features: bool,
    features: Vec<String>,
    optional: bool,
}

/// A dependency's agreement fields and its version requirement.
type Deps = BTreeMap<String, (Wanted, String)>;

fn metadata(manifest: &Path) -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .arg("--manifest-path")
        .arg(manifest)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed for {}:\n{}",
        manifest.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

/// The normal (not dev, not build) dependencies of `package`.
fn normal_dependencies(metadata: &Value, package: &str) -> Deps {
    let packages = metadata["packages"].as_array().expect("packages");
    let found = packages
        .iter()
        .find(|p| p["name"] == package)
        .unwrap_or_else(|| panic!("no package {package} in cargo metadata"));
    let mut deps = Deps::new();
    for dep in found["dependencies"].as_array().expect("dependencies") {
        if !dep["kind"].is_null() {
            continue;
        }
        let package = dep["name"].as_str().expect("name").to_owned();
        let name = dep["rename"].as_str().unwrap_or(&package).to_owned();
        let mut features: Vec<String> = dep["features"]
            .as_array()
            .expect("features")
            .iter()
            .map(|f| f.as_str().expect("feature").to_owned())
            .collect();
        features.sort();
        features.dedup();
        let wanted = Wanted {
            package,
            default_features: dep["uses_default_features"].as_bool().expect("defaults"),
            features,
            optional: dep["optional"].as_bool().expect("optional"),
        };
        let req = dep["req"].as_str().expect("req").to_owned();
        deps.insert(name, (wanted, req));
    }
    deps
}

fn version(text: &str) -> (u64, u64, u64) {
    let mut parts = text.split('.').map(|p| {
        p.parse::<u64>()
            .unwrap_or_else(|_| panic!("`{text}` is not a plain version"))
    });
    let mut next = || parts.next().unwrap_or(0);
    (next(), next(), next())
}

/// Whether the exact version `pinned` satisfies the caret requirement `caret`.
fn caret_accepts(caret: (u64, u64, u64), pinned: (u64, u64, u64)) -> bool {
    let compatible = match caret {
        (0, 0, patch) => pinned.0 == 0 && pinned.1 == 0 && pinned.2 == patch,
        (0, minor, _) => pinned.0 == 0 && pinned.1 == minor,
        (major, _, _) => pinned.0 == major,
    };
    compatible && pinned >= caret
}

/// Every way the template's list differs from the runtime's.
fn differences(runtime: &Deps, template: &Deps) -> Vec<String> {
    let mut problems = Vec::new();
    for name in runtime.keys().filter(|n| !template.contains_key(*n)) {
        problems.push(format!(
            "`{name}` is a runtime dependency but not in the template"
        ));
    }
    for name in template.keys().filter(|n| !runtime.contains_key(*n)) {
        problems.push(format!(
            "`{name}` is in the template but not a runtime dependency"
        ));
    }
    for (name, (wanted, req)) in runtime {
        let Some((template_wanted, template_req)) = template.get(name) else {
            continue;
        };
        if wanted != template_wanted {
            problems.push(format!(
                "`{name}` differs:\n  runtime:  {wanted:?}\n  template: {template_wanted:?}"
            ));
        }
        problems.extend(version_problem(name, req, template_req));
    }
    problems
}

/// Why the template's requirement `template_req` for `name` does not fit the
/// runtime's pin `req`, if it does not.
fn version_problem(name: &str, req: &str, template_req: &str) -> Option<String> {
    let (Some(pinned), Some(caret)) = (req.strip_prefix('='), template_req.strip_prefix('^'))
    else {
        return Some(format!(
            "`{name}`: the runtime must pin exactly (`=x.y.z`, found `{req}`) and the template ask for a caret requirement (`x.y.z`, found `{template_req}`)"
        ));
    };
    (!caret_accepts(version(caret), version(pinned))).then(|| {
        format!(
            "`{name}`: the runtime's version {pinned} does not satisfy the template's `^{caret}`"
        )
    })
}

/// The normal dependencies of the generated crate whose manifest is
/// `manifest` (`Cargo.toml` or `runtime/Cargo.toml`), read from a copy of
/// every generated manifest (the API crate's path dependency needs its
/// runtime's).
fn template_dependencies(spec: &Path, manifest: &str) -> Deps {
    let generation = generate(spec, ResolveOptions::default()).expect("the spec generates");
    let dir = tempfile::tempdir().expect("temporary directory");
    for file in generation
        .files
        .iter()
        .filter(|f| f.path.ends_with("Cargo.toml"))
    {
        let crate_dir = dir.path().join(file.path.trim_end_matches("Cargo.toml"));
        std::fs::create_dir_all(crate_dir.join("src")).expect("src/");
        std::fs::write(crate_dir.join("Cargo.toml"), &file.contents).expect("write Cargo.toml");
        std::fs::write(crate_dir.join("src/lib.rs"), "").expect("src/lib.rs");
    }
    let metadata = metadata(&dir.path().join(manifest));
    let package = metadata["packages"][0]["name"]
        .as_str()
        .expect("package name")
        .to_owned();
    normal_dependencies(&metadata, &package)
}

fn runtime_dependencies() -> Deps {
    normal_dependencies(
        &metadata(&workspace().join("generator/runtime/Cargo.toml")),
        "client-runtime",
    )
}

#[test]
fn the_template_lists_exactly_the_runtime_dependencies() {
    let runtime = runtime_dependencies();
    assert!(runtime.contains_key("reqwest"), "{runtime:?}");
    // The project's spec (signed requests) and a fixture without signing:
    // the list must not depend on the spec.
    for spec in [
        spec_path(),
        workspace().join("tests/fixtures/operations/openapi.yaml"),
    ] {
        let problems = differences(
            &runtime,
            &template_dependencies(&spec, "runtime/Cargo.toml"),
        );
        assert!(
            problems.is_empty(),
            "generator/templates/runtime/Cargo.toml.j2 (rendered for {}) and generator/runtime/Cargo.toml disagree:\n{}",
            spec.display(),
            problems.join("\n")
        );
    }
}

#[test]
fn the_api_crate_names_only_its_runtime_and_the_runtime_dependencies() {
    let runtime = runtime_dependencies();
    for spec in [
        spec_path(),
        workspace().join("tests/fixtures/operations/openapi.yaml"),
    ] {
        let api = template_dependencies(&spec, "Cargo.toml");
        let own_runtime: Vec<&String> = api.keys().filter(|n| n.ends_with("-runtime")).collect();
        assert_eq!(own_runtime.len(), 1, "{}: {api:?}", spec.display());
        let mut problems = Vec::new();
        for (name, (_, template_req)) in api.iter().filter(|(n, _)| !n.ends_with("-runtime")) {
            match runtime.get(name) {
                Some((_, req)) => problems.extend(version_problem(name, req, template_req)),
                None => problems.push(format!("`{name}` is not a runtime dependency")),
            }
        }
        assert!(
            problems.is_empty(),
            "generator/templates/Cargo.toml.j2 (rendered for {}):\n{}",
            spec.display(),
            problems.join("\n")
        );
    }
}

#[test]
fn the_comparison_notices_every_kind_of_difference() {
    let runtime = runtime_dependencies();
    let mut template: Deps = runtime
        .iter()
        .map(|(name, (w, req))| {
            let wanted = Wanted {
                package: w.package.clone(),
                default_features: w.default_features,
                features: w.features.clone(),
                optional: w.optional,
            };
            (
                name.clone(),
                (wanted, format!("^{}", req.trim_start_matches('='))),
            )
        })
        .collect();
    assert_eq!(differences(&runtime, &template), Vec::<String>::new());

    let (first, second) = {
        let mut names = template.keys().cloned();
        (
            names.next().expect("a dependency"),
            names.next().expect("two"),
        )
    };
    template.remove(&first);
    template
        .get_mut(&second)
        .expect("second")
        .0
        .features
        .push("extra".into());
    template.insert(
        "surplus".into(),
        (
            Wanted {
                package: "surplus".into(),
                default_features: true,
                features: Vec::new(),
                optional: false,
            },
            "^1.0.0".into(),
        ),
    );
    let problems = differences(&runtime, &template);
    assert_eq!(problems.len(), 3, "{problems:?}");

    assert!(caret_accepts((0, 13, 5), (0, 13, 7)));
    assert!(!caret_accepts((0, 13, 5), (0, 14, 0)));
    assert!(!caret_accepts((0, 13, 5), (0, 13, 4)));
    assert!(caret_accepts((1, 2, 0), (1, 9, 0)));
    assert!(!caret_accepts((1, 2, 0), (2, 0, 0)));
    assert!(!caret_accepts((0, 0, 3), (0, 0, 4)));
}

/// The generator drops a pattern the generated client cannot compile (with a
/// warning) instead of emitting a check that refuses every request; it must
/// judge with the client's engine, `regex-lite`, not a richer one.
#[test]
fn patterns_are_judged_by_the_engine_the_client_uses() {
    let spec = r#"
openapi: 3.0.3
info: {title: Patterns, version: "1"}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                letters: {type: string, pattern: '^\p{L}+$'}
                ascii: {type: string, pattern: '^[a-z]+$'}
      responses:
        '204': {description: done}
"#;
    let loaded = generator::load::load_str(Path::new("patterns.yaml"), spec).expect("loads");
    let resolved =
        generator::resolve::resolve(&loaded, ResolveOptions::default()).expect("resolves");
    let warned: Vec<&str> = resolved
        .warnings
        .iter()
        .filter(|w| w.message.contains("pattern"))
        .map(|w| w.pointer.as_str())
        .collect();
    assert_eq!(warned.len(), 1, "{:?}", resolved.warnings);
    assert!(warned[0].contains("letters"), "{warned:?}");
    assert!(regex_lite::Regex::new(r"^\p{L}+$").is_err());
}
