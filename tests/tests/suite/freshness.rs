//! `generated/` must be exactly what the spec produces.

use generator::{ResolveOptions, generate, write};
use spec_tests::{generated_dir, spec_path};

#[test]
fn generated_crate_is_fresh() {
    let generation = generate(&spec_path(), ResolveOptions::default()).expect("the spec generates");
    let existing = write::read_tree(&generated_dir()).expect("generated/ is readable");
    let changes = write::diff(&generation.files, &existing);
    if changes.is_empty() {
        return;
    }
    let mut report = format!("generated/ is stale:\n{}\n", changes.listing());
    for path in &changes.changed {
        let new = generation
            .files
            .iter()
            .find(|f| &f.path == path)
            .map(|f| f.contents.as_str())
            .unwrap_or("");
        let old = String::from_utf8_lossy(&existing[path]).into_owned();
        let diff = similar::TextDiff::from_lines(old.as_str(), new);
        report.push_str(&format!("\n--- generated/{path}\n+++ from spec\n"));
        report.push_str(&diff.unified_diff().context_radius(2).to_string());
    }
    report.push_str("\nFix: run `cargo run -p generator` and commit the result.\n");
    panic!("{report}");
}

#[test]
fn generation_is_deterministic() {
    // Each run builds its own hash maps with fresh random seeds, so any
    // dependence on hash order shows up as a difference here.
    let first = generate(&spec_path(), ResolveOptions::default()).expect("the spec generates");
    for _ in 0..3 {
        let again = generate(&spec_path(), ResolveOptions::default()).expect("the spec generates");
        assert!(
            first.files == again.files,
            "two runs on the same spec gave different output"
        );
    }
}
