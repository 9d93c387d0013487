//! The crate's identity (`info`), where the API lives (`servers`) and how
//! requests are signed (`security` + `securitySchemes`).

use heck::ToKebabCase;
use openapiv3::{OpenAPI, ReferenceOr, SecurityScheme};

use super::names::snake;
use crate::diagnostics::{Diagnostic, child, pointer};
use crate::ir::{CrateInfo, Service, Signing};

/// The extension on a security scheme that names the signing algorithm.
const SIGNING_ALGORITHM: &str = "x-signing-algorithm";

pub fn resolve(doc: &OpenAPI) -> (CrateInfo, Service, Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut warnings = Vec::new();
    let crate_info = crate_info(doc, &mut diagnostics);
    let (url_template, region_variable, regions, default_region, endpoint_env_prefix) =
        server(doc, &mut diagnostics);
    let signing = signing(doc, &mut diagnostics, &mut warnings);
    let service = Service {
        url_template,
        region_variable,
        regions,
        default_region,
        endpoint_env_prefix,
        signing,
    };
    (crate_info, service, diagnostics, warnings)
}

fn crate_info(doc: &OpenAPI, diagnostics: &mut Vec<Diagnostic>) -> CrateInfo {
    let package = match doc.info.extensions.get("x-rust-crate-name") {
        Some(serde_json::Value::String(name)) => name.clone(),
        Some(_) => {
            diagnostics.push(Diagnostic::new(
                "#/info/x-rust-crate-name",
                "must be a string",
            ));
            String::new()
        }
        None => doc.info.title.to_kebab_case(),
    };
    let valid = !package.is_empty()
        && package.starts_with(|c: char| c.is_ascii_alphabetic())
        && package
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let package = if valid {
        package
    } else {
        diagnostics.push(Diagnostic::new(
            "#/info",
            format!("'{package}' is not a valid crate name; set info.x-rust-crate-name"),
        ));
        "api-client".to_string()
    };
    CrateInfo {
        lib_name: snake(&package),
        package,
        title: doc.info.title.clone(),
        description: doc.info.description.clone(),
        api_version: doc.info.version.clone(),
    }
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
    let endpoint_env_prefix = match server.extensions.get("x-endpoint-env-prefix") {
        Some(serde_json::Value::String(prefix)) => Some(prefix.clone()),
        Some(_) => {
            diagnostics.push(Diagnostic::new(
                child(&at, "x-endpoint-env-prefix"),
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

fn signing(
    doc: &OpenAPI,
    diagnostics: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Signing {
    let Some(requirements) = &doc.security else {
        return Signing::None;
    };
    let schemes = doc.components.as_ref().map(|c| &c.security_schemes);
    let mut signing = Signing::None;
    for name in requirements.iter().flat_map(|r| r.keys()) {
        let at = pointer(["components", "securitySchemes", name.as_str()]);
        let scheme = match schemes.and_then(|s| s.get(name)) {
            Some(ReferenceOr::Item(scheme)) => scheme,
            _ => {
                diagnostics.push(Diagnostic::new(
                    "#/security",
                    format!("security requirement '{name}' names no security scheme"),
                ));
                continue;
            }
        };
        let extensions = match scheme {
            SecurityScheme::APIKey { extensions, .. }
            | SecurityScheme::HTTP { extensions, .. }
            | SecurityScheme::OAuth2 { extensions, .. }
            | SecurityScheme::OpenIDConnect { extensions, .. } => extensions,
        };
        match extensions.get(SIGNING_ALGORITHM).and_then(|v| v.as_str()) {
            Some("SDK-HMAC-SHA256") => signing = Signing::SdkHmacSha256,
            Some(other) => diagnostics.push(Diagnostic::new(
                child(&at, SIGNING_ALGORITHM),
                format!("signing algorithm '{other}' is not supported (known: SDK-HMAC-SHA256)"),
            )),
            None => warnings.push(Diagnostic::new(
                at,
                "this security scheme is not applied by the generated client; add the credential header yourself",
            )),
        }
    }
    signing
}
