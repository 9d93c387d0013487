//! The docs speak to the person using the crate: nothing in `spec/` or
//! `generated/` points at files outside the repository or at the project's
//! own notes, nothing is addressed to the spec's maintainers, every operation
//! cites the public page it comes from (title, link, date), and the generated
//! README tells a user how to use and update the crate (for any API, with no
//! Huawei text in another API's crate).

use std::path::{Component, Path, PathBuf};

use regex_lite::Regex;
use spec_tests::{generated_dir, spec_json, workspace};

/// One offending line.
#[derive(Debug)]
struct Finding {
    file: PathBuf,
    line: usize,
    rule: &'static str,
    text: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.rule,
            self.text.trim()
        )
    }
}

/// Project-internal notes and machine paths that published docs must never
/// name: the spec cites public pages instead.
const OUTSIDE: &[(&str, &str)] = &[
    (
        "the team's notes on the API",
        r"API_FACTS|DESIGN\.md|SDK_MODELS",
    ),
    (
        "a folder of the team's notes",
        r"(^|[^A-Za-z0-9_./-])(shared|seeds|pages)/",
    ),
    ("the team's notes", r"(?i)\b(our|team|internal) notes\b"),
    (
        "a path on the author's machine",
        r"/(work|home|Users)/|file://",
    ),
];

/// Text addressed to whoever maintains the spec or the generator rather
/// than to the person using the crate.
const MAINTAINER_NOTES: &[(&str, &str)] = &[
    ("a work marker", r"\b(TODO|FIXME|XXX|HACK|TBD)\b"),
    (
        "a note to editors",
        r"(?i)note to (editors?|self|maintainers?)|editor'?s note|for (the )?editors",
    ),
    (
        "a reference to the project's issues or briefs",
        r"(?i)see the issue|\bissue #?\d+|\bthe brief\b",
    ),
    (
        "how the spec was written",
        r"(?i)\bwe (transcribed|copied|guessed|assumed)|transcribed by hand|spec maintainers?",
    ),
    (
        "an open question",
        r"(?i)to be (confirmed|checked|verified)|double-check|not sure (if|whether)",
    ),
];

/// In the spec's own prose, the voice is "this client", never "we".
const SPEC_VOICE: &[(&str, &str)] = &[("the authors' voice", r"(?i)\b(we|our)\b")];

