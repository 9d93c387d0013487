//! Everything specific to Huawei Cloud: AK/SK credentials and where the
//! official SDKs find them (explicit, environment, credentials file, ECS
//! metadata), SDK-HMAC-SHA256 signing, project id discovery through IAM, the
//! `X-Project-Id` and `X-Security-Token` headers, and advice when the API
//! gateway refuses a signature.
//!
//! The generator copies this module (the `huawei*.rs` files) only into crates
//! whose spec names the SDK-HMAC-SHA256 scheme; the rest of the runtime knows
//! nothing of it and reaches it through `config::AuthScheme::Custom` and
//! `credentials::CallAuth`.

#[path = "huawei_auth.rs"]
mod auth;
#[path = "huawei_chain.rs"]
pub mod chain;
#[path = "huawei_iam.rs"]
pub mod iam;
#[path = "huawei_metadata.rs"]
pub mod metadata;
#[path = "huawei_signing.rs"]
pub mod signing;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::config::{AuthPlugin, BuildView, ClientBuilder};
use super::credentials::CallAuth;
use super::error::Error;

pub use chain::{CredentialChain, Lookup, Skipped};

/// Environment variables for the access key, in order of preference.
pub const ENV_AK: [&str; 2] = ["HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK"];
/// Environment variables for the secret key, in order of preference.
pub const ENV_SK: [&str; 2] = ["HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK"];
/// Environment variable for the project id.
pub const ENV_PROJECT_ID: &str = "HUAWEICLOUD_SDK_PROJECT_ID";
/// Environment variable for a temporary credential's security token.
pub const ENV_SECURITY_TOKEN: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
/// Environment variable naming the default region.
pub const ENV_REGION: &str = "HUAWEICLOUD_SDK_REGION";
/// Environment variable overriding the IAM endpoint used to look up project ids.
pub const ENV_IAM_ENDPOINT: &str = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
/// Environment variable naming the credentials file.
pub const ENV_CREDENTIALS_FILE: &str = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
/// The client value holding the project id (many paths contain it).
pub const PROJECT_ID: &str = "project_id";
/// The header that carries the project id on every request.
pub const PROJECT_HEADER: &str = "X-Project-Id";
/// The header that carries a temporary credential's security token.
pub const SECURITY_TOKEN_HEADER: &str = "X-Security-Token";

/// An access key / secret key pair, optionally temporary (with a security
/// token) and bound to a project.
///
/// The secret key and security token never leave this module except into the
/// signer: `Debug` redacts them and no error message mentions their values.
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

    /// The project the credentials act in (sent as `X-Project-Id`). Without
    /// one, the client looks it up through IAM.
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
        chain::from_environment(&lookup).map_err(Error::config)
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

/// The SDK-HMAC-SHA256 scheme, as a generated crate's `SERVICE` lists it.
pub static SDK_HMAC_SHA256: SdkHmacSha256 = SdkHmacSha256;

/// AK/SK signing with SDK-HMAC-SHA256 and the official SDKs' credential
/// chain; see [`SDK_HMAC_SHA256`].
#[derive(Debug)]
pub struct SdkHmacSha256;

impl AuthPlugin for SdkHmacSha256 {
    fn how_to_configure(&self) -> &'static str {
        "AK/SK credentials (ClientBuilder::credentials(..), HUAWEICLOUD_SDK_AK and \
         HUAWEICLOUD_SDK_SK, ~/.huaweicloud/credentials, or an ECS agency)"
    }

    fn build(&self, view: &BuildView<'_>) -> Result<Option<Arc<dyn CallAuth>>, Error> {
        let settings = view.extensions.get::<Settings>();
        let default = Settings::default();
        let auth = auth::HuaweiAuth::new(settings.unwrap_or(&default), view.region)?;
        Ok(Some(Arc::new(auth)))
    }
}

/// Authentication with fixed credentials, for a hand-built
/// [`Transport`](super::transport::Transport): the project is the
/// credentials', else the client's `project_id` value, else discovered
/// through IAM for `region`.
pub fn call_auth(credentials: Credentials, region: Option<&str>) -> Arc<dyn CallAuth> {
    Arc::new(auth::HuaweiAuth::fixed(credentials, region))
}

/// What a [`ClientBuilder`] holds for this module.
#[derive(Default)]
pub struct Settings {
    credentials: Option<Credentials>,
    project_id: Option<String>,
    iam_endpoint: Option<String>,
    metadata_endpoint: Option<String>,
    credentials_file: Option<PathBuf>,
    lookup: Option<Lookup>,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HuaweiSettings")
            .field("credentials", &self.credentials)
            .field("project_id", &self.project_id)
            .field("iam_endpoint", &self.iam_endpoint)
            .field("metadata_endpoint", &self.metadata_endpoint)
            .field("credentials_file", &self.credentials_file)
            .field("custom_lookup", &self.lookup.is_some())
            .finish()
    }
}

impl Settings {
    fn lookup(&self) -> Lookup {
        self.lookup
            .clone()
            .unwrap_or_else(|| Arc::new(|name: &str| std::env::var(name).ok()))
    }
}

/// Huawei Cloud settings of the client builder.
impl<C> ClientBuilder<C> {
    fn huawei(&mut self) -> &mut Settings {
        self.extensions_mut().get_or_default::<Settings>()
    }

    /// The credentials to sign with. Without them, the client looks in the
    /// environment, then the credentials file, then the ECS metadata service.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.huawei().credentials = Some(credentials);
        self
    }

    /// The project id, overriding the credentials' one. Without any, the
    /// client looks it up through IAM (once per access key and region).
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.huawei().project_id = Some(project_id.into());
        self
    }

    /// The IAM endpoint for project id discovery, overriding
    /// `HUAWEICLOUD_SDK_IAM_ENDPOINT` and the region's.
    pub fn iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.huawei().iam_endpoint = Some(endpoint.into());
        self
    }

    /// The ECS metadata service (default `http://169.254.169.254`), for
    /// tests and unusual networks.
    pub fn metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.huawei().metadata_endpoint = Some(endpoint.into());
        self
    }

    /// The credentials file, overriding `HUAWEICLOUD_SDK_CREDENTIALS_FILE` and
    /// `~/.huaweicloud/credentials`.
    pub fn credentials_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.huawei().credentials_file = Some(path.into());
        self
    }

    /// Takes the region from `HUAWEICLOUD_SDK_REGION` when set. Credentials
    /// and project come from the credential chain (which reads the
    /// environment first) unless given explicitly.
    pub fn from_env(self) -> Result<Self, Error> {
        self.from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading every variable (the chain's
    /// too) through `lookup`, so tests need not touch the process
    /// environment.
    pub fn from_lookup(
        mut self,
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Result<Self, Error> {
        let region = lookup(ENV_REGION).filter(|r| !r.trim().is_empty());
        self.huawei().lookup = Some(Arc::new(lookup));
        Ok(match region {
            Some(region) => self.region(region.trim()),
            None => self,
        })
    }
}
