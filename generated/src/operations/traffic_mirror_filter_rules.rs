//! Traffic Mirror Filter Rules: 5 operation(s).
//!
//! Traffic mirror filter rules: the inbound (ingress) and outbound (egress) rules of a traffic mirror filter.

use crate::Client;
use crate::models;
use crate::runtime::config::RequestContext;
use crate::runtime::error::Error;
use crate::runtime::http::{ApiResponse, Method, Request, Response};
use crate::runtime::operation::Operation;

/// The input of [`Client::list_traffic_mirror_filter_rules`]: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
///
/// Building the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrafficMirrorFilterRulesRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// ID of a traffic mirror filter rule. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `id` query parameter.
    pub id: Option<Vec<String>>,
    /// Description of a traffic mirror filter rule. Multiple descriptions can be specified for filtering.
    ///
    /// Sent as the `description` query parameter.
    pub description: Option<Vec<String>>,
    /// ID of the traffic mirror filter that a rule belongs to. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_filter_id` query parameter.
    pub traffic_mirror_filter_id: Option<Vec<String>>,
    /// Direction of a traffic mirror filter rule: ingress (inbound) or egress (outbound). Multiple directions can be specified for filtering.
    ///
    /// Sent as the `direction` query parameter.
    pub direction: Option<Vec<models::TrafficMirrorFilterRuleDirection>>,
    /// Protocol of a traffic mirror filter rule: TCP, UDP, ICMP, ICMPV6 or ALL. Multiple protocols can be specified for filtering.
    ///
    /// Sent as the `protocol` query parameter.
    pub protocol: Option<Vec<models::TrafficMirrorFilterRuleProtocol>>,
    /// Source CIDR block of a traffic mirror filter rule. Multiple CIDR blocks can be specified for filtering.
    ///
    /// Sent as the `source_cidr_block` query parameter.
    pub source_cidr_block: Option<Vec<String>>,
    /// Destination CIDR block of a traffic mirror filter rule. Multiple CIDR blocks can be specified for filtering.
    ///
    /// Sent as the `destination_cidr_block` query parameter.
    pub destination_cidr_block: Option<Vec<String>>,
    /// Source port range of a traffic mirror filter rule, for example 80-200. Multiple port ranges can be specified for filtering.
    ///
    /// Sent as the `source_port_range` query parameter.
    pub source_port_range: Option<Vec<String>>,
    /// Destination port range of a traffic mirror filter rule, for example 80-200. Multiple port ranges can be specified for filtering.
    ///
    /// Sent as the `destination_port_range` query parameter.
    pub destination_port_range: Option<Vec<String>>,
    /// Action of a traffic mirror filter rule: accept or reject. Multiple actions can be specified for filtering.
    ///
    /// Sent as the `action` query parameter.
    pub action: Option<Vec<models::TrafficMirrorFilterRuleAction>>,
    /// Priority of a traffic mirror filter rule. Multiple priorities can be specified for filtering. Range: 1 to 65535.
    ///
    /// Sent as the `priority` query parameter.
    pub priority: Option<Vec<i32>>,
    /// Number of records returned on each page. Range: 0 to 2000.
    ///
    /// Sent as the `limit` query parameter.
    pub limit: Option<i32>,
    /// Start resource ID of pagination query: the ID of the last resource of the previous page (`page_info.next_marker` of the previous response). If it is not specified, the first page is queried.
    ///
    /// Sent as the `marker` query parameter.
    pub marker: Option<String>,
}

