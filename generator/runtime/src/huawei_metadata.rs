//! Temporary credentials from the metadata service, for code running on a
//! cloud server with an agency: `PUT {token_path}` (with the token lifetime
//! header) for a session token, then `GET {credentials_path}` with the token
//! header; the paths, headers and address are the profile's
//! ([`Metadata`]).
//!
//! The credentials are cached and fetched again shortly before they expire;
//! concurrent calls share one fetch (they wait on the same lock).

use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use time::OffsetDateTime;

use super::super::error::Error;
use super::super::formats::Timestamp;
use super::super::tls::ensure_crypto_provider;
use super::Credentials;
use super::profile::Metadata;

/// Lifetime asked for the session token, in seconds (6 h, as the official SDKs).
pub const TOKEN_TTL_SECONDS: u32 = 6 * 60 * 60;
/// Credentials closer than this to their expiry are fetched again.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

#[derive(Default)]
struct State {
    token: Option<String>,
    credentials: Option<(Credentials, OffsetDateTime)>,
}

/// The metadata step of the credential chain.
pub struct MetadataProvider {
    names: &'static Metadata,
    endpoint: String,
    http: reqwest::Client,
    refresh_margin: Duration,
    state: tokio::sync::Mutex<State>,
}

impl fmt::Debug for MetadataProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetadataProvider")
            .field("endpoint", &self.endpoint)
            .field("refresh_margin", &self.refresh_margin)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct SecurityKey {
    credential: Option<TemporaryCredential>,
}

#[derive(Deserialize)]
struct TemporaryCredential {
    access: Option<String>,
    secret: Option<String>,
    securitytoken: Option<String>,
    expires_at: Option<String>,
}

impl MetadataProvider {
    /// A provider asking `endpoint` (default: the profile's). It talks to
    /// the link-local service directly (never through a proxy) with a 3 s
    /// timeout, as the official SDKs do.
    pub fn new(names: &'static Metadata, endpoint: Option<&str>) -> Result<Self, Error> {
        let endpoint = endpoint
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .unwrap_or(names.endpoint)
            .trim_end_matches('/')
            .to_owned();
        reqwest::Url::parse(&endpoint).map_err(|e| {
            Error::config(format!(
                "the metadata endpoint `{endpoint}` is not a URL: {e}"
            ))
        })?;
        ensure_crypto_provider();
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(3))
            .build()
            .map_err(|e| Error::config(format!("cannot create the metadata client: {e}")))?;
        Ok(MetadataProvider {
            names,
            endpoint,
            http,
            refresh_margin: REFRESH_MARGIN,
            state: tokio::sync::Mutex::new(State::default()),
        })
    }

    /// Refreshes credentials this close to their expiry (default
    /// [`REFRESH_MARGIN`]).
    pub fn with_refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// The cached credentials, fetched first when there are none or they
    /// expire within the refresh margin.
    pub async fn credentials(&self) -> Result<Credentials, Error> {
        let mut state = self.state.lock().await;
        let now = OffsetDateTime::now_utc();
        if let Some((credentials, expires_at)) = &state.credentials {
            if *expires_at - now > self.refresh_margin {
                return Ok(credentials.clone());
            }
            tracing::debug!(
                "temporary credentials from the metadata service expire soon; refreshing"
            );
        }
        let (credentials, expires_at) = self.fetch(&mut state).await?;
        state.credentials = Some((credentials.clone(), expires_at));
        Ok(credentials)
    }

    async fn fetch(&self, state: &mut State) -> Result<(Credentials, OffsetDateTime), Error> {
        if state.token.is_none() {
            state.token = self.session_token(false).await?;
        }
        let (mut status, mut body) = self.security_key(state.token.as_deref()).await?;
        // An expired session token: get a new one once, unless the answer is
        // that the server has no agency at all.
        if status == 401 && !body.contains("Cloud Service Agency") {
            state.token = self.session_token(true).await?;
            (status, body) = self.security_key(state.token.as_deref()).await?;
        }
        if !(200..300).contains(&status) {
            return Err(Error::config(format!(
                "the metadata service answered GET {} with HTTP {status}: {} \
                 (is an agency attached to this server?)",
                self.names.credentials_path,
                snippet(&body)
            )));
        }
        let parsed: SecurityKey = serde_json::from_str(&body).map_err(|e| {
            Error::config(format!(
                "the metadata service's credentials are not the documented JSON: {e}"
            ))
        })?;
        let credential = parsed.credential.ok_or_else(|| {
            Error::config("the metadata service's answer has no `credential` object")
        })?;
        let field = |value: Option<String>, name: &str| {
            value.filter(|v| !v.is_empty()).ok_or_else(|| {
                Error::config(format!("the metadata service's credential has no `{name}`"))
            })
        };
        let access = field(credential.access, "access")?;
        let secret = field(credential.secret, "secret")?;
        let token = field(credential.securitytoken, "securitytoken")?;
        let expires_text = field(credential.expires_at, "expires_at")?;
        let expires_at = Timestamp::new(expires_text.as_str())
            .offset_date_time()
            .ok_or_else(|| {
                Error::config(format!(
                    "the metadata service's `expires_at` `{expires_text}` is not an RFC 3339 time"
                ))
            })?;
        tracing::debug!(
            access_key = %access,
            expires_at = %expires_text,
            "temporary credentials from the metadata service"
        );
        Ok((
            Credentials::new(access, secret).with_security_token(token),
            expires_at,
        ))
    }

    /// A session token; `None` when the service does not issue them (404 or
    /// 405 from older metadata versions), unless `required`.
    async fn session_token(&self, required: bool) -> Result<Option<String>, Error> {
        let url = format!("{}{}", self.endpoint, self.names.token_path);
        let response = self
            .http
            .put(&url)
            .header(self.names.token_ttl_header, TOKEN_TTL_SECONDS.to_string())
            .send()
            .await
            .map_err(|e| unreachable_service(&url, &e))?;
        let status = response.status().as_u16();
        let body = response.text().await.unwrap_or_default();
        match status {
            200..=299 => Ok(Some(body.trim().to_owned())),
            404 | 405 if !required => Ok(None),
            _ => Err(Error::config(format!(
                "the metadata service answered PUT {} with HTTP {status}: {}",
                self.names.token_path,
                snippet(&body)
            ))),
        }
    }

    async fn security_key(&self, token: Option<&str>) -> Result<(u16, String), Error> {
        let url = format!("{}{}", self.endpoint, self.names.credentials_path);
        let mut request = self.http.get(&url);
        if let Some(token) = token {
            let mut value = reqwest::header::HeaderValue::from_str(token).map_err(|_| {
                Error::config("the metadata service's session token is not a header value")
            })?;
            value.set_sensitive(true);
            request = request.header(self.names.token_header, value);
        }
        let response = request
            .send()
            .await
            .map_err(|e| unreachable_service(&url, &e))?;
        let status = response.status().as_u16();
        let body = response.text().await.unwrap_or_default();
        Ok((status, body))
    }
}

fn unreachable_service(url: &str, e: &reqwest::Error) -> Error {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "failed"
    };
    Error::config(format!(
        "the metadata service at {url} {kind} (not running on a cloud server?)"
    ))
}

/// The start of a body for a message (the credentials body is never shown:
/// only error answers reach here).
fn snippet(body: &str) -> String {
    let body = body.trim();
    match body.char_indices().nth(200) {
        Some((cut, _)) => format!("{}...", &body[..cut]),
        None => body.to_owned(),
    }
}
