//! The runtime's source, embedded at build time (see `build.rs`) and copied
//! verbatim into every generated crate.
//!
//! The runtime is ordinary Rust in `generator/runtime/`, compiled, linted and
//! tested as its own crate, so the generator never emits it from strings. A
//! generated crate gets it as a crate of its own, `runtime/` beside `src/`:
//! it never changes when the spec does, so cargo builds it once and an edit
//! of the spec recompiles only the API's code. Two kinds of file are handled
//! apart:
//! - the Huawei Cloud module (`huawei.rs` and its `huawei_*.rs` files) goes
//!   only into crates that sign with SDK-HMAC-SHA256, so another API's
//!   runtime carries none of it;
//! - `unknown.rs` goes into the API crate itself (`src/unknown.rs`), and only
//!   when the API has enums: only the API crate's enums may create an
//!   `UnknownValue`, which needs that crate's privacy.

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The file that becomes the API crate's own `src/unknown.rs`.
const UNKNOWN: &str = "unknown.rs";

/// Whether `name` belongs to the Huawei Cloud module.
fn is_huawei(name: &str) -> bool {
    name == "huawei.rs" || name.starts_with("huawei_")
}

/// The runtime crate's source files, as (path under `runtime/src/`,
/// contents). Its `lib.rs` declares exactly the modules copied.
pub fn runtime_crate(huawei: bool) -> Vec<(&'static str, String)> {
    let kept = |name: &str| name != UNKNOWN && (huawei || !is_huawei(name));
    FILES
        .iter()
        .filter(|(name, _)| kept(name))
        .map(|(name, contents)| {
            let text = if *name == "lib.rs" {
                declaring_only(contents, |module| kept(&format!("{module}.rs")))
            } else {
                contents.to_string()
            };
            (*name, text)
        })
        .collect()
}

/// The source of the API crate's `src/unknown.rs`.
pub fn unknown_module() -> &'static str {
    FILES
        .iter()
        .find(|(name, _)| *name == UNKNOWN)
        .map(|(_, contents)| *contents)
        .unwrap_or_default()
}

/// `lib.rs` with the declarations (`pub mod name;`, with the doc comments
/// and attributes above them) of the modules `keep` refuses left out.
fn declaring_only(lib_rs: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(lib_rs.len());
    let mut attached = String::new();
    for line in lib_rs.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("///") || trimmed.starts_with("#[") {
            attached.push_str(line);
            attached.push('\n');
            continue;
        }
        let declared = trimmed
            .strip_prefix("pub mod ")
            .and_then(|rest| rest.strip_suffix(';'));
        if declared.is_none_or(&keep) {
            out.push_str(&attached);
            out.push_str(line);
            out.push('\n');
        }
        attached.clear();
    }
    out.push_str(&attached);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib_rs(files: &[(&str, String)]) -> String {
        files
            .iter()
            .find(|(n, _)| *n == "lib.rs")
            .expect("lib.rs")
            .1
            .clone()
    }

    #[test]
    fn the_huawei_module_is_left_out_of_other_crates() {
        let plain = runtime_crate(false);
        assert!(plain.iter().all(|(name, _)| !is_huawei(name)));
        for (name, text) in &plain {
            let lower = text.to_ascii_lowercase();
            for word in [
                "huawei",
                "x-project-id",
                "x-security-token",
                "x-sdk-date",
                "sdk-hmac-sha256",
                "x-metadata-token",
                "/v3/projects",
                "cloud_sdk_",
            ] {
                assert!(!lower.contains(word), "{name} mentions {word}");
            }
        }
        assert!(lib_rs(&plain).contains("pub mod transport;"));

        let signed = runtime_crate(true);
        assert!(signed.iter().any(|(n, _)| *n == "huawei.rs"));
        assert!(signed.iter().any(|(n, _)| *n == "huawei_signing.rs"));
        assert!(lib_rs(&signed).contains("pub mod huawei;"));
    }

    #[test]
    fn lib_rs_declares_exactly_the_modules_copied() {
        for huawei in [false, true] {
            let files = runtime_crate(huawei);
            let lib = lib_rs(&files);
            let declared: Vec<&str> = lib
                .lines()
                .filter_map(|l| l.trim().strip_prefix("pub mod ")?.strip_suffix(';'))
                .collect();
            // `huawei_*.rs` are the Huawei module's own submodules.
            let mut copied: Vec<&str> = files
                .iter()
                .filter(|(n, _)| *n != "lib.rs" && !n.starts_with("huawei_"))
                .filter_map(|(n, _)| n.strip_suffix(".rs"))
                .collect();
            copied.sort_unstable();
            let mut sorted = declared.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, copied, "huawei: {huawei}");
            assert!(
                !lib.contains("mod unknown"),
                "unknown.rs is the API crate's"
            );
        }
        assert!(unknown_module().contains("pub struct UnknownValue"));
    }

    #[test]
    fn a_left_out_declaration_takes_its_docs_and_attributes_along() {
        let lib = "//! Top.\n\npub mod a;\n/// About b.\n#[cfg(x)]\npub mod b;\npub mod c;\n";
        assert_eq!(
            declaring_only(lib, |m| m != "b"),
            "//! Top.\n\npub mod a;\npub mod c;\n"
        );
        assert_eq!(declaring_only(lib, |_| true), lib);
    }
}
