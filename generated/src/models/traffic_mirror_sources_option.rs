//! `TrafficMirrorSourcesOption`, generated from `#/components/schemas/TrafficMirrorSourcesOption`.

/// Traffic mirror sources to disassociate from a traffic mirror session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrafficMirrorSourcesOption {
    /// Traffic mirror source IDs.
    #[serde(default)]
    pub traffic_mirror_sources: Vec<String>,
}

impl TrafficMirrorSourcesOption {
    /// Traffic mirror source IDs.
    pub fn traffic_mirror_sources(&self) -> &[String] {
        &self.traffic_mirror_sources
    }

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
    ///
    /// Appends one item; call it again to add more.
    pub fn traffic_mirror_sources(mut self, item: impl Into<String>) -> Self {
        self.traffic_mirror_sources.get_or_insert_with(Vec::new).push(item.into());
        self
    }

    /// Replaces the whole `traffic_mirror_sources` list (`None` leaves it unset).
    pub fn set_traffic_mirror_sources(mut self, items: Option<Vec<String>>) -> Self {
        self.traffic_mirror_sources = items;
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
