//! What one deployment of SDK-HMAC-SHA256 calls things: the environment
//! variables its official SDKs read, its credentials file, the headers that
//! carry the project id and a security token, its IAM endpoints and its
//! metadata service.
//!
//! None of these are part of the signing algorithm, so none are written here:
//! the generator emits one [`Profile`] into the crate's `service.rs` from the
//! security scheme's `x-vendorgen-credentials` extension, and the rest of the
//! module reads every name from it (also in its messages), so a crate for
//! another API carries that API's names and nobody else's.

/// The deployment facts of an SDK-HMAC-SHA256 service, from the spec.
#[derive(Debug)]
pub struct Profile {
    /// Whose credentials these are, for messages (`no {provider} credentials
    /// found`).
    pub provider: &'static str,
    /// The environment variables of the credential chain.
    pub environment: Environment,
    /// The credentials file of the official SDKs.
    pub credentials_file: CredentialsFile,
    /// The header carrying the project id on every request.
    pub project_id_header: &'static str,
    /// The header carrying a temporary credential's security token.
    pub security_token_header: &'static str,
    /// The client value (`x-vendorgen-client-value`) the project id fills.
    pub project_id_value: &'static str,
    /// Where project ids are looked up.
    pub iam: Iam,
    /// The metadata service that hands temporary credentials to a server
    /// with an agency.
    pub metadata: Metadata,
}

/// Environment variable names, each list in order of preference.
#[derive(Debug)]
pub struct Environment {
    /// The access key.
    pub access_key: &'static [&'static str],
    /// The secret key.
    pub secret_key: &'static [&'static str],
    /// A temporary credential's security token.
    pub security_token: &'static [&'static str],
    /// The project id.
    pub project_id: &'static [&'static str],
    /// The default region.
    pub region: &'static [&'static str],
    /// The IAM endpoint for project id discovery.
    pub iam_endpoint: &'static [&'static str],
    /// The credentials file's path.
    pub credentials_file: &'static [&'static str],
}

/// The credentials file: an INI file whose section holds `ak`, `sk`,
/// `security_token`, `project_id` and `iam_endpoint`.
#[derive(Debug)]
pub struct CredentialsFile {
    /// Its default path; a leading `~/` is the home directory.
    pub path: &'static str,
    /// The section holding the credentials.
    pub section: &'static str,
}

/// The IAM endpoints of project id discovery.
#[derive(Debug)]
pub struct Iam {
    /// A region's own endpoint, with `{region}` in it.
    pub regional_endpoint: &'static str,
    /// The endpoint of regions without one of their own.
    pub global_endpoint: &'static str,
    /// The regions with an endpoint of their own.
    pub regions: &'static [&'static str],
}

/// The metadata service's address and protocol names.
#[derive(Debug)]
pub struct Metadata {
    /// Where it answers (no trailing `/`).
    pub endpoint: &'static str,
    /// Path of the session token (`PUT`).
    pub token_path: &'static str,
    /// Path of the temporary credentials (`GET`).
    pub credentials_path: &'static str,
    /// Request header asking for the session token's lifetime.
    pub token_ttl_header: &'static str,
    /// Request header carrying the session token.
    pub token_header: &'static str,
}

/// The first of `names` that `lookup` finds set to something not blank.
pub fn first_set(names: &[&str], lookup: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    names
        .iter()
        .find_map(|name| lookup(name).filter(|v| !v.trim().is_empty()))
}

/// `A (or B, or C)` for messages; `(none configured)` for an empty list.
pub fn either(names: &[&str]) -> String {
    match names {
        [] => "(no variable configured)".to_owned(),
        [one] => (*one).to_owned(),
        [first, rest @ ..] => format!("{first} (or {})", rest.join(", or ")),
    }
}

/// `A or B` for messages that ask the user to set one of them.
pub fn one_of(names: &[&str]) -> String {
    match names {
        [] => "(no variable configured)".to_owned(),
        _ => names.join(" or "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_prose() {
        assert_eq!(either(&["A", "B"]), "A (or B)");
        assert_eq!(either(&["A"]), "A");
        assert_eq!(one_of(&["A", "B"]), "A or B");
        let env = |name: &str| (name == "B").then(|| "x".to_owned());
        assert_eq!(first_set(&["A", "B"], &env), Some("x".to_owned()));
        let blank = |_: &str| Some("  ".to_owned());
        assert_eq!(first_set(&["A"], &blank), None);
    }
}
