//! Traffic Mirror Sessions: 7 operation(s).
//!
//! Traffic mirror sessions associate a traffic mirror filter, mirror sources (elastic network interfaces) and a mirror target (an elastic network interface or a private network load balancer).

use crate::Client;
use crate::models;
use crate::runtime::config::RequestContext;
use crate::runtime::error::Error;
use crate::runtime::http::{ApiResponse, Method, Request, Response};
use crate::runtime::operation::Operation;

/// The input of [`Client::list_traffic_mirror_sessions`]: `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTrafficMirrorSessionsRequest {
    /// ID of the project that a traffic mirror session belongs to. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// ID of a traffic mirror session. You can use this field to accurately filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `id` query parameter.
    pub id: Option<Vec<String>>,
    /// Name of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple names can be specified for filtering.
    ///
    /// Sent as the `name` query parameter.
    pub name: Option<Vec<String>>,
    /// Description of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple descriptions can be specified for filtering.
    ///
    /// Sent as the `description` query parameter.
    pub description: Option<Vec<String>>,
    /// Whether a traffic mirror session is enabled. You can use this field to filter traffic mirror sessions. Only one value can be specified for filtering. Range: true (filter traffic mirror sessions that are enabled), false (filter traffic mirror sessions that are disabled).
    ///
    /// **Documentation conflict:** This filter is documented as a Boolean, like `enabled` in responses, while the update request documents `enabled` as the string "true" or "false". On the wire both are the text true/false; this client takes a Boolean, as documented.
    ///
    /// Sent as the `enabled` query parameter.
    pub enabled: Option<bool>,
    /// Packet length of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple packet lengths can be specified for filtering. Range: 1 to 1460.
    ///
    /// Sent as the `packet_length` query parameter.
    pub packet_length: Option<Vec<i32>>,
    /// Priority of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple priorities can be specified for filtering. Range: 1 to 32766.
    ///
    /// Sent as the `priority` query parameter.
    pub priority: Option<Vec<i32>>,
    /// ID of the traffic mirror filter associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_filter_id` query parameter.
    pub traffic_mirror_filter_id: Option<Vec<String>>,
    /// Type of the traffic mirror target associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple types can be specified for filtering. Range: eni (the mirror target is an elastic network interface), elb (the mirror target is a private network load balancer).
    ///
    /// Sent as the `traffic_mirror_target_type` query parameter.
    pub traffic_mirror_target_type: Option<Vec<models::TrafficMirrorTargetType>>,
    /// ID of the traffic mirror target associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_target_id` query parameter.
    pub traffic_mirror_target_id: Option<Vec<String>>,
    /// Type of the traffic mirror source associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple types can be specified for filtering. Range: eni (elastic network interface), eip (EIP).
    ///
    /// Sent as the `type` query parameter.
    pub type_: Option<Vec<models::TrafficMirrorSourceType>>,
    /// VXLAN network identifier (VNI) of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple VNIs can be specified for filtering. Range: 0 to 16777215.
    ///
    /// Sent as the `virtual_network_id` query parameter.
    pub virtual_network_id: Option<Vec<i32>>,
    /// Creation time of a traffic mirror session, used to sort (or filter) the traffic mirror sessions. Only one value can be specified. Documented only by Huawei Cloud API Explorer's definition ("sort by creation timestamp") and the official SDK models; no version of the reference page lists it, and neither says what value it takes.
    ///
    /// Sent as the `created_at` query parameter.
    pub created_at: Option<String>,
    /// Update time of a traffic mirror session, used to sort (or filter) the traffic mirror sessions. Only one value can be specified. Documented only by Huawei Cloud API Explorer's definition ("sort by update timestamp") and the official SDK models; no version of the reference page lists it, and neither says what value it takes.
    ///
    /// Sent as the `updated_at` query parameter.
    pub updated_at: Option<String>,
    /// Number of records returned on each page. Range: 0 to 2000.
    ///
    /// Sent as the `limit` query parameter.
    pub limit: Option<i32>,
    /// Start resource ID of pagination query: the ID of the last resource of the previous page (`page_info.next_marker` of the previous response). If it is not specified, the first page is queried.
    ///
    /// Sent as the `marker` query parameter.
    pub marker: Option<String>,
}

