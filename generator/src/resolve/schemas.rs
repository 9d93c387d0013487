//! The type space: every schema of the spec becomes a `TypeRef`, and every
//! schema that needs a Rust type of its own becomes exactly one `TypeDef`.
//!
//! Component schemas are named first, in spec order, so their names win over
//! names made up for inline schemas (`{Parent}{Field}`), and `$ref` cycles
//! resolve to names that already exist.

use std::collections::{BTreeMap, HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::docs::docs_from;
use super::names::{NameSet, camel, snake, variant, variant_name};
use crate::diagnostics::{Diagnostic, child};
use crate::ir::{
    Constraints, EnumDef, EnumRepr, EnumVariant, Field, FloatWidth, IntWidth, StructDef, TypeDef,
    TypeKind, TypeRef, UnionDef, UnionVariant,
};

const COMPONENT_PREFIX: &str = "#/components/schemas/";

pub struct TypeSpace<'a> {
    components: &'a IndexMap<String, ReferenceOr<Schema>>,
    component_names: HashMap<String, String>,
    types: BTreeMap<String, TypeDef>,
    names: NameSet,
    modules: NameSet,
    /// Inline schemas already given a type, by the pointer of their place, so
    /// a schema reached twice (a shared parameter, an `allOf` member) is one type.
    inline_types: HashMap<String, TypeRef>,
    /// Whether `regex-lite`, which the generated client checks patterns
    /// with, compiles each pattern seen so far.
    patterns: HashMap<String, bool>,
    pub diagnostics: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Types generated beside a model that must not collide with another model.
const MODEL_SUFFIXES: &[&str] = &["Builder"];

/// A property to become a field: wire name, schema, its pointer, and the
/// Rust name of the type whose place it is named after (for inline types).
type PropertyEntry<'p> = (&'p str, &'p ReferenceOr<Box<Schema>>, String, String);

impl<'a> TypeSpace<'a> {
    pub fn new(components: &'a IndexMap<String, ReferenceOr<Schema>>) -> Self {
        let mut names = NameSet::new();
        let component_names = components
            .keys()
            .map(|key| (key.clone(), names.claim_family(&camel(key), MODEL_SUFFIXES)))
            .collect();
        TypeSpace {
            components,
            component_names,
            types: BTreeMap::new(),
            names,
            modules: NameSet::with_reserved(["mod"]),
            inline_types: HashMap::new(),
            patterns: HashMap::new(),
            diagnostics: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Defines a type for every component schema.
    pub fn define_components(&mut self) {
        for (key, schema) in self.components {
            let pointer = child("#/components/schemas", key);
            let Some(name) = self.component_names.get(key).cloned() else {
                continue;
            };
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    self.reference(reference, &pointer).map(TypeKind::Alias)
                }
                ReferenceOr::Item(schema) => self.kind_of(schema, &pointer, &name),
            };
            if let Some(kind) = kind {
                let docs = match schema {
                    ReferenceOr::Item(schema) => docs_from(&schema.schema_data),
                    ReferenceOr::Reference { .. } => Default::default(),
                };
                self.insert(name, pointer, docs, kind);
            }
        }
    }

    /// The finished types, with the fields that close a cycle boxed.
    pub fn finish(mut self) -> (Vec<TypeDef>, Vec<Diagnostic>, Vec<Diagnostic>) {
        box_cycles(&mut self.types);
        (
            self.types.into_values().collect(),
            self.diagnostics,
            self.warnings,
        )
    }

    fn insert(&mut self, name: String, origin: String, docs: crate::ir::Docs, kind: TypeKind) {
        let module = self.modules.claim(&snake(&name));
        self.types.insert(
            name.clone(),
            TypeDef {
                name,
                module,
                origin,
                docs,
                kind,
            },
        );
    }

    fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(pointer, message));
    }

    /// The type a schema is used as; inline schemas that need a type of their
    /// own get one named after `hint`.
    pub fn type_ref(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        hint: &str,
    ) -> Option<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
            ReferenceOr::Item(schema) => self.inline(schema, pointer, hint),
        }
    }

    fn type_ref_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> Option<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
            ReferenceOr::Item(schema) => self.inline(schema, pointer, hint),
        }
    }

    fn reference(&mut self, reference: &str, pointer: &str) -> Option<TypeRef> {
        let key = self.component_key(reference, pointer)?;
        self.component_names.get(key).cloned().map(TypeRef::Named)
    }

    /// The Rust name of the component a `$ref` names (no diagnostics).
    fn component_name(&self, reference: &str) -> Option<&str> {
        let key = reference
            .strip_prefix(COMPONENT_PREFIX)?
            .replace("~1", "/")
            .replace("~0", "~");
        self.component_names.get(&key).map(String::as_str)
    }

    /// Checks a `$ref` and returns the component key it names.
    fn component_key(&mut self, reference: &str, pointer: &str) -> Option<&'a str> {
        let Some(key) = reference.strip_prefix(COMPONENT_PREFIX) else {
            self.error(
                &child(pointer, "$ref"),
                format!("unsupported $ref '{reference}': only '#/components/schemas/...' references are supported for schemas"),
            );
            return None;
        };
        let key = key.replace("~1", "/").replace("~0", "~");
        match self.components.get_key_value(&key) {
            Some((key, _)) => Some(key.as_str()),
            None => {
                self.error(
                    &child(pointer, "$ref"),
                    format!("$ref '{reference}' points to nothing"),
                );
                None
            }
        }
    }

    /// Follows `$ref`s (bounded, so a self-referencing alias cannot hang us) to
    /// the schema they end at.
    pub fn follow<'s>(
        &mut self,
        schema: &'s ReferenceOr<Schema>,
        pointer: &str,
    ) -> Option<&'s Schema>
    where
        'a: 's,
    {
        let mut current = schema;
        for _ in 0..32 {
            match current {
                ReferenceOr::Item(schema) => return Some(schema),
                ReferenceOr::Reference { reference } => {
                    let key = self.component_key(reference, pointer)?;
                    current = self.components.get(key)?;
                }
            }
        }
        self.error(pointer, "$ref chain is circular: it never reaches a schema");
        None
    }

    fn follow_boxed<'s>(
        &mut self,
        schema: &'s ReferenceOr<Box<Schema>>,
        pointer: &str,
    ) -> Option<&'s Schema>
    where
        'a: 's,
    {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => {
                let key = self.component_key(reference, pointer)?;
                let target = self.components.get(key)?;
                self.follow(target, pointer)
            }
        }
    }

    fn inline(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Option<TypeRef> {
        if let Some(simple) = self.simple(schema, pointer, hint) {
            return simple;
        }
        if let Some(known) = self.inline_types.get(pointer) {
            return Some(known.clone());
        }
        let name = self.names.claim_family(&camel(hint), MODEL_SUFFIXES);
        let kind = self.kind_of(schema, pointer, &name)?;
        self.insert(
            name.clone(),
            pointer.to_string(),
            docs_from(&schema.schema_data),
            kind,
        );
        self.inline_types
            .insert(pointer.to_string(), TypeRef::Named(name.clone()));
        Some(TypeRef::Named(name))
    }

    /// Schemas that map onto a type without a definition of their own.
    /// `None` means "needs a named type"; `Some(None)` means an error was recorded.
    fn simple(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Option<Option<TypeRef>> {
        Some(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if !s.enumeration.iter().any(Option::is_some) => {
                Some(string_type(&s.format))
            }
            SchemaKind::Type(Type::Integer(i)) if !i.enumeration.iter().any(Option::is_some) => {
                Some(integer_type(&i.format))
            }
            SchemaKind::Type(Type::Number(n)) => Some(number_type(&n.format)),
            SchemaKind::Type(Type::Boolean(_)) => Some(TypeRef::Boolean),
            SchemaKind::Type(Type::Array(array)) => {
                let items = match &array.items {
                    Some(items) => self.type_ref_boxed(
                        items,
                        &child(pointer, "items"),
                        &format!("{hint} item"),
                    ),
                    None => Some(TypeRef::Json),
                };
                items.map(|items| TypeRef::Array(Box::new(items)))
            }
            SchemaKind::Type(Type::Object(object)) if object.properties.is_empty() => {
                self.map_value(object.additional_properties.as_ref(), pointer, hint)
            }
            SchemaKind::Any(any) if is_empty_any(any) => Some(TypeRef::Json),
            _ => return None,
        })
    }

    fn map_value(
        &mut self,
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Option<TypeRef> {
        match additional {
            None | Some(AdditionalProperties::Any(false)) => Some(TypeRef::Json),
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Map(Box::new(TypeRef::Json))),
            Some(AdditionalProperties::Schema(schema)) => self
                .type_ref(
                    schema,
                    &child(pointer, "additionalProperties"),
                    &format!("{hint} value"),
                )
                .map(|value| TypeRef::Map(Box::new(value))),
        }
    }

    /// The definition of a schema that gets a named type.
    fn kind_of(&mut self, schema: &Schema, pointer: &str, name: &str) -> Option<TypeKind> {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if s.enumeration.iter().any(Option::is_some) => {
                Some(TypeKind::Enum(string_enum(
                    s.enumeration.iter().flatten().map(String::as_str),
                )))
            }
            SchemaKind::Type(Type::Integer(i)) if i.enumeration.iter().any(Option::is_some) => {
                let variants = i
                    .enumeration
                    .iter()
                    .flatten()
                    .map(|value| EnumVariant {
                        name: if *value < 0 {
                            format!("Minus{}", value.unsigned_abs())
                        } else {
                            format!("V{value}")
                        },
                        value: value.to_string(),
                    })
                    .collect();
                Some(TypeKind::Enum(EnumDef {
                    repr: EnumRepr::Integer,
                    variants,
                }))
            }
            SchemaKind::Type(Type::Object(object)) if !object.properties.is_empty() => self.object(
                &object.properties,
                &object.required,
                object.additional_properties.as_ref(),
                pointer,
                name,
            ),
            SchemaKind::AllOf { all_of } => self.all_of(all_of, None, pointer, name),
            SchemaKind::OneOf { one_of } => self.union(one_of, schema, pointer, name, "oneOf"),
            SchemaKind::AnyOf { any_of } => self.union(any_of, schema, pointer, name, "anyOf"),
            SchemaKind::Not { .. } => {
                self.error(pointer, "`not` schemas are not supported");
                None
            }
            SchemaKind::Any(any) => self.any(any, schema, pointer, name),
            _ => {
                let hint = name.to_string();
                let target = self.simple(schema, pointer, &hint).flatten()?;
                Some(TypeKind::Alias(target))
            }
        }
    }

    /// `openapiv3` falls back to `Any` for schemas that mix keywords; the
    /// common real-world cases (properties without `type: object`, an object
    /// with `allOf`) are handled, the rest reported.
    fn any(
        &mut self,
        any: &openapiv3::AnySchema,
        schema: &Schema,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        let object_like = any.typ.as_deref().is_none_or(|t| t == "object");
        if object_like && !any.all_of.is_empty() && any.one_of.is_empty() && any.any_of.is_empty() {
            return self.all_of(&any.all_of, Some(any), pointer, name);
        }
        if object_like
            && !any.properties.is_empty()
            && any.one_of.is_empty()
            && any.any_of.is_empty()
        {
            return self.object(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                pointer,
                name,
            );
        }
        if !any.one_of.is_empty() && any.properties.is_empty() {
            return self.union(&any.one_of, schema, pointer, name, "oneOf");
        }
        if !any.any_of.is_empty() && any.properties.is_empty() {
            return self.union(&any.any_of, schema, pointer, name, "anyOf");
        }
        if is_empty_any(any) {
            return Some(TypeKind::Alias(TypeRef::Json));
        }
        if any.typ.as_deref() == Some("string") && !any.enumeration.is_empty() {
            let values: Vec<&str> = any.enumeration.iter().filter_map(|v| v.as_str()).collect();
            if values.len() == any.enumeration.iter().filter(|v| !v.is_null()).count() {
                return Some(TypeKind::Enum(string_enum(values)));
            }
        }
        self.error(
            pointer,
            format!(
                "unsupported schema: this combination of keywords (type {:?}) has no Rust mapping",
                any.typ.as_deref().unwrap_or("<none>")
            ),
        );
        None
    }

    fn object(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        let properties_pointer = child(pointer, "properties");
        let entries: Vec<PropertyEntry<'_>> = properties
            .iter()
            .map(|(wire, schema)| {
                (
                    wire.as_str(),
                    schema,
                    child(&properties_pointer, wire),
                    name.to_string(),
                )
            })
            .collect();
        self.object_from(&entries, required, additional, pointer, name)
    }

    fn object_from(
        &mut self,
        properties: &[PropertyEntry<'_>],
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        let mut fields = Vec::new();
        let field_names = field_names(properties.iter().map(|(wire, ..)| *wire));
        let mut ok = true;
        for ((wire_name, property, property_pointer, parent), field_name) in
            properties.iter().zip(field_names)
        {
            match self.field(
                wire_name,
                property,
                required,
                property_pointer,
                parent,
                field_name,
            ) {
                Some(field) => fields.push(field),
                None => ok = false,
            }
        }
        let additional = match additional {
            None | Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            Some(AdditionalProperties::Schema(schema)) => {
                let value = self.type_ref(
                    schema,
                    &child(pointer, "additionalProperties"),
                    &format!("{name} value"),
                );
                ok &= value.is_some();
                value
            }
        };
        ok.then_some(TypeKind::Struct(StructDef { fields, additional }))
    }

    fn field(
        &mut self,
        wire_name: &str,
        property: &ReferenceOr<Box<Schema>>,
        required: &[String],
        pointer: &str,
        parent: &str,
        field_name: String,
    ) -> Option<Field> {
        let hint = format!("{parent} {wire_name}");
        let ty = self.type_ref_boxed(property, pointer, &hint)?;
        let resolved = self.follow_boxed(property, pointer)?;
        let (docs, data) = match property {
            ReferenceOr::Item(schema) => (docs_from(&schema.schema_data), &schema.schema_data),
            // A `$ref` carries no documentation of its own in 3.0; the target's applies.
            ReferenceOr::Reference { .. } => {
                (docs_from(&resolved.schema_data), &resolved.schema_data)
            }
        };
        let constraints = self.constraints(resolved, pointer);
        Some(Field {
            name: field_name,
            wire_name: wire_name.to_string(),
            docs,
            ty,
            required: required.iter().any(|r| r == wire_name),
            nullable: data.nullable,
            read_only: data.read_only,
            write_only: data.write_only,
            default: data.default.clone(),
            constraints,
            boxed: false,
        })
    }

    /// The documented limits of a value of this schema (following `$ref`s).
    pub fn constraints(&mut self, schema: &Schema, pointer: &str) -> Constraints {
        let mut out = Constraints::default();
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                out.min_length = s.min_length.map(|v| v as u64);
                out.max_length = s.max_length.map(|v| v as u64);
                out.pattern = s
                    .pattern
                    .clone()
                    .filter(|p| self.pattern_compiles(p, pointer));
            }
            SchemaKind::Type(Type::Integer(i)) => {
                out.minimum = i.minimum.map(|v| v as f64);
                out.maximum = i.maximum.map(|v| v as f64);
                out.exclusive_minimum = i.exclusive_minimum;
                out.exclusive_maximum = i.exclusive_maximum;
            }
            SchemaKind::Type(Type::Number(n)) => {
                out.minimum = n.minimum;
                out.maximum = n.maximum;
                out.exclusive_minimum = n.exclusive_minimum;
                out.exclusive_maximum = n.exclusive_maximum;
            }
            SchemaKind::Type(Type::Array(array)) => {
                out.min_items = array.min_items.map(|v| v as u64);
                out.max_items = array.max_items.map(|v| v as u64);
                if let Some(items) = &array.items {
                    if let Some(item) = self.follow_boxed(items, &child(pointer, "items")) {
                        let item = self.constraints(item, &child(pointer, "items"));
                        if !item.is_empty() {
                            out.items = Some(Box::new(item));
                        }
                    }
                }
            }
            _ => {}
        }
        out
    }

    /// Whether the generated client can check this pattern; one it cannot
    /// (look-around, backreferences) is dropped with a warning rather than
    /// emitted as a check that always fails.
    fn pattern_compiles(&mut self, pattern: &str, pointer: &str) -> bool {
        if let Some(&known) = self.patterns.get(pattern) {
            return known;
        }
        let compiled = regex_lite::Regex::new(pattern);
        if let Err(error) = &compiled {
            let reason = error.to_string();
            let reason = reason
                .lines()
                .last()
                .unwrap_or("")
                .trim()
                .trim_start_matches("error: ");
            self.warnings.push(Diagnostic::new(
                child(pointer, "pattern"),
                format!("pattern is not checked by the generated client: regex-lite cannot compile it ({reason})"),
            ));
        }
        self.patterns.insert(pattern.to_string(), compiled.is_ok());
        compiled.is_ok()
    }

    /// Merges `allOf` members into one struct. Properties keep the pointer of
    /// the schema they are written in, so an inline object inside a member
    /// component is the same type wherever the component is merged.
    fn all_of(
        &mut self,
        members: &[ReferenceOr<Schema>],
        own: Option<&openapiv3::AnySchema>,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        let mut parts = ObjectParts::default();
        for (index, member) in members.iter().enumerate() {
            let member_pointer = child(&child(pointer, "allOf"), &index.to_string());
            collect_member(self, member, &member_pointer, name, &mut parts, 0)?;
        }
        // Properties written beside `allOf` in the same schema.
        if let Some(own) = own {
            let properties_pointer = child(pointer, "properties");
            for (wire, property) in &own.properties {
                let at = child(&properties_pointer, wire);
                parts
                    .properties
                    .insert(wire.clone(), (property.clone(), at, name.to_string()));
            }
            parts.required.extend(own.required.iter().cloned());
            if parts.additional.is_none() {
                parts.additional = own.additional_properties.clone();
            }
        }
        let entries: Vec<PropertyEntry<'_>> = parts
            .properties
            .iter()
            .map(|(wire, (schema, at, parent))| (wire.as_str(), schema, at.clone(), parent.clone()))
            .collect();
        self.object_from(
            &entries,
            &parts.required,
            parts.additional.as_ref(),
            pointer,
            name,
        )
    }

    fn union(
        &mut self,
        members: &[ReferenceOr<Schema>],
        schema: &Schema,
        pointer: &str,
        name: &str,
        keyword: &str,
    ) -> Option<TypeKind> {
        let discriminator = schema.schema_data.discriminator.as_ref();
        let mut variants = Vec::new();
        let mut variant_names = NameSet::with_reserved(["Unknown"]);
        for (index, member) in members.iter().enumerate() {
            let member_pointer = child(&child(pointer, keyword), &index.to_string());
            let (base, reference) = match member {
                ReferenceOr::Reference { reference } => (
                    reference
                        .rsplit('/')
                        .next()
                        .unwrap_or("Variant")
                        .to_string(),
                    Some(reference.as_str()),
                ),
                ReferenceOr::Item(item) => (variant_hint(item, index), None),
            };
            let ty = self.type_ref(member, &member_pointer, &format!("{name} {base}"))?;
            let mut tags = Vec::new();
            if let Some(discriminator) = discriminator {
                let mapped: Vec<String> = discriminator
                    .mapping
                    .iter()
                    .filter(|(_, target)| Some(target.as_str()) == reference)
                    .map(|(tag, _)| tag.clone())
                    .collect();
                tags = if mapped.is_empty() {
                    vec![base.clone()]
                } else {
                    mapped
                };
            }
            variants.push(UnionVariant {
                name: variant_names.claim(&variant_name(&base)),
                ty,
                tags,
            });
        }
        Some(TypeKind::Union(UnionDef {
            variants,
            discriminator: discriminator.map(|d| d.property_name.clone()),
        }))
    }
}

