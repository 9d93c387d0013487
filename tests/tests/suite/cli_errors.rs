//! Every failure a user can cause: a clear message naming the file and the
//! place in the spec, a non-zero exit, and the output directory untouched.

use std::collections::BTreeMap;
use std::path::Path;

use generator::cli::main_with;

/// Runs the command line in-process; returns (exit code, stdout, stderr)
/// with the scratch directory's path replaced by `[TMP]`.
fn run(tmp: &Path, args: &[&str]) -> (u8, String, String) {
    let mut argv = vec!["generator".to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = main_with(&argv, &mut out, &mut err);
    let clean = |bytes: Vec<u8>| {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let canonical = tmp
            .canonicalize()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        text.replace(&canonical, "[TMP]")
            .replace(&tmp.display().to_string(), "[TMP]")
    };
    (code, clean(out), clean(err))
}

/// Every file under `dir` with its bytes: "untouched" means this is equal.
fn snapshot_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    generator::write::read_tree(dir).expect("readable")
}

const VALID: &str = "openapi: 3.0.3
info: {title: Books, version: '1'}
paths:
  /books/{id}:
    get:
      operationId: getBook
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Book'}
components:
  schemas:
    Book:
      type: object
      properties:
        title: {type: string}
";

/// Writes `spec` and a previously generated crate into a scratch directory,
/// runs the generator on them, and checks the crate did not change.
fn fails_cleanly(spec: &str, extra_args: &[&str]) -> String {
    let tmp = tempfile::tempdir().expect("tempdir");
    let spec_path = tmp.path().join("openapi.yaml");
    let out = tmp.path().join("out");
    std::fs::write(&spec_path, VALID).expect("write spec");
    let (code, _, err) = run(
        tmp.path(),
        &[
            "--spec",
            spec_path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "the valid spec generates: {err}");
    let before = snapshot_tree(&out);
    assert!(!before.is_empty());

    std::fs::write(&spec_path, spec).expect("write spec");
    let mut args = vec![
        "--spec",
        spec_path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra_args);
    let (code, _, err) = run(tmp.path(), &args);
    assert_ne!(code, 0, "must fail: {err}");
    assert_eq!(
        snapshot_tree(&out),
        before,
        "the output directory must be left exactly as it was"
    );
    err
}

#[test]
fn malformed_yaml_names_line_and_column() {
    let err = fails_cleanly(
        "openapi: 3.0.3\ninfo: {title: Books, version: '1'\npaths: {}\n",
        &[],
    );
    insta::assert_snapshot!(err, @"error: [TMP]/openapi.yaml:3:1: malformed YAML: did not find expected ',' or '}'");
}

#[test]
fn ref_to_nowhere_names_its_pointer() {
    // A schema that names nothing is read as any value (see the warnings
    // test); a parameter that is not there cannot be.
    let err = fails_cleanly(
        &VALID.replace(
            "        - {name: id, in: path, required: true, schema: {type: string}}\n",
            "        - {name: id, in: path, required: true, schema: {type: string}}\n        - $ref: '#/components/parameters/Nope'\n",
        ),
        &[],
    );
    insta::assert_snapshot!(err);
}

#[test]
fn ref_cycles_are_named_not_followed_forever() {
    let err = fails_cleanly(
        &format!(
            "{VALID}    Loop: {{$ref: '#/components/schemas/Loop2'}}\n    Loop2: {{$ref: '#/components/schemas/Loop'}}\n"
        ),
        &[],
    );
    insta::assert_snapshot!(err);
}

/// Deviations that published documents really have: each is accepted with a
/// warning naming its place, the crate is written, and the exit code is 0.
#[test]
fn deviations_are_warnings_with_pointers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let spec_path = tmp.path().join("openapi.yaml");
    let out = tmp.path().join("out");
    let spec = VALID
        .replace("info: {title: Books, version: '1'}", "info: {title: 'Книги', version: 1.5, x-vendorgen-crate-name: 42}")
        .replace("          description: ok\n", "")
        .replace(
            "      operationId: getBook\n",
            "      operationId: getBook\n      x-vendorgen-pagination: {marker_parameter: after}\n      x-pagination: {limitParam: size}\n",
        )
        .replace(
            "        title: {type: string}\n",
            "        title: {type: string}\n        first: {$ref: '#/components/schemas/Book/properties/title'}\n        rating: {type: integer, exclusiveMaximum: 6}\n",
        );
    std::fs::write(&spec_path, &spec).expect("write spec");
    let (code, out_text, err) = run(
        tmp.path(),
        &[
            "--spec",
            spec_path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out_text.contains("added"), "{out_text}");
    assert!(
        std::fs::read_to_string(out.join("Cargo.toml"))
            .expect("written")
            .contains("name = \"api-client\"")
    );
    insta::assert_snapshot!(err);
}

#[test]
fn unsupported_constructs_are_all_reported_with_pointers() {
    let spec = VALID.replace(
        "        title: {type: string}\n",
        "        title: {type: string}\n        forbidden: {not: {type: string}}\n        filters: {$ref: '#/components/parameters/X'}\n",
    ) .replace(
        "        - {name: id, in: path, required: true, schema: {type: string}}\n",
        "        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: q, in: query, content: {}}\n",
    );
    let err = fails_cleanly(&spec, &[]);
    insta::assert_snapshot!(err);
}

#[test]
fn swagger_2_and_openapi_3_1_are_refused_by_name() {
    let swagger = fails_cleanly(
        "swagger: '2.0'\ninfo: {title: Books, version: '1'}\npaths: {}\n",
        &[],
    );
    insta::assert_snapshot!("swagger", swagger);
    let v31 = fails_cleanly(&VALID.replace("openapi: 3.0.3", "openapi: 3.1.0"), &[]);
    insta::assert_snapshot!("openapi_3_1", v31);
}

#[test]
fn wrong_structure_names_its_pointer() {
    let err = fails_cleanly(&VALID.replace("responses:\n", "responses: 7\n  x:\n"), &[]);
    insta::assert_snapshot!(err);
}

#[test]
fn unreadable_spec_is_named() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run(
        tmp.path(),
        &["--spec", tmp.path().join("missing.yaml").to_str().unwrap()],
    );
    assert_eq!(code, 1);
    insta::assert_snapshot!(err, @"error: cannot read [TMP]/missing.yaml: no such file or directory");
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run(tmp.path(), &["--frobnicate"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!(err);
}

#[test]
fn refuses_to_replace_a_directory_it_did_not_write() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let spec_path = tmp.path().join("openapi.yaml");
    std::fs::write(&spec_path, VALID).expect("write spec");
    let precious = tmp.path().join("precious");
    std::fs::create_dir(&precious).expect("mkdir");
    std::fs::write(precious.join("notes.txt"), "keep me").expect("write");
    let (code, _, err) = run(
        tmp.path(),
        &[
            "--spec",
            spec_path.to_str().unwrap(),
            "--out",
            precious.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read_to_string(precious.join("notes.txt")).unwrap(),
        "keep me"
    );
    insta::assert_snapshot!("not_ours", err);

    let (code, _, err) = run(
        tmp.path(),
        &[
            "--spec",
            spec_path.to_str().unwrap(),
            "--out",
            tmp.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    insta::assert_snapshot!("contains_spec", err);
}

#[test]
fn check_reports_stale_files_and_changes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let spec_path = tmp.path().join("openapi.yaml");
    let out = tmp.path().join("out");
    std::fs::write(&spec_path, VALID).expect("write spec");
    let spec_arg = spec_path.to_str().unwrap();
    let out_arg = out.to_str().unwrap();
    assert_eq!(
        run(tmp.path(), &["--spec", spec_arg, "--out", out_arg]).0,
        0
    );
    let (code, stdout, _) = run(
        tmp.path(),
        &["--spec", spec_arg, "--out", out_arg, "--check"],
    );
    assert_eq!(code, 0, "fresh output passes --check");
    assert!(stdout.contains("is up to date"), "{stdout}");

    std::fs::write(
        &spec_path,
        VALID.replace(
            "title: {type: string}",
            "title: {type: string}\n        pages: {type: integer}",
        ),
    )
    .unwrap();
    std::fs::write(out.join("src/stray.rs"), "// not generated").unwrap();
    let before = snapshot_tree(&out);
    let (code, _, err) = run(
        tmp.path(),
        &["--spec", spec_arg, "--out", out_arg, "--check"],
    );
    assert_eq!(code, 1);
    assert_eq!(snapshot_tree(&out), before);
    insta::assert_snapshot!(err);
}
