//! The one error type every client call returns.
//!
//! Each variant says *whose* fault it is (caller input, server answer,
//! network, configuration) so callers can decide what to do without parsing
//! strings. Nothing here ever carries a secret: messages are built from
//! status codes, server bodies and names of settings, never from credentials.
//!
//! Each error prints its message once: [`Error`] displays the variant it
//! holds and passes on that variant's own cause as its `source()`, so
//! `anyhow` and other reporters that print the chain never repeat a line.

use std::fmt;

use serde::de::DeserializeOwned;

/// Everything that can go wrong when building, sending or reading a request.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request was refused locally because it breaks the API's documented
    /// constraints; nothing was sent.
    Validation(ValidationError),
    /// The server answered with a non-success status.
    Service(ServiceError),
    /// The request could not be delivered or the answer could not be received.
    Transport(TransportError),
    /// The server answered, but the body did not have the documented shape.
    UnreadableResponse(UnreadableResponse),
    /// The client is misconfigured (missing credentials, unknown region, ...).
    Config(ConfigError),
    /// A request builder was finished before all its required fields were set.
    Build(BuildError),
    /// A request body could not be serialized.
    Serialize(SerializeError),
    /// A paginated listing could not continue safely.
    Pagination(PaginationError),
}

impl Error {
    /// Whether sending the same request again may succeed (throttling, server
    /// errors, network trouble). Client errors and local errors are final.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Service(e) => e.status == 429 || e.status >= 500,
            Error::Transport(e) => matches!(
                e.kind,
                TransportErrorKind::Connect | TransportErrorKind::Timeout
            ),
            _ => false,
        }
    }

    /// The server-assigned request id, which support needs to trace a call.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.request_id.as_deref(),
            Error::UnreadableResponse(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status, when the server answered at all.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::UnreadableResponse(e) => Some(e.status),
            _ => None,
        }
    }

    /// The service's error code (e.g. `VPC.0002`), for a service error that
    /// carries one.
    pub fn code(&self) -> Option<&str> {
        self.service_error().and_then(ServiceError::code)
    }

    /// The service's own explanation, for a service error that carries one.
    pub fn message(&self) -> Option<&str> {
        self.service_error().and_then(ServiceError::message)
    }

    /// The body of a service error as the error model the spec documents
    /// for the operation and status (see [`ServiceError::model`]).
    pub fn model<M: std::any::Any>(&self) -> Option<&M> {
        self.service_error()?.model()
    }

    /// The server's answer, when this is a service error: its status, code,
    /// message, request id and parsed body.
    pub fn service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// Shorthand for a configuration error with the given explanation.
    pub fn config(message: impl Into<String>) -> Self {
        Error::Config(ConfigError {
            message: message.into(),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => e.fmt(f),
            Error::Service(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::UnreadableResponse(e) => e.fmt(f),
            Error::Config(e) => e.fmt(f),
            Error::Build(e) => e.fmt(f),
            Error::Serialize(e) => e.fmt(f),
            Error::Pagination(e) => e.fmt(f),
        }
    }
}

/// Transparent: `Display` is the variant's, so `source()` is the variant's
/// source, never the variant itself (which would print the same text twice).
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(e) => e.source(),
            Error::Service(e) => e.source(),
            Error::Transport(e) => e.source(),
            Error::UnreadableResponse(e) => e.source(),
            Error::Config(e) => e.source(),
            Error::Build(e) => e.source(),
            Error::Serialize(e) => e.source(),
            Error::Pagination(e) => e.source(),
        }
    }
}

macro_rules! from_variant {
    ($($variant:ident($ty:ty)),* $(,)?) => {$(
        impl From<$ty> for Error {
            fn from(e: $ty) -> Self {
                Error::$variant(e)
            }
        }
    )*};
}

from_variant!(
    Validation(ValidationError),
    Service(ServiceError),
    Transport(TransportError),
    UnreadableResponse(UnreadableResponse),
    Config(ConfigError),
    Build(BuildError),
    Serialize(SerializeError),
    Pagination(PaginationError),
);

/// One broken constraint of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Path of the offending value, e.g. `traffic_mirror_session.name` or
    /// `traffic_mirror_sources[3]`.
    pub field: String,
    /// The constraint as the API documents it, e.g. `maxLength 64`.
    pub rule: String,
    /// A human-readable explanation.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.field, self.message, self.rule)
    }
}

