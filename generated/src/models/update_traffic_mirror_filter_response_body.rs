//! `UpdateTrafficMirrorFilterResponseBody`, generated from `#/components/schemas/UpdateTrafficMirrorFilterResponseBody`.

use super::TrafficMirrorFilter;

/// Response body of UpdateTrafficMirrorFilter.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterResponseBody {
    /// A traffic mirror filter with its inbound and outbound rules, as returned by the show, create, update and list operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter: Option<TrafficMirrorFilter>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}
