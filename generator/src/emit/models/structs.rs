//! Structs: public fields with serde attributes (lenient readers for
//! scalars that servers send as strings), and an accessor beside each field,
//! as the AWS SDK for Rust has them: `&[T]` for a list (empty when absent),
//! `Option<&str>` for optional text, `Option<&T>` for other optional values,
//! copies for `Copy` scalars, and references for required values. So
//! `page.page_info().and_then(|p| p.next_marker())` reads a nested optional
//! value without `as_ref()`/`as_deref()`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::super::rust::{Scope, doc_attrs, ident, setter_allowances, type_tokens};
use super::super::validation::{field_checks, validate_impl};
use super::{builder, field_docs, value_type};
use crate::ir::{Field, StructDef, TypeDef, TypeRef};
use crate::resolve::names::NameSet;

pub(super) fn struct_tokens(def: &TypeDef, s: &StructDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, &format!("The `{}` object.", def.name), &[]);
    let all_optional = s.fields.iter().all(Field::is_optional);
    let default_derive = if all_optional {
        quote! { Default, }
    } else {
        quote! {}
    };
    let fields = s.fields.iter().map(|field| {
        let docs = field_docs(field);
        let serde = serde_attrs(field);
        let field_name = ident(&field.name);
        let ty = field_type(field);
        quote! { #docs #serde pub #field_name: #ty, }
    });
    let additional = s.additional.as_ref().map(|value| {
        let value = type_tokens(value, Scope::Models);
        quote! {
            /// Properties not named by the spec, kept as sent.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #value>,
        }
    });
    let accessors = accessors(def, s, in_requests);
    let request_parts = if in_requests {
        let builder = builder::builder_tokens(def, s);
        let checks: Vec<TokenStream> = s.fields.iter().map(field_checks).collect();
        let validate = validate_impl(&name, &checks);
        quote! { #builder #validate }
    } else {
        quote! {}
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default_derive serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#fields)*
            #additional
        }

        #accessors

        #request_parts
    }
}

/// The field's Rust type: `Option` exactly when [`Field::is_optional`].
fn field_type(field: &Field) -> TokenStream {
    let inner = value_type(field);
    if field.is_optional() {
        quote! { Option<#inner> }
    } else {
        inner
    }
}

/// Scalars that servers are known to send as strings get a lenient reader.
fn lenient_reader(field: &Field) -> Option<&'static str> {
    Some(match (&field.ty, field.is_optional()) {
        (TypeRef::Integer(_), true) => "crate::runtime::lenient::option_int",
        (TypeRef::Integer(_), false) => "crate::runtime::lenient::int",
        (TypeRef::Boolean, true) => "crate::runtime::lenient::option_bool",
        (TypeRef::Boolean, false) => "crate::runtime::lenient::boolean",
        (TypeRef::Number(_), true) => "crate::runtime::lenient::option_float",
        (TypeRef::Number(_), false) => "crate::runtime::lenient::float",
        _ => return None,
    })
}

