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

impl ListTrafficMirrorFilterRulesResponseBody {
    /// Traffic mirror filter rules.
    ///
    /// Empty when `traffic_mirror_filter_rules` is absent (the public field tells absent from empty).
    pub fn traffic_mirror_filter_rules(&self) -> &[TrafficMirrorFilterRule] {
        self.traffic_mirror_filter_rules.as_deref().unwrap_or_default()
    }

    /// Pagination information.
    pub fn page_info(&self) -> Option<&PageInfo> {
        self.page_info.as_ref()
    }

    /// Request ID.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}
