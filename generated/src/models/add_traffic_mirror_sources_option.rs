//! `AddTrafficMirrorSourcesOption`, generated from `#/components/schemas/AddTrafficMirrorSourcesOption`.

/// Traffic mirror sources to associate with a traffic mirror session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddTrafficMirrorSourcesOption {
    /// IDs of the traffic mirror sources (elastic network interfaces) to add: 1 to 10, since a session has at most 10 mirror sources by default.
    #[serde(default)]
    pub traffic_mirror_sources: Vec<String>,
}

impl AddTrafficMirrorSourcesOption {
    /// IDs of the traffic mirror sources (elastic network interfaces) to add: 1 to 10, since a session has at most 10 mirror sources by default.
    pub fn traffic_mirror_sources(&self) -> &[String] {
        &self.traffic_mirror_sources
    }

    /// Starts a [`AddTrafficMirrorSourcesOptionBuilder`].
    pub fn builder() -> AddTrafficMirrorSourcesOptionBuilder {
        AddTrafficMirrorSourcesOptionBuilder::default()
    }
}

/// Builds a [`AddTrafficMirrorSourcesOption`]; [`AddTrafficMirrorSourcesOptionBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct AddTrafficMirrorSourcesOptionBuilder {
    traffic_mirror_sources: Option<Vec<String>>,
}

impl AddTrafficMirrorSourcesOptionBuilder {
    /// IDs of the traffic mirror sources (elastic network interfaces) to add: 1 to 10, since a session has at most 10 mirror sources by default.
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
    ) -> Result<AddTrafficMirrorSourcesOption, crate::runtime::error::BuildError> {
        let mut missing = Vec::new();
        if self.traffic_mirror_sources.is_none() {
            missing.push("traffic_mirror_sources");
        }

        let (Some(traffic_mirror_sources),) = (self.traffic_mirror_sources,) else {
            return Err(crate::runtime::error::BuildError {
                type_name: "AddTrafficMirrorSourcesOption",
                missing,
            });
        };

        Ok(AddTrafficMirrorSourcesOption { traffic_mirror_sources })
    }
}

impl crate::runtime::validate::Validate for AddTrafficMirrorSourcesOption {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_sources;
        let field = crate::runtime::validate::join_path(path, "traffic_mirror_sources");
        out.check_items(&field, value.len(), Some(1), Some(10));
    }
}
