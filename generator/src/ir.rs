//! The intermediate representation: the contract between `resolve` and `emit`.
//!
//! Everything here is already decided: Rust names are chosen and unique, every
//! `$ref` is followed, and unsupported constructs have been rejected. Emission
//! never needs to look at the OpenAPI document again, so it can be tested by
//! feeding it a small hand-built `Api`.

use serde::Serialize;

/// A whole API, ready to be emitted.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    pub crate_info: CrateInfo,
    pub service: Service,
    /// Every named type, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order (paths, then methods in a fixed order).
    pub operations: Vec<Operation>,
    /// The modules operations are grouped into, sorted by module name.
    pub groups: Vec<Group>,
}

/// What the generated crate is called and says about itself.
#[derive(Debug, Clone, Serialize)]
pub struct CrateInfo {
    /// Cargo package name (kebab-case).
    pub package: String,
    /// Library name as Rust code refers to it (snake_case).
    pub lib_name: String,
    pub title: String,
    pub description: Option<String>,
    /// `info.version` of the spec: the API's version, not the crate's.
    pub api_version: String,
}

impl CrateInfo {
    /// The package of the runtime crate that comes with this one: named
    /// after it, so that two generated clients can share a workspace.
    pub fn runtime_package(&self) -> String {
        format!("{}-runtime", self.package)
    }

    /// The runtime crate's library name, as the API crate's code imports it.
    pub fn runtime_lib_name(&self) -> String {
        format!("{}_runtime", self.lib_name)
    }
}

/// Where the API lives and how requests are authenticated.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// The first server URL, with `{variable}` placeholders kept.
    pub url_template: String,
    /// The one server variable that selects a region, if the URL has one.
    pub region_variable: Option<String>,
    pub regions: Vec<String>,
    pub default_region: Option<String>,
    /// Prefix of the environment variable that overrides a region's endpoint.
    pub endpoint_env_prefix: Option<String>,
    /// The security schemes of the top-level `security` requirements, in
    /// spec order without repeats.
    pub auth: Vec<AuthScheme>,
    /// A requirement is empty (`{}`): requests may go unauthenticated.
    pub auth_optional: bool,
    /// The deployment's names for SDK-HMAC-SHA256 (`x-vendorgen-credentials`
    /// on its scheme); present exactly when `auth` holds that scheme.
    pub credentials: Option<CredentialProfile>,
}

/// Where the clients of one deployment of SDK-HMAC-SHA256 find credentials
/// and what they call things, from `x-vendorgen-credentials`. Emitted into
/// `service.rs` as the runtime's `huawei::Profile`, field for field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CredentialProfile {
    /// Whose credentials these are, for messages.
    pub provider: String,
    pub environment: CredentialEnvironment,
    /// The credentials file's default path (`~/` is the home directory).
    pub credentials_file_path: String,
    /// The INI section of the credentials file that holds them.
    pub credentials_file_section: String,
    pub project_id_header: String,
    pub security_token_header: String,
    /// The client value (`x-vendorgen-client-value`) the project id fills.
    pub project_id_value: String,
    /// A region's own IAM endpoint, with `{region}`.
    pub iam_regional_endpoint: String,
    pub iam_global_endpoint: String,
    /// The regions with an IAM endpoint of their own.
    pub iam_regions: Vec<String>,
    pub metadata_endpoint: String,
    pub metadata_token_path: String,
    pub metadata_credentials_path: String,
    pub metadata_token_ttl_header: String,
    pub metadata_token_header: String,
}

/// Environment variable names, each list in order of preference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CredentialEnvironment {
    pub access_key: Vec<String>,
    pub secret_key: Vec<String>,
    pub security_token: Vec<String>,
    pub project_id: Vec<String>,
    pub region: Vec<String>,
    pub iam_endpoint: Vec<String>,
    pub credentials_file: Vec<String>,
}

/// How a security scheme authenticates a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AuthScheme {
    /// Request signing, named by `x-vendorgen-signing-algorithm: SDK-HMAC-SHA256`.
    SdkHmacSha256,
    ApiKey {
        location: ApiKeyLocation,
        name: String,
    },
    /// `http` with `scheme: bearer`, and OAuth 2 / OpenID Connect tokens.
    Bearer,
    /// `http` with `scheme: basic`.
    Basic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

/// Documentation carried from the spec into rustdoc.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Docs {
    pub summary: Option<String>,
    pub description: Option<String>,
    /// Notes that the spec records where the documentation contradicts itself
    /// or the server (`x-vendorgen-doc-conflict`).
    pub conflicts: Vec<String>,
    pub deprecated: bool,
}

