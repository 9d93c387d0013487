//! The crate's identity (`info`), where the API lives (`servers`) and how
//! requests are authenticated (`security` + `securitySchemes`).

use heck::ToKebabCase;
use openapiv3::{APIKeyLocation, OpenAPI, ReferenceOr, SecurityScheme};

use super::names::snake;
use crate::diagnostics::{Diagnostic, child, pointer};
use crate::ir::{
    ApiKeyLocation, AuthScheme, CrateInfo, CredentialEnvironment, CredentialProfile, Service,
};

/// The extension on a security scheme that names the signing algorithm.
const SIGNING_ALGORITHM: &str = "x-vendorgen-signing-algorithm";

/// The extension beside it that names the deployment's environment
/// variables, credentials file, headers and endpoints.
const CREDENTIALS: &str = "x-vendorgen-credentials";

pub fn resolve(doc: &OpenAPI) -> (CrateInfo, Service, Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut warnings = Vec::new();
    let crate_info = crate_info(doc, &mut warnings);
    let (url_template, region_variable, regions, default_region, endpoint_env_prefix) =
        server(doc, &mut diagnostics);
    let (auth, auth_optional, credentials) = auth(doc, &mut diagnostics, &mut warnings);
    let service = Service {
        url_template,
        region_variable,
        regions,
        default_region,
        endpoint_env_prefix,
        auth,
        auth_optional,
        credentials,
    };
    (crate_info, service, diagnostics, warnings)
}

/// The extension on `info` that names the package.
const CRATE_NAME: &str = "x-vendorgen-crate-name";

/// Names cargo or rustc reserve, which a package or library may not take.
const RESERVED_PACKAGES: &[&str] = &["test", "std", "core", "alloc", "proc-macro", "proc_macro"];

/// Cargo's limit on a package name's length.
const MAX_PACKAGE_LEN: usize = 64;

fn crate_info(doc: &OpenAPI, warnings: &mut Vec<Diagnostic>) -> CrateInfo {
    let package = match doc.info.extensions.get(CRATE_NAME) {
        Some(serde_json::Value::String(name)) if valid_package(name) => name.clone(),
        Some(serde_json::Value::String(name)) => {
            let derived = package_from_title(&doc.info.title);
            warnings.push(Diagnostic::new(
                child("#/info", CRATE_NAME),
                format!("'{name}' is not a valid crate name; the crate is named '{derived}' after info.title instead"),
            ));
            derived
        }
        // A misshapen extension was already dropped (with a warning) by the loader.
        _ => {
            let derived = package_from_title(&doc.info.title);
            if derived != doc.info.title.to_kebab_case() {
                warnings.push(Diagnostic::new(
                    "#/info/title",
                    format!(
                        "'{}' does not make a crate name as it is; the crate is named '{derived}' (set info.{CRATE_NAME} to choose another)",
                        doc.info.title
                    ),
                ));
            }
            derived
        }
    };
    CrateInfo {
        lib_name: snake(&package),
        package,
        title: doc.info.title.clone(),
        description: doc.info.description.clone(),
        api_version: doc.info.version.clone(),
    }
}

/// A package name cargo accepts: ASCII letters, digits, `-` and `_`, starting
/// with a letter, not reserved, at most 64 characters.
fn valid_package(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.len() <= MAX_PACKAGE_LEN
        && !RESERVED_PACKAGES.contains(&name)
}

/// The title in kebab case, keeping only ASCII letters and digits (accents,
/// other scripts and punctuation are dropped), starting with a letter, not
/// reserved, and cut at a word boundary to cargo's length limit; a title with
/// nothing usable gives `api-client`.
fn package_from_title(title: &str) -> String {
    let ascii: String = title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut name = ascii.to_kebab_case();
    if name.is_empty() {
        return "api-client".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("api-{name}");
    }
    if name.len() > MAX_PACKAGE_LEN {
        let cut = name[..MAX_PACKAGE_LEN]
            .rfind('-')
            .unwrap_or(MAX_PACKAGE_LEN);
        name.truncate(cut);
    }
    if RESERVED_PACKAGES.contains(&name.as_str()) || !valid_package(&name) {
        name = format!("{name}-api");
    }
    name
}

