//! The last pass: `rustfmt`, when the machine has it, over the emitted Rust
//! that [`crate::format::layout`] already laid out.
//!
//! For our own spec the layout is exactly what rustfmt leaves (a test holds
//! it to that), so this pass changes nothing there and `--check` needs no
//! rustfmt. Other documents can still produce shapes the layout does not
//! match yet (long match guards, closures as last arguments, `mod` order);
//! rustfmt settles them, so every crate written passes `cargo fmt --check`.
//! Without rustfmt the layout is kept and a warning says so.
//!
//! Only emitted files go through it: the runtime and the copied examples are
//! already formatted at their source, at rustfmt's default width, and
//! rustfmt would re-wrap them at the crate's width.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::diagnostics::Error;
use crate::emit::GeneratedFile;
use crate::format::MAX_WIDTH;

/// Files per `rustfmt` invocation: keeps the argument list far below ARG_MAX.
const BATCH: usize = 400;

/// Formats every emitted `.rs` file in place. Returns `false` when rustfmt is
/// missing (the files are then left as laid out).
pub fn finish(files: &mut [GeneratedFile]) -> Result<bool, Error> {
    if Command::new("rustfmt").arg("--version").output().is_err() {
        return Ok(false);
    }
    let scratch = Scratch::new()?;
    let emitted: Vec<usize> = (0..files.len())
        .filter(|&i| {
            let path = &files[i].path;
            path.ends_with(".rs") && path.starts_with("src/") && !path.starts_with("src/runtime/")
        })
        .collect();
    let mut paths = Vec::with_capacity(emitted.len());
    for &index in &emitted {
        let path = scratch.0.join(format!("f{index}.rs"));
        std::fs::write(&path, &files[index].contents).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        paths.push(path);
    }
    let config = format!("max_width={MAX_WIDTH},use_small_heuristics=Max,skip_children=true");
    // One rustfmt process per core at a time, each on a batch of files.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let batch = paths.len().div_ceil(cores).clamp(1, BATCH);
    for wave in paths.chunks(batch * cores) {
        let children = wave
            .chunks(batch)
            .map(|part| {
                Command::new("rustfmt")
                    .args(["--edition", "2024", "--config", &config])
                    .args(part)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
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
    for (&index, path) in emitted.iter().zip(&paths) {
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