impl ListTrafficMirrorSessionsRequest {
    /// Creates the input from its required values.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Operation for ListTrafficMirrorSessionsRequest {
    type Output = models::ListTrafficMirrorSessionsResponseBody;
    fn operation_id(&self) -> &'static str {
        "ListTrafficMirrorSessions"
    }

    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        let project_id = match &self.project_id {
            Some(value) => value.as_str(),
            None => ctx.value("project_id")?,
        };

        if ctx.validation_enabled() {
            let mut violations = crate::runtime::validate::Violations::default();
            let out = &mut violations;
            if let Some(value) = &self.packet_length {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("packet_length[{index}]");
                    out.check_range_i64(
                        &item_path,
                        i64::from(*item),
                        Some(1),
                        Some(1460),
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
                        Some(32766),
                    );
                }
            }

            if let Some(value) = &self.traffic_mirror_target_type {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("traffic_mirror_target_type[{index}]");
                    crate::runtime::validate::Validate::validate_into(
                        item, &item_path, out,
                    );
                }
            }

            if let Some(value) = &self.type_ {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("type[{index}]");
                    crate::runtime::validate::Validate::validate_into(
                        item, &item_path, out,
                    );
                }
            }

            if let Some(value) = &self.virtual_network_id {
                for (index, item) in value.iter().enumerate() {
                    let item_path = format!("virtual_network_id[{index}]");
                    out.check_range_i64(
                        &item_path,
                        i64::from(*item),
                        Some(0),
                        Some(16777215),
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
                "/v3/{}/vpc/traffic-mirror-sessions",
                crate::runtime::http::encode_path_segment(project_id),
            ),
        );
        request.push_query_values("id", self.id.iter().flatten());
        request.push_query_values("name", self.name.iter().flatten());
        request.push_query_values("description", self.description.iter().flatten());
        request.push_query_values("enabled", &self.enabled);
        request.push_query_values("packet_length", self.packet_length.iter().flatten());
        request.push_query_values("priority", self.priority.iter().flatten());
        request.push_query_values(
            "traffic_mirror_filter_id",
            self.traffic_mirror_filter_id.iter().flatten(),
        );
        request.push_query_values(
            "traffic_mirror_target_type",
            self.traffic_mirror_target_type.iter().flatten(),
        );
        request.push_query_values(
            "traffic_mirror_target_id",
            self.traffic_mirror_target_id.iter().flatten(),
        );
        request.push_query_values("type", self.type_.iter().flatten());
        request.push_query_values(
            "virtual_network_id",
            self.virtual_network_id.iter().flatten(),
        );
        request.push_query_values("created_at", &self.created_at);
        request.push_query_values("updated_at", &self.updated_at);
        request.push_query_values("limit", &self.limit);
        request.push_query_values("marker", &self.marker);
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `GET /v3/{project_id}/vpc/traffic-mirror-sessions`: returned by [`Client::list_traffic_mirror_sessions`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTrafficMirrorSessions {
    client: Client,
    input: ListTrafficMirrorSessionsRequest,
}

impl ListTrafficMirrorSessions {
    /// ID of the project that a traffic mirror session belongs to. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.input.project_id = Some(value.into());
        self
    }

    /// ID of a traffic mirror session. You can use this field to accurately filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `id` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.input.id.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `id` list (`None` leaves it unset).
    pub fn set_id(mut self, values: Option<Vec<String>>) -> Self {
        self.input.id = values;
        self
    }

    /// Name of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple names can be specified for filtering.
    ///
    /// Sent as the `name` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.input.name.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `name` list (`None` leaves it unset).
    pub fn set_name(mut self, values: Option<Vec<String>>) -> Self {
        self.input.name = values;
        self
    }

    /// Description of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple descriptions can be specified for filtering.
    ///
    /// Sent as the `description` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.input.description.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `description` list (`None` leaves it unset).
    pub fn set_description(mut self, values: Option<Vec<String>>) -> Self {
        self.input.description = values;
        self
    }

    /// Whether a traffic mirror session is enabled. You can use this field to filter traffic mirror sessions. Only one value can be specified for filtering. Range: true (filter traffic mirror sessions that are enabled), false (filter traffic mirror sessions that are disabled).
    ///
    /// **Documentation conflict:** This filter is documented as a Boolean, like `enabled` in responses, while the update request documents `enabled` as the string "true" or "false". On the wire both are the text true/false; this client takes a Boolean, as documented.
    ///
    /// Sent as the `enabled` query parameter.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.input.enabled = Some(value.into());
        self
    }

    /// Packet length of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple packet lengths can be specified for filtering. Range: 1 to 1460.
    ///
    /// Sent as the `packet_length` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn packet_length(mut self, value: impl Into<i32>) -> Self {
        self.input.packet_length.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `packet_length` list (`None` leaves it unset).
    pub fn set_packet_length(mut self, values: Option<Vec<i32>>) -> Self {
        self.input.packet_length = values;
        self
    }

    /// Priority of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple priorities can be specified for filtering. Range: 1 to 32766.
    ///
    /// Sent as the `priority` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn priority(mut self, value: impl Into<i32>) -> Self {
        self.input.priority.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `priority` list (`None` leaves it unset).
    pub fn set_priority(mut self, values: Option<Vec<i32>>) -> Self {
        self.input.priority = values;
        self
    }

    /// ID of the traffic mirror filter associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_filter_id` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn traffic_mirror_filter_id(mut self, value: impl Into<String>) -> Self {
        self.input
            .traffic_mirror_filter_id
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Replaces the whole `traffic_mirror_filter_id` list (`None` leaves it unset).
    pub fn set_traffic_mirror_filter_id(mut self, values: Option<Vec<String>>) -> Self {
        self.input.traffic_mirror_filter_id = values;
        self
    }

    /// Type of the traffic mirror target associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple types can be specified for filtering. Range: eni (the mirror target is an elastic network interface), elb (the mirror target is a private network load balancer).
    ///
    /// Sent as the `traffic_mirror_target_type` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn traffic_mirror_target_type(
        mut self,
        value: impl Into<models::TrafficMirrorTargetType>,
    ) -> Self {
        self.input
            .traffic_mirror_target_type
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Replaces the whole `traffic_mirror_target_type` list (`None` leaves it unset).
    pub fn set_traffic_mirror_target_type(
        mut self,
        values: Option<Vec<models::TrafficMirrorTargetType>>,
    ) -> Self {
        self.input.traffic_mirror_target_type = values;
        self
    }

    /// ID of the traffic mirror target associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple IDs can be specified for filtering.
    ///
    /// Sent as the `traffic_mirror_target_id` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn traffic_mirror_target_id(mut self, value: impl Into<String>) -> Self {
        self.input
            .traffic_mirror_target_id
            .get_or_insert_with(Vec::new)
            .push(value.into());
        self
    }

    /// Replaces the whole `traffic_mirror_target_id` list (`None` leaves it unset).
    pub fn set_traffic_mirror_target_id(mut self, values: Option<Vec<String>>) -> Self {
        self.input.traffic_mirror_target_id = values;
        self
    }

    /// Type of the traffic mirror source associated with a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple types can be specified for filtering. Range: eni (elastic network interface), eip (EIP).
    ///
    /// Sent as the `type` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn type_(mut self, value: impl Into<models::TrafficMirrorSourceType>) -> Self {
        self.input.type_.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `type` list (`None` leaves it unset).
    pub fn set_type_(
        mut self,
        values: Option<Vec<models::TrafficMirrorSourceType>>,
    ) -> Self {
        self.input.type_ = values;
        self
    }

    /// VXLAN network identifier (VNI) of a traffic mirror session. You can use this field to filter traffic mirror sessions. Multiple VNIs can be specified for filtering. Range: 0 to 16777215.
    ///
    /// Sent as the `virtual_network_id` query parameter.
    ///
    /// Appends one value; call it again to add more.
    pub fn virtual_network_id(mut self, value: impl Into<i32>) -> Self {
        self.input.virtual_network_id.get_or_insert_with(Vec::new).push(value.into());
        self
    }

    /// Replaces the whole `virtual_network_id` list (`None` leaves it unset).
    pub fn set_virtual_network_id(mut self, values: Option<Vec<i32>>) -> Self {
        self.input.virtual_network_id = values;
        self
    }

    /// Creation time of a traffic mirror session, used to sort (or filter) the traffic mirror sessions. Only one value can be specified. Documented only by Huawei Cloud API Explorer's definition ("sort by creation timestamp") and the official SDK models; no version of the reference page lists it, and neither says what value it takes.
    ///
    /// Sent as the `created_at` query parameter.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.input.created_at = Some(value.into());
        self
    }

    /// Update time of a traffic mirror session, used to sort (or filter) the traffic mirror sessions. Only one value can be specified. Documented only by Huawei Cloud API Explorer's definition ("sort by update timestamp") and the official SDK models; no version of the reference page lists it, and neither says what value it takes.
    ///
    /// Sent as the `updated_at` query parameter.
    pub fn updated_at(mut self, value: impl Into<String>) -> Self {
        self.input.updated_at = Some(value.into());
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
    pub fn input(&self) -> &ListTrafficMirrorSessionsRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::ListTrafficMirrorSessionsResponseBody>, Error> {
        self.client.transport.call(&self.input).await
    }

    /// Every item over all pages, as a stream.
    ///
    /// The next page is fetched only when the items of the current one are used up; the stream ends on the page without a next marker. Set the page size with the limit parameter before calling this.
    pub fn into_stream(
        self,
    ) -> impl futures_core::Stream<Item = Result<models::TrafficMirrorSession, Error>>
    + Send
    + 'static {
        crate::runtime::pagination::paginate(
            self.client.transport,
            self.input,
            |request, page| {
                let items = page.traffic_mirror_sessions.unwrap_or_default();
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
    /// Querying Traffic Mirror Sessions
    ///
    /// This API is used to query information about all traffic mirror sessions, including the name and type.
    /// Results are paged with `limit` and `marker`: pass `page_info.next_marker` of a response as `marker` to get the next page; `next_marker` is absent on the last page.
    /// Reference: "Querying Traffic Mirror Sessions", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/ListTrafficMirrorSessions.html> (updated on 2025-08-19). `limit`, `marker`, `created_at` and `updated_at` come from Huawei Cloud API Explorer's definition, <https://console.huaweicloud.com/apiexplorer/new/v4/apis/detail?product_short=VPC&name=ListTrafficMirrorSessions&region_id=cn-north-4> (as mirrored at commit e05e9a02eed3a8449e77f61895b1971900ea0091 of <https://github.com/mingyang91/huawei-cloud-api-definitions>), and the official SDKs' models (`huaweicloudsdkvpc` 3.1.219).
    ///
    /// **Documentation conflict:** The page's example request URL uses `http://{endpoint}` while another page of the family uses `https://`; the API is HTTPS only, and this client always uses HTTPS.
    ///
    /// **Documentation conflict:** The page (2025-08-19) types most filters as arrays that may repeat (`?id=a&id=b`) and omits `limit`, `marker`, `created_at` and `updated_at`; API Explorer's definition and the official SDKs take one string per filter and keep those four parameters. This client sends the filters as the page documents them and also offers the four parameters.
    ///
    /// `GET /v3/{project_id}/vpc/traffic-mirror-sessions`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// use futures_util::TryStreamExt;
    ///
    /// let page = client.list_traffic_mirror_sessions().send().await?;
    /// println!("{:?}", page.body);
    ///
    /// let everything: Vec<_> = client.list_traffic_mirror_sessions().into_stream().try_collect().await?;
    /// println!("{} in all", everything.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_traffic_mirror_sessions(&self) -> ListTrafficMirrorSessions {
        ListTrafficMirrorSessions {
            client: self.clone(),
            input: ListTrafficMirrorSessionsRequest::new(),
        }
    }
}

/// The input of [`Client::create_traffic_mirror_session`]: `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// The request body ([`CreateTrafficMirrorSessionRequestBody`](crate::models::CreateTrafficMirrorSessionRequestBody)).
    pub body: models::CreateTrafficMirrorSessionRequestBody,
}

