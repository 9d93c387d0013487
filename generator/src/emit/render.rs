//! The non-Rust files of the generated crate (`Cargo.toml`, `README.md`),
//! rendered from `minijinja` templates kept in `generator/templates/`.

use minijinja::value::Serde;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::call;
use super::file::GeneratedFile;
use super::rust::escape_doc;
use crate::diagnostics::Error;
use crate::ir::{Api, AuthScheme};

const TEMPLATES: &[(&str, &str, &str)] = &[
    (
        "Cargo.toml",
        "Cargo.toml.j2",
        include_str!("../../templates/Cargo.toml.j2"),
    ),
    (
        "README.md",
        "README.md.j2",
        include_str!("../../templates/README.md.j2"),
    ),
    (
        "runtime/Cargo.toml",
        "runtime/Cargo.toml.j2",
        include_str!("../../templates/runtime/Cargo.toml.j2"),
    ),
];

/// The call the README's compiled examples make: its client method, its
/// `Mock` accessor and its arguments as Rust text.
#[derive(Serialize)]
struct FirstCall {
    method: String,
    mock: String,
    args: String,
}

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
    env.add_filter("doc", |text: String| escape_doc(&text));
    for (_, name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| Error::Template {
                template: name.to_string(),
                message: e.to_string(),
            })?;
    }
    let operations: Vec<OperationRow> = api.operations.iter().map(operation_row).collect();
    // A paginated operation the example can call without declaring values.
    let paginated = api
        .operations
        .iter()
        .find(|op| op.pagination.is_some() && call::has_only_text_arguments(op))
        .map(call::paged_call);
    let signs = api.service.auth.contains(&AuthScheme::SdkHmacSha256);
    let credential_line = api.service.auth.first().map(super::auth::readme_line);
    let auth_notes: Vec<String> = api
        .service
        .auth
        .iter()
        .filter_map(super::auth::description)
        .collect();
    let ctx = context! {
        first_call => Value::from(Serde(&first_call(api))),
        client_values => client_values(api),
        signs => signs,
        credential_line => credential_line,
        auth_notes => auth_notes,
        crate => Value::from(Serde(&api.crate_info)),
        runtime_package => api.crate_info.runtime_package(),
        runtime_lib_name => api.crate_info.runtime_lib_name(),
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

/// The operation the README shows being called, sent to a mock and
/// configured: one whose arguments are plain strings without documented
/// constraints (so placeholder values pass validation when the mock example
/// runs) and that needs no body; preferably one without arguments, then a
/// `GET`. `None` when no operation fits.
fn first_call(api: &Api) -> Option<FirstCall> {
    api.operations
        .iter()
        .filter(|op| call::has_only_free_text_arguments(op))
        .min_by_key(|op| {
            (
                !call::arguments(op).is_empty(),
                op.http_method != crate::ir::HttpMethod::Get,
            )
        })
        .map(|op| FirstCall {
            method: op.method_name.clone(),
            mock: super::mock::accessor_name(op),
            args: call::arguments(op)
                .iter()
                .map(call::Argument::text)
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// The names of the client values that paths take
/// (`x-vendorgen-client-value`), in order of first use.
fn client_values(api: &Api) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let used = api.operations.iter().flat_map(|op| &op.params);
    for name in used.filter_map(|p| p.client_value.as_ref()) {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    names
}

fn operation_row(op: &crate::ir::Operation) -> OperationRow {
    // One table cell: the summary's lines joined, escaped like every doc
    // comment (the README is the crate's rustdoc front page).
    let summary = op.docs.summary.as_deref().unwrap_or(&op.id);
    let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = escape_doc(&summary).replace('|', "\\|");
    OperationRow {
        summary,
        method: op.http_method.as_str(),
        path: op.path.clone(),
        example: format!("{}.send().await?", call::example_call(op)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README rendered for `api`.
    fn readme(api: &Api) -> String {
        render(api, &[])
            .expect("renders")
            .into_iter()
            .find(|f| f.path == "README.md")
            .expect("README.md")
            .contents
    }

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

    #[test]
    fn the_pagination_example_calls_the_operation_as_it_is_declared() {
        use crate::ir::{FieldStep, Pagination, Param, ParamLocation, ParamStyle, TypeRef};
        let mut api = crate::emit::tests::sample_api();
        let op = &mut api.operations[0];
        // A required text path parameter, and a page size that is not
        // called `limit`.
        op.params[0].ty = TypeRef::String;
        op.body = None;
        op.params.push(Param {
            name: "page_size".into(),
            wire_name: "pageSize".into(),
            location: ParamLocation::Query,
            required: false,
            ty: TypeRef::Integer(crate::ir::IntWidth::I32),
            style: ParamStyle::Form,
            explode: true,
            ..op.params[0].clone()
        });
        op.pagination = Some(Pagination {
            marker_param: 1,
            limit_param: Some(1),
            next_marker: vec![FieldStep {
                field: "name".into(),
                optional: false,
            }],
            items: FieldStep {
                field: "name".into(),
                optional: false,
            },
            item_ty: TypeRef::String,
        });
        let text = readme(&api);
        assert!(
            text.contains(
                "let all: Vec<_> = client.update_pet(\"pet_id\").page_size(100).into_stream()"
            ),
            "{text}"
        );

        // An argument the example would have to declare: no example.
        api.operations[0].params[0].ty = TypeRef::Integer(crate::ir::IntWidth::I64);
        let text = readme(&api);
        assert!(!text.contains("into_stream().try_collect()"), "{text}");
    }

    #[test]
    fn the_readme_calls_an_operation_whose_placeholder_arguments_are_valid() {
        use crate::ir::{Constraints, HttpMethod, Operation, TypeRef};
        let mut api = crate::emit::tests::sample_api();
        let put = api.operations[0].clone();
        // An integer argument and a required body: nothing to call.
        assert!(first_call(&api).is_none());

        let variant = |name: &str, method: HttpMethod, pattern: Option<&str>| -> Operation {
            let mut op = put.clone();
            op.method_name = name.into();
            op.http_method = method;
            op.body = None;
            op.params[0].ty = TypeRef::String;
            op.params[0].constraints = Constraints {
                pattern: pattern.map(str::to_owned),
                ..Constraints::default()
            };
            op
        };
        // A constrained string would make the placeholder invalid.
        api.operations
            .push(variant("show_pet", HttpMethod::Get, Some("^[0-9]+$")));
        assert!(first_call(&api).is_none());

        api.operations
            .push(variant("get_pet", HttpMethod::Get, None));
        let call = first_call(&api).expect("get_pet fits");
        assert_eq!(
            (call.method.as_str(), call.args.as_str()),
            ("get_pet", "\"pet_id\"")
        );

        // No argument beats a GET; among those without arguments, a GET wins.
        let mut ping = variant("client", HttpMethod::Post, None);
        ping.params[0].client_value = Some("project_id".into());
        api.operations.push(ping);
        let call = first_call(&api).expect("client fits");
        assert_eq!((call.method.as_str(), call.args.as_str()), ("client", ""));
        assert_eq!(call.mock, "client_operation", "the mock's own name for it");
        let mut list = variant("list_pets", HttpMethod::Get, None);
        list.params[0].client_value = Some("project_id".into());
        api.operations.push(list);
        assert_eq!(first_call(&api).expect("fits").method, "list_pets");

        assert_eq!(client_values(&api), ["project_id"]);
        let readme = render(&api, &[]).expect("renders");
        let readme = &readme
            .iter()
            .find(|f| f.path == "README.md")
            .expect("README")
            .contents;
        assert!(
            readme.contains(".value(\"project_id\", \"PROJECT_ID\")"),
            "{readme}"
        );
        assert!(
            readme.contains("mock.list_pets().fails_with(404"),
            "{readme}"
        );
        assert!(readme.contains("--check"), "{readme}");
    }
}
