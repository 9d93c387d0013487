//! The contract between generated request types and the transport.

use super::context::RequestContext;
use super::error::Error;
use super::http::{Request, Response};

/// One API operation: how to turn a typed request into HTTP and an HTTP
/// response back into a typed result. Implemented by generated code; the
/// transport stays ignorant of any particular API.
pub trait Operation {
    /// The decoded successful result.
    type Output;

    /// The operation id from the spec, used in logs and errors.
    fn operation_id(&self) -> &'static str;

    /// Validates (when `ctx.validation_enabled()`) and encodes the request.
    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error>;

    /// Decodes a response of any status: success bodies into `Output`,
    /// anything else into an error (usually via [`Response::into_error`]).
    fn parse_response(response: Response) -> Result<Self::Output, Error>;

    /// A copy of the input that the mock (feature `test-util`) records with
    /// each attempt, so that tests can read the typed calls. Generated inputs
    /// return one; the default keeps nothing.
    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        None
    }
}
