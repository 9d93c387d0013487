//! The Huawei Cloud module against local servers: IAM project discovery
//! (found, none, several, cached, concurrent), each step of the credential
//! chain, ECS metadata credentials refreshed before expiry, signature
//! rejection advice with a skewed `Date`, an explicit proxy, root
//! certificates, a user-supplied client, and secrets kept out of `Debug`,
//! errors and trace logs.

#[path = "support/huawei_profile.rs"]
mod huawei_profile;
mod support;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::body::Body;
use axum::extract::{Request as AxumRequest, State};
use axum::response::Response as AxumResponse;
use client_runtime::config::{AuthScheme, ClientBuilder, RequestContext, ServiceInfo};
use client_runtime::error::Error;
use client_runtime::http::{Method, Request, Response};
use client_runtime::huawei::metadata::MetadataProvider;
use client_runtime::huawei::{CredentialChain, Credentials, Lookup, iam};
use client_runtime::operation::Operation;
use client_runtime::transport::Transport;
use huawei_profile::{HUAWEI, HUAWEI_SIGNING};

const SK: &str = "secret-key-never-shown";
const TOKEN: &str = "security-token-never-shown";

static SERVICE: ServiceInfo = ServiceInfo {
    name: "vpc",
    version: "v3",
    url_template: "https://vpc.{region}.myhuaweicloud.com",
    region_variable: Some("region"),
    regions: &[],
    default_region: Some("cn-north-4"),
    endpoint_env_prefix: None,
    auth: &[AuthScheme::Custom(&HUAWEI_SIGNING)],
    auth_optional: false,
};

#[derive(Debug)]
struct Client(Transport);

impl From<Transport> for Client {
    fn from(t: Transport) -> Self {
        Client(t)
    }
}

/// `GET /v3/{project_id}/things`.
struct ListThings;

impl Operation for ListThings {
    type Output = serde_json::Value;
    fn operation_id(&self) -> &'static str {
        "ListThings"
    }
    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        Ok(Request::new(
            Method::GET,
            format!("/v3/{}/things", ctx.value("project_id")?),
        ))
    }
    fn parse_response(response: Response) -> Result<serde_json::Value, Error> {
        if response.is_success() {
            serde_json::from_slice(&response.body)
                .map_err(|e| Error::config(format!("test body: {e}")))
        } else {
            Err(response.into_error())
        }
    }
}

// ---------------------------------------------------------------- server

/// One request as a local server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    /// The request target as received (absolute for a proxy).
    uri: String,
    headers: http::HeaderMap,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    delay: Duration,
}

fn json(status: u16, body: serde_json::Value) -> Reply {
    Reply {
        status,
        headers: vec![("Content-Type", "application/json".to_owned())],
        body: body.to_string(),
        delay: Duration::ZERO,
    }
}

type Responder = Box<dyn Fn(&Seen) -> Reply + Send + Sync>;

struct ServerState {
    responder: Responder,
    log: Mutex<Vec<Seen>>,
}

#[derive(Clone)]
struct Server {
    url: String,
    state: Arc<ServerState>,
}

impl Server {
    async fn start(responder: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Server {
        let state = Arc::new(ServerState {
            responder: Box::new(responder),
            log: Mutex::new(Vec::new()),
        });
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Server {
            url: format!("http://{addr}"),
            state,
        }
    }

    fn requests(&self) -> Vec<Seen> {
        self.state
            .log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn count(&self, path_prefix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|s| s.uri.starts_with(path_prefix))
            .count()
    }
}

async fn handle(State(state): State<Arc<ServerState>>, request: AxumRequest) -> AxumResponse {
    let seen = Seen {
        method: request.method().to_string(),
        uri: request.uri().to_string(),
        headers: request.headers().clone(),
    };
    state
        .log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(seen.clone());
    let reply = (state.responder)(&seen);
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let mut response = AxumResponse::builder().status(reply.status);
    for (name, value) in reply.headers {
        response = response.header(name, value);
    }
    response
        .body(Body::from(reply.body))
        .expect("valid test response")
}

/// A server that is both IAM (`/v3/projects`) and the API (`/v3/{project}/things`).
async fn iam_and_api(projects: serde_json::Value, iam_delay: Duration) -> Server {
    Server::start(move |seen| {
        if seen.uri.starts_with("/v3/projects") {
            let mut reply = json(200, serde_json::json!({ "projects": projects }));
            reply.delay = iam_delay;
            reply
        } else {
            json(200, serde_json::json!({ "things": [] }))
        }
    })
    .await
}

fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
    let map: BTreeMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name: &str| map.get(name).cloned()
}

