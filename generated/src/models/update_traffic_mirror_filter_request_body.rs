//! `UpdateTrafficMirrorFilterRequestBody`, generated from `#/components/schemas/UpdateTrafficMirrorFilterRequestBody`.

use super::UpdateTrafficMirrorFilterOption;

/// Request body of UpdateTrafficMirrorFilter.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterRequestBody {
    /// Traffic mirror filter fields to update; fields that are not set are left unchanged.
    pub traffic_mirror_filter: UpdateTrafficMirrorFilterOption,
}

impl UpdateTrafficMirrorFilterRequestBody {
    /// Traffic mirror filter fields to update; fields that are not set are left unchanged.
    pub fn traffic_mirror_filter(&self) -> &UpdateTrafficMirrorFilterOption {
        &self.traffic_mirror_filter
    }

    /// Starts a [`UpdateTrafficMirrorFilterRequestBodyBuilder`].
    pub fn builder() -> UpdateTrafficMirrorFilterRequestBodyBuilder {
        UpdateTrafficMirrorFilterRequestBodyBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorFilterRequestBody`]; [`UpdateTrafficMirrorFilterRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorFilterRequestBodyBuilder {
    traffic_mirror_filter: Option<UpdateTrafficMirrorFilterOption>,
}

impl UpdateTrafficMirrorFilterRequestBodyBuilder {
    /// Traffic mirror filter fields to update; fields that are not set are left unchanged.
    pub fn traffic_mirror_filter(
        mut self,
        value: impl Into<UpdateTrafficMirrorFilterOption>,
    ) -> Self {
        self.traffic_mirror_filter = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<UpdateTrafficMirrorFilterRequestBody, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.traffic_mirror_filter.is_none() {
            missing.push("traffic_mirror_filter");
        }

        let (Some(traffic_mirror_filter),) = (self.traffic_mirror_filter,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "UpdateTrafficMirrorFilterRequestBody",
                missing,
            });
        };

        Ok(UpdateTrafficMirrorFilterRequestBody { traffic_mirror_filter })
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorFilterRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_filter;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_filter");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
