//! The values every request of a client is built with: client values such
//! as a project id, and the validation switch. A leaf: operations, the
//! transport, authentication and configuration all read it, and it reads
//! none of them.

use std::collections::BTreeMap;

use super::error::Error;

/// Values shared by every request of a client (e.g. the project id that many
/// paths contain) and the validation switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestContext {
    values: BTreeMap<String, String>,
    validation: bool,
}

impl Default for RequestContext {
    fn default() -> Self {
        RequestContext {
            values: BTreeMap::new(),
            validation: true,
        }
    }
}

impl RequestContext {
    /// An empty context with validation on.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a client value.
    pub fn with_value(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values.insert(name.to_owned(), value.into());
        self
    }

    /// A client value; missing values are configuration errors that say how
    /// to provide them.
    pub fn value(&self, name: &str) -> Result<&str, Error> {
        match self.values.get(name) {
            Some(v) => Ok(v),
            None => Err(Error::config(format!(
                "no client value `{name}` configured: call ClientBuilder::value(\"{name}\", ..)"
            ))),
        }
    }

    /// A client value, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Turns local request validation on or off.
    pub fn with_validation(mut self, enabled: bool) -> Self {
        self.validation = enabled;
        self
    }

    /// Whether requests are validated before sending (default on).
    pub fn validation_enabled(&self) -> bool {
        self.validation
    }
}
