//! Unions (`oneOf`/`anyOf`): one variant per member, chosen by the
//! discriminating property when there is one, else by trying each member in
//! turn; a shape no variant matches is kept as `Unknown(serde_json::Value)`.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::rust::{Scope, describe, doc_attrs, doc_lines, ident, type_tokens};
use super::validate_if;
use crate::ir::{TypeDef, UnionDef};

pub(super) fn union_tokens(def: &TypeDef, u: &UnionDef, in_requests: bool) -> TokenStream {
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
    let validate = validate_if(
        in_requests,
        &name,
        quote! {
            match self {
                #(Self::#variants(value) => value.validate_into(path, out),)*
                Self::Unknown(_) => {}
            }
        },
    );
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
