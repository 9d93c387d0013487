//! `UpdateTrafficMirrorSessionOption`, generated from `#/components/schemas/UpdateTrafficMirrorSessionOption`.

use super::{TrafficMirrorSessionOptionEnabled, TrafficMirrorTargetType};

/// Traffic mirror session fields to update; fields that are not set are left unchanged.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorSessionOption {
    /// Traffic mirror session name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror session. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Traffic mirror filter ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_id: Option<String>,
    /// Mirror target ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_id: Option<String>,
    /// Type of a traffic mirror target, as requests give it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_type: Option<TrafficMirrorTargetType>,
    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target. Value range: 0-16777215.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub virtual_network_id: Option<i32>,
    /// Maximum transmission unit (MTU). Value range: 1-1460. (Responses call this field the packet length of the session.)
    ///
    /// **Documentation conflict:** "Updating a Traffic Mirror Session" calls packet_length the maximum transmission unit (MTU) while the response tables call it the packet length of the session; both give 1-1460, and it is one integer field with that range.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub packet_length: Option<i32>,
    /// Mirror session priority. Value range: 1-32766.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub priority: Option<i32>,
    /// Whether to enable a mirror session. The value can be true or false.
    ///
    /// **Documentation conflict:** "Updating a Traffic Mirror Session" documents `enabled` as a String ("true" or "false") while responses and the session list's filter use a Boolean; this client sends the documented string here and reads a Boolean in responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<TrafficMirrorSessionOptionEnabled>,
}

impl UpdateTrafficMirrorSessionOption {
    /// Traffic mirror session name.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Description of a traffic mirror session.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Traffic mirror filter ID.
    pub fn traffic_mirror_filter_id(&self) -> Option<&str> {
        self.traffic_mirror_filter_id.as_deref()
    }

    /// Mirror target ID.
    pub fn traffic_mirror_target_id(&self) -> Option<&str> {
        self.traffic_mirror_target_id.as_deref()
    }

    /// Type of a traffic mirror target, as requests give it.
    pub fn traffic_mirror_target_type(&self) -> Option<&TrafficMirrorTargetType> {
        self.traffic_mirror_target_type.as_ref()
    }

    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target.
    pub fn virtual_network_id(&self) -> Option<i32> {
        self.virtual_network_id
    }

    /// Maximum transmission unit (MTU).
    pub fn packet_length(&self) -> Option<i32> {
        self.packet_length
    }

    /// Mirror session priority.
    pub fn priority(&self) -> Option<i32> {
        self.priority
    }

    /// Whether to enable a mirror session.
    pub fn enabled(&self) -> Option<&TrafficMirrorSessionOptionEnabled> {
        self.enabled.as_ref()
    }

    /// Starts a [`UpdateTrafficMirrorSessionOptionBuilder`].
    pub fn builder() -> UpdateTrafficMirrorSessionOptionBuilder {
        UpdateTrafficMirrorSessionOptionBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorSessionOption`]; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorSessionOptionBuilder {
    name: Option<String>,
    description: Option<String>,
    traffic_mirror_filter_id: Option<String>,
    traffic_mirror_target_id: Option<String>,
    traffic_mirror_target_type: Option<TrafficMirrorTargetType>,
    virtual_network_id: Option<i32>,
    packet_length: Option<i32>,
    priority: Option<i32>,
    enabled: Option<TrafficMirrorSessionOptionEnabled>,
}

impl UpdateTrafficMirrorSessionOptionBuilder {
    /// Traffic mirror session name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Description of a traffic mirror session. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Traffic mirror filter ID.
    pub fn traffic_mirror_filter_id(mut self, value: impl Into<String>) -> Self {
        self.traffic_mirror_filter_id = Some(value.into());
        self
    }

    /// Mirror target ID.
    pub fn traffic_mirror_target_id(mut self, value: impl Into<String>) -> Self {
        self.traffic_mirror_target_id = Some(value.into());
        self
    }

    /// Type of a traffic mirror target, as requests give it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer.
    pub fn traffic_mirror_target_type(
        mut self,
        value: impl Into<TrafficMirrorTargetType>,
    ) -> Self {
        self.traffic_mirror_target_type = Some(value.into());
        self
    }

    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target. Value range: 0-16777215.
    pub fn virtual_network_id(mut self, value: impl Into<i32>) -> Self {
        self.virtual_network_id = Some(value.into());
        self
    }

    /// Maximum transmission unit (MTU). Value range: 1-1460. (Responses call this field the packet length of the session.)
    ///
    /// **Documentation conflict:** "Updating a Traffic Mirror Session" calls packet_length the maximum transmission unit (MTU) while the response tables call it the packet length of the session; both give 1-1460, and it is one integer field with that range.
    pub fn packet_length(mut self, value: impl Into<i32>) -> Self {
        self.packet_length = Some(value.into());
        self
    }

    /// Mirror session priority. Value range: 1-32766.
    pub fn priority(mut self, value: impl Into<i32>) -> Self {
        self.priority = Some(value.into());
        self
    }

    /// Whether to enable a mirror session. The value can be true or false.
    ///
    /// **Documentation conflict:** "Updating a Traffic Mirror Session" documents `enabled` as a String ("true" or "false") while responses and the session list's filter use a Boolean; this client sends the documented string here and reads a Boolean in responses.
    pub fn enabled(
        mut self,
        value: impl Into<TrafficMirrorSessionOptionEnabled>,
    ) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Finishes the value.
    pub fn build(self) -> UpdateTrafficMirrorSessionOption {
        UpdateTrafficMirrorSessionOption {
            name: self.name,
            description: self.description,
            traffic_mirror_filter_id: self.traffic_mirror_filter_id,
            traffic_mirror_target_id: self.traffic_mirror_target_id,
            traffic_mirror_target_type: self.traffic_mirror_target_type,
            virtual_network_id: self.virtual_network_id,
            packet_length: self.packet_length,
            priority: self.priority,
            enabled: self.enabled,
        }
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorSessionOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Some(value) = &self.name {
            let field = crate::runtime::validate::join_path(path, "name");
            out.check_length(&field, value, Some(1), Some(64));
            out.check_pattern(&field, value, "^[\\u4E00-\\u9FA5A-Za-z0-9_.-]+$");
        }

        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }

        if let Some(value) = &self.traffic_mirror_target_type {
            let field =
                crate::runtime::validate::join_path(path, "traffic_mirror_target_type");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }

        if let Some(value) = &self.virtual_network_id {
            let field = crate::runtime::validate::join_path(path, "virtual_network_id");
            out.check_range_i64(&field, i64::from(*value), Some(0), Some(16777215));
        }

        if let Some(value) = &self.packet_length {
            let field = crate::runtime::validate::join_path(path, "packet_length");
            out.check_range_i64(&field, i64::from(*value), Some(1), Some(1460));
        }

        if let Some(value) = &self.priority {
            let field = crate::runtime::validate::join_path(path, "priority");
            out.check_range_i64(&field, i64::from(*value), Some(1), Some(32766));
        }

        if let Some(value) = &self.enabled {
            let field = crate::runtime::validate::join_path(path, "enabled");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }
    }
}
