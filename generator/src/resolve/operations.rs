//! Operations: paths and methods to `ir::Operation`, with parameters merged
//! from the path item, `$ref`s to shared parameters, bodies and responses
//! followed, and pagination read from `x-vendorgen-pagination`.

use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterData, ParameterSchemaOrContent, PathItem, PathStyle,
    QueryStyle, ReferenceOr, RequestBody, Schema, StatusCode,
};

use super::docs::{conflicts, docs};
use super::names::{NameSet, camel, module_name, snake};
use super::refs;
use super::schemas::{TypeSpace, field_names};
use crate::diagnostics::{Diagnostic, child, pointer};
use crate::ir::{
    Body, BodyEncoding, BodyMedia, FieldStep, Group, HttpMethod, Operation, Pagination, Param,
    ParamLocation, ParamStyle, PathPart, Response, ResponseBody, ResponseMedia, StatusMatch,
    TypeDef, TypeKind, TypeRef, media_essence,
};

/// Types an operation module imports unqualified, so an operation may not take them.
const MODULE_IMPORTS: &[&str] = &[
    "Client",
    "RequestContext",
    "Error",
    "ApiResponse",
    "Method",
    "Request",
    "Response",
    "Operation",
];

/// The types generated per operation beside its fluent builder `{Name}`.
const OPERATION_SUFFIXES: &[&str] = &["Request", "Output", "Body", "Form"];

/// Names the generated `Client` already uses for itself.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "new",
    "from_env",
    "transport",
    "clone",
    "fmt",
    "from",
    "into",
];

pub struct OperationResolver<'a, 's> {
    doc: &'a OpenAPI,
    space: &'s mut TypeSpace<'a>,
    method_names: NameSet,
    type_names: NameSet,
    pub diagnostics: Vec<Diagnostic>,
}

/// What resolving one operation needs to remember until types are final.
pub struct PendingPagination {
    pub operation: usize,
    pub pointer: String,
    pub value: serde_json::Value,
}

impl<'a, 's> OperationResolver<'a, 's> {
    pub fn new(doc: &'a OpenAPI, space: &'s mut TypeSpace<'a>) -> Self {
        OperationResolver {
            doc,
            space,
            method_names: NameSet::with_reserved(CLIENT_METHODS.iter().copied()),
            type_names: NameSet::with_reserved(MODULE_IMPORTS.iter().copied()),
            diagnostics: Vec::new(),
        }
    }

    fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(pointer, message));
    }

    /// What a `$ref` at `at` led to, its problem reported at `at/$ref`.
    fn followed<'d, T>(&mut self, found: Result<&'d T, String>, at: &str) -> Option<&'d T> {
        found
            .map_err(|message| self.error(&child(at, "$ref"), message))
            .ok()
    }

    /// Resolves every operation; those with errors are left out (and reported).
    pub fn resolve_all(&mut self) -> (Vec<Operation>, Vec<PendingPagination>) {
        let mut operations = Vec::new();
        let mut pending = Vec::new();
        for (path, item) in &self.doc.paths.paths {
            let item_pointer = pointer(["paths", path.as_str()]);
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    self.error(
                        &item_pointer,
                        "path item $refs are not supported; inline the path item",
                    );
                    continue;
                }
            };
            for (method, operation) in item.iter() {
                let op_pointer = child(&item_pointer, method);
                let Some(http_method) = http_method(method) else {
                    continue;
                };
                let before = self.diagnostics.len() + self.space.diagnostics.len();
                let resolved = self.operation(path, item, http_method, operation, &op_pointer);
                let failed = self.diagnostics.len() + self.space.diagnostics.len() > before;
                if let (Some(resolved), false) = (resolved, failed) {
                    if let Some(value) = operation.extensions.get("x-vendorgen-pagination") {
                        pending.push(PendingPagination {
                            operation: operations.len(),
                            pointer: child(&op_pointer, "x-vendorgen-pagination"),
                            value: value.clone(),
                        });
                    }
                    operations.push(resolved);
                }
            }
        }
        (operations, pending)
    }

    fn operation(
        &mut self,
        path: &str,
        item: &PathItem,
        http_method: HttpMethod,
        operation: &openapiv3::Operation,
        op_pointer: &str,
    ) -> Option<Operation> {
        let id = operation
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{} {}", http_method.as_str().to_lowercase(), path));
        let method_name = self.method_names.claim(&snake(&id));
        let type_name = self
            .type_names
            .claim_family(&camel(&id), OPERATION_SUFFIXES);
        let group = operation.tags.first().map_or_else(
            || "general".to_string(),
            |tag| module_name(tag, "operations"),
        );

        let params = self.params(item, operation, op_pointer, &type_name)?;
        let path_parts = self.path_parts(path, &params, op_pointer)?;
        let body = match &operation.request_body {
            Some(body) => Some(self.body(body, &child(op_pointer, "requestBody"), &type_name)?),
            None => None,
        };
        let responses = self.responses(operation, op_pointer, &type_name);
        let documented_requests = match operation.extensions.get("x-vendorgen-documented-requests")
        {
            Some(serde_json::Value::Array(list)) => list.clone(),
            _ => Vec::new(),
        };
        Some(Operation {
            id,
            method_name,
            type_name,
            group,
            http_method,
            path: path.to_string(),
            path_parts,
            docs: docs(
                operation.summary.as_deref(),
                operation.description.as_deref(),
                &operation.extensions,
                operation.deprecated,
            ),
            params,
            body,
            responses,
            pagination: None,
            documented_requests,
            origin: op_pointer.to_string(),
        })
    }

    fn params(
        &mut self,
        item: &PathItem,
        operation: &openapiv3::Operation,
        op_pointer: &str,
        type_name: &str,
    ) -> Option<Vec<Param>> {
        // Operation-level parameters override path-level ones with the same name and location.
        let mut merged: IndexMap<(String, &'static str), (&Parameter, String)> = IndexMap::new();
        let item_params = item.parameters.iter().enumerate().map(|(i, p)| {
            (
                p,
                child(
                    &child(
                        &op_pointer[..op_pointer.rfind('/').unwrap_or(0)],
                        "parameters",
                    ),
                    &i.to_string(),
                ),
            )
        });
        let op_params = operation
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (p, child(&child(op_pointer, "parameters"), &i.to_string())));
        let mut ok = true;
        for (parameter, parameter_pointer) in item_params.chain(op_params) {
            match self.parameter_ref(parameter, &parameter_pointer) {
                Some(p) => {
                    merged.insert(
                        (p.parameter_data_ref().name.clone(), location_key(p)),
                        (p, parameter_pointer),
                    );
                }
                None => ok = false,
            }
        }
        let reserved = ["body", "client", "input", "retry_config", "timeout"];
        let wire_names: Vec<&str> = merged
            .values()
            .map(|(p, _)| p.parameter_data_ref().name.as_str())
            .collect();
        let rust_names = field_names(reserved.iter().copied().chain(wire_names.iter().copied()));
        let mut params = Vec::new();
        for ((parameter, parameter_pointer), name) in merged
            .values()
            .zip(rust_names.into_iter().skip(reserved.len()))
        {
            match self.param(parameter, parameter_pointer, type_name, name) {
                Some(param) => params.push(param),
                None => ok = false,
            }
        }
        ok.then_some(params)
    }

    fn parameter_ref<'p>(
        &mut self,
        parameter: &'p ReferenceOr<Parameter>,
        at: &str,
    ) -> Option<&'p Parameter>
    where
        'a: 'p,
    {
        let components = self.doc.components.as_ref().map(|c| &c.parameters);
        self.followed(
            refs::follow(parameter, refs::Kind::Parameters, components),
            at,
        )
    }

    fn param(
        &mut self,
        parameter: &Parameter,
        at: &str,
        type_name: &str,
        name: String,
    ) -> Option<Param> {
        let data = parameter.parameter_data_ref();
        let (location, style, allow_reserved) = location_and_style(parameter);
        // OpenAPI: `explode` defaults to true for `form` and false otherwise.
        let explode = data.explode.unwrap_or(style == ParamStyle::Form);
        let (schema, schema_pointer, json) = self.param_schema(data, at)?;
        let hint = format!("{type_name} {}", data.name);
        let ty = self.space.type_ref(schema, &schema_pointer, &hint)?;
        let resolved = self.space.follow(schema, &schema_pointer)?;
        let mut constraints = self.space.constraints(resolved, &schema_pointer);
        // An empty path parameter would change the path's shape (`/a//b`):
        // a string path parameter is at least one character long.
        let stringly = matches!(
            ty,
            TypeRef::String | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64
        );
        if location == ParamLocation::Path
            && stringly
            && constraints.min_length.is_none_or(|m| m == 0)
        {
            constraints.min_length = Some(1);
        }
        let client_value = self.client_value(data, at)?;
        Some(Param {
            name,
            wire_name: data.name.clone(),
            location,
            required: data.required || location == ParamLocation::Path,
            docs: param_docs(data, resolved),
            ty,
            constraints,
            style,
            explode,
            allow_reserved,
            json,
            client_value,
        })
    }

    /// The parameter's schema and its pointer, and whether its value is
    /// sent as JSON text. A parameter described by `content` has exactly
    /// one media type; its schema gives the type, and a JSON media type
    /// sends the JSON text.
    fn param_schema<'p>(
        &mut self,
        data: &'p ParameterData,
        at: &str,
    ) -> Option<(&'p ReferenceOr<Schema>, String, bool)> {
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => Some((schema, child(at, "schema"), false)),
            ParameterSchemaOrContent::Content(content) => {
                let Some((media_type, media)) = content.iter().next() else {
                    self.error(&child(at, "content"), "`content` names no media type");
                    return None;
                };
                let media_pointer = child(&child(at, "content"), media_type);
                match &media.schema {
                    Some(schema) => {
                        Some((schema, child(&media_pointer, "schema"), is_json(media_type)))
                    }
                    None => {
                        self.error(&media_pointer, "the parameter's media type has no `schema`");
                        None
                    }
                }
            }
        }
    }

    /// The client setting `x-vendorgen-client-value` names, if any; `None`
    /// when the extension is misshapen (reported).
    fn client_value(&mut self, data: &ParameterData, at: &str) -> Option<Option<String>> {
        match data.extensions.get("x-vendorgen-client-value") {
            Some(serde_json::Value::String(name)) => Some(Some(name.clone())),
            Some(_) => {
                self.error(
                    &child(at, "x-vendorgen-client-value"),
                    "x-vendorgen-client-value must be a string naming a client setting",
                );
                None
            }
            None => Some(None),
        }
    }

    fn path_parts(&mut self, path: &str, params: &[Param], at: &str) -> Option<Vec<PathPart>> {
        let mut parts = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| c + open) else {
                self.error(at, format!("path '{path}' has an unclosed '{{'"));
                return None;
            };
            if open > 0 {
                parts.push(PathPart::Literal(rest[..open].to_string()));
            }
            let name = &rest[open + 1..close];
            match params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.wire_name == name)
            {
                Some(index) => parts.push(PathPart::Param(index)),
                None => {
                    self.error(at, format!("path '{path}' uses {{{name}}} but no path parameter '{name}' is declared"));
                    return None;
                }
            }
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_string()));
        }
        Some(parts)
    }

    fn body(&mut self, body: &ReferenceOr<RequestBody>, at: &str, type_name: &str) -> Option<Body> {
        let components = self.doc.components.as_ref().map(|c| &c.request_bodies);
        let body = self.followed(
            refs::follow(body, refs::Kind::RequestBodies, components),
            at,
        )?;
        let content_pointer = child(at, "content");
        let mut media_list: Vec<BodyMedia> = Vec::new();
        let mut variants = NameSet::default();
        for (content_type, media) in &body.content {
            let encoding = body_encoding(content_type);
            let media_pointer = child(&content_pointer, content_type);
            let ty = match (encoding, &media.schema) {
                (BodyEncoding::Bytes, _) => TypeRef::Binary,
                (BodyEncoding::Text, _) => TypeRef::String,
                (_, Some(schema)) => self.space.type_ref(
                    schema,
                    &child(&media_pointer, "schema"),
                    &format!("{type_name} request body"),
                )?,
                (_, None) => TypeRef::Json,
            };
            if encoding == BodyEncoding::Form
                && !matches!(ty, TypeRef::Named(_) | TypeRef::Map(_) | TypeRef::Json)
            {
                self.error(
                    &child(&media_pointer, "schema"),
                    "a form body must be an object",
                );
                return None;
            }
            // `application/json` and `application/json; charset=utf-8` with
            // the same schema are one choice for the caller.
            if media_list
                .iter()
                .any(|m| m.encoding == encoding && m.ty == ty)
            {
                continue;
            }
            let variant = variants.claim(&media_variant(content_type, encoding));
            media_list.push(BodyMedia {
                ty,
                encoding,
                content_type: content_type.clone(),
                variant,
            });
        }
        if media_list.is_empty() {
            self.error(
                &content_pointer,
                "a request body needs at least one media type",
            );
            return None;
        }
        Some(Body {
            media: media_list,
            required: body.required,
            docs: docs(None, body.description.as_deref(), &body.extensions, false),
        })
    }

    /// A response body of one media type, read as its encoding says: JSON
    /// through its schema's type, text, or bytes.
    fn response_shape(
        &mut self,
        content_type: &str,
        media: &MediaType,
        at: &str,
        hint: &str,
    ) -> Option<ResponseBody> {
        match response_encoding(content_type) {
            BodyEncoding::Json => match &media.schema {
                Some(schema) => {
                    let pointer = child(&child(&child(at, "content"), content_type), "schema");
                    self.space
                        .type_ref(schema, &pointer, hint)
                        .map(ResponseBody::Json)
                }
                None => Some(ResponseBody::Json(TypeRef::Json)),
            },
            BodyEncoding::Text => Some(ResponseBody::Text),
            BodyEncoding::Form | BodyEncoding::Multipart | BodyEncoding::Bytes => {
                Some(ResponseBody::Bytes)
            }
        }
    }

    fn responses(
        &mut self,
        operation: &openapiv3::Operation,
        op_pointer: &str,
        type_name: &str,
    ) -> Vec<Response> {
        let responses_pointer = child(op_pointer, "responses");
        let mut out = Vec::new();
        let statuses = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| (status_match(status), status.to_string(), response))
            .chain(
                operation
                    .responses
                    .default
                    .iter()
                    .map(|r| (StatusMatch::Default, "default".to_string(), r)),
            );
        for (status, key, response) in statuses {
            let at = child(&responses_pointer, &key);
            let components = self.doc.components.as_ref().map(|c| &c.responses);
            let Some(response) = self.followed(
                refs::follow(response, refs::Kind::Responses, components),
                &at,
            ) else {
                continue;
            };
            let primary = response
                .content
                .iter()
                .find(|(ct, _)| response_encoding(ct) == BodyEncoding::Json)
                .or_else(|| {
                    response
                        .content
                        .iter()
                        .find(|(ct, _)| response_encoding(ct) == BodyEncoding::Text)
                })
                .or_else(|| response.content.first());
            let body = match primary {
                None => ResponseBody::None,
                Some((content_type, media)) => {
                    let hint = format!("{type_name} response {key}");
                    match self.response_shape(content_type, media, &at, &hint) {
                        Some(body) => body,
                        None => continue,
                    }
                }
            };
            let mut resolved = Response {
                status,
                description: response.description.clone(),
                body,
                other_media: Vec::new(),
            };
            // A success documented in several media types of different
            // shapes: each is an outcome of its own, told apart by the
            // response's `Content-Type`.
            if resolved.is_success() && response.content.len() > 1 {
                let mut variants = NameSet::default();
                for (content_type, media) in &response.content {
                    let hint = format!("{type_name} response {key} {content_type}");
                    let Some(shape) = self.response_shape(content_type, media, &at, &hint) else {
                        continue;
                    };
                    if shape == resolved.body
                        || resolved.other_media.iter().any(|m| m.body == shape)
                    {
                        continue;
                    }
                    let variant = variants.claim(&media_variant(
                        content_type,
                        response_encoding(content_type),
                    ));
                    resolved.other_media.push(ResponseMedia {
                        content_type: content_type.clone(),
                        variant,
                        body: shape,
                    });
                }
            }
            out.push(resolved);
        }
        out
    }
}

