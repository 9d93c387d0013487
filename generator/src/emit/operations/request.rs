//! The body of each input's `build_request`: client values, validation,
//! and the HTTP request (path, query, headers, cookies and body), every
//! parameter encoded as its style says.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::body::multipart_struct;
use crate::emit::rust::ident;
use crate::emit::validation::value_checks;
use crate::ir::{
    Api, BodyEncoding, BodyMedia, Operation, Param, ParamLocation, ParamStyle, PathPart, TypeKind,
    TypeRef,
};

/// The statements that put `value` (a `&` of the media type's Rust type)
/// into `request`.
fn set_body(api: &Api, media: &BodyMedia) -> TokenStream {
    let content_type = &media.content_type;
    let essence = media.essence();
    match media.encoding {
        BodyEncoding::Json if essence.eq_ignore_ascii_case("application/json") => {
            quote! { request.set_json_body(value)?; }
        }
        BodyEncoding::Json => quote! { request.set_json_body_as(#content_type, value)?; },
        BodyEncoding::Form => quote! { request.set_form_body(value)?; },
        BodyEncoding::Multipart => {
            if multipart_struct(api, media).is_some() {
                quote! { request.set_multipart_body(#essence, &value.to_multipart()?); }
            } else {
                quote! { request.set_multipart_body(#essence, value); }
            }
        }
        BodyEncoding::Bytes => quote! { request.set_raw_body(#content_type, value.clone()); },
        BodyEncoding::Text => {
            quote! { request.set_raw_body(#content_type, value.clone().into_bytes()); }
        }
    }
}

/// The statements of `build_request`: client values, validation, then
/// the request (method and path, query, headers, cookies, body).
pub fn build_request_body(api: &Api, op: &Operation) -> TokenStream {
    let client_values = client_value_bindings(op);
    let checks = checks(op);
    let uses_ctx = op.params.iter().any(|p| p.client_value.is_some()) || !checks.is_empty();
    let silence = if uses_ctx {
        quote! {}
    } else {
        quote! { let _ = ctx; }
    };
    let validation = validation(&checks);
    let method = ident(op.http_method.as_str());
    let path = path_expression(api, op);
    let query = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .map(|p| query_statement(api, p));
    let headers = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
        .map(|p| header_statement(api, p));
    let cookies = cookies(api, op);
    let body = body_statements(api, op);
    let mutable = op.params.iter().any(|p| p.location != ParamLocation::Path) || op.body.is_some();
    let binding = if mutable {
        quote! { let mut request }
    } else {
        quote! { let request }
    };
    quote! {
        #silence
        #(#client_values)*
        #validation
        #binding = Request::new(Method::#method, #path);
        #(#query)*
        #(#headers)*
        #cookies
        #body
        Ok(request)
    }
}

/// Values filled from the client unless the input overrides them.
fn client_value_bindings(op: &Operation) -> Vec<TokenStream> {
    op.params
        .iter()
        .filter_map(|p| {
            let setting = p.client_value.as_ref()?;
            let name = ident(&p.name);
            Some(quote! {
                let #name = match &self.#name {
                    Some(value) => value.as_str(),
                    None => ctx.value(#setting)?,
                };
            })
        })
        .collect()
}

/// The documented constraints of the parameters and the body, as
/// statements that add to `out`.
fn checks(op: &Operation) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for param in op.params.iter().filter(|p| p.client_value.is_none()) {
        let name = ident(&param.name);
        let wire = &param.wire_name;
        let c = value_checks(
            &quote! { value },
            &quote! { #wire },
            &param.ty,
            &param.constraints,
        );
        if c.is_empty() {
            continue;
        }
        checks.push(if param.required {
            quote! { { let value = &self.#name; #c } }
        } else {
            quote! { if let Some(value) = &self.#name { #c } }
        });
    }
    if let Some(body) = &op.body {
        if let [media] = body.media.as_slice() {
            if matches!(media.encoding, BodyEncoding::Json | BodyEncoding::Form)
                && media.ty.named().is_some()
            {
                checks.push(if body.required {
                    quote! { crate::runtime::validate::Validate::validate_into(&self.body, "", out); }
                } else {
                    quote! { if let Some(value) = &self.body { crate::runtime::validate::Validate::validate_into(value, "", out); } }
                });
            }
        }
    }
    checks
}

/// The checks, run before anything is sent when the client validates.
fn validation(checks: &[TokenStream]) -> TokenStream {
    if checks.is_empty() {
        return quote! {};
    }
    quote! {
        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            #(#checks)*
            violations.into_result()?;
        }
    }
}

/// The path, every parameter percent-encoded as its style says.
fn path_expression(api: &Api, op: &Operation) -> TokenStream {
    let mut template = String::new();
    let mut args = Vec::new();
    for part in &op.path_parts {
        match part {
            PathPart::Literal(text) => {
                template.push_str(&text.replace('{', "{{").replace('}', "}}"))
            }
            PathPart::Param(index) => {
                template.push_str("{}");
                args.push(path_argument(api, &op.params[*index]));
            }
        }
    }
    if args.is_empty() {
        quote! { #template.to_string() }
    } else {
        quote! { format!(#template, #(#args),*) }
    }
}

/// The cookie parameters, sent together in one `Cookie` header.
fn cookies(api: &Api, op: &Operation) -> TokenStream {
    let cookie_params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Cookie)
        .collect();
    if cookie_params.is_empty() {
        return quote! {};
    }
    let pushes = cookie_params.iter().map(|p| cookie_statement(api, p));
    quote! {
        let mut cookies: Vec<String> = Vec::new();
        #(#pushes)*
        if !cookies.is_empty() {
            request.headers.push(("Cookie".to_string(), cookies.join("; ")));
        }
    }
}

/// The body, when the input has one, encoded as its media type says.
fn body_statements(api: &Api, op: &Operation) -> Option<TokenStream> {
    let b = op.body.as_ref()?;
    let set = match b.media.as_slice() {
        [single] => set_body(api, single),
        several => {
            let enum_name = format_ident!("{}Body", op.type_name);
            let arms = several.iter().map(|media| {
                let variant = ident(&media.variant);
                let set = set_body(api, media);
                quote! { #enum_name::#variant(value) => { #set } }
            });
            quote! { match value { #(#arms)* } }
        }
    };
    Some(if b.required {
        quote! { { let value = &self.body; #set } }
    } else {
        quote! { if let Some(value) = &self.body { #set } }
    })
}

/// Whether values of this type print as their wire text with `Display`:
/// scalars, string formats and enums (structs, unions, maps and free-form
/// values go through serde instead).
fn displays_as_text(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String
        | TypeRef::Integer(_)
        | TypeRef::Number(_)
        | TypeRef::Boolean
        | TypeRef::DateTime
        | TypeRef::Date
        | TypeRef::Uuid
        | TypeRef::Base64 => true,
        TypeRef::Named(name) => api
            .types
            .iter()
            .any(|t| &t.name == name && matches!(t.kind, TypeKind::Enum(_))),
        TypeRef::Binary
        | TypeRef::Json
        | TypeRef::Array(_)
        | TypeRef::Map(_)
        | TypeRef::Nullable(_) => false,
    }
}

/// The string formats (`runtime::formats`): text already, read with
/// `as_str()` (`&x.to_string()` would be an unnecessary copy).
fn is_string_format(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64
    )
}

/// Whether the type is `Copy`, so that passing it by reference to a generic
/// function is a needless borrow.
fn is_copy(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean
    )
}

/// A scalar, or an array of scalars: what the `form`-style fast paths take.
fn is_plain(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Array(inner) => displays_as_text(api, inner),
        other => displays_as_text(api, other),
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = format_ident!("{}", style.runtime_name());
    quote! { crate::runtime::params::Style::#variant }
}

/// The encoded text of a path parameter.
fn path_argument(api: &Api, param: &Param) -> TokenStream {
    let name = ident(&param.name);
    let wire = &param.wire_name;
    if param.client_value.is_some() {
        return quote! { crate::runtime::http::encode_path_segment(#name) };
    }
    if param.json {
        return quote! { crate::runtime::http::encode_path_segment(&crate::runtime::params::json(&self.#name)?) };
    }
    if param.style == ParamStyle::Simple && displays_as_text(api, &param.ty) {
        return if param.ty == TypeRef::String {
            quote! { crate::runtime::http::encode_path_segment(&self.#name) }
        } else if is_string_format(&param.ty) {
            quote! { crate::runtime::http::encode_path_segment(self.#name.as_str()) }
        } else {
            quote! { crate::runtime::http::encode_path_segment(&self.#name.to_string()) }
        };
    }
    let style = style_tokens(param.style);
    let explode = param.explode;
    quote! { crate::runtime::params::path(#wire, #style, #explode, &self.#name)? }
}

/// Binds `value` to the parameter's value (when set) around `body`.
fn with_value(param: &Param, body: TokenStream) -> TokenStream {
    let name = ident(&param.name);
    if param.required {
        quote! { { let value = &self.#name; #body } }
    } else {
        quote! { if let Some(value) = &self.#name { #body } }
    }
}

fn query_statement(api: &Api, p: &Param) -> TokenStream {
    let name = ident(&p.name);
    let wire = &p.wire_name;
    if p.client_value.is_some() {
        return quote! { request.push_query(#wire, #name); };
    }
    if p.json {
        let push = if p.allow_reserved {
            quote! { request.allow_reserved(#wire); request.push_query(#wire, crate::runtime::params::json(value)?); }
        } else {
            quote! { request.push_query(#wire, crate::runtime::params::json(value)?); }
        };
        return with_value(p, push);
    }
    if p.style == ParamStyle::Form && !p.allow_reserved && is_plain(api, &p.ty) {
        // `&Option<T>` and `Option<Vec<T>>.iter().flatten()` both iterate
        // the values there are, so one call covers every shape.
        let values = match (&p.ty, p.required) {
            (TypeRef::Array(_), false) => quote! { self.#name.iter().flatten() },
            _ => quote! { &self.#name },
        };
        return match (&p.ty, p.explode, p.required) {
            (TypeRef::Array(_), false, _) => {
                quote! { request.push_query_joined(#wire, #values); }
            }
            (TypeRef::Array(_), true, _) | (_, _, false) => {
                quote! { request.push_query_values(#wire, #values); }
            }
            (ty, _, true) if is_copy(ty) => quote! { request.push_query(#wire, self.#name); },
            _ => quote! { request.push_query(#wire, &self.#name); },
        };
    }
    let style = style_tokens(p.style);
    let explode = p.explode;
    let allow_reserved = p.allow_reserved;
    with_value(
        p,
        quote! { crate::runtime::params::query(&mut request, #wire, #style, #explode, #allow_reserved, value)?; },
    )
}

fn header_statement(api: &Api, p: &Param) -> TokenStream {
    let name = ident(&p.name);
    let wire = &p.wire_name;
    if p.client_value.is_some() {
        return quote! { request.headers.push((#wire.to_string(), #name.to_string())); };
    }
    if p.json {
        return with_value(
            p,
            quote! { request.headers.push((#wire.to_string(), crate::runtime::params::json(value)?)); },
        );
    }
    if is_plain(api, &p.ty) {
        let text = plain_text(&p.ty);
        return with_value(
            p,
            quote! { request.headers.push((#wire.to_string(), #text)); },
        );
    }
    let explode = p.explode;
    with_value(
        p,
        quote! { crate::runtime::params::header(&mut request, #wire, #explode, value)?; },
    )
}

fn cookie_statement(api: &Api, p: &Param) -> TokenStream {
    let name = ident(&p.name);
    let wire = &p.wire_name;
    if p.client_value.is_some() {
        return quote! { cookies.push(format!("{}={}", #wire, crate::runtime::http::encode_path_segment(#name))); };
    }
    if p.json {
        return with_value(
            p,
            quote! { cookies.push(format!("{}={}", #wire, crate::runtime::http::encode_path_segment(&crate::runtime::params::json(value)?))); },
        );
    }
    if is_string_format(&p.ty) {
        return with_value(
            p,
            quote! { cookies.push(format!("{}={}", #wire, crate::runtime::http::encode_path_segment(value.as_str()))); },
        );
    }
    if p.ty == TypeRef::String {
        return with_value(
            p,
            quote! { cookies.push(format!("{}={}", #wire, crate::runtime::http::encode_path_segment(value))); },
        );
    }
    if displays_as_text(api, &p.ty) {
        return with_value(
            p,
            quote! { cookies.push(format!("{}={}", #wire, crate::runtime::http::encode_path_segment(&value.to_string()))); },
        );
    }
    let explode = p.explode;
    with_value(
        p,
        quote! { crate::runtime::params::cookie(&mut cookies, #wire, #explode, value)?; },
    )
}

/// A plain header value as text: an array's items joined by `,`.
fn plain_text(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Array(_) => {
            quote! { value.iter().map(ToString::to_string).collect::<Vec<_>>().join(",") }
        }
        _ => quote! { value.to_string() },
    }
}
