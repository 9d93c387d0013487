//! Stage 2: the loaded document to our own IR.
//!
//! Every `$ref` is followed, every Rust name chosen and every unsupported
//! construct reported here, all of them in one pass. With `skip_unsupported`
//! the operations and types that resolved are kept and the rest are returned
//! as `skipped`; without it any problem fails the run.

mod docs;
pub mod names;
mod operations;
mod schemas;
mod service;

use std::collections::BTreeSet;

use crate::diagnostics::{Diagnostic, Error};
use crate::ir::{Api, Operation, TypeDef, TypeKind, TypeRef};
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
    let (crate_info, service, mut service_diagnostics, warnings) = service::resolve(doc);
    let (types, type_diagnostics) = space.finish();

    let mut operations = operations;
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    diagnostics.extend(type_diagnostics);
    diagnostics.extend(op_diagnostics);
    diagnostics.append(&mut service_diagnostics);
    for item in &pending {
        match operations::pagination(item, &operations[item.operation], &types) {
            Ok(pagination) => operations[item.operation].pagination = Some(pagination),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    diagnostics.sort();
    diagnostics.dedup();

    if !diagnostics.is_empty() && !options.skip_unsupported {
        return Err(Error::Spec { path: spec.path.clone(), diagnostics });
    }
    let (types, operations) = drop_broken(types, operations, &diagnostics);
    let groups = operations::groups(doc, &operations);
    Ok(Resolved {
        api: Api { crate_info, service, types, operations, groups },
        skipped: diagnostics,
        warnings,
    })
}

/// With `skip_unsupported`, drops operations whose pagination failed and
/// anything that refers to a type that could not be defined, transitively.
fn drop_broken(
    mut types: Vec<TypeDef>,
    mut operations: Vec<Operation>,
    diagnostics: &[Diagnostic],
) -> (Vec<TypeDef>, Vec<Operation>) {
    if diagnostics.is_empty() {
        return (types, operations);
    }
    operations.retain(|op| !diagnostics.iter().any(|d| d.pointer.starts_with(&format!("{}/", op.origin))));
    loop {
        let defined: BTreeSet<String> = types.iter().map(|t| t.name.clone()).collect();
        let before = types.len();
        types.retain(|t| type_refs(&t.kind).iter().all(|name| defined.contains(name)));
        if types.len() == before {
            break;
        }
    }
    let defined: BTreeSet<String> = types.iter().map(|t| t.name.clone()).collect();
    operations.retain(|op| operation_refs(op).iter().all(|name| defined.contains(name)));
    (types, operations)
}

fn collect_named(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(name) => out.push(name.clone()),
        TypeRef::Array(inner) | TypeRef::Map(inner) => collect_named(inner, out),
        _ => {}
    }
}

fn type_refs(kind: &TypeKind) -> Vec<String> {
    let mut out = Vec::new();
    match kind {
        TypeKind::Struct(s) => {
            s.fields.iter().for_each(|f| collect_named(&f.ty, &mut out));
            if let Some(additional) = &s.additional {
                collect_named(additional, &mut out);
            }
        }
        TypeKind::Alias(ty) => collect_named(ty, &mut out),
        TypeKind::Union(u) => u.variants.iter().for_each(|v| collect_named(&v.ty, &mut out)),
        TypeKind::Enum(_) => {}
    }
    out
}

fn operation_refs(op: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    op.params.iter().for_each(|p| collect_named(&p.ty, &mut out));
    if let Some(body) = &op.body {
        collect_named(&body.ty, &mut out);
    }
    for response in &op.responses {
        if let crate::ir::ResponseBody::Json(ty) = &response.body {
            collect_named(ty, &mut out);
        }
    }
    out
}