fn location_key(parameter: &Parameter) -> &'static str {
    match parameter {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// Where a parameter goes, its style, and whether it may carry reserved
/// characters unencoded (`allowReserved`, query parameters only).
fn location_and_style(parameter: &Parameter) -> (ParamLocation, ParamStyle, bool) {
    match parameter {
        Parameter::Path { style, .. } => (
            ParamLocation::Path,
            match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            },
            false,
        ),
        Parameter::Query {
            style,
            allow_reserved,
            ..
        } => (
            ParamLocation::Query,
            match style {
                QueryStyle::Form => ParamStyle::Form,
                QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                QueryStyle::DeepObject => ParamStyle::DeepObject,
            },
            *allow_reserved,
        ),
        Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Simple, false),
        Parameter::Cookie { .. } => (ParamLocation::Cookie, ParamStyle::Form, false),
    }
}

/// A parameter's docs: its own description, else its schema's, with the
/// documentation conflicts of both.
fn param_docs(data: &ParameterData, schema: &Schema) -> crate::ir::Docs {
    let mut param_docs = docs(
        None,
        data.description.as_deref(),
        &data.extensions,
        data.deprecated.unwrap_or(false),
    );
    if param_docs.description.is_none() {
        param_docs.description = schema.schema_data.description.clone();
    }
    param_docs
        .conflicts
        .extend(conflicts(&schema.schema_data.extensions));
    param_docs
}

