//! `crate::models`: one module per named type, re-exported flat.
//!
//! Each kind of type has its own module here: `structs` (fields, serde
//! attributes, accessors), `builder` (the builders of types that requests
//! carry), `enums` (open, `#[non_exhaustive]` enums of strings, integers or
//! other JSON values), `unions` (`oneOf`/`anyOf`). Aliases and newtypes are
//! small enough to live in this file. `Validate` implementations come from
//! `super::validation`, which knows nothing of this module.

mod builder;
mod enums;
mod structs;
mod unions;

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::rust::{Scope, describe, doc_attrs, ident, nesting, type_tokens};
use crate::ir::{Field, TypeDef, TypeKind, TypeRef};

/// The tokens of `src/models/{module}.rs` for one type.
pub fn model_file(def: &TypeDef, in_requests: bool) -> TokenStream {
    let module_doc = format!(
        " `{}`, generated from `{}`.",
        def.name,
        def.origin.replace('`', "'")
    );
    let body = match &def.kind {
        TypeKind::Struct(s) => structs::struct_tokens(def, s, in_requests),
        TypeKind::Enum(e) => enums::enum_tokens(def, e, in_requests),
        TypeKind::Alias(target) => alias_tokens(def, target),
        TypeKind::Union(u) => unions::union_tokens(def, u, in_requests),
        TypeKind::Newtype(inner) => newtype_tokens(def, inner, in_requests),
    };
    let imports = imports(def);
    // Maps of maps of lists are what the spec says; naming each level would
    // invent types it does not have.
    let complexity = def
        .kind
        .type_refs()
        .iter()
        .any(|ty| nesting(ty) >= 3)
        .then(|| quote! { #![allow(clippy::type_complexity)] });
    quote! {
        #![doc = #module_doc]
        #complexity
        #imports
        #body
    }
}

fn imports(def: &TypeDef) -> TokenStream {
    let names: BTreeSet<&str> = def
        .kind
        .named_refs()
        .filter(|name| *name != def.name)
        .collect();
    if names.is_empty() {
        return quote! {};
    }
    let names = names.iter().map(|n| ident(n));
    quote! { use super::{#(#names),*}; }
}

/// The type a field holds its value in: boxed when it closes a cycle, and
/// without the `Option` that [`Field::is_optional`] adds.
fn value_type(field: &Field) -> TokenStream {
    let inner = type_tokens(&field.ty, Scope::Models);
    if field.boxed {
        quote! { Box<#inner> }
    } else {
        inner
    }
}

/// The field's documentation, with its default and which side sets it.
fn field_docs(field: &Field) -> TokenStream {
    let mut extra = Vec::new();
    if let Some(default) = &field.default {
        extra.push(format!("Default: `{default}`."));
    }
    if field.read_only {
        extra.push("Read-only: set by the server, never sent.".to_string());
    }
    if field.write_only {
        extra.push("Write-only: sent by the client, never returned.".to_string());
    }
    let fallback = format!(
        "The `{}` property ({}).",
        field.wire_name,
        describe(&field.ty)
    );
    doc_attrs(&field.docs, &fallback, &extra)
}

/// `impl Validate` for a type that requests carry, or nothing.
fn validate_if(in_requests: bool, name: &proc_macro2::Ident, body: TokenStream) -> TokenStream {
    if !in_requests {
        return quote! {};
    }
    quote! {
        impl crate::runtime::validate::Validate for #name {
            fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
                #body
            }
        }
    }
}

fn alias_tokens(def: &TypeDef, target: &TypeRef) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(
        &def.docs,
        &format!("The `{}` schema ({}).", def.name, describe(target)),
        &[],
    );
    let target = type_tokens(target, Scope::Models);
    quote! {
        #docs
        pub type #name = #target;
    }
}

/// A named schema that refers to itself through a list or map: a
/// transparent newtype (a type alias cannot be recursive).
fn newtype_tokens(def: &TypeDef, inner: &TypeRef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(
        &def.docs,
        &format!("The `{}` schema ({}).", def.name, describe(inner)),
        &[],
    );
    let inner = type_tokens(inner, Scope::Models);
    let validate = validate_if(
        in_requests,
        &name,
        quote! { self.0.validate_into(path, out); },
    );
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct #name(pub #inner);

        #validate
    }
}
