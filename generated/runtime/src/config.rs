//! Client configuration: which service, where it lives, and the values every
//! request of a client shares.
//!
//! All checks (region known, endpoint well-formed, credentials present,
//! proxy and certificates readable) happen in [`ClientBuilder::build`], so a
//! client that exists is usable.
//!
//! Vendor authentication modules keep their settings in the builder's
//! [`Extensions`] and plug in through [`AuthScheme::Custom`].

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::credentials::{CallAuth, Secret};
use super::error::Error;
use super::network::NetworkSettings;
use super::retry::RetryConfig;
use super::transport::{Authenticator, Transport, TransportSettings};

// Where these lived before they became leaves of their own; configuration
// is where users look for them.
pub use super::context::RequestContext;
pub use super::credentials::SecretLocation;

/// One way a service accepts requests to be authenticated (a security
/// scheme of the spec). A client applies every scheme it has a credential
/// for, so alternatives and combinations both work.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AuthScheme {
    /// A scheme implemented by a module of its own (request signing with
    /// credentials it finds itself).
    Custom(&'static dyn AuthPlugin),
    /// An API key ([`ClientBuilder::api_key`]) sent as the named header,
    /// query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: SecretLocation,
        /// The header, parameter or cookie name.
        name: &'static str,
    },
    /// `Authorization: Bearer <token>` ([`ClientBuilder::bearer_token`]);
    /// also how OAuth 2 and OpenID Connect tokens are sent.
    Bearer,
    /// `Authorization: Basic <user:password>` ([`ClientBuilder::basic_auth`]).
    Basic,
}

/// A module that authenticates requests its own way (see
/// [`AuthScheme::Custom`]).
pub trait AuthPlugin: Sync + fmt::Debug {
    /// How a user configures it, for the error when nothing is configured.
    fn how_to_configure(&self) -> String;

    /// The per-client authentication, from the builder's settings, or `None`
    /// when this scheme is not configured.
    fn build(&self, view: &BuildView<'_>) -> Result<Option<Arc<dyn CallAuth>>, Error>;

    /// The plugin itself, so that its module can find it (and what it was
    /// built with) in a [`ServiceInfo`]; `None` when it need not be found.
    fn as_any(&self) -> Option<&dyn Any> {
        None
    }
}

/// What an [`AuthPlugin`] may read of the builder.
#[derive(Debug)]
pub struct BuildView<'a> {
    /// The service being configured.
    pub service: &'static ServiceInfo,
    /// The configured region, else the service's default.
    pub region: Option<&'a str>,
    /// Settings that modules stored in the builder.
    pub extensions: &'a Extensions,
}

/// Settings stored in a [`ClientBuilder`] by modules that extend it, one
/// value per type.
#[derive(Debug, Default)]
pub struct Extensions(Vec<Box<dyn Extension>>);

/// A value [`Extensions`] can hold.
pub trait Extension: Any + Send + Sync + fmt::Debug {
    /// Upcast for downcasting.
    fn as_any(&self) -> &dyn Any;
    /// Upcast for downcasting.
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

impl<T: Any + Send + Sync + fmt::Debug> Extension for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

impl Extensions {
    /// The stored value of type `T`, if any.
    pub fn get<T: 'static>(&self) -> Option<&T> {
        self.0.iter().find_map(|e| (**e).as_any().downcast_ref())
    }

    /// The stored value of type `T`, stored first as `T::default()`.
    pub fn get_or_default<T: Extension + Default>(&mut self) -> &mut T {
        let index = match self.0.iter().position(|e| (**e).as_any().is::<T>()) {
            Some(index) => index,
            None => {
                self.0.push(Box::new(T::default()));
                self.0.len() - 1
            }
        };
        match (*self.0[index]).as_any_mut().downcast_mut() {
            Some(value) => value,
            // The position was found by type, so the downcast succeeds.
            None => unreachable!("extension type checked above"),
        }
    }
}

/// Static facts about one service, emitted by the generator.
#[derive(Debug)]
pub struct ServiceInfo {
    /// Service name, e.g. `vpc`.
    pub name: &'static str,
    /// API version, e.g. `v3`.
    pub version: &'static str,
    /// Endpoint template, e.g. `https://api.{region}.example.com`.
    pub url_template: &'static str,
    /// The template variable holding the region, if any.
    pub region_variable: Option<&'static str>,
    /// Known regions; empty means "any".
    pub regions: &'static [&'static str],
    /// Region used when none is configured.
    pub default_region: Option<&'static str>,
    /// Prefix of the per-region endpoint override variable; the region is
    /// appended upper-cased with `-` as `_`.
    pub endpoint_env_prefix: Option<&'static str>,
    /// The ways requests can be authenticated; empty when the API needs none.
    pub auth: &'static [AuthScheme],
    /// Whether requests may also go unauthenticated (the spec lists an empty
    /// security requirement).
    pub auth_optional: bool,
}