fn http_method(method: &str) -> Option<HttpMethod> {
    Some(match method {
        "get" => HttpMethod::Get,
        "put" => HttpMethod::Put,
        "post" => HttpMethod::Post,
        "delete" => HttpMethod::Delete,
        "patch" => HttpMethod::Patch,
        "head" => HttpMethod::Head,
        "options" => HttpMethod::Options,
        "trace" => HttpMethod::Trace,
        _ => return None,
    })
}

fn status_match(status: &StatusCode) -> StatusMatch {
    match status {
        StatusCode::Code(code) => StatusMatch::Code(*code),
        StatusCode::Range(digit) => StatusMatch::Range(*digit),
    }
}

fn is_json(content_type: &str) -> bool {
    body_encoding(content_type) == BodyEncoding::Json
}

/// How a body of this media type is written or read: the one rule from a
/// media type to the Rust type of a body (JSON through its schema's type,
/// form, multipart, text, or bytes).
fn body_encoding(content_type: &str) -> BodyEncoding {
    let essence = media_essence(content_type).to_ascii_lowercase();
    if essence == "application/json" || essence.ends_with("+json") || essence == "*/*" {
        BodyEncoding::Json
    } else if essence == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if essence.starts_with("multipart/") {
        BodyEncoding::Multipart
    } else if essence.starts_with("text/") {
        BodyEncoding::Text
    } else {
        BodyEncoding::Bytes
    }
}