/// What `allOf` members contribute: properties (with the pointer and owner
/// name each is written under), required names and `additionalProperties`.
#[derive(Default)]
struct ObjectParts {
    properties: IndexMap<String, (ReferenceOr<Box<Schema>>, String, String)>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
}

/// Adds one `allOf` member (following `$ref`s and nested `allOf`s) to `parts`.
fn collect_member(
    space: &mut TypeSpace<'_>,
    member: &ReferenceOr<Schema>,
    pointer: &str,
    owner: &str,
    parts: &mut ObjectParts,
    depth: usize,
) -> Option<()> {
    if depth > 16 {
        space.error(pointer, "allOf nests too deeply (or refers to itself)");
        return None;
    }
    // A member that is a component is merged from the component's own place.
    let (schema_pointer, owner) = match member {
        ReferenceOr::Reference { reference } => match space.component_name(reference) {
            Some(name) => (reference.clone(), name.to_string()),
            None => (pointer.to_string(), owner.to_string()),
        },
        ReferenceOr::Item(_) => (pointer.to_string(), owner.to_string()),
    };
    let schema = space.follow(member, pointer)?;
    let (properties, required, additional, nested) = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => (
            &object.properties,
            &object.required,
            &object.additional_properties,
            &[][..],
        ),
        SchemaKind::Any(any)
            if any.typ.as_deref().is_none_or(|t| t == "object")
                && any.one_of.is_empty()
                && any.any_of.is_empty() =>
        {
            (
                &any.properties,
                &any.required,
                &any.additional_properties,
                any.all_of.as_slice(),
            )
        }
        SchemaKind::AllOf { all_of } => {
            for (index, inner) in all_of.iter().enumerate() {
                let inner_pointer = child(&child(&schema_pointer, "allOf"), &index.to_string());
                collect_member(space, inner, &inner_pointer, &owner, parts, depth + 1)?;
            }
            return Some(());
        }
        _ => {
            space.error(
                pointer,
                "allOf members must be objects to be merged into one struct",
            );
            return None;
        }
    };
    for (index, inner) in nested.iter().enumerate() {
        let inner_pointer = child(&child(&schema_pointer, "allOf"), &index.to_string());
        collect_member(space, inner, &inner_pointer, &owner, parts, depth + 1)?;
    }
    let properties_pointer = child(&schema_pointer, "properties");
    for (wire, property) in properties {
        let at = child(&properties_pointer, wire);
        parts
            .properties
            .insert(wire.clone(), (property.clone(), at, owner.clone()));
    }
    parts.required.extend(required.iter().cloned());
    if parts.additional.is_none() {
        parts.additional = additional.clone();
    }
    Some(())
}

