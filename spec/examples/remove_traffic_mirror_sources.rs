//! Disassociates mirror sources (elastic network interface ids) from a
//! traffic mirror session and prints the resulting session as JSON.
//!
//! ```text
//! cargo run --example remove_traffic_mirror_sources -- [--endpoint URL] SESSION_ID SOURCE_ID...
//! ```
//!
//! For example, the documented request:
//!
//! ```text
//! cargo run --example remove_traffic_mirror_sources -- \
//!     e15a6e40-2580-4949-bf2a-55ee7cd49392 6134900d-31a6-4b71-8453-dbca7f26982a
//! ```
//!
//! Credentials, project and region come from the environment as in the
//! `list_traffic_mirror_sessions` example (`HUAWEICLOUD_SDK_AK`, `_SK`,
//! `_PROJECT_ID`, `_SECURITY_TOKEN`, `_REGION`); `--endpoint URL` (or
//! `HUAWEICLOUD_SDK_ENDPOINT`) overrides the region's endpoint. Errors are
//! printed with their request id; the exit status is 1 on error, 2 on bad
//! arguments.

use std::process::ExitCode;

use huaweicloud_vpc_v3::models::{
    RemoveSourcesFromTrafficMirrorSessionRequestBody, TrafficMirrorSourcesOption,
};
use huaweicloud_vpc_v3::{Client, Error};

const USAGE: &str =
    "usage: remove_traffic_mirror_sources [--endpoint URL] SESSION_ID SOURCE_ID [SOURCE_ID...]";

struct Args {
    session_id: String,
    sources: Vec<String>,
    endpoint: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut endpoint = std::env::var("HUAWEICLOUD_SDK_ENDPOINT")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let mut positional = Vec::new();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--endpoint" => endpoint = Some(it.next().ok_or("--endpoint needs a URL")?),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            _ => positional.push(arg),
        }
    }
    if positional.len() < 2 {
        return Err("give the session id and at least one source id".to_owned());
    }
    let session_id = positional.remove(0);
    Ok(Args {
        session_id,
        sources: positional,
        endpoint,
    })
}

async fn run(args: Args) -> Result<(), Error> {
    let mut builder = Client::builder().from_env()?;
    if let Some(endpoint) = args.endpoint {
        builder = builder.endpoint(endpoint);
    }
    let client = builder.build()?;
    let body = RemoveSourcesFromTrafficMirrorSessionRequestBody {
        traffic_mirror_session: TrafficMirrorSourcesOption {
            traffic_mirror_sources: args.sources,
        },
    };
    let response = client
        .remove_sources_from_traffic_mirror_session(args.session_id, body)
        .send()
        .await?;
    match serde_json::to_string_pretty(&response.traffic_mirror_session) {
        Ok(json) => println!("{json}"),
        Err(e) => eprintln!("cannot print the session: {e}"),
    }
    if let Some(id) = response.request_id() {
        eprintln!("request id: {id}");
    }
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
