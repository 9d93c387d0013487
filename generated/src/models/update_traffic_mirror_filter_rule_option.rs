//! `UpdateTrafficMirrorFilterRuleOption`, generated from `#/components/schemas/UpdateTrafficMirrorFilterRuleOption`.

use super::{
    TrafficMirrorFilterRuleAction, TrafficMirrorFilterRuleEthertype,
    TrafficMirrorFilterRuleProtocol,
};

/// Traffic mirror filter rule fields to update; fields that are not set are left unchanged. The direction and the filter of a rule cannot be changed.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterRuleOption {
    /// Description of a traffic mirror filter rule. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Source CIDR block of the mirrored traffic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_cidr_block: Option<String>,
    /// Destination CIDR block of the mirrored traffic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_cidr_block: Option<String>,
    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_port_range: Option<String>,
    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
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
}

impl UpdateTrafficMirrorFilterRuleOption {
    /// Description of a traffic mirror filter rule.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
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

    /// Starts a [`UpdateTrafficMirrorFilterRuleOptionBuilder`].
    pub fn builder() -> UpdateTrafficMirrorFilterRuleOptionBuilder {
        UpdateTrafficMirrorFilterRuleOptionBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorFilterRuleOption`]; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorFilterRuleOptionBuilder {
    description: Option<String>,
    source_cidr_block: Option<String>,
    destination_cidr_block: Option<String>,
    source_port_range: Option<String>,
    destination_port_range: Option<String>,
    ethertype: Option<TrafficMirrorFilterRuleEthertype>,
    protocol: Option<TrafficMirrorFilterRuleProtocol>,
    action: Option<TrafficMirrorFilterRuleAction>,
    priority: Option<i32>,
}

impl UpdateTrafficMirrorFilterRuleOptionBuilder {
    /// Description of a traffic mirror filter rule. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Source CIDR block of the mirrored traffic.
    pub fn source_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.source_cidr_block = Some(value.into());
        self
    }

    /// Destination CIDR block of the mirrored traffic.
    pub fn destination_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.destination_cidr_block = Some(value.into());
        self
    }

    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
    pub fn source_port_range(mut self, value: impl Into<String>) -> Self {
        self.source_port_range = Some(value.into());
        self
    }

    /// Port range: two port numbers from 1 to 65535 joined by a hyphen, for example 80-200.
    pub fn destination_port_range(mut self, value: impl Into<String>) -> Self {
        self.destination_port_range = Some(value.into());
        self
    }

    /// IP version of a traffic mirror filter rule.
    pub fn ethertype(
        mut self,
        value: impl Into<TrafficMirrorFilterRuleEthertype>,
    ) -> Self {
        self.ethertype = Some(value.into());
        self
    }

    /// Protocol of a traffic mirror filter rule.
    pub fn protocol(
        mut self,
        value: impl Into<TrafficMirrorFilterRuleProtocol>,
    ) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Action of a traffic mirror filter rule. accept: mirror the matching traffic. reject: do not mirror it.
    pub fn action(mut self, value: impl Into<TrafficMirrorFilterRuleAction>) -> Self {
        self.action = Some(value.into());
        self
    }

    /// Priority of a traffic mirror filter rule. Range: 1 to 65535; the smaller the number, the higher the priority.
    pub fn priority(mut self, value: impl Into<i32>) -> Self {
        self.priority = Some(value.into());
        self
    }

    /// Finishes the value.
    pub fn build(self) -> UpdateTrafficMirrorFilterRuleOption {
        UpdateTrafficMirrorFilterRuleOption {
            description: self.description,
            source_cidr_block: self.source_cidr_block,
            destination_cidr_block: self.destination_cidr_block,
            source_port_range: self.source_port_range,
            destination_port_range: self.destination_port_range,
            ethertype: self.ethertype,
            protocol: self.protocol,
            action: self.action,
            priority: self.priority,
        }
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorFilterRuleOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }

        if let Some(value) = &self.source_port_range {
            let field = crate::runtime::validate::join_path(path, "source_port_range");
            out.check_pattern(
                &field,
                value,
                "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])-([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$",
            );
        }

        if let Some(value) = &self.destination_port_range {
            let field =
                crate::runtime::validate::join_path(path, "destination_port_range");
            out.check_pattern(
                &field,
                value,
                "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])-([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$",
            );
        }

        if let Some(value) = &self.ethertype {
            let field = crate::runtime::validate::join_path(path, "ethertype");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }

        if let Some(value) = &self.protocol {
            let field = crate::runtime::validate::join_path(path, "protocol");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }

        if let Some(value) = &self.action {
            let field = crate::runtime::validate::join_path(path, "action");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }

        if let Some(value) = &self.priority {
            let field = crate::runtime::validate::join_path(path, "priority");
            out.check_range_i64(&field, i64::from(*value), Some(1), Some(65535));
        }
    }
}
