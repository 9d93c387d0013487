//! `CreateTrafficMirrorFilterRuleOption`, generated from `#/components/schemas/CreateTrafficMirrorFilterRuleOption`.

use super::{
    TrafficMirrorFilterRuleAction, TrafficMirrorFilterRuleDirection,
    TrafficMirrorFilterRuleEthertype, TrafficMirrorFilterRuleProtocol,
};

/// Traffic mirror filter rule to create.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterRuleOption {
    /// ID of the traffic mirror filter that the rule belongs to.
    pub traffic_mirror_filter_id: String,
    /// Description of a traffic mirror filter rule. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Direction of a traffic mirror filter rule. ingress: inbound. egress: outbound.
    pub direction: TrafficMirrorFilterRuleDirection,
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
    pub ethertype: TrafficMirrorFilterRuleEthertype,
    /// Protocol of a traffic mirror filter rule.
    pub protocol: TrafficMirrorFilterRuleProtocol,
    /// Action of a traffic mirror filter rule. accept: mirror the matching traffic. reject: do not mirror it.
    pub action: TrafficMirrorFilterRuleAction,
    /// Priority of a traffic mirror filter rule. Range: 1 to 65535; the smaller the number, the higher the priority.
    #[serde(deserialize_with = "crate::runtime::lenient::int")]
    pub priority: i32,
}

impl CreateTrafficMirrorFilterRuleOption {
    /// ID of the traffic mirror filter that the rule belongs to.
    pub fn traffic_mirror_filter_id(&self) -> &str {
        &self.traffic_mirror_filter_id
    }

    /// Description of a traffic mirror filter rule.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Direction of a traffic mirror filter rule.
    pub fn direction(&self) -> &TrafficMirrorFilterRuleDirection {
        &self.direction
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
    pub fn ethertype(&self) -> &TrafficMirrorFilterRuleEthertype {
        &self.ethertype
    }

    /// Protocol of a traffic mirror filter rule.
    pub fn protocol(&self) -> &TrafficMirrorFilterRuleProtocol {
        &self.protocol
    }

    /// Action of a traffic mirror filter rule.
    pub fn action(&self) -> &TrafficMirrorFilterRuleAction {
        &self.action
    }

    /// Priority of a traffic mirror filter rule.
    pub fn priority(&self) -> i32 {
        self.priority
    }

    /// Starts a [`CreateTrafficMirrorFilterRuleOptionBuilder`].
    pub fn builder() -> CreateTrafficMirrorFilterRuleOptionBuilder {
        CreateTrafficMirrorFilterRuleOptionBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorFilterRuleOption`]; [`CreateTrafficMirrorFilterRuleOptionBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorFilterRuleOptionBuilder {
    traffic_mirror_filter_id: Option<String>,
    description: Option<String>,
    direction: Option<TrafficMirrorFilterRuleDirection>,
    source_cidr_block: Option<String>,
    destination_cidr_block: Option<String>,
    source_port_range: Option<String>,
    destination_port_range: Option<String>,
    ethertype: Option<TrafficMirrorFilterRuleEthertype>,
    protocol: Option<TrafficMirrorFilterRuleProtocol>,
    action: Option<TrafficMirrorFilterRuleAction>,
    priority: Option<i32>,
}

impl CreateTrafficMirrorFilterRuleOptionBuilder {
    /// ID of the traffic mirror filter that the rule belongs to.
    pub fn traffic_mirror_filter_id(mut self, value: impl Into<String>) -> Self {
        self.traffic_mirror_filter_id = Some(value.into());
        self
    }

    /// Description of a traffic mirror filter rule. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Direction of a traffic mirror filter rule. ingress: inbound. egress: outbound.
    pub fn direction(
        mut self,
        value: impl Into<TrafficMirrorFilterRuleDirection>,
    ) -> Self {
        self.direction = Some(value.into());
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

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<CreateTrafficMirrorFilterRuleOption, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.traffic_mirror_filter_id.is_none() {
            missing.push("traffic_mirror_filter_id");
        }

        if self.direction.is_none() {
            missing.push("direction");
        }

        if self.ethertype.is_none() {
            missing.push("ethertype");
        }

        if self.protocol.is_none() {
            missing.push("protocol");
        }

        if self.action.is_none() {
            missing.push("action");
        }

        if self.priority.is_none() {
            missing.push("priority");
        }

        let (
            Some(traffic_mirror_filter_id),
            Some(direction),
            Some(ethertype),
            Some(protocol),
            Some(action),
            Some(priority),
        ) = (
            self.traffic_mirror_filter_id,
            self.direction,
            self.ethertype,
            self.protocol,
            self.action,
            self.priority,
        )
        else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorFilterRuleOption",
                missing,
            });
        };

        Ok(CreateTrafficMirrorFilterRuleOption {
            traffic_mirror_filter_id,
            description: self.description,
            direction,
            source_cidr_block: self.source_cidr_block,
            destination_cidr_block: self.destination_cidr_block,
            source_port_range: self.source_port_range,
            destination_port_range: self.destination_port_range,
            ethertype,
            protocol,
            action,
            priority,
        })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorFilterRuleOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }

        let value = &self.direction;
        let field = crate::runtime::validate::join_path(path, "direction");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
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

        let value = &self.ethertype;
        let field = crate::runtime::validate::join_path(path, "ethertype");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
        let value = &self.protocol;
        let field = crate::runtime::validate::join_path(path, "protocol");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
        let value = &self.action;
        let field = crate::runtime::validate::join_path(path, "action");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
        let value = &self.priority;
        let field = crate::runtime::validate::join_path(path, "priority");
        out.check_range_i64(&field, i64::from(*value), Some(1), Some(65535));
    }
}
