//! The per-client authentication: which credentials sign a call (the chain's
//! static result, or the metadata service's current temporary ones), which
//! project it acts in (given, or discovered through IAM), the headers that
//! say so, and what to check when the gateway refuses the signature.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::super::context::RequestContext;
use super::super::credentials::{
    AttemptRequest, AttemptSigner, BoxFuture, CallAuth, PreparedAuth, SignedHeader,
};
use super::super::error::{Error, ServiceError};
use super::chain::{CredentialChain, METADATA_STEP, Skipped, no_credentials};
use super::metadata::MetadataProvider;
use super::profile::{Profile, first_set, one_of};
use super::{Credentials, Settings, iam, signing};

/// A clock further than this from the server's is named in the advice.
const NOTABLE_SKEW: Duration = Duration::from_secs(5 * 60);

enum Source {
    /// Fixed credentials, with the signer every call shares.
    Static(Arc<Signer>),
    Metadata {
        provider: Box<MetadataProvider>,
        skipped: Vec<Skipped>,
    },
}

pub(super) struct HuaweiAuth {
    profile: &'static Profile,
    source: Source,
    step: &'static str,
    project_id: Option<String>,
    region: Option<String>,
    iam_endpoint: Option<String>,
}

impl fmt::Debug for HuaweiAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let access_key = match &self.source {
            Source::Static(signer) => Some(signer.credentials.access_key()),
            Source::Metadata { .. } => None,
        };
        f.debug_struct("SdkHmacSha256")
            .field("credentials_from", &self.step)
            .field("access_key", &access_key)
            .field("project_id", &self.project_id)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

impl HuaweiAuth {
    /// Runs the synchronous steps of the chain now; the metadata step, if
    /// needed, runs at the first call.
    pub(super) fn new(
        profile: &'static Profile,
        settings: &Settings,
        region: Option<&str>,
    ) -> Result<Self, Error> {
        let lookup = settings.lookup();
        let chain = CredentialChain::new(
            profile,
            lookup.clone(),
            settings.metadata_endpoint.as_deref(),
        )?
        .with_explicit(settings.credentials.clone())
        .with_file(settings.credentials_file.clone());
        let (found, skipped) = chain.resolve_static();
        let env = |names: &[&str]| first_set(names, &*lookup);
        let mut iam_endpoint = settings
            .iam_endpoint
            .clone()
            .or_else(|| env(profile.environment.iam_endpoint));
        let (source, step, project_from_credentials) = match found {
            Some(found) => {
                tracing::debug!(
                    step = found.step,
                    provider = profile.provider,
                    "credentials found"
                );
                iam_endpoint = iam_endpoint.or(found.iam_endpoint);
                let project = found.credentials.project_id().map(str::to_owned);
                (
                    Source::Static(Signer::shared(profile, found.credentials)),
                    found.step,
                    project,
                )
            }
            None => {
                for s in &skipped {
                    tracing::debug!(step = s.step, reason = %s.reason, "credential step skipped");
                }
                let provider = Box::new(chain.into_metadata());
                (Source::Metadata { provider, skipped }, METADATA_STEP, None)
            }
        };
        let project_id = settings
            .project_id
            .clone()
            .or(project_from_credentials)
            .or_else(|| env(profile.environment.project_id));
        Ok(HuaweiAuth {
            profile,
            source,
            step,
            project_id,
            region: region.map(str::to_owned),
            iam_endpoint,
        })
    }

    pub(super) fn fixed(
        profile: &'static Profile,
        credentials: Credentials,
        region: Option<&str>,
    ) -> Self {
        HuaweiAuth {
            profile,
            project_id: credentials.project_id().map(str::to_owned),
            source: Source::Static(Signer::shared(profile, credentials)),
            step: "explicit",
            region: region.map(str::to_owned),
            iam_endpoint: None,
        }
    }

    /// The signer for one call: the shared one of fixed credentials, or one
    /// over the metadata service's current temporary credentials.
    async fn signer(&self) -> Result<Arc<Signer>, Error> {
        match &self.source {
            Source::Static(signer) => Ok(signer.clone()),
            Source::Metadata { provider, skipped } => provider
                .credentials()
                .await
                .map(|credentials| Signer::shared(self.profile, credentials))
                .map_err(|e| no_credentials(self.profile, skipped, &e)),
        }
    }

    async fn prepare_call(
        &self,
        http: &reqwest::Client,
        context: &RequestContext,
    ) -> Result<PreparedAuth, Error> {
        let profile = self.profile;
        let signer = self.signer().await?;
        let credentials = &signer.credentials;
        // The context holds the configured project id (see `known_values`)
        // unless the client set the value itself: paths and header agree.
        let project_id = match context
            .get(profile.project_id_value)
            .or(self.project_id.as_deref())
        {
            Some(id) => id.to_owned(),
            None => {
                let region = self.region.as_deref().ok_or_else(|| {
                    Error::config(format!(
                        "no project id configured and no region to look it up for: call \
                         ClientBuilder::project_id(..) or ClientBuilder::region(..), or set \
                         {}",
                        one_of(profile.environment.project_id)
                    ))
                })?;
                let endpoint =
                    iam::endpoint_for(&profile.iam, self.iam_endpoint.as_deref(), region);
                iam::project_id(http, profile, credentials, region, &endpoint).await?
            }
        };
        let mut headers = vec![(profile.project_id_header.to_owned(), project_id.clone())];
        let mut sensitive = Vec::new();
        if let Some(token) = credentials.security_token() {
            headers.push((profile.security_token_header.to_owned(), token.to_owned()));
            sensitive.push(profile.security_token_header.to_ascii_lowercase());
        }
        Ok(PreparedAuth {
            values: vec![(profile.project_id_value.to_owned(), project_id)],
            headers,
            sensitive,
            signer: Some(signer),
        })
    }
}

