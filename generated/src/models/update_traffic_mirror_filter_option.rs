//! `UpdateTrafficMirrorFilterOption`, generated from `#/components/schemas/UpdateTrafficMirrorFilterOption`.

/// Traffic mirror filter fields to update; fields that are not set are left unchanged.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterOption {
    /// Traffic mirror filter name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters, without angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl UpdateTrafficMirrorFilterOption {
    /// Traffic mirror filter name.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Description of a traffic mirror filter.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

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
    /// Traffic mirror filter name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Description of a traffic mirror filter. Range: 0 to 255 characters, without angle brackets (\< or \>).
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
            out.check_pattern(&field, value, "^[\\u4E00-\\u9FA5A-Za-z0-9_.-]+$");
        }

        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }
    }
}
