//! `crate::operations::{group}`: per operation, the sans-IO input type that
//! implements `runtime::operation::Operation` (request building and response
//! parsing, no network), the fluent builder returned by the client method,
//! the client method itself, and for paginated lists a stream over all items.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    Scope, describe, doc_attrs, doc_lines, escape_doc, ident, setter_allowances, type_tokens,
};
use super::validation::value_checks;
use crate::ir::{
    Api, BodyEncoding, BodyMedia, Group, Operation, Param, ParamLocation, ParamStyle, PathPart,
    Response, ResponseBody, StatusMatch, StructDef, TypeKind, TypeRef,
};

/// The module of one group; `operations` are the group's, in spec order.
pub fn group_file(api: &Api, group: &Group, operations: &[&Operation]) -> TokenStream {
    let mut heading = format!(
        "{}: {} operation(s).",
        escape_doc(&group.name),
        operations.len()
    );
    if let Some(description) = &group.description {
        heading = format!("{heading}\n\n{}", escape_doc(description));
    }
    let module_docs: Vec<String> = heading
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect();
    let uses_models = operations.iter().any(|op| uses_models(api, op));
    let models_import = if uses_models {
        quote! { use crate::models; }
    } else {
        quote! {}
    };
    let items = operations.iter().map(|op| operation_tokens(api, op));
    quote! {
        #( #![doc = #module_docs] )*
        #models_import
        use crate::Client;
        use crate::runtime::config::RequestContext;
        use crate::runtime::error::Error;
        use crate::runtime::http::{ApiResponse, Method, Request, Response};
        use crate::runtime::operation::Operation;

        #(#items)*
    }
}

/// Whether the operation's emitted code names a model: its parameters, its
/// body as sent (a multipart form's fields, not the schema's struct), its
/// success outputs (error bodies are not typed) and its stream's items. An
/// unused `use crate::models;` would fail clippy.
fn uses_models(api: &Api, op: &Operation) -> bool {
    let params = op.params.iter().any(|p| p.ty.named().is_some());
    let body = op.body.iter().flat_map(|b| &b.media).any(|m| {
        match (m.encoding, multipart_struct(api, m)) {
            (BodyEncoding::Multipart, Some(def)) => {
                def.fields.iter().any(|f| f.ty.named().is_some())
            }
            (BodyEncoding::Multipart | BodyEncoding::Bytes | BodyEncoding::Text, _) => false,
            (BodyEncoding::Json | BodyEncoding::Form, _) => m.ty.named().is_some(),
        }
    });
    let outputs = op.successes().iter().any(|r| {
        std::iter::once(&r.body)
            .chain(r.other_media.iter().map(|m| &m.body))
            .any(|b| matches!(b, ResponseBody::Json(ty) if ty.named().is_some()))
    });
    let items = op
        .pagination
        .as_ref()
        .is_some_and(|p| p.item_ty.named().is_some());
    params || body || outputs || items
}