impl ListTrafficMirrorFilterRulesRequest {
    /// Creates the input from its required values.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Operation for ListTrafficMirrorFilterRulesRequest {
    type Output = models::ListTrafficMirrorFilterRulesResponseBody;
    fn operation_id(&self) -> &'static str {
        "ListTrafficMirrorFilterRules"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            if let Some(value) = &self.direction {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("direction[{index}]");
                    crate::runtime::validate::Validate::validate_into(
                        item, &item_path, out,
                    );
                }
            }

            if let Some(value) = &self.protocol {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("protocol[{index}]");
                    crate::runtime::validate::Validate::validate_into(
                        item, &item_path, out,
                    );
                }
            }

            if let Some(value) = &self.action {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("action[{index}]");
                    crate::runtime::validate::Validate::validate_into(
                        item, &item_path, out,
                    );
                }
            }

            if let Some(value) = &self.priority {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("priority[{index}]");
                    out.check_range_i64(
                        &item_path,
                        i64::from(*item),
                        Some(1),
                        Some(65535),
                    );
                }
            }

            if let Some(value) = &self.limit {
                out.check_range_i64("limit", i64::from(*value), Some(0), Some(2000));
            }

            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::GET,
            format!(
                "/v3/{}/vpc/traffic-mirror-filter-rules",
                crate::runtime::http::encode_path_segment(project_id),
            ),
        );
        request.push_query_values("id", self.id.iter().flatten());
        request.push_query_values("description", self.description.iter().flatten());
        request.push_query_values(
            "traffic_mirror_filter_id",
            self.traffic_mirror_filter_id.iter().flatten(),
        );
        request.push_query_values("direction", self.direction.iter().flatten());
        request.push_query_values("protocol", self.protocol.iter().flatten());
        request.push_query_values(
            "source_cidr_block",
            self.source_cidr_block.iter().flatten(),
        );
        request.push_query_values(
            "destination_cidr_block",
            self.destination_cidr_block.iter().flatten(),
        );
        request.push_query_values(
            "source_port_range",
            self.source_port_range.iter().flatten(),
        );
        request.push_query_values(
            "destination_port_range",
            self.destination_port_range.iter().flatten(),
        );
        request.push_query_values("action", self.action.iter().flatten());
        request.push_query_values("priority", self.priority.iter().flatten());
        request.push_query_values("limit", &self.limit);
        request.push_query_values("marker", &self.marker);
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

/// Sends `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`: returned by [`Client::list_traffic_mirror_filter_rules`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTrafficMirrorFilterRules {
    client: Client,
    input: ListTrafficMirrorFilterRulesRequest,
}

