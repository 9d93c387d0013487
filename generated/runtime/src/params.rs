//! Parameter serialisation as OpenAPI 3.0 describes it: every `style` and
//! `explode` combination for path, query, header and cookie parameters, and
//! parameters described by `content` (sent as their JSON text).
//!
//! A value is first turned into JSON with serde, so any parameter type works
//! the same way (strings, numbers, enums, arrays, structs, maps); then it is
//! reduced to the three shapes the specification distinguishes (primitive,
//! array, object) and written out as RFC 6570 does for that style. An absent
//! value, `null`, an empty array and an empty object are all *undefined* in
//! RFC 6570's sense: the parameter is left out. Nested values inside an array
//! or object have no defined form; they are sent as their JSON text.

use serde::Serialize;

use super::error::{Error, SerializeError};
use super::http::{Request, encode_component};

/// The `style` of a parameter (OpenAPI 3.0, "Style Values").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `blue,black,brown` (path, header).
    Simple,
    /// `.blue.black.brown` (path).
    Label,
    /// `;color=blue,black,brown` (path).
    Matrix,
    /// `color=blue,black,brown` (query, cookie).
    Form,
    /// `color=blue black brown` (query).
    SpaceDelimited,
    /// `color=blue|black|brown` (query).
    PipeDelimited,
    /// `color[R]=100&color[G]=200` (query).
    DeepObject,
}

/// A parameter value reduced to what the styles distinguish; texts are raw
/// (not yet percent-encoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Absent, `null`, or an empty array or object: the parameter is left out.
    Undefined,
    /// A string, number or boolean, as text.
    Primitive(String),
    /// The items of an array, as text.
    Array(Vec<String>),
    /// The properties of an object, in order, as text.
    Object(Vec<(String, String)>),
}

fn serialize_error(message: String) -> Error {
    Error::Serialize(SerializeError { message })
}

/// The text of one JSON value: strings as they are, numbers and booleans
/// printed, anything nested as its JSON text; `None` for `null`.
fn text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        nested => Some(nested.to_string()),
    }
}

impl Shape {
    /// The shape of a JSON value.
    pub fn of_json(value: &serde_json::Value) -> Shape {
        match value {
            serde_json::Value::Null => Shape::Undefined,
            serde_json::Value::Array(items) => {
                let items: Vec<String> = items.iter().filter_map(text).collect();
                if items.is_empty() {
                    Shape::Undefined
                } else {
                    Shape::Array(items)
                }
            }
            serde_json::Value::Object(fields) => {
                let fields: Vec<(String, String)> = fields
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), text(v)?)))
                    .collect();
                if fields.is_empty() {
                    Shape::Undefined
                } else {
                    Shape::Object(fields)
                }
            }
            primitive => text(primitive).map_or(Shape::Undefined, Shape::Primitive),
        }
    }

    /// The shape of any serialisable value.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Result<Shape, Error> {
        let json = serde_json::to_value(value)
            .map_err(|e| serialize_error(format!("cannot serialize a parameter: {e}")))?;
        Ok(Shape::of_json(&json))
    }
}

/// `k,v,k,v` or `k=v,k=v` for an object in a list-joining style.
fn object_items(fields: &[(String, String)], explode: bool) -> Vec<String> {
    if explode {
        fields.iter().map(|(k, v)| format!("{k}={v}")).collect()
    } else {
        fields
            .iter()
            .flat_map(|(k, v)| [k.clone(), v.clone()])
            .collect()
    }
}

/// A path parameter's text, percent-encoded except for the style's own
/// delimiters: `simple`, `label` or `matrix` (any other style is read as
/// `simple`, the default for paths).
pub fn path_text(name: &str, style: Style, explode: bool, shape: &Shape) -> String {
    let enc = |s: &str| encode_component(s);
    let name = enc(name);
    match (style, shape) {
        (Style::Label, Shape::Undefined) => ".".to_owned(),
        (Style::Matrix, Shape::Undefined) => format!(";{name}"),
        (_, Shape::Undefined) => String::new(),
        (Style::Label, Shape::Primitive(v)) => format!(".{}", enc(v)),
        // RFC 6570: an empty matrix value has no `=`.
        (Style::Matrix, Shape::Primitive(v)) if v.is_empty() => format!(";{name}"),
        (Style::Matrix, Shape::Primitive(v)) => format!(";{name}={}", enc(v)),
        (_, Shape::Primitive(v)) => enc(v),
        (Style::Label, Shape::Array(items)) => {
            let sep = if explode { "." } else { "," };
            format!(".{}", join(items.iter().map(|v| enc(v)), sep))
        }
        (Style::Matrix, Shape::Array(items)) => {
            if explode {
                items
                    .iter()
                    .map(|v| format!(";{name}={}", enc(v)))
                    .collect()
            } else {
                format!(";{name}={}", join(items.iter().map(|v| enc(v)), ","))
            }
        }
        (_, Shape::Array(items)) => join(items.iter().map(|v| enc(v)), ","),
        (Style::Label, Shape::Object(fields)) => {
            let parts = encoded_object(fields, explode);
            format!(".{}", parts.join(if explode { "." } else { "," }))
        }
        (Style::Matrix, Shape::Object(fields)) => {
            if explode {
                encoded_object(fields, true)
                    .iter()
                    .map(|kv| format!(";{kv}"))
                    .collect()
            } else {
                format!(";{name}={}", encoded_object(fields, false).join(","))
            }
        }
        (_, Shape::Object(fields)) => encoded_object(fields, explode).join(","),
    }
}