fn serde_attrs(field: &Field) -> TokenStream {
    let mut parts: Vec<TokenStream> = Vec::new();
    if field.name != field.wire_name {
        let wire = &field.wire_name;
        parts.push(quote! { rename = #wire });
    }
    if field.is_optional() {
        parts.push(quote! { default });
        // A required-but-nullable field is sent as `null`; others are left out.
        if !(field.required && field.nullable) {
            parts.push(quote! { skip_serializing_if = "Option::is_none" });
        }
    } else if matches!(field.ty, TypeRef::Array(_) | TypeRef::Map(_)) {
        // An empty list is sometimes omitted by servers even when documented as present.
        parts.push(quote! { default });
    }
    if let Some(reader) = lenient_reader(field) {
        parts.push(quote! { deserialize_with = #reader });
    }
    if parts.is_empty() {
        quote! {}
    } else {
        quote! { #[serde(#(#parts),*)] }
    }
}

/// Methods every struct (or its derives, traits and builder) has, which an
/// accessor must not shadow: an accessor named like one of them is
/// `{name}_field`.
const TAKEN_METHODS: &[&str] = &[
    "as_ref",
    "borrow",
    "builder",
    "clone",
    "clone_from",
    "clone_into",
    "cmp",
    "default",
    "deserialize",
    "eq",
    "fmt",
    "from",
    "hash",
    "into",
    "len",
    "ne",
    "new",
    "partial_cmp",
    "serialize",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
    "validate",
    "validate_into",
];

/// The accessor names of a struct's fields (and of its extra properties),
/// in field order: the field's name unless that is taken.
pub(super) fn accessor_names(s: &StructDef) -> (Vec<Ident>, Option<Ident>) {
    let mut names = NameSet::new();
    // Field names are claimed as they are first, so a field called
    // `clone_field` keeps its name and `clone` gets the number.
    for field in &s.fields {
        if !TAKEN_METHODS.contains(&field.name.as_str()) {
            names.claim(&field.name);
        }
    }
    let claim = |name: &str, names: &mut NameSet| {
        if TAKEN_METHODS.contains(&name) {
            ident(&names.claim(&format!("{name}_field")))
        } else {
            ident(name)
        }
    };
    let fields = s
        .fields
        .iter()
        .map(|f| claim(&f.name, &mut names))
        .collect();
    let additional = s.additional.as_ref().map(|_| {
        if s.fields.iter().any(|f| f.name == "additional_properties") {
            ident(&names.claim("additional_properties"))
        } else {
            claim("additional_properties", &mut names)
        }
    });
    (fields, additional)
}

/// Whether values of the type are `Copy` in Rust, so an accessor returns
/// them by value.
fn is_copy(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean
    )
}

/// One accessor per field (documented by the field's first sentence), and
/// one for the extra properties. The builder, when the type has one, lives
/// beside them in the same `impl`.
fn accessors(def: &TypeDef, s: &StructDef, in_requests: bool) -> TokenStream {
    let (names, additional_name) = accessor_names(s);
    let methods = s.fields.iter().zip(&names).map(|(field, method)| {
        let name = ident(&field.name);
        let Accessor { returns: ty, body } = accessor(field, &name);
        let docs = accessor_docs(field);
        let allowances = method_allowances(&method.to_string());
        quote! {
            #docs
            #allowances
            pub fn #method(&self) -> #ty {
                #body
            }
        }
    });
    let additional = s
        .additional
        .as_ref()
        .zip(additional_name)
        .map(|(value, method)| {
            let value = type_tokens(value, Scope::Models);
            quote! {
                /// Properties not named by the spec, kept as sent.
                pub fn #method(&self) -> &std::collections::BTreeMap<String, #value> {
                    &self.additional_properties
                }
            }
        });
    let builder = in_requests.then(|| builder::builder_fn(def, s));
    let body = quote! {
        #(#methods)*
        #additional
        #builder
    };
    if body.is_empty() {
        return body;
    }
    let name = ident(&def.name);
    quote! {
        impl #name {
            #body
        }
    }
}

/// What an accessor returns, and how.
struct Accessor {
    returns: TokenStream,
    body: TokenStream,
}

/// The accessor's return type and body for one field.
fn accessor(field: &Field, name: &Ident) -> Accessor {
    let ty = &field.ty;
    let rust = type_tokens(ty, Scope::Models);
    let (returns, body) = match (field.is_optional(), ty) {
        (true, TypeRef::Array(item)) => {
            let item = type_tokens(item, Scope::Models);
            let body = if field.boxed {
                quote! { self.#name.as_deref().map_or(&[], Vec::as_slice) }
            } else {
                quote! { self.#name.as_deref().unwrap_or_default() }
            };
            (quote! { &[#item] }, body)
        }
        (true, TypeRef::String | TypeRef::Binary) => {
            let body = if field.boxed {
                quote! { self.#name.as_deref().map(String::as_str) }
            } else {
                quote! { self.#name.as_deref() }
            };
            (quote! { Option<&str> }, body)
        }
        (true, ty) if is_copy(ty) && !field.boxed => {
            (quote! { Option<#rust> }, quote! { self.#name })
        }
        (true, _) if field.boxed => (quote! { Option<&#rust> }, quote! { self.#name.as_deref() }),
        (true, _) => (quote! { Option<&#rust> }, quote! { self.#name.as_ref() }),
        (false, TypeRef::Array(item)) => {
            let item = type_tokens(item, Scope::Models);
            (quote! { &[#item] }, quote! { &self.#name })
        }
        (false, TypeRef::String | TypeRef::Binary) => (quote! { &str }, quote! { &self.#name }),
        (false, ty) if is_copy(ty) && !field.boxed => (rust, quote! { self.#name }),
        (false, ty) if is_copy(ty) => (rust, quote! { *self.#name }),
        (false, _) => (quote! { &#rust }, quote! { &self.#name }),
    };
    Accessor { returns, body }
}

/// An accessor's docs: the field's first sentence (or the fallback), and
/// what an absent value reads as.
fn accessor_docs(field: &Field) -> TokenStream {
    let mut docs = field.docs.clone();
    let first = |text: &str| -> String {
        let text = text.trim();
        match text.find(". ") {
            Some(end) => text[..=end].to_string(),
            None => text.to_string(),
        }
    };
    docs.summary = docs.summary.as_deref().map(first);
    docs.description = docs.description.as_deref().map(first);
    docs.conflicts.clear();
    let mut extra = Vec::new();
    if field.is_optional() && matches!(field.ty, TypeRef::Array(_)) {
        extra.push(format!(
            "Empty when `{}` is absent (the public field tells absent from empty).",
            field.wire_name
        ));
    }
    let fallback = format!("The `{}` property.", field.wire_name);
    doc_attrs(&docs, &fallback, &extra)
}

/// Lint allowances an accessor's name needs: a name like a trait method's
/// (`should_implement_trait`), or one that clippy expects to take `self` by
/// value, not at all, or mutably (`into_*`, `from_*`, `*_mut`).
fn method_allowances(name: &str) -> TokenStream {
    let conventions =
        (name.starts_with("into_") || name.starts_with("from_") || name.ends_with("_mut"))
            .then(|| quote! { #[allow(clippy::wrong_self_convention)] });
    let trait_like = setter_allowances(name);
    quote! { #trait_like #conventions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, IntWidth, TypeKind};

    fn field(name: &str, ty: TypeRef, required: bool) -> Field {
        Field {
            required,
            ..Field::plain(name, ty)
        }
    }

    fn code(fields: Vec<Field>, in_requests: bool) -> String {
        let s = StructDef {
            fields,
            additional: None,
        };
        let def = TypeDef {
            name: "Page".into(),
            module: "page".into(),
            origin: "#/components/schemas/Page".into(),
            docs: Docs::default(),
            kind: TypeKind::Struct(s.clone()),
        };
        struct_tokens(&def, &s, in_requests).to_string()
    }

    #[test]
    fn accessors_borrow_lists_text_and_values_and_copy_scalars() {
        let named = TypeRef::Named("PageInfo".into());
        let list = TypeRef::Array(Box::new(TypeRef::String));
        let code = code(
            vec![
                field("items", list.clone(), false),
                field("ids", list, true),
                field("marker", TypeRef::String, false),
                field("name", TypeRef::String, true),
                field("count", TypeRef::Integer(IntWidth::I32), false),
                field("total", TypeRef::Integer(IntWidth::I64), true),
                field("page_info", named.clone(), false),
                field("owner", named, true),
            ],
            false,
        );
        for expected in [
            "pub fn items (& self) -> & [String] { self . items . as_deref () . unwrap_or_default () }",
            "pub fn ids (& self) -> & [String] { & self . ids }",
            "pub fn marker (& self) -> Option < & str > { self . marker . as_deref () }",
            "pub fn name (& self) -> & str { & self . name }",
            "pub fn count (& self) -> Option < i32 > { self . count }",
            "pub fn total (& self) -> i64 { self . total }",
            "pub fn page_info (& self) -> Option < & PageInfo > { self . page_info . as_ref () }",
            "pub fn owner (& self) -> & PageInfo { & self . owner }",
        ] {
            assert!(code.contains(expected), "{expected}\n{code}");
        }
    }

    #[test]
    fn a_read_only_required_field_is_optional_everywhere() {
        let mut marker = field("next", TypeRef::String, true);
        marker.read_only = true;
        assert!(marker.is_optional());
        let code = code(vec![marker], false);
        assert!(code.contains("pub next : Option < String >"), "{code}");
        assert!(
            code.contains("pub fn next (& self) -> Option < & str >"),
            "{code}"
        );
    }

    #[test]
    fn accessors_never_shadow_the_types_own_methods() {
        let code = code(
            vec![
                field("builder", TypeRef::String, true),
                field("clone", TypeRef::Boolean, false),
                field("clone_field", TypeRef::Boolean, false),
                field("into_parts", TypeRef::Boolean, false),
            ],
            true,
        );
        assert!(
            code.contains("pub fn builder_field (& self) -> & str"),
            "{code}"
        );
        assert!(code.contains("pub fn builder () -> PageBuilder"), "{code}");
        assert!(
            code.contains("pub fn clone_field (& self) -> Option < bool > { self . clone_field }"),
            "{code}"
        );
        assert!(
            code.contains("pub fn clone_field2 (& self) -> Option < bool > { self . clone }"),
            "{code}"
        );
        assert!(
            code.contains("# [allow (clippy :: wrong_self_convention)] pub fn into_parts"),
            "{code}"
        );
    }
}
