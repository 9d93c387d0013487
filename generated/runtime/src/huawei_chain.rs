//! The credential chain, in the official SDKs' order: explicit credentials,
//! the environment, the credentials file, the ECS metadata service. Each step
//! that does not apply records why, and the error when none applies lists
//! every reason.
//!
//! The first three steps are read synchronously when the client is built; the
//! metadata service is asked at the first call (and whenever its temporary
//! credentials near expiry).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::super::error::Error;
use super::metadata::MetadataProvider;
use super::{
    Credentials, ENV_AK, ENV_CREDENTIALS_FILE, ENV_PROJECT_ID, ENV_SECURITY_TOKEN, ENV_SK,
};

/// Reads an environment variable (or a test's stand-in for one).
pub type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// A step of the chain that did not apply, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// `explicit`, `environment`, `credentials file` or `ECS metadata`.
    pub step: &'static str,
    /// Why it did not apply.
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.step, self.reason)
    }
}

/// Credentials found by one of the synchronous steps.
#[derive(Debug, Clone)]
pub struct Found {
    /// The credentials.
    pub credentials: Credentials,
    /// The step that supplied them.
    pub step: &'static str,
    /// The IAM endpoint the credentials file names, if any.
    pub iam_endpoint: Option<String>,
}

/// Where a client's credentials come from.
pub struct CredentialChain {
    explicit: Option<Credentials>,
    lookup: Lookup,
    file: Option<PathBuf>,
    metadata: MetadataProvider,
}

impl fmt::Debug for CredentialChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialChain")
            .field("explicit", &self.explicit)
            .field("file", &self.file)
            .field("metadata", &self.metadata)
            .finish_non_exhaustive()
    }
}

impl CredentialChain {
    /// A chain reading the environment through `lookup` and asking the
    /// metadata service at `metadata_endpoint` (default
    /// `http://169.254.169.254`).
    pub fn new(lookup: Lookup, metadata_endpoint: Option<&str>) -> Result<Self, Error> {
        Ok(CredentialChain {
            explicit: None,
            lookup,
            file: None,
            metadata: MetadataProvider::new(metadata_endpoint)?,
        })
    }

    /// Explicit credentials: the first step.
    pub fn with_explicit(mut self, credentials: Option<Credentials>) -> Self {
        self.explicit = credentials;
        self
    }

    /// The credentials file, instead of `HUAWEICLOUD_SDK_CREDENTIALS_FILE` or
    /// `~/.huaweicloud/credentials`.
    pub fn with_file(mut self, path: Option<PathBuf>) -> Self {
        self.file = path;
        self
    }

    /// The metadata step, which the caller keeps to ask at call time.
    pub fn into_metadata(self) -> MetadataProvider {
        self.metadata
    }

    /// Runs the synchronous steps: the credentials of the first that
    /// applies, and why each earlier one did not.
    pub fn resolve_static(&self) -> (Option<Found>, Vec<Skipped>) {
        let mut skipped = Vec::new();
        match &self.explicit {
            Some(credentials) => {
                return (
                    Some(Found {
                        credentials: credentials.clone(),
                        step: "explicit",
                        iam_endpoint: None,
                    }),
                    skipped,
                );
            }
            None => skipped.push(Skipped {
                step: "explicit",
                reason: "no credentials given to ClientBuilder::credentials(..)".to_owned(),
            }),
        }
        let lookup = &*self.lookup;
        match from_environment(lookup) {
            Ok(credentials) => {
                return (
                    Some(Found {
                        credentials,
                        step: "environment",
                        iam_endpoint: None,
                    }),
                    skipped,
                );
            }
            Err(reason) => skipped.push(Skipped {
                step: "environment",
                reason,
            }),
        }
        match self.file_path() {
            Ok(path) => match from_file(&path) {
                Ok((credentials, iam_endpoint)) => {
                    return (
                        Some(Found {
                            credentials,
                            step: "credentials file",
                            iam_endpoint,
                        }),
                        skipped,
                    );
                }
                Err(reason) => skipped.push(Skipped {
                    step: "credentials file",
                    reason,
                }),
            },
            Err(reason) => skipped.push(Skipped {
                step: "credentials file",
                reason,
            }),
        }
        (None, skipped)
    }

    /// Runs the whole chain, the metadata service included.
    pub async fn resolve(&self) -> Result<Found, Error> {
        let (found, skipped) = self.resolve_static();
        if let Some(found) = found {
            return Ok(found);
        }
        match self.metadata.credentials().await {
            Ok(credentials) => Ok(Found {
                credentials,
                step: "ECS metadata",
                iam_endpoint: None,
            }),
            Err(e) => Err(no_credentials(&skipped, &e)),
        }
    }