/// How a parameter is held in the input type.
fn param_type(param: &Param) -> TokenStream {
    if param.client_value.is_some() {
        return quote! { Option<String> };
    }
    let inner = type_tokens(&param.ty, Scope::Operations);
    if param.required {
        inner
    } else {
        quote! { Option<#inner> }
    }
}

fn is_argument(param: &Param) -> bool {
    param.required && param.client_value.is_none()
}

/// The Rust type the caller gives for the body: the one media type's, or
/// the operation's `{Name}Body` enum when the spec offers several.
fn body_inner_type(api: &Api, op: &Operation) -> Option<TokenStream> {
    let body = op.body.as_ref()?;
    Some(match body.media.as_slice() {
        [single] => media_type_tokens(api, op, single),
        _ => {
            let name = format_ident!("{}Body", op.type_name);
            quote! { #name }
        }
    })
}

fn body_type(api: &Api, op: &Operation) -> Option<TokenStream> {
    let inner = body_inner_type(api, op)?;
    Some(if op.body.as_ref().is_some_and(|b| b.required) {
        inner
    } else {
        quote! { Option<#inner> }
    })
}

/// The Rust type of one body media type.
fn media_type_tokens(api: &Api, op: &Operation, media: &BodyMedia) -> TokenStream {
    match media.encoding {
        BodyEncoding::Bytes => quote! { Vec<u8> },
        BodyEncoding::Text => quote! { String },
        BodyEncoding::Multipart => match multipart_struct(api, media) {
            Some(_) => {
                let name = form_name(op, media);
                quote! { #name }
            }
            None => quote! { crate::runtime::multipart::Multipart },
        },
        BodyEncoding::Json | BodyEncoding::Form => type_tokens(&media.ty, Scope::Operations),
    }
}

/// Whether a body of this media type is a model: an object or union read
/// through serde, or a multipart form struct.
fn holds_model(api: &Api, media: &BodyMedia) -> bool {
    match media.encoding {
        BodyEncoding::Json | BodyEncoding::Form => {
            let TypeRef::Named(name) = &media.ty else {
                return false;
            };
            api.types.iter().any(|t| {
                &t.name == name && matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_))
            })
        }
        BodyEncoding::Multipart => multipart_struct(api, media).is_some(),
        BodyEncoding::Bytes | BodyEncoding::Text => false,
    }
}

/// The object whose properties are a multipart body's parts, when the
/// schema names one.
fn multipart_struct<'a>(api: &'a Api, media: &BodyMedia) -> Option<&'a StructDef> {
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
fn body_defs(api: &Api, op: &Operation) -> TokenStream {
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
            let ty = media_type_tokens(api, op, media);
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
        let optional = !field.required || field.nullable;
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

/// The statements that put `value` (a `&` of the media type's Rust type)
/// into `request`.
fn set_body(api: &Api, media: &BodyMedia) -> TokenStream {
    let content_type = &media.content_type;
    let essence = content_type.split(';').next().unwrap_or("").trim();
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

/// `impl Into<String>` for strings, the type itself otherwise.
fn argument_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote! { impl Into<String> },
        other => {
            let inner = type_tokens(other, Scope::Operations);
            quote! { impl Into<#inner> }
        }
    }
}

fn success_type(response: &Response) -> TokenStream {
    body_type_of(&response.body)
}

/// Whether an output variant holds its value boxed: a model struct or
/// union can be far larger than the other variants (`large_enum_variant`).
fn boxed(api: &Api, body: &ResponseBody) -> bool {
    let ResponseBody::Json(TypeRef::Named(name)) = body else {
        return false;
    };
    api.types
        .iter()
        .any(|t| &t.name == name && matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_)))
}

/// The type an output enum's variant holds.
fn variant_type(api: &Api, body: &ResponseBody) -> TokenStream {
    let ty = body_type_of(body);
    if boxed(api, body) {
        quote! { Box<#ty> }
    } else {
        ty
    }
}

fn body_type_of(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::None => quote! { () },
        ResponseBody::Json(ty) => type_tokens(ty, Scope::Operations),
        ResponseBody::Text => quote! { String },
        ResponseBody::Bytes => quote! { bytes::Bytes },
    }
}

fn parse_expression(response: &Response) -> TokenStream {
    parse_body(&response.body)
}

fn parse_body(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::None => quote! { Ok(()) },
        ResponseBody::Json(_) => quote! { response.json() },
        ResponseBody::Text => quote! { response.text() },
        ResponseBody::Bytes => quote! { Ok(response.body) },
    }
}

