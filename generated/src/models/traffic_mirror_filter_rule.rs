//! `TrafficMirrorFilterRule`, generated from `#/components/schemas/TrafficMirrorFilterRule`.

use super::{
    TrafficMirrorFilterRuleAction, TrafficMirrorFilterRuleDirection,
    TrafficMirrorFilterRuleEthertype, TrafficMirrorFilterRuleProtocol,
};

/// A traffic mirror filter rule, as returned by the show, create, update and list operations and inside a traffic mirror filter.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorFilterRule {
    /// Traffic mirror filter rule ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the project that a traffic mirror filter rule belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// ID of the traffic mirror filter that the rule belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_id: Option<String>,
    /// Description of a traffic mirror filter rule. Range: 0 to 255 characters, without angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Direction of a traffic mirror filter rule. ingress: inbound. egress: outbound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<TrafficMirrorFilterRuleDirection>,
    /// Source CIDR block of the mirrored traffic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_cidr_block: Option<String>,
    /// Destination CIDR block of the mirrored traffic. May be null or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_cidr_block: Option<String>,
    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200. May be null or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_port_range: Option<String>,
    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200. May be null or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_port_range: Option<String>,
    /// IP version of a traffic mirror filter rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethertype: Option<TrafficMirrorFilterRuleEthertype>,
    /// Protocol of a traffic mirror filter rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TrafficMirrorFilterRuleProtocol>,
    /// Action of a traffic mirror filter rule. accept: mirror the matching traffic. reject: do not mirror it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<TrafficMirrorFilterRuleAction>,
    /// Priority of a traffic mirror filter rule. Range: 1 to 65535; the smaller the number, the higher the priority.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub priority: Option<i32>,
    /// Time when a traffic mirror filter rule was created (UTC), for example 2023-03-22T07:07:55Z.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::Timestamp>,
    /// Time when a traffic mirror filter rule was updated (UTC), for example 2023-03-22T07:07:55Z.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::Timestamp>,
}

impl TrafficMirrorFilterRule {
    /// Traffic mirror filter rule ID.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// ID of the project that a traffic mirror filter rule belongs to.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// ID of the traffic mirror filter that the rule belongs to.
    pub fn traffic_mirror_filter_id(&self) -> Option<&str> {
        self.traffic_mirror_filter_id.as_deref()
    }

    /// Description of a traffic mirror filter rule.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Direction of a traffic mirror filter rule.
    pub fn direction(&self) -> Option<&TrafficMirrorFilterRuleDirection> {
        self.direction.as_ref()
    }

    /// Source CIDR block of the mirrored traffic.
    pub fn source_cidr_block(&self) -> Option<&str> {
        self.source_cidr_block.as_deref()
    }

    /// Destination CIDR block of the mirrored traffic.
    pub fn destination_cidr_block(&self) -> Option<&str> {
        self.destination_cidr_block.as_deref()
    }

    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
    pub fn source_port_range(&self) -> Option<&str> {
        self.source_port_range.as_deref()
    }

    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
    pub fn destination_port_range(&self) -> Option<&str> {
        self.destination_port_range.as_deref()
    }

    /// IP version of a traffic mirror filter rule.
    pub fn ethertype(&self) -> Option<&TrafficMirrorFilterRuleEthertype> {
        self.ethertype.as_ref()
    }

    /// Protocol of a traffic mirror filter rule.
    pub fn protocol(&self) -> Option<&TrafficMirrorFilterRuleProtocol> {
        self.protocol.as_ref()
    }

    /// Action of a traffic mirror filter rule.
    pub fn action(&self) -> Option<&TrafficMirrorFilterRuleAction> {
        self.action.as_ref()
    }

    /// Priority of a traffic mirror filter rule.
    pub fn priority(&self) -> Option<i32> {
        self.priority
    }

    /// Time when a traffic mirror filter rule was created (UTC), for example 2023-03-22T07:07:55Z.
    pub fn created_at(&self) -> Option<&crate::formats::Timestamp> {
        self.created_at.as_ref()
    }

    /// Time when a traffic mirror filter rule was updated (UTC), for example 2023-03-22T07:07:55Z.
    pub fn updated_at(&self) -> Option<&crate::formats::Timestamp> {
        self.updated_at.as_ref()
    }
}