/// A named Rust type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// UpperCamelCase Rust name, unique in the crate's `models` module.
    pub name: String,
    /// snake_case file/module name.
    pub module: String,
    /// JSON pointer of the schema this came from.
    pub origin: String,
    pub docs: Docs,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, Serialize)]
pub enum TypeKind {
    Struct(StructDef),
    Enum(EnumDef),
    /// A named schema that is not an object or enum (an array, a primitive, a map).
    Alias(TypeRef),
    /// `oneOf` / `anyOf`.
    Union(UnionDef),
    /// A named schema that would be a type alias, but whose alias would
    /// refer to itself (`Tree = Vec<Tree>`): a transparent newtype instead.
    Newtype(TypeRef),
}

#[derive(Debug, Clone, Serialize)]
pub struct StructDef {
    pub fields: Vec<Field>,
    /// `additionalProperties` beside named properties: kept in a flattened map.
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// snake_case Rust field name.
    pub name: String,
    /// The JSON property name.
    pub wire_name: String,
    pub docs: Docs,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub default: Option<serde_json::Value>,
    pub constraints: Constraints,
    /// Boxed to break a cycle of required fields.
    pub boxed: bool,
}

impl Field {
    /// Whether the field is an `Option` in Rust: not required, `null`able,
    /// or only ever set by one side (`readOnly`, `writeOnly`), so a value
    /// built by the other side must be able to leave it out.
    ///
    /// The one rule: the struct's field type, its serde attributes, its
    /// builder, its validation and pagination over it all ask this.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable || self.read_only || self.write_only
    }

    /// An optional field with only a name and a type, as unit tests build
    /// them.
    #[cfg(test)]
    pub fn plain(name: &str, ty: TypeRef) -> Field {
        Field {
            name: name.into(),
            wire_name: name.into(),
            docs: Docs::default(),
            ty,
            required: false,
            nullable: false,
            read_only: false,
            write_only: false,
            default: None,
            constraints: Constraints::default(),
            boxed: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumDef {
    pub repr: EnumRepr,
    pub variants: Vec<EnumVariant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum EnumRepr {
    String,
    Integer,
    /// Values of any JSON type (numbers with fractions, booleans, mixed
    /// types): each variant's `value` is its JSON text.
    Json,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumVariant {
    /// UpperCamelCase variant name.
    pub name: String,
    /// The wire value, of the enum's representation.
    pub value: EnumValue,
}

/// One documented value of an enum, typed as the wire carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum EnumValue {
    /// A value of an `EnumRepr::String` enum.
    String(String),
    /// A value of an `EnumRepr::Integer` enum.
    Integer(i64),
    /// A value of an `EnumRepr::Json` enum (never `null`).
    Json(serde_json::Value),
}

impl From<&str> for EnumValue {
    fn from(text: &str) -> Self {
        EnumValue::String(text.to_string())
    }
}

impl EnumValue {
    /// The value as documentation and `VALUES` show it: text as is, anything
    /// else as its JSON text.
    pub fn text(&self) -> String {
        match self {
            EnumValue::String(text) => text.clone(),
            EnumValue::Integer(number) => number.to_string(),
            EnumValue::Json(value) => value.to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionDef {
    pub variants: Vec<UnionVariant>,
    /// The discriminating property, when the spec names one.
    pub discriminator: Option<String>,
    /// A variant leads back to this union through unions and aliases only,
    /// so trying the variants could recurse on the same value for ever: the
    /// generated parser guards against re-entry.
    pub reentrant: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    /// Discriminator values that select this variant.
    pub tags: Vec<String>,
    /// Held in a `Box`: the variant closes a cycle, or is much larger than
    /// the others (clippy's `large_enum_variant`).
    pub boxed: bool,
    /// The variant's type is an enum or union, which reads any value (as its
    /// `Unknown`): it only counts as a match when it knows the value.
    pub open: bool,
}

/// A reference to a type, as a field, parameter or body uses it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum TypeRef {
    String,
    Integer(IntWidth),
    Number(FloatWidth),
    Boolean,
    DateTime,
    Date,
    Uuid,
    /// `format: byte` (base64 text on the wire).
    Base64,
    /// `format: binary`: raw bytes.
    Binary,
    /// A free-form value.
    Json,
    Array(Box<TypeRef>),
    Map(Box<TypeRef>),
    /// A named type in `models`.
    Named(String),
    /// An array item or map value that may be `null` (`Option<T>`). Fields
    /// carry their own optionality instead (`Field::nullable`).
    Nullable(Box<TypeRef>),
}

impl TypeRef {
    /// The named type this refers to, looking through arrays and maps.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(name) => Some(name),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.named(),
            _ => None,
        }
    }
}

impl TypeRef {
    /// Points every reference to a named type in `renamed` (old name to new)
    /// at its new name, looking through arrays, maps and nullables.
    pub fn rename(&mut self, renamed: &std::collections::HashMap<String, String>) {
        match self {
            TypeRef::Named(name) => {
                if let Some(new) = renamed.get(name.as_str()) {
                    name.clone_from(new);
                }
            }
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                inner.rename(renamed);
            }
            _ => {}
        }
    }
}

impl TypeKind {
    /// Every type reference the definition holds, to change in place.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeKind::Struct(s) => s
                .fields
                .iter_mut()
                .map(|f| &mut f.ty)
                .chain(s.additional.as_mut())
                .collect(),
            TypeKind::Alias(target) | TypeKind::Newtype(target) => vec![target],
            TypeKind::Union(u) => u.variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    }

    /// Every type reference the definition holds (fields, extra properties,
    /// alias target, union variants).
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| &f.ty)
                .chain(s.additional.as_ref())
                .collect(),
            TypeKind::Alias(target) | TypeKind::Newtype(target) => vec![target],
            TypeKind::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    }

    /// The named types the definition refers to, looking through arrays and maps.
    pub fn named_refs(&self) -> impl Iterator<Item = &str> {
        self.type_refs().into_iter().filter_map(TypeRef::named)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum FloatWidth {
    F32,
    F64,
}

/// The documented limits a value must respect before it is sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// Constraints on each item of an array value.
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        self == &Constraints::default()
    }
}

