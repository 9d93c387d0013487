//! Enums, forward-compatible as the AWS SDK for Rust makes them: every enum
//! is `#[non_exhaustive]`, a value the spec does not list is kept in
//! `Unknown(UnknownValue)`, and since only the enum's own parsing can create
//! an `UnknownValue`, a documented value always reads as its variant.
//!
//! One function per representation (strings, integers, other JSON values)
//! says how values are written, read and compared; the declaration, the
//! serde implementations and the validation they share are built once.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::super::rust::{doc_attrs, ident};
use super::validate_if;
use crate::ir::{EnumDef, EnumRepr, EnumValue, TypeDef};

pub(super) fn enum_tokens(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    match e.repr {
        EnumRepr::String => string_enum(def, e, in_requests),
        EnumRepr::Integer => integer_enum(def, e, in_requests),
        EnumRepr::Json => json_enum(def, e, in_requests),
    }
}

/// `unknown::UnknownValue<Enum>` (and the wire type, when not text), through
/// the `use crate::unknown;` every enum file starts with (which
/// keeps the constructor calls within the line width). Typed by its enum, so
/// one enum's unknown value cannot be put in another.
fn unknown_type(def: &TypeDef, wire: Option<TokenStream>) -> TokenStream {
    let name = ident(&def.name);
    match wire {
        Some(wire) => quote! { unknown::UnknownValue<#name, #wire> },
        None => quote! { unknown::UnknownValue<#name> },
    }
}

/// An integer as a literal, negative ones with a separate `-` (as Rust
/// writes them in patterns).
fn int_tokens(value: i64) -> TokenStream {
    let lit = Literal::u64_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote! { -#lit }
    } else {
        quote! { #lit }
    }
}

/// A variant's doc line: its wire value as a code span (one that can hold
/// backticks), or words for the empty string, which has no code span.
fn variant_doc(value: &EnumValue) -> String {
    let value = value.text();
    if value.is_empty() {
        " The empty string, `\"\"`.".to_string()
    } else if value.contains('`') {
        format!(" `` {value} ``")
    } else {
        format!(" `{value}`")
    }
}

/// What the three representations share: the declaration (documented
/// variants, `#[non_exhaustive]`, the `Unknown` variant holding `unknown`),
/// `VALUES` and `is_known` beside the representation's own `methods`, the
/// serde implementations around `serialize` and `deserialize` bodies, and
/// `Validate` (an unknown value, described by `unknown_text`, is not one of
/// `VALUES`).
struct Shape {
    derives: TokenStream,
    unknown: TokenStream,
    methods: TokenStream,
    conversions: TokenStream,
    display: TokenStream,
    serialize: TokenStream,
    deserialize: TokenStream,
    unknown_text: TokenStream,
}

fn assemble(def: &TypeDef, e: &EnumDef, in_requests: bool, shape: Shape) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, &format!("The `{}` values.", def.name), &[]);
    let variants = variant_idents(e);
    let variant_docs: Vec<String> = e.variants.iter().map(|v| variant_doc(&v.value)).collect();
    let texts: Vec<String> = e.variants.iter().map(|v| v.value.text()).collect();
    let Shape {
        derives,
        unknown,
        methods,
        conversions,
        display,
        serialize,
        deserialize,
        unknown_text,
    } = shape;
    let values_doc = match e.repr {
        EnumRepr::Json => " Every value the spec documents, as JSON text.",
        EnumRepr::String | EnumRepr::Integer => " Every value the spec documents.",
    };
    let validate = validate_if(
        in_requests,
        &name,
        quote! {
            if let Self::Unknown(value) = self {
                out.check_enum(path, #unknown_text, Self::VALUES);
            }
        },
    );
    quote! {
        use crate::unknown;

        #docs
        #[derive(#derives)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the client does not know, kept as sent.
            /// Only parsing creates it: a documented value is always its own variant.
            Unknown(#unknown),
        }

        impl #name {
            #[doc = #values_doc]
            pub const VALUES: &'static [&'static str] = &[#(#texts),*];

            #methods

            /// Whether the value is one the spec documents.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        #conversions

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #display
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

fn variant_idents(e: &EnumDef) -> Vec<Ident> {
    e.variants.iter().map(|v| ident(&v.name)).collect()
}

/// An enum of strings: `as_str`, `From<&str>`, `From<String>`, `FromStr`.
fn string_enum(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let variants = variant_idents(e);
    let values: Vec<&str> = e
        .variants
        .iter()
        .filter_map(|v| match &v.value {
            EnumValue::String(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let unknown = unknown_type(def, None);
    let shape = Shape {
        derives: quote! { Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord },
        unknown,
        methods: quote! {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        },
        conversions: quote! {
            impl From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #(#values => Self::#variants,)*
                        other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
                    }
                }
            }

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
        display: quote! { f.write_str(self.as_str()) },
        serialize: quote! { serializer.serialize_str(self.as_str()) },
        deserialize: quote! {
            let value = String::deserialize(deserializer)?;
            Ok(Self::from(value.as_str()))
        },
        unknown_text: quote! { value.as_str() },
    };
    assemble(def, e, in_requests, shape)
}

/// An enum of integers: `as_i64`, `From<i64>`, `FromStr` (decimal text),
/// read leniently (servers send numbers as strings too).
fn integer_enum(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let variants = variant_idents(e);
    let numbers: Vec<TokenStream> = e
        .variants
        .iter()
        .filter_map(|v| match v.value {
            EnumValue::Integer(number) => Some(int_tokens(number)),
            _ => None,
        })
        .collect();
    let unknown = unknown_type(def, Some(quote! { i64 }));
    let shape = Shape {
        derives: quote! { Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord },
        unknown,
        methods: quote! {
            /// The value as sent on the wire.
            pub fn as_i64(&self) -> i64 {
                match self {
                    #(Self::#variants => #numbers,)*
                    Self::Unknown(value) => *value.get(),
                }
            }
        },
        conversions: quote! {
            impl From<i64> for #name {
                fn from(value: i64) -> Self {
                    match value {
                        #(#numbers => Self::#variants,)*
                        other => Self::Unknown(unknown::UnknownValue::new(other)),
                    }
                }
            }

            impl std::str::FromStr for #name {
                type Err = std::num::ParseIntError;
                // Not `Self::Err`: a variant may be called `Err`.
                fn from_str(value: &str) -> Result<Self, std::num::ParseIntError> {
                    value.trim().parse::<i64>().map(Self::from)
                }
            }
        },
        display: quote! { write!(f, "{}", self.as_i64()) },
        serialize: quote! { serializer.serialize_i64(self.as_i64()) },
        deserialize: quote! {
            let value = crate::runtime::lenient::int::<_, i64>(deserializer)?;
            Ok(Self::from(value))
        },
        unknown_text: quote! { &value.to_string() },
    };
    assemble(def, e, in_requests, shape)
}

/// The tokens that build a JSON value at run time, without parsing text.
fn json_tokens(value: &serde_json::Value) -> TokenStream {
    match value {
        serde_json::Value::Null => quote! { serde_json::Value::Null },
        serde_json::Value::Bool(flag) => quote! { serde_json::Value::Bool(#flag) },
        serde_json::Value::String(text) => {
            quote! { serde_json::Value::String(#text.to_string()) }
        }
        serde_json::Value::Number(n) => {
            let lit = if let Some(i) = n.as_i64() {
                Literal::i64_suffixed(i)
            } else if let Some(u) = n.as_u64() {
                Literal::u64_suffixed(u)
            } else {
                Literal::f64_suffixed(n.as_f64().unwrap_or_default())
            };
            quote! { serde_json::Value::from(#lit) }
        }
        serde_json::Value::Array(items) => {
            let items = items.iter().map(json_tokens);
            quote! { serde_json::Value::Array(vec![#(#items),*]) }
        }
        serde_json::Value::Object(entries) => {
            let entries = entries.iter().map(|(key, value)| {
                let value = json_tokens(value);
                quote! { (#key.to_string(), #value) }
            });
            quote! { serde_json::Value::Object([#(#entries),*].into_iter().collect()) }
        }
    }
}

/// How a JSON enum recognises one documented value.
fn json_condition(value: &serde_json::Value, variant: &Ident) -> TokenStream {
    match value {
        serde_json::Value::String(text) => quote! { value.as_str() == Some(#text) },
        serde_json::Value::Bool(flag) => quote! { value.as_bool() == Some(#flag) },
        serde_json::Value::Number(n) => match n.as_f64() {
            // Integral values also match when sent as `1.0` (and floats as `1`).
            Some(f) if n.as_i64().is_some() || n.as_u64().is_some() => {
                let lit = Literal::f64_suffixed(f);
                quote! { value.as_f64().is_some_and(|v| (v - #lit).abs() < f64::EPSILON) }
            }
            Some(f) => {
                let lit = Literal::f64_suffixed(f);
                quote! { value.as_f64().is_some_and(|v| (v - #lit).abs() <= f64::EPSILON * #lit.abs()) }
            }
            None => quote! { false },
        },
        _ => quote! { value == Self::#variant.to_value() },
    }
}

/// An enum of JSON values of any type (numbers with fractions, booleans,
/// mixed types): `to_value`, `From<serde_json::Value>`, `FromStr` (JSON text).
fn json_enum(def: &TypeDef, e: &EnumDef, in_requests: bool) -> TokenStream {
    let name = ident(&def.name);
    let variants = variant_idents(e);
    let values: Vec<serde_json::Value> = e
        .variants
        .iter()
        .map(|v| match &v.value {
            EnumValue::Json(value) => value.clone(),
            EnumValue::String(text) => serde_json::Value::String(text.clone()),
            EnumValue::Integer(number) => serde_json::Value::from(*number),
        })
        .collect();
    let builds = values.iter().map(json_tokens);
    let matches = values.iter().zip(&variants).map(|(value, variant)| {
        let condition = json_condition(value, variant);
        quote! { if #condition { return Self::#variant; } }
    });
    let unknown = unknown_type(def, Some(quote! { serde_json::Value }));
    let shape = Shape {
        derives: quote! { Debug, Clone, PartialEq },
        unknown,
        methods: quote! {
            /// The value as sent on the wire.
            pub fn to_value(&self) -> serde_json::Value {
                match self {
                    #(Self::#variants => #builds,)*
                    Self::Unknown(value) => value.get().clone(),
                }
            }
        },
        conversions: quote! {
            impl From<serde_json::Value> for #name {
                fn from(value: serde_json::Value) -> Self {
                    #(#matches)*
                    Self::Unknown(unknown::UnknownValue::new(value))
                }
            }

            impl std::str::FromStr for #name {
                type Err = serde_json::Error;
                // Not `Self::Err`: a variant may be called `Err`.
                fn from_str(value: &str) -> Result<Self, serde_json::Error> {
                    serde_json::from_str::<serde_json::Value>(value).map(Self::from)
                }
            }
        },
        display: quote! { write!(f, "{}", self.to_value()) },
        serialize: quote! { self.to_value().serialize(serializer) },
        deserialize: quote! {
            serde_json::Value::deserialize(deserializer).map(Self::from)
        },
        unknown_text: quote! { &value.to_string() },
    };
    assemble(def, e, in_requests, shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, EnumVariant, TypeKind};

    fn def(repr: EnumRepr, values: Vec<EnumValue>) -> (TypeDef, EnumDef) {
        let e = EnumDef {
            repr,
            variants: values
                .into_iter()
                .enumerate()
                .map(|(i, value)| EnumVariant {
                    name: format!("V{i}"),
                    value,
                })
                .collect(),
        };
        let def = TypeDef {
            name: "Kind".into(),
            module: "kind".into(),
            origin: "#/components/schemas/Kind".into(),
            docs: Docs::default(),
            kind: TypeKind::Enum(e.clone()),
        };
        (def, e)
    }

    #[test]
    fn enums_are_non_exhaustive_and_unknown_values_are_sealed() {
        let (d, e) = def(EnumRepr::String, vec![EnumValue::String("a".into())]);
        let code = enum_tokens(&d, &e, true).to_string();
        assert!(code.contains("# [non_exhaustive]"), "{code}");
        assert!(code.contains("use crate :: unknown ;"), "{code}");
        assert!(
            code.contains("Unknown (unknown :: UnknownValue < Kind >)"),
            "{code}"
        );
        assert!(code.contains("\"a\" => Self :: V0"), "{code}");
        assert!(
            code.contains("impl std :: str :: FromStr for Kind"),
            "{code}"
        );
    }

    #[test]
    fn integer_values_are_numbers_not_reparsed_text() {
        let (d, e) = def(
            EnumRepr::Integer,
            vec![EnumValue::Integer(-3), EnumValue::Integer(7)],
        );
        let code = enum_tokens(&d, &e, false).to_string();
        assert!(code.contains("- 3 => Self :: V0"), "{code}");
        assert!(code.contains("7 => Self :: V1"), "{code}");
        assert!(code.contains("UnknownValue < Kind , i64 >"), "{code}");
        assert!(
            code.contains("VALUES : & 'static [& 'static str] = & [\"-3\" , \"7\"]"),
            "{code}"
        );
        assert!(
            !code.contains("Validate"),
            "only request types validate: {code}"
        );
    }

    #[test]
    fn json_values_are_built_without_parsing_text() {
        let (d, e) = def(
            EnumRepr::Json,
            vec![
                EnumValue::Json(serde_json::json!([1, {"a": true}])),
                EnumValue::Json(serde_json::json!(1.5)),
            ],
        );
        let code = enum_tokens(&d, &e, false).to_string();
        assert!(!code.contains("from_str (\"["), "{code}");
        assert!(
            code.contains("serde_json :: Value :: Array (vec !"),
            "{code}"
        );
        assert!(code.contains("serde_json :: Value :: Object"), "{code}");
        assert!(code.contains("1.5f64"), "{code}");
    }
}
