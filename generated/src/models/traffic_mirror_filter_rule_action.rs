//! `TrafficMirrorFilterRuleAction`, generated from `#/components/schemas/TrafficMirrorFilterRuleAction`.

use crate::unknown;

/// Action of a traffic mirror filter rule. accept: mirror the matching traffic. reject: do not mirror it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrafficMirrorFilterRuleAction {
    /// `accept`
    Accept,
    /// `reject`
    Reject,
    /// A value this version of the client does not know, kept as sent.
    /// Only parsing creates it: a documented value is always its own variant.
    Unknown(unknown::UnknownValue<TrafficMirrorFilterRuleAction>),
}

impl TrafficMirrorFilterRuleAction {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["accept", "reject"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "accept",
            Self::Reject => "reject",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficMirrorFilterRuleAction {
    fn from(value: &str) -> Self {
        match value {
            "accept" => Self::Accept,
            "reject" => Self::Reject,
            other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
        }
    }
}

impl std::str::FromStr for TrafficMirrorFilterRuleAction {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for TrafficMirrorFilterRuleAction {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for TrafficMirrorFilterRuleAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficMirrorFilterRuleAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorFilterRuleAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl crate::runtime::validate::Validate for TrafficMirrorFilterRuleAction {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Self::Unknown(value) = self {
            out.check_enum(path, value.as_str(), Self::VALUES);
        }
    }
}
