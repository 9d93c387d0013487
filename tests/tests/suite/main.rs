//! The whole test suite, in one binary (linking is what a cold CI run pays for).

mod call_overrides;
mod cli_errors;
mod conformance;
mod dependencies;
mod docs_hygiene;
mod errors;
mod freshness;
mod huawei;
mod ir_snapshots;
mod leniency;
mod mock;
mod models;
mod operations;
mod pagination;
mod public_api;
mod response_fuzz;
mod responses;
mod retries;
mod scenario;
mod signing;
mod spec_validation;
mod support;
mod typed_errors;
mod validation;
