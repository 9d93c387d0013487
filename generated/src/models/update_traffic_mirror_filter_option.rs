//! `UpdateTrafficMirrorFilterOption`, generated from `#/components/schemas/UpdateTrafficMirrorFilterOption`.

/// Traffic mirror filter fields to update; fields that are not set are left unchanged.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterOption {
    /// Traffic mirror filter name. Range: 1 to 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl UpdateTrafficMirrorFilterOption {
    /// Starts a [`UpdateTrafficMirrorFilterOptionBuilder`].
    pub fn builder() -> UpdateTrafficMirrorFilterOptionBuilder {
        UpdateTrafficMirrorFilterOptionBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorFilterOption`]; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorFilterOptionBuilder {
    name: Option<String>,
    description: Option<String>,
}

impl UpdateTrafficMirrorFilterOptionBuilder {
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
    pub fn build(self) -> UpdateTrafficMirrorFilterOption {
        UpdateTrafficMirrorFilterOption {
            name: self.name,
            description: self.description,
        }
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorFilterOption {
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
