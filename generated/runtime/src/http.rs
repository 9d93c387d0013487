//! Sans-IO request and response values, and the one percent-encoding used
//! both on the wire and in the signature.
//!
//! Generated code fills a [`Request`] and reads a [`Response`]; only the
//! transport touches the network. Paths and query strings are encoded here
//! with exactly the rules the signer uses, so what is signed is what is sent.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::decode::DecodeWarning;
use super::error::{Error, SerializeError, ServiceError, UnreadableResponse};

pub use ::http::HeaderMap;
pub use ::http::Method;

/// Longest body excerpt kept in errors, in bytes.
pub const BODY_SNIPPET_LIMIT: usize = 512;

/// Percent-encodes `input`, keeping only `A-Z a-z 0-9 - _ . ~`, upper-case
/// hex, space as `%20`: the canonical form of the signing scheme.
pub fn encode_component(input: &str) -> String {
    encode_bytes(input.as_bytes())
}

fn encode_bytes(input: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(input.len());
    for &b in input {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        }
    }
    out
}

/// Encodes one path parameter so that `/`, `?` and friends cannot change the
/// path's shape: `a b/c?d` becomes `a%20b%2Fc%3Fd`.
pub fn encode_path_segment(segment: &str) -> String {
    encode_component(segment)
}

/// Re-encodes an already (possibly partially) encoded component into the
/// canonical encoding: `%XX` escapes are decoded to bytes first (invalid
/// escapes stay literal), so canonical input comes back unchanged.
pub fn normalize_component(input: &str) -> String {
    if !input.contains('%') {
        return encode_bytes(input.as_bytes());
    }
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(input).collect();
    encode_bytes(&bytes)
}

/// The canonical query string: pairs sorted by raw key then raw value (as the
/// official SDK signers do), each encoded with [`encode_component`], one
/// `k=v` per value, joined by `&`.
pub fn canonical_query(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    let mut out = String::new();
    for (i, (k, v)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(&encode_component(k));
        out.push('=');
        out.push_str(&encode_component(v));
    }
    out
}

/// An HTTP request, before endpoint, signing and transport-level headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// HTTP method.
    pub method: Method,
    /// The path, already percent-encoded, starting with `/`.
    pub path: String,
    /// Raw (unencoded) query pairs; a key may repeat for multi-valued filters.
    pub query: Vec<(String, String)>,
    /// Extra headers (names are case-insensitive).
    pub headers: Vec<(String, String)>,
    /// The body, if any.
    pub body: Option<Vec<u8>>,
    /// Query keys whose values keep RFC 3986 reserved characters on the
    /// wire (`allowReserved`); see [`Request::query_string`].
    pub reserved_keys: Vec<String>,
}

