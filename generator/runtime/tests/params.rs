//! Parameter styles against the "Style Examples" table of OpenAPI 3.0.3
//! (https://spec.openapis.org/oas/v3.0.3#style-examples), multipart forms and
//! nested form bodies, byte for byte.
//!
//! The table's values: `color` is the string `blue`, the array
//! `["blue","black","brown"]` or the object `{"R":100,"G":200,"B":150}`.
//!
//! Two cells of the 3.0.3 table are not followed: `label` with
//! `explode: false` gives `.blue.black.brown` and `.R.100.G.200.B.150` there,
//! contradicting RFC 6570 section 3.2.5, which the table's own style
//! definition cites (`{.list}` is `.red,green,blue`). OpenAPI 3.0.4 corrected
//! them to `.blue,black,brown` and `.R,100,G,200,B,150`
//! (https://spec.openapis.org/oas/v3.0.4#style-examples); those are tested.

use client_runtime::http::{Method, Request};
use client_runtime::multipart::{File, Multipart};
use client_runtime::params::{self, Shape, Style};
use serde_json::json;

fn string() -> serde_json::Value {
    json!("blue")
}
fn array() -> serde_json::Value {
    json!(["blue", "black", "brown"])
}
fn object() -> serde_json::Value {
    json!({"R": 100, "G": 200, "B": 150})
}

fn path(style: Style, explode: bool, value: serde_json::Value) -> String {
    params::path("color", style, explode, &value).unwrap_or_else(|e| panic!("{e}"))
}

