//! The non-Rust files of the generated crate (`Cargo.toml`, `README.md`),
//! rendered from `minijinja` templates kept in `generator/templates/`.

use minijinja::value::Serde;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use crate::diagnostics::Error;
use crate::emit::GeneratedFile;
use crate::ir::{Api, TypeRef};

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
    let ctx = context! {
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
    let summary = op
        .docs
        .summary
        .clone()
        .unwrap_or_else(|| op.id.clone())
        .replace('|', "\\|");
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