/// Field names for properties, in order: names that are already canonical
/// snake_case (`id`, `first_name`) are claimed first, so `ID` or `firstName`
/// beside them get the number, whatever order the spec lists them in.
pub(super) fn field_names<'p>(wire_names: impl Iterator<Item = &'p str>) -> Vec<String> {
    let wanted: Vec<(String, bool)> = wire_names
        .map(|wire| (snake(wire), snake(wire) == wire))
        .collect();
    let mut names = NameSet::new();
    let mut out: Vec<Option<String>> = vec![None; wanted.len()];
    for exact_first in [true, false] {
        for ((name, exact), slot) in wanted.iter().zip(out.iter_mut()) {
            if *exact == exact_first {
                *slot = Some(names.claim(name));
            }
        }
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

fn variant_hint(schema: &Schema, index: usize) -> String {
    if let Some(title) = &schema.schema_data.title {
        return title.clone();
    }
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => "String".into(),
        SchemaKind::Type(Type::Integer(_)) => "Integer".into(),
        SchemaKind::Type(Type::Number(_)) => "Number".into(),
        SchemaKind::Type(Type::Boolean(_)) => "Boolean".into(),
        SchemaKind::Type(Type::Array(_)) => "Array".into(),
        _ => format!("Variant{index}"),
    }
}

fn string_enum<'v>(values: impl IntoIterator<Item = &'v str>) -> EnumDef {
    let mut names = NameSet::with_reserved(["Unknown"]);
    let mut seen = HashSet::new();
    let variants = values
        .into_iter()
        .filter(|value| seen.insert(value.to_string()))
        .map(|value| EnumVariant {
            name: names.claim(&variant(value)),
            value: value.to_string(),
        })
        .collect();
    EnumDef {
        repr: EnumRepr::String,
        variants,
    }
}