impl CreateTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(body: models::CreateTrafficMirrorSessionRequestBody) -> Self {
        Self { project_id: None, body }
    }
}

impl Operation for CreateTrafficMirrorSessionRequest {
    type Output = models::CreateTrafficMirrorSessionResponseBody;
    fn operation_id(&self) -> &'static str {
        "CreateTrafficMirrorSession"
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
                "/v3/{}/vpc/traffic-mirror-sessions",
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
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `POST /v3/{project_id}/vpc/traffic-mirror-sessions`: returned by [`Client::create_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTrafficMirrorSession {
    client: Client,
    input: CreateTrafficMirrorSessionRequest,
}

impl CreateTrafficMirrorSession {
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
    pub fn input(&self) -> &CreateTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::CreateTrafficMirrorSessionResponseBody>, Error> {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Creating a Traffic Mirror Session
    ///
    /// This API is used to create a traffic mirror session.
    /// Reference: "Creating a Traffic Mirror Session", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/CreateTrafficMirrorSession.html> (updated on 2024-10-11); the example request and response are Huawei Cloud API Explorer's, <https://console.huaweicloud.com/apiexplorer/new/v4/apis/detail?product_short=VPC&name=CreateTrafficMirrorSession&region_id=cn-north-4> (as mirrored at commit e05e9a02eed3a8449e77f61895b1971900ea0091 of <https://github.com/mingyang91/huawei-cloud-api-definitions>).
    ///
    /// **Documentation conflict:** API Explorer's example request URL uses `http://{endpoint}`; the API is HTTPS only, and this client always uses HTTPS.
    ///
    /// `POST /v3/{project_id}/vpc/traffic-mirror-sessions`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::CreateTrafficMirrorSessionRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.create_traffic_mirror_session(body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_traffic_mirror_session(
        &self,
        body: models::CreateTrafficMirrorSessionRequestBody,
    ) -> CreateTrafficMirrorSession {
        CreateTrafficMirrorSession {
            client: self.clone(),
            input: CreateTrafficMirrorSessionRequest::new(body),
        }
    }
}

