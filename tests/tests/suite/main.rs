//! The whole test suite, in one binary (linking is what a cold CI run pays for).

mod cli_errors;
mod freshness;
mod ir_snapshots;
mod response_fuzz;
mod spec_validation;