    fn file_path(&self) -> Result<PathBuf, String> {
        if let Some(path) = &self.file {
            return Ok(path.clone());
        }
        let get = |name: &str| (self.lookup)(name).filter(|v| !v.trim().is_empty());
        if let Some(path) = get(ENV_CREDENTIALS_FILE) {
            return Ok(PathBuf::from(path.trim()));
        }
        match get("HOME").or_else(|| get("USERPROFILE")) {
            Some(home) => Ok(Path::new(home.trim())
                .join(".huaweicloud")
                .join("credentials")),
            None => Err(format!(
                "{ENV_CREDENTIALS_FILE} is not set and there is no home directory \
                 (HOME) to find ~/.huaweicloud/credentials in"
            )),
        }
    }
}

/// The error when no step applies: every step and why it did not.
pub fn no_credentials(skipped: &[Skipped], metadata: &Error) -> Error {
    let mut reasons: Vec<String> = skipped.iter().map(ToString::to_string).collect();
    let metadata = match metadata {
        Error::Config(e) => e.message.clone(),
        other => other.to_string(),
    };
    reasons.push(format!("ECS metadata: {metadata}"));
    Error::config(format!(
        "no Huawei Cloud credentials found; tried, in order: {}. Give credentials with \
         ClientBuilder::credentials(..), set {} and {}, write them to \
         ~/.huaweicloud/credentials (section [basic], keys ak and sk), or run on an ECS \
         with an agency",
        reasons.join("; "),
        ENV_AK[0],
        ENV_SK[0]
    ))
}

/// The environment step: `HUAWEICLOUD_SDK_AK`/`_SK` (or `CLOUD_SDK_AK`/`_SK`),
/// with `_SECURITY_TOKEN` and `_PROJECT_ID`. The error is the reason it does
/// not apply.
pub fn from_environment(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Credentials, String> {
    let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
    let first = |names: &[&str]| names.iter().find_map(|n| get(n));
    let (ak, sk) = match (first(&ENV_AK), first(&ENV_SK)) {
        (Some(ak), Some(sk)) => (ak, sk),
        (None, None) => {
            return Err(format!(
                "no access key in the environment: {} (or {}) and {} (or {}) are not set",
                ENV_AK[0], ENV_AK[1], ENV_SK[0], ENV_SK[1]
            ));
        }
        (Some(_), None) => {
            return Err(format!(
                "no secret key in the environment: set {} or {}",
                ENV_SK[0], ENV_SK[1]
            ));
        }
        (None, Some(_)) => {
            return Err(format!(
                "no access key in the environment: set {} or {}",
                ENV_AK[0], ENV_AK[1]
            ));
        }
    };
    let mut credentials = Credentials::new(ak.trim(), sk.trim());
    credentials.project_id = get(ENV_PROJECT_ID).map(|v| v.trim().to_owned());
    credentials.security_token = get(ENV_SECURITY_TOKEN).map(|v| v.trim().to_owned());
    Ok(credentials)
}

/// The credentials file step: INI section `[basic]` with `ak`, `sk`,
/// `security_token`, `project_id` and `iam_endpoint`. Returns the
/// credentials and the IAM endpoint, or why the file does not apply.
pub fn from_file(path: &Path) -> Result<(Credentials, Option<String>), String> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("{shown} does not exist"));
        }
        Err(e) => return Err(format!("cannot read {shown}: {e}")),
    };
    let section =
        ini_section(&text, "basic").ok_or_else(|| format!("{shown} has no [basic] section"))?;
    let get = |key: &str| {
        section
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let (ak, sk) = match (get("ak"), get("sk")) {
        (Some(ak), Some(sk)) => (ak, sk),
        (ak, _) => {
            return Err(format!(
                "the [basic] section of {shown} has no `{}`",
                if ak.is_none() { "ak" } else { "sk" }
            ));
        }
    };
    let mut credentials = Credentials::new(ak, sk);
    credentials.security_token = get("security_token");
    credentials.project_id = get("project_id");
    Ok((credentials, get("iam_endpoint")))
}

/// The `key = value` pairs of `[name]` in an INI text (keys and values
/// trimmed; `#` and `;` start comment lines; quotes around a value removed).
fn ini_section(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut current: Option<bool> = None;
    let mut pairs = Vec::new();
    let mut found = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let matches = header.trim().eq_ignore_ascii_case(name);
            found |= matches;
            current = Some(matches);
            continue;
        }
        if current == Some(true) {
            if let Some((key, value)) = line.split_once('=').or_else(|| line.split_once(':')) {
                let value = value.trim();
                let value = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(value);
                pairs.push((key.trim().to_owned(), value.to_owned()));
            }
        }
    }
    found.then_some(pairs)
}