/// The input of [`Client::show_traffic_mirror_session`]: `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror session ID.
    ///
    /// Sent as the `traffic_mirror_session_id` path parameter.
    pub traffic_mirror_session_id: String,
}

impl ShowTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(traffic_mirror_session_id: impl Into<String>) -> Self {
        Self {
            project_id: None,
            traffic_mirror_session_id: traffic_mirror_session_id.into(),
        }
    }
}

impl Operation for ShowTrafficMirrorSessionRequest {
    type Output = models::ShowTrafficMirrorSessionResponseBody;
    fn operation_id(&self) -> &'static str {
        "ShowTrafficMirrorSession"
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
                let value = &self.traffic_mirror_session_id;
                out.check_length("traffic_mirror_session_id", value, Some(1), None);
            }

            violations.into_result()?;
        }

        let request = Request::new(
            Method::GET,
            format!(
                "/v3/{}/vpc/traffic-mirror-sessions/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_session_id,
                ),
            ),
        );
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => response.json(),
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`: returned by [`Client::show_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ShowTrafficMirrorSession {
    client: Client,
    input: ShowTrafficMirrorSessionRequest,
}

impl ShowTrafficMirrorSession {
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
    pub fn input(&self) -> &ShowTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::ShowTrafficMirrorSessionResponseBody>, Error> {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Querying Details About a Traffic Mirror Session
    ///
    /// This API is used to query details about a traffic mirror session.
    /// Reference: "Querying Details About a Traffic Mirror Session", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/ShowTrafficMirrorSession.html> (updated on 2025-08-19).
    ///
    /// `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.show_traffic_mirror_session("traffic_mirror_session_id").send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn show_traffic_mirror_session(
        &self,
        traffic_mirror_session_id: impl Into<String>,
    ) -> ShowTrafficMirrorSession {
        ShowTrafficMirrorSession {
            client: self.clone(),
            input: ShowTrafficMirrorSessionRequest::new(traffic_mirror_session_id),
        }
    }
}

