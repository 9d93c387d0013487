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

impl ListTrafficMirrorSessionsResponseBody {
    /// Response body for querying traffic mirror sessions.
    ///
    /// Empty when `traffic_mirror_sessions` is absent (the public field tells absent from empty).
    pub fn traffic_mirror_sessions(&self) -> &[TrafficMirrorSession] {
        self.traffic_mirror_sessions.as_deref().unwrap_or_default()
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
