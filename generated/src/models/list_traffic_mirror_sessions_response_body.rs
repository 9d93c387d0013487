//! `ListTrafficMirrorSessionsResponseBody`, generated from `#/components/schemas/ListTrafficMirrorSessionsResponseBody`.

use super::{PageInfo, TrafficMirrorSession};

/// Response body of ListTrafficMirrorSessions: the traffic mirror sessions of the page, the pagination information and the request ID.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListTrafficMirrorSessionsResponseBody {
    /// Response body for querying traffic mirror sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_sessions: Option<Vec<TrafficMirrorSession>>,
    /// Pagination information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<PageInfo>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}
