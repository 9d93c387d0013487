//! Typed errors: each operation's documented error responses (a status,
//! `4XX`/`5XX`, or `default`, with a JSON body) are read into the model the
//! spec gives them, kept by the runtime's `ServiceError` and reached typed
//! with `Error::model::<M>()`. The error's status, code, message and request
//! id are read whatever the body's shape, so an undocumented answer still
//! explains itself.
//!
//! The choice: one `Error` type for every operation (as the AWS SDK's
//! `SdkError` keeps the service's answer beside transport failures), with
//! the typed body looked up by type rather than an error enum per
//! operation: an operation's documented errors are nearly always one shared
//! model, and code that handles errors from many calls stays one `match`.

use proc_macro2::TokenStream;
use quote::quote;

use super::rust::{Scope, type_tokens};
use crate::ir::{Operation, Response, ResponseBody, StatusMatch, TypeRef};

/// The documented error responses whose body is JSON of a known type, with
/// that type: codes first, then ranges, then `default`, the order their
/// match arms need.
fn typed_errors(op: &Operation) -> Vec<(&StatusMatch, &TypeRef)> {
    let successes = op.successes();
    let mut errors: Vec<(&StatusMatch, &TypeRef)> = op
        .responses
        .iter()
        .filter(|r| !successes.iter().any(|s| std::ptr::eq(*s, *r)))
        .filter_map(|r: &Response| match &r.body {
            ResponseBody::Json(ty) => Some((&r.status, ty)),
            _ => None,
        })
        .collect();
    errors.sort_by_key(|(status, _)| match status {
        StatusMatch::Code(_) => 0,
        StatusMatch::Range(_) => 1,
        StatusMatch::Default => 2,
    });
    errors
}

/// The arms of `parse_response` after its successes: each documented error
/// status reads its body as its model, and anything else is an error read
/// for its code and message only (or as the `default` model).
pub fn error_arms(op: &Operation) -> TokenStream {
    let errors = typed_errors(op);
    let arms = errors.iter().map(|(status, ty)| {
        let ty = type_tokens(ty, Scope::Operations);
        let read = quote! { Err(response.into_error_as::<#ty>()) };
        match status {
            StatusMatch::Code(code) => {
                let code = proc_macro2::Literal::u16_unsuffixed(*code);
                quote! { #code => #read, }
            }
            StatusMatch::Range(digit) => {
                let (low, high) = (
                    proc_macro2::Literal::u16_unsuffixed(digit * 100),
                    proc_macro2::Literal::u16_unsuffixed(digit * 100 + 99),
                );
                quote! { status if (#low..=#high).contains(&status) => #read, }
            }
            StatusMatch::Default => quote! { _ => #read, },
        }
    });
    let has_default = errors
        .iter()
        .any(|(status, _)| matches!(status, StatusMatch::Default));
    let rest = (!has_default).then(|| quote! { _ => Err(response.into_error()), });
    quote! { #(#arms)* #rest }
}

/// Whether the error arms name a model (so the module needs `models`).
pub fn names_models(op: &Operation) -> bool {
    typed_errors(op).iter().any(|(_, ty)| ty.named().is_some())
}

/// The "Errors" section of the client method's docs: which model each
/// documented error status is read into, and how to reach it.
pub fn docs(op: &Operation) -> Option<String> {
    let errors = typed_errors(op);
    let ((_, first), _) = errors.split_first()?;
    let mut by_type: Vec<(&TypeRef, Vec<String>)> = Vec::new();
    for (status, ty) in &errors {
        let status = match status {
            StatusMatch::Code(code) => code.to_string(),
            StatusMatch::Range(digit) => format!("{digit}XX"),
            StatusMatch::Default => "any other status".to_owned(),
        };
        match by_type.iter_mut().find(|(t, _)| t == ty) {
            Some((_, statuses)) => statuses.push(status),
            None => by_type.push((ty, vec![status])),
        }
    }
    let shown = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => format!("[`{name}`](crate::models::{name})"),
        _ => format!(
            "`{}`",
            type_tokens(ty, Scope::Models).to_string().replace(' ', "")
        ),
    };
    let listed: Vec<String> = by_type
        .iter()
        .map(|(ty, statuses)| format!("{} for {}", shown(ty), statuses.join(", ")))
        .collect();
    let example = match first {
        TypeRef::Named(name) => format!(
            "\n\n```ignore\nif let Some(body) = error.model::<{name}>() {{ /* ... */ }}\n```"
        ),
        _ => String::new(),
    };
    Some(format!(
        "# Errors\n\nWhen the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: {}.{example}",
        listed.join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Errors, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: showThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
        default: {description: other, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
        '5XX': {description: server, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
        '404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}
        '409': {description: text, content: {text/plain: {schema: {type: string}}}}
  /plain:
    get:
      operationId: plain
      responses:
        '204': {description: done}
        '400': {description: bad}
components:
  schemas:
    Problem: {type: object, properties: {code: {type: string}}}
    Missing: {type: object, properties: {message: {type: string}}}
"#;

    fn operations() -> Vec<Operation> {
        let loaded = crate::load::load_str(std::path::Path::new("errors.yaml"), SPEC)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let resolved = crate::resolve::resolve(&loaded, crate::ResolveOptions::default())
            .unwrap_or_else(|e| panic!("{e:?}"));
        resolved.api.operations
    }

    fn find(id: &str) -> Operation {
        operations()
            .into_iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn arms_go_codes_then_ranges_then_default() {
        let arms = error_arms(&find("showThing")).to_string();
        let at = |text: &str| {
            arms.find(text)
                .unwrap_or_else(|| panic!("`{text}` missing from {arms}"))
        };
        assert!(
            at("404 =>") < at("500 ..= 599") && at("500 ..= 599") < at("_ =>"),
            "{arms}"
        );
        assert!(
            arms.contains("into_error_as :: < models :: Missing >"),
            "{arms}"
        );
        assert_eq!(
            arms.matches("into_error_as :: < models :: Problem >")
                .count(),
            2,
            "{arms}"
        );
        // A text body is not a model; no plain `into_error` beside a default.
        assert!(!arms.contains("409"), "{arms}");
        assert!(!arms.contains("into_error ()"), "{arms}");
        assert!(names_models(&find("showThing")));
    }

    #[test]
    fn without_documented_models_errors_are_read_for_code_and_message() {
        let plain = find("plain");
        assert_eq!(
            error_arms(&plain).to_string(),
            quote! { _ => Err(response.into_error()), }.to_string()
        );
        assert!(!names_models(&plain));
        assert_eq!(docs(&plain), None);
    }

    #[test]
    fn the_docs_name_each_model_with_its_statuses() {
        let text = docs(&find("showThing")).unwrap_or_default();
        assert!(
            text.contains("[`Missing`](crate::models::Missing) for 404; [`Problem`](crate::models::Problem) for 5XX, any other status"),
            "{text}"
        );
        assert!(text.contains("error.model::<Missing>()"), "{text}");
    }
}
