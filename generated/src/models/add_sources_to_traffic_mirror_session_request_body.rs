//! `AddSourcesToTrafficMirrorSessionRequestBody`, generated from `#/components/schemas/AddSourcesToTrafficMirrorSessionRequestBody`.

use super::AddTrafficMirrorSourcesOption;

/// Request body of AddSourcesToTrafficMirrorSession.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddSourcesToTrafficMirrorSessionRequestBody {
    /// Traffic mirror sources to associate with a traffic mirror session.
    pub traffic_mirror_session: AddTrafficMirrorSourcesOption,
}

impl AddSourcesToTrafficMirrorSessionRequestBody {
    /// Traffic mirror sources to associate with a traffic mirror session.
    pub fn traffic_mirror_session(&self) -> &AddTrafficMirrorSourcesOption {
        &self.traffic_mirror_session
    }

    /// Starts a [`AddSourcesToTrafficMirrorSessionRequestBodyBuilder`].
    pub fn builder() -> AddSourcesToTrafficMirrorSessionRequestBodyBuilder {
        AddSourcesToTrafficMirrorSessionRequestBodyBuilder::default()
    }
}

/// Builds a [`AddSourcesToTrafficMirrorSessionRequestBody`]; [`AddSourcesToTrafficMirrorSessionRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct AddSourcesToTrafficMirrorSessionRequestBodyBuilder {
    traffic_mirror_session: Option<AddTrafficMirrorSourcesOption>,
}

impl AddSourcesToTrafficMirrorSessionRequestBodyBuilder {
    /// Traffic mirror sources to associate with a traffic mirror session.
    pub fn traffic_mirror_session(
        mut self,
        value: impl Into<AddTrafficMirrorSourcesOption>,
    ) -> Self {
        self.traffic_mirror_session = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<
        AddSourcesToTrafficMirrorSessionRequestBody,
        crate::runtime::error::BuildError,
    > {
        let mut missing = Vec::new();
        if self.traffic_mirror_session.is_none() {
            missing.push("traffic_mirror_session");
        }

        let (Some(traffic_mirror_session),) = (self.traffic_mirror_session,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "AddSourcesToTrafficMirrorSessionRequestBody",
                missing,
            });
        };

        Ok(AddSourcesToTrafficMirrorSessionRequestBody { traffic_mirror_session })
    }
}

impl crate::runtime::validate::Validate for AddSourcesToTrafficMirrorSessionRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_session;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_session");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