fn arc_lookup(vars: &[(&str, &str)]) -> Lookup {
    Arc::new(lookup(vars))
}

/// A builder whose chain sees only `vars` and no metadata service.
fn builder(vars: &[(&str, &str)]) -> ClientBuilder<Client> {
    ClientBuilder::<Client>::new(&SERVICE)
        .from_lookup(lookup(vars))
        .unwrap_or_else(|e| panic!("{e}"))
        .metadata_endpoint("http://127.0.0.1:9")
        .timeout(Duration::from_secs(5))
}

/// Makes `n` calls at once on tasks of their own; each must succeed.
async fn call_at_once(client: &Arc<Client>, n: usize) {
    let calls: Vec<_> = (0..n)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.0.call(&ListThings).await.map(|_| ()) })
        })
        .collect();
    for call in calls {
        call.await.expect("task").unwrap_or_else(|e| panic!("{e}"));
    }
}

fn message(r: Result<impl std::fmt::Debug, Error>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn project_list(pairs: &[(&str, &str)]) -> serde_json::Value {
    pairs
        .iter()
        .map(|(id, name)| serde_json::json!({"id": id, "name": name, "enabled": true}))
        .collect()
}

// ---------------------------------------------------------------- IAM

#[test]
fn iam_endpoint_follows_the_official_order() {
    assert_eq!(
        iam::endpoint_for(&HUAWEI.iam, None, "cn-north-4"),
        "https://iam.cn-north-4.myhuaweicloud.com"
    );
    assert_eq!(
        iam::endpoint_for(&HUAWEI.iam, None, "xx-unknown-1"),
        "https://iam.myhuaweicloud.com"
    );
    assert_eq!(
        iam::endpoint_for(&HUAWEI.iam, Some("http://127.0.0.1:1/"), "cn-north-4"),
        "http://127.0.0.1:1"
    );
}

#[tokio::test]
async fn project_id_is_discovered_once_and_cached() {
    let server = iam_and_api(project_list(&[("p-found", "cn-north-4")]), Duration::ZERO).await;
    let client = builder(&[("HUAWEICLOUD_SDK_IAM_ENDPOINT", &server.url)])
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-FOUND", SK))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(client.0.context().get("project_id"), None);
    for _ in 0..3 {
        client
            .0
            .call(&ListThings)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    // A second client with the same key and region reuses the process cache.
    let again = builder(&[])
        .iam_endpoint(&server.url)
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-FOUND", SK))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    again
        .0
        .call(&ListThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    assert_eq!(server.count("/v3/projects"), 1);
    // Requests built without a call (pagination's look-ahead) see it too.
    assert_eq!(client.0.context().get("project_id"), Some("p-found"));
    let lookup = &server.requests()[0];
    assert_eq!(lookup.method, "GET");
    assert_eq!(lookup.uri, "/v3/projects?name=cn-north-4");
    assert!(lookup.header("x-project-id").is_none());
    let auth = lookup.header("authorization").unwrap_or_default();
    assert!(auth.starts_with("SDK-HMAC-SHA256 Access=AK-FOUND, SignedHeaders=content-type;host;x-sdk-date, Signature="), "{auth}");
    let calls: Vec<Seen> = server
        .requests()
        .into_iter()
        .filter(|s| s.uri.contains("/things"))
        .collect();
    assert_eq!(calls.len(), 4);
    for call in calls {
        assert_eq!(call.uri, "/v3/p-found/things");
        assert_eq!(call.header("x-project-id"), Some("p-found"));
    }
}

#[tokio::test]
async fn no_project_is_a_clear_error() {
    let server = iam_and_api(serde_json::json!([]), Duration::ZERO).await;
    let client = builder(&[])
        .iam_endpoint(&server.url)
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-NONE", SK))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListThings).await);
    assert!(msg.contains("no project named `cn-north-4`"), "{msg}");
    assert!(
        msg.contains("ClientBuilder::project_id") && msg.contains("HUAWEICLOUD_SDK_PROJECT_ID"),
        "{msg}"
    );
    assert!(!msg.contains(SK));
    assert_eq!(server.count("/v3/p"), 1);
    // A failed lookup is not cached.
    let _ = client.0.call(&ListThings).await;
    assert_eq!(server.count("/v3/projects"), 2);
}

#[tokio::test]
async fn several_projects_are_listed() {
    let server = iam_and_api(
        project_list(&[("p-one", "cn-north-4"), ("p-two", "cn-north-4")]),
        Duration::ZERO,
    )
    .await;
    let client = builder(&[])
        .iam_endpoint(&server.url)
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-SEVERAL", SK))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListThings).await);
    assert!(msg.contains("several projects"), "{msg}");
    assert!(msg.contains("p-one, p-two"), "{msg}");
    assert!(msg.contains("ClientBuilder::project_id"), "{msg}");
}

#[tokio::test]
async fn a_given_project_id_needs_no_lookup() {
    let server = iam_and_api(project_list(&[("p-iam", "cn-north-4")]), Duration::ZERO).await;
    let client = builder(&[("HUAWEICLOUD_SDK_PROJECT_ID", "p-env")])
        .iam_endpoint(&server.url)
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-GIVEN", SK))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    client
        .0
        .call(&ListThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(server.count("/v3/projects"), 0);
    assert_eq!(server.requests()[0].uri, "/v3/p-env/things");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_make_one_lookup() {
    let server = iam_and_api(
        project_list(&[("p-concurrent", "cn-north-4")]),
        Duration::from_millis(300),
    )
    .await;
    let client = Arc::new(
        builder(&[])
            .iam_endpoint(&server.url)
            .endpoint(&server.url)
            .credentials(Credentials::new("AK-CONCURRENT", SK))
            .build()
            .unwrap_or_else(|e| panic!("{e}")),
    );
    call_at_once(&client, 8).await;
    assert_eq!(server.count("/v3/projects"), 1);
    assert_eq!(server.count("/v3/p-concurrent/things"), 8);
}

// ---------------------------------------------------------------- chain

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("huawei-runtime-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("credentials");
    std::fs::write(&path, contents).expect("write credentials file");
    path
}

fn chain(vars: &[(&str, &str)], metadata: &str) -> CredentialChain {
    CredentialChain::new(&HUAWEI, arc_lookup(vars), Some(metadata))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn chain_explicit_comes_first() {
    let found = chain(
        &[("HUAWEICLOUD_SDK_AK", "AK-ENV"), ("HUAWEICLOUD_SDK_SK", SK)],
        "http://127.0.0.1:9",
    )
    .with_explicit(Some(Credentials::new("AK-EXPLICIT", SK)))
    .resolve()
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.step, "explicit");
    assert_eq!(found.credentials.access_key(), "AK-EXPLICIT");
}

#[tokio::test]
async fn chain_environment_step() {
    let chain = chain(
        &[
            ("CLOUD_SDK_AK", "AK-ENV"),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN),
            ("HUAWEICLOUD_SDK_PROJECT_ID", "p-env"),
            ("HOME", "/nonexistent-home"),
        ],
        "http://127.0.0.1:9",
    );
    let (found, skipped) = chain.resolve_static();
    let found = found.expect("environment credentials");
    assert_eq!(found.step, "environment");
    assert_eq!(found.credentials.access_key(), "AK-ENV");
    assert_eq!(found.credentials.security_token(), Some(TOKEN));
    assert_eq!(found.credentials.project_id(), Some("p-env"));
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].step, "explicit");
}

#[tokio::test]
async fn chain_credentials_file_step() {
    let path = temp_file(
        "file-step",
        "# comment\n[other]\nak = WRONG\n\n[basic]\nak = AK-FILE\nsk = secret-key-never-shown\nproject_id = p-file\niam_endpoint = https://iam.example.test\n",
    );
    let chain = chain(
        &[
            (
                "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
                path.to_str().unwrap_or_default(),
            ),
            ("HUAWEICLOUD_SDK_AK", "AK-WITHOUT-SK"),
        ],
        "http://127.0.0.1:9",
    );
    let (found, skipped) = chain.resolve_static();
    let found = found.expect("file credentials");
    assert_eq!(found.step, "credentials file");
    assert_eq!(found.credentials.access_key(), "AK-FILE");
    assert_eq!(found.credentials.secret_key(), SK);
    assert_eq!(found.credentials.project_id(), Some("p-file"));
    assert_eq!(
        found.iam_endpoint.as_deref(),
        Some("https://iam.example.test")
    );
    let reasons: Vec<String> = skipped.iter().map(ToString::to_string).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[1].contains("no secret key in the environment"),
        "{reasons:?}"
    );

    // The default place is ~/.huaweicloud/credentials.
    let home = path.parent().and_then(|p| p.parent()).expect("temp root");
    let dir = home.join(".huaweicloud");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("credentials"), "[basic]\nak=AK-HOME\nsk=x\n").expect("write");
    let (found, _) = chain_with_home(home).resolve_static();
    assert_eq!(
        found
            .map(|f| f.credentials.access_key().to_owned())
            .as_deref(),
        Some("AK-HOME")
    );
}

