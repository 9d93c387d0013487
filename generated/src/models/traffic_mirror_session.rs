//! `TrafficMirrorSession`, generated from `#/components/schemas/TrafficMirrorSession`.

use super::{TrafficMirrorSourceType, TrafficMirrorTargetType};

/// A traffic mirror session, as returned by the show, create, update, list, add-sources and remove-sources operations.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorSession {
    /// ID of a traffic mirror session. After a traffic mirror session is created, a traffic mirror session ID is generated, which uniquely identifies the traffic mirror session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the project that a traffic mirror session belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Name of a traffic mirror session. Range: the value can contain 1 to 64 characters, including letters, digits, underscores (_), hyphens (-), and periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror session. Range: the value can contain 0 to 255 characters and cannot contain angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID of the traffic mirror filter that a traffic mirror session is associated with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_id: Option<String>,
    /// IDs of the traffic mirror sources that a traffic mirror session is associated with. Elastic network interfaces can be used as the traffic mirror sources. Range: each traffic mirror session can have up to 10 mirror sources by default.
    ///
    /// **Documentation conflict:** "Up to 10 by default" is a quota, which can be raised, so this response schema states no maxItems; create and add-sources requests keep the documented limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_sources: Option<Vec<String>>,
    /// ID of the traffic mirror target that a traffic mirror session is associated with. The remove-sources example response shows an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_id: Option<String>,
    /// Type of a traffic mirror target. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer. The empty string appears only in responses (see below); requests take eni or elb.
    ///
    /// **Documentation conflict:** Documented as eni or elb, but the remove-sources example response shows `traffic_mirror_target_type: ""`. The empty string is added to the enum so that the documented response validates against this schema; clients should send only eni or elb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_target_type: Option<TrafficMirrorTargetType>,
    /// VXLAN network identifier (VNI) of a traffic mirror session, which is used to distinguish different mirror sessions. Range: the value is from 0 to 16777215. The default value is 1.
    ///
    /// **Documentation conflict:** The official SDKs send this field as a decimal string in create requests while other clients send an integer, and the server takes both; a response may carry either form, so clients accept both.
    ///
    /// Default: `1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::lenient::option_int"
    )]
    pub virtual_network_id: Option<i32>,
    /// Packet length of a traffic mirror session. Range: the value is from 1 to 1460. The default value is 96.
    ///
    /// **Documentation conflict:** The official SDKs send this field as a decimal string in create requests while other clients send an integer, and the server takes both; a response may carry either form, so clients accept both.
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
    /// **Documentation conflict:** A Boolean in responses (and in the list filter), while the update request documents `enabled` as the string "true" or "false"; the examples return JSON booleans, so this spec types it boolean here, and clients also accept the strings "true" and "false".
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
    /// **Documentation conflict:** The session pages say elastic network interfaces can be used as mirror sources (and create takes 1 to 10 ENI ids), yet the source type range lists both eni and eip; this spec keeps the documented enum \[eni, eip\].
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<TrafficMirrorSourceType>,
    /// Time when a traffic mirror session was created. Range: the value is a UTC time in the format of yyyy-MM-ddTHH:mm:ssZ.
    ///
    /// **Documentation conflict:** Documented as yyyy-MM-ddTHH:mm:ssZ, but the examples show 2023-03-23T10:53:12.000+00:00 (milliseconds and a numeric offset); both are RFC 3339, so this spec uses format date-time and the client must accept either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::runtime::formats::Timestamp>,
    /// Time when a traffic mirror session was updated. Range: the value is a UTC time in the format of yyyy-MM-ddTHH:mm:ssZ.
    ///
    /// **Documentation conflict:** Documented as yyyy-MM-ddTHH:mm:ssZ, but the examples show 2023-03-23T10:56:54.000+00:00 (milliseconds and a numeric offset); both are RFC 3339, so this spec uses format date-time and the client must accept either form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::runtime::formats::Timestamp>,
}