/// The input of [`Client::update_traffic_mirror_session`]: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror session ID.
    ///
    /// Sent as the `traffic_mirror_session_id` path parameter.
    pub traffic_mirror_session_id: String,
    /// The request body ([`UpdateTrafficMirrorSessionRequestBody`](crate::models::UpdateTrafficMirrorSessionRequestBody)).
    pub body: models::UpdateTrafficMirrorSessionRequestBody,
}

impl UpdateTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(
        traffic_mirror_session_id: impl Into<String>,
        body: models::UpdateTrafficMirrorSessionRequestBody,
    ) -> Self {
        Self {
            project_id: None,
            traffic_mirror_session_id: traffic_mirror_session_id.into(),
            body,
        }
    }
}

impl Operation for UpdateTrafficMirrorSessionRequest {
    type Output = models::UpdateTrafficMirrorSessionResponseBody;
    fn operation_id(&self) -> &'static str {
        "UpdateTrafficMirrorSession"
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
                let value = &self.traffic_mirror_session_id;
                out.check_length("traffic_mirror_session_id", value, Some(1), None);
            }

            crate::runtime::validate::Validate::validate_into(&self.body, "", out);
            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::PUT,
            format!(
                "/v3/{}/vpc/traffic-mirror-sessions/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_session_id,
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
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`: returned by [`Client::update_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateTrafficMirrorSession {
    client: Client,
    input: UpdateTrafficMirrorSessionRequest,
}

impl UpdateTrafficMirrorSession {
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
    pub fn input(&self) -> &UpdateTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::UpdateTrafficMirrorSessionResponseBody>, Error> {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Updating a Traffic Mirror Session
    ///
    /// This API is used to update a traffic mirror session.
    /// Reference: "Updating a Traffic Mirror Session", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/UpdateTrafficMirrorSession.html> (updated on 2025-08-19).
    ///
    /// **Documentation conflict:** The page's example request URL uses `http://{endpoint}` while the remove-sources page uses `https://`; the API is HTTPS only, and this client always uses HTTPS.
    ///
    /// `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::UpdateTrafficMirrorSessionRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.update_traffic_mirror_session("traffic_mirror_session_id", body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_traffic_mirror_session(
        &self,
        traffic_mirror_session_id: impl Into<String>,
        body: models::UpdateTrafficMirrorSessionRequestBody,
    ) -> UpdateTrafficMirrorSession {
        UpdateTrafficMirrorSession {
            client: self.clone(),
            input: UpdateTrafficMirrorSessionRequest::new(
                traffic_mirror_session_id,
                body,
            ),
        }
    }
}

/// The input of [`Client::delete_traffic_mirror_session`]: `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror session ID.
    ///
    /// Sent as the `traffic_mirror_session_id` path parameter.
    pub traffic_mirror_session_id: String,
}