impl Request {
    /// A request with no query, headers or body.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            reserved_keys: Vec::new(),
        }
    }

    /// Marks `key` as a query key whose values keep reserved characters
    /// (`allowReserved: true`).
    pub fn allow_reserved(&mut self, key: &str) {
        if !self.reserved_keys.iter().any(|k| k == key) {
            self.reserved_keys.push(key.to_owned());
        }
    }

    /// Adds one query pair; `Display` gives `true`/`false` for booleans as the
    /// API expects.
    pub fn push_query(&mut self, key: &str, value: impl std::fmt::Display) {
        self.push_query_text(key, value.to_string());
    }

    /// The part of [`Request::push_query`] that is the same for every type.
    fn push_query_text(&mut self, key: &str, value: String) {
        self.query.push((key.to_owned(), value));
    }

    /// Adds one pair per value under the same key (`?id=a&id=b`), nothing for
    /// none: takes `&Option<T>`, `&Vec<T>` or `option.iter().flatten()` alike.
    pub fn push_query_values<'v, T: std::fmt::Display + 'v>(
        &mut self,
        key: &str,
        values: impl IntoIterator<Item = &'v T>,
    ) {
        for value in values {
            self.push_query(key, value);
        }
    }

    /// Adds one pair whose value joins every value with `,` (`?id=a,b`), the
    /// form of an array parameter with `explode: false`; nothing for none.
    pub fn push_query_joined<'v, T: std::fmt::Display + 'v>(
        &mut self,
        key: &str,
        values: impl IntoIterator<Item = &'v T>,
    ) {
        let joined: Vec<String> = values.into_iter().map(ToString::to_string).collect();
        if !joined.is_empty() {
            self.push_query(key, joined.join(","));
        }
    }

    /// Sets a header, replacing any header of the same name.
    pub fn set_header(&mut self, name: &str, value: impl Into<String>) {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name.to_owned(), value.into()));
    }

    /// The value of a header, looked up case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Serializes `body` as JSON and marks the request as JSON.
    pub fn set_json_body<T: Serialize>(&mut self, body: &T) -> Result<(), Error> {
        self.set_json_body_as("application/json", body)
    }

    /// Serializes `body` as JSON under another JSON media type
    /// (`application/merge-patch+json`, `application/vnd.api+json`, ...).
    pub fn set_json_body_as<T: Serialize>(
        &mut self,
        content_type: &str,
        body: &T,
    ) -> Result<(), Error> {
        let bytes = serde_json::to_vec(body).map_err(serialize_error)?;
        self.set_raw_body(content_type, bytes);
        Ok(())
    }

    /// Serializes `body` as an `application/x-www-form-urlencoded` form:
    /// each top-level field becomes `key=value` (percent-encoded like the
    /// query), arrays repeat their key, `null`s and absent fields are left
    /// out, and nested objects use the bracket convention that form parsers
    /// (Rails, PHP, `qs`) and OpenAPI's `deepObject` share:
    /// `card[number]=4242&items[0][price]=7`.
    pub fn set_form_body<T: Serialize>(&mut self, body: &T) -> Result<(), Error> {
        let value = serde_json::to_value(body).map_err(serialize_error)?;
        let serde_json::Value::Object(fields) = value else {
            return Err(Error::Serialize(SerializeError {
                message: "a form body must be an object with named fields".to_owned(),
            }));
        };
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (key, value) in fields {
            form_pairs(key, value, &mut pairs);
        }
        let mut encoded = String::new();
        for (i, (key, value)) in pairs.iter().enumerate() {
            if i > 0 {
                encoded.push('&');
            }
            encoded.push_str(&encode_component(key));
            encoded.push('=');
            encoded.push_str(&encode_component(value));
        }
        self.body = Some(encoded.into_bytes());
        self.set_header("Content-Type", "application/x-www-form-urlencoded");
        Ok(())
    }

    /// Sends a multipart form as `media_type` (`multipart/form-data`, ...);
    /// its boundary depends only on its parts, so building the same request
    /// twice gives the same bytes.
    pub fn set_multipart_body(&mut self, media_type: &str, form: &super::multipart::Multipart) {
        let (boundary, body) = form.finish();
        self.body = Some(body);
        self.set_header("Content-Type", format!("{media_type}; boundary={boundary}"));
    }

    /// Sends `body` as is, with the given `Content-Type`.
    pub fn set_raw_body(&mut self, content_type: &str, body: Vec<u8>) {
        self.body = Some(body);
        self.set_header("Content-Type", content_type);
    }

    /// The query as sent on the wire: the signed canonical form, except that
    /// values of [`Request::reserved_keys`] keep RFC 3986 reserved characters
    /// and existing `%XX` escapes (those that would change the query's own
    /// structure, `& = # +`, are still encoded). A server decodes both forms
    /// to the same pairs, which are what the signature covers.
    pub fn query_string(&self) -> String {
        if self.reserved_keys.is_empty() {
            return canonical_query(&self.query);
        }
        let mut sorted: Vec<&(String, String)> = self.query.iter().collect();
        sorted.sort();
        let mut out = String::new();
        for (i, (k, v)) in sorted.into_iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(&encode_component(k));
            out.push('=');
            if self.reserved_keys.contains(k) {
                out.push_str(&encode_reserved(v));
            } else {
                out.push_str(&encode_component(v));
            }
        }
        out
    }
}

/// A received HTTP response with its full body.
#[derive(Debug, Clone)]
pub struct Response {
    /// HTTP status code.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// The whole body.
    pub body: bytes::Bytes,
}

impl Response {
    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The request id: header `X-Request-Id`, else the body's top-level
    /// `request_id` string.
    pub fn request_id(&self) -> Option<String> {
        if let Some(id) = self
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            return Some(id.to_owned());
        }
        let value: serde_json::Value = serde_json::from_slice(&self.body).ok()?;
        value
            .get("request_id")
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    }

    /// The value of a header, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The start of the body, for error messages.
    pub fn body_snippet(&self) -> String {
        body_snippet(&self.body)
    }

    /// Decodes the body as JSON, reporting status, request id and an excerpt
    /// of the body when it does not fit.
    ///
    /// A value of the wrong shape inside the body is left out with a
    /// warning rather than failing the whole response (see the `decode` module).
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        match super::decode::json(&self.body) {
            Ok((value, warnings)) => {
                if !warnings.is_empty() {
                    super::decode::report(warnings);
                }
                Ok(value)
            }
            Err(e) => Err(self.unreadable(&e)),
        }
    }

    /// The error for a body that could not be read as documented.
    fn unreadable(&self, error: &super::decode::DecodeError) -> Error {
        Error::UnreadableResponse(UnreadableResponse {
            status: self.status,
            request_id: self.request_id(),
            body: self.body_snippet(),
            message: error.to_string(),
        })
    }

    /// The body as text. Invalid UTF-8 is replaced with U+FFFD rather than
    /// refused: a text answer is worth more slightly mangled than not at all.
    /// Returns `Result` so generated code reads every body the same way.
    pub fn text(&self) -> Result<String, Error> {
        Ok(String::from_utf8_lossy(&self.body).into_owned())
    }

    /// Turns a non-success response into [`Error::Service`], reading every
    /// error body shape the service family uses (see
    /// [`ServiceError::from_body`]).
    pub fn into_error(self) -> Error {
        Error::Service(self.service_error())
    }

    /// As [`Response::into_error`], with the body also read as `M`, the
    /// error model the spec documents for the status, reachable with
    /// [`ServiceError::model`]. A body without that shape is still an error
    /// with its code and message; the model is then absent.
    pub fn into_error_as<M: DeserializeOwned + Send + Sync + 'static>(self) -> Error {
        let mut error = self.service_error();
        if let Ok((model, warnings)) = super::decode::json::<M>(&self.body) {
            super::decode::report(warnings);
            error.set_model(model);
        }
        Error::Service(error)
    }

    fn service_error(&self) -> ServiceError {
        let header_id = self
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned);
        ServiceError::from_body(self.status, header_id, &self.body)
    }
}

