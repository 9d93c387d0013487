//! A test of the generator's own shape: no module imports a module that
//! imports it back, directly or around a longer loop. A cycle means two
//! modules can only be understood (and changed) together.
//!
//! Every file under `src/` is a module (`emit/mod.rs` is `emit`,
//! `emit/render.rs` is `emit::render`). A module depends on another when its
//! code names it: `crate::…` and `super::…` paths (in `use` trees too) and
//! paths through a child it declares (`mod operations;` … `operations::f`),
//! resolved to the longest module they start with. Three things are not
//! dependencies: the bodies of `quote!` (generated code, whose `crate::` is
//! the generated crate), `#[cfg(test)]` items (tests may share fixtures
//! across modules), and a module naming one of its own ancestors (a child
//! using what its parent keeps for all its children is how Rust modules
//! nest). Cycles are looked for twice: between files, and between the
//! top-level modules (`emit` and everything under it as one).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// `emit::render` for `emit/render.rs`, `emit` for `emit/mod.rs`, the empty
/// path for `lib.rs`.
fn module_path(relative: &str) -> Vec<String> {
    let without = relative.trim_end_matches(".rs");
    let mut parts: Vec<String> = without.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The modules each module names, from the text of every file.
fn dependencies(files: &[(Vec<String>, String)]) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, text) in files {
        let tokens: TokenStream = text
            .parse()
            .unwrap_or_else(|e| panic!("{} does not tokenize: {e:?}", module.join("::")));
        let mut paths = Vec::new();
        collect_paths(tokens, &mut paths);
        let children: BTreeSet<String> = modules
            .iter()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .filter_map(|m| m.last().cloned())
            .collect();
        let mut names = BTreeSet::new();
        for path in paths {
            let absolute: Vec<String> = match path.first().map(String::as_str) {
                Some("crate") => path[1..].to_vec(),
                Some("super") => {
                    let supers = path.iter().take_while(|s| *s == "super").count();
                    let base = &module[..module.len().saturating_sub(supers)];
                    base.iter().chain(&path[supers..]).cloned().collect()
                }
                Some("self") => module.iter().chain(&path[1..]).cloned().collect(),
                Some(first) if children.contains(first) => {
                    module.iter().chain(&path).cloned().collect()
                }
                _ => continue,
            };
            let target = (0..=absolute.len())
                .rev()
                .map(|n| absolute[..n].to_vec())
                .find(|prefix| modules.contains(prefix));
            // Itself or an ancestor (a proper prefix of its path).
            if let Some(target) = target.filter(|t| !module.starts_with(t)) {
                names.insert(target);
            }
        }
        graph.insert(module.clone(), names);
    }
    graph
}

