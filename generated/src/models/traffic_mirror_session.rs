//! `TrafficMirrorSession`, generated from `#/components/schemas/TrafficMirrorSession`.

use super::{TrafficMirrorSourceType, TrafficMirrorTargetTypeOrEmpty};

/// A traffic mirror session, as returned by the show, create, update, list, add-sources and remove-sources operations.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorSession {
    /// ID of a traffic mirror session. After a traffic mirror session is created, a traffic mirror session ID is generated, which uniquely identifies the traffic mirror session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the project that a traffic mirror session belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Name of a traffic mirror session. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror session. Range: 0 to 255 characters, without angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID of the traffic mirror filter that a traffic mirror session is associated with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_id: Option<String>,
    /// IDs of the traffic mirror sources that a traffic mirror session is associated with. Elastic network interfaces can be used as the traffic mirror sources. Range: each traffic mirror session can have up to 10 mirror sources by default.
    ///
    /// **Documentation conflict:** "Up to 10 by default" is a quota, which can be raised, so a response is read whatever the number of sources; create and add-sources requests keep the documented limit of 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_sources: Option<Vec<String>>,
    /// ID of the traffic mirror target that a traffic mirror session is associated with. The example response of "Disassociating a Traffic Mirror Source from a Traffic Mirror Session" shows an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_id: Option<String>,
    /// Type of a traffic mirror target, as responses report it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer. The empty string: the session has no mirror target type (seen in the example response of "Disassociating a Traffic Mirror Source from a Traffic Mirror Session").
    ///
    /// **Documentation conflict:** The pages document the target type as eni or elb, but the example response of "Disassociating a Traffic Mirror Source from a Traffic Mirror Session" (updated on 2025-08-19) shows `traffic_mirror_target_type: ""`. Responses therefore also read the empty string, while requests (`TrafficMirrorTargetType`) take only eni or elb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_type: Option<TrafficMirrorTargetTypeOrEmpty>,
    /// VXLAN network identifier (VNI) of a traffic mirror session, which is used to distinguish different mirror sessions. Range: the value is from 0 to 16777215. The default value is 1.
    ///
    /// **Documentation conflict:** An Integer in responses, but "Creating a Traffic Mirror Session" types the same field as a String in requests, and the official SDKs send a decimal string there; this client reads either form.
    ///
    /// Default: `1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub virtual_network_id: Option<i32>,
    /// Packet length of a traffic mirror session (the maximum transmission unit of the mirrored packets). Range: the value is from 1 to 1460. The default value is 96.
    ///
    /// **Documentation conflict:** An Integer in responses, but "Creating a Traffic Mirror Session" types the same field as a String in requests, and the official SDKs send a decimal string there; this client reads either form.
    ///
    /// Default: `96`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub packet_length: Option<i32>,
    /// Priority of a traffic mirror session. Range: 1 to 32766.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub priority: Option<i32>,
    /// Whether to enable a traffic mirror session. true: the traffic mirror session is enabled. false (default value): the traffic mirror session is disabled.
    ///
    /// **Documentation conflict:** A Boolean in responses (and in the session list's filter), while the create and update requests document `enabled` as the string "true" or "false"; the examples return JSON booleans, and this client also reads the strings "true" and "false".
    ///
    /// Default: `false`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_bool"
    )]
    pub enabled: Option<bool>,
    /// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
    ///
    /// **Documentation conflict:** The pages updated before 2025-08 and Huawei Cloud API Explorer's definitions list only eni, and the session pages say that elastic network interfaces can be mirror sources; the pages updated on 2025-08-19 add eip. This client takes both.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrafficMirrorSourceType>,
    /// Time when a traffic mirror session was created. Range: the value is a UTC time in the format of yyyy-MM-ddTHH:mm:ssZ.
    ///
    /// **Documentation conflict:** Documented as yyyy-MM-ddTHH:mm:ssZ, and so shown by Huawei Cloud API Explorer's examples, but the reference pages' examples show 2023-03-23T10:53:12.000+00:00 (milliseconds and a numeric offset); both are RFC 3339 date-times, and this client reads either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::Timestamp>,
    /// Time when a traffic mirror session was updated. Range: the value is a UTC time in the format of yyyy-MM-ddTHH:mm:ssZ.
    ///
    /// **Documentation conflict:** Documented as yyyy-MM-ddTHH:mm:ssZ, and so shown by Huawei Cloud API Explorer's examples, but the reference pages' examples show 2023-03-23T10:53:12.000+00:00 (milliseconds and a numeric offset); both are RFC 3339 date-times, and this client reads either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::Timestamp>,
}

impl TrafficMirrorSession {
    /// ID of a traffic mirror session.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// ID of the project that a traffic mirror session belongs to.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// Name of a traffic mirror session.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Description of a traffic mirror session.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// ID of the traffic mirror filter that a traffic mirror session is associated with.
    pub fn traffic_mirror_filter_id(&self) -> Option<&str> {
        self.traffic_mirror_filter_id.as_deref()
    }

    /// IDs of the traffic mirror sources that a traffic mirror session is associated with.
    ///
    /// Empty when `traffic_mirror_sources` is absent (the public field tells absent from empty).
    pub fn traffic_mirror_sources(&self) -> &[String] {
        self.traffic_mirror_sources.as_deref().unwrap_or_default()
    }

    /// ID of the traffic mirror target that a traffic mirror session is associated with.
    pub fn traffic_mirror_target_id(&self) -> Option<&str> {
        self.traffic_mirror_target_id.as_deref()
    }

    /// Type of a traffic mirror target, as responses report it.
    pub fn traffic_mirror_target_type(&self) -> Option<&TrafficMirrorTargetTypeOrEmpty> {
        self.traffic_mirror_target_type.as_ref()
    }

    /// VXLAN network identifier (VNI) of a traffic mirror session, which is used to distinguish different mirror sessions.
    pub fn virtual_network_id(&self) -> Option<i32> {
        self.virtual_network_id
    }

    /// Packet length of a traffic mirror session (the maximum transmission unit of the mirrored packets).
    pub fn packet_length(&self) -> Option<i32> {
        self.packet_length
    }

    /// Priority of a traffic mirror session.
    pub fn priority(&self) -> Option<i32> {
        self.priority
    }

    /// Whether to enable a traffic mirror session.
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// Type of a traffic mirror source.
    pub fn type_(&self) -> Option<&TrafficMirrorSourceType> {
        self.type_.as_ref()
    }

    /// Time when a traffic mirror session was created.
    pub fn created_at(&self) -> Option<&crate::formats::Timestamp> {
        self.created_at.as_ref()
    }

    /// Time when a traffic mirror session was updated.
    pub fn updated_at(&self) -> Option<&crate::formats::Timestamp> {
        self.updated_at.as_ref()
    }
}