/// The request breaks one or more documented constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Every violation found, not just the first, so callers fix them at once.
    pub violations: Vec<Violation>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "request validation failed ({} violation{})",
            self.violations.len(),
            if self.violations.len() == 1 { "" } else { "s" }
        )?;
        for v in &self.violations {
            write!(f, "; {v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// A non-success answer from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError {
    /// HTTP status code.
    pub status: u16,
    /// Machine-readable error code, e.g. `VPC.0002` or `APIGW.0301`.
    pub error_code: Option<String>,
    /// The server's explanation.
    pub error_msg: Option<String>,
    /// Request id for support (header `X-Request-Id` or body `request_id`).
    pub request_id: Option<String>,
    /// The start of the raw body (at most 512 bytes), kept for bodies whose
    /// shape is unknown.
    pub body: String,
    /// What is read rarely, boxed so that `Error` stays small in every `Result`.
    details: Option<Box<Details>>,
}

/// The rarely read parts of a [`ServiceError`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Details {
    /// The whole body as JSON, when it is JSON.
    json: Option<serde_json::Value>,
    /// What to check when the service refused the request's authentication
    /// (clock, key pair, path encoding), from the signing module.
    hint: Option<String>,
    /// The body read as the error model the spec documents for the status.
    model: Option<Model>,
}

/// The body of an error read as the spec's error model, of whichever type
/// the operation documents for the status.
#[derive(Clone)]
struct Model {
    value: std::sync::Arc<dyn std::any::Any + Send + Sync>,
    type_name: &'static str,
}

impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.type_name)
    }
}

/// The model is read from the body, which the error keeps as JSON: the same
/// JSON read as the same type is the same model.
impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.type_name == other.type_name
    }
}

impl Eq for Model {}

impl ServiceError {
    /// Reads a non-success answer. The code and message come from whichever
    /// error body shape the service uses:
    /// `{"error_code", "error_msg"}`, `{"code", "message"}`,
    /// `{"error": {"code", "message"}}`, and the older
    /// `{"NeutronError": {"type", "message", "detail"}}` (type as the code),
    /// as well as any other single wrapper object holding a `message`.
    /// The request id is `header_request_id` (the `X-Request-Id` header) or
    /// else the body's `request_id`.
    pub fn from_body(status: u16, header_request_id: Option<String>, body: &[u8]) -> Self {
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let (error_code, error_msg) = json
            .as_ref()
            .and_then(serde_json::Value::as_object)
            .map(code_and_message)
            .unwrap_or_default();
        let request_id = header_request_id.or_else(|| {
            json.as_ref()
                .and_then(|v| v.get("request_id"))
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
        });
        ServiceError {
            status,
            error_code,
            error_msg,
            request_id,
            body: snippet(body),
            details: json.map(|json| {
                Box::new(Details {
                    json: Some(json),
                    ..Details::default()
                })
            }),
        }
    }

    /// What to check when the service refused the request's authentication
    /// (clock, key pair, path encoding), when the signing module knows.
    pub fn hint(&self) -> Option<&str> {
        self.details.as_ref()?.hint.as_deref()
    }

    /// Adds what to check (see [`ServiceError::hint`]).
    pub fn set_hint(&mut self, hint: impl Into<String>) {
        self.details.get_or_insert_with(Box::default).hint = Some(hint.into());
    }

    /// Keeps `model`, the body read as the error model the spec documents
    /// for this status (generated operations do this), for
    /// [`ServiceError::model`].
    pub fn set_model<M: std::any::Any + Send + Sync>(&mut self, model: M) {
        self.details.get_or_insert_with(Box::default).model = Some(Model {
            value: std::sync::Arc::new(model),
            type_name: std::any::type_name::<M>(),
        });
    }

    /// The body as the error model the spec documents for this operation
    /// and status (e.g. `models::ErrorModel`), when the body had its shape;
    /// `None` for another type, or when the body was not JSON of that shape
    /// (its code and message are still read, and [`ServiceError::body_json`]
    /// has the whole body).
    pub fn model<M: std::any::Any>(&self) -> Option<&M> {
        self.details.as_ref()?.model.as_ref()?.value.downcast_ref()
    }

    /// HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Machine-readable error code, e.g. `VPC.0002` or `APIGW.0301`.
    pub fn code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// The server's explanation.
    pub fn message(&self) -> Option<&str> {
        self.error_msg.as_deref()
    }

