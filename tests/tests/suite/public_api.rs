//! The generated crate's public API, listed from its source and compared
//! with a committed snapshot, so that any change to what users can name is
//! a visible diff.
//!
//! The walk starts at `generated/src/lib.rs` (with the runtime crate of
//! `generated/runtime/` where `lib.rs` imports it) and follows what a user can
//! reach: `pub mod` declarations and `pub use` re-exports (to the item they
//! name, wherever it is defined). Each public item is listed under the path
//! a user writes, with its kind; public fields, variants and the signatures
//! of public inherent methods follow their type. What is `pub` inside a
//! private module but never re-exported is not listed: users cannot name it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quote::ToTokens;
use spec_tests::generated_dir;

/// One module of the crate: its items, and the file they came from.
struct Module {
    items: Vec<syn::Item>,
    /// The directory a child `mod x;` of this module is looked up in.
    child_dir: PathBuf,
}

/// The crate's source, parsed module by module.
struct Crate {
    modules: BTreeMap<Vec<String>, Module>,
    /// Inherent impls, by the name of the type they are for.
    impls: BTreeMap<String, Vec<syn::ItemImpl>>,
    /// The directory of the file being read (`#[path]` is relative to it).
    file_dir: PathBuf,
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// `#[cfg(test)]` items are not part of the API.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && tokens(&a.meta).replace(' ', "") == "cfg(test)")
}

