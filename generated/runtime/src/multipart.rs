//! `multipart/form-data` bodies, built as bytes before anything is sent, so
//! that every attempt (and its signature) covers exactly the same bytes.
//!
//! The boundary is derived from the parts themselves (an FNV-1a hash of their
//! names and contents, so no hashing crate is needed), so the same form always
//! gives the same body; it is checked never to occur inside a part, which is
//! what makes it valid whatever the hash.

use serde::Serialize;

use super::error::{Error, SerializeError};

/// A file to upload: its bytes, and optionally the file name and media type
/// the server is told.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct File {
    /// The contents.
    pub bytes: Vec<u8>,
    /// The `filename` of the part (`file` when not set).
    pub file_name: Option<String>,
    /// The part's `Content-Type` (`application/octet-stream` when not set).
    pub content_type: Option<String>,
}

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The contents may be large (or private): show their size only.
        f.debug_struct("File")
            .field("bytes", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl File {
    /// A file with these contents, no name and no media type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        File {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// Sets the file name the server is told.
    #[must_use]
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sets the part's media type (`image/png`, ...).
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl From<Vec<u8>> for File {
    fn from(bytes: Vec<u8>) -> Self {
        File::new(bytes)
    }
}

impl From<&[u8]> for File {
    fn from(bytes: &[u8]) -> Self {
        File::new(bytes)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// A form being assembled, part by part, in the order the parts are added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multipart {
    parts: Vec<Part>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Multipart::default()
    }

    /// A text part (no `Content-Type`, which means `text/plain`).
    pub fn text(&mut self, name: &str, value: impl Into<String>) {
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: None,
            content_type: None,
            body: value.into().into_bytes(),
        });
    }

    /// A part holding `value`'s JSON text, as `application/json`.
    pub fn json<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        let body = serde_json::to_vec(value).map_err(|e| {
            Error::Serialize(SerializeError {
                message: format!("cannot serialize multipart part `{name}`: {e}"),
            })
        })?;
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: None,
            content_type: Some("application/json".to_owned()),
            body,
        });
        Ok(())
    }

    /// A file part.
    pub fn file(&mut self, name: &str, file: &File) {
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: Some(file.file_name.clone().unwrap_or_else(|| "file".to_owned())),
            content_type: Some(
                file.content_type
                    .clone()
                    .unwrap_or_else(|| "application/octet-stream".to_owned()),
            ),
            body: file.bytes.clone(),
        });
    }

    /// A property of a form object, with OpenAPI's default encodings:
    /// strings, numbers and booleans as text parts, each item of an array as
    /// its own part, objects as JSON; `null` is left out.
    pub fn value<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        let json = serde_json::to_value(value).map_err(|e| {
            Error::Serialize(SerializeError {
                message: format!("cannot serialize multipart part `{name}`: {e}"),
            })
        })?;
        match json {
            serde_json::Value::Array(items) => {
                for item in items {
                    self.json_value(name, item)?;
                }
                Ok(())
            }
            other => self.json_value(name, other),
        }
    }

    fn json_value(&mut self, name: &str, value: serde_json::Value) -> Result<(), Error> {
        match value {
            serde_json::Value::Null => Ok(()),
            serde_json::Value::String(text) => {
                self.text(name, text);
                Ok(())
            }
            serde_json::Value::Bool(b) => {
                self.text(name, b.to_string());
                Ok(())
            }
            serde_json::Value::Number(n) => {
                self.text(name, n.to_string());
                Ok(())
            }
            nested => self.json(name, &nested),
        }
    }

    /// The boundary: a hash of the parts, changed until no part contains it.
    fn boundary(&self) -> String {
        let mut hash = FNV_OFFSET;
        for part in &self.parts {
            hash = fnv1a(hash, &(part.name.len() as u64).to_be_bytes());
            hash = fnv1a(hash, part.name.as_bytes());
            hash = fnv1a(hash, &(part.body.len() as u64).to_be_bytes());
            hash = fnv1a(hash, &part.body);
        }
        loop {
            let boundary = format!("vendorgen-{hash:032x}");
            let needle = boundary.as_bytes();
            let clash = self
                .parts
                .iter()
                .any(|p| p.body.windows(needle.len()).any(|w| w == needle));
            if !clash {
                return boundary;
            }
            hash = fnv1a(hash, needle);
        }
    }

    /// The boundary and the body.
    pub fn finish(&self) -> (String, Vec<u8>) {
        let boundary = self.boundary();
        let mut body = Vec::new();
        for part in &self.parts {
            body.extend_from_slice(b"--");
            body.extend_from_slice(boundary.as_bytes());
            body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
            body.extend_from_slice(quoted(&part.name).as_bytes());
            body.push(b'"');
            if let Some(file_name) = &part.file_name {
                body.extend_from_slice(b"; filename=\"");
                body.extend_from_slice(quoted(file_name).as_bytes());
                body.push(b'"');
            }
            body.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                body.extend_from_slice(b"Content-Type: ");
                body.extend_from_slice(content_type.replace(['\r', '\n'], " ").as_bytes());
                body.extend_from_slice(b"\r\n");
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.body);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        (boundary, body)
    }
}

/// A name or file name inside `"..."`: as browsers send them (WHATWG), `"`
/// and line breaks are percent-encoded.
fn quoted(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

const FNV_OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const FNV_PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

/// 128-bit FNV-1a, continued from `hash` over `bytes`.
fn fnv1a(hash: u128, bytes: &[u8]) -> u128 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ u128::from(b)).wrapping_mul(FNV_PRIME))
}