/// Every path of two or more segments in `tokens` (a `use` tree's braces
/// give one path per element), skipping `quote!` bodies and `#[cfg(test)]`
/// items.
fn collect_paths(tokens: TokenStream, out: &mut Vec<Vec<String>>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut index = 0;
    while index < trees.len() {
        match &trees[index] {
            // `#[cfg(test)]`: skip the attribute and the item up to its body or `;`.
            TokenTree::Punct(p) if p.as_char() == '#' && is_cfg_test(trees.get(index + 1)) => {
                index += 2;
                while index < trees.len() {
                    let end = match &trees[index] {
                        TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
                        TokenTree::Punct(p) => p.as_char() == ';',
                        _ => false,
                    };
                    index += 1;
                    if end {
                        break;
                    }
                }
            }
            // `quote! { … }`: generated code.
            TokenTree::Ident(name)
                if (name == "quote" || name == "quote_spanned")
                    && matches!(trees.get(index + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!') =>
            {
                index += 3;
            }
            TokenTree::Ident(_) => {
                index = read_path(&trees, index, Vec::new(), out);
            }
            TokenTree::Group(group) => {
                collect_paths(group.stream(), out);
                index += 1;
            }
            _ => index += 1,
        }
    }
}

fn is_cfg_test(tree: Option<&TokenTree>) -> bool {
    let Some(TokenTree::Group(group)) = tree else {
        return false;
    };
    let text: String = group
        .stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    group.delimiter() == Delimiter::Bracket && text == "cfg(test)"
}

/// Reads the path starting at `trees[start]` (an identifier) onto `prefix`;
/// returns the index after it.
fn read_path(
    trees: &[TokenTree],
    start: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut index = start;
    loop {
        match trees.get(index) {
            Some(TokenTree::Ident(name)) => {
                prefix.push(name.to_string());
                index += 1;
            }
            Some(TokenTree::Group(group))
                if group.delimiter() == Delimiter::Brace && !prefix.is_empty() =>
            {
                // A `use` tree: each element continues the prefix.
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                let mut at = 0;
                while at < inner.len() {
                    at = read_path(&inner, at, prefix.clone(), out);
                    // Up to the next `,`.
                    while at < inner.len()
                        && !matches!(&inner[at], TokenTree::Punct(p) if p.as_char() == ',')
                    {
                        at += 1;
                    }
                    at += 1;
                }
                return index + 1;
            }
            _ => break,
        }
        let separator = matches!(
            (trees.get(index), trees.get(index + 1)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && b.as_char() == ':'
        );
        if !separator {
            break;
        }
        index += 2;
    }
    if prefix.len() > 1 {
        out.push(prefix);
    }
    index.max(start + 1)
}

/// The strongly connected components of more than one module (Tarjan's
/// algorithm, iteration order fixed by the `BTreeMap`).
fn cycles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'g [String], usize>,
        low: BTreeMap<&'g [String], usize>,
        stack: Vec<&'g [String]>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(state: &mut State<'g>, node: &'g [String]) {
        let number = state.index.len();
        state.index.insert(node, number);
        state.low.insert(node, number);
        state.stack.push(node);
        let graph = state.graph;
        for next in graph.get(node).into_iter().flatten() {
            let next = next.as_slice();
            if !state.index.contains_key(next) {
                visit(state, next);
                let low = state.low[node].min(state.low[next]);
                state.low.insert(node, low);
            } else if state.stack.contains(&next) {
                let low = state.low[node].min(state.index[next]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(member) = state.stack.pop() {
                component.push(display(member));
                if member == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_slice()) {
            visit(&mut state, node);
        }
    }
    state.found
}

fn display(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_string()
    } else {
        module.join("::")
    }
}

/// The graph with every module folded into its top-level module.
fn top_level(
    graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let fold = |m: &Vec<String>| m.iter().take(1).cloned().collect::<Vec<String>>();
    let mut folded: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, names) in graph {
        let entry = folded.entry(fold(module)).or_default();
        entry.extend(names.iter().map(fold).filter(|n| *n != fold(module)));
    }
    folded
}

fn source_files() -> Vec<(Vec<String>, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path
                    .strip_prefix(&root)
                    .expect("under src/")
                    .to_string_lossy()
                    .replace('\\', "/");
                // The binary is a crate of its own.
                if relative != "main.rs" {
                    let text = std::fs::read_to_string(&path).expect("readable");
                    files.push((module_path(&relative), text));
                }
            }
        }
    }
    files.sort();
    files
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = dependencies(&source_files());
    assert!(
        graph.contains_key(&vec!["emit".to_string(), "operations".to_string()]),
        "the walk found the emitters"
    );
    let between_files = cycles(&graph);
    let between_stages = cycles(&top_level(&graph));
    assert!(
        between_files.is_empty() && between_stages.is_empty(),
        "import cycles between files: {between_files:?}; between top-level modules: {between_stages:?}"
    );
}

#[test]
fn the_walk_sees_paths_use_trees_and_children_but_not_generated_code_or_tests() {
    let file = |path: &str, text: &str| (module_path(path), text.to_string());
    let files = vec![
        file("lib.rs", "pub mod a; pub mod b; pub mod c; pub mod d;"),
        file("a/mod.rs", "mod inner; fn f() { inner::g(); } fn h() {}"),
        file(
            "a/inner.rs",
            "use super::super::b::{self, X}; use super::h;",
        ),
        file("b.rs", "fn f() { let _ = crate::c::value(); }"),
        file(
            "c.rs",
            "fn f() { quote! { crate::d::X } } #[cfg(test)] mod tests { use crate::d::Y; }",
        ),
        file("d.rs", "use crate::a::inner as renamed;"),
    ];
    let graph = dependencies(&files);
    let names =
        |m: &str| -> Vec<String> { graph[&module_path(m)].iter().map(|n| display(n)).collect() };
    assert_eq!(names("a/mod.rs"), ["a::inner"]);
    assert_eq!(names("a/inner.rs"), ["b"]);
    assert_eq!(names("b.rs"), ["c"]);
    assert!(
        names("c.rs").is_empty(),
        "quote! bodies and tests are not imports"
    );
    assert_eq!(names("d.rs"), ["a::inner"]);
    assert!(cycles(&graph).is_empty());

    // `c` now really uses `a`: a → inner → b → c → a, between files and stages.
    let mut files = files;
    files[4] = file("c.rs", "use crate::a;");
    let graph = dependencies(&files);
    assert_eq!(cycles(&graph), [vec!["a", "a::inner", "b", "c"]]);
    assert_eq!(cycles(&top_level(&graph)), [vec!["a", "b", "c"]]);
}
