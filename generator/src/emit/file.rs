//! What emit produces and the later stages (the finishing pass, write and
//! check) consume: one file of the generated crate, in memory. It lives
//! apart from `emit`'s entry point so that every emitter can name it
//! without importing the module that calls it.

/// One file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators.
    pub path: String,
    pub contents: String,
}