/// A module of operations (one per tag).
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub module: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// The spec's operationId, or one derived from method and path.
    pub id: String,
    /// snake_case client method name.
    pub method_name: String,
    /// UpperCamelCase base for the operation's types.
    pub type_name: String,
    /// Module (group) this operation lives in.
    pub group: String,
    pub http_method: HttpMethod,
    /// The path template exactly as in the spec.
    pub path: String,
    pub path_parts: Vec<PathPart>,
    pub docs: Docs,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    pub pagination: Option<Pagination>,
    /// Requests documented on the page, for conformance tests.
    pub documented_requests: Vec<serde_json::Value>,
    /// JSON pointer of the operation.
    pub origin: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Patch,
    Head,
    Options,
    Trace,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Head => "HEAD",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum PathPart {
    Literal(String),
    /// Index into `Operation::params`.
    Param(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, Serialize)]
pub struct Param {
    /// snake_case Rust name.
    pub name: String,
    pub wire_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub docs: Docs,
    pub ty: TypeRef,
    pub constraints: Constraints,
    /// How the value is written (OpenAPI `style`; the location's default
    /// when the spec names none).
    pub style: ParamStyle,
    /// OpenAPI `explode` (default: `true` for `form`, `false` otherwise).
    pub explode: bool,
    /// `allowReserved`: a query value keeps RFC 3986 reserved characters.
    pub allow_reserved: bool,
    /// Described by `content` with a JSON media type: sent as its JSON text.
    pub json: bool,
    /// Filled from the client's configuration instead of an argument.
    pub client_value: Option<String>,
}