/// How a response body of this media type is read: as JSON, as text, or
/// (forms, multipart and anything else) as bytes.
fn response_encoding(content_type: &str) -> BodyEncoding {
    match body_encoding(content_type) {
        BodyEncoding::Json => BodyEncoding::Json,
        BodyEncoding::Text => BodyEncoding::Text,
        BodyEncoding::Form | BodyEncoding::Multipart | BodyEncoding::Bytes => BodyEncoding::Bytes,
    }
}

/// The name of a media type as one of several body choices: the usual
/// names for the usual types, otherwise the subtype (`image/png` -> `Png`,
/// `application/merge-patch+json` -> `MergePatchJson`).
fn media_variant(content_type: &str, encoding: BodyEncoding) -> String {
    let essence = media_essence(content_type).to_ascii_lowercase();
    let usual = match (essence.as_str(), encoding) {
        ("application/json", _) => Some("Json"),
        (_, BodyEncoding::Form) => Some("Form"),
        ("multipart/form-data", _) => Some("Multipart"),
        ("text/plain", _) => Some("Text"),
        ("application/octet-stream", _) => Some("Bytes"),
        _ => None,
    };
    if let Some(name) = usual {
        return name.to_string();
    }
    let (kind, subtype) = essence.split_once('/').unwrap_or((essence.as_str(), ""));
    // A range (`image/*`) is named for its type; `*/*` is anything.
    let subtype = match (kind, subtype) {
        ("*", _) => "any",
        (kind, "*" | "") => kind,
        (_, subtype) => subtype,
    };
    let subtype = subtype.strip_prefix("x-").unwrap_or(subtype);
    let name = camel(subtype);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Media{name}")
    } else {
        name
    }
}