impl CallAuth for HuaweiAuth {
    fn prepare<'a>(
        &'a self,
        http: &'a reqwest::Client,
        context: &'a RequestContext,
    ) -> BoxFuture<'a, Result<PreparedAuth, Error>> {
        Box::pin(self.prepare_call(http, context))
    }

    fn known_values(&self) -> Vec<(String, String)> {
        self.project_id
            .iter()
            .map(|id| (self.profile.project_id_value.to_owned(), id.clone()))
            .collect()
    }
}

/// Signs the attempts of one call with the credentials resolved for it.
struct Signer {
    profile: &'static Profile,
    credentials: Credentials,
}

impl Signer {
    fn shared(profile: &'static Profile, credentials: Credentials) -> Arc<Signer> {
        Arc::new(Signer {
            profile,
            credentials,
        })
    }
}

impl AttemptSigner for Signer {
    fn sign(&self, attempt: &AttemptRequest<'_>) -> Vec<SignedHeader> {
        let now = time::OffsetDateTime::now_utc();
        let signature = signing::sign(
            attempt,
            self.credentials.access_key(),
            self.credentials.secret_key(),
            now,
        );
        if tracing::enabled!(tracing::Level::TRACE) {
            trace_signature(
                attempt,
                &signature.sdk_date,
                self.profile.security_token_header,
            );
        }
        vec![
            SignedHeader {
                name: signing::DATE_HEADER,
                value: signature.sdk_date,
                sensitive: false,
            },
            SignedHeader {
                name: "Authorization",
                value: signature.authorization,
                sensitive: true,
            },
        ]
    }

    fn explain_rejection(
        &self,
        error: &ServiceError,
        headers: &reqwest::header::HeaderMap,
    ) -> Option<String> {
        if !is_signature_rejection(error) {
            return None;
        }
        let server_date = headers
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        Some(advice(
            self.credentials.access_key(),
            self.credentials.security_token().is_some(),
            server_date,
            SystemTime::now(),
        ))
    }
}

/// Logs, at `trace`, the canonical request and string to sign of an attempt
/// (what a server-side signature check compares); the security token's value
/// is masked and the secret key never appears.
fn trace_signature(attempt: &AttemptRequest<'_>, sdk_date: &str, token_header: &str) {
    let mut headers: Vec<(String, String)> = attempt
        .headers
        .iter()
        .filter(|(n, _)| !n.trim().eq_ignore_ascii_case(signing::DATE_HEADER))
        .cloned()
        .collect();
    headers.push((signing::DATE_HEADER.to_owned(), sdk_date.to_owned()));
    let dated = AttemptRequest {
        headers: &headers,
        ..*attempt
    };
    let canonical = signing::canonical_request(&dated);
    let string_to_sign = signing::string_to_sign(sdk_date, &canonical);
    let token_line = format!("{}:", token_header.to_ascii_lowercase());
    let shown: Vec<String> = canonical
        .lines()
        .map(|line| match line.strip_prefix(&token_line) {
            Some(_) => format!("{token_line}<redacted>"),
            None => line.to_owned(),
        })
        .collect();
    tracing::trace!(
        canonical_request = %shown.join("\n"),
        string_to_sign = %string_to_sign,
        "SDK-HMAC-SHA256 signature"
    );
}

/// Whether the service refused the call's authentication: HTTP 401, the
/// gateway's `APIGW.03xx` codes (`APIGW.0301`: incorrect IAM authentication
/// information), or a 403 from the gateway.
pub(super) fn is_signature_rejection(error: &ServiceError) -> bool {
    let code = error.error_code.as_deref().unwrap_or_default();
    error.status == 401
        || code.starts_with("APIGW.03")
        || (error.status == 403 && (code.is_empty() || code.starts_with("APIGW.")))
}

/// What to check after a refused signature: the clock (against the
/// response's `Date`), the key pair, the path encoding.
pub(super) fn advice(
    access_key: &str,
    temporary: bool,
    server_date: Option<SystemTime>,
    now: SystemTime,
) -> String {
    let clock = match server_date {
        Some(server) => {
            let (skew, ahead) = match now.duration_since(server) {
                Ok(ahead) => (ahead, true),
                Err(behind) => (behind.duration(), false),
            };
            if skew > NOTABLE_SKEW {
                format!(
                    "the clock: this machine's clock is {} {} the server's (its Date header \
                     says {}); the gateway refuses signatures made more than 15 minutes off, \
                     so synchronise the clock (NTP)",
                    human(skew),
                    if ahead { "ahead of" } else { "behind" },
                    httpdate::fmt_http_date(server)
                )
            } else {
                format!(
                    "the clock: it agrees with the server's Date header within {}, so it is \
                     not the cause",
                    human(skew)
                )
            }
        }
        None => "the clock: the answer had no Date header to compare it with; it must be \
                 within 15 minutes of the real time"
            .to_owned(),
    };
    let keys = if temporary {
        format!(
            "the key pair: access key {access_key} with its secret key and security token, \
             all from the same issue and not expired"
        )
    } else {
        format!(
            "the key pair: access key {access_key} must be enabled and the secret key the one \
             issued with it"
        )
    };
    format!(
        "the signature was refused; check {clock}; {keys}; the path encoding: a proxy or \
         gateway in between that re-encodes the path or query breaks the signature (the \
         canonical request and string to sign are logged at trace level)"
    )
}

/// `1 h 2 min 3 s`, `42 s`.
fn human(d: Duration) -> String {
    let total = d.as_secs();
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, _) => format!("{m} min {s} s"),
        _ => format!("{h} h {m} min {s} s"),
    }
}
