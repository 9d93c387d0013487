//! The non-Rust files of the generated crate (`Cargo.toml`, `README.md`),
//! rendered from `minijinja` templates kept in `generator/templates/`.

use minijinja::value::Serde;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use crate::diagnostics::Error;
use crate::emit::GeneratedFile;
use crate::ir::{Api, ApiKeyLocation, AuthScheme, TypeRef};

const TEMPLATES: &[(&str, &str, &str)] = &[
    (
        "Cargo.toml",
        "Cargo.toml.j2",
        include_str!("../templates/Cargo.toml.j2"),
    ),
    (
        "README.md",
        "README.md.j2",
        include_str!("../templates/README.md.j2"),
    ),
];

#[derive(Serialize)]
struct OperationRow {
    summary: String,
    method: &'static str,
    path: String,
    example: String,
}

/// Renders every template; `examples` are the names of the crate's examples.
pub fn render(api: &Api, examples: &[String]) -> Result<Vec<GeneratedFile>, Error> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::Template {
            template: "(syntax)".into(),
            message: e.to_string(),
        })?;
    env.set_syntax(syntax);
    // The README is also the crate's rustdoc front page: spec prose in it is
    // escaped the way every doc comment is.
    env.add_filter("doc", |text: String| crate::emit::rust::escape_doc(&text));
    for (_, name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| Error::Template {
                template: name.to_string(),
                message: e.to_string(),
            })?;
    }
    let operations: Vec<OperationRow> = api.operations.iter().map(operation_row).collect();
    let paginated = api
        .operations
        .iter()
        .find(|op| op.pagination.is_some())
        .map(|op| op.method_name.clone());
    let signs = api.service.auth.contains(&AuthScheme::SdkHmacSha256);
    let credential_line = api.service.auth.first().map(|scheme| match scheme {
        AuthScheme::SdkHmacSha256 => {
            ".credentials(Credentials::new(\"AK\", \"SK\").with_project_id(\"PROJECT_ID\"))"
        }
        AuthScheme::ApiKey { .. } => ".api_key(\"API_KEY\")",
        AuthScheme::Bearer => ".bearer_token(\"TOKEN\")",
        AuthScheme::Basic => ".basic_auth(\"USER\", \"PASSWORD\")",
    });
    let auth_notes: Vec<String> = api
        .service
        .auth
        .iter()
        .filter_map(|scheme| match scheme {
            AuthScheme::SdkHmacSha256 => None,
            AuthScheme::ApiKey { location, name } => {
                let place = match location {
                    ApiKeyLocation::Header => "header",
                    ApiKeyLocation::Query => "query parameter",
                    ApiKeyLocation::Cookie => "cookie",
                };
                Some(format!(
                    "an API key (`.api_key(..)`) sent as the `{name}` {place}"
                ))
            }
            AuthScheme::Bearer => Some("a bearer token (`.bearer_token(..)`)".to_owned()),
            AuthScheme::Basic => Some("HTTP basic authentication (`.basic_auth(..)`)".to_owned()),
        })
        .collect();
    let ctx = context! {
        signs => signs,
        credential_line => credential_line,
        auth_notes => auth_notes,
        crate => Value::from(Serde(&api.crate_info)),
        service => Value::from(Serde(&api.service)),
        operations => Value::from(Serde(&operations)),
        paginated => paginated,
        examples => Value::from(Serde(examples)),
    };
    TEMPLATES
        .iter()
        .map(|(path, name, _)| {
            let template = env.get_template(name).map_err(|e| Error::Template {
                template: name.to_string(),
                message: e.to_string(),
            })?;
            let contents = template.render(&ctx).map_err(|e| Error::Template {
                template: name.to_string(),
                message: e.to_string(),
            })?;
            Ok(GeneratedFile {
                path: path.to_string(),
                contents,
            })
        })
        .collect()
}

fn operation_row(op: &crate::ir::Operation) -> OperationRow {
    let args: Vec<String> = op
        .params
        .iter()
        .filter(|p| p.required && p.client_value.is_none())
        .map(|p| {
            if p.ty == TypeRef::String {
                format!("\"{}\"", p.name)
            } else {
                p.name.clone()
            }
        })
        .chain(
            op.body
                .as_ref()
                .filter(|b| b.required)
                .map(|_| "body".to_string()),
        )
        .collect();
    // One table cell: the summary's lines joined, escaped like every doc
    // comment (the README is the crate's rustdoc front page).
    let summary = op.docs.summary.as_deref().unwrap_or(&op.id);
    let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = crate::emit::rust::escape_doc(&summary).replace('|', "\\|");
    OperationRow {
        summary,
        method: op.http_method.as_str(),
        path: op.path.clone(),
        example: format!(
            "client.{}({}).send().await?",
            op.method_name,
            args.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_manifest_and_readme_from_the_ir() {
        let api = crate::emit::tests::sample_api();
        let files = render(&api, &["hello".to_string()]).expect("renders");
        let manifest = &files
            .iter()
            .find(|f| f.path == "Cargo.toml")
            .expect("Cargo.toml")
            .contents;
        assert!(
            manifest.starts_with("# Generated by `cargo run -p generator`"),
            "the marker the CLI relies on"
        );
        assert!(manifest.contains("name = \"pet-store\""));
        assert!(manifest.contains("name = \"pet_store\""));
        let readme = &files
            .iter()
            .find(|f| f.path == "README.md")
            .expect("README.md")
            .contents;
        assert!(readme.contains("| Update a pet | `PUT /pets/{petId}` | `client.update_pet(pet_id, body).send().await?` |"), "{readme}");
        assert!(
            readme.contains("Pets \\[and\\] \\<things\\>."),
            "spec prose is escaped for rustdoc: {readme}"
        );
        assert!(readme.contains("cargo run --example hello"));
        assert!(
            !readme.contains("HUAWEICLOUD_SDK_AK"),
            "no signing, no credential variables"
        );
    }
}
