//! `CreateTrafficMirrorSessionRequestBody`, generated from `#/components/schemas/CreateTrafficMirrorSessionRequestBody`.

use super::CreateTrafficMirrorSessionOption;

/// Request body of CreateTrafficMirrorSession.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorSessionRequestBody {
    /// Traffic mirror session to create.
    pub traffic_mirror_session: CreateTrafficMirrorSessionOption,
}

impl CreateTrafficMirrorSessionRequestBody {
    /// Traffic mirror session to create.
    pub fn traffic_mirror_session(&self) -> &CreateTrafficMirrorSessionOption {
        &self.traffic_mirror_session
    }

    /// Starts a [`CreateTrafficMirrorSessionRequestBodyBuilder`].
    pub fn builder() -> CreateTrafficMirrorSessionRequestBodyBuilder {
        CreateTrafficMirrorSessionRequestBodyBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorSessionRequestBody`]; [`CreateTrafficMirrorSessionRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorSessionRequestBodyBuilder {
    traffic_mirror_session: Option<CreateTrafficMirrorSessionOption>,
}

impl CreateTrafficMirrorSessionRequestBodyBuilder {
    /// Traffic mirror session to create.
    pub fn traffic_mirror_session(
        mut self,
        value: impl Into<CreateTrafficMirrorSessionOption>,
    ) -> Self {
        self.traffic_mirror_session = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<CreateTrafficMirrorSessionRequestBody, crate::runtime::error::BuildError>
    {
        let mut missing = Vec::new();
        if self.traffic_mirror_session.is_none() {
            missing.push("traffic_mirror_session");
        }

        let (Some(traffic_mirror_session),) = (self.traffic_mirror_session,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorSessionRequestBody",
                missing,
            });
        };

        Ok(CreateTrafficMirrorSessionRequestBody { traffic_mirror_session })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorSessionRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_session;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_session");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
