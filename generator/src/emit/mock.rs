//! `crate::mock` (feature `test-util`): a typed mock of the API for users who
//! test their own code without a network. `Mock` has one method per
//! operation returning a `runtime::mock::OperationMock`, and each operation's
//! input learns how its typed output travels as a response
//! (`runtime::mock::MockOperation`), so the mocked response is parsed by the
//! operation's real code.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::auth;
use super::call;
use super::rust::{Scope, ident, type_text};
use crate::ir::{Api, Operation, Response, ResponseBody, StatusMatch, TypeKind, TypeRef};

/// Methods of `Mock` itself; an operation whose method has one of these
/// names gets `{name}_operation` instead.
const RESERVED: &[&str] = &[
    "new",
    "client",
    "client_builder",
    "client_from",
    "server",
    "requests",
    "reset",
];

/// The name of `Mock`'s method for `op`.
pub fn accessor_name(op: &Operation) -> String {
    if RESERVED.contains(&op.method_name.as_str()) {
        format!("{}_operation", op.method_name)
    } else {
        op.method_name.clone()
    }
}

/// The file `src/mock.rs`.
pub fn mock_file(api: &Api) -> TokenStream {
    let lib = &api.crate_info.lib_name;
    let module_docs: Vec<String> = module_docs(api, lib)
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
        .collect();
    let accessors = api.operations.iter().map(|op| {
        let name = ident(&accessor_name(op));
        let input = input_path(op);
        let doc = format!(
            " What `{}` answers ([`Client::{}`]), and the calls it received.",
            op.id.replace('`', "'"),
            op.method_name
        );
        quote! {
            #[doc = #doc]
            pub fn #name(&self) -> OperationMock<#input> {
                OperationMock::new(self.server.clone())
            }
        }
    });
    let impls = api.operations.iter().map(mock_operation_impl);
    let builder = client_builder(api);
    quote! {
        #( #![doc = #module_docs] )*

        use crate::Client;
        use crate::operations as ops;
        use crate::runtime::config::ClientBuilder;
        use crate::runtime::error::Error;
        use crate::runtime::mock::{MockOperation, MockServer};

        pub use crate::runtime::error::TransportErrorKind;
        pub use crate::runtime::mock::{MockReply, MockRequest, OperationMock, REDACTED};

        /// A mock of the whole API: what each operation answers, and the
        /// requests it received. Cheap to clone; clones and the clients made
        /// from it share one mocked server.
        #[derive(Debug, Clone, Default)]
        pub struct Mock {
            server: MockServer,
        }

        impl Mock {
            /// A mock that answers nothing until told what to.
            pub fn new() -> Self {
                Self::default()
            }

            /// A client whose requests this mock answers, configured with
            /// placeholder credentials and client values (see
            /// [`Mock::client_builder`]).
            pub fn client(&self) -> Client {
                // Every setting is a constant chosen to be valid; a failure
                // here is a defect of the generator, not of the test.
                self.client_from(self.client_builder())
                    .expect("the mock's own client configuration is valid")
            }

            /// The configuration of [`Mock::client`], to adjust (retries,
            /// validation, client values) and pass to [`Mock::client_from`]:
            /// an endpoint that is never contacted, placeholder credentials
            /// for every authentication scheme so that signing runs, a
            /// placeholder for every client value, and retries with waits of
            /// at most 10 ms.
            pub fn client_builder(&self) -> ClientBuilder<Client> {
                #builder
            }

            /// Builds `builder` into a client whose requests this mock answers.
            pub fn client_from(&self, builder: ClientBuilder<Client>) -> Result<Client, Error> {
                let client: Client = builder.build()?;
                Ok(Client::from(client.transport.with_mock(self.server.clone())))
            }

            /// The untyped mocked server, shared by every operation.
            pub fn server(&self) -> &MockServer {
                &self.server
            }

            /// Every attempt of every operation so far, as sent, in order.
            pub fn requests(&self) -> Vec<MockRequest> {
                self.server.requests()
            }

            /// Forgets every answer and every recorded request.
            pub fn reset(&self) {
                self.server.reset();
            }

            #(#accessors)*
        }

        #(#impls)*
    }
}

