//! `ShowTrafficMirrorFilterResponseBody`, generated from `#/components/schemas/ShowTrafficMirrorFilterResponseBody`.

use super::TrafficMirrorFilter;

/// Response body of ShowTrafficMirrorFilter.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ShowTrafficMirrorFilterResponseBody {
    /// A traffic mirror filter with its inbound and outbound rules, as returned by the show, create, update and list operations.
    ///
    /// **Documentation conflict:** `type`, the type of the mirror sources that the filter applies to (eni in Huawei Cloud API Explorer's definition), is a field of a filter in that definition and in the official SDKs' current models (`huaweicloudsdkvpc` 3.1.219), but no version of the reference pages lists it and API Explorer's example responses omit it; it is read when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter: Option<TrafficMirrorFilter>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ShowTrafficMirrorFilterResponseBody {
    /// A traffic mirror filter with its inbound and outbound rules, as returned by the show, create, update and list operations.
    pub fn traffic_mirror_filter(&self) -> Option<&TrafficMirrorFilter> {
        self.traffic_mirror_filter.as_ref()
    }

    /// Request ID.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}
