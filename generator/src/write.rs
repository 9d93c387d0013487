//! Stage 4: the files in memory against the output directory.
//!
//! `check` reports what differs. `write` replaces the directory as a whole:
//! the new tree is built beside it (unchanged files hard-linked, so their
//! timestamps and cargo's caches survive), then swapped in with one atomic
//! `renameat2(RENAME_EXCHANGE)` on Linux. Killing the generator at any moment
//! leaves either the old tree or the new one, never a mix; leftovers of a
//! killed run are cleaned up by the next one.
//!
//! [`Pending`] is the same write with the files arriving one by one, from
//! any thread, while the rest are still being generated (the CLI writes
//! each Rust file as soon as it is laid out); [`write`] gives it all the
//! files at once.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diagnostics::Error;
use crate::emit::GeneratedFile;

/// Entries of the output directory that are not ours and survive a rewrite.
const KEPT: &[&str] = &["target", "Cargo.lock"];

/// How the output directory differs from what the spec produces.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }

    /// One line per file: `+ added`, `~ changed`, `- removed`.
    pub fn listing(&self) -> String {
        let mut lines = Vec::new();
        lines.extend(self.added.iter().map(|p| format!("  + {p} (missing)")));
        lines.extend(self.changed.iter().map(|p| format!("  ~ {p} (differs)")));
        lines.extend(
            self.removed
                .iter()
                .map(|p| format!("  - {p} (no longer generated)")),
        );
        lines.join("\n")
    }
}

/// Every file under `dir` (relative paths), except the kept entries.
pub fn read_tree(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, Error> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return Ok(out);
    }
    if !dir.is_dir() {
        return Err(Error::Output {
            path: dir.to_path_buf(),
            message: "exists but is not a directory".into(),
        });
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let absolute = dir.join(&relative);
        let entries = std::fs::read_dir(&absolute).map_err(|source| Error::Write {
            path: absolute.clone(),
            source,
        })?;
        for entry in entries {
            let entry = entry.map_err(|source| Error::Write {
                path: absolute.clone(),
                source,
            })?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if relative.as_os_str().is_empty() && KEPT.contains(&name.as_str()) {
                continue;
            }
            let child = relative.join(&name);
            let file_type = entry.file_type().map_err(|source| Error::Write {
                path: entry.path(),
                source,
            })?;
            if file_type.is_dir() {
                stack.push(child);
            } else {
                let bytes = std::fs::read(entry.path()).map_err(|source| Error::Write {
                    path: entry.path(),
                    source,
                })?;
                out.insert(slash_path(&child), bytes);
            }
        }
    }
    Ok(out)
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

pub fn diff(files: &[GeneratedFile], existing: &BTreeMap<String, Vec<u8>>) -> Changes {
    let mut changes = Changes::default();
    for file in files {
        match existing.get(&file.path) {
            None => changes.added.push(file.path.clone()),
            Some(bytes) if bytes.as_slice() != file.contents.as_bytes() => {
                changes.changed.push(file.path.clone())
            }
            Some(_) => {}
        }
    }
    let generated: std::collections::HashSet<&str> =
        files.iter().map(|f| f.path.as_str()).collect();
    for path in existing.keys() {
        if !generated.contains(path.as_str()) {
            changes.removed.push(path.clone());
        }
    }
    changes
}

/// Compares without writing.
pub fn check(files: &[GeneratedFile], dir: &Path) -> Result<Changes, Error> {
    Ok(diff(files, &read_tree(dir)?))
}

/// Brings `dir` in line with `files`; returns what changed.
pub fn write(files: &[GeneratedFile], dir: &Path) -> Result<Changes, Error> {
    Pending::start(dir)?.finish(files)
}

/// A write under way: the output directory read, and the new tree built
/// beside it as files arrive ([`Pending::put`], from any thread, while the
/// rest are still being generated), then completed and swapped in by
/// [`Pending::finish`]. Dropped without finishing (generation failed), it
/// removes what it built: the output directory itself changes only in the
/// swap.
pub struct Pending {
    dir: PathBuf,
    parent: PathBuf,
    name: String,
    staging: PathBuf,
    existing: BTreeMap<String, Vec<u8>>,
    /// Whether files are written before `finish`: not when a killed run left
    /// the old tree aside, which `finish` puts back before anything else.
    early: bool,
    progress: Mutex<Progress>,
}

