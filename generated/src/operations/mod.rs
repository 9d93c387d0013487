//! Operations grouped by tag. Each adds methods to [`crate::Client`].

/// Traffic Mirror Filter Rules
pub mod traffic_mirror_filter_rules;
/// Traffic Mirror Filters
pub mod traffic_mirror_filters;
/// Traffic Mirror Sessions
pub mod traffic_mirror_sessions;
