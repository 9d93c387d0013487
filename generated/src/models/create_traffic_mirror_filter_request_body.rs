//! `CreateTrafficMirrorFilterRequestBody`, generated from `#/components/schemas/CreateTrafficMirrorFilterRequestBody`.

use super::CreateTrafficMirrorFilterOption;

/// Request body of CreateTrafficMirrorFilter.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterRequestBody {
    /// Traffic mirror filter to create.
    pub traffic_mirror_filter: CreateTrafficMirrorFilterOption,
}

impl CreateTrafficMirrorFilterRequestBody {
    /// Traffic mirror filter to create.
    pub fn traffic_mirror_filter(&self) -> &CreateTrafficMirrorFilterOption {
        &self.traffic_mirror_filter
    }

    /// Starts a [`CreateTrafficMirrorFilterRequestBodyBuilder`].
    pub fn builder() -> CreateTrafficMirrorFilterRequestBodyBuilder {
        CreateTrafficMirrorFilterRequestBodyBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorFilterRequestBody`]; [`CreateTrafficMirrorFilterRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorFilterRequestBodyBuilder {
    traffic_mirror_filter: Option<CreateTrafficMirrorFilterOption>,
}

impl CreateTrafficMirrorFilterRequestBodyBuilder {
    /// Traffic mirror filter to create.
    pub fn traffic_mirror_filter(
        mut self,
        value: impl Into<CreateTrafficMirrorFilterOption>,
    ) -> Self {
        self.traffic_mirror_filter = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<CreateTrafficMirrorFilterRequestBody, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.traffic_mirror_filter.is_none() {
            missing.push("traffic_mirror_filter");
        }

        let (Some(traffic_mirror_filter),) = (self.traffic_mirror_filter,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorFilterRequestBody",
                missing,
            });
        };

        Ok(CreateTrafficMirrorFilterRequestBody { traffic_mirror_filter })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorFilterRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_filter;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_filter");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
