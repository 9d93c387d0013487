//! `UpdateTrafficMirrorSessionOptionEnabled`, generated from `#/components/schemas/UpdateTrafficMirrorSessionOption/properties/enabled`.

/// Whether to enable a mirror session. The value can be true or false.
///
/// **Documentation conflict:** "Updating a Traffic Mirror Session" documents `enabled` as a String ("true" or "false") while responses and the session list's filter use a Boolean; this client sends the documented string here and reads a Boolean in responses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTrafficMirrorSessionOptionEnabled {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl UpdateTrafficMirrorSessionOptionEnabled {
    /// Every value the spec documents.
    pub const VALUES: &'static [&'static str] = &["true", "false"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for UpdateTrafficMirrorSessionOptionEnabled {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_string()),
        }
    }
}

impl std::str::FromStr for UpdateTrafficMirrorSessionOptionEnabled {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, std::convert::Infallible> {
        Ok(Self::from(value))
    }
}

impl From<String> for UpdateTrafficMirrorSessionOptionEnabled {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for UpdateTrafficMirrorSessionOptionEnabled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateTrafficMirrorSessionOptionEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTrafficMirrorSessionOptionEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorSessionOptionEnabled {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Self::Unknown(value) = self {
            out.check_enum(path, value, Self::VALUES);
        }
    }
}
