//! Snapshots of the resolved IR: every naming, typing and constraint
//! decision the generator makes, reviewable as a diff when it changes.

use std::path::Path;

use generator::ResolveOptions;

fn ir_of(path: &Path, text: &str) -> String {
    let loaded = generator::load::load_str(path, text).expect("loads");
    let resolved =
        generator::resolve::resolve(&loaded, ResolveOptions::default()).expect("resolves");
    let mut value = serde_json::to_value(&resolved.api).expect("the IR serializes");
    prune(&mut value);
    serde_json::to_string_pretty(&value).expect("the IR serializes")
}

/// Drops nulls, `false` and empty collections so the snapshot shows decisions,
/// not defaults.
fn prune(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            map.values_mut().for_each(prune);
            map.retain(|_, v| match v {
                Value::Null | Value::Bool(false) => false,
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                _ => true,
            });
        }
        Value::Array(items) => items.iter_mut().for_each(prune),
        _ => {}
    }
}

#[test]
fn ir_of_the_traffic_mirror_spec() {
    let path = spec_tests::spec_path();
    let text = std::fs::read_to_string(&path).expect("spec readable");
    insta::assert_snapshot!(ir_of(Path::new("spec/openapi.yaml"), &text));
}

/// A small API unrelated to traffic mirroring: names, enums, nesting,
/// constraints and pagination must all come from the spec alone.
const LIBRARY: &str = r#"openapi: 3.0.3
info: {title: Library API, version: '2.1'}
servers:
  - url: https://{shelf}.library.example/api
    variables:
      shelf: {default: main, enum: [main, annex]}
paths:
  /books:
    get:
      operationId: listBooks
      tags: [Books]
      x-vendorgen-pagination: {marker_parameter: after, limit_parameter: size, next_marker_field: next, items_field: books}
      parameters:
        - {name: after, in: query, schema: {type: string}}
        - {name: size, in: query, schema: {type: integer, format: int32, minimum: 1, maximum: 50}}
        - {name: genre, in: query, explode: false, schema: {type: array, items: {$ref: '#/components/schemas/Genre'}}}
      responses:
        '200':
          description: A page of books.
          content:
            application/json:
              schema:
                type: object
                properties:
                  books: {type: array, items: {$ref: '#/components/schemas/Book'}}
                  next: {type: string}
  /books/{isbn}:
    parameters:
      - {name: isbn, in: path, required: true, schema: {type: string, pattern: '^[0-9-]{10,17}$'}}
    put:
      operationId: shelveBook
      tags: [Books]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Book'}
      responses:
        '204': {description: Shelved.}
components:
  schemas:
    Genre: {type: string, enum: [fiction, non-fiction, '']}
    Book:
      type: object
      required: [title]
      properties:
        title: {type: string, minLength: 1, maxLength: 200}
        type: {type: string, description: A field named after a keyword.}
        1st_edition: {type: boolean}
        author:
          type: object
          properties:
            name: {type: string}
            born: {type: string, format: date}
        tags: {type: array, maxItems: 5, items: {type: string}}
"#;

#[test]
fn ir_of_an_unrelated_spec() {
    insta::assert_snapshot!(ir_of(Path::new("library.yaml"), LIBRARY));
}
