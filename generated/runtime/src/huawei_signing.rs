//! SDK-HMAC-SHA256 (AK/SK) request signing, as Huawei Cloud's API gateway
//! checks it, as pure functions.
//!
//! Nothing here reads a clock or the network: the caller passes the time, so
//! the published test vectors can be reproduced exactly and every retry can
//! be signed afresh.

use ring::{digest, hmac};
use time::OffsetDateTime;

use super::super::http::{canonical_query, normalize_component};

/// The algorithm name that prefixes the string to sign and the header.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";
/// Header carrying the signing time.
pub const DATE_HEADER: &str = "X-Sdk-Date";
/// Header that opts a non-JSON body out of body hashing.
pub const CONTENT_SHA256_HEADER: &str = "X-Sdk-Content-Sha256";
/// Value of [`CONTENT_SHA256_HEADER`] meaning "body not signed".
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// What the signature covers. Every header listed is signed, so it must be
/// exactly the set of headers that will be sent (including `Host`); `path` is
/// the path as sent on the wire and `query` the raw (unencoded) pairs.
pub use super::super::credentials::AttemptRequest as SigningInput;

/// The result of signing one request attempt.
#[derive(Clone, PartialEq, Eq)]
pub struct Signature {
    /// Value for the `X-Sdk-Date` header; it must be sent as is.
    pub sdk_date: String,
    /// The signed header names, lower-case, `;`-separated.
    pub signed_headers: String,
    /// Lower-case hex HMAC-SHA256.
    pub signature: String,
    /// The complete `Authorization` header value.
    pub authorization: String,
}

impl std::fmt::Debug for Signature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A signature is a short-lived bearer credential: keep it out of logs.
        f.debug_struct("Signature")
            .field("sdk_date", &self.sdk_date)
            .field("signed_headers", &self.signed_headers)
            .finish_non_exhaustive()
    }
}

/// Formats `time` (converted to UTC) as `YYYYMMDDTHHMMSSZ`.
pub fn format_sdk_date(time: OffsetDateTime) -> String {
    // Written digit by digit: this runs on every attempt, and the general
    // formatter costs more than the hashing.
    fn digits(out: &mut String, value: u32, width: u32) {
        for power in (0..width).rev() {
            let digit = (value / 10u32.pow(power)) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
    }
    let t = time.to_offset(time::UtcOffset::UTC);
    let mut out = String::with_capacity(16);
    // Years outside 0..=9999 cannot be expressed in this format; clamp
    // rather than emit a malformed date.
    digits(&mut out, t.year().clamp(0, 9999) as u32, 4);
    digits(&mut out, u32::from(u8::from(t.month())), 2);
    digits(&mut out, u32::from(t.day()), 2);
    out.push('T');
    digits(&mut out, u32::from(t.hour()), 2);
    digits(&mut out, u32::from(t.minute()), 2);
    digits(&mut out, u32::from(t.second()), 2);
    out.push('Z');
    out
}

/// The canonical URI: each segment normalised to the canonical encoding, with
/// a trailing `/` (for signing only).
pub fn canonical_uri(path: &str) -> String {
    let mut out = path
        .split('/')
        .map(normalize_component)
        .collect::<Vec<_>>()
        .join("/");
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// The path to put on the wire so it matches [`canonical_uri`] exactly (same
/// normalisation, no trailing `/` added).
pub use super::super::http::normalize_path;

/// Canonical headers block (each `name:value\n`, sorted) and the signed
/// header list. Repeated names are merged with `,`.
pub fn canonical_headers(headers: &[(String, String)]) -> (String, String) {
    let mut sorted: Vec<(String, &str)> = headers
        .iter()
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim()))
        .collect();
    // Stable: repeated headers keep their order, as they are merged below.
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut block = String::with_capacity(sorted.iter().map(|(n, v)| n.len() + v.len() + 2).sum());
    let mut signed = String::with_capacity(sorted.iter().map(|(n, _)| n.len() + 1).sum());
    let mut previous: Option<&str> = None;
    for (name, value) in &sorted {
        if previous == Some(name.as_str()) {
            // Same header again: `name:first,second`.
            block.pop();
            block.push(',');
        } else {
            if previous.is_some() {
                signed.push(';');
            }
            signed.push_str(name);
            block.push_str(name);
            block.push(':');
        }
        block.push_str(value);
        block.push('\n');
        previous = Some(name);
    }
    (block, signed)
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    // ring, not the RustCrypto crates: TLS already builds it, so hashing costs
    // no extra dependency.
    lower_hex(digest::digest(&digest::SHA256, data).as_ref())
}

fn lower_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// The canonical request. `input.headers` must already contain `X-Sdk-Date`.
pub fn canonical_request(input: &SigningInput<'_>) -> String {
    canonical_request_and_signed_headers(input).0
}

/// The canonical request and its signed-header list, computed once.
fn canonical_request_and_signed_headers(input: &SigningInput<'_>) -> (String, String) {
    let (headers, signed) = canonical_headers(input.headers);
    let unsigned = input.headers.iter().any(|(n, v)| {
        n.trim().eq_ignore_ascii_case(CONTENT_SHA256_HEADER) && v.trim() == UNSIGNED_PAYLOAD
    });
    let payload = if unsigned {
        UNSIGNED_PAYLOAD.to_owned()
    } else {
        sha256_hex(input.body)
    };
    let canonical = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        input.method.to_ascii_uppercase(),
        canonical_uri(input.path),
        canonical_query(input.query),
        headers,
        signed,
        payload
    );
    (canonical, signed)
}

/// `SDK-HMAC-SHA256\n{date}\n{hex sha256(canonical request)}`.
pub fn string_to_sign(sdk_date: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{sdk_date}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

/// Lower-case hex HMAC-SHA256 of `string_to_sign`, keyed with the SK's bytes.
pub fn hmac_hex(sk: &str, string_to_sign: &str) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, sk.as_bytes());
    lower_hex(hmac::sign(&key, string_to_sign.as_bytes()).as_ref())
}

/// The `Authorization` header value.
pub fn authorization_header(ak: &str, signed_headers: &str, signature: &str) -> String {
    format!("{ALGORITHM} Access={ak}, SignedHeaders={signed_headers}, Signature={signature}")
}

/// Signs one request attempt at `time`. Any `X-Sdk-Date` in `input.headers`
/// is replaced by one derived from `time`.
pub fn sign(input: &SigningInput<'_>, ak: &str, sk: &str, time: OffsetDateTime) -> Signature {
    let sdk_date = format_sdk_date(time);
    let mut headers: Vec<(String, String)> = input
        .headers
        .iter()
        .filter(|(n, _)| !n.trim().eq_ignore_ascii_case(DATE_HEADER))
        .cloned()
        .collect();
    headers.push((DATE_HEADER.to_owned(), sdk_date.clone()));
    let dated = SigningInput {
        headers: &headers,
        ..*input
    };
    let (canonical, signed_headers) = canonical_request_and_signed_headers(&dated);
    let signature = hmac_hex(sk, &string_to_sign(&sdk_date, &canonical));
    let authorization = authorization_header(ak, &signed_headers, &signature);
    Signature {
        sdk_date,
        signed_headers,
        signature,
        authorization,
    }
}
