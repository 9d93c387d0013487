//! `TrafficMirrorSessionOptionEnabled`, generated from `#/components/schemas/CreateTrafficMirrorSessionOption/properties/enabled`.

use crate::unknown;

/// Whether to enable a mirror session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrafficMirrorSessionOptionEnabled {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the client does not know, kept as sent.
    /// Only parsing creates it: a documented value is always its own variant.
    Unknown(unknown::UnknownValue<TrafficMirrorSessionOptionEnabled>),
}

impl TrafficMirrorSessionOptionEnabled {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["true", "false"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficMirrorSessionOptionEnabled {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
        }
    }
}

impl std::str::FromStr for TrafficMirrorSessionOptionEnabled {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for TrafficMirrorSessionOptionEnabled {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for TrafficMirrorSessionOptionEnabled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficMirrorSessionOptionEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorSessionOptionEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl crate::runtime::validate::Validate for TrafficMirrorSessionOptionEnabled {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Self::Unknown(value) = self {
            out.check_enum(path, value.as_str(), Self::VALUES);
        }
    }
}
