//! `ListTrafficMirrorFiltersResponseBody`, generated from `#/components/schemas/ListTrafficMirrorFiltersResponseBody`.

use super::{PageInfo, TrafficMirrorFilter};

/// Response body of ListTrafficMirrorFilters: the traffic mirror filters of the page, the pagination information and the request ID.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListTrafficMirrorFiltersResponseBody {
    /// Traffic mirror filters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filters: Option<Vec<TrafficMirrorFilter>>,
    /// Pagination information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<PageInfo>,
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListTrafficMirrorFiltersResponseBody {
    /// Traffic mirror filters.
    ///
    /// Empty when `traffic_mirror_filters` is absent (the public field tells absent from empty).
    pub fn traffic_mirror_filters(&self) -> &[TrafficMirrorFilter] {
        self.traffic_mirror_filters.as_deref().unwrap_or_default()
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
