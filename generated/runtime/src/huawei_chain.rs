//! The credential chain, in the official SDKs' order: explicit credentials,
//! the environment, the credentials file, the metadata service, each under
//! the names of the crate's [`Profile`]. Each step
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
use super::Credentials;
use super::metadata::MetadataProvider;
use super::profile::{Profile, either, first_set, one_of};

/// The name of the metadata step in messages and logs.
pub const METADATA_STEP: &str = "metadata service";

/// Reads an environment variable (or a test's stand-in for one).
pub type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// A step of the chain that did not apply, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// `explicit`, `environment`, `credentials file` or [`METADATA_STEP`].
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
    profile: &'static Profile,
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
    /// metadata service at `metadata_endpoint` (default: the profile's).
    pub fn new(
        profile: &'static Profile,
        lookup: Lookup,
        metadata_endpoint: Option<&str>,
    ) -> Result<Self, Error> {
        Ok(CredentialChain {
            profile,
            explicit: None,
            lookup,
            file: None,
            metadata: MetadataProvider::new(&profile.metadata, metadata_endpoint)?,
        })
    }

    /// Explicit credentials: the first step.
    pub fn with_explicit(mut self, credentials: Option<Credentials>) -> Self {
        self.explicit = credentials;
        self
    }

    /// The credentials file, instead of the one the profile's variable names
    /// or its default path.
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
        match from_environment(self.profile, lookup) {
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
            Ok(path) => match from_file(&path, self.profile.credentials_file.section) {
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
                step: METADATA_STEP,
                iam_endpoint: None,
            }),
            Err(e) => Err(no_credentials(self.profile, &skipped, &e)),
        }
    }

    fn file_path(&self) -> Result<PathBuf, String> {
        if let Some(path) = &self.file {
            return Ok(path.clone());
        }
        let lookup = &*self.lookup;
        let variables = self.profile.environment.credentials_file;
        if let Some(path) = first_set(variables, lookup) {
            return Ok(PathBuf::from(path.trim()));
        }
        let default = self.profile.credentials_file.path;
        let Some(in_home) = default.strip_prefix("~/") else {
            return Ok(PathBuf::from(default));
        };
        match first_set(&["HOME", "USERPROFILE"], lookup) {
            Some(home) => Ok(in_home
                .split('/')
                .fold(Path::new(home.trim()).to_path_buf(), |path, part| {
                    path.join(part)
                })),
            None => Err(format!(
                "{} is not set and there is no home directory (HOME) to find {default} in",
                either(variables)
            )),
        }
    }
}

/// The error when no step applies: every step and why it did not.
pub fn no_credentials(profile: &Profile, skipped: &[Skipped], metadata: &Error) -> Error {
    let mut reasons: Vec<String> = skipped.iter().map(ToString::to_string).collect();
    let metadata = match metadata {
        Error::Config(e) => e.message.clone(),
        other => other.to_string(),
    };
    reasons.push(format!("{METADATA_STEP}: {metadata}"));
    let env = &profile.environment;
    Error::config(format!(
        "no {} credentials found; tried, in order: {}. Give credentials with \
         ClientBuilder::credentials(..), set {} and {}, write them to {} (section [{}], keys \
         ak and sk), or run on a server with an agency",
        profile.provider,
        reasons.join("; "),
        env.access_key.first().copied().unwrap_or("(no variable)"),
        env.secret_key.first().copied().unwrap_or("(no variable)"),
        profile.credentials_file.path,
        profile.credentials_file.section,
    ))
}

/// The environment step: the profile's access key and secret key variables
/// (the first set of each), with its security token and project id ones.
/// The error is the reason it does not apply.
pub fn from_environment(
    profile: &Profile,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Credentials, String> {
    let env = &profile.environment;
    let first = |names: &[&str]| first_set(names, lookup);
    let (ak, sk) = match (first(env.access_key), first(env.secret_key)) {
        (Some(ak), Some(sk)) => (ak, sk),
        (None, None) => {
            return Err(format!(
                "no access key in the environment: {} and {} are not set",
                either(env.access_key),
                either(env.secret_key)
            ));
        }
        (Some(_), None) => {
            return Err(format!(
                "no secret key in the environment: set {}",
                one_of(env.secret_key)
            ));
        }
        (None, Some(_)) => {
            return Err(format!(
                "no access key in the environment: set {}",
                one_of(env.access_key)
            ));
        }
    };
    let mut credentials = Credentials::new(ak.trim(), sk.trim());
    credentials.project_id = first(env.project_id).map(|v| v.trim().to_owned());
    credentials.security_token = first(env.security_token).map(|v| v.trim().to_owned());
    Ok(credentials)
}

/// The credentials file step: INI section `[{section}]` with `ak`, `sk`,
/// `security_token`, `project_id` and `iam_endpoint`. Returns the
/// credentials and the IAM endpoint, or why the file does not apply.
pub fn from_file(path: &Path, section: &str) -> Result<(Credentials, Option<String>), String> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("{shown} does not exist"));
        }
        Err(e) => return Err(format!("cannot read {shown}: {e}")),
    };
    let name = section;
    let section =
        ini_section(&text, name).ok_or_else(|| format!("{shown} has no [{name}] section"))?;
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
                "the [{name}] section of {shown} has no `{}`",
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