/// Configures and builds a client `C`.
pub struct ClientBuilder<C> {
    service: &'static ServiceInfo,
    region: Option<String>,
    endpoint: Option<String>,
    api_key: Option<Secret>,
    bearer_token: Option<Secret>,
    basic_auth: Option<(String, Secret)>,
    extensions: Extensions,
    network: NetworkSettings,
    values: Vec<(String, String)>,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryConfig,
    validate: bool,
    user_agent: Option<String>,
    _client: PhantomData<fn() -> C>,
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("service", &self.service.name)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("api_key", &self.api_key)
            .field("bearer_token", &self.bearer_token)
            .field("basic_auth", &self.basic_auth)
            .field("extensions", &self.extensions)
            .field("network", &self.network)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("validate", &self.validate)
            .finish_non_exhaustive()
    }
}

impl<C> ClientBuilder<C> {
    /// A builder with the defaults: 10 s connect timeout, 60 s per attempt,
    /// 3 attempts, validation on.
    pub fn new(service: &'static ServiceInfo) -> Self {
        ClientBuilder {
            service,
            region: None,
            endpoint: None,
            api_key: None,
            bearer_token: None,
            basic_auth: None,
            extensions: Extensions::default(),
            network: NetworkSettings::default(),
            values: Vec::new(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            retry: RetryConfig::default(),
            validate: true,
            user_agent: None,
            _client: PhantomData,
        }
    }

    /// The region, e.g. `cn-north-4`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// An explicit endpoint (any `http://` or `https://` URL), overriding the
    /// region's. Checked at build.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The service being configured.
    pub fn service(&self) -> &'static ServiceInfo {
        self.service
    }

    /// The region configured so far, if any.
    pub fn configured_region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Settings of modules that extend the builder.
    pub fn extensions(&self) -> &Extensions {
        &self.extensions
    }

    /// Settings of modules that extend the builder, for changing.
    pub fn extensions_mut(&mut self) -> &mut Extensions {
        &mut self.extensions
    }

    /// Sends every request through this proxy (`http://`, `https://`,
    /// `socks5://`; `http://user:password@host:port` for one that needs
    /// credentials, which are kept out of logs and messages). Without it, the
    /// `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` variables apply.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.network.proxy = Some(Secret::new(url.into()));
        self
    }

    /// Hosts reached without the explicit proxy, in `NO_PROXY` syntax
    /// (`localhost,.internal.example,10.0.0.0/8`); defaults to `NO_PROXY`.
    pub fn no_proxy(mut self, hosts: impl Into<String>) -> Self {
        self.network.no_proxy = Some(hosts.into());
        self
    }

    /// Trusts the PEM certificate(s) in `pem` as roots, besides the built-in
    /// ones (for a TLS-inspecting proxy or a private endpoint). Checked at
    /// build.
    pub fn root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.network.root_certificates.push(pem.into());
        self
    }

    /// Sends through this `reqwest::Client` as it is configured (proxy, TLS,
    /// timeouts, pool): the builder's timeouts, proxy and certificates are then
    /// not applied.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.network.http_client = Some(client);
        self
    }

    /// The API key, for services with an API-key scheme.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The bearer token, for services with a bearer, OAuth 2 or OpenID
    /// Connect scheme.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.bearer_token = Some(token.into());
        self
    }

    /// The user and password, for services with HTTP basic authentication.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.basic_auth = Some((user.into(), password.into()));
        self
    }

    /// Sets any other client value that paths refer to.
    pub fn value(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values.push((name.to_owned(), value.into()));
        self
    }

    /// Time allowed to establish a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed for one whole attempt (connect, send, receive).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The retry policy.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Whether requests are checked against the documented constraints
    /// before sending (default on).
    pub fn validate_requests(mut self, enabled: bool) -> Self {
        self.validate = enabled;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Checks the configuration and builds the client. The endpoint is the
    /// explicit one, else `{endpoint_env_prefix}{REGION}` from the
    /// environment, else the template with the region filled in.
    pub fn build(self) -> Result<C, Error>
    where
        C: From<Transport>,
    {
        let endpoint = resolve_endpoint(
            self.service,
            self.region.as_deref(),
            self.endpoint.as_deref(),
            |name| std::env::var(name).ok(),
        )?;
        let auth = self.authenticators()?;
        let mut context = RequestContext::new().with_validation(self.validate);
        for (name, value) in self.values {
            context = context.with_value(&name, value);
        }
        let user_agent = self.user_agent.unwrap_or_else(|| {
            // The crate's own name and version: in a generated crate, that is
            // the client, which is what a server operator wants to see.
            format!(
                "{}/{} (rust; api {})",
                env!("CARGO_PKG_NAME"),
                env!("CARGO_PKG_VERSION"),
                self.service.version
            )
        });
        for authenticator in &auth {
            if let Authenticator::Custom(custom) = authenticator {
                for (name, value) in custom.known_values() {
                    if context.get(&name).is_none() {
                        context = context.with_value(&name, value);
                    }
                }
            }
        }
        let transport = Transport::new(TransportSettings {
            endpoint,
            auth,
            context,
            connect_timeout: self.connect_timeout,
            timeout: self.timeout,
            retry: self.retry,
            user_agent,
            network: self.network,
        })?;
        Ok(C::from(transport))
    }
}

