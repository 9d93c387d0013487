//! `crate::models`: one module per named type, re-exported flat.
//!
//! Structs get serde derives with lenient deserialisation of scalars; enums
//! keep unknown values; types that requests carry also get a builder and a
//! `Validate` implementation generated from the documented constraints.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    Scope, describe, doc_attrs, doc_lines, ident, nesting, setter_allowances, type_tokens,
};
use super::validation::{field_checks, validate_impl};
use crate::ir::{EnumDef, EnumRepr, Field, StructDef, TypeDef, TypeKind, TypeRef, UnionDef};

/// The tokens of `src/models/{module}.rs` for one type.
pub fn model_file(def: &TypeDef, in_requests: bool) -> TokenStream {
    let module_doc = format!(
        " `{}`, generated from `{}`.",
        def.name,
        def.origin.replace('`', "'")
    );
    let body = match &def.kind {
        TypeKind::Struct(s) => struct_tokens(def, s, in_requests),
        TypeKind::Enum(e) => enum_tokens(def, e, in_requests),
        TypeKind::Alias(target) => alias_tokens(def, target),
        TypeKind::Union(u) => union_tokens(def, u, in_requests),
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

/// Optional in Rust: not required, or only ever set by one side.
pub fn is_optional(field: &Field) -> bool {
    !field.required || field.nullable || field.read_only || field.write_only
}

fn field_type(field: &Field) -> TokenStream {
    let inner = type_tokens(&field.ty, Scope::Models);
    let inner = if field.boxed {
        quote! { Box<#inner> }
    } else {
        inner
    };
    if is_optional(field) {
        quote! { Option<#inner> }
    } else {
        inner
    }
}

/// Scalars that servers are known to send as strings get a lenient reader.
fn lenient_reader(field: &Field) -> Option<&'static str> {
    let optional = is_optional(field);
    Some(match (&field.ty, optional) {
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
    let optional = is_optional(field);
    if optional {
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

fn struct_tokens(def: &TypeDef, s: &StructDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, &format!("The `{}` object.", def.name), &[]);
    let all_optional = s.fields.iter().all(is_optional);
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
    let request_parts = if in_requests {
        let builder = builder_tokens(def, s);
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
        #request_parts
    }
}

fn builder_tokens(def: &TypeDef, s: &StructDef) -> TokenStream {
    let name = ident(&def.name);
    let builder = format_ident!("{}Builder", def.name);
    let new_doc = format!(" Starts a [`{}Builder`].", def.name);
    // A field named `default` has a setter of that name, which the plain
    // `Builder::default()` would call.
    let new_builder = if s.fields.iter().any(|f| f.name == "default") {
        quote! { <#builder as Default>::default() }
    } else {
        quote! { #builder::default() }
    };
    let slots = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let inner = type_tokens(&field.ty, Scope::Models);
        quote! { #field_name: Option<#inner>, }
    });
    let setters = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let setter = setter_name(field);
        let inner = type_tokens(&field.ty, Scope::Models);
        let docs = field_docs(field);
        let allowances = setter_allowances(&setter.to_string());
        quote! {
            #docs
            #allowances
            pub fn #setter(mut self, value: impl Into<#inner>) -> Self {
                self.#field_name = Some(value.into());
                self
            }
        }
    });
    let required: Vec<&Field> = s.fields.iter().filter(|f| !is_optional(f)).collect();
    let wrap = |field: &Field, value: TokenStream| match (field.boxed, is_optional(field)) {
        (true, true) => quote! { #value.map(Box::new) },
        (true, false) => quote! { Box::new(#value) },
        _ => value,
    };
    let assignments = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        if !is_optional(field) && !field.boxed {
            return quote! { #field_name, };
        }
        let value = if is_optional(field) {
            quote! { self.#field_name }
        } else {
            quote! { #field_name }
        };
        let value = wrap(field, value);
        quote! { #field_name: #value, }
    });
    let additional = s
        .additional
        .as_ref()
        .map(|_| quote! { additional_properties: Default::default(), });
    let type_name = &def.name;
    let builder_doc = if required.is_empty() {
        format!(" Builds a [`{type_name}`]; every field is optional.")
    } else {
        format!(
            " Builds a [`{type_name}`]; [`{type_name}Builder::build`] names every required field left unset."
        )
    };
    // As in the AWS SDK: a builder with nothing required cannot fail, so its
    // `build` returns the value itself.
    let build_fn = if required.is_empty() {
        quote! {
            /// Finishes the value.
            pub fn build(self) -> #name {
                #name { #(#assignments)* #additional }
            }
        }
    } else {
        let checks = required.iter().map(|field| {
            let field_name = ident(&field.name);
            let wire = &field.wire_name;
            quote! { if self.#field_name.is_none() { missing.push(#wire); } }
        });
        let names = required.iter().map(|f| ident(&f.name));
        let patterns = required.iter().map(|f| {
            let field_name = ident(&f.name);
            quote! { Some(#field_name) }
        });
        let build_body = quote! {
            let mut missing = Vec::new();
            #(#checks)*
            let (#(#patterns,)*) = (#(self.#names,)*) else {
                return Err(crate::runtime::error::BuildError { type_name: #type_name, missing });
            };
            Ok(#name { #(#assignments)* #additional })
        };
        quote! {
            /// Finishes the value, or names every required field that was not set.
            pub fn build(self) -> Result<#name, crate::runtime::error::BuildError> {
                #build_body
            }
        }
    };
    quote! {
        impl #name {
            #[doc = #new_doc]
            pub fn builder() -> #builder {
                #new_builder
            }
        }

        #[doc = #builder_doc]
        #[derive(Debug, Clone, Default)]
        pub struct #builder {
            #(#slots)*
        }

        impl #builder {
            #(#setters)*

            #build_fn
        }
    }
}

/// The builder method that sets a field: the field's name, unless that is
/// the builder's own `build`.
fn setter_name(field: &Field) -> proc_macro2::Ident {
    if field.name == "build" {
        format_ident!("build_field")
    } else {
        ident(&field.name)
    }
}

/// A variant's doc line: its wire value as a code span (one that can hold
/// backticks), or words for the empty string, which has no code span.
fn variant_doc(value: &str) -> String {
    if value.is_empty() {
        " The empty string, `\"\"`.".to_string()
    } else if value.contains('`') {
        format!(" `` {value} ``")
    } else {
        format!(" `{value}`")
    }
}

fn enum_tokens(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    if e.repr == EnumRepr::Json {
        return json_enum_tokens(def, e, in_requests);
    }
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, &format!("The `{}` values.", def.name), &[]);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let variant_docs: Vec<String> = e.variants.iter().map(|v| variant_doc(&v.value)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let (unknown_ty, wire_ty, parse_arms, as_value, serialize, deserialize, check) = match e.repr {
        EnumRepr::String => (
            quote! { String },
            quote! { &str },
            quote! { #(#values => Self::#variants,)* other => Self::Unknown(other.to_string()), },
            quote! {
                /// The value as sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#variants => #values,)*
                        Self::Unknown(value) => value,
                    }
                }
            },
            quote! { serializer.serialize_str(self.as_str()) },
            quote! {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            },
            quote! { out.check_enum(path, value, Self::VALUES); },
        ),
        EnumRepr::Integer | EnumRepr::Json => {
            let numbers: Vec<i64> = e
                .variants
                .iter()
                .filter_map(|v| v.value.parse().ok())
                .collect();
            (
                quote! { i64 },
                quote! { i64 },
                quote! { #(#numbers => Self::#variants,)* other => Self::Unknown(other), },
                quote! {
                    /// The value as sent on the wire.
                    pub fn as_i64(&self) -> i64 {
                        match self {
                            #(Self::#variants => #numbers,)*
                            Self::Unknown(value) => *value,
                        }
                    }
                },
                quote! { serializer.serialize_i64(self.as_i64()) },
                quote! {
                    let value = crate::runtime::lenient::int::<_, i64>(deserializer)?;
                    Ok(Self::from(value))
                },
                quote! { out.check_enum(path, &value.to_string(), Self::VALUES); },
            )
        }
    };
    let display_value = match e.repr {
        EnumRepr::String => quote! { f.write_str(self.as_str()) },
        EnumRepr::Integer | EnumRepr::Json => quote! { write!(f, "{}", self.as_i64()) },
    };
    let from_str = match e.repr {
        EnumRepr::String => quote! {
            impl std::str::FromStr for #name {
                type Err = std::convert::Infallible;
                // Not `Self::Err`: a variant may be called `Err`.
                fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
                    Ok(Self::from(value))
                }
            }
            impl From<String> for #name {
                fn from(value: String) -> Self {
                    Self::from(value.as_str())
                }
            }
        },
        EnumRepr::Integer | EnumRepr::Json => quote! {},
    };
    let validate = if in_requests {
        quote! {
            impl crate::runtime::validate::Validate for #name {
                fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
                    if let Self::Unknown(value) = self {
                        #check
                    }
                }
            }
        }
    } else {
        quote! {}
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the client does not know, kept as sent.
            Unknown(#unknown_ty),
        }

        impl #name {
            /// Every value the spec documents.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            #as_value

            /// Whether the value is one the spec documents.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<#wire_ty> for #name {
            fn from(value: #wire_ty) -> Self {
                match value {
                    #parse_arms
                }
            }
        }

        #from_str

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #display_value
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #deserialize
            }
        }

        #validate
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

fn union_tokens(def: &TypeDef, u: &UnionDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(
        &def.docs,
        &format!("One of several shapes (`{}`).", def.name),
        &[],
    );
    let variants: Vec<_> = u.variants.iter().map(|v| ident(&v.name)).collect();
    let types: Vec<_> = u
        .variants
        .iter()
        .map(|v| {
            let ty = type_tokens(&v.ty, Scope::Models);
            if v.boxed {
                quote! { Box<#ty> }
            } else {
                ty
            }
        })
        .collect();
    let variant_docs: Vec<String> = u
        .variants
        .iter()
        .map(|v| format!(" The {} shape.", describe(&v.ty)))
        .collect();
    let deserialize = match &u.discriminator {
        Some(property) => {
            let arms = u.variants.iter().zip(&variants).map(|(variant, ident)| {
                let tags = &variant.tags;
                if tags.is_empty() {
                    return quote! {};
                }
                quote! { #(Some(#tags))|* => serde_json::from_value(value).map(Self::#ident).map_err(serde::de::Error::custom), }
            });
            quote! {
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#arms)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
        None => {
            let attempts = u.variants.iter().zip(&variants).zip(&types).map(
                |((variant, ident), ty)| {
                    let found = if u.reentrant {
                        quote! { Some(Self::#ident(parsed)) }
                    } else {
                        quote! { Ok(Self::#ident(parsed)) }
                    };
                    // An enum or union reads anything (as unknown): only a value
                    // it knows makes this variant the match.
                    let known = if variant.open {
                        quote! { && parsed.is_known() }
                    } else {
                        quote! {}
                    };
                    quote! {
                        if let Ok(parsed) = serde_json::from_value::<#ty>(value.clone()) #known {
                            return #found;
                        }
                    }
                },
            );
            if u.reentrant {
                let type_name = &def.name;
                quote! {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    let parsed = crate::runtime::lenient::without_reentry(#type_name, &value, || {
                        #(#attempts)*
                        None
                    });
                    match parsed {
                        Some(Some(parsed)) => Ok(parsed),
                        Some(None) => Ok(Self::Unknown(value)),
                        None => Err(serde::de::Error::custom(concat!(#type_name, " contains itself: tried again on the same value"))),
                    }
                }
            } else {
                quote! {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    #(#attempts)*
                    Ok(Self::Unknown(value))
                }
            }
        }
    };
    let validate = if in_requests {
        quote! {
            impl crate::runtime::validate::Validate for #name {
                fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
                    match self {
                        #(Self::#variants(value) => value.validate_into(path, out),)*
                        Self::Unknown(_) => {}
                    }
                }
            }
        }
    } else {
        quote! {}
    };
    // A tagged variant is written with its tag, even when its type does not
    // name the discriminating property, so that it reads back as itself.
    let serialize_arms = u.variants.iter().zip(&variants).map(|(variant, ident)| {
        match (&u.discriminator, variant.tags.first()) {
            (Some(property), Some(tag)) => quote! {
                Self::#ident(value) => crate::runtime::lenient::serialize_tagged(value, #property, #tag, serializer),
            },
            _ => quote! { Self::#ident(value) => value.serialize(serializer), },
        }
    });
    let describe_tags = u
        .discriminator
        .as_ref()
        .map(|p| format!("\nChosen by the `{p}` property."))
        .unwrap_or_default();
    let lines = doc_lines(&describe_tags);
    quote! {
        #docs
        #lines
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#types), )*
            /// A shape this version of the client does not know, kept as sent.
            Unknown(serde_json::Value),
        }

        impl #name {
            /// Whether the value is one of the documented shapes.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::Unknown(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #deserialize
            }
        }

        /// The value as plain text (as a path, query or header parameter
        /// carries it): text as is, lists comma-separated, objects as JSON.
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::lenient::display_plain(self, f)
            }
        }

        #validate
    }
}

/// An enum of JSON values of any type (numbers with fractions, booleans,
/// mixed types); unknown values are kept as sent.
fn json_enum_tokens(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, &format!("The `{}` values.", def.name), &[]);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let variant_docs: Vec<String> = e.variants.iter().map(|v| variant_doc(&v.value)).collect();
    let texts: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let parsed: Vec<serde_json::Value> = texts
        .iter()
        .map(|t| serde_json::from_str(t).unwrap_or(serde_json::Value::Null))
        .collect();
    let values = parsed.iter().map(|value| match value {
        serde_json::Value::String(text) => quote! { serde_json::Value::String(#text.to_string()) },
        serde_json::Value::Bool(flag) => quote! { serde_json::Value::Bool(#flag) },
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => {
                let lit = proc_macro2::Literal::i64_suffixed(i);
                quote! { serde_json::Value::from(#lit) }
            }
            (_, Some(u), _) => {
                let lit = proc_macro2::Literal::u64_suffixed(u);
                quote! { serde_json::Value::from(#lit) }
            }
            (_, _, Some(f)) => {
                let lit = proc_macro2::Literal::f64_suffixed(f);
                quote! { serde_json::Value::from(#lit) }
            }
            _ => quote! { serde_json::Value::Null },
        },
        other => {
            let text = other.to_string();
            quote! { serde_json::from_str(#text).unwrap_or_default() }
        }
    });
    let matches = parsed.iter().zip(&variants).map(|(value, variant)| {
        let condition = match value {
            serde_json::Value::String(text) => quote! { value.as_str() == Some(#text) },
            serde_json::Value::Bool(flag) => quote! { value.as_bool() == Some(#flag) },
            serde_json::Value::Number(n) => match n.as_f64() {
                // Integral values also match when sent as `1.0` (and floats as `1`).
                Some(f) if n.as_i64().is_some() || n.as_u64().is_some() => {
                    let lit = proc_macro2::Literal::f64_suffixed(f);
                    quote! { value.as_f64().is_some_and(|v| (v - #lit).abs() < f64::EPSILON) }
                }
                Some(f) => {
                    let lit = proc_macro2::Literal::f64_suffixed(f);
                    quote! { value.as_f64().is_some_and(|v| (v - #lit).abs() <= f64::EPSILON * #lit.abs()) }
                }
                None => quote! { false },
            },
            _ => quote! { value == Self::#variant.to_value() },
        };
        quote! { if #condition { return Self::#variant; } }
    });
    let validate = if in_requests {
        quote! {
            impl crate::runtime::validate::Validate for #name {
                fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
                    if let Self::Unknown(value) = self {
                        out.check_enum(path, &value.to_string(), Self::VALUES);
                    }
                }
            }
        }
    } else {
        quote! {}
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the client does not know, kept as sent.
            Unknown(serde_json::Value),
        }

        impl #name {
            /// Every value the spec documents, as JSON text.
            pub const VALUES: &'static [&'static str] = &[#(#texts),*];

            /// The value as sent on the wire.
            pub fn to_value(&self) -> serde_json::Value {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => value.clone(),
                }
            }

            /// Whether the value is one the spec documents.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<serde_json::Value> for #name {
            fn from(value: serde_json::Value) -> Self {
                #(#matches)*
                Self::Unknown(value)
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.to_value())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.to_value().serialize(serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                serde_json::Value::deserialize(deserializer).map(Self::from)
            }
        }

        #validate
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
    let validate = if in_requests {
        quote! {
            impl crate::runtime::validate::Validate for #name {
                fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
                    self.0.validate_into(path, out);
                }
            }
        }
    } else {
        quote! {}
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct #name(pub #inner);

        #validate
    }
}
