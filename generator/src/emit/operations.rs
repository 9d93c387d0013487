//! `crate::operations::{group}`: per operation, the sans-IO input type that
//! implements `runtime::operation::Operation` (request building and response
//! parsing, no network), the fluent builder returned by the client method,
//! the client method itself, and for paginated lists a stream over all items.
//! The body of `build_request` is `operations/request.rs`; the request
//! body's own types (media type choices, multipart forms) are
//! `operations/body.rs`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::call::{self, Argument, body_is_argument, is_argument};
use super::rust::{
    Scope, describe, doc_attrs, doc_lines, escape_doc, ident, setter_allowances, type_text,
    type_tokens,
};
use crate::ir::{
    Api, BodyEncoding, Group, Operation, Param, ParamLocation, Response, ResponseBody, StatusMatch,
    TypeRef,
};

mod body;
mod request;

use body::{body_defs, body_inner_type, body_type, boxed_in_variant, multipart_struct};

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
/// success outputs, its typed error bodies and its stream's items. An
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
    params || body || outputs || items || super::errors::names_models(op)
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
    matches!(body, ResponseBody::Json(ty) if boxed_in_variant(api, ty))
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
    let errors = super::errors::error_arms(op);
    if successes.is_empty() {
        return (
            quote! { () },
            quote! {},
            quote! {
                match response.status {
                    200..=299 => Ok(()),
                    #errors
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
                    #errors
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
                #errors
            }
        },
    )
}

/// Everything one operation adds to its group's module: the input type and
/// its `Operation` implementation, the output and body types, the fluent
/// builder, and the client method.
fn operation_tokens(api: &Api, op: &Operation) -> TokenStream {
    let (output_ty, output_def, parse_body) = output(api, op);
    let input = input_type(api, op, &output_ty, &parse_body);
    let body_defs = body_defs(api, op);
    let fluent = fluent_builder(api, op, &output_ty);
    let method = client_method(api, op);
    quote! {
        #input

        #output_def

        #body_defs

        #fluent

        #method
    }
}

/// `` `GET /path` ``: how the docs name the operation's request.
fn method_and_path(op: &Operation) -> String {
    format!(
        "`{} {}`",
        op.http_method.as_str(),
        op.path.replace('`', "'")
    )
}

/// The values the client method and `{Name}Request::new` take
/// (`pet_id: impl Into<i64>, body: models::Pet`), and the names the method
/// hands them on by.
struct Signature {
    params: Vec<TokenStream>,
    names: Vec<TokenStream>,
}

impl Signature {
    /// Every required path, query and header value is an argument, as the
    /// spec lists them (Azure's documents have seven path parameters and a
    /// body): past clippy's limit of seven, `too_many_arguments` is allowed
    /// on the constructor and the client method alone. `receivers` counts
    /// `&self`.
    fn allowance(&self, receivers: usize) -> TokenStream {
        if self.params.len() + receivers > 7 {
            quote! { #[allow(clippy::too_many_arguments)] }
        } else {
            quote! {}
        }
    }
}

fn signature(api: &Api, op: &Operation) -> Signature {
    let arguments: Vec<&Param> = op.params.iter().filter(|p| is_argument(p)).collect();
    let body_is_argument = body_is_argument(op);
    let params = arguments
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
    let names = arguments
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            quote! { #name }
        })
        .chain(body_is_argument.then(|| quote! { body }))
        .collect();
    Signature { params, names }
}

/// `{Name}Request`: the operation's values as a plain struct, its
/// constructor, and its `Operation` implementation (building the request,
/// parsing the response).
fn input_type(
    api: &Api,
    op: &Operation,
    output_ty: &TokenStream,
    parse_body: &TokenStream,
) -> TokenStream {
    let request_name = format_ident!("{}Request", op.type_name);
    let request_doc = doc_lines(&format!(
        "The input of [`Client::{}`]: {}.\n\nBuilding the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.",
        op.method_name,
        method_and_path(op)
    ));
    let fields = input_fields(api, op);
    let signature = signature(api, op);
    let default_derive = if signature.params.is_empty() {
        quote! { Default, }
    } else {
        quote! {}
    };
    let constructor = constructor(op, &signature);
    let op_id = &op.id;
    let build_body = request::build_request_body(api, op);
    let mock_input = mock_input();
    quote! {
        #request_doc
        #[derive(Debug, Clone, PartialEq, #default_derive)]
        pub struct #request_name {
            #fields
        }

        impl #request_name {
            #constructor
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
    }
}

/// The input's fields: one per parameter, then the body.
fn input_fields(api: &Api, op: &Operation) -> TokenStream {
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
    quote! {
        #(#fields)*
        #body_field
    }
}