impl DeleteTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(traffic_mirror_session_id: impl Into<String>) -> Self {
        Self {
            project_id: None,
            traffic_mirror_session_id: traffic_mirror_session_id.into(),
        }
    }
}

impl Operation for DeleteTrafficMirrorSessionRequest {
    type Output = ();
    fn operation_id(&self) -> &'static str {
        "DeleteTrafficMirrorSession"
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
                let value = &self.traffic_mirror_session_id;
                out.check_length("traffic_mirror_session_id", value, Some(1), None);
            }

            violations.into_result()?;
        }

        let request = Request::new(
            Method::DELETE,
            format!(
                "/v3/{}/vpc/traffic-mirror-sessions/{}",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_session_id,
                ),
            ),
        );
        Ok(request)
    }

    fn parse_response(response: Response) -> Result<Self::Output, Error> {
        match response.status {
            200..=299 => Ok(()),
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`: returned by [`Client::delete_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTrafficMirrorSession {
    client: Client,
    input: DeleteTrafficMirrorSessionRequest,
}

impl DeleteTrafficMirrorSession {
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
    pub fn input(&self) -> &DeleteTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(self) -> Result<ApiResponse<()>, Error> {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Deleting a Traffic Mirror Session
    ///
    /// This API is used to delete a traffic mirror session. The response has no body.
    /// Reference: "DeleteTrafficMirrorSession", Huawei Cloud API Explorer's definition, <https://console.huaweicloud.com/apiexplorer/new/v4/apis/detail?product_short=VPC&name=DeleteTrafficMirrorSession&region_id=cn-north-4> (undated; as mirrored at commit e05e9a02eed3a8449e77f61895b1971900ea0091 of <https://github.com/mingyang91/huawei-cloud-api-definitions>), which gives the request, the 204 response and the example.
    ///
    /// **Documentation conflict:** API Explorer's example request URL uses `http://{endpoint}`; the API is HTTPS only, and this client always uses HTTPS.
    ///
    /// `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.delete_traffic_mirror_session("traffic_mirror_session_id").send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_traffic_mirror_session(
        &self,
        traffic_mirror_session_id: impl Into<String>,
    ) -> DeleteTrafficMirrorSession {
        DeleteTrafficMirrorSession {
            client: self.clone(),
            input: DeleteTrafficMirrorSessionRequest::new(traffic_mirror_session_id),
        }
    }
}

/// The input of [`Client::add_sources_to_traffic_mirror_session`]: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct AddSourcesToTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror session ID.
    ///
    /// Sent as the `traffic_mirror_session_id` path parameter.
    pub traffic_mirror_session_id: String,
    /// The request body ([`AddSourcesToTrafficMirrorSessionRequestBody`](crate::models::AddSourcesToTrafficMirrorSessionRequestBody)).
    pub body: models::AddSourcesToTrafficMirrorSessionRequestBody,
}

impl AddSourcesToTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(
        traffic_mirror_session_id: impl Into<String>,
        body: models::AddSourcesToTrafficMirrorSessionRequestBody,
    ) -> Self {
        Self {
            project_id: None,
            traffic_mirror_session_id: traffic_mirror_session_id.into(),
            body,
        }
    }
}

