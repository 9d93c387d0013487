//! `CreateTrafficMirrorSessionOption`, generated from `#/components/schemas/CreateTrafficMirrorSessionOption`.

use super::{
    TrafficMirrorSessionOptionEnabled, TrafficMirrorSourceType, TrafficMirrorTargetType,
};

/// Traffic mirror session to create.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorSessionOption {
    /// Traffic mirror session name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    pub name: String,
    /// Description of a traffic mirror session. The value can contain no more than 255 characters and cannot contain angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Traffic mirror filter ID.
    pub traffic_mirror_filter_id: String,
    /// IDs of the traffic mirror sources (elastic network interfaces): 1 to 10, the default maximum number of sources of a session.
    #[serde(default)]
    pub traffic_mirror_sources: Vec<String>,
    /// Mirror target ID.
    pub traffic_mirror_target_id: String,
    /// Type of a traffic mirror target, as requests give it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer.
    pub traffic_mirror_target_type: TrafficMirrorTargetType,
    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target. Value range: 0-16777215. The default value is 1.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session" and Huawei Cloud API Explorer's definition type this field as a String, and the official SDKs send a decimal string, while responses and the update request use an Integer and Huawei's provider for Terraform, <https://github.com/huaweicloud/terraform-provider-huaweicloud>, sends a JSON integer; the server takes both. This client sends an integer.
    ///
    /// Default: `1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub virtual_network_id: Option<i32>,
    /// Maximum transmission unit (MTU), the packet length of the session. Value range: 1-1460. The default value is 96.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session" and Huawei Cloud API Explorer's definition type this field as a String, and the official SDKs send a decimal string, while responses and the update request use an Integer and Huawei's provider for Terraform, <https://github.com/huaweicloud/terraform-provider-huaweicloud>, sends a JSON integer; the server takes both. This client sends an integer.
    ///
    /// Default: `96`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub packet_length: Option<i32>,
    /// Mirror session priority. Value range: 1-32766.
    #[serde(deserialize_with = "crate::runtime::lenient::int")]
    pub priority: i32,
    /// Whether to enable a mirror session. The value can be true or false. The default value is false.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session", Huawei Cloud API Explorer's definition and the official SDKs make `enabled` the string "true" or "false" in this request, while responses return a Boolean; this client sends the string, as documented.
    ///
    /// Default: `"false"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<TrafficMirrorSessionOptionEnabled>,
    /// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
    ///
    /// **Documentation conflict:** The pages updated before 2025-08 and Huawei Cloud API Explorer's definitions list only eni, and the session pages say that elastic network interfaces can be mirror sources; the pages updated on 2025-08-19 add eip. This client takes both.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrafficMirrorSourceType>,
}

impl CreateTrafficMirrorSessionOption {
    /// Traffic mirror session name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Description of a traffic mirror session.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Traffic mirror filter ID.
    pub fn traffic_mirror_filter_id(&self) -> &str {
        &self.traffic_mirror_filter_id
    }

    /// IDs of the traffic mirror sources (elastic network interfaces): 1 to 10, the default maximum number of sources of a session.
    pub fn traffic_mirror_sources(&self) -> &[String] {
        &self.traffic_mirror_sources
    }

    /// Mirror target ID.
    pub fn traffic_mirror_target_id(&self) -> &str {
        &self.traffic_mirror_target_id
    }

    /// Type of a traffic mirror target, as requests give it.
    pub fn traffic_mirror_target_type(&self) -> &TrafficMirrorTargetType {
        &self.traffic_mirror_target_type
    }

    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target.
    pub fn virtual_network_id(&self) -> Option<i32> {
        self.virtual_network_id
    }

    /// Maximum transmission unit (MTU), the packet length of the session.
    pub fn packet_length(&self) -> Option<i32> {
        self.packet_length
    }

    /// Mirror session priority.
    pub fn priority(&self) -> i32 {
        self.priority
    }

    /// Whether to enable a mirror session.
    pub fn enabled(&self) -> Option<&TrafficMirrorSessionOptionEnabled> {
        self.enabled.as_ref()
    }

    /// Type of a traffic mirror source.
    pub fn type_(&self) -> Option<&TrafficMirrorSourceType> {
        self.type_.as_ref()
    }