/// What [`Pending::put`] has done so far.
#[derive(Default)]
struct Progress {
    /// Directories of the new tree created so far.
    created: HashSet<PathBuf>,
    /// Files written into the new tree.
    written: HashSet<String>,
    /// The first failure; nothing more is written after it.
    error: Option<Error>,
}

impl Pending {
    /// Reads `dir` (which may not exist yet) and names the new tree beside
    /// it; creates nothing yet.
    pub fn start(dir: &Path) -> Result<Pending, Error> {
        let dir = absolute(dir)?;
        let parent = dir
            .parent()
            .map(Path::to_path_buf)
            .ok_or_else(|| Error::Output {
                path: dir.clone(),
                message: "has no parent directory".into(),
            })?;
        if !parent.is_dir() {
            return Err(Error::Output {
                path: parent,
                message: "the parent of the output directory does not exist".into(),
            });
        }
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let early = dir.exists() || !has_old_tree_aside(&parent, &name);
        let existing = read_tree(&dir)?;
        let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
        // Only a killed run with this process id can have left it: its files
        // must not mix with ours.
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|source| Error::Write {
                path: staging.clone(),
                source,
            })?;
        }
        Ok(Pending {
            dir,
            parent,
            name,
            staging,
            existing,
            early,
            progress: Mutex::new(Progress::default()),
        })
    }

    /// Writes one file of the result into the new tree, unless it is the
    /// same as in the output directory (`finish` links those, if the tree
    /// is replaced at all). A failure is kept for `finish` to report.
    pub fn put(&self, file: &GeneratedFile) {
        if !self.early || lock(&self.progress).error.is_some() {
            return;
        }
        let unchanged = self
            .existing
            .get(&file.path)
            .is_some_and(|old| old.as_slice() == file.contents.as_bytes());
        if unchanged {
            return;
        }
        let target = self.staging.join(&file.path);
        let result = self.create_parent(&target).and_then(|()| {
            std::fs::write(&target, &file.contents).map_err(|source| Error::Write {
                path: target.clone(),
                source,
            })
        });
        let mut progress = lock(&self.progress);
        match result {
            Ok(()) => {
                progress.written.insert(file.path.clone());
            }
            Err(error) => {
                progress.error.get_or_insert(error);
            }
        }
    }

    /// Creates the directory `target` goes in, once.
    fn create_parent(&self, target: &Path) -> Result<(), Error> {
        let Some(parent) = target.parent() else {
            return Ok(());
        };
        // Held while creating, so no file is written into a directory that
        // another thread is still creating.
        let mut progress = lock(&self.progress);
        if !progress.created.contains(parent) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                path: parent.to_path_buf(),
                source,
            })?;
            progress.created.insert(parent.to_path_buf());
        }
        Ok(())
    }

    /// Completes the new tree with what `put` did not write and swaps it in
    /// (nothing happens when nothing changed); returns what changed.
    pub fn finish(mut self, files: &[GeneratedFile]) -> Result<Changes, Error> {
        let mut progress =
            std::mem::take(self.progress.get_mut().unwrap_or_else(|e| e.into_inner()));
        if let Some(error) = progress.error {
            return Err(error);
        }
        if clean_leftovers(&self.parent, &self.name, &self.dir, &self.staging)? {
            // A killed run's old tree is back in place: compare against it,
            // from a new tree.
            let _ = std::fs::remove_dir_all(&self.staging);
            progress = Progress::default();
            self.existing = read_tree(&self.dir)?;
        }
        let changes = diff(files, &self.existing);
        if changes.is_empty() && self.dir.is_dir() {
            return Ok(changes);
        }
        // Only the files asked for end up in the tree.
        let wanted: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
        for path in progress
            .written
            .iter()
            .filter(|p| !wanted.contains(p.as_str()))
        {
            let stray = self.staging.join(path);
            std::fs::remove_file(&stray).map_err(|source| Error::Write {
                path: stray.clone(),
                source,
            })?;
        }
        build_tree(
            files,
            &progress.written,
            &self.existing,
            &self.dir,
            &self.staging,
        )?;
        swap(&self.staging, &self.dir)?;
        Ok(changes)
    }
}

impl Drop for Pending {
    /// The new tree goes unless it was swapped in (its name is then gone, or
    /// holds the old tree that `swap` failed to remove).
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

fn lock(progress: &Mutex<Progress>) -> std::sync::MutexGuard<'_, Progress> {
    progress.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether a killed two-rename swap left the old tree of `name` aside
/// (`.{name}.old-*`), for [`clean_leftovers`] to put back.
fn has_old_tree_aside(parent: &Path, name: &str) -> bool {
    let old_prefix = format!(".{name}.old-");
    std::fs::read_dir(parent).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(&old_prefix))
    })
}

