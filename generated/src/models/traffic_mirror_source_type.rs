//! `TrafficMirrorSourceType`, generated from `#/components/schemas/TrafficMirrorSourceType`.

use crate::unknown;

/// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
///
/// **Documentation conflict:** The pages updated before 2025-08 and Huawei Cloud API Explorer's definitions list only eni, and the session pages say that elastic network interfaces can be mirror sources; the pages updated on 2025-08-19 add eip. This client takes both.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrafficMirrorSourceType {
    /// `eni`
    Eni,
    /// `eip`
    Eip,
    /// A value this version of the client does not know, kept as sent.
    /// Only parsing creates it: a documented value is always its own variant.
    Unknown(unknown::UnknownValue<TrafficMirrorSourceType>),
}

impl TrafficMirrorSourceType {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["eni", "eip"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eni => "eni",
            Self::Eip => "eip",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficMirrorSourceType {
    fn from(value: &str) -> Self {
        match value {
            "eni" => Self::Eni,
            "eip" => Self::Eip,
            other => Self::Unknown(unknown::UnknownValue::new(other.to_string())),
        }
    }
}

impl std::str::FromStr for TrafficMirrorSourceType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for TrafficMirrorSourceType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for TrafficMirrorSourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficMirrorSourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorSourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl crate::runtime::validate::Validate for TrafficMirrorSourceType {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Self::Unknown(value) = self {
            out.check_enum(path, value.as_str(), Self::VALUES);
        }
    }
}
