//! Lists every traffic mirror session of a project, over all pages, and
//! prints one JSON object per line per session.
//!
//! ```text
//! cargo run --example list_traffic_mirror_sessions -- [--limit N] [--endpoint URL]
//! ```
//!
//! Configuration:
//! - credentials: `HUAWEICLOUD_SDK_AK` / `HUAWEICLOUD_SDK_SK` (or `CLOUD_SDK_AK` /
//!   `CLOUD_SDK_SK`), optionally `HUAWEICLOUD_SDK_SECURITY_TOKEN` for temporary
//!   credentials; else `~/.huaweicloud/credentials` (or
//!   `HUAWEICLOUD_SDK_CREDENTIALS_FILE`); else, on an ECS with an agency, the
//!   metadata service;
//! - project: `HUAWEICLOUD_SDK_PROJECT_ID`, or else looked up once through IAM
//!   (`HUAWEICLOUD_SDK_IAM_ENDPOINT`, default the region's IAM endpoint);
//! - region: `HUAWEICLOUD_SDK_REGION` (default `cn-north-4`); the client itself
//!   honours `HUAWEICLOUD_SDK_REGION_VPC_<REGION>` (e.g.
//!   `HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4=https://...`) as that region's endpoint;
//! - endpoint: `--endpoint URL` (or `HUAWEICLOUD_SDK_ENDPOINT`) overrides the
//!   region's endpoint altogether;
//! - `--limit N`: page size (0 to 2000, default 100).
//!
//! On error it prints the error and its request id (if the server assigned
//! one) to stderr and exits with status 1.

use std::process::ExitCode;

use futures_util::TryStreamExt;
use huaweicloud_vpc_v3::{Client, Error};

const USAGE: &str = "usage: list_traffic_mirror_sessions [--limit N] [--endpoint URL]";

struct Args {
    limit: i32,
    endpoint: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        limit: 100,
        endpoint: std::env::var("HUAWEICLOUD_SDK_ENDPOINT")
            .ok()
            .filter(|v| !v.trim().is_empty()),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--limit" => {
                let value = it.next().ok_or("--limit needs a value")?;
                args.limit = value
                    .parse()
                    .map_err(|_| format!("--limit: `{value}` is not an integer"))?;
            }
            "--endpoint" => args.endpoint = Some(it.next().ok_or("--endpoint needs a URL")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(args)
}

async fn run(args: Args) -> Result<(), Error> {
    let mut builder = Client::builder().from_env()?;
    if let Some(endpoint) = args.endpoint {
        builder = builder.endpoint(endpoint);
    }
    let client = builder.build()?;

    // The stream follows `page_info.next_marker` as `marker` until a page has
    // none; the next page is only requested once this one is printed.
    let sessions = client
        .list_traffic_mirror_sessions()
        .limit(args.limit)
        .into_stream();
    let mut sessions = std::pin::pin!(sessions);
    let mut count = 0usize;
    while let Some(session) = sessions.try_next().await? {
        match serde_json::to_string(&session) {
            Ok(line) => println!("{line}"),
            Err(e) => eprintln!("cannot print session {:?}: {e}", session.id),
        }
        count += 1;
    }
    eprintln!("{count} traffic mirror session(s)");
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(id) = e.request_id() {
                eprintln!("request id: {id}");
            }
            ExitCode::FAILURE
        }
    }
}