fn chain_with_home(home: &std::path::Path) -> CredentialChain {
    let home = home.to_string_lossy().into_owned();
    chain(&[("HOME", &home)], "http://127.0.0.1:9")
}

#[tokio::test]
async fn chain_file_problems_are_reasons() {
    let no_section = temp_file("no-section", "[default]\nak=a\nsk=b\n");
    let no_sk = temp_file("no-sk", "[basic]\nak = a\n");
    for (path, expected) in [
        (no_section, "has no [basic] section"),
        (no_sk, "has no `sk`"),
        (
            std::path::PathBuf::from("/nonexistent/credentials"),
            "does not exist",
        ),
    ] {
        let (found, skipped) = chain(&[], "http://127.0.0.1:9")
            .with_file(Some(path))
            .resolve_static();
        assert!(found.is_none());
        let reason = &skipped[2].reason;
        assert!(reason.contains(expected), "{reason}");
    }
}

/// A metadata service issuing `credentials` in turn (the last one repeats);
/// each is (access key, expiry from now).
async fn metadata_server(credentials: Vec<(&'static str, Duration)>) -> Server {
    let issued = AtomicUsize::new(0);
    Server::start(move |seen| {
        if seen.method == "PUT" && seen.uri == "/meta-data/latest/api/token" {
            return Reply {
                status: 200,
                headers: vec![],
                body: "session-token".to_owned(),
                delay: Duration::ZERO,
            };
        }
        if seen.uri != "/openstack/latest/securitykey"
            || seen.header("x-metadata-token") != Some("session-token")
        {
            return json(401, serde_json::json!({"error": "no token"}));
        }
        let n = issued
            .fetch_add(1, Ordering::SeqCst)
            .min(credentials.len() - 1);
        let (access, ttl) = credentials[n];
        let expires = time::OffsetDateTime::now_utc() + ttl;
        let expires = expires
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let mut reply = json(
            200,
            serde_json::json!({"credential": {
                "access": access,
                "secret": SK,
                "securitytoken": TOKEN,
                "expires_at": expires,
            }}),
        );
        reply.delay = Duration::from_millis(100);
        reply
    })
    .await
}

#[tokio::test]
async fn chain_metadata_step() {
    let metadata = metadata_server(vec![("AK-META", Duration::from_secs(3600))]).await;
    let found = chain(&[("HOME", "/nonexistent-home")], &metadata.url)
        .resolve()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.step, "metadata service");
    assert_eq!(found.credentials.access_key(), "AK-META");
    assert_eq!(found.credentials.security_token(), Some(TOKEN));
    let seen = metadata.requests();
    assert_eq!(seen[0].method, "PUT");
    assert_eq!(
        seen[0].header("x-metadata-token-ttl-seconds"),
        Some("21600")
    );
    assert_eq!(seen[1].method, "GET");
}

