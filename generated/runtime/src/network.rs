//! The HTTP client underneath a transport: proxy, extra root certificates,
//! or the user's own `reqwest::Client`. Configuration fills it; the
//! transport builds its connection pool from it.

use std::fmt;
use std::time::Duration;

use super::credentials::Secret;
use super::error::Error;

/// Where requests go through, and whom to trust: an explicit proxy, extra
/// root certificates, or a whole `reqwest::Client` chosen by the user.
#[derive(Clone, Default)]
pub struct NetworkSettings {
    pub(super) proxy: Option<Secret>,
    pub(super) no_proxy: Option<String>,
    pub(super) root_certificates: Vec<Vec<u8>>,
    pub(super) http_client: Option<reqwest::Client>,
}

impl fmt::Debug for NetworkSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NetworkSettings")
            .field(
                "proxy",
                &self.proxy.as_ref().map(|p| redact_url(p.expose())),
            )
            .field("no_proxy", &self.no_proxy)
            .field("root_certificates", &self.root_certificates.len())
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl NetworkSettings {
    /// The HTTP client: the user's own, or one built with the timeouts, the
    /// proxy (else `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` from the
    /// environment) and the extra root certificates.
    pub fn http_client(
        &self,
        connect_timeout: Duration,
        timeout: Duration,
        user_agent: &str,
    ) -> Result<reqwest::Client, Error> {
        if let Some(client) = &self.http_client {
            return Ok(client.clone());
        }
        super::tls::ensure_crypto_provider();
        let mut builder = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .timeout(timeout)
            .user_agent(user_agent);
        if let Some(proxy) = &self.proxy {
            builder = builder.proxy(self.proxy(proxy.expose())?);
        }
        let mut certificates = Vec::with_capacity(self.root_certificates.len());
        for (index, pem) in self.root_certificates.iter().enumerate() {
            let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| {
                Error::config(format!(
                    "root certificate #{} is not a PEM certificate: {e}",
                    index + 1
                ))
            })?;
            if certs.is_empty() {
                return Err(Error::config(format!(
                    "root certificate #{} holds no PEM certificate",
                    index + 1
                )));
            }
            certificates.extend(certs);
        }
        if !certificates.is_empty() {
            builder = builder.tls_certs_merge(certificates);
        }
        builder
            .build()
            .map_err(|e| Error::config(format!("cannot create the HTTP client: {e}")))
    }

    fn proxy(&self, url: &str) -> Result<reqwest::Proxy, Error> {
        let shown = redact_url(url);
        let parsed = reqwest::Url::parse(url)
            .map_err(|_| Error::config(format!("the proxy `{shown}` is not a valid URL")))?;
        if !matches!(parsed.scheme(), "http" | "https" | "socks5" | "socks5h") {
            return Err(Error::config(format!(
                "the proxy `{shown}` must start with http://, https://, socks5:// or socks5h://"
            )));
        }
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(Error::config(format!("the proxy `{shown}` has no host")));
        }
        // Only the URL's own text is kept in the proxy, so reqwest's
        // messages cannot show the password either way.
        let proxy = reqwest::Proxy::all(url)
            .map_err(|_| Error::config(format!("the proxy `{shown}` is not usable")))?;
        let no_proxy = match &self.no_proxy {
            Some(list) => reqwest::NoProxy::from_string(list),
            None => reqwest::NoProxy::from_env(),
        };
        Ok(proxy.no_proxy(no_proxy))
    }
}

/// `url` with any password replaced by `<redacted>`, for messages and
/// `Debug`.
pub fn redact_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("<redacted>"));
                parsed.as_str().replace("%3Credacted%3E", "<redacted>")
            } else {
                parsed.as_str().to_owned()
            }
        }
        // Unparseable: the password cannot be located, so show nothing of it.
        Err(_) if url.contains('@') => "<redacted>".to_owned(),
        Err(_) => url.to_owned(),
    }
}
