//! The runtime's source, embedded at build time (see `build.rs`) and copied
//! verbatim into every generated crate as `src/runtime/`.
//!
//! The runtime is ordinary Rust in `generator/runtime/`, compiled, linted and
//! tested as its own crate, so the generator never emits it from strings.
//! The Huawei Cloud module (`huawei.rs` and its `huawei_*.rs` files) is
//! copied only into crates that sign with SDK-HMAC-SHA256, so another API's
//! crate carries none of it.

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// Whether `name` belongs to the Huawei Cloud module.
fn is_huawei(name: &str) -> bool {
    name == "huawei.rs" || name.starts_with("huawei_")
}

/// The runtime's files for one crate, as (path under `src/runtime/`,
/// contents): `lib.rs` becomes `mod.rs`; without `huawei`, the Huawei module
/// and the lines of `lib.rs` that declare it are left out.
pub fn files(huawei: bool) -> Vec<(&'static str, String)> {
    FILES
        .iter()
        .filter(|(name, _)| huawei || !is_huawei(name))
        .map(|(name, contents)| {
            if *name != "lib.rs" {
                return (*name, contents.to_string());
            }
            let text = if huawei {
                contents.to_string()
            } else {
                contents
                    .lines()
                    .filter(|line| !line.to_ascii_lowercase().contains("huawei"))
                    .map(|line| format!("{line}\n"))
                    .collect()
            };
            ("mod.rs", text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_huawei_module_is_left_out_of_other_crates() {
        let plain = files(false);
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
        let mod_rs = &plain
            .iter()
            .find(|(n, _)| *n == "mod.rs")
            .expect("mod.rs")
            .1;
        assert!(mod_rs.contains("pub mod transport;"));

        let signed = files(true);
        assert!(signed.iter().any(|(n, _)| *n == "huawei.rs"));
        assert!(signed.iter().any(|(n, _)| *n == "huawei_signing.rs"));
        let mod_rs = &signed
            .iter()
            .find(|(n, _)| *n == "mod.rs")
            .expect("mod.rs")
            .1;
        assert!(mod_rs.contains("pub mod huawei;"));
    }
}