fn input_path(op: &Operation) -> TokenStream {
    let group = ident(&op.group);
    let input = format_ident!("{}Request", op.type_name);
    quote! { ops::#group::#input }
}

/// The builder of `Mock::client_builder`, from the service's schemes and the
/// client values its operations use.
fn client_builder(api: &Api) -> TokenStream {
    // One short statement per step: a long builder chain is laid out
    // differently by prettyplease and rustfmt.
    let endpoint = mock_endpoint(&api.service.url_template);
    let mut steps: Vec<TokenStream> = api.service.auth.iter().map(auth::mock_step).collect();
    let values: BTreeSet<&str> = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .filter_map(|p| p.client_value.as_deref())
        .collect();
    for name in values {
        let value = format!("mock-{}", name.replace('_', "-"));
        steps.push(quote! { builder.value(#name, #value) });
    }
    quote! {
        let backoff = std::time::Duration::from_millis(1);
        let retry = crate::RetryConfig::default().initial_backoff(backoff);
        let retry = retry.max_backoff(backoff * 10);
        let builder = Client::builder().endpoint(#endpoint);
        #( let builder = #steps; )*
        builder.retry(retry)
    }
}

/// `http://mock.invalid` plus the path of the server URL when it has no
/// variables, so that recorded paths read as they would on the real server.
/// (`.invalid` is reserved: the name can never resolve.)
fn mock_endpoint(url_template: &str) -> String {
    let after_scheme = url_template
        .split_once("://")
        .map_or(url_template, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |i| &after_scheme[i..])
        .trim_end_matches('/');
    if path.contains(['{', '}', '?', '#']) {
        "http://mock.invalid".to_string()
    } else {
        format!("http://mock.invalid{path}")
    }
}

/// A status the operation reads as `response`: its code, or for a range the
/// first code in it that no exact response claims.
fn reply_status(response: &Response, all: &[&Response]) -> u16 {
    match response.status {
        StatusMatch::Code(code) => code,
        StatusMatch::Range(digit) => {
            let taken: Vec<u16> = all
                .iter()
                .filter_map(|r| match r.status {
                    StatusMatch::Code(code) => Some(code),
                    _ => None,
                })
                .collect();
            (digit * 100..digit * 100 + 100)
                .find(|code| !taken.contains(code))
                .unwrap_or(digit * 100)
        }
        StatusMatch::Default => 200,
    }
}

/// The reply for a value of `body`'s shape held in `value` (a reference).
fn reply_for(body: &ResponseBody, status: u16, value: TokenStream) -> TokenStream {
    let status = proc_macro2::Literal::u16_unsuffixed(status);
    match body {
        ResponseBody::None => quote! { MockReply::status(#status) },
        ResponseBody::Json(_) => quote! { MockReply::json(#status, #value) },
        ResponseBody::Text => quote! { MockReply::text(#status, #value.clone()) },
        ResponseBody::Bytes => quote! { MockReply::bytes(#status, #value.clone()) },
    }
}

fn mock_operation_impl(op: &Operation) -> TokenStream {
    let input = input_path(op);
    let id = &op.id;
    let successes = op.successes();
    let same_shape = op.has_one_success_shape();
    let (param, body) = match successes.first() {
        None => (
            quote! { _: &Self::Output },
            reply_for(&ResponseBody::None, 200, quote! {}),
        ),
        Some(first) if same_shape => {
            let status = reply_status(first, &successes);
            match first.body {
                ResponseBody::None => (
                    quote! { _: &Self::Output },
                    reply_for(&first.body, status, quote! {}),
                ),
                _ => (
                    quote! { output: &Self::Output },
                    reply_for(&first.body, status, quote! { output }),
                ),
            }
        }
        Some(_) => {
            let group = ident(&op.group);
            let output = format_ident!("{}Output", op.type_name);
            let arms = successes.iter().flat_map(|r| {
                let status = reply_status(r, &successes);
                let primary = (format_ident!("{}", r.output_variant()), &r.body, None);
                let others = r.other_media.iter().map(move |media| {
                    let variant = format_ident!("{}{}", r.output_variant(), media.variant);
                    (variant, &media.body, Some(media.content_type.as_str()))
                });
                let (group, output) = (&group, &output);
                std::iter::once(primary)
                    .chain(others)
                    .map(move |(variant, body, media)| {
                        let path = quote! { crate::operations::#group::#output::#variant };
                        let reply = reply_for(body, status, quote! { value });
                        // Another media type of the same status is told apart by
                        // its Content-Type, as `parse_response` does.
                        let reply = match media {
                            Some(media) => quote! { #reply.with_content_type(#media) },
                            None => reply,
                        };
                        match body {
                            ResponseBody::None => quote! { #path => #reply, },
                            _ => quote! { #path(value) => #reply, },
                        }
                    })
            });
            (
                quote! { output: &Self::Output },
                quote! { match output { #(#arms)* } },
            )
        }
    };
    quote! {
        impl MockOperation for #input {
            const OPERATION_ID: &'static str = #id;

            fn output_reply(#param) -> MockReply {
                #body
            }
        }
    }
}

/// An output value for `op` that a doctest can write without knowing the
/// API: `Some(expression)` when the output has an obvious empty value.
fn empty_output(api: &Api, op: &Operation) -> Option<&'static str> {
    let successes = op.successes();
    let Some(first) = successes.first() else {
        return Some("()");
    };
    if !op.has_one_success_shape() {
        return None;
    }
    match &first.body {
        ResponseBody::None => Some("()"),
        ResponseBody::Text => Some("String::new()"),
        ResponseBody::Bytes => Some("Default::default()"),
        ResponseBody::Json(TypeRef::Array(_)) => Some("Vec::new()"),
        ResponseBody::Json(TypeRef::Named(name)) => {
            let def = api.types.iter().find(|t| &t.name == name)?;
            match &def.kind {
                TypeKind::Struct(s) if s.fields.iter().all(crate::ir::Field::is_optional) => {
                    Some("Default::default()")
                }
                _ => None,
            }
        }
        ResponseBody::Json(_) => None,
    }
}

/// The module docs, with an example that runs as a doctest: it mocks the
/// first operation that can be called with text arguments only and whose
/// output has an empty value.
fn module_docs(api: &Api, lib: &str) -> String {
    let mut docs = String::from(
        "A mock of the API, for testing code that uses [`Client`] without a network \
         (feature `test-util`, off by default).\n\
         \n\
         Say per operation what it answers: an output (`returns`), outputs in turn such as the \
         pages of a listing (`returns_in_order`), a service error with a status, code and message \
         (`fails_with`), a failure below HTTP (`fails_with_transport`), or any mix of replies \
         (`replies`); narrow an answer to some calls with `when` and `times`. Then read the calls \
         each operation received as typed inputs (`calls`) or as sent (`requests`).\n\
         \n\
         Only the sending of bytes is replaced: validation, request building, signing, retries, \
         response parsing and pagination are the client's real code. Rules are tried in the order \
         they were added; a call that no rule answers fails with a transport error naming the \
         operation.\n\
         \n\
         Enable it for tests only:\n\
         \n\
         ```toml\n\
         [dev-dependencies]\n",
    );
    docs.push_str(&format!(
        "{} = {{ path = \"vendor/{}\", features = [\"test-util\"] }}\n```\n",
        api.crate_info.package, api.crate_info.package
    ));
    docs.push_str("\n# Example\n\n");
    let candidate = api
        .operations
        .iter()
        .find(|op| call::has_only_free_text_arguments(op) && empty_output(api, op).is_some());
    docs.push_str("```\n");
    let root = Scope::Outside(lib).crate_root();
    let mock = type_text(&quote! { #root::mock::Mock });
    let error = type_text(&quote! { #root::Error });
    docs.push_str(&format!("use {mock};\n\n"));
    docs.push_str("# #[tokio::main(flavor = \"current_thread\")]\n");
    docs.push_str(&format!("# async fn main() -> Result<(), {error}> {{\n"));
    docs.push_str("let mock = Mock::new();\n");
    match candidate {
        Some(op) => {
            let accessor = accessor_name(op);
            let call = call::example_call(op);
            let output = empty_output(api, op).unwrap_or("()");
            docs.push_str(&format!(
                "// The first call is refused, later ones succeed.\n\
                 mock.{accessor}().times(1).fails_with(403, \"Example.0403\", \"not allowed\");\n\
                 mock.{accessor}().returns({output});\n\
                 let client = mock.client();\n\
                 \n\
                 let refused = {call}.send().await.unwrap_err();\n\
                 assert_eq!(refused.status(), Some(403));\n\
                 {call}.send().await?;\n\
                 \n\
                 // The inputs of both calls, typed; `requests()` gives them as sent.\n\
                 assert_eq!(mock.{accessor}().calls().len(), 2);\n"
            ));
        }
        None => {
            docs.push_str(
                "let client = mock.client();\n\
                 # let _ = client;\n\
                 assert!(mock.requests().is_empty());\n",
            );
        }
    }
    docs.push_str("# Ok(())\n# }\n```");
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::rust::print;
    use crate::emit::tests::sample_api;
    use crate::ir::AuthScheme;

    #[test]
    fn the_endpoint_keeps_a_fixed_base_path_only() {
        assert_eq!(
            mock_endpoint("https://api.example.com"),
            "http://mock.invalid"
        );
        assert_eq!(
            mock_endpoint("https://api.example.com/v2/"),
            "http://mock.invalid/v2"
        );
        assert_eq!(
            mock_endpoint("https://{region}.example.com/{version}"),
            "http://mock.invalid"
        );
        assert_eq!(
            mock_endpoint("/relative/base"),
            "http://mock.invalid/relative/base"
        );
    }

    #[test]
    fn operations_named_like_the_mocks_own_methods_are_renamed() {
        let mut api = sample_api();
        api.operations[0].method_name = "client".into();
        assert_eq!(accessor_name(&api.operations[0]), "client_operation");
        api.operations[0].method_name = "update_pet".into();
        assert_eq!(accessor_name(&api.operations[0]), "update_pet");
    }

    #[test]
    fn each_success_status_gets_a_reply_that_parses_back_to_it() {
        let mut api = sample_api();
        let op = &mut api.operations[0];
        let pet = ResponseBody::Json(TypeRef::Named("Pet".into()));
        op.responses = vec![
            Response {
                status: StatusMatch::Code(200),
                description: "The pet.".into(),
                body: pet.clone(),
                other_media: Vec::new(),
            },
            Response {
                status: StatusMatch::Range(2),
                description: "Some other success.".into(),
                body: ResponseBody::Text,
                other_media: Vec::new(),
            },
            Response {
                status: StatusMatch::Code(204),
                description: "Nothing.".into(),
                body: ResponseBody::None,
                other_media: Vec::new(),
            },
        ];
        let text = print("src/mock.rs", mock_file(&api)).expect("prints");
        // Compared without layout: whitespace, braces and trailing commas
        // are the printer's.
        let without_layout = |text: &str| -> String {
            text.chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '{' | '}' | ','))
                .collect()
        };
        let flat = without_layout(&text);
        for expected in [
            "implMockOperationforops::pets::UpdatePetRequest",
            "constOPERATION_ID:&'staticstr=\"updatePet\";",
            "UpdatePetOutput::Status200(value)=>MockReply::json(200,value)",
            // 200 and 204 are taken, so the range answers with 201.
            "UpdatePetOutput::Status2xx(value)=>MockReply::text(201,value.clone())",
            "UpdatePetOutput::Status204=>MockReply::status(204)",
            "pubfnupdate_pet(",
            "->OperationMock<ops::pets::UpdatePetRequest>",
        ] {
            assert!(
                flat.contains(&without_layout(expected)),
                "{expected} not in\n{text}"
            );
        }
    }

    #[test]
    fn the_doctest_calls_an_operation_only_when_it_can_write_the_call() {
        let mut api = sample_api();
        // `update_pet` needs an integer and a body: the example stays generic.
        let docs = module_docs(&api, "pet_store");
        assert!(
            docs.contains("assert!(mock.requests().is_empty());"),
            "{docs}"
        );
        assert!(!docs.contains("mock.update_pet()"), "{docs}");

        // Without required arguments and with an output that has an empty value.
        let op = &mut api.operations[0];
        op.params.clear();
        op.path_parts.truncate(1);
        op.body = None;
        op.responses[0].body = ResponseBody::None;
        let docs = module_docs(&api, "pet_store");
        assert!(docs.contains("mock.update_pet().returns(());"), "{docs}");
        assert!(
            docs.contains("client.update_pet().send().await?;"),
            "{docs}"
        );
        assert!(
            docs.contains(
                "pet-store = { path = \"vendor/pet-store\", features = [\"test-util\"] }"
            )
        );
    }

    #[test]
    fn the_client_has_a_placeholder_for_every_scheme_and_client_value() {
        let mut api = sample_api();
        api.service.auth = vec![AuthScheme::SdkHmacSha256, AuthScheme::Bearer];
        api.operations[0].params[0].client_value = Some("pet_id".into());
        let text = client_builder(&api).to_string();
        assert!(text.contains("MOCK_AK"), "{text}");
        assert!(text.contains("bearer_token"), "{text}");
        assert!(text.contains("\"mock-pet-id\""), "{text}");
        assert!(!text.contains("api_key"), "{text}");
    }
}
