//! Project id discovery through IAM, as the official SDKs do it when no
//! project id is given: a signed `GET {iam}/v3/projects?name={region}`, once
//! per access key, region and IAM endpoint for the whole process. Concurrent
//! first calls share one lookup; a failed lookup is not cached.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use serde::Deserialize;
use tokio::sync::OnceCell;

use super::super::credentials::AttemptRequest;
use super::super::error::Error;
use super::profile::{Iam, Profile, one_of};
use super::{Credentials, signing};

/// The IAM endpoint for `region`: `explicit` (a setting, the environment
/// variable or the credentials file) if given, else the region's own (the
/// profile's template, for the regions it lists), else the profile's global
/// one. No trailing `/`.
pub fn endpoint_for(iam: &Iam, explicit: Option<&str>, region: &str) -> String {
    match explicit.map(str::trim).filter(|e| !e.is_empty()) {
        Some(endpoint) => endpoint.trim_end_matches('/').to_owned(),
        None if iam.regions.contains(&region) => iam
            .regional_endpoint
            .replace("{region}", region)
            .trim_end_matches('/')
            .to_owned(),
        None => iam.global_endpoint.trim_end_matches('/').to_owned(),
    }
}

type Key = (String, String, String);

static PROJECTS: LazyLock<Mutex<HashMap<Key, Arc<OnceCell<String>>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The project id of `region` for these credentials, looked up at most once
/// per (access key, region, IAM endpoint) while lookups succeed.
pub async fn project_id(
    http: &reqwest::Client,
    profile: &Profile,
    credentials: &Credentials,
    region: &str,
    iam_endpoint: &str,
) -> Result<String, Error> {
    let key = (
        credentials.access_key().to_owned(),
        region.to_owned(),
        iam_endpoint.to_owned(),
    );
    let cell = {
        // A poisoned lock only means another lookup panicked; the map is
        // still consistent.
        let mut map = PROJECTS.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(key).or_default().clone()
    };
    cell.get_or_try_init(|| lookup(http, profile, credentials, region, iam_endpoint))
        .await
        .cloned()
}

#[derive(Deserialize)]
struct Projects {
    #[serde(default)]
    projects: Vec<Project>,
}

#[derive(Deserialize)]
struct Project {
    id: Option<String>,
    name: Option<String>,
}

async fn lookup(
    http: &reqwest::Client,
    profile: &Profile,
    credentials: &Credentials,
    region: &str,
    iam_endpoint: &str,
) -> Result<String, Error> {
    let how_to_set = format!(
        "set the project id with ClientBuilder::project_id(..), \
         Credentials::with_project_id(..) or {}",
        one_of(profile.environment.project_id)
    );
    let token_header = profile.security_token_header;
    let mut url = reqwest::Url::parse(iam_endpoint).map_err(|e| {
        Error::config(format!(
            "the IAM endpoint `{iam_endpoint}` is not a URL ({e}); {how_to_set}"
        ))
    })?;
    let path = format!("{}/v3/projects", url.path().trim_end_matches('/'));
    url.set_path(&path);
    url.query_pairs_mut().append_pair("name", region);
    let host = match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        (None, _) => {
            return Err(Error::config(format!(
                "the IAM endpoint `{iam_endpoint}` has no host; {how_to_set}"
            )));
        }
    };
    let mut headers = vec![
        ("Host".to_owned(), host),
        ("Content-Type".to_owned(), "application/json".to_owned()),
    ];
    if let Some(token) = credentials.security_token() {
        headers.push((token_header.to_owned(), token.to_owned()));
    }
    let query = vec![("name".to_owned(), region.to_owned())];
    let signed = signing::sign(
        &AttemptRequest {
            method: "GET",
            path: url.path(),
            query: &query,
            headers: &headers,
            body: &[],
        },
        credentials.access_key(),
        credentials.secret_key(),
        time::OffsetDateTime::now_utc(),
    );
    let mut request = http.get(url.clone());
    for (name, value) in &headers {
        if !name.eq_ignore_ascii_case("host") {
            let mut value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| Error::config(format!("the {name} header is not a header value")))?;
            value.set_sensitive(name.eq_ignore_ascii_case(token_header));
            request = request.header(name.as_str(), value);
        }
    }
    let mut authorization = reqwest::header::HeaderValue::from_str(&signed.authorization)
        .map_err(|_| Error::config("the access key is not a valid header value"))?;
    authorization.set_sensitive(true);
    request = request
        .header(signing::DATE_HEADER, signed.sdk_date.as_str())
        .header(reqwest::header::AUTHORIZATION, authorization);
    let shown = format!("GET {iam_endpoint}/v3/projects?name={region}");
    tracing::debug!(%shown, "looking up the project id");
    let response = request.send().await.map_err(|e| {
        Error::config(format!(
            "cannot look up the project id ({shown}): {}; {how_to_set}",
            e.without_url()
        ))
    })?;
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    if !(200..300).contains(&status) {
        let start: String = body.trim().chars().take(300).collect();
        return Err(Error::config(format!(
            "cannot look up the project id: {shown} answered HTTP {status}: {start}; {how_to_set}"
        )));
    }
    let projects: Projects = serde_json::from_str(&body).map_err(|e| {
        Error::config(format!(
            "cannot look up the project id: the answer to {shown} is not a project list ({e}); \
             {how_to_set}"
        ))
    })?;
    // IAM filters by name already; filter again in case a server ignores it.
    let ids: Vec<String> = projects
        .projects
        .into_iter()
        .filter(|p| p.name.as_deref().is_none_or(|n| n == region))
        .filter_map(|p| p.id)
        .collect();
    match ids.as_slice() {
        [id] => {
            tracing::debug!(project_id = %id, region, "project id discovered");
            Ok(id.clone())
        }
        [] => Err(Error::config(format!(
            "no project named `{region}` is visible to access key {} ({shown} returned none); \
             {how_to_set}",
            credentials.access_key()
        ))),
        several => Err(Error::config(format!(
            "several projects are named `{region}` for access key {}: {}; {how_to_set} \
             to the one to use",
            credentials.access_key(),
            several.join(", ")
        ))),
    }
}
