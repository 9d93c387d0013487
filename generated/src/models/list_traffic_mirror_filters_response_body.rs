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
