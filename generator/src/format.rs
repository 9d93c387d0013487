//! Final formatting of the emitted Rust with `rustfmt`, so the generated crate
//! passes `cargo fmt --check` as generated (prettyplease's layout is close to
//! rustfmt's, not identical).
//!
//! All files go through `rustfmt` in batches (one process per core at a
//! time), in a scratch directory, so formatting thousands of files costs a
//! few spawns rather than one per file. Without `rustfmt` on the PATH the prettyplease
//! layout is kept and a warning says so.

use std::path::PathBuf;
use std::process::Command;

use crate::diagnostics::Error;
use crate::emit::GeneratedFile;

/// Files per `rustfmt` invocation: keeps the argument list far below ARG_MAX.
const BATCH: usize = 400;

/// Formats every `.rs` file in place. Returns `false` when rustfmt is missing.
pub fn rustfmt(files: &mut [GeneratedFile]) -> Result<bool, Error> {
    if Command::new("rustfmt").arg("--version").output().is_err() {
        return Ok(false);
    }
    let scratch = Scratch::new()?;
    let rust: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].path.ends_with(".rs"))
        .collect();
    let mut paths = Vec::with_capacity(rust.len());
    for &index in &rust {
        let path = scratch.0.join(format!("f{index}.rs"));
        std::fs::write(&path, &files[index].contents).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        paths.push(path);
    }
    // One rustfmt process per core at a time, each on a batch of files.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let batch = paths.len().div_ceil(cores).clamp(1, BATCH);
    for wave in paths.chunks(batch * cores) {
        let children = wave
            .chunks(batch)
            .map(|part| {
                Command::new("rustfmt")
                    .args(["--edition", "2024", "--config", "skip_children=true"])
                    .args(part)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .map_err(|source| Error::Write {
                        path: PathBuf::from("rustfmt"),
                        source,
                    })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        for child in children {
            let output = child.wait_with_output().map_err(|source| Error::Write {
                path: PathBuf::from("rustfmt"),
                source,
            })?;
            if !output.status.success() {
                return Err(Error::Emit {
                    what: "rustfmt".into(),
                    message: String::from_utf8_lossy(&output.stderr).into_owned(),
                });
            }
        }
    }
    for (&index, path) in rust.iter().zip(&paths) {
        files[index].contents = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
    }
    Ok(true)
}

/// A private scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Self, Error> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("generator-fmt-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
