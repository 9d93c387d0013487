//! AK/SK credentials and where the official SDKs of a service signing with
//! SDK-HMAC-SHA256 find them (explicit, environment, credentials file,
//! metadata service), the signing itself, project id discovery through IAM,
//! the project id and security token headers, and advice when the API
//! gateway refuses a signature.
//!
//! Every name a deployment chooses (environment variables, the credentials
//! file, header names, IAM and metadata endpoints) comes from the crate's
//! [`Profile`](crate::huawei::Profile), which the generator emits from the
//! spec; only the algorithm is written here. (The link is written from the
//! crate root: rustdoc reads this text together with the declaration's own
//! docs, in the declaring module's scope.)
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
#[path = "huawei_profile.rs"]
pub mod profile;
#[path = "huawei_signing.rs"]
pub mod signing;

use std::any::Any;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::config::{AuthPlugin, AuthScheme, BuildView, ClientBuilder, ServiceInfo};
use super::credentials::CallAuth;
use super::error::Error;

pub use chain::{CredentialChain, Lookup, Skipped};
pub use profile::Profile;

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

    /// Marks the credentials as temporary; the token is sent (and signed) in
    /// the profile's security token header.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(token.into());
        self
    }

    /// The project the credentials act in (sent in the profile's project id
    /// header). Without one, the client looks it up through IAM.
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

    /// Reads the environment variables the `service`'s profile names for the
    /// access key, secret key, project id and security token (for a
    /// generated crate: `Credentials::from_env(&SERVICE)`).
    pub fn from_env(service: &ServiceInfo) -> Result<Self, Error> {
        Self::from_lookup(service, |name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`] but reading through `lookup`, so tests
    /// need not touch the process environment. Empty values count as unset.
    pub fn from_lookup(
        service: &ServiceInfo,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, Error> {
        let profile = profile_of(service).ok_or_else(|| {
            Error::config(format!(
                "the {} service does not sign with SDK-HMAC-SHA256",
                service.name
            ))
        })?;
        chain::from_environment(profile, &lookup).map_err(Error::config)
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

/// AK/SK signing with SDK-HMAC-SHA256 and the official SDKs' credential
/// chain, with the names of one deployment. A generated crate's `service.rs`
/// holds one in a `static` and lists it in `SERVICE.auth` as
/// `AuthScheme::Custom`.
#[derive(Debug)]
pub struct SdkHmacSha256 {
    profile: &'static Profile,
}

impl SdkHmacSha256 {
    /// The scheme for the deployment `profile` describes.
    pub const fn new(profile: &'static Profile) -> Self {
        SdkHmacSha256 { profile }
    }

    /// The deployment's names.
    pub fn profile(&self) -> &'static Profile {
        self.profile
    }
}

impl AuthPlugin for SdkHmacSha256 {
    fn how_to_configure(&self) -> String {
        let p = self.profile;
        format!(
            "AK/SK credentials (ClientBuilder::credentials(..), {} and {}, {}, or an agency \
             through the metadata service)",
            profile::either(p.environment.access_key),
            profile::either(p.environment.secret_key),
            p.credentials_file.path
        )
    }

    fn build(&self, view: &BuildView<'_>) -> Result<Option<Arc<dyn CallAuth>>, Error> {
        let settings = view.extensions.get::<Settings>();
        let default = Settings::default();
        let auth = auth::HuaweiAuth::new(self.profile, settings.unwrap_or(&default), view.region)?;
        Ok(Some(Arc::new(auth)))
    }

    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}

/// The profile of the service's SDK-HMAC-SHA256 scheme, if it has one.
pub fn profile_of(service: &ServiceInfo) -> Option<&'static Profile> {
    service.auth.iter().find_map(|scheme| match scheme {
        AuthScheme::Custom(plugin) => plugin
            .as_any()
            .and_then(|any| any.downcast_ref::<SdkHmacSha256>())
            .map(SdkHmacSha256::profile),
        _ => None,
    })
}

/// Authentication with fixed credentials, for a hand-built
/// [`Transport`](super::transport::Transport): the project is the
/// credentials', else the client's project id value, else discovered
/// through IAM for `region`.
pub fn call_auth(
    profile: &'static Profile,
    credentials: Credentials,
    region: Option<&str>,
) -> Arc<dyn CallAuth> {
    Arc::new(auth::HuaweiAuth::fixed(profile, credentials, region))
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

/// SDK-HMAC-SHA256 settings of the client builder.
impl<C> ClientBuilder<C> {
    fn huawei(&mut self) -> &mut Settings {
        self.extensions_mut().get_or_default::<Settings>()
    }

    /// The credentials to sign with. Without them, the client looks in the
    /// environment, then the credentials file, then the metadata service.
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

    /// The IAM endpoint for project id discovery, overriding the profile's
    /// environment variable and the region's.
    pub fn iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.huawei().iam_endpoint = Some(endpoint.into());
        self
    }

    /// The metadata service (default: the profile's), for tests and unusual
    /// networks.
    pub fn metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.huawei().metadata_endpoint = Some(endpoint.into());
        self
    }

    /// The credentials file, overriding the profile's environment variable
    /// and default path.
    pub fn credentials_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.huawei().credentials_file = Some(path.into());
        self
    }

    /// Takes the region from the profile's region variable when set.
    /// Credentials and project come from the credential chain (which reads
    /// the environment first) unless given explicitly.
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
        let region = profile_of(self.service())
            .and_then(|profile| profile::first_set(profile.environment.region, &lookup));
        self.huawei().lookup = Some(Arc::new(lookup));
        Ok(match region {
            Some(region) => self.region(region.trim()),
            None => self,
        })
    }
}
