//! `RemoveSourcesFromTrafficMirrorSessionResponseBody`, generated from `#/components/schemas/RemoveSourcesFromTrafficMirrorSessionResponseBody`.

use super::TrafficMirrorSession;

/// Response body of RemoveSourcesFromTrafficMirrorSession: the traffic mirror session after the change (the page calls it "Response body for querying details about a traffic mirror session") and the request ID.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RemoveSourcesFromTrafficMirrorSessionResponseBody {
    /// A traffic mirror session, as returned by the show, create, update, list, add-sources and remove-sources operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_session: Option<TrafficMirrorSession>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl RemoveSourcesFromTrafficMirrorSessionResponseBody {
    /// A traffic mirror session, as returned by the show, create, update, list, add-sources and remove-sources operations.
    pub fn traffic_mirror_session(&self) -> Option<&TrafficMirrorSession> {
        self.traffic_mirror_session.as_ref()
    }

    /// Request ID.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}
