//! A mock of the API, for testing code that uses [`Client`] without a network (feature `test-util`, off by default).
//!
//! Say per operation what it answers: an output (`returns`), outputs in turn such as the pages of a listing (`returns_in_order`), a service error with a status, code and message (`fails_with`), a failure below HTTP (`fails_with_transport`), or any mix of replies (`replies`); narrow an answer to some calls with `when` and `times`. Then read the calls each operation received as typed inputs (`calls`) or as sent (`requests`).
//!
//! Only the sending of bytes is replaced: validation, request building, signing, retries, response parsing and pagination are the client's real code. Rules are tried in the order they were added; a call that no rule answers fails with a transport error naming the operation.
//!
//! Enable it for tests only:
//!
//! ```toml
//! [dev-dependencies]
//! huaweicloud-vpc-v3 = { path = "vendor/huaweicloud-vpc-v3", features = ["test-util"] }
//! ```
//!
//! # Example
//!
//! ```
//! use huaweicloud_vpc_v3::mock::Mock;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), huaweicloud_vpc_v3::Error> {
//! let mock = Mock::new();
//! // The first call is refused, later ones succeed.
//! mock.list_traffic_mirror_sessions().times(1).fails_with(403, "Example.0403", "not allowed");
//! mock.list_traffic_mirror_sessions().returns(Default::default());
//! let client = mock.client();
//!
//! let refused = client.list_traffic_mirror_sessions().send().await.unwrap_err();
//! assert_eq!(refused.status(), Some(403));
//! client.list_traffic_mirror_sessions().send().await?;
//!
//! // The inputs of both calls, typed; `requests()` gives them as sent.
//! assert_eq!(mock.list_traffic_mirror_sessions().calls().len(), 2);
//! # Ok(())
//! # }
//! ```

use crate::Client;
use crate::operations as ops;
use crate::runtime::config::ClientBuilder;
use crate::runtime::error::Error;
use crate::runtime::mock::{MockOperation, MockServer};

pub use crate::runtime::error::TransportErrorKind;
pub use crate::runtime::mock::{MockReply, MockRequest, OperationMock, REDACTED};

/// A mock of the whole API: what each operation answers, and the
/// requests it received. Cheap to clone; clones and the clients made
/// from it share one mocked server.
#[derive(Debug, Clone, Default)]
pub struct Mock {
    server: MockServer,
}

impl Mock {
    /// A mock that answers nothing until told what to.
    pub fn new() -> Self {
        Self::default()
    }

    /// A client whose requests this mock answers, configured with
    /// placeholder credentials and client values (see
    /// [`Mock::client_builder`]).
    pub fn client(&self) -> Client {
        self.client_from(self.client_builder())
            .expect("the mock's own client configuration is valid")
    }

    /// The configuration of [`Mock::client`], to adjust (retries,
    /// validation, client values) and pass to [`Mock::client_from`]:
    /// an endpoint that is never contacted, placeholder credentials
    /// for every authentication scheme so that signing runs, a
    /// placeholder for every client value, and retries with waits of
    /// at most 10 ms.
    pub fn client_builder(&self) -> ClientBuilder<Client> {
        let backoff = std::time::Duration::from_millis(1);
        let retry = crate::RetryConfig::default().initial_backoff(backoff);
        let retry = retry.max_backoff(backoff * 10);
        let builder = Client::builder().endpoint("http://mock.invalid");
        let builder = builder.credentials(crate::Credentials::new("MOCK_AK", "MOCK_SK"));
        let builder = builder.value("project_id", "mock-project-id");
        builder.retry(retry)
    }

    /// Builds `builder` into a client whose requests this mock answers.
    pub fn client_from(&self, builder: ClientBuilder<Client>) -> Result<Client, Error> {
        let client: Client = builder.build()?;
        Ok(Client::from(client.transport.with_mock(self.server.clone())))
    }

    /// The untyped mocked server, shared by every operation.
    pub fn server(&self) -> &MockServer {
        &self.server
    }

    /// Every attempt of every operation so far, as sent, in order.
    pub fn requests(&self) -> Vec<MockRequest> {
        self.server.requests()
    }

    /// Forgets every answer and every recorded request.
    pub fn reset(&self) {
        self.server.reset();
    }