/// `#[path = "file.rs"]` on a module declaration.
fn path_attr(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|a| match &a.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("path") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

impl Crate {
    fn load(src: &Path) -> Crate {
        let mut krate = Crate {
            modules: BTreeMap::new(),
            impls: BTreeMap::new(),
            file_dir: src.to_path_buf(),
        };
        krate.load_file(Vec::new(), &src.join("lib.rs"), src.to_path_buf());
        krate
    }

    fn load_file(&mut self, path: Vec<String>, file: &Path, child_dir: PathBuf) {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let outer = std::mem::replace(
            &mut self.file_dir,
            file.parent().expect("a directory").to_path_buf(),
        );
        self.add_module(path, parsed.items, child_dir);
        self.file_dir = outer;
    }

    fn add_module(&mut self, path: Vec<String>, items: Vec<syn::Item>, child_dir: PathBuf) {
        let file_dir = self.file_dir.clone();
        let mut kept = Vec::new();
        for item in items {
            if is_test(item_attrs(&item)) {
                continue;
            }
            match item {
                syn::Item::Mod(mut m) => {
                    let mut child = path.clone();
                    child.push(m.ident.to_string());
                    let dir = child_dir.join(m.ident.to_string());
                    match m.content.take() {
                        Some((_, inner)) => self.add_module(child, inner, dir),
                        None => {
                            let file = match path_attr(&m.attrs) {
                                // Relative to the declaring file's directory.
                                Some(p) => file_dir.join(p),
                                None => {
                                    let flat = child_dir.join(format!("{}.rs", m.ident));
                                    if flat.exists() {
                                        flat
                                    } else {
                                        dir.join("mod.rs")
                                    }
                                }
                            };
                            self.load_file(child, &file, dir);
                        }
                    }
                    kept.push(syn::Item::Mod(m));
                }
                syn::Item::Impl(i) if i.trait_.is_none() => {
                    let name = match &*i.self_ty {
                        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                        _ => None,
                    };
                    if let Some(name) = name {
                        self.impls.entry(name).or_default().push(i);
                    }
                }
                other => kept.push(other),
            }
        }
        self.modules.insert(
            path,
            Module {
                items: kept,
                child_dir,
            },
        );
    }

    /// Lists every public item reachable from module `path`, named under
    /// `shown` (the path a user writes).
    fn walk(&self, path: &[String], shown: &str, out: &mut BTreeSet<String>, depth: usize) {
        assert!(depth < 32, "re-exports loop at {shown}");
        let module = &self.modules[path];
        let _ = &module.child_dir;
        for item in &module.items {
            if !is_pub(item) {
                continue;
            }
            match item {
                syn::Item::Mod(m) => {
                    let name = format!("{shown}::{}", m.ident);
                    out.insert(format!("{name}: mod"));
                    let mut child = path.to_vec();
                    child.push(m.ident.to_string());
                    self.walk(&child, &name, out, depth + 1);
                }
                syn::Item::Use(u) => {
                    let mut leaves = Vec::new();
                    use_leaves(&u.tree, Vec::new(), &mut leaves);
                    for (target, alias) in leaves {
                        let absolute = self.absolute(path, &target);
                        let name = format!("{shown}::{alias}");
                        match absolute {
                            Some(abs) => self.describe_path(&abs, &name, out, depth + 1),
                            None => {
                                out.insert(format!("{name}: use {}", target.join("::")));
                            }
                        }
                    }
                }
                other => {
                    if let Some(name) = item_name(other) {
                        self.describe(other, &format!("{shown}::{name}"), out);
                    }
                }
            }
        }
    }

    /// The absolute module path of a `use` target seen from module `from`;
    /// `None` for another crate's item.
    fn absolute(&self, from: &[String], target: &[String]) -> Option<Vec<String>> {
        let mut base = from.to_vec();
        let mut rest = target;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            _ => {}
        }
        while rest.first().map(String::as_str) == Some("super") {
            base.pop();
            rest = &rest[1..];
        }
        let mut first = base.clone();
        first.push(rest.first()?.clone());
        // A path starting with a module of this crate, or an item of `base`.
        if self.modules.contains_key(&first) || self.find(&base, &rest[0]).is_some() {
            base.extend(rest.iter().cloned());
            Some(base)
        } else {
            None
        }
    }

    fn find(&self, module: &[String], name: &str) -> Option<&syn::Item> {
        let items = &self.modules.get(module)?.items;
        items
            .iter()
            .find(|item| {
                item_name(item).as_deref() == Some(name)
                    || matches!(item, syn::Item::Use(u) if {
                        let mut leaves = Vec::new();
                        use_leaves(&u.tree, Vec::new(), &mut leaves);
                        leaves.iter().any(|(_, alias)| alias == name)
                    })
            })
            // A type a local macro defines: its invocation names it.
            .or_else(|| {
                items.iter().find(|item| {
                    matches!(item, syn::Item::Macro(m) if m.ident.is_none() && m.mac.tokens.clone().into_iter().any(
                        |t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == name)
                    ))
                })
            })
    }

    /// Lists what `abs` (a module or an item) makes public under `name`.
    fn describe_path(&self, abs: &[String], name: &str, out: &mut BTreeSet<String>, depth: usize) {
        assert!(depth < 32, "re-exports loop at {name}");
        if self.modules.contains_key(abs) {
            out.insert(format!("{name}: mod"));
            self.walk(abs, name, out, depth + 1);
            return;
        }
        let (item_name, module) = abs.split_last().expect("a path");
        match self.find(module, item_name) {
            Some(syn::Item::Use(u)) => {
                let mut leaves = Vec::new();
                use_leaves(&u.tree, Vec::new(), &mut leaves);
                let (target, _) = leaves
                    .into_iter()
                    .find(|(_, alias)| alias == item_name)
                    .expect("found above");
                match self.absolute(module, &target) {
                    Some(next) => self.describe_path(&next, name, out, depth + 1),
                    None => {
                        out.insert(format!("{name}: use {}", target.join("::")));
                    }
                }
            }
            Some(item) => self.describe(item, name, out),
            None => panic!("`{}` names nothing", abs.join("::")),
        }
    }

    /// One item, named `full` where users reach it, with its public members.
    fn describe(&self, item: &syn::Item, full: &str, out: &mut BTreeSet<String>) {
        if let syn::Item::Macro(m) = item {
            if m.ident.is_none() {
                // Defined by a macro invocation: named by the path's end.
                let name = full.rsplit("::").next().unwrap_or(full);
                out.insert(format!("{full}: defined by {}!", tokens(&m.mac.path)));
                self.methods(name, full, out);
                return;
            }
        }
        let Some(name) = item_name(item) else {
            return;
        };
        let kind = match item {
            syn::Item::Struct(s) => {
                for field in &s.fields {
                    if let (syn::Visibility::Public(_), Some(ident)) = (&field.vis, &field.ident) {
                        out.insert(format!("{full}.{ident}: field {}", tokens(&field.ty)));
                    }
                }
                format!("struct{}", tokens(&s.generics))
            }
            syn::Item::Enum(e) => {
                for variant in &e.variants {
                    let fields: Vec<String> = variant
                        .fields
                        .iter()
                        .map(|f| match &f.ident {
                            Some(ident) => format!("{ident}: {}", tokens(&f.ty)),
                            None => tokens(&f.ty),
                        })
                        .collect();
                    let fields = match &variant.fields {
                        syn::Fields::Named(_) => format!(" {{ {} }}", fields.join(", ")),
                        syn::Fields::Unnamed(_) => format!("({})", fields.join(", ")),
                        syn::Fields::Unit => String::new(),
                    };
                    out.insert(format!("{full}::{}: variant{fields}", variant.ident));
                }
                format!("enum{}", tokens(&e.generics))
            }
            syn::Item::Trait(t) => {
                for inner in &t.items {
                    if let syn::TraitItem::Fn(f) = inner {
                        out.insert(format!("{full}::{}: trait {}", f.sig.ident, tokens(&f.sig)));
                    }
                }
                "trait".to_owned()
            }
            syn::Item::Fn(f) => tokens(&f.sig),
            syn::Item::Const(c) => format!("const: {}", tokens(&c.ty)),
            syn::Item::Static(s) => format!("static: {}", tokens(&s.ty)),
            syn::Item::Type(t) => format!("type = {}", tokens(&t.ty)),
            syn::Item::Macro(_) => "macro".to_owned(),
            _ => "item".to_owned(),
        };
        out.insert(format!("{full}: {kind}"));
        if matches!(item, syn::Item::Struct(_) | syn::Item::Enum(_)) {
            self.methods(&name, full, out);
        }
    }

    /// The public inherent methods of the type `name`, under `full`.
    fn methods(&self, name: &str, full: &str, out: &mut BTreeSet<String>) {
        {
            for imp in self.impls.get(name).into_iter().flatten() {
                for inner in &imp.items {
                    if let syn::ImplItem::Fn(f) = inner {
                        if matches!(f.vis, syn::Visibility::Public(_)) && !is_test(&f.attrs) {
                            out.insert(format!(
                                "{full}::{}: method {}",
                                f.sig.ident,
                                tokens(&f.sig)
                            ));
                        }
                    }
                }
            }
        }
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

fn is_pub(item: &syn::Item) -> bool {
    let vis = match item {
        syn::Item::Const(i) => &i.vis,
        syn::Item::Enum(i) => &i.vis,
        syn::Item::Fn(i) => &i.vis,
        syn::Item::Mod(i) => &i.vis,
        syn::Item::Static(i) => &i.vis,
        syn::Item::Struct(i) => &i.vis,
        syn::Item::Trait(i) => &i.vis,
        syn::Item::Type(i) => &i.vis,
        syn::Item::Use(i) => &i.vis,
        // `#[macro_export]` macros are public wherever they are.
        syn::Item::Macro(m) => {
            return m.attrs.iter().any(|a| a.path().is_ident("macro_export"));
        }
        _ => return false,
    };
    matches!(vis, syn::Visibility::Public(_))
}

fn item_name(item: &syn::Item) -> Option<String> {
    let ident = match item {
        syn::Item::Const(i) => &i.ident,
        syn::Item::Enum(i) => &i.ident,
        syn::Item::Fn(i) => &i.sig.ident,
        syn::Item::Mod(i) => &i.ident,
        syn::Item::Static(i) => &i.ident,
        syn::Item::Struct(i) => &i.ident,
        syn::Item::Trait(i) => &i.ident,
        syn::Item::Type(i) => &i.ident,
        syn::Item::Macro(m) => m.ident.as_ref()?,
        _ => return None,
    };
    Some(ident.to_string())
}

/// Every (target path, name as re-exported) of a `use` tree.
fn use_leaves(tree: &syn::UseTree, prefix: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match tree {
        syn::UseTree::Path(p) => {
            let mut next = prefix;
            next.push(p.ident.to_string());
            use_leaves(&p.tree, next, out);
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                let alias = prefix.last().cloned().unwrap_or_default();
                out.push((prefix, alias));
            } else {
                let mut target = prefix;
                target.push(name.clone());
                out.push((target, name));
            }
        }
        syn::UseTree::Rename(r) => {
            let mut target = prefix;
            target.push(r.ident.to_string());
            out.push((target, r.rename.to_string()));
        }
        syn::UseTree::Glob(_) => {
            out.push((prefix, "*".to_owned()));
        }
        syn::UseTree::Group(g) => {
            for tree in &g.items {
                use_leaves(tree, prefix.clone(), out);
            }
        }
    }
}