/// `new`: the arguments set, every optional value unset.
fn constructor(op: &Operation, signature: &Signature) -> TokenStream {
    let new_doc = " Creates the input from its required values.";
    let params = &signature.params;
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
    let new_body = if params.is_empty() {
        quote! { Self::default() }
    } else {
        quote! { Self { #(#field_inits)* #body_init } }
    };
    let allowance = signature.allowance(0);
    quote! {
        #[doc = #new_doc]
        #allowance
        pub fn new(#(#params),*) -> Self {
            #new_body
        }
    }
}

/// `{Name}`: the builder the client method returns, which sets optional
/// values and per-call settings, then sends (or streams every page).
fn fluent_builder(api: &Api, op: &Operation, output_ty: &TokenStream) -> TokenStream {
    let request_name = format_ident!("{}Request", op.type_name);
    let fluent_name = ident(&op.type_name);
    let setters = op.params.iter().filter(|p| !is_argument(p)).map(setter);
    let body_setter = op.body.as_ref().filter(|b| !b.required).map(|_| {
        let inner = body_inner_type(api, op, Scope::Operations).unwrap_or_default();
        quote! {
            /// Sets the request body.
            pub fn body(mut self, value: impl Into<#inner>) -> Self {
                self.input.body = Some(value.into());
                self
            }
        }
    });
    let fluent_doc = format!(
        " Sends {}: returned by [`Client::{}`]; set optional values, then `.send().await`.",
        method_and_path(op),
        op.method_name
    );
    let stream = op.pagination.as_ref().map(|p| stream_tokens(op, p));
    let call_overrides = call_override_setters();
    quote! {
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
    }
}

/// The operation's method on `Client`, documented with an example call.
fn client_method(api: &Api, op: &Operation) -> TokenStream {
    let request_name = format_ident!("{}Request", op.type_name);
    let fluent_name = ident(&op.type_name);
    let method_name = ident(&op.method_name);
    let method_docs = method_docs(api, op, &method_and_path(op));
    let signature = signature(api, op);
    let allowance = signature.allowance(1);
    let Signature { params, names } = signature;
    quote! {
        impl Client {
            #method_docs
            #allowance
            pub fn #method_name(&self, #(#params),*) -> #fluent_name {
                #fluent_name {
                    client: self.clone(),
                    input: #request_name::new(#(#names),*),
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
        // As on model builders: the plain setter appends one item, and
        // `set_{name}` replaces the whole list.
        let extra = doc_lines("\nAppends one value; call it again to add more.");
        let list_ty = type_tokens(&param.ty, Scope::Operations);
        let set_name = format_ident!("set_{}", param.name);
        let set_doc = format!(
            " Replaces the whole `{}` list (`None` leaves it unset).",
            param.wire_name
        );
        return quote! {
            #docs
            #extra
            pub fn #name(mut self, value: #item_ty) -> Self {
                self.input.#name.get_or_insert_with(Vec::new).push(value.into());
                self
            }

            #[doc = #set_doc]
            pub fn #set_name(mut self, values: Option<#list_ty>) -> Self {
                self.input.#name = values;
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

/// The rustdoc of the client method: the operation's docs, its method and
/// path, and an example call whose values are parameters of a hidden
/// function, typed as code outside the crate names them.
fn method_docs(api: &Api, op: &Operation, line: &str) -> TokenStream {
    let outside = Scope::Outside(&api.crate_info.lib_name);
    let root = outside.crate_root();
    let mut hidden_args = vec![format!("client: {}", type_text(&quote! { #root::Client }))];
    for argument in call::arguments(op) {
        let ty = match argument {
            Argument::Text(_) => continue,
            Argument::Value(_, ty) => type_tokens(ty, outside),
            Argument::Body => body_inner_type(api, op, outside).unwrap_or_default(),
        };
        hidden_args.push(format!("{}: {}", argument.text(), type_text(&ty)));
    }
    let error = type_text(&quote! { #root::Error });
    let call = call::example_call(op);
    let example = if op.pagination.is_some() {
        format!(
            "```no_run\n# async fn example({}) -> Result<(), {error}> {{\nuse futures_util::TryStreamExt;\n\nlet page = {call}.send().await?;\nprintln!(\"{{:?}}\", page.body);\n\nlet everything: Vec<_> = {call}.into_stream().try_collect().await?;\nprintln!(\"{{}} in all\", everything.len());\n# Ok(())\n# }}\n```",
            hidden_args.join(", "),
        )
    } else {
        format!(
            "```no_run\n# async fn example({}) -> Result<(), {error}> {{\nlet response = {call}.send().await?;\nprintln!(\"{{:?}}\", response.body);\n# Ok(())\n# }}\n```",
            hidden_args.join(", "),
        )
    };
    let mut extra = vec![line.to_string()];
    extra.extend(super::errors::docs(op));
    extra.push(format!("# Example\n\n{example}"));
    doc_attrs(&op.docs, &format!("Calls `{}`.", op.id), &extra)
}
