//! The whole test suite, in one binary (linking is what a cold CI run pays for).

mod freshness;