/// Groups in module order, with descriptions from the top-level tags.
pub fn groups(doc: &OpenAPI, operations: &[Operation]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut tags = std::collections::HashMap::new();
    for tag in doc.tags.iter().rev() {
        tags.insert(module_name(&tag.name, "operations"), tag);
    }
    for operation in operations {
        if !seen.insert(operation.group.as_str()) {
            continue;
        }
        let tag = tags.get(&operation.group).copied();
        groups.push(Group {
            module: operation.group.clone(),
            name: tag.map_or_else(|| operation.group.clone(), |t| t.name.clone()),
            description: tag.and_then(|t| t.description.clone()),
        });
    }
    groups.sort_by(|a, b| a.module.cmp(&b.module));
    groups
}

/// Reads `x-vendorgen-pagination` once the types are final (the item and marker fields
/// are looked up in the response type).
pub fn pagination(
    pending: &PendingPagination,
    operation: &Operation,
    types: &std::collections::HashMap<&str, &TypeDef>,
) -> Result<Pagination, Diagnostic> {
    let fail = |message: String| Diagnostic::new(pending.pointer.clone(), message);
    let text = |key: &str| {
        pending
            .value
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let marker_name = text("marker_parameter")
        .ok_or_else(|| fail("x-vendorgen-pagination needs marker_parameter".into()))?;
    let next_path = text("next_marker_field")
        .ok_or_else(|| fail("x-vendorgen-pagination needs next_marker_field".into()))?;
    let items_field = text("items_field")
        .ok_or_else(|| fail("x-vendorgen-pagination needs items_field".into()))?;
    let find_param = |name: &str| {
        operation
            .params
            .iter()
            .position(|p| p.wire_name == name && p.location == ParamLocation::Query)
            .ok_or_else(|| {
                fail(format!(
                    "x-vendorgen-pagination names query parameter '{name}', which the operation does not have"
                ))
            })
    };
    let marker_param = find_param(&marker_name)?;
    let limit_param = text("limit_parameter")
        .map(|name| find_param(&name))
        .transpose()?;

    let output = operation
        .responses
        .iter()
        .find(|r| r.is_success() && matches!(r.body, ResponseBody::Json(_)))
        .and_then(|r| match &r.body {
            ResponseBody::Json(ty) => Some(ty.clone()),
            _ => None,
        })
        .ok_or_else(|| fail("x-vendorgen-pagination needs a JSON success response".into()))?;

    let lookup = |ty: &TypeRef, field: &str| -> Result<(FieldStep, TypeRef), Diagnostic> {
        let TypeRef::Named(name) = ty else {
            return Err(fail(format!(
                "x-vendorgen-pagination: '{field}' is looked up in a value that is not an object"
            )));
        };
        let def = types
            .get(name.as_str())
            .ok_or_else(|| fail(format!("x-vendorgen-pagination: type {name} is missing")))?;
        let TypeKind::Struct(s) = &def.kind else {
            return Err(fail(format!(
                "x-vendorgen-pagination: {name} is not an object with properties"
            )));
        };
        let found = s
            .fields
            .iter()
            .find(|f| f.wire_name == field)
            .ok_or_else(|| {
                fail(format!(
                    "x-vendorgen-pagination: the response type {name} has no field '{field}'"
                ))
            })?;
        Ok((
            FieldStep {
                field: found.name.clone(),
                optional: found.is_optional(),
            },
            found.ty.clone(),
        ))
    };

    let mut next_marker = Vec::new();
    let mut current = output.clone();
    for segment in next_path.split('.') {
        let (step, ty) = lookup(&current, segment)?;
        next_marker.push(step);
        current = ty;
    }
    if current != TypeRef::String {
        return Err(fail(format!(
            "x-vendorgen-pagination: next_marker_field '{next_path}' must be a string"
        )));
    }
    let (items, items_ty) = lookup(&output, &items_field)?;
    let TypeRef::Array(item_ty) = items_ty else {
        return Err(fail(format!(
            "x-vendorgen-pagination: items_field '{items_field}' must be an array"
        )));
    };
    Ok(Pagination {
        marker_param,
        limit_param,
        next_marker,
        items,
        item_ty: *item_ty,
    })
}

#[cfg(test)]
mod tests {
    use crate::ir::{Api, BodyEncoding, ResponseBody, TypeRef};

    fn resolve(text: &str) -> Api {
        let spec = crate::load::load_str(std::path::Path::new("t.yaml"), text)
            .unwrap_or_else(|e| panic!("{e}"));
        crate::resolve::resolve(&spec, crate::resolve::ResolveOptions::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .api
    }

    #[test]
    fn shared_parameters_bodies_and_responses_are_reached_through_chains_of_refs() {
        let api = resolve(
            "openapi: 3.0.3\n\
             info: {title: t, version: '1'}\n\
             paths:\n  /a/{id}:\n    post:\n      operationId: postA\n\
             \x20     parameters: [{$ref: '#/components/parameters/A'}]\n\
             \x20     requestBody: {$ref: '#/components/requestBodies/A'}\n\
             \x20     responses: {'200': {$ref: '#/components/responses/A'}}\n\
             components:\n\
             \x20 parameters:\n    A: {$ref: '#/components/parameters/B'}\n\
             \x20   B: {name: id, in: path, required: true, schema: {type: integer}}\n\
             \x20 requestBodies:\n    A: {$ref: '#/components/requestBodies/B'}\n\
             \x20   B: {required: true, content: {text/plain: {schema: {type: string}}}}\n\
             \x20 responses:\n    A: {$ref: '#/components/responses/B'}\n\
             \x20   B: {description: ok, content: {application/json: {schema: {type: boolean}}}}\n",
        );
        let op = &api.operations[0];
        assert_eq!(op.params.len(), 1);
        assert_eq!(op.params[0].wire_name, "id");
        assert!(matches!(op.params[0].ty, TypeRef::Integer(_)));
        let body = op.body.as_ref().expect("a body");
        assert_eq!(body.media[0].encoding, BodyEncoding::Text);
        assert_eq!(op.responses[0].body, ResponseBody::Json(TypeRef::Boolean));
    }

    #[test]
    fn media_types_are_read_alike_in_requests_and_responses_whatever_their_case() {
        let api = resolve(
            "openapi: 3.0.3\n\
             info: {title: t, version: '1'}\n\
             paths:\n  /a:\n    post:\n      operationId: postA\n\
             \x20     requestBody: {content: {Application/JSON: {schema: {type: boolean}}}}\n\
             \x20     responses:\n\
             \x20       '200': {description: ok, content: {Application/JSON; charset=utf-8: {schema: {type: boolean}}}}\n\
             \x20       '201': {description: ok, content: {TEXT/plain: {}}}\n",
        );
        let op = &api.operations[0];
        let media = &op.body.as_ref().expect("a body").media[0];
        assert_eq!(media.encoding, BodyEncoding::Json);
        assert_eq!(media.essence(), "Application/JSON");
        assert_eq!(op.responses[0].body, ResponseBody::Json(TypeRef::Boolean));
        assert_eq!(op.responses[1].body, ResponseBody::Text);
    }
}
