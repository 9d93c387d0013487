//! One uniform, borrowed view of a schema's keywords, whichever way
//! `openapiv3` parsed it (a typed `Type::*`, `allOf`/`oneOf`/`anyOf`/`not`, or
//! the catch-all `Any` it falls back to when keywords are mixed), and the
//! decision of which Rust shape the schema becomes (`Plan`).
//!
//! Deciding from one view keeps the typed and the mixed-keyword spellings of
//! the same schema on the same path, so `{type: string, minimum: 0}` is
//! treated like `{type: string}` (plus a warning), not refused.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use crate::ir::{FloatWidth, IntWidth, TypeRef};

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// The keywords of one schema that decide its Rust shape.
#[derive(Default)]
pub struct View<'s> {
    pub typ: Option<&'s str>,
    /// The scalar a `string`/`integer`/`number`/`boolean` type maps to.
    pub scalar: Option<TypeRef>,
    pub properties: Option<&'s Properties>,
    pub required: &'s [String],
    pub additional: Option<&'s AdditionalProperties>,
    pub items: Option<&'s ReferenceOr<Box<Schema>>>,
    pub enumeration: Vec<serde_json::Value>,
    pub all_of: &'s [ReferenceOr<Schema>],
    pub one_of: &'s [ReferenceOr<Schema>],
    pub any_of: &'s [ReferenceOr<Schema>],
    pub not: Option<&'s ReferenceOr<Schema>>,
    /// String keywords (`pattern`, `minLength`, `maxLength`) are present.
    pub string_keywords: bool,
    /// Numeric keywords (`minimum`, `maximum`, `multipleOf`, ...) are present.
    pub number_keywords: bool,
    /// Array keywords (`minItems`, `maxItems`, `uniqueItems`) are present.
    pub array_keywords: bool,
}

impl<'s> View<'s> {
    pub fn of(schema: &'s Schema) -> View<'s> {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => View {
                typ: Some("string"),
                scalar: Some(string_type(&s.format)),
                enumeration: optional_values(&s.enumeration, |v| v.clone().into()),
                ..View::default()
            },
            SchemaKind::Type(Type::Integer(i)) => View {
                typ: Some("integer"),
                scalar: Some(integer_type(&i.format)),
                enumeration: optional_values(&i.enumeration, |v| (*v).into()),
                ..View::default()
            },
            SchemaKind::Type(Type::Number(n)) => View {
                typ: Some("number"),
                scalar: Some(number_type(&n.format)),
                enumeration: optional_values(&n.enumeration, |v| (*v).into()),
                ..View::default()
            },
            SchemaKind::Type(Type::Boolean(b)) => View {
                typ: Some("boolean"),
                scalar: Some(TypeRef::Boolean),
                enumeration: optional_values(&b.enumeration, |v| (*v).into()),
                ..View::default()
            },
            SchemaKind::Type(Type::Object(o)) => View {
                typ: Some("object"),
                properties: Some(&o.properties),
                required: &o.required,
                additional: o.additional_properties.as_ref(),
                ..View::default()
            },
            SchemaKind::Type(Type::Array(a)) => View {
                typ: Some("array"),
                items: a.items.as_ref(),
                ..View::default()
            },
            SchemaKind::OneOf { one_of } => View {
                one_of,
                ..View::default()
            },
            SchemaKind::AllOf { all_of } => View {
                all_of,
                ..View::default()
            },
            SchemaKind::AnyOf { any_of } => View {
                any_of,
                ..View::default()
            },
            SchemaKind::Not { not } => View {
                not: Some(not),
                ..View::default()
            },
            SchemaKind::Any(any) => {
                let typ = any.typ.as_deref();
                let format = any.format.as_deref().unwrap_or("");
                View {
                    typ,
                    scalar: typ.and_then(|t| scalar_named(t, format)),
                    properties: (!any.properties.is_empty()).then_some(&any.properties),
                    required: &any.required,
                    additional: any.additional_properties.as_ref(),
                    items: any.items.as_ref(),
                    enumeration: any.enumeration.clone(),
                    all_of: &any.all_of,
                    one_of: &any.one_of,
                    any_of: &any.any_of,
                    not: any.not.as_deref(),
                    string_keywords: any.pattern.is_some()
                        || any.min_length.is_some()
                        || any.max_length.is_some(),
                    number_keywords: any.minimum.is_some()
                        || any.maximum.is_some()
                        || any.multiple_of.is_some()
                        || any.exclusive_minimum.is_some()
                        || any.exclusive_maximum.is_some(),
                    array_keywords: any.min_items.is_some()
                        || any.max_items.is_some()
                        || any.unique_items.is_some(),
                }
            }
        }
    }

