//! The crate's skeleton: `lib.rs` (docs and re-exports), `client.rs`, and the
//! `mod.rs` files of `models` and `operations` (`service.rs` is
//! `emit/service.rs`'s).

use proc_macro2::TokenStream;
use quote::quote;

use super::rust::{doc_lines, escape_doc, ident};
use crate::ir::{Api, AuthScheme, TypeKind};

pub fn lib_file(api: &Api) -> TokenStream {
    let huawei = signs(api);
    // The map names the crate's public items only: the runtime itself is
    // private, and what users need of it is re-exported.
    let mut map = vec![
        "",
        " ## The crate",
        "",
        " - [`Client`]: one method per operation, grouped by tag in [`operations`]; [`ClientBuilder`] (`Client::builder()`) configures the endpoint, credentials, timeouts and retries.",
        " - [`models`]: the request and response types.",
        " - [`Error`]: what a call can end with, typed from the spec ([`error`] has its parts); [`ApiResponse`]: a call's output (it dereferences to the typed output) with its status, headers, request id and [`ApiResponse::warnings`].",
        " - [`RetryConfig`]: the retry policy, for the whole client or one call.",
        " - [`formats`]: the string formats (`date-time`, `date`, `uuid`, `byte`), [`multipart`]: files for multipart bodies.",
    ];
    if huawei {
        map.push(" - [`Credentials`]: an AK/SK pair (with an optional security token and project id) to sign with; without one, the client finds credentials the way the official SDKs do.");
    }
    map.extend([
        " - [`SERVICE`]: the endpoint template, regions and authentication schemes, from the spec.",
        " - `mock` and `sans_io` (feature `test-util`, off by default): a mock of the API, and the requests and responses of each operation without a network, for testing code that uses the client.",
    ]);
    let credentials = huawei.then(|| quote! { pub use runtime::huawei::Credentials; });
    let runtime = ident(&api.crate_info.runtime_lib_name());
    // Copied verbatim from the runtime's source, where it is formatted at the
    // default width; `src/rustfmt.toml` is for the emitted code.
    let unknown = has_enums(api).then(|| quote! { #[rustfmt::skip] mod unknown; });
    // rustdoc's auto-trait walk through long chains of types (Stripe).
    let recursion_limit = super::recursion::recursion_limit(api).map(|limit| {
        let limit = limit.to_string();
        quote! { #![recursion_limit = #limit] }
    });
    quote! {
        // The README is the crate's front page, so its examples are compiled as doctests.
        #![doc = include_str!("../README.md")]
        #( #![doc = #map] )*
        #![deny(missing_docs)]
        #![forbid(unsafe_code)]
        #recursion_limit

        mod client;
        #[cfg(feature = "test-util")]
        pub mod mock;
        pub mod models;
        pub mod operations;
        mod service;
        #unknown

        // The runtime crate beside this one (`runtime/`), under the name the
        // generated code uses. What users need of it is re-exported below.
        use #runtime as runtime;

        pub use client::Client;
        #credentials
        pub use runtime::config::ClientBuilder;
        pub use runtime::error::Error;
        pub use runtime::http::ApiResponse;
        pub use runtime::retry::RetryConfig;
        pub use runtime::validate::Validate;
        pub use service::SERVICE;

        /// Client configuration beyond [`ClientBuilder`]: secrets, the
        /// service description, and the TLS provider a client of your own
        /// needs.
        pub mod config {
            pub use crate::runtime::config::{AuthScheme, SecretLocation, ServiceInfo};
            pub use crate::runtime::credentials::Secret;
            pub use crate::runtime::tls::ensure_crypto_provider;
        }

        /// The parts of an [`Error`], and what a response may
        /// warn about.
        pub mod error {
            pub use crate::runtime::decode::DecodeWarning;
            pub use crate::runtime::error::{
                BuildError, ConfigError, Error, PaginationError, SerializeError, ServiceError,
                TransportError, TransportErrorKind, UnreadableResponse, ValidationError, Violation,
            };
            pub use crate::runtime::http::BODY_SNIPPET_LIMIT;
        }

        /// The string formats of the spec, kept as sent with a typed view
        /// on demand.
        pub mod formats {
            pub use crate::runtime::formats::{Base64, Date, Timestamp, Uuid};
        }

        /// Files and forms for `multipart/form-data` request bodies.
        pub mod multipart {
            pub use crate::runtime::multipart::{File, Multipart};
        }

        /// Each operation without a network (feature `test-util`): build
        /// its request with [`Operation::build_request`](sans_io::Operation::build_request)
        /// and read a response with
        /// [`Operation::parse_response`](sans_io::Operation::parse_response).
        #[cfg(feature = "test-util")]
        pub mod sans_io {
            pub use crate::runtime::context::RequestContext;
            pub use crate::runtime::http::{HeaderMap, Method, Request, Response};
            pub use crate::runtime::operation::Operation;
        }
    }
}

/// Whether the API has enums, whose unknown values need `src/unknown.rs`.
pub fn has_enums(api: &Api) -> bool {
    api.types
        .iter()
        .any(|def| matches!(def.kind, TypeKind::Enum(_)))
}

/// Whether the API signs with SDK-HMAC-SHA256, which brings the runtime's
/// Huawei Cloud module.
fn signs(api: &Api) -> bool {
    api.service.auth.contains(&AuthScheme::SdkHmacSha256)
}

pub fn client_file(api: &Api) -> TokenStream {
    let title = escape_doc(&api.crate_info.title);
    let docs = doc_lines(&format!(
        "A client for {title}.\n\nCheap to clone (the connection pool is shared) and safe to use from many tasks at once.\nEach operation is a method returning a builder; finish it with `.send().await`."
    ));
    // Resolve gives a profile exactly to the crates that sign with SDK-HMAC-SHA256.
    let from_env = api.service.credentials.as_ref().map(|profile| {
        let names = |vars: &[String]| {
            vars.iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        };
        let docs = doc_lines(&format!(
            "A client configured the way {}'s official SDKs find their settings: the region from {}, credentials from the environment, the credentials file or the metadata service, and the project id from {} or IAM.",
            escape_doc(&profile.provider),
            names(&profile.environment.region),
            names(&profile.environment.project_id),
        ));
        quote! {
            #docs
            pub fn from_env() -> Result<Client, crate::runtime::error::Error> {
                Self::builder().from_env()?.build()
            }
        }
    });
    quote! {
        //! The client type; its operation methods live in [`crate::operations`].

        use crate::runtime::config::ClientBuilder;
        use crate::runtime::transport::Transport;

        #docs
        #[derive(Debug, Clone)]
        pub struct Client {
            pub(crate) transport: Transport,
        }

        impl Client {
            /// Starts configuring a client: region or endpoint, credentials, timeouts, retries.
            pub fn builder() -> ClientBuilder<Client> {
                ClientBuilder::new(&crate::SERVICE)
            }

            #from_env
        }

        impl From<Transport> for Client {
            fn from(transport: Transport) -> Self {
                Client { transport }
            }
        }
    }
}

pub fn models_mod(api: &Api, with_builder: &dyn Fn(&str) -> bool) -> TokenStream {
    let modules = api.types.iter().map(|t| ident(&t.module));
    let exports = api.types.iter().map(|t| {
        let module = ident(&t.module);
        let name = ident(&t.name);
        if with_builder(&t.name) {
            let builder = ident(&format!("{}Builder", t.name));
            quote! { pub use #module::{#name, #builder}; }
        } else {
            quote! { pub use #module::#name; }
        }
    });
    quote! {
        //! The API's data types, one module per schema, all re-exported here.

        #(mod #modules;)*

        #(#exports)*
    }
}

pub fn operations_mod(api: &Api) -> TokenStream {
    let modules = api.groups.iter().map(|g| {
        let module = ident(&g.module);
        let doc = format!(" {}", escape_doc(&g.name));
        quote! { #[doc = #doc] pub mod #module; }
    });
    quote! {
        //! Operations grouped by tag. Each adds methods to [`crate::Client`].

        #(#modules)*
    }
}
