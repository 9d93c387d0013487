//! Stage 3: the IR to the files of the generated crate, in memory.
//!
//! A pure function of the IR: the same `Api` gives the same bytes on any
//! machine (everything is iterated in sorted or spec order, nothing reads the
//! clock or the environment).

mod crate_root;
mod models;
mod operations;
pub mod rust;
mod validation;

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diagnostics::Error;
use crate::ir::{Api, Operation, ParamLocation, TypeKind, TypeRef};
use crate::render;
use crate::runtime_source;

/// One file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators.
    pub path: String,
    pub contents: String,
}

/// Every file of the generated crate, sorted by path.
pub fn emit(api: &Api, extra_files: &[GeneratedFile]) -> Result<Vec<GeneratedFile>, Error> {
    let request_types = request_types(api);
    let mut files = Vec::new();
    let mut rust = |path: String, tokens: proc_macro2::TokenStream| -> Result<(), Error> {
        let contents = rust::print(&path, tokens)?;
        files.push(GeneratedFile { path, contents });
        Ok(())
    };
    rust("src/lib.rs".into(), crate_root::lib_file())?;
    rust("src/client.rs".into(), crate_root::client_file(api))?;
    rust("src/service.rs".into(), crate_root::service_file(api))?;
    let structs: HashSet<&str> = api
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Struct(_)))
        .map(|t| t.name.as_str())
        .collect();
    let with_builder = |name: &str| request_types.contains(name) && structs.contains(name);
    rust(
        "src/models/mod.rs".into(),
        crate_root::models_mod(api, &with_builder),
    )?;
    let model_files = in_parallel(&api.types, |def| {
        let path = format!("src/models/{}.rs", def.module);
        let contents = rust::print(
            &path,
            models::model_file(def, request_types.contains(&def.name)),
        )?;
        Ok(GeneratedFile { path, contents })
    });
    rust(
        "src/operations/mod.rs".into(),
        crate_root::operations_mod(api),
    )?;
    let mut by_group: HashMap<&str, Vec<&Operation>> = HashMap::new();
    for op in &api.operations {
        by_group.entry(op.group.as_str()).or_default().push(op);
    }
    let group_files = in_parallel(&api.groups, |group| {
        let members = by_group
            .get(group.module.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let path = format!("src/operations/{}.rs", group.module);
        let contents = rust::print(&path, operations::group_file(api, group, members))?;
        Ok(GeneratedFile { path, contents })
    });
    for file in model_files.into_iter().chain(group_files) {
        files.push(file?);
    }
    for (name, contents) in runtime_source::FILES {
        let target = if *name == "lib.rs" { "mod.rs" } else { name };
        files.push(GeneratedFile {
            path: format!("src/runtime/{target}"),
            contents: contents.to_string(),
        });
    }
    let examples: Vec<String> = extra_files
        .iter()
        .filter_map(|f| {
            f.path
                .strip_prefix("examples/")?
                .strip_suffix(".rs")
                .map(str::to_string)
        })
        .collect();
    files.extend(render::render(api, &examples)?);
    files.extend(extra_files.iter().cloned());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Runs `job` over `items` on every core. Token streams are not `Send`, so
/// each file is built and printed on the thread that owns it; only the
/// finished text crosses threads. Results keep the order of `items`.
fn in_parallel<T, F>(items: &[T], job: F) -> Vec<Result<GeneratedFile, Error>>
where
    T: Sync,
    F: Fn(&T) -> Result<GeneratedFile, Error> + Sync,
{
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return items.iter().map(&job).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().map(&job).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    vec![Err(Error::Emit {
                        what: "a worker thread".into(),
                        message: "panicked".into(),
                    })]
                })
            })
            .collect()
    })
}

/// Types a request can carry (through parameters or bodies), transitively:
/// these get builders and `Validate` implementations.
pub fn request_types(api: &Api) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = Vec::new();
    let push_named = |ty: &TypeRef, stack: &mut Vec<String>| {
        let mut current = ty;
        loop {
            match current {
                TypeRef::Named(name) => {
                    stack.push(name.clone());
                    break;
                }
                TypeRef::Array(inner) | TypeRef::Map(inner) => current = inner,
                _ => break,
            }
        }
    };
    for op in &api.operations {
        for param in op
            .params
            .iter()
            .filter(|p| p.location != ParamLocation::Path || p.client_value.is_none())
        {
            push_named(&param.ty, &mut stack);
        }
        if let Some(body) = &op.body {
            push_named(&body.ty, &mut stack);
        }
    }
    let by_name: HashMap<&str, &crate::ir::TypeDef> =
        api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    while let Some(name) = stack.pop() {
        if seen.contains(&name) {
            continue;
        }
        let Some(def) = by_name.get(name.as_str()) else {
            seen.insert(name);
            continue;
        };
        seen.insert(name);
        match &def.kind {
            TypeKind::Struct(s) => {
                for field in &s.fields {
                    push_named(&field.ty, &mut stack);
                }
                if let Some(additional) = &s.additional {
                    push_named(additional, &mut stack);
                }
            }
            TypeKind::Alias(target) => push_named(target, &mut stack),
            TypeKind::Union(u) => u
                .variants
                .iter()
                .for_each(|v| push_named(&v.ty, &mut stack)),
            TypeKind::Enum(_) => {}
        }
    }
    seen
}
