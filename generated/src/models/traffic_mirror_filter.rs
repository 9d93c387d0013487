//! `TrafficMirrorFilter`, generated from `#/components/schemas/TrafficMirrorFilter`.

use super::{TrafficMirrorFilterRule, TrafficMirrorSourceType};

/// A traffic mirror filter with its inbound and outbound rules, as returned by the show, create, update and list operations.
///
/// **Documentation conflict:** `type`, the type of the mirror sources that the filter applies to (eni in Huawei Cloud API Explorer's definition), is a field of a filter in that definition and in the official SDKs' current models (`huaweicloudsdkvpc` 3.1.219), but no version of the reference pages lists it and API Explorer's example responses omit it; it is read when present.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorFilter {
    /// Traffic mirror filter ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the project that a traffic mirror filter belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Traffic mirror filter name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters, without angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Inbound traffic mirror filter rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_rules: Option<Vec<TrafficMirrorFilterRule>>,
    /// Outbound traffic mirror filter rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_rules: Option<Vec<TrafficMirrorFilterRule>>,
    /// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
    ///
    /// **Documentation conflict:** The pages updated before 2025-08 and Huawei Cloud API Explorer's definitions list only eni, and the session pages say that elastic network interfaces can be mirror sources; the pages updated on 2025-08-19 add eip. This client takes both.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrafficMirrorSourceType>,
    /// Time when a traffic mirror filter was created (UTC), for example 2022-08-29T06:22:01Z.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::Timestamp>,
    /// Time when a traffic mirror filter was updated (UTC), for example 2022-08-29T06:22:01Z.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::Timestamp>,
}

impl TrafficMirrorFilter {
    /// Traffic mirror filter ID.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// ID of the project that a traffic mirror filter belongs to.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// Traffic mirror filter name.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Description of a traffic mirror filter.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Inbound traffic mirror filter rules.
    ///
    /// Empty when `ingress_rules` is absent (the public field tells absent from empty).
    pub fn ingress_rules(&self) -> &[TrafficMirrorFilterRule] {
        self.ingress_rules.as_deref().unwrap_or_default()
    }

    /// Outbound traffic mirror filter rules.
    ///
    /// Empty when `egress_rules` is absent (the public field tells absent from empty).
    pub fn egress_rules(&self) -> &[TrafficMirrorFilterRule] {
        self.egress_rules.as_deref().unwrap_or_default()
    }

    /// Type of a traffic mirror source.
    pub fn type_(&self) -> Option<&TrafficMirrorSourceType> {
        self.type_.as_ref()
    }

    /// Time when a traffic mirror filter was created (UTC), for example 2022-08-29T06:22:01Z.
    pub fn created_at(&self) -> Option<&crate::formats::Timestamp> {
        self.created_at.as_ref()
    }

    /// Time when a traffic mirror filter was updated (UTC), for example 2022-08-29T06:22:01Z.
    pub fn updated_at(&self) -> Option<&crate::formats::Timestamp> {
        self.updated_at.as_ref()
    }
}
