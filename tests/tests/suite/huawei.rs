//! The generated crate's Huawei Cloud behaviour end to end: the list example,
//! built and run as a process with no project id configured, discovers the
//! project through IAM (`HUAWEICLOUD_SDK_IAM_ENDPOINT` pointing at the local
//! server, which checks every signature) and lists every session; and a
//! crate generated from a spec without SDK-HMAC-SHA256 carries nothing of
//! Huawei.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{Value, json};

use crate::support::{AK, Reply, SK, Seen, Server};

const DISCOVERED: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const IDS: [&str; 5] = ["s-1", "s-2", "s-3", "s-4", "s-5"];

/// IAM's project list for `cn-north-4`, and the API's session pages (two per
/// page) for the discovered project only.
fn iam_and_sessions(seen: &Seen) -> Reply {
    if seen.path == "/v3/projects" {
        if seen.query_values("name") != ["cn-north-4"] || seen.header("x-project-id").is_some() {
            return Reply::json(
                400,
                json!({"error_code": "IAM.0001", "error_msg": "bad lookup"}),
            );
        }
        return Reply::json(
            200,
            json!({"projects": [{"id": DISCOVERED, "name": "cn-north-4", "enabled": true}]}),
        );
    }
    if seen.path != format!("/v3/{DISCOVERED}/vpc/traffic-mirror-sessions")
        || seen.header("x-project-id") != Some(DISCOVERED)
    {
        return Reply::json(
            404,
            json!({"error_code": "VPC.0404", "error_msg": format!("unexpected {}", seen.path)}),
        );
    }
    let start = match seen.query_values("marker").as_slice() {
        [] => 0,
        [m] => IDS
            .iter()
            .position(|id| id == m)
            .map_or(IDS.len(), |i| i + 1),
        _ => IDS.len(),
    };
    let page: Vec<&str> = IDS.iter().copied().skip(start).take(2).collect();
    let mut page_info = json!({"current_count": page.len()});
    if start + page.len() < IDS.len() {
        page_info["next_marker"] = json!(page.last());
    }
    let sessions: Vec<Value> = page
        .iter()
        .map(|id| json!({"id": id, "name": format!("name-{id}"), "enabled": true}))
        .collect();
    Reply::json(
        200,
        json!({"traffic_mirror_sessions": sessions, "page_info": page_info, "request_id": "r"}),
    )
}

/// Builds the example with the cargo running this test and returns its path.
fn build_example(name: &str) -> PathBuf {
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--message-format=json",
            "-p",
            "huaweicloud-vpc-v3",
            "--example",
            name,
        ])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "building the example failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|msg| msg["target"]["name"] == name)
        .find_map(|msg| msg["executable"].as_str().map(PathBuf::from))
        .expect("cargo reports the example's executable")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_example_discovers_the_project_and_lists_every_session() {
    let server = Server::start(iam_and_sessions).await;
    let url = server.url();
    let home = std::env::temp_dir().join(format!("huawei-example-home-{}", std::process::id()));
    let output = tokio::task::spawn_blocking(move || {
        let example = build_example("list_traffic_mirror_sessions");
        let mut command = Command::new(example);
        // Only what a user on a fresh machine would set: no project id.
        for (name, _) in std::env::vars() {
            if name.starts_with("HUAWEICLOUD_") || name.starts_with("CLOUD_SDK_") {
                command.env_remove(name);
            }
        }
        command
            .env("HOME", &home)
            .env("HUAWEICLOUD_SDK_AK", AK)
            .env("HUAWEICLOUD_SDK_SK", SK)
            .env("HUAWEICLOUD_SDK_REGION", "cn-north-4")
            .env("HUAWEICLOUD_SDK_IAM_ENDPOINT", &url)
            .args(["--endpoint", &url, "--limit", "2"])
            .output()
            .expect("the example runs")
    })
    .await
    .expect("blocking task");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let ids: Vec<String> = stdout
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("one JSON object per line");
            v["id"].as_str().unwrap_or_default().to_owned()
        })
        .collect();
    assert_eq!(ids, IDS);
    assert!(stderr.contains("5 traffic mirror session(s)"), "{stderr}");

    // One IAM lookup, then three pages; every request was signed correctly.
    assert_eq!(server.rejected(), 0);
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths[0], "/v3/projects");
    assert_eq!(paths.iter().filter(|p| *p == "/v3/projects").count(), 1);
    assert_eq!(paths.len(), 4, "{paths:?}");
}

/// What the generator makes of the spec `text`.
fn generate_text(text: &str) -> generator::Generation {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("openapi.yaml");
    std::fs::write(&path, text).expect("write spec");
    generator::generate(&path, generator::ResolveOptions::default())
        .unwrap_or_else(|e| panic!("the spec generates: {e}"))
}