    /// What `ListTrafficMirrorSessions` answers ([`Client::list_traffic_mirror_sessions`]), and the calls it received.
    pub fn list_traffic_mirror_sessions(
        &self,
    ) -> OperationMock<ops::traffic_mirror_sessions::ListTrafficMirrorSessionsRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `CreateTrafficMirrorSession` answers ([`Client::create_traffic_mirror_session`]), and the calls it received.
    pub fn create_traffic_mirror_session(
        &self,
    ) -> OperationMock<ops::traffic_mirror_sessions::CreateTrafficMirrorSessionRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `ShowTrafficMirrorSession` answers ([`Client::show_traffic_mirror_session`]), and the calls it received.
    pub fn show_traffic_mirror_session(
        &self,
    ) -> OperationMock<ops::traffic_mirror_sessions::ShowTrafficMirrorSessionRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `UpdateTrafficMirrorSession` answers ([`Client::update_traffic_mirror_session`]), and the calls it received.
    pub fn update_traffic_mirror_session(
        &self,
    ) -> OperationMock<ops::traffic_mirror_sessions::UpdateTrafficMirrorSessionRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `DeleteTrafficMirrorSession` answers ([`Client::delete_traffic_mirror_session`]), and the calls it received.
    pub fn delete_traffic_mirror_session(
        &self,
    ) -> OperationMock<ops::traffic_mirror_sessions::DeleteTrafficMirrorSessionRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `AddSourcesToTrafficMirrorSession` answers ([`Client::add_sources_to_traffic_mirror_session`]), and the calls it received.
    pub fn add_sources_to_traffic_mirror_session(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_sessions::AddSourcesToTrafficMirrorSessionRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `RemoveSourcesFromTrafficMirrorSession` answers ([`Client::remove_sources_from_traffic_mirror_session`]), and the calls it received.
    pub fn remove_sources_from_traffic_mirror_session(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_sessions::RemoveSourcesFromTrafficMirrorSessionRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `ListTrafficMirrorFilters` answers ([`Client::list_traffic_mirror_filters`]), and the calls it received.
    pub fn list_traffic_mirror_filters(
        &self,
    ) -> OperationMock<ops::traffic_mirror_filters::ListTrafficMirrorFiltersRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `CreateTrafficMirrorFilter` answers ([`Client::create_traffic_mirror_filter`]), and the calls it received.
    pub fn create_traffic_mirror_filter(
        &self,
    ) -> OperationMock<ops::traffic_mirror_filters::CreateTrafficMirrorFilterRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `ShowTrafficMirrorFilter` answers ([`Client::show_traffic_mirror_filter`]), and the calls it received.
    pub fn show_traffic_mirror_filter(
        &self,
    ) -> OperationMock<ops::traffic_mirror_filters::ShowTrafficMirrorFilterRequest> {
        OperationMock::new(self.server.clone())
    }

    /// What `UpdateTrafficMirrorFilter` answers ([`Client::update_traffic_mirror_filter`]), and the calls it received.
    pub fn update_traffic_mirror_filter(
        &self,
    ) -> OperationMock<ops::traffic_mirror_filters::UpdateTrafficMirrorFilterRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `DeleteTrafficMirrorFilter` answers ([`Client::delete_traffic_mirror_filter`]), and the calls it received.
    pub fn delete_traffic_mirror_filter(
        &self,
    ) -> OperationMock<ops::traffic_mirror_filters::DeleteTrafficMirrorFilterRequest>
    {
        OperationMock::new(self.server.clone())
    }

    /// What `ListTrafficMirrorFilterRules` answers ([`Client::list_traffic_mirror_filter_rules`]), and the calls it received.
    pub fn list_traffic_mirror_filter_rules(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_filter_rules::ListTrafficMirrorFilterRulesRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `CreateTrafficMirrorFilterRule` answers ([`Client::create_traffic_mirror_filter_rule`]), and the calls it received.
    pub fn create_traffic_mirror_filter_rule(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_filter_rules::CreateTrafficMirrorFilterRuleRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `ShowTrafficMirrorFilterRule` answers ([`Client::show_traffic_mirror_filter_rule`]), and the calls it received.
    pub fn show_traffic_mirror_filter_rule(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_filter_rules::ShowTrafficMirrorFilterRuleRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `UpdateTrafficMirrorFilterRule` answers ([`Client::update_traffic_mirror_filter_rule`]), and the calls it received.
    pub fn update_traffic_mirror_filter_rule(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_filter_rules::UpdateTrafficMirrorFilterRuleRequest,
    > {
        OperationMock::new(self.server.clone())
    }

    /// What `DeleteTrafficMirrorFilterRule` answers ([`Client::delete_traffic_mirror_filter_rule`]), and the calls it received.
    pub fn delete_traffic_mirror_filter_rule(
        &self,
    ) -> OperationMock<
        ops::traffic_mirror_filter_rules::DeleteTrafficMirrorFilterRuleRequest,
    > {
        OperationMock::new(self.server.clone())
    }
}

impl MockOperation for ops::traffic_mirror_sessions::ListTrafficMirrorSessionsRequest {
    const OPERATION_ID: &'static str = "ListTrafficMirrorSessions";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_sessions::CreateTrafficMirrorSessionRequest {
    const OPERATION_ID: &'static str = "CreateTrafficMirrorSession";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(201, output)
    }
}

impl MockOperation for ops::traffic_mirror_sessions::ShowTrafficMirrorSessionRequest {
    const OPERATION_ID: &'static str = "ShowTrafficMirrorSession";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_sessions::UpdateTrafficMirrorSessionRequest {
    const OPERATION_ID: &'static str = "UpdateTrafficMirrorSession";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_sessions::DeleteTrafficMirrorSessionRequest {
    const OPERATION_ID: &'static str = "DeleteTrafficMirrorSession";
    fn output_reply(_: &Self::Output) -> MockReply {
        MockReply::status(204)
    }
}

impl MockOperation
    for ops::traffic_mirror_sessions::AddSourcesToTrafficMirrorSessionRequest
{
    const OPERATION_ID: &'static str = "AddSourcesToTrafficMirrorSession";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation
    for ops::traffic_mirror_sessions::RemoveSourcesFromTrafficMirrorSessionRequest
{
    const OPERATION_ID: &'static str = "RemoveSourcesFromTrafficMirrorSession";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_filters::ListTrafficMirrorFiltersRequest {
    const OPERATION_ID: &'static str = "ListTrafficMirrorFilters";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_filters::CreateTrafficMirrorFilterRequest {
    const OPERATION_ID: &'static str = "CreateTrafficMirrorFilter";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(201, output)
    }
}

impl MockOperation for ops::traffic_mirror_filters::ShowTrafficMirrorFilterRequest {
    const OPERATION_ID: &'static str = "ShowTrafficMirrorFilter";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_filters::UpdateTrafficMirrorFilterRequest {
    const OPERATION_ID: &'static str = "UpdateTrafficMirrorFilter";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation for ops::traffic_mirror_filters::DeleteTrafficMirrorFilterRequest {
    const OPERATION_ID: &'static str = "DeleteTrafficMirrorFilter";
    fn output_reply(_: &Self::Output) -> MockReply {
        MockReply::status(204)
    }
}

impl MockOperation
    for ops::traffic_mirror_filter_rules::ListTrafficMirrorFilterRulesRequest
{
    const OPERATION_ID: &'static str = "ListTrafficMirrorFilterRules";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation
    for ops::traffic_mirror_filter_rules::CreateTrafficMirrorFilterRuleRequest
{
    const OPERATION_ID: &'static str = "CreateTrafficMirrorFilterRule";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(201, output)
    }
}

impl MockOperation
    for ops::traffic_mirror_filter_rules::ShowTrafficMirrorFilterRuleRequest
{
    const OPERATION_ID: &'static str = "ShowTrafficMirrorFilterRule";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation
    for ops::traffic_mirror_filter_rules::UpdateTrafficMirrorFilterRuleRequest
{
    const OPERATION_ID: &'static str = "UpdateTrafficMirrorFilterRule";
    fn output_reply(output: &Self::Output) -> MockReply {
        MockReply::json(200, output)
    }
}

impl MockOperation
    for ops::traffic_mirror_filter_rules::DeleteTrafficMirrorFilterRuleRequest
{
    const OPERATION_ID: &'static str = "DeleteTrafficMirrorFilterRule";
    fn output_reply(_: &Self::Output) -> MockReply {
        MockReply::status(204)
    }
}
