//! Updates a traffic mirror session and prints the updated session as JSON.
//!
//! ```text
//! cargo run --example update_traffic_mirror_session -- SESSION_ID [options]
//! ```
//!
//! Options (at least one):
//! `--name NAME`, `--description TEXT`, `--filter-id ID`, `--target-id ID`,
//! `--target-type eni|elb`, `--vni N` (virtual network id), `--packet-length N`,
//! `--priority N`, `--enabled true|false`, and `--endpoint URL` (also
//! `HUAWEICLOUD_SDK_ENDPOINT`) to override the region's endpoint.
//!
//! For example, the documented "mirror to a load balancer" update:
//!
//! ```text
//! cargo run --example update_traffic_mirror_session -- \
//!     16538eda-7e94-4b90-b5f3-a653f62dc817 \
//!     --target-type elb --target-id c9f8acef-d550-4fbe-be7c-e8bfd3501dc1
//! ```
//!
//! Credentials, project and region come from the environment as in the
//! `list_traffic_mirror_sessions` example (`HUAWEICLOUD_SDK_AK`, `_SK`,
//! `_PROJECT_ID`, `_SECURITY_TOKEN`, `_REGION`). The request is checked
//! against the documented constraints before anything is sent. Errors are
//! printed with their request id; the exit status is 1 on error, 2 on bad
//! arguments.

use std::process::ExitCode;

use huaweicloud_vpc_v3::models::{
    UpdateTrafficMirrorSessionOption, UpdateTrafficMirrorSessionRequestBody,
};
use huaweicloud_vpc_v3::{Client, Error};

const USAGE: &str = "usage: update_traffic_mirror_session SESSION_ID [--name NAME] \
[--description TEXT] [--filter-id ID] [--target-id ID] [--target-type eni|elb] [--vni N] \
[--packet-length N] [--priority N] [--enabled true|false] [--endpoint URL]";

struct Args {
    session_id: String,
    update: UpdateTrafficMirrorSessionOption,
    endpoint: Option<String>,
}

fn int(flag: &str, value: &str) -> Result<i32, String> {
    value
        .parse()
        .map_err(|_| format!("{flag}: `{value}` is not an integer"))
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let session_id = match it.next() {
        Some(id) if !id.starts_with('-') => id,
        Some(flag) if flag == "-h" || flag == "--help" => return Err(String::new()),
        _ => return Err("the first argument must be the session id".to_owned()),
    };
    let mut update = UpdateTrafficMirrorSessionOption::default();
    let mut endpoint = std::env::var("HUAWEICLOUD_SDK_ENDPOINT")
        .ok()
        .filter(|v| !v.trim().is_empty());
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--name" => update.name = Some(value),
            "--description" => update.description = Some(value),
            "--filter-id" => update.traffic_mirror_filter_id = Some(value),
            "--target-id" => update.traffic_mirror_target_id = Some(value),
            "--target-type" => update.traffic_mirror_target_type = Some(value.into()),
            "--vni" => update.virtual_network_id = Some(int(&flag, &value)?),
            "--packet-length" => update.packet_length = Some(int(&flag, &value)?),
            "--priority" => update.priority = Some(int(&flag, &value)?),
            "--enabled" => match value.as_str() {
                "true" | "false" => update.enabled = Some(value.into()),
                _ => return Err(format!("--enabled: `{value}` is not true or false")),
            },
            "--endpoint" => endpoint = Some(value),
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if update == UpdateTrafficMirrorSessionOption::default() {
        return Err("nothing to update: give at least one field option".to_owned());
    }
    Ok(Args {
        session_id,
        update,
        endpoint,
    })
}

async fn run(args: Args) -> Result<(), Error> {
    let mut builder = Client::builder().from_env()?;
    if let Some(endpoint) = args.endpoint {
        builder = builder.endpoint(endpoint);
    }
    let client = builder.build()?;
    let body = UpdateTrafficMirrorSessionRequestBody {
        traffic_mirror_session: args.update,
    };
    let response = client
        .update_traffic_mirror_session(args.session_id, body)
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
