//! `TrafficMirrorFilter`, generated from `#/components/schemas/TrafficMirrorFilter`.

use super::TrafficMirrorFilterRule;

/// A traffic mirror filter with its inbound and outbound rules, as returned by the show, create, update and list operations.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorFilter {
    /// Traffic mirror filter ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the project that a traffic mirror filter belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Traffic mirror filter name. Range: 1 to 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Inbound traffic mirror filter rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_rules: Option<Vec<TrafficMirrorFilterRule>>,
    /// Outbound traffic mirror filter rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_rules: Option<Vec<TrafficMirrorFilterRule>>,
    /// Time when a traffic mirror filter was created (UTC).
    ///
    /// **Documentation conflict:** Session timestamps are documented as yyyy-MM-ddTHH:mm:ssZ while the examples show 2023-03-23T10:53:12.000+00:00; this spec uses format date-time and the client must accept either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::runtime::formats::Timestamp>,
    /// Time when a traffic mirror filter was updated (UTC).
    ///
    /// **Documentation conflict:** Session timestamps are documented as yyyy-MM-ddTHH:mm:ssZ while the examples show 2023-03-23T10:53:12.000+00:00; this spec uses format date-time and the client must accept either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::runtime::formats::Timestamp>,
}