    /// Request id for support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The whole body as JSON, or `None` when it was not JSON.
    pub fn body_json(&self) -> Option<&serde_json::Value> {
        self.details.as_ref()?.json.as_ref()
    }

    /// The body read as `T`, typically the error model the spec documents
    /// for the operation; `None` when the body is not JSON of that shape.
    pub fn parse_body<T: DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(self.body_json()?).ok()
    }

    /// 4xx: the request itself is wrong (or unauthorised).
    pub fn is_client_error(&self) -> bool {
        (400..500).contains(&self.status)
    }

    /// 5xx: the service failed.
    pub fn is_server_error(&self) -> bool {
        self.status >= 500
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.is_server_error() {
            "server error"
        } else if self.is_client_error() {
            "client error"
        } else {
            "unexpected status"
        };
        write!(f, "{kind} (HTTP {})", self.status)?;
        if let Some(code) = &self.error_code {
            write!(f, " {code}")?;
        }
        match &self.error_msg {
            Some(msg) => write!(f, ": {msg}")?,
            None if !self.body.is_empty() => write!(f, ": {}", self.body)?,
            None => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if let Some(hint) = self.hint() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The code and message of an error body object, whichever shape it has.
fn code_and_message(
    map: &serde_json::Map<String, serde_json::Value>,
) -> (Option<String>, Option<String>) {
    let text = |m: &serde_json::Map<String, serde_json::Value>, keys: &[&str]| {
        keys.iter().find_map(|k| m.get(*k).and_then(scalar_text))
    };
    let flat = (
        text(map, &["error_code", "code"]),
        text(map, &["error_msg", "message"]),
    );
    if flat.0.is_some() || flat.1.is_some() {
        return flat;
    }
    // A wrapper: `{"error": {..}}`, `{"NeutronError": {..}}`, or another
    // object that is the body's only member.
    let wrapped = map
        .get("error")
        .or_else(|| map.get("NeutronError"))
        .or_else(|| match map.len() {
            1 => map.values().next(),
            _ => None,
        });
    match wrapped {
        Some(serde_json::Value::Object(inner)) => (
            text(inner, &["code", "error_code", "type"]),
            text(inner, &["message", "error_msg"]),
        ),
        // `{"error": "text"}`
        Some(value) => (None, scalar_text(value)),
        None => (None, None),
    }
}

/// Strings as they are, numbers printed (some services send numeric codes).
fn scalar_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// At most 512 bytes of `body` as text, cut on a character boundary.
fn snippet(body: &[u8]) -> String {
    const LIMIT: usize = 512;
    let text = String::from_utf8_lossy(body);
    if text.len() <= LIMIT {
        return text.into_owned();
    }
    let mut end = LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// Why a request could not be delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be established: the server never saw the request.
    Connect,
    /// The attempt ran out of time; the server may or may not have acted.
    Timeout,
    /// Anything else (connection reset mid-request, malformed response, ...).
    Other,
}

/// The network failed on the final attempt.
///
/// The message already spells out the whole chain of causes, so
/// `source()` is empty (a reporter would print them twice otherwise);
/// [`TransportError::cause`] gives the underlying error itself.
#[derive(Debug)]
pub struct TransportError {
    /// What kind of failure, which decides whether a retry is safe.
    pub kind: TransportErrorKind,
    /// How many attempts were made in total.
    pub attempts: u32,
    /// Description of the failure, with its causes.
    pub message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl TransportError {
    /// A transport error, optionally wrapping the underlying cause.
    pub fn new(
        kind: TransportErrorKind,
        message: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    ) -> Self {
        TransportError {
            kind,
            attempts: 1,
            message: message.into(),
            source,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            TransportErrorKind::Connect => "connection failed",
            TransportErrorKind::Timeout => "request timed out",
            TransportErrorKind::Other => "transport error",
        };
        write!(f, "{kind}: {}", self.message)?;
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        Ok(())
    }
}

impl TransportError {
    /// The underlying error (from the HTTP client), for callers that inspect
    /// it; its text is already part of the message.
    pub fn cause(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.source.as_deref()
    }
}

impl std::error::Error for TransportError {}

/// A response whose body did not match the documented schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableResponse {
    /// HTTP status code.
    pub status: u16,
    /// Request id for support.
    pub request_id: Option<String>,
    /// The start of the raw body (at most 512 bytes).
    pub body: String,
    /// What the decoder complained about.
    pub message: String,
}

impl fmt::Display for UnreadableResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unreadable response (HTTP {}): {}",
            self.status, self.message
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if !self.body.is_empty() {
            write!(f, "; body starts: {}", self.body)?;
        }
        Ok(())
    }
}

