//! `CreateTrafficMirrorFilterOption`, generated from `#/components/schemas/CreateTrafficMirrorFilterOption`.

/// Traffic mirror filter to create.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterOption {
    /// Traffic mirror filter name. Range: 1 to 64 characters: letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).
    ///
    /// **Documentation conflict:** The English reference pages allow letters, digits, underscores, hyphens and periods; Huawei Cloud API Explorer's definitions, from which the official SDKs and their documentation are generated, also allow Chinese characters. This client accepts Chinese characters (U+4E00 to U+9FA5) too.
    pub name: String,
    /// Description of a traffic mirror filter. Range: 0 to 255 characters, without angle brackets (\< or \>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl CreateTrafficMirrorFilterOption {
    /// Traffic mirror filter name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Description of a traffic mirror filter.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Starts a [`CreateTrafficMirrorFilterOptionBuilder`].
    pub fn builder() -> CreateTrafficMirrorFilterOptionBuilder {
        CreateTrafficMirrorFilterOptionBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorFilterOption`]; [`CreateTrafficMirrorFilterOptionBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorFilterOptionBuilder {
    name: Option<String>,
    description: Option<String>,
}

impl CreateTrafficMirrorFilterOptionBuilder {
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

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<CreateTrafficMirrorFilterOption, crate::runtime::error::BuildError> {
        let mut missing = Vec::new();
        if self.name.is_none() {
            missing.push("name");
        }

        let (Some(name),) = (self.name,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorFilterOption",
                missing,
            });
        };

        Ok(CreateTrafficMirrorFilterOption { name, description: self.description })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorFilterOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.name;
        let field = crate::runtime::validate::join_path(path, "name");
        out.check_length(&field, value, Some(1), Some(64));
        out.check_pattern(&field, value, "^[\\u4E00-\\u9FA5A-Za-z0-9_.-]+$");
        if let Some(value) = &self.description {
            let field = crate::runtime::validate::join_path(path, "description");
            out.check_length(&field, value, None, Some(255));
            out.check_pattern(&field, value, "^[^<>]*$");
        }
    }
}