fn status_pattern(status: &StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(*code);
            quote! { #code }
        }
        // A guard, not a range pattern: a range beside one of its codes
        // would be an overlapping arm.
        StatusMatch::Range(digit) => {
            let (low, high) = (
                proc_macro2::Literal::u16_unsuffixed(digit * 100),
                proc_macro2::Literal::u16_unsuffixed(digit * 100 + 99),
            );
            quote! { status if (#low..=#high).contains(&status) }
        }
        StatusMatch::Default => quote! { _ },
    }
}

/// The output type (and its definition when several successes differ) and
/// the body of `parse_response`.
fn output(api: &Api, op: &Operation) -> (TokenStream, TokenStream, TokenStream) {
    let successes = op.successes();
    let same_shape = op.has_one_success_shape();
    if successes.is_empty() {
        return (
            quote! { () },
            quote! {},
            quote! {
                match response.status {
                    200..=299 => Ok(()),
                    _ => Err(response.into_error()),
                }
            },
        );
    }
    if same_shape {
        let ty = success_type(successes[0]);
        let parse = parse_expression(successes[0]);
        // One documented success shape: any 2xx is read as it, since servers
        // answer 200 where docs say 201 and the reverse.
        return (
            ty,
            quote! {},
            quote! {
                match response.status {
                    200..=299 => #parse,
                    _ => Err(response.into_error()),
                }
            },
        );
    }
    let enum_name = format_ident!("{}Output", op.type_name);
    let doc = format!(" What [`{}Request`] answers, by status.", op.type_name);
    // One variant per status, and one more per other media type of it; a
    // response without a body is a unit variant.
    let mut shapes: Vec<TokenStream> = Vec::new();
    let mut variant_docs: Vec<String> = Vec::new();
    let mut arms = Vec::new();
    for r in &successes {
        let variant = format_ident!("{}", r.output_variant());
        let description = escape_doc(&r.description);
        let parse_as = |body: &ResponseBody, variant: &proc_macro2::Ident| match body {
            ResponseBody::None => quote! { Ok(#enum_name::#variant) },
            ResponseBody::Bytes => quote! { Ok(#enum_name::#variant(response.body)) },
            _ if boxed(api, body) => {
                let parse = parse_body(body);
                quote! { #parse.map(|value| #enum_name::#variant(Box::new(value))) }
            }
            _ => {
                let parse = parse_body(body);
                quote! { #parse.map(#enum_name::#variant) }
            }
        };
        shapes.push(match r.body {
            ResponseBody::None => quote! { #variant },
            _ => {
                let ty = variant_type(api, &r.body);
                quote! { #variant(#ty) }
            }
        });
        variant_docs.push(format!(" {description}"));
        let primary = parse_as(&r.body, &variant);
        let pattern = status_pattern(&r.status);
        if r.other_media.is_empty() {
            arms.push(quote! { #pattern => #primary, });
            continue;
        }
        let mut media_arms = Vec::new();
        for media in &r.other_media {
            let other = format_ident!("{}{}", r.output_variant(), media.variant);
            let ty = variant_type(api, &media.body);
            shapes.push(match media.body {
                ResponseBody::None => quote! { #other },
                _ => quote! { #other(#ty) },
            });
            variant_docs.push(format!(
                " As `{}`: {description}",
                media.content_type.replace('`', "'")
            ));
            let documented = &media.content_type;
            let parse = parse_as(&media.body, &other);
            media_arms.push(quote! {
                Some(actual) if crate::runtime::http::media_matches(actual, #documented) => #parse,
            });
        }
        arms.push(quote! {
            #pattern => match response.header("content-type") {
                #(#media_arms)*
                _ => #primary,
            },
        });
    }
    (
        quote! { #enum_name },
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #enum_name {
                #( #[doc = #variant_docs] #shapes, )*
            }
        },
        quote! {
            match response.status {
                #(#arms)*
                _ => Err(response.into_error()),
            }
        },
    )
}

fn operation_tokens(api: &Api, op: &Operation) -> TokenStream {
    let request_name = format_ident!("{}Request", op.type_name);
    let fluent_name = ident(&op.type_name);
    let method_name = ident(&op.method_name);
    let line = format!(
        "`{} {}`",
        op.http_method.as_str(),
        op.path.replace('`', "'")
    );
    let (output_ty, output_def, parse_body) = output(api, op);

    // The input type.
    let fields = op.params.iter().map(|param| {
        let name = ident(&param.name);
        let ty = param_type(param);
        let docs = param_docs(param);
        quote! { #docs pub #name: #ty, }
    });
    let body_field = body_type(api, op).map(|ty| {
        let docs = op
            .body
            .as_ref()
            .map(|b| {
                let what = match b.media.as_slice() {
                    [single]
                        if matches!(single.encoding, BodyEncoding::Json | BodyEncoding::Form) =>
                    {
                        describe(&single.ty)
                    }
                    [single] => format!("`{}`", single.content_type.replace('`', "'")),
                    _ => "one of several media types".to_string(),
                };
                doc_attrs(&b.docs, &format!("The request body ({what})."), &[])
            })
            .unwrap_or_default();
        quote! { #docs pub body: #ty, }
    });
    let arguments: Vec<&Param> = op.params.iter().filter(|p| is_argument(p)).collect();
    let body_is_argument = op.body.as_ref().is_some_and(|b| b.required);
    let arg_decls: Vec<TokenStream> = arguments
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            let ty = argument_type(&p.ty);
            quote! { #name: #ty }
        })
        .chain(body_is_argument.then(|| {
            let ty = body_type(api, op).unwrap_or_default();
            quote! { body: #ty }
        }))
        .collect();
    // Every required path, query and header value is an argument, as the
    // spec lists them (Azure's documents have seven path parameters and a
    // body): past clippy's limit of seven, `too_many_arguments` is allowed
    // on these two functions alone.
    let new_allowance = if arg_decls.len() > 7 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };
    let method_allowance = if arg_decls.len() + 1 > 7 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };
    let arg_names: Vec<TokenStream> = arguments
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            quote! { #name }
        })
        .chain(body_is_argument.then(|| quote! { body }))
        .collect();
    let field_inits = op.params.iter().map(|p| {
        let name = ident(&p.name);
        if is_argument(p) {
            quote! { #name: #name.into(), }
        } else {
            quote! { #name: None, }
        }
    });
    let body_init = op.body.as_ref().map(|b| {
        if b.required {
            quote! { body, }
        } else {
            quote! { body: None, }
        }
    });
    let request_doc = doc_lines(&format!(
        "The input of [`Client::{}`]: {line}.\n\nBuilding the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.",
        op.method_name
    ));
    let new_doc = " Creates the input from its required values.";
    let op_id = &op.id;
    let build_body = build_request_body(api, op);
    let body_defs = body_defs(api, op);

    // The fluent builder.
    let setters = op.params.iter().filter(|p| !is_argument(p)).map(setter);
    let body_setter = op.body.as_ref().filter(|b| !b.required).map(|_| {
        let inner = body_inner_type(api, op).unwrap_or_default();
        quote! {
            /// Sets the request body.
            pub fn body(mut self, value: impl Into<#inner>) -> Self {
                self.input.body = Some(value.into());
                self
            }
        }
    });
    let fluent_doc = format!(
        " Sends {line}: returned by [`Client::{}`]; set optional values, then `.send().await`.",
        op.method_name
    );
    let stream = op.pagination.as_ref().map(|p| stream_tokens(op, p));
    let (call_overrides, mock_input) = (call_override_setters(), mock_input());
    let method_docs = method_docs(api, op, &line);

    let default_derive = if arg_decls.is_empty() {
        quote! { Default, }
    } else {
        quote! {}
    };
    let new_body = if arg_decls.is_empty() {
        quote! { Self::default() }
    } else {
        quote! { Self { #(#field_inits)* #body_init } }
    };
    quote! {
        #request_doc
        #[derive(Debug, Clone, PartialEq, #default_derive)]
        pub struct #request_name {
            #(#fields)*
            #body_field
        }

        impl #request_name {
            #[doc = #new_doc]
            #new_allowance
            pub fn new(#(#arg_decls),*) -> Self {
                #new_body
            }
        }

        impl Operation for #request_name {
            type Output = #output_ty;

            fn operation_id(&self) -> &'static str {
                #op_id
            }

            fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
                #build_body
            }

            fn parse_response(response: Response) -> Result<Self::Output, Error> {
                #parse_body
            }

            #mock_input
        }

        #output_def

        #body_defs

        #[doc = #fluent_doc]
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `.send().await`"]
        pub struct #fluent_name {
            client: Client,
            input: #request_name,
        }

        impl #fluent_name {
            #(#setters)*
            #body_setter

            /// The request as configured so far.
            pub fn input(&self) -> &#request_name {
                &self.input
            }

            #call_overrides

            /// Validates, signs and sends the request, retrying where safe.
            pub async fn send(self) -> Result<ApiResponse<#output_ty>, Error> {
                self.client.transport.call(&self.input).await
            }

            #stream
        }

        impl Client {
            #method_docs
            #method_allowance
            pub fn #method_name(&self, #(#arg_decls),*) -> #fluent_name {
                #fluent_name {
                    client: self.clone(),
                    input: #request_name::new(#(#arg_names),*),
                }
            }
        }
    }
}

/// Setters of the fluent builder that change how this one call is sent: its
/// own copy of the transport carries them, so they also hold for every page
/// of `into_stream`. (`timeout` and `retry_config` are reserved parameter
/// names, so no parameter setter takes them.)
fn call_override_setters() -> TokenStream {
    quote! {
        /// The time allowed per attempt of this call (connect, send,
        /// receive), instead of the client's.
        pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
            self.client.transport = self.client.transport.with_timeout(timeout);
            self
        }

        /// The retry policy of this call, instead of the client's.
        pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
            self.client.transport = self.client.transport.with_retry(retry);
            self
        }
    }
}

/// With the `test-util` feature, inputs hand the mock a copy of themselves,
/// so tests can read the typed calls.
fn mock_input() -> TokenStream {
    quote! {
        #[cfg(feature = "test-util")]
        fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
            Some(std::sync::Arc::new(self.clone()))
        }
    }
}

fn param_docs(param: &Param) -> TokenStream {
    let location = match param.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    let mut extra = vec![format!(
        "Sent as the `{}` {location} parameter.",
        param.wire_name
    )];
    if let Some(setting) = &param.client_value {
        extra.push(format!(
            "Defaults to the client's `{setting}` setting; set it here to override."
        ));
    }
    let fallback = format!(
        "The `{}` parameter ({}).",
        param.wire_name,
        describe(&param.ty)
    );
    doc_attrs(&param.docs, &fallback, &extra)
}

fn setter(param: &Param) -> TokenStream {
    let name = ident(&param.name);
    // Documentation, then the lint allowance a setter named like an
    // operator needs.
    let docs = param_docs(param);
    let allowances = setter_allowances(&param.name);
    let docs = quote! { #docs #allowances };
    if param.client_value.is_some() {
        return quote! {
            #docs
            pub fn #name(mut self, value: impl Into<String>) -> Self {
                self.input.#name = Some(value.into());
                self
            }
        };
    }
    if let TypeRef::Array(item) = &param.ty {
        let item_ty = argument_type(item);
        let extra = doc_lines("\nCall it again to add more values.");
        return quote! {
            #docs
            #extra
            pub fn #name(mut self, value: #item_ty) -> Self {
                self.input.#name.get_or_insert_with(Vec::new).push(value.into());
                self
            }
        };
    }
    let ty = argument_type(&param.ty);
    quote! {
        #docs
        pub fn #name(mut self, value: #ty) -> Self {
            self.input.#name = Some(value.into());
            self
        }
    }
}