type ServerParts = (
    String,
    Option<String>,
    Vec<String>,
    Option<String>,
    Option<String>,
);

fn server(doc: &OpenAPI, diagnostics: &mut Vec<Diagnostic>) -> ServerParts {
    let Some(server) = doc.servers.first() else {
        // No server: the client needs an explicit endpoint.
        return (String::new(), None, Vec::new(), None, None);
    };
    let at = pointer(["servers", "0"]);
    let variables = server.variables.as_ref();
    let count = variables.map_or(0, |v| v.len());
    let region_key = variables.and_then(|vars| {
        if count == 1 {
            vars.keys().next().cloned()
        } else {
            vars.keys().find(|k| *k == "region").cloned()
        }
    });
    let mut url = server.url.clone();
    // Every other variable is fixed at its default.
    if let Some(vars) = variables {
        for (name, variable) in vars {
            if Some(name) != region_key.as_ref() {
                url = url.replace(&format!("{{{name}}}"), &variable.default);
            }
        }
    }
    let (regions, default_region) = match region_key.as_ref().and_then(|k| variables?.get(k)) {
        Some(variable) => (variable.enumeration.clone(), Some(variable.default.clone())),
        None => (Vec::new(), None),
    };
    let endpoint_env_prefix = match server.extensions.get("x-vendorgen-endpoint-env-prefix") {
        Some(serde_json::Value::String(prefix)) => Some(prefix.clone()),
        Some(_) => {
            diagnostics.push(Diagnostic::new(
                child(&at, "x-vendorgen-endpoint-env-prefix"),
                "must be a string",
            ));
            None
        }
        None => None,
    };
    (
        url,
        region_key,
        regions,
        default_region,
        endpoint_env_prefix,
    )
}

/// The schemes of the top-level security requirements. Requirements are
/// alternatives and each may combine schemes; the client applies every scheme
/// it has a credential for, so one flat list serves both.
fn auth(
    doc: &OpenAPI,
    diagnostics: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> (Vec<AuthScheme>, bool, Option<CredentialProfile>) {
    let Some(requirements) = &doc.security else {
        return (Vec::new(), false, None);
    };
    let mut credentials: Option<CredentialProfile> = None;
    let optional = requirements.iter().any(|r| r.is_empty());
    let schemes = doc.components.as_ref().map(|c| &c.security_schemes);
    let mut auth = Vec::new();
    for name in requirements.iter().flat_map(|r| r.keys()) {
        let at = pointer(["components", "securitySchemes", name.as_str()]);
        let scheme = match schemes.and_then(|s| s.get(name)) {
            Some(ReferenceOr::Item(scheme)) => scheme,
            _ => {
                // Published subsets of larger documents keep the requirement
                // and drop the scheme (progenitor's `sevdesk-san-sub.yaml`):
                // nothing says how to send it, so nothing is sent.
                warnings.push(Diagnostic::new(
                    "#/security",
                    format!(
                        "security requirement '{name}' names no security scheme; the client sends no credential for it"
                    ),
                ));
                continue;
            }
        };
        let Some((resolved, profile)) = auth_scheme(scheme, &at, diagnostics, warnings) else {
            continue;
        };
        if let Some(profile) = profile {
            match &credentials {
                Some(first) if *first != profile => diagnostics.push(Diagnostic::new(
                    child(&at, CREDENTIALS),
                    "differs from another SDK-HMAC-SHA256 scheme's; a client signs with one \
                     deployment's names",
                )),
                Some(_) => {}
                None => credentials = Some(profile),
            }
        }
        if !auth.contains(&resolved) {
            auth.push(resolved);
        }
    }
    (auth, optional, credentials)
}

/// The scheme, and for SDK-HMAC-SHA256 the deployment's names.
fn auth_scheme(
    scheme: &SecurityScheme,
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Option<(AuthScheme, Option<CredentialProfile>)> {
    let extensions = match scheme {
        SecurityScheme::APIKey { extensions, .. }
        | SecurityScheme::HTTP { extensions, .. }
        | SecurityScheme::OAuth2 { extensions, .. }
        | SecurityScheme::OpenIDConnect { extensions, .. } => extensions,
    };
    match extensions.get(SIGNING_ALGORITHM).map(|v| v.as_str()) {
        Some(Some("SDK-HMAC-SHA256")) => {
            let Some(profile) = extensions.get(CREDENTIALS).and_then(credential_profile) else {
                diagnostics.push(Diagnostic::new(
                    at,
                    format!(
                        "{SIGNING_ALGORITHM}: SDK-HMAC-SHA256 needs {CREDENTIALS} beside it (the \
                         deployment's environment variables, credentials file, project id and \
                         security token headers, IAM and metadata endpoints)"
                    ),
                ));
                return None;
            };
            return Some((AuthScheme::SdkHmacSha256, Some(profile)));
        }
        Some(other) => {
            diagnostics.push(Diagnostic::new(
                child(at, SIGNING_ALGORITHM),
                format!(
                    "signing algorithm {} is not supported (known: SDK-HMAC-SHA256)",
                    other.map_or_else(|| "(not a string)".to_owned(), |o| format!("'{o}'"))
                ),
            ));
            return None;
        }
        None => {}
    }
    let resolved = match scheme {
        SecurityScheme::APIKey { location, name, .. } => Some(AuthScheme::ApiKey {
            location: match location {
                APIKeyLocation::Header => ApiKeyLocation::Header,
                APIKeyLocation::Query => ApiKeyLocation::Query,
                APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
            },
            name: name.clone(),
        }),
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
            Some(AuthScheme::Bearer)
        }
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
            Some(AuthScheme::Basic)
        }
        SecurityScheme::HTTP { scheme, .. } => {
            warnings.push(Diagnostic::new(
                at,
                format!(
                    "HTTP authentication scheme '{scheme}' is not applied by the generated client (bearer and basic are)"
                ),
            ));
            None
        }
        // The token flow is the caller's business; the client sends the token.
        SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
            Some(AuthScheme::Bearer)
        }
    };
    resolved.map(|scheme| (scheme, None))
}