fn public_api(src: &Path) -> String {
    let mut krate = Crate::load(src);
    // The runtime crate beside the API's, which `lib.rs` imports as
    // `runtime`: its modules are walked where that import puts them (its own
    // paths are all `super::`-relative, so they resolve there too).
    let runtime = src.join("../runtime/src");
    if runtime.join("lib.rs").exists() {
        krate.load_file(vec!["runtime".to_owned()], &runtime.join("lib.rs"), runtime);
    }
    let mut out = BTreeSet::new();
    krate.walk(&[], "crate", &mut out, 0);
    out.into_iter().collect::<Vec<_>>().join("\n")
}

#[test]
fn the_public_api_is_the_committed_one() {
    let api = public_api(&generated_dir().join("src"));
    // The walk found the crate's front door, so an empty listing cannot pass.
    assert!(api.contains("crate::Client: struct"), "{api}");
    assert!(api.contains("crate::models: mod"), "{api}");
    insta::assert_snapshot!("public_api", api);
}

#[test]
fn the_walk_follows_modules_and_re_exports_but_not_private_items() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let src = dir.path();
    std::fs::create_dir_all(src.join("inner")).expect("inner/");
    std::fs::write(
        src.join("lib.rs"),
        "mod inner;\npub mod open;\npub use inner::deep::{Shown as Renamed, helper};\npub use std::fmt::Debug;\n#[cfg(test)]\npub mod tests {}\n",
    )
    .expect("lib.rs");
    std::fs::write(
        src.join("inner/mod.rs"),
        "pub mod deep;\npub struct Hidden;\n",
    )
    .expect("inner/mod.rs");
    std::fs::write(
        src.join("inner/deep.rs"),
        "pub struct Shown { pub a: u8, b: u8 }\nimpl Shown { pub fn get(&self) -> u8 { self.a } fn private(&self) {} }\npub fn helper() {}\npub struct Unexported;\n",
    )
    .expect("deep.rs");
    std::fs::write(
        src.join("open.rs"),
        "pub enum E { A, B(u8) }\npub(crate) fn internal() {}\npub use super::inner::Hidden;\n",
    )
    .expect("open.rs");
    let api = public_api(src);
    let lines: Vec<&str> = api.lines().collect();
    assert_eq!(
        lines,
        [
            "crate::Debug: use std::fmt::Debug",
            "crate::Renamed.a: field u8",
            "crate::Renamed: struct",
            "crate::Renamed::get: method fn get (& self) -> u8",
            "crate::helper: fn helper ()",
            "crate::open: mod",
            "crate::open::E: enum",
            "crate::open::E::A: variant",
            "crate::open::E::B: variant(u8)",
            "crate::open::Hidden: struct",
        ],
        "{api}"
    );
}
