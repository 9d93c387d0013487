//! The generator: an OpenAPI 3.0 document in, a self-contained Rust client
//! crate out.
//!
//! ```text
//! spec text --load--> openapiv3::OpenAPI --resolve--> ir::Api --emit--> files in memory --write--> generated/
//! ```
//!
//! Each stage is a module with one entry point: [`load::load_file`],
//! [`resolve::resolve`], [`emit::emit`], [`write::write`] / [`write::check`].
//! [`generate`] runs the first three; the binary adds the last.

pub mod cli;
pub mod diagnostics;
pub mod emit;
pub mod format;
pub mod ir;
pub mod load;
#[cfg(test)]
mod module_graph;
pub mod resolve;
pub mod runtime_source;
pub mod timing;
pub mod write;

use std::path::{Path, PathBuf};

pub use diagnostics::{Diagnostic, Error};
pub use emit::GeneratedFile;
pub use resolve::ResolveOptions;

/// What a run produced: the files, and what was left out or only warned about.
#[derive(Debug, Clone)]
pub struct Generation {
    pub files: Vec<GeneratedFile>,
    pub skipped: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// The spec file a `--spec` argument names: the file itself, or in a
/// directory `openapi.yaml` (or its only YAML file).
pub fn spec_file(path: &Path) -> Result<PathBuf, Error> {
    if !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    let preferred = path.join("openapi.yaml");
    if preferred.is_file() {
        return Ok(preferred);
    }
    let entries = std::fs::read_dir(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut yaml: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    yaml.sort();
    match yaml.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(Error::Output {
            path: path.to_path_buf(),
            message: "contains no .yaml or .yml spec".into(),
        }),
        _ => Err(Error::Output {
            path: path.to_path_buf(),
            message:
                "contains several YAML files and no openapi.yaml; name the spec file with --spec"
                    .into(),
        }),
    }
}

/// Hand-written example programs kept beside the spec (`examples/*.rs`),
/// copied into the crate's `examples/`.
pub fn spec_examples(spec: &Path) -> Result<Vec<GeneratedFile>, Error> {
    let Some(dir) = spec.parent().map(|p| p.join("examples")) else {
        return Ok(Vec::new());
    };
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(&dir).map_err(|source| Error::Read {
        path: dir.clone(),
        source,
    })?;
    let mut files = Vec::new();
    for path in entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
    {
        let contents = std::fs::read_to_string(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(GeneratedFile {
            path: format!("examples/{name}"),
            contents,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Loads, resolves and emits: everything but writing.
pub fn generate(spec: &Path, options: ResolveOptions) -> Result<Generation, Error> {
    generate_into(spec, options, &|_| {})
}

/// [`generate`], handing each Rust file to `sink` as soon as it is laid out
/// ([`emit::emit_into`]), so that writing overlaps emission.
pub fn generate_into(
    spec: &Path,
    options: ResolveOptions,
    sink: &(dyn Fn(&GeneratedFile) + Sync),
) -> Result<Generation, Error> {
    let mut timer = timing::Timer::start();
    let spec = spec_file(spec)?;
    let loaded = load::load_file(&spec)?;
    timer.span("load");
    let resolved = resolve::resolve(&loaded, options)?;
    timer.span("resolve");
    let examples = spec_examples(&spec)?;
    let files = emit::emit_into(&resolved.api, &examples, sink)?;
    timer.span("emit (build, print, layout)");
    timing::report_layout();
    let mut warnings = loaded.warnings;
    warnings.extend(resolved.warnings);
    Ok(Generation {
        files,
        skipped: resolved.skipped,
        warnings,
    })
}
