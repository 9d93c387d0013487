//! `RemoveSourcesFromTrafficMirrorSessionRequestBody`, generated from `#/components/schemas/RemoveSourcesFromTrafficMirrorSessionRequestBody`.

use super::TrafficMirrorSourcesOption;

/// Request body of RemoveSourcesFromTrafficMirrorSession.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RemoveSourcesFromTrafficMirrorSessionRequestBody {
    /// Traffic mirror sources to disassociate from a traffic mirror session.
    pub traffic_mirror_session: TrafficMirrorSourcesOption,
}

impl RemoveSourcesFromTrafficMirrorSessionRequestBody {
    /// Traffic mirror sources to disassociate from a traffic mirror session.
    pub fn traffic_mirror_session(&self) -> &TrafficMirrorSourcesOption {
        &self.traffic_mirror_session
    }

    /// Starts a [`RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder`].
    pub fn builder() -> RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder {
        RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder::default()
    }
}

/// Builds a [`RemoveSourcesFromTrafficMirrorSessionRequestBody`]; [`RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder {
    traffic_mirror_session: Option<TrafficMirrorSourcesOption>,
}

impl RemoveSourcesFromTrafficMirrorSessionRequestBodyBuilder {
    /// Traffic mirror sources to disassociate from a traffic mirror session.
    pub fn traffic_mirror_session(
        mut self,
        value: impl Into<TrafficMirrorSourcesOption>,
    ) -> Self {
        self.traffic_mirror_session = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<
        RemoveSourcesFromTrafficMirrorSessionRequestBody,
        crate::runtime::error::BuildError,
    > {
        let mut missing = Vec::new();
        if self.traffic_mirror_session.is_none() {
            missing.push("traffic_mirror_session");
        }

        let (Some(traffic_mirror_session),) = (self.traffic_mirror_session,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "RemoveSourcesFromTrafficMirrorSessionRequestBody",
                missing,
            });
        };

        Ok(RemoveSourcesFromTrafficMirrorSessionRequestBody { traffic_mirror_session })
    }
}

impl crate::runtime::validate::Validate
    for RemoveSourcesFromTrafficMirrorSessionRequestBody
{
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_session;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_session");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
