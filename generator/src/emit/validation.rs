//! Checks of documented constraints (length, pattern, range, item count,
//! enum membership), emitted for model fields and operation parameters alike.
//!
//! It depends on the IR only, never on `emit::models` (which calls it):
//! whether a field is an `Option` is the IR's rule, `Field::is_optional`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::rust::ident;
use crate::ir::{Constraints, Field, FloatWidth, IntWidth, TypeRef};

/// The path of `Validate::validate_into`, called as a function so that it
/// works on any `&T` (a field, an item, a `Box`).
fn validate_path() -> TokenStream {
    quote! { crate::runtime::validate::Validate::validate_into }
}

fn opt_u64(value: Option<u64>) -> TokenStream {
    match value {
        Some(v) => {
            let lit = Literal::u64_unsuffixed(v);
            quote! { Some(#lit) }
        }
        None => quote! { None },
    }
}

fn int_literal(value: i64) -> TokenStream {
    let lit = Literal::u64_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote! { -#lit }
    } else {
        quote! { #lit }
    }
}

fn opt_i64(value: Option<f64>, exclusive: bool, step: i64) -> TokenStream {
    match value {
        Some(v) => {
            let bound = v as i64 + if exclusive { step } else { 0 };
            let lit = int_literal(bound);
            quote! { Some(#lit) }
        }
        None => quote! { None },
    }
}

/// A `std::ops::Bound` for a floating-point limit.
fn f64_bound(value: Option<f64>, exclusive: bool) -> TokenStream {
    let Some(v) = value else {
        return quote! { std::ops::Bound::Unbounded };
    };
    let lit = Literal::f64_unsuffixed(v.abs());
    let signed = if v < 0.0 {
        quote! { -#lit }
    } else {
        quote! { #lit }
    };
    if exclusive {
        quote! { std::ops::Bound::Excluded(#signed) }
    } else {
        quote! { std::ops::Bound::Included(#signed) }
    }
}

/// Checks of one value. `value` is an expression of type `&T`; `path` one of
/// type `&str`. Empty when the value has nothing to check.
pub fn value_checks(
    value: &TokenStream,
    path: &TokenStream,
    ty: &TypeRef,
    c: &Constraints,
) -> TokenStream {
    match ty {
        TypeRef::String | TypeRef::Binary => string_checks(value, path, c),
        // Formatted strings check their own format, then the string rules.
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64 => {
            let validate = validate_path();
            let mut out = quote! { #validate(#value, #path, out); };
            out.extend(string_checks(&quote! { #value.as_str() }, path, c));
            out
        }
        TypeRef::Integer(width) => {
            if c.minimum.is_none() && c.maximum.is_none() {
                return quote! {};
            }
            let (min, max) = (
                opt_i64(c.minimum, c.exclusive_minimum, 1),
                opt_i64(c.maximum, c.exclusive_maximum, -1),
            );
            let widened = match width {
                IntWidth::I32 => quote! { i64::from(*#value) },
                IntWidth::I64 => quote! { *#value },
            };
            quote! { out.check_range_i64(#path, #widened, #min, #max); }
        }
        TypeRef::Number(width) => {
            if c.minimum.is_none() && c.maximum.is_none() {
                return quote! {};
            }
            let (min, max) = (
                f64_bound(c.minimum, c.exclusive_minimum),
                f64_bound(c.maximum, c.exclusive_maximum),
            );
            let widened = match width {
                FloatWidth::F32 => quote! { f64::from(*#value) },
                FloatWidth::F64 => quote! { *#value },
            };
            quote! { out.check_range_f64(#path, #widened, #min, #max); }
        }
        TypeRef::Array(item) => {
            let mut out = TokenStream::new();
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (opt_u64(c.min_items), opt_u64(c.max_items));
                out.extend(quote! { out.check_items(#path, #value.len(), #min, #max); });
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            let item_checks = value_checks(
                &quote! { item },
                &quote! { &item_path },
                item,
                &item_constraints,
            );
            if !item_checks.is_empty() {
                // A literal path (a parameter's name) is folded into the format string.
                let item_path = match syn::parse2::<syn::LitStr>(path.clone()) {
                    Ok(literal) => {
                        let format = format!(
                            "{}[{{index}}]",
                            literal.value().replace('{', "{{").replace('}', "}}")
                        );
                        quote! { format!(#format) }
                    }
                    Err(_) => quote! { format!("{}[{index}]", #path) },
                };
                out.extend(quote! {
                    for (index, item) in #value.iter().enumerate() {
                        let item_path = #item_path;
                        #item_checks
                    }
                });
            }
            out
        }
        TypeRef::Named(_) => {
            let validate = validate_path();
            let mut out = quote! { #validate(#value, #path, out); };
            out.extend(named_scalar_checks(value, path, c));
            out
        }
        TypeRef::Map(_) => {
            let validate = validate_path();
            quote! { #validate(#value, #path, out); }
        }
        TypeRef::Nullable(inner) => {
            let checks = value_checks(&quote! { value }, path, inner, c);
            if checks.is_empty() {
                return checks;
            }
            quote! {
                if let Some(value) = #value {
                    #checks
                }
            }
        }
        TypeRef::Boolean | TypeRef::Json => quote! {},
    }
}

/// The documented limits of a named type that stands for a scalar (a string
/// newtype such as `Name`, reached through `$ref` or `allOf: [$ref]`): the
/// limits are written where it is used, and checked on its JSON form, which
/// any named type has.
fn named_scalar_checks(value: &TokenStream, path: &TokenStream, c: &Constraints) -> TokenStream {
    let text_rules = c.min_length.is_some() || c.max_length.is_some() || c.pattern.is_some();
    let number_rules = c.minimum.is_some() || c.maximum.is_some();
    if !text_rules && !number_rules {
        return quote! {};
    }
    let text = text_rules.then(|| {
        let rules = string_checks(&quote! { text }, path, c);
        quote! { let text = text.as_str(); #rules }
    });
    let number = number_rules.then(|| {
        let (min, max) = (
            f64_bound(c.minimum, c.exclusive_minimum),
            f64_bound(c.maximum, c.exclusive_maximum),
        );
        quote! { out.check_range_f64(#path, number, #min, #max); }
    });
    match (text, number) {
        (Some(text), None) => quote! {
            if let Ok(serde_json::Value::String(text)) = serde_json::to_value(#value) {
                #text
            }
        },
        (None, Some(number)) => quote! {
            if let Some(number) = serde_json::to_value(#value).ok().and_then(|json| json.as_f64()) {
                #number
            }
        },
        (text, number) => quote! {
            if let Ok(json) = serde_json::to_value(#value) {
                if let serde_json::Value::String(text) = &json {
                    #text
                }
                if let Some(number) = json.as_f64() {
                    #number
                }
            }
        },
    }
}

/// Length and pattern checks of a `&str` expression.
fn string_checks(value: &TokenStream, path: &TokenStream, c: &Constraints) -> TokenStream {
    let mut out = TokenStream::new();
    if c.min_length.is_some() || c.max_length.is_some() {
        let (min, max) = (opt_u64(c.min_length), opt_u64(c.max_length));
        out.extend(quote! { out.check_length(#path, #value, #min, #max); });
    }
    if let Some(pattern) = &c.pattern {
        out.extend(quote! { out.check_pattern(#path, #value, #pattern); });
    }
    out
}

/// The checks of one struct field, or nothing.
pub fn field_checks(field: &Field) -> TokenStream {
    let wire = &field.wire_name;
    let name = ident(&field.name);
    let path = quote! { &field };
    let value = quote! { value };
    let checks = value_checks(&value, &path, &field.ty, &field.constraints);
    if checks.is_empty() {
        return checks;
    }
    if field.is_optional() {
        quote! {
            if let Some(value) = &self.#name {
                let field = crate::runtime::validate::join_path(path, #wire);
                #checks
            }
        }
    } else {
        quote! {
            let value = &self.#name;
            let field = crate::runtime::validate::join_path(path, #wire);
            #checks
        }
    }
}

/// `impl Validate for #name` from per-field checks.
pub fn validate_impl(name: &Ident, checks: &[TokenStream]) -> TokenStream {
    let checks: Vec<&TokenStream> = checks.iter().filter(|c| !c.is_empty()).collect();
    let (path, out) = if checks.is_empty() {
        (quote! { _path }, quote! { _out })
    } else {
        (quote! { path }, quote! { out })
    };
    quote! {
        impl crate::runtime::validate::Validate for #name {
            fn validate_into(&self, #path: &str, #out: &mut crate::runtime::validate::Violations) {
                #(#checks)*
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checks(ty: TypeRef, c: Constraints) -> String {
        value_checks(&quote! { value }, &quote! { "f" }, &ty, &c).to_string()
    }

    #[test]
    fn float_bounds_keep_their_exclusiveness() {
        let c = Constraints {
            minimum: Some(-1.5),
            exclusive_minimum: true,
            maximum: Some(2.0),
            ..Constraints::default()
        };
        let code = checks(TypeRef::Number(FloatWidth::F64), c);
        assert!(code.contains("Bound :: Excluded (- 1.5)"), "{code}");
        assert!(code.contains("Bound :: Included (2.0)"), "{code}");
    }

    #[test]
    fn named_scalars_are_checked_on_their_json_form() {
        let named = TypeRef::Named("Name".into());
        let plain = checks(named.clone(), Constraints::default());
        assert!(
            plain.contains("validate_into") && !plain.contains("to_value"),
            "{plain}"
        );
        let c = Constraints {
            max_length: Some(63),
            pattern: Some("^[a-z]+$".into()),
            ..Constraints::default()
        };
        let code = checks(named.clone(), c);
        assert!(
            code.contains("serde_json :: Value :: String (text)"),
            "{code}"
        );
        assert!(code.contains("check_pattern"), "{code}");
        let c = Constraints {
            minimum: Some(1.0),
            max_length: Some(2),
            ..Constraints::default()
        };
        let code = checks(named, c);
        assert!(
            code.contains("check_range_f64") && code.contains("check_length"),
            "{code}"
        );
    }

    #[test]
    fn formatted_strings_check_their_format_and_string_rules() {
        let c = Constraints {
            max_length: Some(36),
            ..Constraints::default()
        };
        let code = checks(TypeRef::Uuid, c);
        assert!(code.contains("Validate :: validate_into (value"), "{code}");
        assert!(
            code.contains("check_length (\"f\" , value . as_str ()"),
            "{code}"
        );
        assert!(checks(TypeRef::String, Constraints::default()).is_empty());
        assert!(!checks(TypeRef::Date, Constraints::default()).is_empty());
    }
}

#[cfg(test)]
mod layering {
    /// `emit::models` calls this module; this module must not call it back
    /// (the IR holds what both need, such as `Field::is_optional`).
    #[test]
    fn validation_does_not_import_models() {
        let source = include_str!("validation.rs");
        let import = concat!("super::", "models");
        assert!(
            !source.contains(import),
            "emit/validation imports emit/models"
        );
    }
}
