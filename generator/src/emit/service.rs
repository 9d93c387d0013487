//! `service.rs` of the generated crate: the `SERVICE` description (where the
//! API lives, from `servers`; how requests are authenticated, from
//! `security`), and for SDK-HMAC-SHA256 the deployment's names (from
//! `x-vendorgen-credentials`) as the runtime's `huawei::Profile`, which the
//! scheme in `SERVICE.auth` carries to the runtime.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, ApiKeyLocation, AuthScheme, CredentialProfile};

pub fn service_file(api: &Api) -> TokenStream {
    let s = &api.service;
    let name = &api.crate_info.title;
    let version = &api.crate_info.api_version;
    let url = &s.url_template;
    let option = |value: &Option<String>| match value {
        Some(v) => quote! { Some(#v) },
        None => quote! { None },
    };
    let region_variable = option(&s.region_variable);
    let default_region = option(&s.default_region);
    let env_prefix = option(&s.endpoint_env_prefix);
    let regions = &s.regions;
    let auth = s.auth.iter().map(|scheme| match scheme {
        // The static is emitted below from the profile, which resolve gives
        // every crate with this scheme.
        AuthScheme::SdkHmacSha256 => quote! { AuthScheme::Custom(&SDK_HMAC_SHA256) },
        AuthScheme::ApiKey { location, name } => {
            let location = match location {
                ApiKeyLocation::Header => quote! { Header },
                ApiKeyLocation::Query => quote! { Query },
                ApiKeyLocation::Cookie => quote! { Cookie },
            };
            quote! { AuthScheme::ApiKey { location: SecretLocation::#location, name: #name } }
        }
        AuthScheme::Bearer => quote! { AuthScheme::Bearer },
        AuthScheme::Basic => quote! { AuthScheme::Basic },
    });
    let uses_api_key = s
        .auth
        .iter()
        .any(|scheme| matches!(scheme, AuthScheme::ApiKey { .. }));
    let imports = if uses_api_key {
        quote! { use crate::runtime::config::{AuthScheme, SecretLocation, ServiceInfo}; }
    } else if s.auth.is_empty() {
        quote! { use crate::runtime::config::ServiceInfo; }
    } else {
        quote! { use crate::runtime::config::{AuthScheme, ServiceInfo}; }
    };
    let profile = s.credentials.as_ref().map(profile_items);
    let profile_imports = s.credentials.as_ref().map(|_| {
        quote! {
            use crate::runtime::huawei::SdkHmacSha256;
            use crate::runtime::huawei::profile::{
                CredentialsFile, Environment, Iam, Metadata, Profile,
            };
        }
    });
    let auth_optional = s.auth_optional;
    quote! {
        //! Where the API lives and how requests are authenticated, from the
        //! spec's `servers`, `security` and `securitySchemes`.

        #imports
        #profile_imports

        /// The API's endpoints, regions and authentication schemes.
        pub static SERVICE: ServiceInfo = ServiceInfo {
            name: #name,
            version: #version,
            url_template: #url,
            region_variable: #region_variable,
            regions: &[#(#regions),*],
            default_region: #default_region,
            endpoint_env_prefix: #env_prefix,
            auth: &[#(#auth),*],
            auth_optional: #auth_optional,
        };

        #profile
    }
}

/// The `CREDENTIALS` profile and the `SDK_HMAC_SHA256` scheme that carries
/// it.
fn profile_items(p: &CredentialProfile) -> TokenStream {
    let e = &p.environment;
    let (access_key, secret_key, security_token) =
        (&e.access_key, &e.secret_key, &e.security_token);
    let (project_id, region, iam_endpoint, credentials_file) = (
        &e.project_id,
        &e.region,
        &e.iam_endpoint,
        &e.credentials_file,
    );
    let provider = &p.provider;
    let file_path = &p.credentials_file_path;
    let file_section = &p.credentials_file_section;
    let project_id_header = &p.project_id_header;
    let security_token_header = &p.security_token_header;
    let project_id_value = &p.project_id_value;
    let iam_regional = &p.iam_regional_endpoint;
    let iam_global = &p.iam_global_endpoint;
    let iam_regions = &p.iam_regions;
    let metadata_endpoint = &p.metadata_endpoint;
    let token_path = &p.metadata_token_path;
    let credentials_path = &p.metadata_credentials_path;
    let token_ttl_header = &p.metadata_token_ttl_header;
    let token_header = &p.metadata_token_header;
    quote! {
        /// Where this API's clients find SDK-HMAC-SHA256 credentials and what
        /// the deployment calls things, from the security scheme's
        /// `x-vendorgen-credentials`.
        static CREDENTIALS: Profile = Profile {
            provider: #provider,
            environment: Environment {
                access_key: &[#(#access_key),*],
                secret_key: &[#(#secret_key),*],
                security_token: &[#(#security_token),*],
                project_id: &[#(#project_id),*],
                region: &[#(#region),*],
                iam_endpoint: &[#(#iam_endpoint),*],
                credentials_file: &[#(#credentials_file),*],
            },
            credentials_file: CredentialsFile {
                path: #file_path,
                section: #file_section,
            },
            project_id_header: #project_id_header,
            security_token_header: #security_token_header,
            project_id_value: #project_id_value,
            iam: Iam {
                regional_endpoint: #iam_regional,
                global_endpoint: #iam_global,
                regions: &[#(#iam_regions),*],
            },
            metadata: Metadata {
                endpoint: #metadata_endpoint,
                token_path: #token_path,
                credentials_path: #credentials_path,
                token_ttl_header: #token_ttl_header,
                token_header: #token_header,
            },
        };

        /// SDK-HMAC-SHA256 signing with [`CREDENTIALS`].
        static SDK_HMAC_SHA256: SdkHmacSha256 = SdkHmacSha256::new(&CREDENTIALS);
    }
}
