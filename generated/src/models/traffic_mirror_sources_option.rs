//! `TrafficMirrorSourcesOption`, generated from `#/components/schemas/TrafficMirrorSourcesOption`.

/// Traffic mirror sources to disassociate from a traffic mirror session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorSourcesOption {
    /// Traffic mirror source IDs.
    #[serde(default)]
    pub traffic_mirror_sources: Vec<String>,
}

impl TrafficMirrorSourcesOption {
    /// Starts a [`TrafficMirrorSourcesOptionBuilder`].
    pub fn builder() -> TrafficMirrorSourcesOptionBuilder {
        TrafficMirrorSourcesOptionBuilder::default()
    }
}

/// Builds a [`TrafficMirrorSourcesOption`]; [`TrafficMirrorSourcesOptionBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct TrafficMirrorSourcesOptionBuilder {
    traffic_mirror_sources: Option<Vec<String>>,
}

impl TrafficMirrorSourcesOptionBuilder {
    /// Traffic mirror source IDs.
    pub fn traffic_mirror_sources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.traffic_mirror_sources = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<TrafficMirrorSourcesOption, crate::runtime::error::BuildError> {
        let mut missing = Vec::new();
        if self.traffic_mirror_sources.is_none() {
            missing.push("traffic_mirror_sources");
        }

        let (Some(traffic_mirror_sources),) = (self.traffic_mirror_sources,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "TrafficMirrorSourcesOption",
                missing,
            });
        };

        Ok(TrafficMirrorSourcesOption { traffic_mirror_sources })
    }
}

impl crate::runtime::validate::Validate for TrafficMirrorSourcesOption {
    fn validate_into(
        &self,
        _path: &str,
        _out: &mut crate::runtime::validate::Violations,
    ) {
    }
}