impl ListTrafficMirrorFilterRules {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// ID of a traffic mirror filter rule. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `id` query parameter.
    ///
    /// Call it again to add more values.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.input.id.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Description of a traffic mirror filter rule. Multiple descriptions can be specified for filtering.
    ///
    /// Sent as the `description` query parameter.
    ///
    /// Call it again to add more values.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.input.description.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// ID of the traffic mirror filter that a rule belongs to. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_filter_id` query parameter.
    ///
    /// Call it again to add more values.
    pub fn traffic_mirror_filter_id(mut self, value: impl Into<String>) -> Self {
        self.input
            .traffic_mirror_filter_id
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Direction of a traffic mirror filter rule: ingress (inbound) or egress (outbound). Multiple directions can be specified for filtering.
    ///
    /// Sent as the `direction` query parameter.
    ///
    /// Call it again to add more values.
    pub fn direction(
        mut self,
        value: impl Into<models::TrafficMirrorFilterRuleDirection>,
    ) -> Self {
        self.input.direction.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Protocol of a traffic mirror filter rule: TCP, UDP, ICMP, ICMPV6 or ALL. Multiple protocols can be specified for filtering.
    ///
    /// Sent as the `protocol` query parameter.
    ///
    /// Call it again to add more values.
    pub fn protocol(
        mut self,
        value: impl Into<models::TrafficMirrorFilterRuleProtocol>,
    ) -> Self {
        self.input.protocol.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Source CIDR block of a traffic mirror filter rule. Multiple CIDR blocks can be specified for filtering.
    ///
    /// Sent as the `source_cidr_block` query parameter.
    ///
    /// Call it again to add more values.
    pub fn source_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.input.source_cidr_block.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Destination CIDR block of a traffic mirror filter rule. Multiple CIDR blocks can be specified for filtering.
    ///
    /// Sent as the `destination_cidr_block` query parameter.
    ///
    /// Call it again to add more values.
    pub fn destination_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.input
            .destination_cidr_block
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Source port range of a traffic mirror filter rule, for example 80-200. Multiple port ranges can be specified for filtering.
    ///
    /// Sent as the `source_port_range` query parameter.
    ///
    /// Call it again to add more values.
    pub fn source_port_range(mut self, value: impl Into<String>) -> Self {
        self.input.source_port_range.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Destination port range of a traffic mirror filter rule, for example 80-200. Multiple port ranges can be specified for filtering.
    ///
    /// Sent as the `destination_port_range` query parameter.
    ///
    /// Call it again to add more values.
    pub fn destination_port_range(mut self, value: impl Into<String>) -> Self {
        self.input
            .destination_port_range
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Action of a traffic mirror filter rule: accept or reject. Multiple actions can be specified for filtering.
    ///
    /// Sent as the `action` query parameter.
    ///
    /// Call it again to add more values.
    pub fn action(
        mut self,
        value: impl Into<models::TrafficMirrorFilterRuleAction>,
    ) -> Self {
        self.input.action.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Priority of a traffic mirror filter rule. Multiple priorities can be specified for filtering. Range: 1 to 65535.
    ///
    /// Sent as the `priority` query parameter.
    ///
    /// Call it again to add more values.
    pub fn priority(mut self, value: impl Into<i32>) -> Self {
        self.input.priority.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Number of records returned on each page. Range: 0 to 2000.
    ///
    /// Sent as the `limit` query parameter.
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.input.limit = Some(value.into());
        self
    }

    /// Start resource ID of pagination query: the ID of the last resource of the previous page (`page_info.next_marker` of the previous response). If it is not specified, the first page is queried.
    ///
    /// Sent as the `marker` query parameter.
    pub fn marker(mut self, value: impl Into<String>) -> Self {
        self.input.marker = Some(value.into());
        self
    }

    /// The request as configured so far.
    pub fn input(&self) -> &ListTrafficMirrorFilterRulesRequest {
        &self.input
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::ListTrafficMirrorFilterRulesResponseBody>, Error>
    {
        self.client.transport.call(&self.input).await
    }

    /// Every item over all pages, as a stream.
    ///
    /// The next page is fetched only when the items of the current one are used up; the stream ends on the page without a next marker. Set the page size with the limit parameter before calling this.
    pub fn into_stream(
        self,
    ) -> impl futures_core::Stream<Item = Result<models::TrafficMirrorFilterRule, Error>>
    + Send
    + 'static {
        crate::runtime::pagination::paginate(
            self.client.transport,
            self.input,
            |request, page| {
                let items = page.traffic_mirror_filter_rules.unwrap_or_default();
                let next =
                    page.page_info.and_then(|value| value.next_marker).map(|marker| {
                        let mut next = request.clone();
                        next.marker = Some(marker);
                        next
                    });
                (items, next)
            },
        )
    }
}

impl Client {
    /// Querying Traffic Mirror Filter Rules
    ///
    /// This API is used to query information about all traffic mirror filter rules. No reference page was transcribed for this operation: its filters follow the conventions of the session list page ("Querying Traffic Mirror Sessions"): each filter is optional, multi-valued filters repeat the query key (`?id=a&id=b`), and results are paged with `limit` and `marker` (pass `page_info.next_marker` as `marker`; it is absent on the last page).
    ///
    /// `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// use futures_util::TryStreamExt;
    ///
    /// let page = client.list_traffic_mirror_filter_rules().send().await?;
    /// println!("{:?}", page.body);
    ///
    /// let everything: Vec<_> = client.list_traffic_mirror_filter_rules().into_stream().try_collect().await?;
    /// println!("{} in all", everything.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_traffic_mirror_filter_rules(&self) -> ListTrafficMirrorFilterRules {
        ListTrafficMirrorFilterRules {
            client: self.clone(),
            input: ListTrafficMirrorFilterRulesRequest::new(),
        }
    }
}

/// The input of [`Client::create_traffic_mirror_filter_rule`]: `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
///
/// Building the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficMirrorFilterRuleRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// The request body ([`CreateTrafficMirrorFilterRuleRequestBody`](crate::models::CreateTrafficMirrorFilterRuleRequestBody)).
    pub body: models::CreateTrafficMirrorFilterRuleRequestBody,
}

impl CreateTrafficMirrorFilterRuleRequest {
    /// Creates the input from its required values.
    pub fn new(body: models::CreateTrafficMirrorFilterRuleRequestBody) -> Self {
        Self { project_id: None, body }
    }
}

impl Operation for CreateTrafficMirrorFilterRuleRequest {
    type Output = models::CreateTrafficMirrorFilterRuleResponseBody;
    fn operation_id(&self) -> &'static str {
        "CreateTrafficMirrorFilterRule"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            crate::runtime::validate::Validate::validate_into(&self.body, "", out);
            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::POST,
            format!(
                "/v3/{}/vpc/traffic-mirror-filter-rules",
                crate::runtime::http::encode_path_segment(project_id),
            ),
        );
        {
            let value = &self.body;
            request.set_json_body(value)?;
        }

        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

/// Sends `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`: returned by [`Client::create_traffic_mirror_filter_rule`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTrafficMirrorFilterRule {
    client: Client,
    input: CreateTrafficMirrorFilterRuleRequest,
}

impl CreateTrafficMirrorFilterRule {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// The request as configured so far.
    pub fn input(&self) -> &CreateTrafficMirrorFilterRuleRequest {
        &self.input
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::CreateTrafficMirrorFilterRuleResponseBody>, Error>
    {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Creating a Traffic Mirror Filter Rule
    ///
    /// This API is used to create a traffic mirror filter rule.
    ///
    /// `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::CreateTrafficMirrorFilterRuleRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.create_traffic_mirror_filter_rule(body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_traffic_mirror_filter_rule(
        &self,
        body: models::CreateTrafficMirrorFilterRuleRequestBody,
    ) -> CreateTrafficMirrorFilterRule {
        CreateTrafficMirrorFilterRule {
            client: self.clone(),
            input: CreateTrafficMirrorFilterRuleRequest::new(body),
        }
    }
}

/// The input of [`Client::show_traffic_mirror_filter_rule`]: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Building the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowTrafficMirrorFilterRuleRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror filter rule ID.
    ///
    /// Sent as the `traffic_mirror_filter_rule_id` path parameter.
    pub traffic_mirror_filter_rule_id: String,
}

impl ShowTrafficMirrorFilterRuleRequest {
    /// Creates the input from its required values.
    pub fn new(traffic_mirror_filter_rule_id: impl Into<String>) -> Self {
        Self {
            project_id: None,
            traffic_mirror_filter_rule_id: traffic_mirror_filter_rule_id.into(),
        }
    }
}

impl Operation for ShowTrafficMirrorFilterRuleRequest {
    type Output = models::ShowTrafficMirrorFilterRuleResponseBody;
    fn operation_id(&self) -> &'static str {
        "ShowTrafficMirrorFilterRule"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            {
                let value = &self.traffic_mirror_filter_rule_id;
                out.check_length("traffic_mirror_filter_rule_id", value, Some(1), None);
            }

            violations.into_result()?;
        }

        let request = Request::new(
            Method::GET,
            format!(
                "/v3/{}/vpc/traffic-mirror-filter-rules/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_filter_rule_id,
                ),
            ),
        );
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

/// Sends `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`: returned by [`Client::show_traffic_mirror_filter_rule`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ShowTrafficMirrorFilterRule {
    client: Client,
    input: ShowTrafficMirrorFilterRuleRequest,
}

impl ShowTrafficMirrorFilterRule {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// The request as configured so far.
    pub fn input(&self) -> &ShowTrafficMirrorFilterRuleRequest {
        &self.input
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::ShowTrafficMirrorFilterRuleResponseBody>, Error>
    {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Querying Details About a Traffic Mirror Filter Rule
    ///
    /// This API is used to query details about a traffic mirror filter rule.
    ///
    /// `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.show_traffic_mirror_filter_rule("traffic_mirror_filter_rule_id").send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_traffic_mirror_filter_rule(
        &self,
        traffic_mirror_filter_rule_id: impl Into<String>,
    ) -> ShowTrafficMirrorFilterRule {
        ShowTrafficMirrorFilterRule {
            client: self.clone(),
            input: ShowTrafficMirrorFilterRuleRequest::new(
                traffic_mirror_filter_rule_id,
            ),
        }
    }
}

/// The input of [`Client::update_traffic_mirror_filter_rule`]: `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Building the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTrafficMirrorFilterRuleRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror filter rule ID.
    ///
    /// Sent as the `traffic_mirror_filter_rule_id` path parameter.
    pub traffic_mirror_filter_rule_id: String,
    /// The request body ([`UpdateTrafficMirrorFilterRuleRequestBody`](crate::models::UpdateTrafficMirrorFilterRuleRequestBody)).
    pub body: models::UpdateTrafficMirrorFilterRuleRequestBody,
}

impl UpdateTrafficMirrorFilterRuleRequest {
    /// Creates the input from its required values.
    pub fn new(
        traffic_mirror_filter_rule_id: impl Into<String>,
        body: models::UpdateTrafficMirrorFilterRuleRequestBody,
    ) -> Self {
        Self {
            project_id: None,
            traffic_mirror_filter_rule_id: traffic_mirror_filter_rule_id.into(),
            body,
        }
    }
}

impl Operation for UpdateTrafficMirrorFilterRuleRequest {
    type Output = models::UpdateTrafficMirrorFilterRuleResponseBody;
    fn operation_id(&self) -> &'static str {
        "UpdateTrafficMirrorFilterRule"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            {
                let value = &self.traffic_mirror_filter_rule_id;
                out.check_length("traffic_mirror_filter_rule_id", value, Some(1), None);
            }