    fn has_properties(&self) -> bool {
        self.properties.is_some_and(|p| !p.is_empty())
    }

    /// `oneOf`/`anyOf` with a member that constrains anything (a member `{}`
    /// admits every value, so a union of only such members says nothing).
    pub fn has_union(&self) -> bool {
        self.one_of
            .iter()
            .chain(self.any_of)
            .any(|m| !is_doc_only(m))
    }

    /// Nothing that gives the schema a shape: `{}`, or only docs, `nullable`,
    /// `required` and the like. Such a schema accepts any value.
    pub fn is_unconstrained(&self) -> bool {
        self.typ.is_none()
            && !self.has_properties()
            && self.additional.is_none()
            && self.items.is_none()
            && self.enumeration.is_empty()
            && self.all_of.is_empty()
            && self.one_of.is_empty()
            && self.any_of.is_empty()
            && self.not.is_none()
    }

    /// Only `null` is allowed (`enum: [null]`, or the 3.1 spelling `type: null`).
    pub fn is_null_only(&self) -> bool {
        (self.typ == Some("null") && self.enumeration.is_empty())
            || (!self.enumeration.is_empty() && self.enumeration.iter().all(|v| v.is_null()))
    }

    /// `null` is one of the enumerated values.
    pub fn enum_has_null(&self) -> bool {
        self.enumeration.iter().any(serde_json::Value::is_null)
    }
}

/// The Rust shape a schema becomes.
pub enum Plan<'s> {
    /// A type with no definition of its own (scalars, free-form values).
    Scalar(TypeRef),
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    /// A map whose values follow `additionalProperties` (any JSON value when
    /// it is absent or `true`).
    Map(Option<&'s AdditionalProperties>),
    /// The schema is exactly one of its members: `allOf`/`oneOf`/`anyOf` of
    /// one schema (plus docs, `nullable`, `default`).
    Through {
        member: &'s ReferenceOr<Schema>,
        keyword: &'static str,
        index: usize,
    },
    /// Named: an enum of the non-null values.
    Enum(Vec<serde_json::Value>),
    /// Named: a struct of `properties`; `keep_extra` when other keywords may
    /// add properties the struct does not name.
    Object {
        keep_extra: bool,
    },
    /// Named: the `allOf` members merged.
    AllOf,
    /// Named: one variant per member.
    Union {
        members: Vec<(usize, &'s ReferenceOr<Schema>)>,
        keyword: &'static str,
    },
}

impl Plan<'_> {
    pub fn is_named(&self) -> bool {
        matches!(
            self,
            Plan::Enum(_) | Plan::Object { .. } | Plan::AllOf | Plan::Union { .. }
        )
    }
}