impl<C> ClientBuilder<C> {
    /// Pairs each of the service's schemes with its configured credential.
    /// Fails when the service needs authentication and none is configured.
    fn authenticators(&self) -> Result<Vec<Authenticator>, Error> {
        let mut out = Vec::new();
        for scheme in self.service.auth {
            let applied = match *scheme {
                AuthScheme::Custom(plugin) => {
                    let region = self
                        .region
                        .as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .or(self.service.default_region);
                    plugin
                        .build(&BuildView {
                            service: self.service,
                            region,
                            extensions: &self.extensions,
                        })?
                        .map(Authenticator::Custom)
                }
                AuthScheme::ApiKey { location, name } => {
                    self.api_key.clone().map(|value| Authenticator::Secret {
                        location,
                        name: name.to_owned(),
                        value,
                    })
                }
                AuthScheme::Bearer => self
                    .bearer_token
                    .as_ref()
                    .map(|token| authorization(format!("Bearer {}", token.expose()))),
                AuthScheme::Basic => self.basic_auth.as_ref().map(|(user, password)| {
                    use base64::Engine as _;
                    let pair = format!("{user}:{}", password.expose());
                    authorization(format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    ))
                }),
            };
            out.extend(applied);
        }
        if out.is_empty() && !self.service.auth.is_empty() && !self.service.auth_optional {
            let ways: Vec<String> = self
                .service
                .auth
                .iter()
                .map(|scheme| match scheme {
                    AuthScheme::Custom(plugin) => plugin.how_to_configure(),
                    AuthScheme::ApiKey { .. } => "an API key (ClientBuilder::api_key(..))".into(),
                    AuthScheme::Bearer => "a bearer token (ClientBuilder::bearer_token(..))".into(),
                    AuthScheme::Basic => {
                        "a user and password (ClientBuilder::basic_auth(..))".into()
                    }
                })
                .collect();
            return Err(Error::config(format!(
                "the {} service needs {}",
                self.service.name,
                ways.join(", or ")
            )));
        }
        Ok(out)
    }
}

/// An `Authorization` header carrying `value`.
fn authorization(value: String) -> Authenticator {
    Authenticator::Secret {
        location: SecretLocation::Header,
        name: "Authorization".to_owned(),
        value: Secret::new(value),
    }
}

/// The environment variable that overrides `region`'s endpoint, if the
/// service has a prefix: `{prefix}EU_WEST_1` for region `eu-west-1`.
pub fn endpoint_env_var(service: &ServiceInfo, region: &str) -> Option<String> {
    service
        .endpoint_env_prefix
        .map(|prefix| format!("{prefix}{}", region.to_ascii_uppercase().replace('-', "_")))
}

/// Resolves and checks the endpoint: `explicit` > environment override for
/// the region > template. Returns the base URL without a trailing `/`.
///
/// An explicit endpoint or an environment override also admits regions the
/// service does not list (private deployments); otherwise the region must be
/// known.
pub fn resolve_endpoint(
    service: &ServiceInfo,
    region: Option<&str>,
    explicit: Option<&str>,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<String, Error> {
    if let Some(explicit) = explicit {
        return check_endpoint(explicit, "the explicit endpoint");
    }
    let region = region.map(str::trim).filter(|r| !r.is_empty());
    let region = match (region, service.default_region) {
        (Some(r), _) => Some(r),
        (None, Some(d)) => Some(d),
        (None, None) => None,
    };
    if let Some(region) = region {
        let overridden = endpoint_env_var(service, region).and_then(|var| {
            lookup(&var)
                .filter(|v| !v.trim().is_empty())
                .map(|url| (var, url))
        });
        if let Some((var, url)) = overridden {
            return check_endpoint(url.trim(), &var);
        }
        if !service.regions.is_empty() && !service.regions.contains(&region) {
            return Err(Error::config(format!(
                "unknown region `{region}` for the {} service; known regions: {}",
                service.name,
                service.regions.join(", ")
            )));
        }
    }
    let url = match (service.region_variable, region) {
        (Some(var), Some(region)) => service.url_template.replace(&format!("{{{var}}}"), region),
        (Some(_), None) => {
            return Err(Error::config(format!(
                "no region configured for the {} service: call ClientBuilder::region(..) \
                 or give an explicit endpoint; known regions: {}",
                service.name,
                service.regions.join(", ")
            )));
        }
        (None, _) => service.url_template.to_owned(),
    };
    check_endpoint(&url, "the endpoint template")
}

fn check_endpoint(url: &str, origin: &str) -> Result<String, Error> {
    let parsed = reqwest::Url::parse(url.trim())
        .map_err(|e| Error::config(format!("{origin} `{url}` is not a valid URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::config(format!(
            "{origin} `{url}` must start with http:// or https://"
        )));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(Error::config(format!("{origin} `{url}` has no host")));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::config(format!(
            "{origin} `{url}` must not have a query or fragment"
        )));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::config(format!(
            "{origin} must not contain user information"
        )));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}