fn absolute(dir: &Path) -> Result<PathBuf, Error> {
    if dir.is_absolute() {
        return Ok(dir.to_path_buf());
    }
    let cwd = std::env::current_dir().map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(cwd.join(dir))
}

/// Fills `staging` with `files` (except those in `written`, already there)
/// and the kept entries of `dir`.
fn build_tree(
    files: &[GeneratedFile],
    written: &HashSet<String>,
    existing: &BTreeMap<String, Vec<u8>>,
    dir: &Path,
    staging: &Path,
) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    std::fs::create_dir_all(staging).map_err(io(staging))?;
    // Directories first, each once; then the files, on every core (creating
    // hundreds of inodes is most of a first run's write time).
    let mut created = std::collections::HashSet::new();
    for file in files {
        if let Some(parent) = staging.join(&file.path).parent() {
            if created.insert(parent.to_path_buf()) {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
        }
    }
    let put = |file: &GeneratedFile| -> Result<(), Error> {
        if written.contains(&file.path) {
            return Ok(());
        }
        let target = staging.join(&file.path);
        let unchanged = existing
            .get(&file.path)
            .is_some_and(|old| old.as_slice() == file.contents.as_bytes());
        // Unchanged files keep their inode and timestamp, so cargo does not rebuild them.
        if unchanged && std::fs::hard_link(dir.join(&file.path), &target).is_ok() {
            return Ok(());
        }
        std::fs::write(&target, &file.contents).map_err(io(&target))
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().try_for_each(&put)))
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker.join().unwrap_or_else(|_| {
                Err(Error::Output {
                    path: staging.to_path_buf(),
                    message: "a writer thread panicked".into(),
                })
            })
        })
    })?;
    for kept in KEPT {
        let from = dir.join(kept);
        if from.exists() {
            std::fs::rename(&from, staging.join(kept)).map_err(io(&from))?;
        }
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let to_c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (to_c(a)?, to_c(b)?);
    // SAFETY: both pointers are valid NUL-terminated paths for the duration of the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Puts `staging` in place of `dir`, atomically where the OS allows it.
fn swap(staging: &Path, dir: &Path) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    if !dir.exists() {
        return std::fs::rename(staging, dir).map_err(io(dir));
    }
    if exchange(staging, dir).is_ok() {
        // `staging` now holds the old tree.
        return std::fs::remove_dir_all(staging).map_err(io(staging));
    }
    // Two renames: a kill between them leaves the old tree under `.{name}.old-*`,
    // which `clean_leftovers` puts back on the next run.
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let old = dir.with_file_name(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(dir, &old).map_err(io(dir))?;
    std::fs::rename(staging, dir).map_err(io(dir))?;
    std::fs::remove_dir_all(&old).map_err(io(&old))
}

/// Removes staging trees of killed runs (not `ours`) and restores an old
/// tree that a killed two-rename swap left aside; returns whether it did.
fn clean_leftovers(parent: &Path, name: &str, dir: &Path, ours: &Path) -> Result<bool, Error> {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(false);
    };
    let mut restored = false;
    let new_prefix = format!(".{name}.new-");
    let old_prefix = format!(".{name}.old-");
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if entry_name.starts_with(&new_prefix) {
            if path != ours {
                let _ = std::fs::remove_dir_all(&path);
            }
        } else if entry_name.starts_with(&old_prefix) {
            if dir.exists() {
                let _ = std::fs::remove_dir_all(&path);
            } else {
                std::fs::rename(&path, dir).map_err(|source| Error::Write {
                    path: dir.to_path_buf(),
                    source,
                })?;
                restored = true;
            }
        }
    }
    Ok(restored)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    #[test]
    fn writes_replaces_and_removes_files_keeping_target() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        let first = write(&[file("a.rs", "a"), file("src/b.rs", "b")], &out).unwrap();
        assert_eq!(first.added, ["a.rs", "src/b.rs"]);
        std::fs::create_dir_all(out.join("target/debug")).unwrap();
        std::fs::write(out.join("target/debug/x"), "build output").unwrap();

        let second = write(&[file("a.rs", "a2"), file("c.rs", "c")], &out).unwrap();
        assert_eq!(second.changed, ["a.rs"]);
        assert_eq!(second.added, ["c.rs"]);
        assert_eq!(second.removed, ["src/b.rs"]);
        assert_eq!(std::fs::read_to_string(out.join("a.rs")).unwrap(), "a2");
        assert!(!out.join("src/b.rs").exists());
        assert!(out.join("target/debug/x").exists(), "build output survives");
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "no staging trees left: {leftovers:?}");
    }

    #[test]
    fn unchanged_output_is_not_touched() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write(&[file("a.rs", "a")], &out).unwrap();
        let before = std::fs::metadata(out.join("a.rs"))
            .unwrap()
            .modified()
            .unwrap();
        let changes = write(&[file("a.rs", "a")], &out).unwrap();
        assert!(changes.is_empty());
        assert_eq!(
            std::fs::metadata(out.join("a.rs"))
                .unwrap()
                .modified()
                .unwrap(),
            before
        );
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn files_put_while_generating_end_up_as_if_written_after() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write(
            &[file("a.rs", "a"), file("src/b.rs", "b"), file("c.rs", "c")],
            &out,
        )
        .unwrap();
        let a_modified = std::fs::metadata(out.join("a.rs"))
            .unwrap()
            .modified()
            .unwrap();

        let files = [
            file("a.rs", "a"),
            file("src/b.rs", "b2"),
            file("src/d.rs", "d"),
        ];
        let pending = Pending::start(&out).unwrap();
        // From two threads, as the emit workers do; `a.rs` is unchanged.
        std::thread::scope(|scope| {
            scope.spawn(|| pending.put(&files[1]));
            scope.spawn(|| pending.put(&files[2]));
            pending.put(&files[0]);
        });
        assert_eq!(
            std::fs::read_to_string(out.join("src/b.rs")).unwrap(),
            "b",
            "not yet"
        );
        let changes = pending.finish(&files).unwrap();
        assert_eq!(changes.changed, ["src/b.rs"]);
        assert_eq!(changes.added, ["src/d.rs"]);
        assert_eq!(changes.removed, ["c.rs"]);
        assert_eq!(read_tree(&out).unwrap(), {
            let mut expected = BTreeMap::new();
            for f in &files {
                expected.insert(f.path.clone(), f.contents.clone().into_bytes());
            }
            expected
        });
        assert_eq!(
            std::fs::metadata(out.join("a.rs"))
                .unwrap()
                .modified()
                .unwrap(),
            a_modified,
            "the unchanged file is the old one, linked"
        );
        assert_eq!(names_in(tmp.path()), ["generated"]);
    }

    #[test]
    fn a_write_abandoned_after_some_files_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write(&[file("a.rs", "a")], &out).unwrap();
        let pending = Pending::start(&out).unwrap();
        pending.put(&file("a.rs", "new"));
        pending.put(&file("src/b.rs", "b"));
        assert_eq!(
            names_in(tmp.path()).len(),
            2,
            "the new tree is being built beside"
        );
        // Generation failed: the write is dropped unfinished.
        drop(pending);
        assert_eq!(names_in(tmp.path()), ["generated"]);
        assert_eq!(names_in(&out), ["a.rs"]);
        assert_eq!(std::fs::read_to_string(out.join("a.rs")).unwrap(), "a");
    }

    #[test]
    fn a_failed_early_write_is_reported_by_finish_and_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write(&[file("a.rs", "a")], &out).unwrap();
        let pending = Pending::start(&out).unwrap();
        // A file where the new tree needs a directory.
        std::fs::create_dir_all(&pending.staging).unwrap();
        std::fs::write(pending.staging.join("src"), "in the way").unwrap();
        pending.put(&file("src/b.rs", "b"));
        pending.put(&file("a.rs", "new"));
        let error = pending.finish(&[file("a.rs", "new"), file("src/b.rs", "b")]);
        assert!(matches!(error, Err(Error::Write { .. })), "{error:?}");
        assert_eq!(names_in(tmp.path()), ["generated"]);
        assert_eq!(std::fs::read_to_string(out.join("a.rs")).unwrap(), "a");
    }

    #[test]
    fn leftovers_of_a_killed_run_are_cleaned() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        std::fs::create_dir_all(tmp.path().join(".generated.new-999/src")).unwrap();
        std::fs::create_dir_all(tmp.path().join(".generated.old-998")).unwrap();
        std::fs::write(tmp.path().join(".generated.old-998/a.rs"), "old").unwrap();
        // The old tree was set aside and the new one never arrived: it is restored, then updated.
        let changes = write(&[file("a.rs", "new")], &out).unwrap();
        assert_eq!(changes.changed, ["a.rs"]);
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["generated"]);
    }
}
