//! `ErrorModel`, generated from `#/components/schemas/Error`.

use super::WrappedError;

/// Error body of VPC v3: `{"request_id": "...", "error_msg": "...", "error_code": "VPC.0002"}`. Older services answer `{"code": "...", "message": "..."}` instead, and some wrap that as `{"error": {"code": ..., "message": ...}}`; the API gateway rejects a bad signature with a code such as `APIGW.0301` before VPC sees the request. All fields are optional so that every one of those shapes parses.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorModel {
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Error code, for example VPC.0002.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_msg: Option<String>,
    /// Error code, in the older `{"code", "message"}` shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Error message, in the older `{"code", "message"}` shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The error object of the wrapped shape `{"error": {"code": ..., "message": ...}}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<WrappedError>,
}

impl ErrorModel {
    /// Request ID.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Error code, for example VPC.0002.
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// Error message.
    pub fn error_msg(&self) -> Option<&str> {
        self.error_msg.as_deref()
    }

    /// Error code, in the older `{"code", "message"}` shape.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// Error message, in the older `{"code", "message"}` shape.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The error object of the wrapped shape `{"error": {"code": ..., "message": ...}}`.
    pub fn error(&self) -> Option<&WrappedError> {
        self.error.as_ref()
    }
}