/// The query as RFC 6570 writes it (delimiters and values unencoded), in
/// the order the pairs were produced.
fn query(style: Style, explode: bool, value: serde_json::Value) -> String {
    params::query_pairs("color", style, explode, &Shape::of_json(&value))
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn matrix() {
    assert_eq!(path(Style::Matrix, false, json!("")), ";color");
    assert_eq!(path(Style::Matrix, false, json!(null)), ";color");
    assert_eq!(path(Style::Matrix, false, string()), ";color=blue");
    assert_eq!(
        path(Style::Matrix, false, array()),
        ";color=blue,black,brown"
    );
    assert_eq!(
        path(Style::Matrix, false, object()),
        ";color=R,100,G,200,B,150"
    );
    assert_eq!(path(Style::Matrix, true, string()), ";color=blue");
    assert_eq!(
        path(Style::Matrix, true, array()),
        ";color=blue;color=black;color=brown"
    );
    assert_eq!(path(Style::Matrix, true, object()), ";R=100;G=200;B=150");
}

#[test]
fn label() {
    assert_eq!(path(Style::Label, false, json!(null)), ".");
    assert_eq!(path(Style::Label, false, string()), ".blue");
    assert_eq!(path(Style::Label, false, array()), ".blue,black,brown");
    assert_eq!(path(Style::Label, false, object()), ".R,100,G,200,B,150");
    assert_eq!(path(Style::Label, true, string()), ".blue");
    assert_eq!(path(Style::Label, true, array()), ".blue.black.brown");
    assert_eq!(path(Style::Label, true, object()), ".R=100.G=200.B=150");
}

#[test]
fn simple() {
    assert_eq!(path(Style::Simple, false, string()), "blue");
    assert_eq!(path(Style::Simple, false, array()), "blue,black,brown");
    assert_eq!(path(Style::Simple, false, object()), "R,100,G,200,B,150");
    assert_eq!(path(Style::Simple, true, string()), "blue");
    assert_eq!(path(Style::Simple, true, array()), "blue,black,brown");
    assert_eq!(path(Style::Simple, true, object()), "R=100,G=200,B=150");
    let header = |explode, v: serde_json::Value| params::header_text(explode, &Shape::of_json(&v));
    assert_eq!(header(false, array()).as_deref(), Some("blue,black,brown"));
    assert_eq!(header(true, object()).as_deref(), Some("R=100,G=200,B=150"));
    assert_eq!(
        header(false, object()).as_deref(),
        Some("R,100,G,200,B,150")
    );
    assert_eq!(header(false, json!([])), None);
}

#[test]
fn form() {
    assert_eq!(query(Style::Form, false, json!("")), "color=");
    assert_eq!(query(Style::Form, false, string()), "color=blue");
    assert_eq!(query(Style::Form, false, array()), "color=blue,black,brown");
    assert_eq!(
        query(Style::Form, false, object()),
        "color=R,100,G,200,B,150"
    );
    assert_eq!(query(Style::Form, true, string()), "color=blue");
    assert_eq!(
        query(Style::Form, true, array()),
        "color=blue&color=black&color=brown"
    );
    assert_eq!(query(Style::Form, true, object()), "R=100&G=200&B=150");
    // Undefined values (RFC 6570 section 2.3) are left out.
    assert_eq!(query(Style::Form, true, json!(null)), "");
    assert_eq!(query(Style::Form, false, json!([])), "");
    assert_eq!(query(Style::Form, true, json!({})), "");
}

#[test]
fn space_pipe_and_deep_object() {
    // The table writes `blue%20black%20brown`: the space, encoded on the wire.
    assert_eq!(
        query(Style::SpaceDelimited, false, array()),
        "color=blue black brown"
    );
    let mut request = Request::new(Method::GET, "/");
    params::query(
        &mut request,
        "color",
        Style::SpaceDelimited,
        false,
        false,
        &array(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(request.query_string(), "color=blue%20black%20brown");
    assert_eq!(
        query(Style::SpaceDelimited, false, object()),
        "color=R 100 G 200 B 150"
    );
    assert_eq!(
        query(Style::PipeDelimited, false, array()),
        "color=blue|black|brown"
    );
    assert_eq!(
        query(Style::PipeDelimited, false, object()),
        "color=R|100|G|200|B|150"
    );
    // Exploded, the delimited styles repeat the key like `form`.
    assert_eq!(
        query(Style::PipeDelimited, true, array()),
        "color=blue&color=black&color=brown"
    );
    assert_eq!(
        query(Style::DeepObject, true, object()),
        "color[R]=100&color[G]=200&color[B]=150"
    );
    assert_eq!(
        params::deep_object_pairs("color", &object()),
        params::query_pairs("color", Style::DeepObject, true, &Shape::of_json(&object()))
    );
    assert_eq!(
        params::deep_object_pairs("f", &json!({"date": {"gte": "2024"}, "ids": [1, 2]})),
        vec![
            ("f[date][gte]".to_owned(), "2024".to_owned()),
            ("f[ids]".to_owned(), "1".to_owned()),
            ("f[ids]".to_owned(), "2".to_owned()),
        ]
    );
}

#[test]
fn values_are_encoded_but_delimiters_are_not() {
    assert_eq!(
        path(Style::Simple, false, json!(["a/b", "c,d"])),
        "a%2Fb,c%2Cd"
    );
    assert_eq!(
        path(Style::Matrix, true, json!({"k y": "v;w"})),
        ";k%20y=v%3Bw"
    );
    // Typed values go through serde: numbers, booleans and nested values
    // (deeper than OpenAPI defines: repeated keys, nested brackets).
    #[derive(serde::Serialize)]
    struct Filter {
        min: i64,
        active: bool,
        tags: Vec<&'static str>,
        none: Option<i32>,
    }
    let filter = Filter {
        min: 3,
        active: true,
        tags: vec!["x", "y"],
        none: None,
    };
    let mut request = Request::new(Method::GET, "/");
    params::query(&mut request, "f", Style::DeepObject, true, false, &filter)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        request.query,
        vec![
            ("f[min]".to_owned(), "3".to_owned()),
            ("f[active]".to_owned(), "true".to_owned()),
            ("f[tags]".to_owned(), "x".to_owned()),
            ("f[tags]".to_owned(), "y".to_owned()),
        ]
    );
}

#[test]
fn allow_reserved_keeps_reserved_characters() {
    let mut request = Request::new(Method::GET, "/");
    params::query(
        &mut request,
        "path",
        Style::Form,
        true,
        true,
        &"a/b:c?d,e%2Ff g&h=i",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    params::query(&mut request, "plain", Style::Form, true, false, &"a/b")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        request.query_string(),
        "path=a/b:c?d,e%2Ff%20g%26h%3Di&plain=a%2Fb"
    );
}

#[test]
fn content_parameters_are_json() {
    assert_eq!(
        params::json(&json!({"lat": 1.5, "tags": ["a"]})).unwrap_or_else(|e| panic!("{e}")),
        r#"{"lat":1.5,"tags":["a"]}"#
    );
}

#[test]
fn cookies() {
    let mut cookies = Vec::new();
    params::cookie(&mut cookies, "color", false, &array()).unwrap_or_else(|e| panic!("{e}"));
    params::cookie(&mut cookies, "id", true, &"a b;c").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cookies, vec!["color=blue,black,brown", "id=a%20b%3Bc"]);
}

#[test]
fn multipart_body_is_exact_and_deterministic() {
    let mut form = Multipart::new();
    form.text("name", "Rex");
    form.value("tags", &json!(["a", "b"]))
        .unwrap_or_else(|e| panic!("{e}"));
    form.value("meta", &json!({"k": 1}))
        .unwrap_or_else(|e| panic!("{e}"));
    form.value("skip", &json!(null))
        .unwrap_or_else(|e| panic!("{e}"));
    form.file(
        "photo",
        &File::new(b"\x89PNG".to_vec())
            .file_name("r\"x.png")
            .content_type("image/png"),
    );
    let mut request = Request::new(Method::POST, "/pets");
    request.set_multipart_body("multipart/form-data", &form);
    let content_type = request
        .header("content-type")
        .unwrap_or_default()
        .to_owned();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("{content_type}"));
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nRex\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{{\"k\":1}}\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"r%22x.png\"\r\nContent-Type: image/png\r\n\r\n",
        b = boundary
    );
    let mut expected = expected.into_bytes();
    expected.extend_from_slice(b"\x89PNG\r\n--");
    expected.extend_from_slice(boundary.as_bytes());
    expected.extend_from_slice(b"--\r\n");
    assert_eq!(request.body.as_deref(), Some(&expected[..]));
    // The same form gives the same bytes (so every signed attempt matches).
    let mut again = Request::new(Method::POST, "/pets");
    again.set_multipart_body("multipart/form-data", &form.clone());
    assert_eq!(again.body, request.body);
    // A different form gets a different boundary.
    let mut other = Multipart::new();
    other.text("name", "Rex");
    assert_ne!(other.finish().0, boundary);
}

#[test]
fn nested_form_bodies_use_brackets() {
    let mut request = Request::new(Method::POST, "/v1/charges");
    request
        .set_form_body(&json!({
            "amount": 2000,
            "card": {"number": "4242", "exp": {"month": 12}},
            "expand": ["customer", "invoice"],
            "items": [{"price": "p_1", "qty": 2}],
            "metadata": null,
        }))
        .unwrap_or_else(|e| panic!("{e}"));
    let body = String::from_utf8(request.body.unwrap_or_default()).unwrap_or_default();
    assert_eq!(
        body,
        "amount=2000&card%5Bnumber%5D=4242&card%5Bexp%5D%5Bmonth%5D=12&expand=customer&expand=invoice&items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Bqty%5D=2"
    );
}

#[test]
fn media_types_match_ranges_and_ignore_parameters() {
    use client_runtime::http::media_matches;
    assert!(media_matches("text/CSV; charset=utf-8", "text/csv"));
    assert!(media_matches("image/png", "image/*"));
    assert!(media_matches("anything/at-all", "*/*"));
    assert!(!media_matches("text/plain", "text/csv"));
    assert!(!media_matches("imagex/png", "image/*"));
}