            crate::runtime::validate::Validate::validate_into(&self.body, "", out);
            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::PUT,
            format!(
                "/v3/{}/vpc/traffic-mirror-filter-rules/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_filter_rule_id,
                ),
            ),
        );
        {
            let value = &self.body;
            request.set_json_body(value)?;
        }

        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error()),
        }
    }
}

/// Sends `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`: returned by [`Client::update_traffic_mirror_filter_rule`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateTrafficMirrorFilterRule {
    client: Client,
    input: UpdateTrafficMirrorFilterRuleRequest,
}

impl UpdateTrafficMirrorFilterRule {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// The request as configured so far.
    pub fn input(&self) -> &UpdateTrafficMirrorFilterRuleRequest {
        &self.input
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::UpdateTrafficMirrorFilterRuleResponseBody>, Error>
    {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Updating a Traffic Mirror Filter Rule
    ///
    /// This API is used to update a traffic mirror filter rule.
    ///
    /// `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::UpdateTrafficMirrorFilterRuleRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.update_traffic_mirror_filter_rule("traffic_mirror_filter_rule_id", body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_traffic_mirror_filter_rule(
        &self,
        traffic_mirror_filter_rule_id: impl Into<String>,
        body: models::UpdateTrafficMirrorFilterRuleRequestBody,
    ) -> UpdateTrafficMirrorFilterRule {
        UpdateTrafficMirrorFilterRule {
            client: self.clone(),
            input: UpdateTrafficMirrorFilterRuleRequest::new(
                traffic_mirror_filter_rule_id,
                body,
            ),
        }
    }
}

/// The input of [`Client::delete_traffic_mirror_filter_rule`]: `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Building the HTTP request and reading the response are plain functions (see [`Operation`]), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficMirrorFilterRuleRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror filter rule ID.
    ///
    /// Sent as the `traffic_mirror_filter_rule_id` path parameter.
    pub traffic_mirror_filter_rule_id: String,
}