impl Operation for AddSourcesToTrafficMirrorSessionRequest {
    type Output = models::AddSourcesToTrafficMirrorSessionResponseBody;
    fn operation_id(&self) -> &'static str {
        "AddSourcesToTrafficMirrorSession"
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
                let value = &self.traffic_mirror_session_id;
                out.check_length("traffic_mirror_session_id", value, Some(1), None);
            }

            crate::runtime::validate::Validate::validate_into(&self.body, "", out);
            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::PUT,
            format!(
                "/v3/{}/vpc/traffic-mirror-sessions/{}/add-sources",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_session_id,
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
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`: returned by [`Client::add_sources_to_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddSourcesToTrafficMirrorSession {
    client: Client,
    input: AddSourcesToTrafficMirrorSessionRequest,
}

impl AddSourcesToTrafficMirrorSession {
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
    pub fn input(&self) -> &AddSourcesToTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<models::AddSourcesToTrafficMirrorSessionResponseBody>, Error>
    {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Associating a Traffic Mirror Source with a Traffic Mirror Session
    ///
    /// This API is used to associate a traffic mirror source with a traffic mirror session.
    /// Reference: "Associating a Traffic Mirror Source with a Traffic Mirror Session", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/AddSourcesToTrafficMirrorSession.html> (updated on 2024-10-11); the example request and response are Huawei Cloud API Explorer's, <https://console.huaweicloud.com/apiexplorer/new/v4/apis/detail?product_short=VPC&name=AddSourcesToTrafficMirrorSession&region_id=cn-north-4> (as mirrored at commit e05e9a02eed3a8449e77f61895b1971900ea0091 of <https://github.com/mingyang91/huawei-cloud-api-definitions>).
    ///
    /// `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::AddSourcesToTrafficMirrorSessionRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.add_sources_to_traffic_mirror_session("traffic_mirror_session_id", body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn add_sources_to_traffic_mirror_session(
        &self,
        traffic_mirror_session_id: impl Into<String>,
        body: models::AddSourcesToTrafficMirrorSessionRequestBody,
    ) -> AddSourcesToTrafficMirrorSession {
        AddSourcesToTrafficMirrorSession {
            client: self.clone(),
            input: AddSourcesToTrafficMirrorSessionRequest::new(
                traffic_mirror_session_id,
                body,
            ),
        }
    }
}

/// The input of [`Client::remove_sources_from_traffic_mirror_session`]: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
///
/// Building the HTTP request and reading the response are plain functions (the `sans_io::Operation` trait, public with the `test-util` feature), so this type can be tested without a network.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveSourcesFromTrafficMirrorSessionRequest {
    /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
    ///
    /// Sent as the `project_id` path parameter.
    ///
    /// Defaults to the client's `project_id` setting; set it here to override.
    pub project_id: Option<String>,
    /// Traffic mirror session ID.
    ///
    /// Sent as the `traffic_mirror_session_id` path parameter.
    pub traffic_mirror_session_id: String,
    /// The request body ([`RemoveSourcesFromTrafficMirrorSessionRequestBody`](crate::models::RemoveSourcesFromTrafficMirrorSessionRequestBody)).
    pub body: models::RemoveSourcesFromTrafficMirrorSessionRequestBody,
}

impl RemoveSourcesFromTrafficMirrorSessionRequest {
    /// Creates the input from its required values.
    pub fn new(
        traffic_mirror_session_id: impl Into<String>,
        body: models::RemoveSourcesFromTrafficMirrorSessionRequestBody,
    ) -> Self {
        Self {
            project_id: None,
            traffic_mirror_session_id: traffic_mirror_session_id.into(),
            body,
        }
    }
}