/// The names of `x-vendorgen-credentials`, whose shape the loader checked
/// (a misshapen one was dropped with a warning, so it reads as missing).
fn credential_profile(value: &serde_json::Value) -> Option<CredentialProfile> {
    let text = |path: &str| value.pointer(path)?.as_str().map(str::to_owned);
    let texts = |path: &str| match value.pointer(path)? {
        serde_json::Value::String(one) => Some(vec![one.clone()]),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().map(str::to_owned))
            .collect(),
        _ => None,
    };
    Some(CredentialProfile {
        provider: text("/provider")?,
        environment: CredentialEnvironment {
            access_key: texts("/environment/access_key")?,
            secret_key: texts("/environment/secret_key")?,
            security_token: texts("/environment/security_token")?,
            project_id: texts("/environment/project_id")?,
            region: texts("/environment/region")?,
            iam_endpoint: texts("/environment/iam_endpoint")?,
            credentials_file: texts("/environment/credentials_file")?,
        },
        credentials_file_path: text("/credentials_file/path")?,
        credentials_file_section: text("/credentials_file/section")?,
        project_id_header: text("/project_id_header")?,
        security_token_header: text("/security_token_header")?,
        project_id_value: text("/project_id_value")?,
        iam_regional_endpoint: text("/iam/regional_endpoint")?,
        iam_global_endpoint: text("/iam/global_endpoint")?,
        iam_regions: texts("/iam/regions")?,
        metadata_endpoint: text("/metadata/endpoint")?,
        metadata_token_path: text("/metadata/token_path")?,
        metadata_credentials_path: text("/metadata/credentials_path")?,
        metadata_token_ttl_header: text("/metadata/token_ttl_header")?,
        metadata_token_header: text("/metadata/token_header")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_auth(security: &str, schemes: &str) -> (Vec<AuthScheme>, bool, Vec<String>) {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nsecurity: {security}\ncomponents:\n  securitySchemes: {schemes}\n"
        );
        let doc = crate::load::load_str(std::path::Path::new("t.yaml"), &text)
            .unwrap_or_else(|e| panic!("{e}"))
            .document;
        let (mut diagnostics, mut warnings) = (Vec::new(), Vec::new());
        let (auth, optional, _) = auth(&doc, &mut diagnostics, &mut warnings);
        let messages = diagnostics
            .iter()
            .chain(&warnings)
            .map(ToString::to_string)
            .collect();
        (auth, optional, messages)
    }

    #[test]
    fn every_common_scheme_has_a_way_to_authenticate() {
        let (auth, optional, messages) = resolve_auth(
            "[{key: [], bearer: []}, {basic: []}, {oauth: [read]}, {key: []}, {}]",
            "{key: {type: apiKey, in: query, name: api_key}, bearer: {type: http, scheme: Bearer}, \
             basic: {type: http, scheme: basic}, oauth: {type: openIdConnect, openIdConnectUrl: 'https://x'}}",
        );
        assert_eq!(
            auth,
            [
                AuthScheme::ApiKey {
                    location: ApiKeyLocation::Query,
                    name: "api_key".into()
                },
                AuthScheme::Bearer,
                AuthScheme::Basic,
            ],
            "OpenID Connect sends a bearer token too; repeats are dropped"
        );
        assert!(
            optional,
            "the empty requirement makes authentication optional"
        );
        assert!(messages.is_empty(), "{messages:?}");
    }

    #[test]
    fn odd_titles_make_sane_crate_names() {
        for (title, expected) in [
            ("Oxide Region API", "oxide-region-api"),
            ("Ключ API", "api"),
            ("日本語", "api-client"),
            ("!!!", "api-client"),
            ("3D Secure", "api-3d-secure"),
            ("test", "test-api"),
            ("Café Payments v2", "caf-payments-v2"),
        ] {
            let name = package_from_title(title);
            assert_eq!(name, expected, "{title}");
            assert!(valid_package(&name), "{name}");
        }
        let long = package_from_title(&"word ".repeat(30));
        assert!(
            long.len() <= MAX_PACKAGE_LEN && valid_package(&long),
            "{long}"
        );
    }

    #[test]
    fn crate_names_come_with_a_warning_when_the_title_is_odd() {
        let info = |info: &str| {
            let text = format!("openapi: 3.0.3\ninfo: {info}\npaths: {{}}\n");
            let doc = crate::load::load_str(std::path::Path::new("t.yaml"), &text)
                .unwrap_or_else(|e| panic!("{e}"))
                .document;
            let mut warnings = Vec::new();
            let info = crate_info(&doc, &mut warnings);
            (
                info.package,
                info.lib_name,
                warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            )
        };
        let (package, lib, warnings) = info("{title: Pet Store, version: '1'}");
        assert_eq!((package.as_str(), lib.as_str()), ("pet-store", "pet_store"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let (package, _, warnings) = info("{title: 'Интернет-магазин', version: '1'}");
        assert_eq!(package, "api-client");
        assert!(
            warnings[0].starts_with("#/info/title: 'Интернет-магазин' does not make a crate name"),
            "{warnings:?}"
        );
        let (package, _, warnings) =
            info("{title: Pets, version: '1', x-vendorgen-crate-name: '9lives'}");
        assert_eq!(package, "pets");
        assert!(
            warnings[0]
                .starts_with("#/info/x-vendorgen-crate-name: '9lives' is not a valid crate name"),
            "{warnings:?}"
        );
        let (package, lib, warnings) =
            info("{title: Pets, version: '1', x-vendorgen-crate-name: my-pets}");
        assert_eq!((package.as_str(), lib.as_str()), ("my-pets", "my_pets"));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_requirement_without_its_scheme_is_a_warning() {
        let (_, _, messages) = resolve_auth("[{api_key: []}]", "{}");
        let doc = crate::load::load_str(
            std::path::Path::new("t.yaml"),
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nsecurity: [{api_key: []}]\n",
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .document;
        let (mut diagnostics, mut warnings) = (Vec::new(), Vec::new());
        let (auth, _, _) = auth(&doc, &mut diagnostics, &mut warnings);
        assert!(auth.is_empty() && diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(warnings.len(), 1);
        assert!(messages[0].contains("'api_key' names no security scheme"));
    }

    #[test]
    fn unknown_schemes_are_named_by_pointer() {
        let (auth, _, messages) = resolve_auth(
            "[{digest: []}, {signed: []}, {missing: []}]",
            "{digest: {type: http, scheme: digest}, signed: {type: apiKey, in: header, name: A, x-vendorgen-signing-algorithm: HMAC-MD5}}",
        );
        assert!(auth.is_empty());
        let all = messages.join("\n");
        for expected in [
            "#/components/securitySchemes/digest",
            "'digest' is not applied",
            "#/components/securitySchemes/signed/x-vendorgen-signing-algorithm",
            "'HMAC-MD5' is not supported",
            "'missing' names no security scheme",
        ] {
            assert!(all.contains(expected), "{expected} in {all}");
        }
    }

    /// `x-vendorgen-credentials` for a scheme, as YAML flow text.
    const OTHER_CREDENTIALS: &str = "{provider: Example Cloud, \
        environment: {access_key: [EXAMPLE_AK, OLD_AK], secret_key: EXAMPLE_SK, security_token: [], \
        project_id: [EXAMPLE_TENANT], region: [EXAMPLE_REGION], iam_endpoint: [EXAMPLE_IAM], \
        credentials_file: [EXAMPLE_FILE]}, \
        credentials_file: {path: '~/.example/keys', section: default}, \
        project_id_header: X-Tenant, security_token_header: X-Session-Token, \
        project_id_value: tenant_id, \
        iam: {regional_endpoint: 'https://id.{region}.example', global_endpoint: 'https://id.example', regions: [north-1]}, \
        metadata: {endpoint: 'http://10.0.0.1', token_path: /t, credentials_path: /k, \
        token_ttl_header: X-Ttl, token_header: X-Tok}}";

    #[test]
    fn signing_takes_the_deployment_names_from_the_spec() {
        let schemes = format!(
            "{{signed: {{type: apiKey, in: header, name: Authorization, \
             x-vendorgen-signing-algorithm: SDK-HMAC-SHA256, x-vendorgen-credentials: {OTHER_CREDENTIALS}}}}}"
        );
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nsecurity: [{{signed: []}}]\ncomponents:\n  securitySchemes: {schemes}\n"
        );
        let doc = crate::load::load_str(std::path::Path::new("t.yaml"), &text)
            .unwrap_or_else(|e| panic!("{e}"))
            .document;
        let (mut diagnostics, mut warnings) = (Vec::new(), Vec::new());
        let (auth, _, credentials) = auth(&doc, &mut diagnostics, &mut warnings);
        assert!(
            diagnostics.is_empty() && warnings.is_empty(),
            "{diagnostics:?} {warnings:?}"
        );
        assert_eq!(auth, [AuthScheme::SdkHmacSha256]);
        let profile = credentials.unwrap_or_else(|| panic!("no profile"));
        assert_eq!(profile.provider, "Example Cloud");
        assert_eq!(profile.environment.access_key, ["EXAMPLE_AK", "OLD_AK"]);
        assert_eq!(
            profile.environment.secret_key,
            ["EXAMPLE_SK"],
            "one name is a list of one"
        );
        assert!(profile.environment.security_token.is_empty());
        assert_eq!(profile.credentials_file_path, "~/.example/keys");
        assert_eq!(profile.project_id_header, "X-Tenant");
        assert_eq!(profile.project_id_value, "tenant_id");
        assert_eq!(profile.iam_regional_endpoint, "https://id.{region}.example");
        assert_eq!(profile.iam_regions, ["north-1"]);
        assert_eq!(profile.metadata_token_header, "X-Tok");
    }

    #[test]
    fn signing_without_the_deployment_names_is_an_error_at_the_scheme() {
        let (auth, _, messages) = resolve_auth(
            "[{signed: []}]",
            "{signed: {type: apiKey, in: header, name: Authorization, x-vendorgen-signing-algorithm: SDK-HMAC-SHA256}}",
        );
        assert!(auth.is_empty());
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with("#/components/securitySchemes/signed: x-vendorgen-signing-algorithm: SDK-HMAC-SHA256 needs x-vendorgen-credentials"),
            "{messages:?}"
        );
    }
}
