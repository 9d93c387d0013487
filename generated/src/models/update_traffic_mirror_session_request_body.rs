//! `UpdateTrafficMirrorSessionRequestBody`, generated from `#/components/schemas/UpdateTrafficMirrorSessionRequestBody`.

use super::UpdateTrafficMirrorSessionOption;

/// Request body of UpdateTrafficMirrorSession.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorSessionRequestBody {
    /// Traffic mirror session fields to update; fields that are not set are left unchanged.
    pub traffic_mirror_session: UpdateTrafficMirrorSessionOption,
}

impl UpdateTrafficMirrorSessionRequestBody {
    /// Traffic mirror session fields to update; fields that are not set are left unchanged.
    pub fn traffic_mirror_session(&self) -> &UpdateTrafficMirrorSessionOption {
        &self.traffic_mirror_session
    }

    /// Starts a [`UpdateTrafficMirrorSessionRequestBodyBuilder`].
    pub fn builder() -> UpdateTrafficMirrorSessionRequestBodyBuilder {
        UpdateTrafficMirrorSessionRequestBodyBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorSessionRequestBody`]; [`UpdateTrafficMirrorSessionRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorSessionRequestBodyBuilder {
    traffic_mirror_session: Option<UpdateTrafficMirrorSessionOption>,
}

impl UpdateTrafficMirrorSessionRequestBodyBuilder {
    /// Traffic mirror session fields to update; fields that are not set are left unchanged.
    pub fn traffic_mirror_session(
        mut self,
        value: impl Into<UpdateTrafficMirrorSessionOption>,
    ) -> Self {
        self.traffic_mirror_session = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<UpdateTrafficMirrorSessionRequestBody, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.traffic_mirror_session.is_none() {
            missing.push("traffic_mirror_session");
        }

        let (Some(traffic_mirror_session),) = (self.traffic_mirror_session,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "UpdateTrafficMirrorSessionRequestBody",
                missing,
            });
        };

        Ok(UpdateTrafficMirrorSessionRequestBody { traffic_mirror_session })
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorSessionRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_session;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_session");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