impl std::error::Error for UnreadableResponse {}

/// The client configuration is incomplete or wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration error: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// A request builder was finished without all required fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    /// The type being built.
    pub type_name: &'static str,
    /// The required fields that were never set.
    pub missing: Vec<&'static str>,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot build {}: missing required field{} ",
            self.type_name,
            if self.missing.len() == 1 { "" } else { "s" }
        )?;
        for (i, m) in self.missing.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{m}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}

/// A request body could not be turned into JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SerializeError {
    /// The serializer's explanation.
    pub message: String,
}

impl fmt::Display for SerializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot serialize request body: {}", self.message)
    }
}

impl std::error::Error for SerializeError {}

/// Pagination stopped because continuing would loop forever.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationError {
    /// The listing operation.
    pub operation_id: &'static str,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "pagination of {} stopped: {}",
            self.operation_id, self.message
        )
    }
}

impl std::error::Error for PaginationError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_stay_small_enough_for_every_result() {
        // clippy's `result_large_err` starts at 128 bytes.
        assert!(
            std::mem::size_of::<Error>() < 128,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn error_is_send_sync_static() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Error>();
    }

    fn service(status: u16, header_id: Option<&str>, body: &str) -> Error {
        Error::Service(ServiceError::from_body(
            status,
            header_id.map(str::to_owned),
            body.as_bytes(),
        ))
    }

    /// `(code, message)` as the error offers them.
    fn code_message(e: &Error) -> (Option<&str>, Option<&str>) {
        (e.code(), e.message())
    }

    #[test]
    fn every_error_body_shape_gives_code_and_message() {
        let cases = [
            (
                r#"{"error_code":"VPC.0002","error_msg":"bad name","request_id":"r"}"#,
                (Some("VPC.0002"), Some("bad name")),
            ),
            (
                r#"{"code":"APIGW.0301","message":"Incorrect IAM authentication information"}"#,
                (
                    Some("APIGW.0301"),
                    Some("Incorrect IAM authentication information"),
                ),
            ),
            (
                r#"{"error":{"code":"SYS.0001","message":"busy"}}"#,
                (Some("SYS.0001"), Some("busy")),
            ),
            (
                r#"{"error":{"error_code":"IAM.0011","error_msg":"expired"}}"#,
                (Some("IAM.0011"), Some("expired")),
            ),
            (
                r#"{"NeutronError":{"type":"SecurityGroupNotFound","message":"Security group sg-1 does not exist","detail":""}}"#,
                (
                    Some("SecurityGroupNotFound"),
                    Some("Security group sg-1 does not exist"),
                ),
            ),
            (
                r#"{"itemNotFound":{"code":404,"message":"Instance could not be found"}}"#,
                (Some("404"), Some("Instance could not be found")),
            ),
            (
                r#"{"error":"quota exceeded"}"#,
                (None, Some("quota exceeded")),
            ),
            (r#"{"request_id":"r","other":1}"#, (None, None)),
            ("<html>Bad Gateway</html>", (None, None)),
            ("", (None, None)),
        ];
        for (body, expected) in cases {
            let e = service(400, None, body);
            assert_eq!(code_message(&e), expected, "{body}");
            assert_eq!(e.status(), Some(400));
        }
    }

    #[test]
    fn the_parsed_body_is_kept_for_the_spec_error_model() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Neutron {
            #[serde(rename = "NeutronError")]
            neutron: NeutronDetail,
        }
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct NeutronDetail {
            r#type: String,
            detail: String,
        }
        let body =
            r#"{"NeutronError":{"type":"PortNotFound","message":"gone","detail":"port p-1"}}"#;
        let e = service(404, Some("hdr-1"), body);
        let s = e.service_error().unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(
            s.parse_body::<Neutron>(),
            Some(Neutron {
                neutron: NeutronDetail {
                    r#type: "PortNotFound".into(),
                    detail: "port p-1".into(),
                }
            })
        );
        assert_eq!(
            s.body_json()
                .and_then(|v| v.pointer("/NeutronError/detail")),
            Some(&serde_json::json!("port p-1"))
        );
        // A body of another shape is not forced into the model.
        assert_eq!(
            service(500, None, "{}")
                .service_error()
                .and_then(ServiceError::parse_body::<Neutron>),
            None
        );
        assert_eq!(
            service(500, None, "oops")
                .service_error()
                .and_then(ServiceError::body_json),
            None
        );
    }