/// A spec with no SDK-HMAC-SHA256 scheme gives a crate without the Huawei
/// module and without Huawei names anywhere in its runtime.
#[test]
fn other_apis_carry_nothing_of_huawei() {
    let spec = r#"
openapi: 3.0.3
info: {title: Pets, version: "1.0"}
servers: [{url: "https://pets.example.com"}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
security: [{key: []}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"#;
    let generation = generate_text(spec);
    let runtime: Vec<_> = generation
        .files
        .iter()
        .filter(|f| f.path.starts_with("src/") || f.path.starts_with("runtime/"))
        .collect();
    assert!(runtime.iter().any(|f| f.path == "runtime/src/transport.rs"));
    for file in &runtime {
        let lower = file.contents.to_ascii_lowercase();
        for word in [
            "huawei",
            "x-project-id",
            "x-security-token",
            "sdk-hmac-sha256",
            "x-sdk-date",
            "metadata-token",
            "169.254.169.254",
        ] {
            assert!(!lower.contains(word), "{} mentions {word}", file.path);
        }
    }
}

/// A spec that signs with SDK-HMAC-SHA256 under another deployment's names
/// gives a crate whose `service.rs` carries those names, and whose runtime
/// (the SDK-HMAC-SHA256 module included) carries none of Huawei Cloud's.
#[test]
fn the_signing_deployment_names_come_from_the_spec() {
    let spec = r#"
openapi: 3.0.3
info: {title: Things, version: "1.0"}
servers: [{url: "https://things.example.test"}]
components:
  securitySchemes:
    signed:
      type: apiKey
      in: header
      name: Authorization
      x-vendorgen-signing-algorithm: SDK-HMAC-SHA256
      x-vendorgen-credentials:
        provider: Example Cloud
        environment:
          access_key: [EXAMPLE_AK, OLD_EXAMPLE_AK]
          secret_key: EXAMPLE_SK
          security_token: [EXAMPLE_TOKEN]
          project_id: [EXAMPLE_TENANT]
          region: [EXAMPLE_REGION]
          iam_endpoint: [EXAMPLE_IDENTITY_URL]
          credentials_file: [EXAMPLE_CREDENTIALS]
        credentials_file: {path: '~/.example/keys', section: default}
        project_id_header: X-Tenant
        security_token_header: X-Session-Token
        project_id_value: tenant_id
        iam:
          regional_endpoint: 'https://identity.{region}.example.test'
          global_endpoint: https://identity.example.test
          regions: [north-1]
        metadata:
          endpoint: http://10.0.0.1
          token_path: /token
          credentials_path: /keys
          token_ttl_header: X-Token-Ttl
          token_header: X-Token
security: [{signed: []}]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"#;
    let generation = generate_text(spec);
    let service = generation
        .files
        .iter()
        .find(|f| f.path == "src/service.rs")
        .expect("service.rs");
    for expected in [
        r#"provider: "Example Cloud""#,
        r#"access_key: &["EXAMPLE_AK", "OLD_EXAMPLE_AK"]"#,
        r#"secret_key: &["EXAMPLE_SK"]"#,
        r#"region: &["EXAMPLE_REGION"]"#,
        r#"path: "~/.example/keys""#,
        r#"section: "default""#,
        r#"project_id_header: "X-Tenant""#,
        r#"security_token_header: "X-Session-Token""#,
        r#"project_id_value: "tenant_id""#,
        r#"regional_endpoint: "https://identity.{region}.example.test""#,
        r#"regions: &["north-1"]"#,
        r#"endpoint: "http://10.0.0.1""#,
        r#"token_header: "X-Token""#,
        "AuthScheme::Custom(&SDK_HMAC_SHA256)",
    ] {
        assert!(
            service.contents.contains(expected),
            "service.rs lacks {expected}:\n{}",
            service.contents
        );
    }
    // The docs a user reads name the same things.
    let text = |path: &str| {
        generation
            .files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.clone())
            .unwrap_or_else(|| panic!("{path} is generated"))
    };
    let readme = text("README.md");
    for expected in [
        "`EXAMPLE_AK` (or `OLD_EXAMPLE_AK`) and `EXAMPLE_SK`",
        "`~/.example/keys`",
        "`https://identity.{region}.example.test`",
        "`http://10.0.0.1`",
    ] {
        assert!(readme.contains(expected), "README.md lacks {expected}");
    }
    assert!(text("src/client.rs").contains("the region from `EXAMPLE_REGION`"));
    let crate_files: Vec<_> = generation
        .files
        .iter()
        .filter(|f| {
            f.path.starts_with("runtime/src/")
                || ["src/service.rs", "src/client.rs", "README.md"].contains(&f.path.as_str())
        })
        .collect();
    assert!(
        crate_files
            .iter()
            .any(|f| f.path == "runtime/src/huawei_profile.rs")
    );
    for file in &crate_files {
        let lower = file.contents.to_ascii_lowercase();
        for word in [
            "huaweicloud_sdk",
            "cloud_sdk_ak",
            ".huaweicloud",
            "myhuaweicloud",
            "x-project-id",
            "x-security-token",
            "169.254.169.254",
            "x-metadata-token",
            "/openstack/latest",
        ] {
            assert!(!lower.contains(word), "{} mentions {word}", file.path);
        }
    }
}

/// A wrong secret key against the gateway-like server: the error keeps the
/// service's code and adds what to check, without the key.
#[tokio::test]
async fn a_refused_signature_says_what_to_check() {
    let server = Server::start(|_| Reply::json(200, json!({"traffic_mirror_sessions": []}))).await;
    let client = server
        .builder()
        .credentials(
            huaweicloud_vpc_v3::Credentials::new(AK, "not-the-secret-key")
                .with_project_id(crate::support::PROJECT),
        )
        .build()
        .expect("client builds");
    let error = client
        .list_traffic_mirror_sessions()
        .send()
        .await
        .expect_err("the server refuses the signature");
    let message = error.to_string();
    assert!(message.contains("APIGW.0301"), "{message}");
    assert!(message.contains("the signature was refused"), "{message}");
    // The local server's clock is this machine's.
    assert!(
        message.contains("agrees with the server's Date"),
        "{message}"
    );
    assert!(message.contains(&format!("access key {AK}")), "{message}");
    assert!(message.contains("path encoding"), "{message}");
    assert!(!message.contains("not-the-secret-key"), "{message}");
}
