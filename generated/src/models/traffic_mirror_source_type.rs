//! `TrafficMirrorSourceType`, generated from `#/components/schemas/TrafficMirrorSourceType`.

/// Type of a traffic mirror source. eni: elastic network interface. eip: EIP.
///
/// **Documentation conflict:** The session pages say elastic network interfaces can be used as mirror sources (and create takes 1 to 10 ENI ids), yet the source type range lists both eni and eip; this spec keeps the documented enum \[eni, eip\].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrafficMirrorSourceType {
    /// `eni`
    Eni,
    /// `eip`
    Eip,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl TrafficMirrorSourceType {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["eni", "eip"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eni => "eni",
            Self::Eip => "eip",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TrafficMirrorSourceType {
    fn from(value: &str) -> Self {
        match value {
            "eni" => Self::Eni,
            "eip" => Self::Eip,
            other => Self::Unknown(other.to_string()),
        }
    }
}

impl std::str::FromStr for TrafficMirrorSourceType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
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
            out.check_enum(path, value, Self::VALUES);
        }
    }
}