/// The statements of `build_request`.
fn build_request_body(api: &Api, op: &Operation) -> TokenStream {
    // Values filled from the client unless the input overrides them.
    let client_values = op.params.iter().filter_map(|p| {
        let setting = p.client_value.as_ref()?;
        let name = ident(&p.name);
        Some(quote! {
            let #name = match &self.#name {
                Some(value) => value.as_str(),
                None => ctx.value(#setting)?,
            };
        })
    });

    // Documented constraints, checked before anything is sent.
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
    let validation = if checks.is_empty() {
        quote! {}
    } else {
        quote! {
            if ctx.validation_enabled() {
                let mut violations = crate::runtime::validate::Violations::default();
                let out = &mut violations;
                #(#checks)*
                violations.into_result()?;
            }
        }
    };
    let uses_ctx = op.params.iter().any(|p| p.client_value.is_some()) || !checks.is_empty();
    let silence = if uses_ctx {
        quote! {}
    } else {
        quote! { let _ = ctx; }
    };

    // The path, every parameter percent-encoded as its style says.
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
    let path = if args.is_empty() {
        quote! { #template.to_string() }
    } else {
        quote! { format!(#template, #(#args),*) }
    };
    let method = ident(op.http_method.as_str());

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
    let cookie_params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Cookie)
        .collect();
    let cookies = if cookie_params.is_empty() {
        quote! {}
    } else {
        let pushes = cookie_params.iter().map(|p| cookie_statement(api, p));
        quote! {
            let mut cookies: Vec<String> = Vec::new();
            #(#pushes)*
            if !cookies.is_empty() {
                request.headers.push(("Cookie".to_string(), cookies.join("; ")));
            }
        }
    };
    let body = op.body.as_ref().map(|b| {
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
        if b.required {
            quote! { { let value = &self.body; #set } }
        } else {
            quote! { if let Some(value) = &self.body { #set } }
        }
    });
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

fn stream_tokens(op: &Operation, pagination: &crate::ir::Pagination) -> TokenStream {
    let item_ty = type_tokens(&pagination.item_ty, Scope::Operations);
    let items_field = ident(&pagination.items.field);
    let items = if pagination.items.optional {
        quote! { page.#items_field.unwrap_or_default() }
    } else {
        quote! { page.#items_field }
    };
    let mut marker = TokenStream::new();
    for (index, step) in pagination.next_marker.iter().enumerate() {
        let field = ident(&step.field);
        marker = match (index, step.optional) {
            (0, true) => quote! { page.#field },
            (0, false) => quote! { Some(page.#field) },
            (_, true) => quote! { #marker.and_then(|value| value.#field) },
            (_, false) => quote! { #marker.map(|value| value.#field) },
        };
    }
    let marker_param = ident(&op.params[pagination.marker_param].name);
    let set_marker = if op.params[pagination.marker_param].required {
        quote! { next.#marker_param = marker; }
    } else {
        quote! { next.#marker_param = Some(marker); }
    };
    let doc = doc_lines(
        "Every item over all pages, as a stream.\n\nThe next page is fetched only when the items of the current one are used up; the stream ends on the page without a next marker. Set the page size with the limit parameter before calling this.",
    );
    quote! {
        #doc
        pub fn into_stream(self) -> impl futures_core::Stream<Item = Result<#item_ty, Error>> + Send + 'static {
            crate::runtime::pagination::paginate(self.client.transport, self.input, |request, page| {
                let items = #items;
                let next = #marker.map(|marker| {
                    let mut next = request.clone();
                    #set_marker
                    next
                });
                (items, next)
            })
        }
    }
}

fn method_docs(api: &Api, op: &Operation, line: &str) -> TokenStream {
    let lib = &api.crate_info.lib_name;
    let mut hidden_args = vec![format!("client: {lib}::Client")];
    let mut call_args = Vec::new();
    for param in op.params.iter().filter(|p| is_argument(p)) {
        if param.ty == TypeRef::String {
            call_args.push(format!("\"{}\"", param.name));
        } else {
            let ty = type_tokens(&param.ty, Scope::Operations)
                .to_string()
                .replace(' ', "");
            hidden_args.push(format!("{}: {}", param.name, doctest_path(&ty, lib)));
            call_args.push(param.name.clone());
        }
    }
    if op.body.as_ref().is_some_and(|b| b.required) {
        let ty = body_inner_type(api, op)
            .unwrap_or_default()
            .to_string()
            .replace(' ', "");
        let own = format!("{}Body", op.type_name);
        let ty = if ty == own || (ty.starts_with(&op.type_name) && ty.ends_with("Form")) {
            format!("{lib}::operations::{}::{ty}", op.group)
        } else {
            doctest_path(&ty, lib)
        };
        hidden_args.push(format!("body: {ty}"));
        call_args.push("body".to_string());
    }
    let example = if op.pagination.is_some() {
        format!(
            "```no_run\n# async fn example({}) -> Result<(), {lib}::Error> {{\nuse futures_util::TryStreamExt;\n\nlet page = client.{}({}).send().await?;\nprintln!(\"{{:?}}\", page.body);\n\nlet everything: Vec<_> = client.{}({}).into_stream().try_collect().await?;\nprintln!(\"{{}} in all\", everything.len());\n# Ok(())\n# }}\n```",
            hidden_args.join(", "),
            op.method_name,
            call_args.join(", "),
            op.method_name,
            call_args.join(", "),
        )
    } else {
        format!(
            "```no_run\n# async fn example({}) -> Result<(), {lib}::Error> {{\nlet response = client.{}({}).send().await?;\nprintln!(\"{{:?}}\", response.body);\n# Ok(())\n# }}\n```",
            hidden_args.join(", "),
            op.method_name,
            call_args.join(", "),
        )
    };
    let extra = vec![line.to_string(), format!("# Example\n\n{example}")];
    doc_attrs(&op.docs, &format!("Calls `{}`.", op.id), &extra)
}

/// A type path as a doctest names it, from outside the crate: `crate::…`
/// and the operations modules' `models::…` go through the crate's name.
fn doctest_path(ty: &str, lib: &str) -> String {
    // `crate::models::X` must not become `lib::lib::models::X`.
    ty.replace("crate::", "\0")
        .replace("models::", &format!("{lib}::models::"))
        .replace(&format!("\0{lib}::models::"), &format!("{lib}::models::"))
        .replace('\0', &format!("{lib}::"))
}

#[cfg(test)]
mod doctest_path_tests {
    use super::doctest_path;

    #[test]
    fn paths_go_through_the_crate_name_once() {
        assert_eq!(
            doctest_path("crate::runtime::formats::Uuid", "pets"),
            "pets::runtime::formats::Uuid"
        );
        assert_eq!(
            doctest_path("Vec<models::Pet>", "pets"),
            "Vec<pets::models::Pet>"
        );
        assert_eq!(
            doctest_path("crate::models::Pet", "pets"),
            "pets::models::Pet"
        );
        assert_eq!(doctest_path("i64", "pets"), "i64");
    }
}
