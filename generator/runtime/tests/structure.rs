//! The runtime's modules form no cycle: each one can be read, changed and
//! tested knowing only the modules below it. Edges are the sibling
//! references the source makes (`super::x`, and `super::super::x` inside the
//! Huawei module's files, which are one module), read from `src/` itself, so
//! a new cycle fails here with the loop it closes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The module a file belongs to: `huawei_*.rs` are parts of `huawei`.
fn module_of(file: &str) -> String {
    let stem = file.trim_end_matches(".rs");
    match stem.split_once('_') {
        Some(("huawei", _)) => "huawei".to_owned(),
        _ => stem.to_owned(),
    }
}

/// The sibling modules `text` (one file of `module`) refers to. Test modules
/// (after `#[cfg(test)]`) are left out: their `super::` is their own file.
fn references(module: &str, file: &str, text: &str, modules: &BTreeSet<String>) -> Vec<String> {
    // The Huawei module's parts reach the runtime through `super::super::`;
    // its own `super::` is the Huawei module itself.
    let prefix = if file.starts_with("huawei_") {
        "super::super::"
    } else {
        "super::"
    };
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find(prefix) {
            let after = &rest[at + prefix.len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(&name) && name != module {
                found.push(name);
            }
            rest = after;
        }
        // `use super::{a, b::C}` names several modules at once.
        if let Some(at) = line.find(&format!("{prefix}{{")) {
            let inside = &line[at + prefix.len() + 1..];
            for part in inside.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if modules.contains(&name) && name != module {
                    found.push(name);
                }
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("src/")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".rs") && name != "lib.rs")
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).expect("readable");
            (name, text)
        })
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|(name, _)| module_of(name)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in &files {
        let module = module_of(file);
        let edges = graph.entry(module.clone()).or_default();
        edges.extend(references(&module, file, text, &modules));
    }
    graph
}

/// A cycle through the graph, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn the_runtime_modules_form_no_cycle() {
    let graph = graph();
    // The reader sees the edges that matter, so it cannot pass by reading nothing.
    assert!(graph["transport"].contains("credentials"), "{graph:#?}");
    assert!(graph["config"].contains("transport"), "{graph:#?}");
    assert!(graph["huawei"].contains("config"), "{graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("the runtime's modules form a cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn a_cycle_is_found() {
    let mut graph = BTreeMap::new();
    for (from, to) in [
        ("config", "transport"),
        ("transport", "operation"),
        ("operation", "config"),
    ] {
        graph
            .entry(from.to_owned())
            .or_insert_with(BTreeSet::new)
            .insert(to.to_owned());
    }
    graph.insert("error".to_owned(), BTreeSet::new());
    let cycle = find_cycle(&graph).expect("a cycle");
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(cycle.len(), 4, "{cycle:?}");
    graph.get_mut("operation").expect("operation").clear();
    assert_eq!(find_cycle(&graph), None);
    let modules: BTreeSet<String> = ["config", "error", "http"].map(String::from).into();
    let text = "use super::{config::A, error};\nuse super::http::B; // super::x\n// super::error\n";
    assert_eq!(
        references("transport", "transport.rs", text, &modules),
        ["config", "error", "http"]
    );
}
