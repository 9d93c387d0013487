//! `CreateTrafficMirrorFilterRuleResponseBody`, generated from `#/components/schemas/CreateTrafficMirrorFilterRuleResponseBody`.

use super::TrafficMirrorFilterRule;

/// Response body of CreateTrafficMirrorFilterRule (status 201).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterRuleResponseBody {
    /// A traffic mirror filter rule, as returned by the show, create, update and list operations and inside a traffic mirror filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_rule: Option<TrafficMirrorFilterRule>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateTrafficMirrorFilterRuleResponseBody {
    /// A traffic mirror filter rule, as returned by the show, create, update and list operations and inside a traffic mirror filter.
    pub fn traffic_mirror_filter_rule(&self) -> Option<&TrafficMirrorFilterRule> {
        self.traffic_mirror_filter_rule.as_ref()
    }

    /// Request ID.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}