    /// Starts a [`CreateTrafficMirrorSessionOptionBuilder`].
    pub fn builder() -> CreateTrafficMirrorSessionOptionBuilder {
        CreateTrafficMirrorSessionOptionBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorSessionOption`]; [`CreateTrafficMirrorSessionOptionBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorSessionOptionBuilder {
    name: Option<String>,
    description: Option<String>,
    traffic_mirror_filter_id: Option<String>,
    traffic_mirror_sources: Option<Vec<String>>,
    traffic_mirror_target_id: Option<String>,
    traffic_mirror_target_type: Option<TrafficMirrorTargetType>,
    virtual_network_id: Option<i32>,
    packet_length: Option<i32>,
    priority: Option<i32>,
    enabled: Option<TrafficMirrorSessionOptionEnabled>,
    type_: Option<TrafficMirrorSourceType>,
}

impl CreateTrafficMirrorSessionOptionBuilder {
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

    /// IDs of the traffic mirror sources (elastic network interfaces): 1 to 10, the default maximum number of sources of a session.
    ///
    /// Appends one item; call it again to add more.
    pub fn traffic_mirror_sources(mut self, item: impl Into<String>) -> Self {
        self.traffic_mirror_sources.get_or_insert_with(Vec::new).push(item.into());
        self
    }

    /// Replaces the whole `traffic_mirror_sources` list (`None` leaves it unset).
    pub fn set_traffic_mirror_sources(mut self, items: Option<Vec<String>>) -> Self {
        self.traffic_mirror_sources = items;
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

    /// VNI, which is used to distinguish mirrored traffic of different sessions for a mirror target. Value range: 0-16777215. The default value is 1.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session" and Huawei Cloud API Explorer's definition type this field as a String, and the official SDKs send a decimal string, while responses and the update request use an Integer and Huawei's provider for Terraform, <https://github.com/huaweicloud/terraform-provider-huaweicloud>, sends a JSON integer; the server takes both. This client sends an integer.
    ///
    /// Default: `1`.
    pub fn virtual_network_id(mut self, value: impl Into<i32>) -> Self {
        self.virtual_network_id = Some(value.into());
        self
    }

    /// Maximum transmission unit (MTU), the packet length of the session. Value range: 1-1460. The default value is 96.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session" and Huawei Cloud API Explorer's definition type this field as a String, and the official SDKs send a decimal string, while responses and the update request use an Integer and Huawei's provider for Terraform, <https://github.com/huaweicloud/terraform-provider-huaweicloud>, sends a JSON integer; the server takes both. This client sends an integer.
    ///
    /// Default: `96`.
    pub fn packet_length(mut self, value: impl Into<i32>) -> Self {
        self.packet_length = Some(value.into());
        self
    }

    /// Mirror session priority. Value range: 1-32766.
    pub fn priority(mut self, value: impl Into<i32>) -> Self {
        self.priority = Some(value.into());
        self
    }

    /// Whether to enable a mirror session. The value can be true or false. The default value is false.
    ///
    /// **Documentation conflict:** "Creating a Traffic Mirror Session", Huawei Cloud API Explorer's definition and the official SDKs make `enabled` the string "true" or "false" in this request, while responses return a Boolean; this client sends the string, as documented.
    ///
    /// Default: `"false"`.
    pub fn enabled(
        mut self,
        value: impl Into<TrafficMirrorSessionOptionEnabled>,
    ) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
    ///
    /// **Documentation conflict:** The pages updated before 2025-08 and Huawei Cloud API Explorer's definitions list only eni, and the session pages say that elastic network interfaces can be mirror sources; the pages updated on 2025-08-19 add eip. This client takes both.
    pub fn type_(mut self, value: impl Into<TrafficMirrorSourceType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<CreateTrafficMirrorSessionOption, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.name.is_none() {
            missing.push("name");
        }

        if self.traffic_mirror_filter_id.is_none() {
            missing.push("traffic_mirror_filter_id");
        }

        if self.traffic_mirror_sources.is_none() {
            missing.push("traffic_mirror_sources");
        }

        if self.traffic_mirror_target_id.is_none() {
            missing.push("traffic_mirror_target_id");
        }

        if self.traffic_mirror_target_type.is_none() {
            missing.push("traffic_mirror_target_type");
        }

        if self.priority.is_none() {
            missing.push("priority");
        }

        let (
            Some(name),
            Some(traffic_mirror_filter_id),
            Some(traffic_mirror_sources),
            Some(traffic_mirror_target_id),
            Some(traffic_mirror_target_type),
            Some(priority),
        ) = (
            self.name,
            self.traffic_mirror_filter_id,
            self.traffic_mirror_sources,
            self.traffic_mirror_target_id,
            self.traffic_mirror_target_type,
            self.priority,
        )
        else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorSessionOption",
                missing,
            });
        };

        Ok(CreateTrafficMirrorSessionOption {
            name,
            description: self.description,
            traffic_mirror_filter_id,
            traffic_mirror_sources,
            traffic_mirror_target_id,
            traffic_mirror_target_type,
            virtual_network_id: self.virtual_network_id,
            packet_length: self.packet_length,
            priority,
            enabled: self.enabled,
            type_: self.type_,
        })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorSessionOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.name;
        let field = crate::runtime::validate::join_path(path, "name");
        out.check_length(&field, value, Some(1), Some(64));
        out.check_pattern(&field, value, "^[\\u4E00-\\u9FA5A-Za-z0-9_.-]+$");
        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }

        let value = &self.traffic_mirror_sources;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_sources");
        out.check_items(&field, value.len(), Some(1), Some(10));
        let value = &self.traffic_mirror_target_type;
        let field =
            crate::runtime::validate::join_path(path, "traffic_mirror_target_type");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
        if let Some(value) = &self.virtual_network_id {
            let field = crate::runtime::validate::join_path(path, "virtual_network_id");
            out.check_range_i64(&field, i64::from(*value), Some(0), Some(16777215));
        }

        if let Some(value) = &self.packet_length {
            let field = crate::runtime::validate::join_path(path, "packet_length");
            out.check_range_i64(&field, i64::from(*value), Some(1), Some(1460));
        }

        let value = &self.priority;
        let field = crate::runtime::validate::join_path(path, "priority");
        out.check_range_i64(&field, i64::from(*value), Some(1), Some(32766));
        if let Some(value) = &self.enabled {
            let field = crate::runtime::validate::join_path(path, "enabled");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }

        if let Some(value) = &self.type_ {
            let field = crate::runtime::validate::join_path(path, "type");
            crate::runtime::validate::Validate::validate_into(value, &field, out);
        }
    }
}
