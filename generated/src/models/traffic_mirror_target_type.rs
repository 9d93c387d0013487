//! `TrafficMirrorTargetType`, generated from `#/components/schemas/TrafficMirrorTargetType`.

use crate::unknown;

/// Type of a traffic mirror target, as requests give it. eni: the mirror target is an elastic network interface. elb: the mirror target is a private network load balancer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrafficMirrorTargetType {
    /// `eni`
    Eni,
    /// `elb`
    Elb,
    /// A value this version of the client does not know, kept as sent.
    /// Only parsing creates it: a documented value is always its own variant.
    Unknown(unknown::UnknownValue<TrafficMirrorTargetType>),
}

impl TrafficMirrorTargetType {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["eni", "elb"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eni => "eni",
            Self::Elb => "elb",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficMirrorTargetType {
    fn from(value: &str) -> Self {
        match value {
            "eni" => Self::Eni,
            "elb" => Self::Elb,
            other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
        }
    }
}

impl std::str::FromStr for TrafficMirrorTargetType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for TrafficMirrorTargetType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for TrafficMirrorTargetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficMirrorTargetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorTargetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl crate::runtime::validate::Validate for TrafficMirrorTargetType {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Self::Unknown(value) = self {
            out.check_enum(path, value.as_str(), Self::VALUES);
        }
    }
}
