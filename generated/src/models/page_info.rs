//! `PageInfo`, generated from `#/components/schemas/PageInfo`.

/// Pagination information.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PageInfo {
    /// The first record on the current page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_marker: Option<String>,
    /// Total number of resources on the current page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub current_count: Option<i32>,
    /// The last record on the current page. The next_marker field does not exist if the page is the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
}

impl PageInfo {
    /// The first record on the current page.
    pub fn previous_marker(&self) -> Option<&str> {
        self.previous_marker.as_deref()
    }

    /// Total number of resources on the current page.
    pub fn current_count(&self) -> Option<i32> {
        self.current_count
    }

    /// The last record on the current page.
    pub fn next_marker(&self) -> Option<&str> {
        self.next_marker.as_deref()
    }
}