fn is_empty_any(any: &openapiv3::AnySchema) -> bool {
    any.typ.is_none()
        && any.properties.is_empty()
        && any.all_of.is_empty()
        && any.one_of.is_empty()
        && any.any_of.is_empty()
        && any.items.is_none()
        && any.enumeration.is_empty()
        && any.not.is_none()
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

/// Boxes every struct field whose type leads back to the struct without
/// passing through a `Vec` or map (which already allocate), so no type has
/// infinite size. Uses Tarjan's strongly connected components: linear time.
fn box_cycles(types: &mut BTreeMap<String, TypeDef>) {
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|(name, def)| (name.clone(), direct_refs(&def.kind)))
        .collect();
    let component = strongly_connected(&edges);
    for def in types.values_mut() {
        let own = component.get(&def.name).copied();
        let TypeKind::Struct(s) = &mut def.kind else {
            continue;
        };
        for field in &mut s.fields {
            if let TypeRef::Named(target) = &field.ty {
                if own.is_some() && component.get(target).copied() == own {
                    field.boxed = true;
                }
            }
        }
    }
}

fn direct_refs(kind: &TypeKind) -> Vec<String> {
    let named = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => Some(name.clone()),
        _ => None,
    };
    match kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| named(&f.ty)).collect(),
        TypeKind::Alias(ty) => named(ty).into_iter().collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| named(&v.ty)).collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Component index of every node that sits on a cycle (including self-loops).
fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> HashMap<String, usize> {
    struct State<'e> {
        edges: &'e BTreeMap<String, Vec<String>>,
        index: HashMap<&'e str, usize>,
        low: HashMap<&'e str, usize>,
        on_stack: HashSet<&'e str>,
        stack: Vec<&'e str>,
        next: usize,
        out: HashMap<String, usize>,
        components: usize,
    }
    fn visit<'e>(state: &mut State<'e>, node: &'e str) {
        // Iterative DFS: a deep chain of schemas must not overflow the stack.
        let mut work: Vec<(&'e str, usize)> = vec![(node, 0)];
        state.index.insert(node, state.next);
        state.low.insert(node, state.next);
        state.next += 1;
        state.stack.push(node);
        state.on_stack.insert(node);
        while let Some((current, edge)) = work.pop() {
            let targets = state.edges.get(current).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(target) = targets.get(edge) {
                work.push((current, edge + 1));
                let Some((target, _)) = state.edges.get_key_value(target) else {
                    continue;
                };
                let target = target.as_str();
                if !state.index.contains_key(target) {
                    state.index.insert(target, state.next);
                    state.low.insert(target, state.next);
                    state.next += 1;
                    state.stack.push(target);
                    state.on_stack.insert(target);
                    work.push((target, 0));
                } else if state.on_stack.contains(target) {
                    let low = state.low[current].min(state.index[target]);
                    state.low.insert(current, low);
                }
                continue;
            }
            if let Some((parent, _)) = work.last() {
                let low = state.low[*parent].min(state.low[current]);
                state.low.insert(parent, low);
            }
            if state.low[current] == state.index[current] {
                let mut members = Vec::new();
                while let Some(member) = state.stack.pop() {
                    state.on_stack.remove(member);
                    members.push(member);
                    if member == current {
                        break;
                    }
                }
                let self_loop = state
                    .edges
                    .get(current)
                    .is_some_and(|t| t.iter().any(|t| t == current));
                if members.len() > 1 || self_loop {
                    for member in members {
                        state.out.insert(member.to_string(), state.components);
                    }
                    state.components += 1;
                }
            }
        }
    }
    let mut state = State {
        edges,
        index: HashMap::new(),
        low: HashMap::new(),
        on_stack: HashSet::new(),
        stack: Vec::new(),
        next: 0,
        out: HashMap::new(),
        components: 0,
    };
    for node in edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cycles_and_self_loops_only() {
        let mut edges = BTreeMap::new();
        edges.insert("A".to_string(), vec!["B".to_string()]);
        edges.insert("B".to_string(), vec!["A".to_string(), "C".to_string()]);
        edges.insert("C".to_string(), vec![]);
        edges.insert("D".to_string(), vec!["D".to_string()]);
        let out = strongly_connected(&edges);
        assert_eq!(out.get("A"), out.get("B"));
        assert!(out.contains_key("A"));
        assert!(!out.contains_key("C"));
        assert!(out.contains_key("D"));
        assert_ne!(out.get("A"), out.get("D"));
    }
}