    #[test]
    fn the_documented_model_is_reachable_typed() {
        #[derive(Debug, PartialEq)]
        struct ErrorModel(&'static str);
        let body = r#"{"error_code":"VPC.0002","error_msg":"bad"}"#;
        let Error::Service(mut e) = service(400, None, body) else {
            unreachable!()
        };
        assert_eq!(e.model::<ErrorModel>(), None);
        let plain = e.clone();
        e.set_model(ErrorModel("read"));
        assert_eq!(e.model::<ErrorModel>(), Some(&ErrorModel("read")));
        assert_eq!(e.model::<String>(), None);
        assert_ne!(e, plain);
        assert!(format!("{e:?}").contains("ErrorModel"), "{e:?}");
        let e = Error::Service(e);
        assert_eq!(e.model::<ErrorModel>(), Some(&ErrorModel("read")));
        assert_eq!(e.code(), Some("VPC.0002"));
        // The model adds nothing to what is printed.
        assert_eq!(e.to_string(), Error::Service(plain).to_string());
    }

    #[test]
    fn request_id_comes_from_the_header_else_the_body() {
        let body = r#"{"error_code":"VPC.1","error_msg":"m","request_id":"from-body"}"#;
        assert_eq!(
            service(400, Some("from-header"), body).request_id(),
            Some("from-header")
        );
        assert_eq!(service(400, None, body).request_id(), Some("from-body"));
        assert_eq!(service(400, None, "{}").request_id(), None);
    }

    #[test]
    fn other_errors_have_no_code_or_message() {
        let e = Error::config("no region");
        assert_eq!(
            (e.status(), e.code(), e.message(), e.request_id()),
            (None, None, None, None)
        );
        assert!(e.service_error().is_none());
    }

    /// What a reporter such as `anyhow` prints: the error, then every source.
    fn report(e: &(dyn std::error::Error + 'static)) -> Vec<String> {
        let mut lines = vec![e.to_string()];
        let mut source = e.source();
        while let Some(s) = source {
            lines.push(s.to_string());
            source = s.source();
        }
        lines
    }

    #[test]
    fn every_error_prints_its_message_once() {
        let errors = [
            service(
                409,
                Some("r-1"),
                r#"{"error_code":"VPC.1409","error_msg":"conflict"}"#,
            ),
            Error::Transport(TransportError::new(
                TransportErrorKind::Connect,
                "error sending request: connection refused",
                Some(Box::new(std::io::Error::new(
                    std::io::ErrorKind::ConnectionRefused,
                    "connection refused",
                ))),
            )),
            Error::Validation(ValidationError {
                violations: vec![Violation {
                    field: "name".into(),
                    rule: "maxLength 64".into(),
                    message: "too long".into(),
                }],
            }),
            Error::UnreadableResponse(UnreadableResponse {
                status: 200,
                request_id: None,
                body: "{".into(),
                message: "EOF while parsing".into(),
            }),
            Error::config("no credentials"),
            Error::Build(BuildError {
                type_name: "CreateSession",
                missing: vec!["name"],
            }),
            Error::Serialize(SerializeError {
                message: "key must be a string".into(),
            }),
            Error::Pagination(PaginationError {
                operation_id: "ListSessions",
                message: "marker repeated".into(),
            }),
        ];
        for e in &errors {
            let lines = report(e);
            for (i, line) in lines.iter().enumerate() {
                for later in &lines[i + 1..] {
                    assert!(!line.contains(later.as_str()), "{lines:?}");
                }
            }
            assert_eq!(lines.len(), 1, "{lines:?}");
        }
        // The transport's underlying error stays reachable.
        let Error::Transport(transport) = &errors[1] else {
            unreachable!()
        };
        assert!(transport.cause().is_some());
    }

    #[test]
    fn build_error_names_every_field() {
        let e = Error::Build(BuildError {
            type_name: "CreateSession",
            missing: vec!["name", "priority"],
        });
        let s = e.to_string();
        assert!(s.contains("`name`") && s.contains("`priority`"), "{s}");
    }
}
