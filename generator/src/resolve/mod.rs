//! Stage 2: the loaded document to our own IR.
//!
//! Every `$ref` is followed, every Rust name chosen and every unsupported
//! construct reported here, all of them in one pass. With `skip_unsupported`
//! the operations and types that resolved are kept and the rest are returned
//! as `skipped`; without it any problem fails the run.

mod docs;
pub mod names;
mod operations;
mod refs;
mod schemas;
mod service;

use std::collections::{BTreeSet, HashMap};

use crate::diagnostics::{Diagnostic, Error};
use crate::ir::{Api, Operation, TypeDef, TypeRef};
use crate::load::LoadedSpec;

/// Options that change how strictly the spec is read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResolveOptions {
    /// Keep what resolves and report the rest instead of failing.
    pub skip_unsupported: bool,
}

/// The IR plus what was left out (only with `skip_unsupported`) and warnings.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub api: Api,
    pub skipped: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

pub fn resolve(spec: &LoadedSpec, options: ResolveOptions) -> Result<Resolved, Error> {
    let doc = &spec.document;
    let empty = Default::default();
    let components = doc.components.as_ref().map_or(&empty, |c| &c.schemas);

    let mut space = schemas::TypeSpace::new(components);
    space.define_components();
    let (operations, pending, op_diagnostics) = {
        let mut resolver = operations::OperationResolver::new(doc, &mut space);
        let (operations, pending) = resolver.resolve_all();
        (operations, pending, resolver.diagnostics)
    };
    let (crate_info, service, mut service_diagnostics, mut warnings) = service::resolve(doc);
    let mut operations = operations;
    let schemas::Finished {
        types,
        diagnostics: type_diagnostics,
        warnings: type_warnings,
    } = space.finish(&mut operations);
    warnings.extend(type_warnings);

    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    diagnostics.extend(type_diagnostics);
    diagnostics.extend(op_diagnostics);
    diagnostics.append(&mut service_diagnostics);
    let by_name: HashMap<&str, &TypeDef> = types.iter().map(|t| (t.name.as_str(), t)).collect();
    for item in &pending {
        let Some(operation) = operations.get_mut(item.operation) else {
            continue;
        };
        // Pagination that does not fit the operation is our extension being
        // misapplied: the operation still works, one page at a time.
        match operations::pagination(item, operation, &by_name) {
            Ok(pagination) => operation.pagination = Some(pagination),
            Err(diagnostic) => warnings.push(Diagnostic::new(
                diagnostic.pointer,
                format!("{}; ignored", diagnostic.message),
            )),
        }
    }
    drop(by_name);
    warnings.sort();
    warnings.dedup();
    diagnostics.sort();
    diagnostics.dedup();

    if !diagnostics.is_empty() && !options.skip_unsupported {
        return Err(Error::Spec {
            path: spec.path.clone(),
            diagnostics,
        });
    }
    let (types, operations, dropped) = drop_broken(types, operations, &diagnostics);
    diagnostics.extend(dropped);
    diagnostics.sort();
    diagnostics.dedup();
    let groups = operations::groups(doc, &operations);
    Ok(Resolved {
        api: Api {
            crate_info,
            service,
            types,
            operations,
            groups,
        },
        skipped: diagnostics,
        warnings,
    })
}

/// With `skip_unsupported`, drops operations whose pagination failed and
/// anything that refers to a type that could not be defined, transitively,
/// and says what was dropped because of what.
fn drop_broken(
    mut types: Vec<TypeDef>,
    mut operations: Vec<Operation>,
    diagnostics: &[Diagnostic],
) -> (Vec<TypeDef>, Vec<Operation>, Vec<Diagnostic>) {
    let mut dropped = Vec::new();
    if diagnostics.is_empty() {
        return (types, operations, dropped);
    }
    // Operations with a problem at or below their own pointer.
    let broken: BTreeSet<&str> = diagnostics.iter().map(|d| d.pointer.as_str()).collect();
    operations.retain(|op| {
        let prefix = format!("{}/", op.origin);
        !broken
            .range(prefix.as_str()..)
            .next()
            .is_some_and(|p| p.starts_with(&prefix))
    });
    let mut defined: BTreeSet<String> = types.iter().map(|t| t.name.clone()).collect();
    loop {
        let before = types.len();
        types.retain(
            |t| match t.kind.named_refs().find(|name| !defined.contains(*name)) {
                None => true,
                Some(missing) => {
                    dropped.push(Diagnostic::new(
                        t.origin.clone(),
                        format!("skipped: refers to `{missing}`, which could not be generated"),
                    ));
                    false
                }
            },
        );
        if types.len() == before {
            break;
        }
        defined = types.iter().map(|t| t.name.clone()).collect();
    }
    operations.retain(|op| {
        match op
            .type_refs()
            .filter_map(TypeRef::named)
            .find(|name| !defined.contains(*name))
        {
            None => true,
            Some(missing) => {
                dropped.push(Diagnostic::new(
                    op.origin.clone(),
                    format!("skipped: uses `{missing}`, which could not be generated"),
                ));
                false
            }
        }
    });
    (types, operations, dropped)
}