/// Decides the shape of a schema. `warn` receives the keywords that the
/// chosen shape cannot express (relative pointer suffix, message).
pub fn plan<'s>(view: &View<'s>, mut warn: impl FnMut(&str, String)) -> Plan<'s> {
    if !view.all_of.is_empty() {
        let shaped: Vec<(usize, &ReferenceOr<Schema>)> = view
            .all_of
            .iter()
            .enumerate()
            .filter(|(_, member)| !is_doc_only(member))
            .collect();
        let siblings = view.has_properties() || view.has_union() || !view.enumeration.is_empty();
        return match shaped.as_slice() {
            [(index, member)] if !siblings => Plan::Through {
                member,
                keyword: "allOf",
                index: *index,
            },
            [] if !siblings => Plan::Scalar(TypeRef::Json),
            _ => Plan::AllOf,
        };
    }
    let union = if view.one_of.is_empty() {
        (&view.any_of, "anyOf")
    } else {
        if !view.any_of.is_empty() {
            warn(
                "anyOf",
                "`anyOf` beside `oneOf` is not part of the generated type".into(),
            );
        }
        (&view.one_of, "oneOf")
    };
    if !union.0.is_empty() {
        if view.has_properties() {
            // Common in real documents: `oneOf` lists which properties are
            // required together. Only the properties make a type.
            let keep_extra = !union.0.iter().all(is_constraint_only);
            if keep_extra {
                warn(
                    union.1,
                    format!(
                        "`{}` beside `properties`: the struct keeps every property not listed (in `additional_properties`)",
                        union.1
                    ),
                );
            }
            return Plan::Object { keep_extra };
        }
        let members: Vec<(usize, &ReferenceOr<Schema>)> = union
            .0
            .iter()
            .enumerate()
            .filter(|(_, member)| !is_null_member(member))
            .collect();
        return match members.as_slice() {
            [] => Plan::Scalar(TypeRef::Json),
            [(index, member)] => Plan::Through {
                member,
                keyword: union.1,
                index: *index,
            },
            _ => Plan::Union {
                members,
                keyword: union.1,
            },
        };
    }
    if view.not.is_some() && view.is_unconstrained_besides_not() {
        warn(
            "not",
            "`not` is not checked by the generated client: the value is any JSON value".into(),
        );
        return Plan::Scalar(TypeRef::Json);
    }
    if view.not.is_some() {
        warn("not", "`not` is not checked by the generated client".into());
    }
    if !view.enumeration.is_empty() && view.typ != Some("boolean") {
        let values: Vec<serde_json::Value> = view
            .enumeration
            .iter()
            .filter(|v| !v.is_null())
            .cloned()
            .collect();
        if values.is_empty() {
            return Plan::Scalar(TypeRef::Json);
        }
        return Plan::Enum(values);
    }
    match view.typ {
        Some("string" | "integer" | "number" | "boolean") => {
            let typ = view.typ.unwrap_or_default();
            let dropped = dropped_keywords(view, typ);
            if !dropped.is_empty() {
                warn(
                    "",
                    format!(
                        "`type: {typ}` with {}: the value is typed as {} {typ} and the rest is not checked",
                        dropped.join(", "),
                        if typ == "integer" { "an" } else { "a" }
                    ),
                );
            }
            Plan::Scalar(view.scalar.clone().unwrap_or(TypeRef::Json))
        }
        Some("array") => {
            let dropped = dropped_keywords(view, "array");
            if !dropped.is_empty() {
                warn(
                    "",
                    format!(
                        "`type: array` with {}: the value is typed as an array and the rest is not checked",
                        dropped.join(", ")
                    ),
                );
            }
            Plan::Array(view.items)
        }
        Some("object") | None => {
            if view.typ.is_some() && view.items.is_some() {
                warn(
                    "items",
                    "`items` on an object is not part of the generated type".into(),
                );
            }
            if view.has_properties() {
                Plan::Object { keep_extra: false }
            } else if view.additional.is_some() || view.typ.is_some() {
                Plan::Map(view.additional)
            } else if view.items.is_some() {
                Plan::Array(view.items)
            } else {
                Plan::Scalar(TypeRef::Json)
            }
        }
        Some("null") => Plan::Scalar(TypeRef::Json),
        Some("file") => {
            warn(
                "type",
                "`type: file` is Swagger 2.0: read as binary data".into(),
            );
            Plan::Scalar(TypeRef::Binary)
        }
        Some(other) => {
            warn(
                "type",
                format!("unknown type `{other}`: the value is any JSON value"),
            );
            Plan::Scalar(TypeRef::Json)
        }
    }
}

impl View<'_> {
    fn is_unconstrained_besides_not(&self) -> bool {
        self.typ.is_none()
            && !self.has_properties()
            && self.additional.is_none()
            && self.items.is_none()
            && self.enumeration.is_empty()
    }
}

