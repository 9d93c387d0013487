//! `CreateTrafficMirrorFilterOption`, generated from `#/components/schemas/CreateTrafficMirrorFilterOption`.

/// Traffic mirror filter to create. No field is documented as required.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterOption {
    /// Traffic mirror filter name. Range: 1 to 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl CreateTrafficMirrorFilterOption {
    /// Starts a [`CreateTrafficMirrorFilterOptionBuilder`].
    pub fn builder() -> CreateTrafficMirrorFilterOptionBuilder {
        CreateTrafficMirrorFilterOptionBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorFilterOption`]; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorFilterOptionBuilder {
    name: Option<String>,
    description: Option<String>,
}

impl CreateTrafficMirrorFilterOptionBuilder {
    /// Traffic mirror filter name. Range: 1 to 64 characters.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Description of a traffic mirror filter. Range: 0 to 255 characters.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Finishes the value.
    pub fn build(self) -> CreateTrafficMirrorFilterOption {
        CreateTrafficMirrorFilterOption {
            name: self.name,
            description: self.description,
        }
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorFilterOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        if let Some(value) = &self.name {
            let field = crate::runtime::validate::join_path(path, "name");
            out.check_length(&field, value, Some(1), Some(64));
        }

        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
        }
    }
}
