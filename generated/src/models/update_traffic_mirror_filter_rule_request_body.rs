//! `UpdateTrafficMirrorFilterRuleRequestBody`, generated from `#/components/schemas/UpdateTrafficMirrorFilterRuleRequestBody`.

use super::UpdateTrafficMirrorFilterRuleOption;

/// Request body of UpdateTrafficMirrorFilterRule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateTrafficMirrorFilterRuleRequestBody {
    /// Traffic mirror filter rule fields to update; fields that are not set are left unchanged. The direction and the filter of a rule cannot be changed.
    pub traffic_mirror_filter_rule: UpdateTrafficMirrorFilterRuleOption,
}

impl UpdateTrafficMirrorFilterRuleRequestBody {
    /// Traffic mirror filter rule fields to update; fields that are not set are left unchanged.
    pub fn traffic_mirror_filter_rule(&self) -> &UpdateTrafficMirrorFilterRuleOption {
        &self.traffic_mirror_filter_rule
    }

    /// Starts a [`UpdateTrafficMirrorFilterRuleRequestBodyBuilder`].
    pub fn builder() -> UpdateTrafficMirrorFilterRuleRequestBodyBuilder {
        UpdateTrafficMirrorFilterRuleRequestBodyBuilder::default()
    }
}

/// Builds a [`UpdateTrafficMirrorFilterRuleRequestBody`]; [`UpdateTrafficMirrorFilterRuleRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct UpdateTrafficMirrorFilterRuleRequestBodyBuilder {
    traffic_mirror_filter_rule: Option<UpdateTrafficMirrorFilterRuleOption>,
}

impl UpdateTrafficMirrorFilterRuleRequestBodyBuilder {
    /// Traffic mirror filter rule fields to update; fields that are not set are left unchanged. The direction and the filter of a rule cannot be changed.
    pub fn traffic_mirror_filter_rule(
        mut self,
        value: impl Into<UpdateTrafficMirrorFilterRuleOption>,
    ) -> Self {
        self.traffic_mirror_filter_rule = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<
        UpdateTrafficMirrorFilterRuleRequestBody,
        crate::runtime::error::BuildError,
    > {
        let mut missing = Vec::new();
        if self.traffic_mirror_filter_rule.is_none() {
            missing.push("traffic_mirror_filter_rule");
        }

        let (Some(traffic_mirror_filter_rule),) = (self.traffic_mirror_filter_rule,)
        else {
            return Err(crate::runtime::error::BuildError {
                type_name: "UpdateTrafficMirrorFilterRuleRequestBody",
                missing,
            });
        };

        Ok(UpdateTrafficMirrorFilterRuleRequestBody { traffic_mirror_filter_rule })
    }
}

impl crate::runtime::validate::Validate for UpdateTrafficMirrorFilterRuleRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_filter_rule;
        let field =
            crate::runtime::validate::join_path(path, "traffic_mirror_filter_rule");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