#[tokio::test]
async fn no_step_applies_and_every_reason_is_listed() {
    let msg = message(
        chain(&[("HOME", "/nonexistent-home")], "http://127.0.0.1:9")
            .resolve()
            .await,
    );
    for part in [
        "explicit: no credentials given",
        "environment: no access key in the environment: HUAWEICLOUD_SDK_AK (or CLOUD_SDK_AK)",
        "credentials file: /nonexistent-home/.huaweicloud/credentials does not exist",
        "metadata service: the metadata service at http://127.0.0.1:9",
    ] {
        assert!(msg.contains(part), "missing `{part}` in: {msg}");
    }

    // The same error from a client call, when nothing was configured.
    let client = builder(&[("HOME", "/nonexistent-home")])
        .endpoint("http://127.0.0.1:9")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListThings).await);
    assert!(msg.contains("no Huawei Cloud credentials found"), "{msg}");
    assert!(msg.contains("credentials file:"), "{msg}");
}

#[tokio::test]
async fn metadata_credentials_are_refreshed_before_they_expire() {
    // The first credentials expire within the refresh margin, so the next
    // call fetches again; the second ones last.
    let metadata = metadata_server(vec![
        ("AK-SHORT", Duration::from_secs(120)),
        ("AK-LONG", Duration::from_secs(3600)),
    ])
    .await;
    let provider = MetadataProvider::new(&HUAWEI.metadata, Some(&metadata.url))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_refresh_margin(Duration::from_secs(300));
    let mut keys = Vec::new();
    for _ in 0..3 {
        let c = provider
            .credentials()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        keys.push(c.access_key().to_owned());
    }
    assert_eq!(keys, ["AK-SHORT", "AK-LONG", "AK-LONG"]);
    assert_eq!(metadata.count("/openstack/latest/securitykey"), 2);
    // One session token served both fetches.
    assert_eq!(metadata.count("/meta-data/latest/api/token"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_share_one_metadata_fetch_and_sign_with_it() {
    let metadata = metadata_server(vec![("AK-SHARED", Duration::from_secs(3600))]).await;
    let api = iam_and_api(project_list(&[("p-meta", "cn-north-4")]), Duration::ZERO).await;
    let client = Arc::new(
        ClientBuilder::<Client>::new(&SERVICE)
            .from_lookup(lookup(&[("HOME", "/nonexistent-home")]))
            .unwrap_or_else(|e| panic!("{e}"))
            .metadata_endpoint(&metadata.url)
            .iam_endpoint(&api.url)
            .endpoint(&api.url)
            .build()
            .unwrap_or_else(|e| panic!("{e}")),
    );
    call_at_once(&client, 6).await;
    assert_eq!(metadata.count("/openstack/latest/securitykey"), 1);
    for seen in api.requests() {
        assert_eq!(seen.header("x-security-token"), Some(TOKEN));
        let auth = seen.header("authorization").unwrap_or_default();
        assert!(
            auth.contains("Access=AK-SHARED") && auth.contains("x-security-token"),
            "{auth}"
        );
    }
    let dbg = format!("{:?}", client.0);
    assert!(!dbg.contains(SK) && !dbg.contains(TOKEN), "{dbg}");
}

// ---------------------------------------------------------------- rejections

async fn rejecting_server(date: Option<SystemTime>) -> Server {
    Server::start(move |_| {
        let mut reply = json(
            401,
            serde_json::json!({
                "error_code": "APIGW.0301",
                "error_msg": "Incorrect IAM authentication information: verify aksk signature fail",
                "request_id": "rid-401",
            }),
        );
        if let Some(date) = date {
            reply.headers.push(("Date", httpdate::fmt_http_date(date)));
        }
        reply
    })
    .await
}

#[tokio::test]
async fn a_rejected_signature_names_the_clock_skew() {
    let server = rejecting_server(Some(SystemTime::now() - Duration::from_secs(3600))).await;
    let client = builder(&[])
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-SKEW", SK).with_project_id("p"))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = client.0.call(&ListThings).await.expect_err("rejected");
    let msg = err.to_string();
    assert!(msg.contains("APIGW.0301"), "{msg}");
    assert!(
        msg.contains("is 1 h 0 min") && msg.contains("ahead of the server"),
        "{msg}"
    );
    assert!(msg.contains("access key AK-SKEW"), "{msg}");
    assert!(msg.contains("path encoding"), "{msg}");
    assert!(!msg.contains(SK), "{msg}");
    match &err {
        Error::Service(e) => assert!(e.hint().is_some()),
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_rejected_signature_with_a_good_clock_says_so() {
    let server = rejecting_server(Some(SystemTime::now())).await;
    let client = builder(&[])
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-CLOCK", SK).with_project_id("p"))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListThings).await);
    assert!(msg.contains("agrees with the server's Date"), "{msg}");
    assert!(msg.contains("key pair"), "{msg}");
}

#[tokio::test]
async fn other_errors_get_no_signature_advice() {
    let server = Server::start(|_| {
        json(
            404,
            serde_json::json!({"error_code": "VPC.0404", "error_msg": "not found"}),
        )
    })
    .await;
    let client = builder(&[])
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-404", SK).with_project_id("p"))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListThings).await);
    assert!(!msg.contains("signature"), "{msg}");
}

// ---------------------------------------------------------------- tracing

#[tokio::test]
async fn trace_shows_the_canonical_request_but_no_secret() {
    let server = Server::start(|_| json(200, serde_json::json!({}))).await;
    let capture = support::Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    support::interested_everywhere();
    let client = builder(&[])
        .endpoint(&server.url)
        .credentials(
            Credentials::new("AK-TRACE", SK)
                .with_security_token(TOKEN)
                .with_project_id("p-trace"),
        )
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    client
        .0
        .call(&ListThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // Every event's fields, one `name = value` line each.
    let log: String = capture
        .seen()
        .iter()
        .filter(|seen| matches!(seen.kind, support::Kind::Event(_)))
        .flat_map(|event| &event.fields)
        .map(|(name, value)| format!("{name} = {value}\n"))
        .collect();
    assert!(
        log.contains("canonical_request = GET\n/v3/p-trace/things/"),
        "{log}"
    );
    assert!(log.contains("x-security-token:<redacted>"), "{log}");
    assert!(log.contains("string_to_sign = SDK-HMAC-SHA256\n"), "{log}");
    assert!(!log.contains(SK) && !log.contains(TOKEN), "{log}");
}

// ---------------------------------------------------------------- network

#[tokio::test]
async fn an_explicit_proxy_sees_every_request() {
    // The "proxy" answers itself, like a proxy that forwards and relays.
    let proxy = Server::start(|_| json(200, serde_json::json!({"things": []}))).await;
    let proxy_url = proxy
        .url
        .replace("http://", "http://proxy-user:pr0xy-passw0rd@");
    let builder = builder(&[])
        .endpoint("http://vpc.example.test")
        .credentials(Credentials::new("AK-PROXY", SK).with_project_id("p"))
        .proxy(&proxy_url)
        .no_proxy("");
    let dbg = format!("{builder:?}");
    assert!(
        dbg.contains("proxy-user") && !dbg.contains("pr0xy-passw0rd"),
        "{dbg}"
    );
    let client = builder.build().unwrap_or_else(|e| panic!("{e}"));
    client
        .0
        .call(&ListThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let seen = proxy.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].uri, "http://vpc.example.test/v3/p/things");
    use base64::Engine as _;
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("proxy-user:pr0xy-passw0rd")
    );
    assert_eq!(
        seen[0].header("proxy-authorization"),
        Some(expected.as_str())
    );
    assert!(seen[0].header("authorization").is_some());
}

#[tokio::test]
async fn a_bad_proxy_is_refused_without_its_password() {
    let msg = message(
        builder(&[])
            .endpoint("http://vpc.example.test")
            .credentials(Credentials::new("AK", SK))
            .proxy("ftp://user:hunter2-secret@proxy.test:21")
            .build(),
    );
    assert!(msg.contains("proxy") && msg.contains("<redacted>"), "{msg}");
    assert!(!msg.contains("hunter2-secret"), "{msg}");
}

const PRIVATE_CA: &str = "-----BEGIN CERTIFICATE-----
MIIBjDCCATGgAwIBAgIUKWBHh1F/CRMVhqurWwfdAdpoDmgwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPcHJpdmF0ZS1jYS50ZXN0MCAXDTI2MTEyNTIwNTA0NloYDzIx
MjYxMTAxMjA1MDQ2WjAaMRgwFgYDVQQDDA9wcml2YXRlLWNhLnRlc3QwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAS/7XWCjBPxixL6f+RBzxkZt7sjeABc/Gnwac+W
13mkDdyJE6B4qAQU2cVPGhT4VC+Nxyn40I8SO8/Nz0CtQKpao1MwUTAdBgNVHQ4E
FgQUQSSKlpSFti473cW7oVDiDSdK/xgwHwYDVR0jBBgwFoAUQSSKlpSFti473cW7
oVDiDSdK/xgwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEA8jZL
86vt24cQxJ4YnBnzzsV2c5GhcVUPlAW+6YGlfJ8CIQCIlXKIIrgj+FHzjK6OjqmC
mCA6VIM4FHSPgjRlFiYYUw==
-----END CERTIFICATE-----
";

#[test]
fn root_certificates_are_checked_at_build() {
    let built = builder(&[])
        .endpoint("https://vpc.example.test")
        .credentials(Credentials::new("AK", SK))
        .root_certificate_pem(PRIVATE_CA)
        .build();
    assert!(built.is_ok(), "{:?}", built.err());
    let msg = message(
        builder(&[])
            .endpoint("https://vpc.example.test")
            .credentials(Credentials::new("AK", SK))
            .root_certificate_pem("not a certificate")
            .build(),
    );
    assert!(msg.contains("root certificate #1"), "{msg}");
}

#[tokio::test]
async fn a_user_supplied_client_is_used_as_is() {
    let server = Server::start(|_| json(200, serde_json::json!({}))).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-from-user-client", "yes".parse().expect("header"));
    // As the README tells a user who builds their own client.
    client_runtime::tls::ensure_crypto_provider();
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client");
    let client = builder(&[])
        .endpoint(&server.url)
        .credentials(Credentials::new("AK-USER", SK).with_project_id("p"))
        .http_client(http)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    client
        .0
        .call(&ListThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        server.requests()[0].header("x-from-user-client"),
        Some("yes")
    );
}

#[test]
fn builder_debug_redacts_every_secret() {
    let builder = builder(&[])
        .credentials(Credentials::new("AK-DEBUG", SK).with_security_token(TOKEN))
        .proxy("http://u:proxy-secret@proxy.test:3128");
    let dbg = format!("{builder:?}");
    assert!(dbg.contains("AK-DEBUG"), "{dbg}");
    for secret in [SK, TOKEN, "proxy-secret"] {
        assert!(!dbg.contains(secret), "{secret} in {dbg}");
    }
}

// ---------------------------------------------------------------- profile

/// A service of another deployment of the algorithm, with its own names.
static OTHER_SERVICE: ServiceInfo = ServiceInfo {
    name: "things",
    version: "v1",
    url_template: "https://things.{region}.example.test",
    region_variable: Some("region"),
    regions: &[],
    default_region: None,
    endpoint_env_prefix: None,
    auth: &[AuthScheme::Custom(&huawei_profile::OTHER_SIGNING)],
    auth_optional: false,
};

/// `GET /v3/{tenant_id}/things`: the other deployment's client value.
struct ListTenantThings;

impl Operation for ListTenantThings {
    type Output = serde_json::Value;
    fn operation_id(&self) -> &'static str {
        "ListTenantThings"
    }
    fn build_request(&self, ctx: &RequestContext) -> Result<Request, Error> {
        Ok(Request::new(
            Method::GET,
            format!("/v3/{}/things", ctx.value("tenant_id")?),
        ))
    }
    fn parse_response(response: Response) -> Result<serde_json::Value, Error> {
        ListThings::parse_response(response)
    }
}

#[tokio::test]
async fn another_profile_reads_its_own_variables_and_sends_its_own_headers() {
    let server = iam_and_api(project_list(&[("t-found", "north-1")]), Duration::ZERO).await;
    // Huawei's variables are set too, with other values: none may be read.
    let client = ClientBuilder::<Client>::new(&OTHER_SERVICE)
        .from_lookup(lookup(&[
            ("EXAMPLE_AK", "AK-OTHER"),
            ("EXAMPLE_SK", SK),
            ("EXAMPLE_TOKEN", TOKEN),
            ("EXAMPLE_REGION", "north-1"),
            ("EXAMPLE_IDENTITY_URL", &server.url),
            ("HUAWEICLOUD_SDK_AK", "AK-HUAWEI"),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_PROJECT_ID", "p-huawei"),
            ("HUAWEICLOUD_SDK_REGION", "cn-north-4"),
            ("HOME", "/nonexistent-home"),
        ]))
        .unwrap_or_else(|e| panic!("{e}"))
        .endpoint(&server.url)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    client
        .0
        .call(&ListTenantThings)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let seen = server.requests();
    let iam: Vec<&Seen> = seen
        .iter()
        .filter(|s| s.uri.starts_with("/v3/projects"))
        .collect();
    assert_eq!(iam.len(), 1, "{seen:?}");
    // The region came from EXAMPLE_REGION, the IAM endpoint from
    // EXAMPLE_IDENTITY_URL, the token header is the profile's.
    assert_eq!(iam[0].uri, "/v3/projects?name=north-1");
    assert_eq!(iam[0].header("x-session-token"), Some(TOKEN));
    assert!(iam[0].header("x-security-token").is_none());
    let api = seen
        .iter()
        .find(|s| s.uri.starts_with("/v3/t-found/things"))
        .unwrap_or_else(|| panic!("no API call in {seen:?}"));
    assert_eq!(api.header("x-tenant"), Some("t-found"));
    assert_eq!(api.header("x-session-token"), Some(TOKEN));
    assert!(api.header("x-project-id").is_none() && api.header("x-security-token").is_none());
    let authorization = api.header("authorization").unwrap_or_default();
    assert!(authorization.contains("Access=AK-OTHER"), "{authorization}");
    // Both headers are signed, under the profile's names.
    assert!(
        authorization.contains("x-session-token") && authorization.contains("x-tenant"),
        "{authorization}"
    );

    // The messages name the profile's variables and file, and nobody else's.
    let client = ClientBuilder::<Client>::new(&OTHER_SERVICE)
        .from_lookup(lookup(&[("HOME", "/nonexistent-home")]))
        .unwrap_or_else(|e| panic!("{e}"))
        .region("north-1")
        .metadata_endpoint("http://127.0.0.1:9")
        .endpoint("http://127.0.0.1:9")
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let msg = message(client.0.call(&ListTenantThings).await);
    for part in [
        "no Example Cloud credentials found",
        "environment: no access key in the environment: EXAMPLE_AK and EXAMPLE_SK are not set",
        "credentials file: /nonexistent-home/.example/keys does not exist",
        "set EXAMPLE_AK and EXAMPLE_SK, write them to ~/.example/keys (section [default]",
    ] {
        assert!(msg.contains(part), "missing `{part}` in: {msg}");
    }
    assert!(!msg.contains("HUAWEI") && !msg.contains("huawei"), "{msg}");
}

#[test]
fn another_profile_reads_its_own_credentials_file_and_iam_endpoints() {
    let path = temp_file(
        "other-profile",
        "[basic]\nak = WRONG\nsk = x\n[default]\nak = AK-OTHER-FILE\nsk = x\n",
    );
    let shown = path.display().to_string();
    let (found, skipped) = CredentialChain::new(
        &huawei_profile::OTHER,
        arc_lookup(&[("EXAMPLE_CREDENTIALS", &shown)]),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .resolve_static();
    let found = found.unwrap_or_else(|| panic!("{skipped:?}"));
    assert_eq!(found.step, "credentials file");
    assert_eq!(found.credentials.access_key(), "AK-OTHER-FILE");
    let iam = &huawei_profile::OTHER.iam;
    assert_eq!(
        iam::endpoint_for(iam, None, "north-1"),
        "https://identity.north-1.example.test"
    );
    assert_eq!(
        iam::endpoint_for(iam, None, "cn-north-4"),
        "https://identity.example.test"
    );
}

#[tokio::test]
async fn another_profile_asks_its_own_metadata_paths_with_its_own_headers() {
    let server = Server::start(|seen| {
        if seen.method == "PUT" && seen.uri == "/token" && seen.header("x-token-ttl").is_some() {
            return Reply {
                status: 200,
                headers: vec![],
                body: "other-session".to_owned(),
                delay: Duration::ZERO,
            };
        }
        if seen.uri != "/keys" || seen.header("x-token") != Some("other-session") {
            return json(401, serde_json::json!({"error": "no token"}));
        }
        json(
            200,
            serde_json::json!({"credential": {
                "access": "AK-OTHER-META",
                "secret": SK,
                "securitytoken": TOKEN,
                "expires_at": "2999-01-01T00:00:00Z",
            }}),
        )
    })
    .await;
    let provider = MetadataProvider::new(&huawei_profile::OTHER.metadata, Some(&server.url))
        .unwrap_or_else(|e| panic!("{e}"));
    let credentials = provider
        .credentials()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(credentials.access_key(), "AK-OTHER-META");
    let uris: Vec<String> = server.requests().into_iter().map(|s| s.uri).collect();
    assert_eq!(uris, ["/token", "/keys"]);
}
