//! Per-call cost of the generated client's sans-IO work, no network.
//!
//! For the three seed operations (update session, list sessions, remove
//! sources):
//! - `build_sign/*`: `Operation::build_request` (validation on) and then
//!   the runtime's `huawei::signing::sign` at a fixed time over the headers the transport
//!   would send (`Content-Type`, `X-Project-Id`, `Host`);
//! - `parse/*`: `Operation::parse_response` on the documented example
//!   response from the spec.
//!
//! Run with `cargo bench -p spec-tests --bench client`.

use std::hint::black_box;
use std::time::Duration;

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use huaweicloud_vpc_v3::models;
use huaweicloud_vpc_v3::operations::traffic_mirror_sessions::{
    ListTrafficMirrorSessionsRequest, RemoveSourcesFromTrafficMirrorSessionRequest,
    UpdateTrafficMirrorSessionRequest,
};
// Signing is not part of the generated crate's API; the runtime crate is
// the same source the generated crate copies.
use client_runtime::huawei::signing::{self, SigningInput};
use huaweicloud_vpc_v3::sans_io::{HeaderMap, Operation, Request, RequestContext, Response};
use serde_json::Value;

const AK: &str = "HPUAL8ZRZCZC4YTKNQ9X";
const SK: &str = "w6qU1CGm2b9bS7Yi6BTs0gE/zV+xq4Yn3lK8dJrP";
const PROJECT: &str = "7365fcd452924e398ec4cc1fe39c0d12";
const HOST: &str = "vpc.cn-north-4.myhuaweicloud.com";

/// Builds and signs `op` the way the transport does for one attempt.
fn build_and_sign<O: Operation>(op: &O, ctx: &RequestContext) -> signing::Signature {
    let request: Request = op.build_request(ctx).expect("valid request");
    let mut headers = request.headers.clone();
    if request.header("Content-Type").is_none() {
        headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
    }
    headers.push(("X-Project-Id".to_owned(), PROJECT.to_owned()));
    headers.push(("Host".to_owned(), HOST.to_owned()));
    let path = signing::normalize_path(&request.path);
    let input = SigningInput {
        method: request.method.as_str(),
        path: &path,
        query: &request.query,
        headers: &headers,
        body: request.body.as_deref().unwrap_or_default(),
    };
    signing::sign(
        &input,
        AK,
        SK,
        time::macros::datetime!(2024-05-01 12:00:00 UTC),
    )
}

fn example(spec: &Value, pointer: &str) -> Value {
    spec.pointer(pointer)
        .unwrap_or_else(|| panic!("no example at {pointer}"))
        .clone()
}

fn response(value: &Value) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-request-id",
        "a7ee4a0e-12e9-457a-b739-46bffb2e7bbb".parse().unwrap(),
    );
    Response {
        status: 200,
        headers,
        body: Bytes::from(serde_json::to_vec(value).unwrap()),
    }
}

fn benches(c: &mut Criterion) {
    let spec = spec_tests::spec_json();
    let ctx = RequestContext::new().with_value("project_id", PROJECT);
    let session =
        "/paths/~1v3~1{project_id}~1vpc~1traffic-mirror-sessions~1{traffic_mirror_session_id}";
    let list = "/paths/~1v3~1{project_id}~1vpc~1traffic-mirror-sessions/get";
    let update_body: models::UpdateTrafficMirrorSessionRequestBody = serde_json::from_value(example(
        &spec,
        &format!("{session}/put/requestBody/content/application~1json/examples/UpdateSessionTargetElb/value"),
    ))
    .unwrap();
    let remove_body: models::RemoveSourcesFromTrafficMirrorSessionRequestBody = serde_json::from_value(example(
        &spec,
        &format!("{session}~1remove-sources/put/requestBody/content/application~1json/examples/RemoveSourceFromSession/value"),
    ))
    .unwrap();
    let update =
        UpdateTrafficMirrorSessionRequest::new("16538eda-7e94-4b90-b5f3-a653f62dc817", update_body);
    let remove = RemoveSourcesFromTrafficMirrorSessionRequest::new(
        "e15a6e40-2580-4949-bf2a-55ee7cd49392",
        remove_body,
    );
    let mut list_op = ListTrafficMirrorSessionsRequest::new();
    list_op.limit = Some(100);
    list_op.marker = Some("6cc12480-5a92-4aed-99fb-07c52cc98961".to_owned());

    let update_resp = response(&example(
        &spec,
        &format!(
            "{session}/put/responses/200/content/application~1json/examples/UpdateTrafficMirrorSessionOk/value"
        ),
    ));
    let list_resp = response(&example(
        &spec,
        &format!(
            "{list}/responses/200/content/application~1json/examples/ListTrafficMirrorSessionsOk/value"
        ),
    ));
    let remove_resp = response(&example(
        &spec,
        &format!(
            "{session}~1remove-sources/put/responses/200/content/application~1json/examples/RemoveSourcesFromTrafficMirrorSessionOk/value"
        ),
    ));

    let mut group = c.benchmark_group("build_sign");
    group
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    group.bench_function("update_traffic_mirror_session", |b| {
        b.iter(|| build_and_sign(black_box(&update), &ctx))
    });
    group.bench_function("list_traffic_mirror_sessions", |b| {
        b.iter(|| build_and_sign(black_box(&list_op), &ctx))
    });
    group.bench_function("remove_sources_from_traffic_mirror_session", |b| {
        b.iter(|| build_and_sign(black_box(&remove), &ctx))
    });
    // The two halves of the first figure, to see where the time goes.
    group.bench_function("update_build_only", |b| {
        b.iter(|| black_box(&update).build_request(&ctx).unwrap())
    });
    let update_request = update.build_request(&ctx).unwrap();
    let headers = vec![
        ("Content-Type".to_owned(), "application/json".to_owned()),
        ("X-Project-Id".to_owned(), PROJECT.to_owned()),
        ("Host".to_owned(), HOST.to_owned()),
    ];
    group.bench_function("update_sign_only", |b| {
        b.iter(|| {
            let input = SigningInput {
                method: "PUT",
                path: &update_request.path,
                query: &update_request.query,
                headers: &headers,
                body: update_request.body.as_deref().unwrap_or_default(),
            };
            signing::sign(
                black_box(&input),
                AK,
                SK,
                time::macros::datetime!(2024-05-01 12:00:00 UTC),
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("parse");
    group
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    group.bench_function("update_traffic_mirror_session", |b| {
        b.iter(|| {
            UpdateTrafficMirrorSessionRequest::parse_response(black_box(update_resp.clone()))
                .unwrap()
        })
    });
    group.bench_function("list_traffic_mirror_sessions", |b| {
        b.iter(|| {
            ListTrafficMirrorSessionsRequest::parse_response(black_box(list_resp.clone())).unwrap()
        })
    });
    group.bench_function("remove_sources_from_traffic_mirror_session", |b| {
        b.iter(|| {
            RemoveSourcesFromTrafficMirrorSessionRequest::parse_response(black_box(
                remove_resp.clone(),
            ))
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(client, benches);
criterion_main!(client);