/// A body that serde could not write as JSON.
fn serialize_error(error: serde_json::Error) -> Error {
    Error::Serialize(SerializeError {
        message: error.to_string(),
    })
}

/// The path to put on the wire: each segment normalised to the canonical
/// percent-encoding, so what is sent is exactly what a signature covers.
pub fn normalize_path(path: &str) -> String {
    let normalized = path
        .split('/')
        .map(normalize_component)
        .collect::<Vec<_>>()
        .join("/");
    if normalized.starts_with('/') {
        normalized
    } else {
        format!("/{normalized}")
    }
}

/// Whether a `Content-Type` received (`text/csv; charset=utf-8`) is the
/// media type documented (`text/csv`, or a range such as `image/*`),
/// ignoring parameters and case.
pub fn media_matches(actual: &str, documented: &str) -> bool {
    let essence = |s: &str| {
        s.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    };
    let (actual, documented) = (essence(actual), essence(documented));
    match documented.strip_suffix("/*") {
        Some("*") => true,
        Some(kind) => actual
            .split_once('/')
            .is_some_and(|(actual_kind, _)| actual_kind == kind),
        None => actual == documented,
    }
}

/// The pairs of one form field: text as it is, numbers and booleans
/// printed, `null` left out, array items under the same key (or `key[i]`
/// when an item is itself nested), object properties as `key[property]`.
fn form_pairs(key: String, value: serde_json::Value, pairs: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::String(text) => pairs.push((key, text)),
        serde_json::Value::Bool(b) => pairs.push((key, b.to_string())),
        serde_json::Value::Number(n) => pairs.push((key, n.to_string())),
        serde_json::Value::Array(items) => {
            let nested = items.iter().any(|i| {
                matches!(
                    i,
                    serde_json::Value::Array(_) | serde_json::Value::Object(_)
                )
            });
            for (index, item) in items.into_iter().enumerate() {
                let item_key = if nested {
                    format!("{key}[{index}]")
                } else {
                    key.clone()
                };
                form_pairs(item_key, item, pairs);
            }
        }
        serde_json::Value::Object(fields) => {
            for (name, value) in fields {
                form_pairs(format!("{key}[{name}]"), value, pairs);
            }
        }
    }
}

/// Percent-encodes `input` for an `allowReserved` query value: unreserved
/// and reserved characters stay, except `& = # +` (which would split or
/// end the query), and valid `%XX` escapes pass through unchanged.
pub fn encode_reserved(input: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if escape || b.is_ascii_alphanumeric() || b"-_.~:/?[]@!$'()*,;".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        }
        i += 1;
    }
    out
}

/// At most [`BODY_SNIPPET_LIMIT`] bytes of `body`, cut on a character boundary.
pub fn body_snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= BODY_SNIPPET_LIMIT {
        return text.into_owned();
    }
    let mut end = BODY_SNIPPET_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// A decoded successful response: the output, with the metadata callers may
/// need beside it.
///
/// It dereferences to the output, so its fields and methods are reached
/// directly (`response.traffic_mirror_sessions`); [`ApiResponse::into_inner`]
/// keeps only the output. An output member named like one of the fields
/// here (`status`, `headers`, `body`, `request_id`, `warnings`) is reached through
/// `response.body`.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// HTTP status code.
    pub status: u16,
    /// Request id for support.
    pub request_id: Option<String>,
    /// Response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
    /// The values of the body that did not have the documented shape and
    /// were left out (see [`ApiResponse::warnings`]).
    pub warnings: Vec<DecodeWarning>,
}

impl<T> ApiResponse<T> {
    /// The output, without the metadata.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The output, without the metadata (the same as
    /// [`ApiResponse::into_inner`]).
    pub fn into_body(self) -> T {
        self.body
    }

    /// The request id (header `X-Request-Id`, else the body's `request_id`),
    /// which support needs to trace a call.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The values of the body that did not have the documented shape (an
    /// object where the spec says text, a list where it says a number) and
    /// were left out, each with its path: such a field reads as absent,
    /// and the rest of the response is delivered. Each is also logged with
    /// `tracing` at level `WARN`. Empty for a well-formed response.
    pub fn warnings(&self) -> &[DecodeWarning] {
        &self.warnings
    }
}

impl<T> std::ops::Deref for ApiResponse<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

impl<T> std::ops::DerefMut for ApiResponse<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.body
    }
}