/// Keywords that the given type cannot carry.
fn dropped_keywords(view: &View<'_>, typ: &str) -> Vec<&'static str> {
    let mut dropped = Vec::new();
    if view.has_properties() {
        dropped.push("`properties`");
    }
    if view.additional.is_some() {
        dropped.push("`additionalProperties`");
    }
    if view.items.is_some() && typ != "array" {
        dropped.push("`items`");
    }
    if view.array_keywords && typ != "array" {
        dropped.push("item counts");
    }
    if view.string_keywords && typ != "string" {
        dropped.push("string length or pattern");
    }
    if view.number_keywords && !matches!(typ, "integer" | "number") {
        dropped.push("numeric bounds");
    }
    dropped
}

/// A member that says nothing about the shape (`{description: ...}`).
fn is_doc_only(member: &ReferenceOr<Schema>) -> bool {
    match member {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => View::of(schema).is_unconstrained(),
    }
}

/// A member that only constrains (`{required: [a]}`), adding no shape.
fn is_constraint_only(member: &ReferenceOr<Schema>) -> bool {
    match member {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => {
            let view = View::of(schema);
            view.is_unconstrained() || (view.typ == Some("object") && !view.has_properties())
        }
    }
}

/// A union member that only admits `null`: it makes the union nullable.
pub fn is_null_member(member: &ReferenceOr<Schema>) -> bool {
    match member {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => View::of(schema).is_null_only(),
    }
}

fn optional_values<T>(
    values: &[Option<T>],
    into: impl Fn(&T) -> serde_json::Value,
) -> Vec<serde_json::Value> {
    values
        .iter()
        .map(|v| v.as_ref().map_or(serde_json::Value::Null, &into))
        .collect()
}

fn scalar_named(typ: &str, format: &str) -> Option<TypeRef> {
    Some(match typ {
        "string" => match format {
            "date-time" => TypeRef::DateTime,
            "date" => TypeRef::Date,
            "byte" => TypeRef::Base64,
            "binary" => TypeRef::Binary,
            "uuid" => TypeRef::Uuid,
            _ => TypeRef::String,
        },
        "integer" if format == "int32" => TypeRef::Integer(IntWidth::I32),
        "integer" => TypeRef::Integer(IntWidth::I64),
        "number" if format == "float" => TypeRef::Number(FloatWidth::F32),
        "number" => TypeRef::Number(FloatWidth::F64),
        "boolean" => TypeRef::Boolean,
        _ => return None,
    })
}

fn string_type(format: &VariantOrUnknownOrEmpty<StringFormat>) -> TypeRef {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => TypeRef::Base64,
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Binary,
        VariantOrUnknownOrEmpty::Unknown(other) if other == "uuid" => TypeRef::Uuid,
        _ => TypeRef::String,
    }
}

fn integer_type(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> TypeRef {
    match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::Integer(IntWidth::I32),
        _ => TypeRef::Integer(IntWidth::I64),
    }
}

fn number_type(format: &VariantOrUnknownOrEmpty<NumberFormat>) -> TypeRef {
    match format {
        VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::Number(FloatWidth::F32),
        _ => TypeRef::Number(FloatWidth::F64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(yaml: &str) -> Schema {
        serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("{e}"))
    }

    fn shape(yaml: &str) -> (&'static str, Vec<String>) {
        let schema = Box::leak(Box::new(schema(yaml)));
        let view = View::of(schema);
        let mut warnings = Vec::new();
        let plan = plan(&view, |at, message| {
            warnings.push(format!("{at}: {message}"))
        });
        let name = match plan {
            Plan::Scalar(TypeRef::Json) => "json",
            Plan::Scalar(_) => "scalar",
            Plan::Array(_) => "array",
            Plan::Map(_) => "map",
            Plan::Through { .. } => "through",
            Plan::Enum(_) => "enum",
            Plan::Object { .. } => "object",
            Plan::AllOf => "allOf",
            Plan::Union { .. } => "union",
        };
        (name, warnings)
    }

    #[test]
    fn every_keyword_combination_gets_a_shape() {
        for (yaml, expected, warns) in [
            ("{}", "json", false),
            ("{description: x, nullable: true}", "json", false),
            ("{enum: [a, 1, null]}", "enum", false),
            ("{enum: [null]}", "json", false),
            ("{type: object}", "map", false),
            ("{additionalProperties: {type: string}}", "map", false),
            ("{properties: {a: {type: string}}}", "object", false),
            ("{type: string, minimum: 0}", "scalar", true),
            (
                "{type: integer, format: int64, maxLength: 2}",
                "scalar",
                true,
            ),
            ("{type: array, properties: {a: {}}}", "array", true),
            (
                "{allOf: [{$ref: '#/components/schemas/A'}], description: x}",
                "through",
                false,
            ),
            (
                "{allOf: [{$ref: '#/components/schemas/A'}, {description: y}]}",
                "through",
                false,
            ),
            (
                "{allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {a: {}}}]}",
                "allOf",
                false,
            ),
            ("{oneOf: [{type: string}, {type: integer}]}", "union", false),
            (
                "{anyOf: [{type: string}, {enum: [null]}]}",
                "through",
                false,
            ),
            (
                "{oneOf: [{required: [a]}, {required: [b]}], properties: {a: {}, b: {}}}",
                "object",
                false,
            ),
            ("{not: {type: string}}", "json", true),
            ("{type: file}", "scalar", true),
            ("{type: boolean, enum: [true]}", "scalar", false),
        ] {
            let (got, warnings) = shape(yaml);
            assert_eq!(got, expected, "{yaml}");
            assert_eq!(!warnings.is_empty(), warns, "{yaml}: {warnings:?}");
        }
    }
}
