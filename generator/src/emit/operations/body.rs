//! The request body's types: the Rust type a caller gives for each media
//! type, the `{Name}Body` enum when the spec offers several, and the
//! `{Name}Form` structs of multipart bodies with named parts.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::rust::{Scope, doc_attrs, ident, type_tokens};
use crate::ir::{Api, BodyEncoding, BodyMedia, Operation, StructDef, TypeKind, TypeRef};

/// The Rust type the caller gives for the body: the one media type's, or
/// the operation's `{Name}Body` enum when the spec offers several.
pub fn body_inner_type(api: &Api, op: &Operation, scope: Scope) -> Option<TokenStream> {
    let body = op.body.as_ref()?;
    Some(match body.media.as_slice() {
        [single] => media_type_tokens(api, op, single, scope),
        _ => own_type(op, &format_ident!("{}Body", op.type_name), scope),
    })
}

/// A type the operation's module defines (`{Name}Body`, `{Name}Form`), as
/// code in `scope` names it.
fn own_type(op: &Operation, name: &proc_macro2::Ident, scope: Scope) -> TokenStream {
    match scope {
        Scope::Outside(_) | Scope::Crate => {
            let root = scope.crate_root();
            let group = ident(&op.group);
            quote! { #root::operations::#group::#name }
        }
        Scope::Models | Scope::Operations => quote! { #name },
    }
}

pub fn body_type(api: &Api, op: &Operation) -> Option<TokenStream> {
    let inner = body_inner_type(api, op, Scope::Operations)?;
    Some(if op.body.as_ref().is_some_and(|b| b.required) {
        inner
    } else {
        quote! { Option<#inner> }
    })
}

/// The Rust type of one body media type, as code in `scope` names it.
fn media_type_tokens(api: &Api, op: &Operation, media: &BodyMedia, scope: Scope) -> TokenStream {
    match media.encoding {
        BodyEncoding::Bytes => quote! { Vec<u8> },
        BodyEncoding::Text => quote! { String },
        BodyEncoding::Multipart => match multipart_struct(api, media) {
            Some(_) => own_type(op, &form_name(op, media), scope),
            None => {
                // Through the public re-export: a doctest names it from
                // outside the crate, where `runtime` is private.
                let root = scope.crate_root();
                quote! { #root::multipart::Multipart }
            }
        },
        BodyEncoding::Json | BodyEncoding::Form => type_tokens(&media.ty, scope),
    }
}

/// Whether an enum variant (of an output enum or a body choice) holds a
/// value of `ty` boxed: a model struct or union can be far larger than the
/// other variants (clippy's `large_enum_variant`).
pub fn boxed_in_variant(api: &Api, ty: &TypeRef) -> bool {
    let TypeRef::Named(name) = ty else {
        return false;
    };
    api.types
        .iter()
        .any(|t| &t.name == name && matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_)))
}

/// Whether a body of this media type is a model: an object or union read
/// through serde, or a multipart form struct.
fn holds_model(api: &Api, media: &BodyMedia) -> bool {
    match media.encoding {
        BodyEncoding::Json | BodyEncoding::Form => boxed_in_variant(api, &media.ty),
        BodyEncoding::Multipart => multipart_struct(api, media).is_some(),
        BodyEncoding::Bytes | BodyEncoding::Text => false,
    }
}

/// The object whose properties are a multipart body's parts, when the
/// schema names one.
pub fn multipart_struct<'a>(api: &'a Api, media: &BodyMedia) -> Option<&'a StructDef> {
    if media.encoding != BodyEncoding::Multipart {
        return None;
    }
    let TypeRef::Named(name) = &media.ty else {
        return None;
    };
    let def = api.types.iter().find(|t| &t.name == name)?;
    match &def.kind {
        TypeKind::Struct(s) => Some(s),
        _ => None,
    }
}

/// `{Name}Form`, or `{Name}{Variant}Form` when the body has several
/// multipart media types.
fn form_name(op: &Operation, media: &BodyMedia) -> proc_macro2::Ident {
    let several = op.body.as_ref().is_some_and(|b| {
        b.media
            .iter()
            .filter(|m| m.encoding == BodyEncoding::Multipart)
            .count()
            > 1
    });
    if several {
        format_ident!("{}{}Form", op.type_name, media.variant)
    } else {
        format_ident!("{}Form", op.type_name)
    }
}

/// The `{Name}Body` enum (several media types) and the `{Name}Form`
/// structs (multipart bodies with named parts).
pub fn body_defs(api: &Api, op: &Operation) -> TokenStream {
    let Some(body) = &op.body else {
        return quote! {};
    };
    let forms = body.media.iter().filter_map(|media| {
        let def = multipart_struct(api, media)?;
        Some(form_struct(op, media, def))
    });
    let choice = (body.media.len() > 1).then(|| {
        let name = format_ident!("{}Body", op.type_name);
        let doc = format!(
            " The body of [`{}Request`]: the spec offers several media types, the caller sends one.",
            op.type_name
        );
        let variants = body.media.iter().map(|media| {
            let variant = ident(&media.variant);
            let ty = media_type_tokens(api, op, media, Scope::Operations);
            // Models are boxed, as in outcome enums, so that no variant is
            // far larger than the others (clippy's `large_enum_variant`).
            let ty = if holds_model(api, media) {
                quote! { Box<#ty> }
            } else {
                ty
            };
            let doc = format!(" Sent as `{}`.", media.content_type.replace('`', "'"));
            quote! { #[doc = #doc] #variant(#ty), }
        });
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #name {
                #(#variants)*
            }
        }
    });
    quote! { #(#forms)* #choice }
}

/// A multipart body's parts as a struct: `format: binary` properties are
/// files (name, media type, bytes), the rest are sent as OpenAPI's default
/// encodings say (text, or JSON for objects).
fn form_struct(op: &Operation, media: &BodyMedia, def: &StructDef) -> TokenStream {
    let name = form_name(op, media);
    let file = quote! { crate::runtime::multipart::File };
    let doc = format!(
        " The `{}` body of [`{}Request`]: one part per field.",
        media.content_type.replace('`', "'"),
        op.type_name
    );
    let mut fields = Vec::new();
    let mut parts = Vec::new();
    for field in &def.fields {
        let field_name = ident(&field.name);
        let wire = &field.wire_name;
        let optional = field.is_optional();
        let (ty, add) = match &field.ty {
            TypeRef::Binary => (file.clone(), quote! { form.file(#wire, value); }),
            TypeRef::Array(inner) if **inner == TypeRef::Binary => (
                quote! { Vec<#file> },
                quote! { for file in value { form.file(#wire, file); } },
            ),
            other => (
                type_tokens(other, Scope::Operations),
                quote! { form.value(#wire, value)?; },
            ),
        };
        let docs = doc_attrs(&field.docs, &format!("The `{wire}` part."), &[]);
        if optional {
            fields.push(quote! { #docs pub #field_name: Option<#ty>, });
            parts.push(quote! { if let Some(value) = &self.#field_name { #add } });
        } else {
            fields.push(quote! { #docs pub #field_name: #ty, });
            parts.push(quote! { { let value = &self.#field_name; #add } });
        }
    }
    let binding = if parts.is_empty() {
        quote! { let form }
    } else {
        quote! { let mut form }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// The parts, in the order the spec lists the properties.
            pub fn to_multipart(&self) -> Result<crate::runtime::multipart::Multipart, Error> {
                #binding = crate::runtime::multipart::Multipart::new();
                #(#parts)*
                Ok(form)
            }
        }
    }
}
