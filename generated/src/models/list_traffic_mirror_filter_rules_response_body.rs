//! `ListTrafficMirrorFilterRulesResponseBody`, generated from `#/components/schemas/ListTrafficMirrorFilterRulesResponseBody`.

use super::{PageInfo, TrafficMirrorFilterRule};

/// Response body of ListTrafficMirrorFilterRules: the traffic mirror filter rules of the page, the pagination information and the request ID.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListTrafficMirrorFilterRulesResponseBody {
    /// Traffic mirror filter rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_rules: Option<Vec<TrafficMirrorFilterRule>>,
    /// Pagination information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<PageInfo>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}
