//! `TrafficMirrorTargetTypeOrEmpty`, generated from `#/components/schemas/TrafficMirrorTargetTypeOrEmpty`.

use crate::unknown;

/// Type of a traffic mirror target, as responses report it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer. The empty string: the session has no mirror target type (seen in the example response of "Disassociating a Traffic Mirror Source from a Traffic Mirror Session").
///
/// **Documentation conflict:** The pages document the target type as eni or elb, but the example response of "Disassociating a Traffic Mirror Source from a Traffic Mirror Session" (updated on 2025-08-19) shows `traffic_mirror_target_type: ""`. Responses therefore also read the empty string, while requests (`TrafficMirrorTargetType`) take only eni or elb.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrafficMirrorTargetTypeOrEmpty {
    /// `eni`
    Eni,
    /// `elb`
    Elb,
    /// The empty string, `""`.
    Empty,
    /// A value this version of the client does not know, kept as sent.
    /// Only parsing creates it: a documented value is always its own variant.
    Unknown(unknown::UnknownValue<TrafficMirrorTargetTypeOrEmpty>),
}

impl TrafficMirrorTargetTypeOrEmpty {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["eni", "elb", ""];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eni => "eni",
            Self::Elb => "elb",
            Self::Empty => "",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficMirrorTargetTypeOrEmpty {
    fn from(value: &str) -> Self {
        match value {
            "eni" => Self::Eni,
            "elb" => Self::Elb,
            "" => Self::Empty,
            other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
        }
    }
}

impl std::str::FromStr for TrafficMirrorTargetTypeOrEmpty {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for TrafficMirrorTargetTypeOrEmpty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for TrafficMirrorTargetTypeOrEmpty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficMirrorTargetTypeOrEmpty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorTargetTypeOrEmpty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
