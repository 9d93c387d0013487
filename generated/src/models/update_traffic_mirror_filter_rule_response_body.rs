//! `UpdateTrafficMirrorFilterRuleResponseBody`, generated from `#/components/schemas/UpdateTrafficMirrorFilterRuleResponseBody`.

use super::TrafficMirrorFilterRule;

/// Response body of UpdateTrafficMirrorFilterRule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterRuleResponseBody {
    /// A traffic mirror filter rule, as returned by the show, create, update and list operations and inside a traffic mirror filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_rule: Option<TrafficMirrorFilterRule>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}
