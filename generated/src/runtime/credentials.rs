//! Credentials (AK/SK pairs, and secrets such as API keys and tokens) and
//! where to find them.
//!
//! The secret key and security token never leave this module except into the
//! signer: `Debug` redacts them and no error message mentions their values.

use std::fmt;

use super::error::Error;

/// Environment variables for the access key, in order of preference.
pub const ENV_AK: [&str; 2] = ["HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK"];
/// Environment variables for the secret key, in order of preference.
pub const ENV_SK: [&str; 2] = ["HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK"];
/// Environment variable for the project id.
pub const ENV_PROJECT_ID: &str = "HUAWEICLOUD_SDK_PROJECT_ID";
/// Environment variable for a temporary credential's security token.
pub const ENV_SECURITY_TOKEN: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

/// An access key / secret key pair, optionally temporary (with a security
/// token) and bound to a project.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key: String,
    secret_key: String,
    security_token: Option<String>,
    project_id: Option<String>,
}

impl Credentials {
    /// Permanent credentials.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credentials {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: None,
            project_id: None,
        }
    }

    /// Marks the credentials as temporary; the token is sent (and signed) as
    /// `X-Security-Token`.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(token.into());
        self
    }

    /// The project the credentials act in (sent as `X-Project-Id`).
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// The access key id (not secret; it appears in `Authorization`).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret key. Only the signer should need it.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The security token of temporary credentials.
    pub fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref()
    }

    /// The project id, if bound to one.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// Reads the official SDKs' environment variables: `HUAWEICLOUD_SDK_AK`
    /// (or `CLOUD_SDK_AK`), `HUAWEICLOUD_SDK_SK` (or `CLOUD_SDK_SK`),
    /// `HUAWEICLOUD_SDK_PROJECT_ID` and `HUAWEICLOUD_SDK_SECURITY_TOKEN`.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`] but reading through `lookup`, so tests
    /// need not touch the process environment. Empty values count as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let first = |names: &[&str]| names.iter().find_map(|n| get(n));
        let ak = first(&ENV_AK);
        let sk = first(&ENV_SK);
        let (ak, sk) = match (ak, sk) {
            (Some(ak), Some(sk)) => (ak, sk),
            (ak, _) => {
                let missing = if ak.is_none() { ENV_AK } else { ENV_SK };
                return Err(Error::config(format!(
                    "no {} in the environment: set {} or {}",
                    if ak.is_none() {
                        "access key"
                    } else {
                        "secret key"
                    },
                    missing[0],
                    missing[1]
                )));
            }
        };
        let mut creds = Credentials::new(ak, sk);
        creds.project_id = get(ENV_PROJECT_ID);
        creds.security_token = get(ENV_SECURITY_TOKEN);
        Ok(creds)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .field("project_id", &self.project_id)
            .finish()
    }
}

/// A secret string (API key, bearer token, password). `Debug` redacts it,
/// and it reaches the network only through [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Into<String>> From<T> for Secret {
    fn from(value: T) -> Self {
        Secret(value.into())
    }
}