fn encoded_object(fields: &[(String, String)], explode: bool) -> Vec<String> {
    let encoded: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| (encode_component(k), encode_component(v)))
        .collect();
    object_items(&encoded, explode)
}

fn join(items: impl Iterator<Item = String>, sep: &str) -> String {
    items.collect::<Vec<_>>().join(sep)
}

/// The raw (not yet encoded) query pairs of a parameter in `form`,
/// `spaceDelimited`, `pipeDelimited` or `deepObject` style.
pub fn query_pairs(
    name: &str,
    style: Style,
    explode: bool,
    shape: &Shape,
) -> Vec<(String, String)> {
    let pair = |k: &str, v: String| (k.to_owned(), v);
    match shape {
        Shape::Undefined => Vec::new(),
        Shape::Primitive(v) => vec![pair(name, v.clone())],
        Shape::Array(items) => {
            let sep = match style {
                Style::SpaceDelimited => " ",
                Style::PipeDelimited => "|",
                _ => ",",
            };
            if explode {
                items.iter().map(|v| pair(name, v.clone())).collect()
            } else {
                vec![pair(name, items.join(sep))]
            }
        }
        Shape::Object(fields) => match style {
            Style::DeepObject => fields
                .iter()
                .map(|(k, v)| (format!("{name}[{k}]"), v.clone()))
                .collect(),
            Style::SpaceDelimited | Style::PipeDelimited => {
                let sep = if style == Style::SpaceDelimited {
                    " "
                } else {
                    "|"
                };
                vec![pair(name, object_items(fields, false).join(sep))]
            }
            _ if explode => fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => vec![pair(name, object_items(fields, false).join(","))],
        },
    }
}

/// The pairs of a `deepObject` parameter. OpenAPI 3.0 defines one level
/// (`color[R]=100`); deeper values follow the convention of the form parsers
/// that read this style (Rails, PHP, `qs`): objects nest their brackets
/// (`filter[date][gte]=..`) and arrays repeat the key (`filter[tags]=a`).
pub fn deep_object_pairs(name: &str, value: &serde_json::Value) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    deep_pairs(name.to_owned(), value, &mut pairs);
    pairs
}

fn deep_pairs(key: String, value: &serde_json::Value, pairs: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(fields) => {
            for (name, value) in fields {
                deep_pairs(format!("{key}[{name}]"), value, pairs);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                deep_pairs(key.clone(), item, pairs);
            }
        }
        other => {
            if let Some(text) = text(other) {
                pairs.push((key, text));
            }
        }
    }
}

/// A header parameter's value (`simple` style), or `None` when undefined.
pub fn header_text(explode: bool, shape: &Shape) -> Option<String> {
    match shape {
        Shape::Undefined => None,
        Shape::Primitive(v) => Some(v.clone()),
        Shape::Array(items) => Some(items.join(",")),
        Shape::Object(fields) => Some(object_items(fields, explode).join(",")),
    }
}

/// The `name=value` pieces of a cookie parameter (`form` style), values
/// percent-encoded; an exploded array repeats the name, an exploded object
/// sends each property as its own cookie.
pub fn cookie_pieces(name: &str, explode: bool, shape: &Shape) -> Vec<String> {
    query_pairs(name, Style::Form, explode, shape)
        .into_iter()
        .map(|(k, v)| format!("{k}={}", encode_cookie_value(&v)))
        .collect()
}

/// Cookie values may not hold `;`, `,`, spaces or quotes: they are
/// percent-encoded like a path segment, except for the `,` the style joins
/// with, which cookies allow.
fn encode_cookie_value(value: &str) -> String {
    value
        .split(',')
        .map(encode_component)
        .collect::<Vec<_>>()
        .join(",")
}

/// Path parameter: the encoded text to put in place of `{name}`.
pub fn path<T: Serialize + ?Sized>(
    name: &str,
    style: Style,
    explode: bool,
    value: &T,
) -> Result<String, Error> {
    Ok(path_text(name, style, explode, &Shape::of(value)?))
}

/// Query parameter: adds its pairs to `request`. With `allow_reserved`, the
/// pairs' values keep RFC 3986 reserved characters on the wire.
pub fn query<T: Serialize + ?Sized>(
    request: &mut Request,
    name: &str,
    style: Style,
    explode: bool,
    allow_reserved: bool,
    value: &T,
) -> Result<(), Error> {
    let pairs = if style == Style::DeepObject {
        let json = serde_json::to_value(value)
            .map_err(|e| serialize_error(format!("cannot serialize a parameter: {e}")))?;
        deep_object_pairs(name, &json)
    } else {
        query_pairs(name, style, explode, &Shape::of(value)?)
    };
    for (key, text) in pairs {
        if allow_reserved {
            request.allow_reserved(&key);
        }
        request.query.push((key, text));
    }
    Ok(())
}

/// Header parameter: sets it unless the value is undefined.
pub fn header<T: Serialize + ?Sized>(
    request: &mut Request,
    name: &str,
    explode: bool,
    value: &T,
) -> Result<(), Error> {
    if let Some(text) = header_text(explode, &Shape::of(value)?) {
        request.headers.push((name.to_owned(), text));
    }
    Ok(())
}

/// Cookie parameter: adds its `name=value` pieces to `cookies`.
pub fn cookie<T: Serialize + ?Sized>(
    cookies: &mut Vec<String>,
    name: &str,
    explode: bool,
    value: &T,
) -> Result<(), Error> {
    cookies.extend(cookie_pieces(name, explode, &Shape::of(value)?));
    Ok(())
}

/// A parameter described by `content` with a JSON media type: its JSON text.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value)
        .map_err(|e| serialize_error(format!("cannot serialize a parameter: {e}")))
}
