//! `WrappedError`, generated from `#/components/schemas/WrappedError`.

/// The error object of the wrapped shape `{"error": {"code": ..., "message": ...}}`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WrappedError {
    /// Error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl WrappedError {
    /// Error code.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// Error message.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