/// OpenAPI 3.0 parameter styles ("Style Values").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ParamStyle {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl ParamStyle {
    /// The variant's name in `runtime::params::Style`.
    pub fn runtime_name(self) -> &'static str {
        match self {
            ParamStyle::Simple => "Simple",
            ParamStyle::Label => "Label",
            ParamStyle::Matrix => "Matrix",
            ParamStyle::Form => "Form",
            ParamStyle::SpaceDelimited => "SpaceDelimited",
            ParamStyle::PipeDelimited => "PipeDelimited",
            ParamStyle::DeepObject => "DeepObject",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BodyEncoding {
    /// `application/json` and any `+json` type.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/*`, built part by part.
    Multipart,
    /// `text/*`.
    Text,
    /// Any other media type: the bytes as given.
    Bytes,
}

/// A request body: one or several media types, of which the caller sends one.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// In spec order, without two of the same encoding and type.
    pub media: Vec<BodyMedia>,
    pub required: bool,
    pub docs: Docs,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyMedia {
    /// The schema's type (`String` for text, `Binary` for bytes; for a
    /// multipart form, the object whose properties are the parts).
    pub ty: TypeRef,
    pub encoding: BodyEncoding,
    /// The media type as the spec writes it.
    pub content_type: String,
    /// UpperCamelCase name of this choice when there are several
    /// (`Json`, `Form`, `Multipart`, `Text`, `Bytes`, or from the media type).
    pub variant: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum StatusMatch {
    Code(u16),
    /// `2XX` and friends: the hundreds digit.
    Range(u16),
    Default,
}

#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub status: StatusMatch,
    pub description: String,
    /// The body of the preferred media type (JSON first).
    pub body: ResponseBody,
    /// For a success, the other media types it is documented in, when their
    /// shape differs from `body` (and from each other).
    pub other_media: Vec<ResponseMedia>,
}

/// One more media type a success response may come in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseMedia {
    /// The media type as the spec writes it (`text/csv`, `image/*`, ...).
    pub content_type: String,
    /// UpperCamelCase suffix of its output variant (`Csv`, `Png`, `Text`).
    pub variant: String,
    pub body: ResponseBody,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ResponseBody {
    None,
    Json(TypeRef),
    Text,
    Bytes,
}

impl Operation {
    /// Every type reference the operation's request holds (parameters, body).
    pub fn request_type_refs(&self) -> impl Iterator<Item = &TypeRef> {
        self.params
            .iter()
            .map(|p| &p.ty)
            .chain(self.body.iter().flat_map(|b| b.media.iter().map(|m| &m.ty)))
    }

    /// Every type reference the operation holds, request and JSON responses.
    pub fn type_refs(&self) -> impl Iterator<Item = &TypeRef> {
        self.request_type_refs().chain(
            self.responses
                .iter()
                .flat_map(|r| std::iter::once(&r.body).chain(r.other_media.iter().map(|m| &m.body)))
                .filter_map(|body| match body {
                    ResponseBody::Json(ty) => Some(ty),
                    _ => None,
                }),
        )
    }
}

impl Operation {
    /// Every type reference the operation holds, to change in place
    /// (parameters, body media, response bodies, pagination items).
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        let mut out: Vec<&mut TypeRef> = self.params.iter_mut().map(|p| &mut p.ty).collect();
        if let Some(body) = &mut self.body {
            out.extend(body.media.iter_mut().map(|m| &mut m.ty));
        }
        for response in &mut self.responses {
            let bodies = std::iter::once(&mut response.body)
                .chain(response.other_media.iter_mut().map(|m| &mut m.body));
            out.extend(bodies.filter_map(|body| match body {
                ResponseBody::Json(ty) => Some(ty),
                _ => None,
            }));
        }
        if let Some(pagination) = &mut self.pagination {
            out.push(&mut pagination.item_ty);
        }
        out
    }
}

impl Operation {
    /// The responses a call succeeds with, exact codes before ranges (so a
    /// range never hides a code). When no 2xx is documented, a `default`
    /// with a body is what a success carries (older specs document only it).
    pub fn successes(&self) -> Vec<&Response> {
        let mut successes: Vec<&Response> =
            self.responses.iter().filter(|r| r.is_success()).collect();
        if successes.is_empty() {
            successes.extend(
                self.responses
                    .iter()
                    .filter(|r| r.status == StatusMatch::Default && r.body != ResponseBody::None),
            );
        }
        successes.sort_by_key(|r| matches!(r.status, StatusMatch::Range(_)));
        successes
    }

    /// Whether every success has the same body shape in one media type, so
    /// the output is that shape rather than an enum of outcomes.
    pub fn has_one_success_shape(&self) -> bool {
        let successes = self.successes();
        successes.windows(2).all(|w| w[0].body == w[1].body)
            && successes.iter().all(|r| r.other_media.is_empty())
    }
}

impl Response {
    /// Its variant's name in an operation's enum of outcomes.
    pub fn output_variant(&self) -> String {
        match &self.status {
            StatusMatch::Code(code) => format!("Status{code}"),
            StatusMatch::Range(digit) => format!("Status{digit}xx"),
            StatusMatch::Default => "Other".to_string(),
        }
    }

    pub fn is_success(&self) -> bool {
        match self.status {
            StatusMatch::Code(code) => (200..300).contains(&code),
            StatusMatch::Range(digit) => digit == 2,
            StatusMatch::Default => false,
        }
    }
}

/// How a list operation pages, as declared by `x-vendorgen-pagination`.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// Index into `Operation::params` of the marker parameter.
    pub marker_param: usize,
    pub limit_param: Option<usize>,
    /// Field names from the response body to the next marker, each step with
    /// whether the field is optional.
    pub next_marker: Vec<FieldStep>,
    pub items: FieldStep,
    pub item_ty: TypeRef,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldStep {
    pub field: String,
    pub optional: bool,
}

/// A media type without its parameters, as the spec writes it
/// (`text/csv; charset=utf-8` -> `text/csv`).
pub fn media_essence(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or("").trim()
}

impl BodyMedia {
    /// The media type without its parameters (see [`media_essence`]).
    pub fn essence(&self) -> &str {
        media_essence(&self.content_type)
    }
}
