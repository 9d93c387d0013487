//! How each authentication scheme is presented to the crate's users, in one
//! place: the client builder's method that takes its credential, the
//! placeholder values examples use (the README's, the mock's), and the
//! sentence that says how the credential is sent.

use proc_macro2::TokenStream;
use quote::quote;

use super::rust::ident;
use crate::ir::{ApiKeyLocation, AuthScheme};

/// A scheme's credential as the client builder takes it.
struct Setter {
    /// The `ClientBuilder` method.
    method: &'static str,
    /// Its arguments: the README's placeholder, then the mock's value.
    arguments: &'static [(&'static str, &'static str)],
}

fn setter(scheme: &AuthScheme) -> Setter {
    match scheme {
        AuthScheme::SdkHmacSha256 => Setter {
            method: "credentials",
            arguments: &[("AK", "MOCK_AK"), ("SK", "MOCK_SK")],
        },
        AuthScheme::ApiKey { .. } => Setter {
            method: "api_key",
            arguments: &[("API_KEY", "mock-api-key")],
        },
        AuthScheme::Bearer => Setter {
            method: "bearer_token",
            arguments: &[("TOKEN", "mock-token")],
        },
        AuthScheme::Basic => Setter {
            method: "basic_auth",
            arguments: &[("USER", "mock-user"), ("PASSWORD", "mock-password")],
        },
    }
}

/// The README's builder line for `scheme`: `.api_key("API_KEY")`. An
/// SDK-HMAC-SHA256 key pair also names a project, as such APIs need one.
pub fn readme_line(scheme: &AuthScheme) -> String {
    let Setter { method, arguments } = setter(scheme);
    let values: Vec<String> = arguments
        .iter()
        .map(|(placeholder, _)| format!("\"{placeholder}\""))
        .collect();
    let values = values.join(", ");
    match scheme {
        AuthScheme::SdkHmacSha256 => {
            format!(".{method}(Credentials::new({values}).with_project_id(\"PROJECT_ID\"))")
        }
        AuthScheme::ApiKey { .. } | AuthScheme::Bearer | AuthScheme::Basic => {
            format!(".{method}({values})")
        }
    }
}

/// The mock client's builder step for `scheme`, with the mock's values:
/// `builder.api_key("mock-api-key")`.
pub fn mock_step(scheme: &AuthScheme) -> TokenStream {
    let Setter { method, arguments } = setter(scheme);
    let method = ident(method);
    let values = arguments.iter().map(|(_, value)| value);
    match scheme {
        AuthScheme::SdkHmacSha256 => {
            quote! { builder.#method(crate::Credentials::new(#(#values),*)) }
        }
        AuthScheme::ApiKey { .. } | AuthScheme::Bearer | AuthScheme::Basic => {
            quote! { builder.#method(#(#values),*) }
        }
    }
}

/// How a request carries the scheme's credential, for prose: "a bearer
/// token (`.bearer_token(..)`)". SDK-HMAC-SHA256 has its own section (its
/// credential chain), so it has no sentence here.
pub fn description(scheme: &AuthScheme) -> Option<String> {
    let method = setter(scheme).method;
    match scheme {
        AuthScheme::SdkHmacSha256 => None,
        AuthScheme::ApiKey { location, name } => {
            let place = match location {
                ApiKeyLocation::Header => "header",
                ApiKeyLocation::Query => "query parameter",
                ApiKeyLocation::Cookie => "cookie",
            };
            Some(format!(
                "an API key (`.{method}(..)`) sent as the `{name}` {place}"
            ))
        }
        AuthScheme::Bearer => Some(format!("a bearer token (`.{method}(..)`)")),
        AuthScheme::Basic => Some(format!("HTTP basic authentication (`.{method}(..)`)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_reads_the_same_in_the_readme_the_mock_and_prose() {
        let key = AuthScheme::ApiKey {
            location: ApiKeyLocation::Cookie,
            name: "session".into(),
        };
        assert_eq!(readme_line(&key), ".api_key(\"API_KEY\")");
        assert_eq!(
            mock_step(&key).to_string(),
            quote! { builder.api_key("mock-api-key") }.to_string()
        );
        assert_eq!(
            description(&key).as_deref(),
            Some("an API key (`.api_key(..)`) sent as the `session` cookie")
        );
        assert_eq!(
            readme_line(&AuthScheme::Basic),
            ".basic_auth(\"USER\", \"PASSWORD\")"
        );
        assert_eq!(
            mock_step(&AuthScheme::Basic).to_string(),
            quote! { builder.basic_auth("mock-user", "mock-password") }.to_string()
        );
        assert_eq!(
            readme_line(&AuthScheme::SdkHmacSha256),
            ".credentials(Credentials::new(\"AK\", \"SK\").with_project_id(\"PROJECT_ID\"))"
        );
        assert_eq!(
            mock_step(&AuthScheme::SdkHmacSha256).to_string(),
            quote! { builder.credentials(crate::Credentials::new("MOCK_AK", "MOCK_SK")) }
                .to_string()
        );
        assert_eq!(description(&AuthScheme::SdkHmacSha256), None);
        assert_eq!(
            description(&AuthScheme::Bearer).as_deref(),
            Some("a bearer token (`.bearer_token(..)`)")
        );
    }
}
