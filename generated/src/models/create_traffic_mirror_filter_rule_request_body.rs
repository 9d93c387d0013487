//! `CreateTrafficMirrorFilterRuleRequestBody`, generated from `#/components/schemas/CreateTrafficMirrorFilterRuleRequestBody`.

use super::CreateTrafficMirrorFilterRuleOption;

/// Request body of CreateTrafficMirrorFilterRule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateTrafficMirrorFilterRuleRequestBody {
    /// Traffic mirror filter rule to create.
    pub traffic_mirror_filter_rule: CreateTrafficMirrorFilterRuleOption,
}

impl CreateTrafficMirrorFilterRuleRequestBody {
    /// Traffic mirror filter rule to create.
    pub fn traffic_mirror_filter_rule(&self) -> &CreateTrafficMirrorFilterRuleOption {
        &self.traffic_mirror_filter_rule
    }

    /// Starts a [`CreateTrafficMirrorFilterRuleRequestBodyBuilder`].
    pub fn builder() -> CreateTrafficMirrorFilterRuleRequestBodyBuilder {
        CreateTrafficMirrorFilterRuleRequestBodyBuilder::default()
    }
}

/// Builds a [`CreateTrafficMirrorFilterRuleRequestBody`]; [`CreateTrafficMirrorFilterRuleRequestBodyBuilder::build`] names every required field left unset.
#[derive(Debug, Clone, Default)]
pub struct CreateTrafficMirrorFilterRuleRequestBodyBuilder {
    traffic_mirror_filter_rule: Option<CreateTrafficMirrorFilterRuleOption>,
}

impl CreateTrafficMirrorFilterRuleRequestBodyBuilder {
    /// Traffic mirror filter rule to create.
    pub fn traffic_mirror_filter_rule(
        mut self,
        value: impl Into<CreateTrafficMirrorFilterRuleOption>,
    ) -> Self {
        self.traffic_mirror_filter_rule = Some(value.into());
        self
    }

    /// Finishes the value, or names every required field that was not set.
    pub fn build(
        self,
    ) -> Result<
        CreateTrafficMirrorFilterRuleRequestBody,
        crate::runtime::error::BuildError,
    > {
        let mut missing = Vec::new();
        if self.traffic_mirror_filter_rule.is_none() {
            missing.push("traffic_mirror_filter_rule");
        }

        let (Some(traffic_mirror_filter_rule),) = (self.traffic_mirror_filter_rule,)
        else {
            return Err(crate::runtime::error::BuildError {
                type_name: "CreateTrafficMirrorFilterRuleRequestBody",
                missing,
            });
        };

        Ok(CreateTrafficMirrorFilterRuleRequestBody { traffic_mirror_filter_rule })
    }
}

impl crate::runtime::validate::Validate for CreateTrafficMirrorFilterRuleRequestBody {
    fn validate_into(&self, path: &str, out: &mut crate::runtime::validate::Violations) {
        let value = &self.traffic_mirror_filter_rule;
        let field =
            crate::runtime::validate::join_path(path, "traffic_mirror_filter_rule");
        crate::runtime::validate::Validate::validate_into(value, &field, out);
    }
}