/// Every file under `dir` (or `dir` itself, a file), skipping build output.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    if dir.is_file() {
        return vec![dir.to_path_buf()];
    }
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "target" {
                    stack.push(path);
                }
            } else if name != "Cargo.lock" {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `path` with `.` and `..` resolved without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The findings of `rules`, and of relative paths that climb out of `root`,
/// in `text`, the contents of `file`.
fn scan(
    root: &Path,
    file: &Path,
    text: &str,
    rules: &[(&'static str, &'static str)],
) -> Vec<Finding> {
    let relative = Regex::new(r"(\.\./)+[^\s'`)\]>]*").expect("a valid pattern");
    let compiled: Vec<(&'static str, Regex)> = rules
        .iter()
        .map(|(rule, pattern)| (*rule, Regex::new(pattern).expect("a valid pattern")))
        .collect();
    let base = file.parent().unwrap_or(root);
    let root = normalize(root);
    let mut findings = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut found = |rule| {
            findings.push(Finding {
                file: file.to_path_buf(),
                line: index + 1,
                rule,
                text: line.chars().take(200).collect(),
            })
        };
        for (rule, pattern) in &compiled {
            if pattern.is_match(line) {
                found(rule);
            }
        }
        for reference in relative.find_iter(line) {
            let target = normalize(&base.join(reference.as_str().trim_end_matches('"')));
            if !target.starts_with(&root) {
                found("a file outside the repository");
            }
        }
    }
    findings
}

/// The findings of `rules` over every text file of `dirs` (relative to the
/// workspace root).
fn scan_tree(dirs: &[&str], rules: &[(&'static str, &'static str)]) -> Vec<Finding> {
    let root = workspace();
    let mut findings = Vec::new();
    for dir in dirs {
        for file in text_files(&root.join(dir)) {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let shown = file.strip_prefix(&root).unwrap_or(&file).to_path_buf();
            let mut found = scan(&root, &file, &text, rules);
            for finding in &mut found {
                finding.file = shown.clone();
            }
            findings.extend(found);
        }
    }
    findings
}

fn report(what: &str, findings: &[Finding]) -> String {
    let lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
    format!("{what}:\n{}", lines.join("\n"))
}

#[test]
fn the_scanner_flags_what_it_is_meant_to_and_nothing_else() {
    let root = workspace();
    let file = root.join("generated/src/lib.rs");
    let flagged = |text: &str, rules: &[(&'static str, &'static str)]| {
        scan(&root, &file, text, rules)
            .into_iter()
            .map(|f| f.rule)
            .collect::<Vec<_>>()
    };
    // Inside the repository: fine.
    assert!(flagged(r#"#![doc = include_str!("../README.md")]"#, OUTSIDE).is_empty());
    assert!(
        flagged(
            "Reference: https://support.huaweicloud.com/intl/en-us/api-vpc/X.html",
            OUTSIDE
        )
        .is_empty()
    );
    // Outside it, or the notes by name.
    assert_eq!(
        flagged("see ../../../shared/API_FACTS.md", OUTSIDE),
        [
            "the team's notes on the API",
            "a file outside the repository"
        ]
    );
    assert_eq!(
        flagged("from seeds/000.txt", OUTSIDE),
        ["a folder of the team's notes"]
    );
    assert_eq!(flagged("as in our notes", OUTSIDE), ["the team's notes"]);
    assert_eq!(
        flagged("/work/shared/API_FACTS.md", OUTSIDE),
        [
            "the team's notes on the API",
            "a path on the author's machine"
        ]
    );
    // Notes to maintainers.
    assert_eq!(
        flagged("TODO: check the range", MAINTAINER_NOTES),
        ["a work marker"]
    );
    assert_eq!(
        flagged(
            "We transcribed this table; note to editors: see the issue",
            MAINTAINER_NOTES
        ),
        [
            "a note to editors",
            "a reference to the project's issues or briefs",
            "how the spec was written"
        ]
    );
    assert!(
        flagged(
            "Whether this client retries (todos are a resource).",
            MAINTAINER_NOTES
        )
        .is_empty()
    );
    assert_eq!(
        flagged("We send an integer.", SPEC_VOICE),
        ["the authors' voice"]
    );
    assert!(
        flagged(
            "This client sends an integer; users may override it.",
            SPEC_VOICE
        )
        .is_empty()
    );
}

#[test]
fn spec_and_generated_refer_to_nothing_outside_the_repository() {
    let findings = scan_tree(&["spec", "generated"], OUTSIDE);
    assert!(
        findings.is_empty(),
        "{}\nCite the public page (title, link, date) instead.",
        report(
            "references to files outside the repository or to the team's notes",
            &findings
        )
    );
}

#[test]
fn spec_and_generated_speak_to_users_not_maintainers() {
    let mut findings = scan_tree(&["spec", "generated"], MAINTAINER_NOTES);
    findings.extend(scan_tree(&["spec/openapi.yaml"], SPEC_VOICE));
    assert!(
        findings.is_empty(),
        "{}",
        report("notes addressed to the spec's maintainers", &findings)
    );
}

/// Every string under one of `keys`, with its JSON pointer.
fn prose<'a>(
    value: &'a serde_json::Value,
    pointer: String,
    keys: &[&str],
    out: &mut Vec<(String, &'a str)>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                if keys.contains(&key.as_str()) {
                    match child {
                        serde_json::Value::String(text) => out.push((at.clone(), text)),
                        serde_json::Value::Array(items) => {
                            out.extend(items.iter().enumerate().filter_map(|(i, item)| {
                                Some((format!("{at}/{i}"), item.as_str()?))
                            }))
                        }
                        _ => {}
                    }
                }
                prose(child, at, keys, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                prose(child, format!("{pointer}/{index}"), keys, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_operation_cites_its_public_source_by_title_link_and_date() {
    let spec = spec_json();
    let citation = Regex::new(
        r#"Reference: "[^"]+", Huawei Cloud [^,]+,\s+https://(support|console)\.huaweicloud\.com/\S+"#,
    )
    .expect("a valid pattern");
    let dated = Regex::new(r"updated on \d{4}-\d{2}-\d{2}|\(undated").expect("a valid pattern");
    let mut missing = Vec::new();
    let paths = spec["paths"].as_object().expect("paths");
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("a path item") {
            let Some(description) = op.get("description").and_then(|d| d.as_str()) else {
                continue;
            };
            let id = op["operationId"].as_str().unwrap_or(path);
            if !citation.is_match(description) {
                missing.push(format!("{id} ({method} {path}): no `Reference: \"title\", Huawei Cloud ..., https://...`"));
            }
            if !dated.is_match(description) {
                missing.push(format!("{id} ({method} {path}): the reference gives no date (`updated on YYYY-MM-DD` or `undated`)"));
            }
            // The same page, machine-readable for OpenAPI tools.
            let cited = citation
                .find(description)
                .and_then(|found| found.as_str().split_whitespace().last())
                .map(|url| url.trim_end_matches([',', ';', '.', ')']));
            let linked = op["externalDocs"]["url"].as_str();
            if cited.is_none() || linked != cited {
                missing.push(format!(
                    "{id} ({method} {path}): externalDocs.url {linked:?} is not the cited page {cited:?}"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_spec_links_only_to_public_https_pages() {
    let spec = spec_json();
    let mut texts = Vec::new();
    prose(
        &spec,
        String::from("#"),
        &["description", "summary", "x-vendorgen-doc-conflict"],
        &mut texts,
    );
    assert!(texts.len() > 100, "the walk finds the spec's prose");
    let url = Regex::new(r#"[a-z][a-z0-9+.-]*://[^\s)>"'`]+"#).expect("a valid pattern");
    let public = [
        "https://support.huaweicloud.com/",
        "https://console.huaweicloud.com/",
        "https://github.com/",
    ];
    let mut bad = Vec::new();
    for (pointer, text) in texts {
        for found in url.find_iter(text) {
            let link = found.as_str();
            // The documented endpoint templates are not links.
            if link.contains('{') {
                continue;
            }
            if !public.iter().any(|prefix| link.starts_with(prefix)) {
                bad.push(format!("{pointer}: {link}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "links to something other than Huawei Cloud's published documentation or public repositories:\n{}",
        bad.join("\n")
    );
}

/// What a README must tell someone who vendored the crate.
const README_TOPICS: &[(&str, &str)] = &[
    ("installing it as a path dependency", "{ path = \"vendor/"),
    ("configuring a client", "Client::builder()"),
    ("a first call", ".send().await"),
    ("errors", "## Errors"),
    ("retries and timeouts", "## Retries and timeouts"),
    ("testing with the mock", "features = [\"test-util\"]"),
    ("that it is generated", "Do not edit these files by hand"),
    ("how to regenerate it", "cargo run -p generator -- --spec"),
    ("how to check it is current", "`--check`"),
];

fn missing_topics(readme: &str) -> Vec<&'static str> {
    README_TOPICS
        .iter()
        .filter(|(_, needle)| !readme.contains(needle))
        .map(|(topic, _)| *topic)
        .collect()
}

#[test]
fn the_generated_readme_tells_how_to_use_and_update_the_crate() {
    let readme =
        std::fs::read_to_string(generated_dir().join("README.md")).expect("generated/README.md");
    assert_eq!(missing_topics(&readme), Vec::<&str>::new());
    for topic in ["## Pagination", "into_stream()", "HUAWEICLOUD_SDK_AK"] {
        assert!(readme.contains(topic), "generated/README.md lacks {topic}");
    }
    assert!(
        !missing_topics("# a README about nothing").is_empty(),
        "the topic check can fail"
    );
}

#[test]
fn another_apis_readme_is_about_that_api() {
    // The golden README of every fixture spec: none signs the Huawei way, so
    // none may carry Huawei text, and each still covers every topic.
    let fixtures = workspace().join("tests/fixtures");
    let mut checked = 0;
    for entry in std::fs::read_dir(&fixtures).expect("tests/fixtures") {
        let dir = entry.expect("an entry").path();
        let readme = dir.join("expected/README.md");
        let Ok(text) = std::fs::read_to_string(&readme) else {
            continue;
        };
        let spec = std::fs::read_to_string(dir.join("openapi.yaml")).unwrap_or_default();
        assert!(
            !spec.to_lowercase().contains("huawei"),
            "{}: a fixture about Huawei",
            dir.display()
        );
        let lower = text.to_lowercase();
        for word in ["huawei", "sdk-hmac", "vpc", "traffic mirror"] {
            assert!(
                !lower.contains(word),
                "{} mentions {word}",
                readme.display()
            );
        }
        assert_eq!(
            missing_topics(&text),
            Vec::<&str>::new(),
            "{}",
            readme.display()
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} fixture READMEs found");
}