impl DeleteTrafficMirrorFilterRuleRequest {
    /// Creates the input from its required values.
    pub fn new(traffic_mirror_filter_rule_id: impl Into<String>) -> Self {
        Self {
            project_id: None,
            traffic_mirror_filter_rule_id: traffic_mirror_filter_rule_id.into(),
        }
    }
}

impl Operation for DeleteTrafficMirrorFilterRuleRequest {
    type Output = ();
    fn operation_id(&self) -> &'static str {
        "DeleteTrafficMirrorFilterRule"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            {
                let value = &self.traffic_mirror_filter_rule_id;
                out.check_length("traffic_mirror_filter_rule_id", value, Some(1), None);
            }

            violations.into_result()?;
        }

        let request = Request::new(
            Method::DELETE,
            format!(
                "/v3/{}/vpc/traffic-mirror-filter-rules/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_filter_rule_id,
                ),
            ),
        );
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => Ok(()),
            _ => Err(response.into_error()),
        }
    }
}

/// Sends `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`: returned by [`Client::delete_traffic_mirror_filter_rule`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTrafficMirrorFilterRule {
    client: Client,
    input: DeleteTrafficMirrorFilterRuleRequest,
}

impl DeleteTrafficMirrorFilterRule {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// The request as configured so far.
    pub fn input(&self) -> &DeleteTrafficMirrorFilterRuleRequest {
        &self.input
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(self) -> Result<ApiResponse<()>, Error> {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Deleting a Traffic Mirror Filter Rule
    ///
    /// This API is used to delete a traffic mirror filter rule.
    ///
    /// `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.delete_traffic_mirror_filter_rule("traffic_mirror_filter_rule_id").send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_traffic_mirror_filter_rule(
        &self,
        traffic_mirror_filter_rule_id: impl Into<String>,
    ) -> DeleteTrafficMirrorFilterRule {
        DeleteTrafficMirrorFilterRule {
            client: self.clone(),
            input: DeleteTrafficMirrorFilterRuleRequest::new(
                traffic_mirror_filter_rule_id,
            ),
        }
    }
}