impl Operation for RemoveSourcesFromTrafficMirrorSessionRequest {
    type Output = models::RemoveSourcesFromTrafficMirrorSessionResponseBody;
    fn operation_id(&self) -> &'static str {
        "RemoveSourcesFromTrafficMirrorSession"
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
                let value = &self.traffic_mirror_session_id;
                out.check_length("traffic_mirror_session_id", value, Some(1), None);
            }

            crate::runtime::validate::Validate::validate_into(&self.body, "", out);
            violations.into_result()?;
        }

        let mut request = Request::new(
            Method::PUT,
            format!(
                "/v3/{}/vpc/traffic-mirror-sessions/{}/remove-sources",
                crate::runtime::http::encode_path_segment(project_id),
                crate::runtime::http::encode_path_segment(
                    &self.traffic_mirror_session_id,
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
            _ => Err(response.into_error_as::<models::ErrorModel>()),
        }
    }

    #[cfg(feature = "test-util")]
    fn mock_input(&self) -> Option<std::sync::Arc<dyn std::any::Any + Send + Sync>> {
        Some(std::sync::Arc::new(self.clone()))
    }
}

/// Sends `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`: returned by [`Client::remove_sources_from_traffic_mirror_session`]; set optional values, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveSourcesFromTrafficMirrorSession {
    client: Client,
    input: RemoveSourcesFromTrafficMirrorSessionRequest,
}

impl RemoveSourcesFromTrafficMirrorSession {
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
    pub fn input(&self) -> &RemoveSourcesFromTrafficMirrorSessionRequest {
        &self.input
    }

    /// The time allowed per attempt of this call (connect, send,
    /// receive), instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.client.transport = self.client.transport.with_timeout(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry_config(mut self, retry: crate::RetryConfig) -> Self {
        self.client.transport = self.client.transport.with_retry(retry);
        self
    }

    /// Validates, signs and sends the request, retrying where safe.
    pub async fn send(
        self,
    ) -> Result<
        ApiResponse<models::RemoveSourcesFromTrafficMirrorSessionResponseBody>,
        Error,
    > {
        self.client.transport.call(&self.input).await
    }
}

impl Client {
    /// Disassociating a Traffic Mirror Source from a Traffic Mirror Session
    ///
    /// This API is used to disassociate a traffic mirror source from a traffic mirror session.
    /// Reference: "Disassociating a Traffic Mirror Source from a Traffic Mirror Session", Huawei Cloud VPC API reference, <https://support.huaweicloud.com/intl/en-us/api-vpc/RemoveSourcesFromTrafficMirrorSession.html> (updated on 2025-08-19).
    ///
    /// **Documentation conflict:** The page's example response returns `traffic_mirror_target_type: ""` and `traffic_mirror_target_id: ""`, although the target type is documented as eni or elb. Responses therefore read the target type as `TrafficMirrorTargetTypeOrEmpty`, which has a variant for the empty string, while requests take `TrafficMirrorTargetType` (eni or elb only); the target id stays a plain string.
    ///
    /// `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`
    ///
    /// # Errors
    ///
    /// When the service refuses the call, the [`Error`](crate::Error) has its status, code, message and request id whatever the body, and [`Error::model`](crate::Error::model) gives the body as the model the spec documents: [`ErrorModel`](crate::models::ErrorModel) for any other status.
    ///
    /// ```ignore
    /// if let Some(body) = error.model::<ErrorModel>() { /* ... */ }
    /// ```
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: huaweicloud_vpc_v3::Client, body: huaweicloud_vpc_v3::models::RemoveSourcesFromTrafficMirrorSessionRequestBody) -> Result<(), huaweicloud_vpc_v3::Error> {
    /// let response = client.remove_sources_from_traffic_mirror_session("traffic_mirror_session_id", body).send().await?;
    /// println!("{:?}", response.body);
    /// # Ok(())
    /// # }
    /// ```
    pub fn remove_sources_from_traffic_mirror_session(
        &self,
        traffic_mirror_session_id: impl Into<String>,
        body: models::RemoveSourcesFromTrafficMirrorSessionRequestBody,
    ) -> RemoveSourcesFromTrafficMirrorSession {
        RemoveSourcesFromTrafficMirrorSession {
            client: self.clone(),
            input: RemoveSourcesFromTrafficMirrorSessionRequest::new(
                traffic_mirror_session_id,
                body,
            ),
        }
    }
}
