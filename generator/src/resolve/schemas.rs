//! The type space: every schema of the spec becomes a `TypeRef`, and every
//! schema that needs a Rust type of its own becomes exactly one `TypeDef`.
//!
//! Component schemas are named first, in spec order, so their names win over
//! names made up for inline schemas (`{Parent}{Field}`), and `$ref` cycles
//! resolve to names that already exist. Which shape a schema takes is decided
//! in `view`; making every type finite and clippy-clean in `layout`. A
//! construct with no exact Rust equivalent gets the nearest faithful type and
//! a warning carrying its JSON pointer; errors are left for what cannot be
//! generated at all (a `$ref` to nothing).

mod enums;
mod layout;
mod view;

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::docs::docs_from;
use super::names::{NameSet, camel, module_name, snake, variant, variant_name};
use crate::diagnostics::{Diagnostic, child};
use crate::ir::{
    Constraints, EnumDef, EnumRepr, EnumValue, EnumVariant, Field, Operation, StructDef, TypeDef,
    TypeKind, TypeRef, UnionDef, UnionVariant,
};
use view::{Plan, View, is_null_member, plan};

const COMPONENT_PREFIX: &str = "#/components/schemas/";

/// How deep `$ref`s, single-member wrappers and nested `allOf`s are followed
/// before a schema is declared circular.
const MAX_DEPTH: usize = 32;

pub struct TypeSpace<'a> {
    components: &'a IndexMap<String, ReferenceOr<Schema>>,
    component_names: HashMap<String, String>,
    types: BTreeMap<String, TypeDef>,
    names: NameSet,
    modules: NameSet,
    /// Inline schemas already given a type, by the pointer of their place, so
    /// a schema reached twice (a shared parameter, an `allOf` member) is one type.
    inline_types: HashMap<String, TypeRef>,
    /// Inline enums, in the order they were defined (see `merge_enums`).
    inline_enums: Vec<String>,
    /// Whether `regex-lite`, which the generated client checks patterns
    /// with, compiles each pattern seen so far.
    patterns: HashMap<String, bool>,
    pub diagnostics: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// What the type space ends with: every type, sorted by name, and what
/// went wrong (errors) or was approximated (warnings) on the way.
pub struct Finished {
    pub types: Vec<TypeDef>,
    pub diagnostics: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Types generated beside a model that must not collide with another model.
const MODEL_SUFFIXES: &[&str] = &["Builder"];

/// Where a property is written: its JSON pointer, and the Rust name of the
/// type whose place names its inline types (`{owner}{Property}`).
#[derive(Debug, Clone)]
struct Place {
    pointer: String,
    owner: String,
}

/// A property to become a field.
struct PropertyEntry<'p> {
    wire: &'p str,
    schema: &'p ReferenceOr<Box<Schema>>,
    place: Place,
}

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
            inline_enums: Vec::new(),
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

    /// The finished types, every one of finite size (see `layout`), with
    /// identical inline enums merged into one type (see `enums`); the
    /// operations' references follow the merge.
    pub fn finish(mut self, operations: &mut [Operation]) -> Finished {
        let components: Vec<String> = self
            .components
            .keys()
            .filter_map(|key| self.component_names.get(key).cloned())
            .collect();
        let renamed = enums::merge(
            &mut self.types,
            &components,
            &self.inline_enums,
            &mut self.names,
            &mut self.modules,
        );
        if !renamed.is_empty() {
            let refs = self
                .types
                .values_mut()
                .flat_map(|def| def.kind.type_refs_mut())
                .chain(operations.iter_mut().flat_map(Operation::type_refs_mut));
            for ty in refs {
                ty.rename(&renamed);
            }
        }
        layout::lay_out(&mut self.types, &mut self.warnings);
        Finished {
            types: self.types.into_values().collect(),
            diagnostics: self.diagnostics,
            warnings: self.warnings,
        }
    }

    fn insert(&mut self, name: String, origin: String, docs: crate::ir::Docs, kind: TypeKind) {
        let module = self.modules.claim(&module_name(&name, "models"));
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

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Diagnostic::new(pointer, message));
    }

    /// The type a schema is used as; inline schemas that need a type of their
    /// own get one named after `hint`. Takes a schema wherever `openapiv3`
    /// holds one: components and members as `Schema`, properties and items
    /// as `Box<Schema>`.
    pub fn type_ref<S: Borrow<Schema>>(
        &mut self,
        schema: &ReferenceOr<S>,
        pointer: &str,
        hint: &str,
    ) -> Option<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
            ReferenceOr::Item(schema) => self.inline(schema.borrow(), pointer, hint),
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
    /// the schema they end at; like [`TypeSpace::type_ref`], from a schema
    /// held either way.
    pub fn follow<'s, S: Borrow<Schema>>(
        &mut self,
        schema: &'s ReferenceOr<S>,
        pointer: &str,
    ) -> Option<&'s Schema>
    where
        'a: 's,
    {
        let mut reference = match schema {
            ReferenceOr::Item(schema) => return Some(schema.borrow()),
            ReferenceOr::Reference { reference } => reference.as_str(),
        };
        for _ in 0..MAX_DEPTH {
            let key = self.component_key(reference, pointer)?;
            match self.components.get(key)? {
                ReferenceOr::Item(schema) => return Some(schema),
                ReferenceOr::Reference { reference: next } => reference = next,
            }
        }
        self.error(pointer, "$ref chain is circular: it never reaches a schema");
        None
    }

    /// The shape of a schema; what it cannot express is warned about at its
    /// pointer.
    fn plan_of<'s>(&mut self, schema: &'s Schema, pointer: &str) -> (View<'s>, Plan<'s>) {
        let view = View::of(schema);
        let mut warnings = Vec::new();
        let plan = plan(&view, |at, message| {
            let at = if at.is_empty() {
                pointer.to_string()
            } else {
                child(pointer, at)
            };
            warnings.push(Diagnostic::new(at, message));
        });
        self.warnings.extend(warnings);
        (view, plan)
    }

    /// The schema a value finally has, looking through `$ref`s and
    /// single-member `allOf`/`oneOf`/`anyOf` wrappers, and whether anything on
    /// the way admits `null` (`nullable`, a `null` enum value or union member).
    fn core<'s>(&mut self, schema: &'s Schema, pointer: &str) -> (&'s Schema, bool)
    where
        'a: 's,
    {
        let mut current = schema;
        let mut nullable = false;
        for _ in 0..MAX_DEPTH {
            let view = View::of(current);
            nullable |= current.schema_data.nullable
                || view.enum_has_null()
                || view.one_of.iter().chain(view.any_of).any(is_null_member);
            let Plan::Through { member, .. } = plan(&view, |_, _| {}) else {
                break;
            };
            match self.follow(member, pointer) {
                Some(next) => current = next,
                None => break,
            }
        }
        (current, nullable)
    }

    fn inline(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Option<TypeRef> {
        if let Some(known) = self.inline_types.get(pointer) {
            return Some(known.clone());
        }
        let (view, plan) = self.plan_of(schema, pointer);
        if !plan.is_named() {
            return self.unnamed(plan, pointer, hint);
        }
        let name = self.names.claim_family(&camel(hint), MODEL_SUFFIXES);
        let kind = self.define(&view, plan, schema, pointer, &name)?;
        if matches!(kind, TypeKind::Enum(_)) {
            self.inline_enums.push(name.clone());
        }
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

    /// The type of a schema that needs no definition of its own.
    fn unnamed(&mut self, plan: Plan<'_>, pointer: &str, hint: &str) -> Option<TypeRef> {
        match plan {
            Plan::Scalar(ty) => Some(ty),
            Plan::Array(items) => {
                let items = match items {
                    Some(items) => {
                        let at = child(pointer, "items");
                        let ty = self.type_ref(items, &at, &format!("{hint} item"))?;
                        self.nullable_as(items, &at, ty)
                    }
                    None => TypeRef::Json,
                };
                Some(TypeRef::Array(Box::new(items)))
            }
            Plan::Map(additional) => self.map_value(additional, pointer, hint),
            Plan::Through {
                member,
                keyword,
                index,
            } => {
                let at = child(&child(pointer, keyword), &index.to_string());
                self.type_ref(member, &at, hint)
            }
            Plan::Enum(_) | Plan::Object { .. } | Plan::AllOf | Plan::Union { .. } => {
                Some(TypeRef::Json)
            }
        }
    }

    /// An object without named properties: every key is kept, its values
    /// typed by `additionalProperties` (any JSON value when absent).
    fn map_value(
        &mut self,
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Option<TypeRef> {
        match additional {
            None | Some(AdditionalProperties::Any(_)) => {
                Some(TypeRef::Map(Box::new(TypeRef::Json)))
            }
            Some(AdditionalProperties::Schema(schema)) => {
                let at = child(pointer, "additionalProperties");
                let value = self.type_ref(schema, &at, &format!("{hint} value"))?;
                let value = self.nullable_as(schema, &at, value);
                Some(TypeRef::Map(Box::new(value)))
            }
        }
    }

    /// `ty`, as `Option` when the schema of an item or map value admits `null`.
    fn nullable_as<S: Borrow<Schema>>(
        &mut self,
        schema: &ReferenceOr<S>,
        pointer: &str,
        ty: TypeRef,
    ) -> TypeRef {
        match self.follow(schema, pointer) {
            Some(resolved) if self.core(resolved, pointer).1 => nullable(ty),
            _ => ty,
        }
    }

    /// The definition of a schema that gets a named type (a component, or an
    /// inline schema that needs one).
    fn kind_of(&mut self, schema: &Schema, pointer: &str, name: &str) -> Option<TypeKind> {
        let (view, plan) = self.plan_of(schema, pointer);
        if plan.is_named() {
            self.define(&view, plan, schema, pointer, name)
        } else {
            self.unnamed(plan, pointer, name).map(TypeKind::Alias)
        }
    }

    fn define(
        &mut self,
        view: &View<'_>,
        plan: Plan<'_>,
        schema: &Schema,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        match plan {
            Plan::Enum(values) => Some(TypeKind::Enum(enum_def(view.typ, &values))),
            Plan::Object { keep_extra } => {
                let empty = IndexMap::new();
                let properties = view.properties.unwrap_or(&empty);
                let extra = AdditionalProperties::Any(true);
                let additional = match view.additional {
                    None if keep_extra => Some(&extra),
                    other => other,
                };
                self.object(properties, view.required, additional, pointer, name)
            }
            Plan::AllOf => self.all_of(view, pointer, name),
            Plan::Union { members, keyword } => {
                self.union(&members, keyword, schema, pointer, name)
            }
            other => self.unnamed(other, pointer, name).map(TypeKind::Alias),
        }
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
            .map(|(wire, schema)| PropertyEntry {
                wire: wire.as_str(),
                schema,
                place: Place {
                    pointer: child(&properties_pointer, wire),
                    owner: name.to_string(),
                },
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
        let field_names = field_names(properties.iter().map(|p| p.wire));
        let mut ok = true;
        for (property, field_name) in properties.iter().zip(field_names) {
            match self.field(property, required, field_name) {
                Some(field) => fields.push(field),
                None => ok = false,
            }
        }
        let additional = match additional {
            None | Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            Some(AdditionalProperties::Schema(schema)) => {
                let at = child(pointer, "additionalProperties");
                let value = self.type_ref(schema, &at, &format!("{name} value"));
                ok &= value.is_some();
                value.map(|value| self.nullable_as(schema, &at, value))
            }
        };
        ok.then_some(TypeKind::Struct(StructDef { fields, additional }))
    }

    fn field(
        &mut self,
        entry: &PropertyEntry<'_>,
        required: &[String],
        field_name: String,
    ) -> Option<Field> {
        let (wire_name, property) = (entry.wire, entry.schema);
        let pointer = entry.place.pointer.as_str();
        let hint = format!("{} {wire_name}", entry.place.owner);
        let ty = self.type_ref(property, pointer, &hint)?;
        let resolved = self.follow(property, pointer)?;
        // Through `$ref`s and `allOf: [one]` wrappers: the wrapper's own
        // docs, `nullable` and `default` win, the wrapped schema fills the gaps.
        let (core, nullable) = self.core(resolved, pointer);
        let outer = match property {
            ReferenceOr::Item(schema) => &schema.schema_data,
            // A `$ref` carries no documentation of its own in 3.0; the target's applies.
            ReferenceOr::Reference { .. } => &resolved.schema_data,
        };
        let mut docs = docs_from(outer);
        if docs.description.is_none() && docs.summary.is_none() {
            let inner = docs_from(&core.schema_data);
            docs.description = inner.description;
            docs.summary = inner.summary;
        }
        let constraints = self.constraints(resolved, pointer);
        Some(Field {
            name: field_name,
            wire_name: wire_name.to_string(),
            docs,
            ty,
            required: required.iter().any(|r| r == wire_name),
            nullable: outer.nullable || nullable,
            read_only: outer.read_only || core.schema_data.read_only,
            write_only: outer.write_only || core.schema_data.write_only,
            default: outer
                .default
                .clone()
                .or_else(|| core.schema_data.default.clone()),
            constraints,
            boxed: false,
        })
    }

    /// The documented limits of a value of this schema (following `$ref`s and
    /// single-member wrappers).
    pub fn constraints(&mut self, schema: &Schema, pointer: &str) -> Constraints {
        let (schema, _) = self.core(schema, pointer);
        let mut out = Constraints::default();
        let view = View::of(schema);
        let text = matches!(view.typ, Some("string"));
        let numeric = matches!(view.typ, Some("integer" | "number"));
        let (pattern, items) = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                out.min_length = s.min_length.map(|v| v as u64);
                out.max_length = s.max_length.map(|v| v as u64);
                (s.pattern.clone(), None)
            }
            SchemaKind::Type(Type::Integer(i)) => {
                out.minimum = i.minimum.map(|v| v as f64);
                out.maximum = i.maximum.map(|v| v as f64);
                out.exclusive_minimum = i.exclusive_minimum;
                out.exclusive_maximum = i.exclusive_maximum;
                (None, None)
            }
            SchemaKind::Type(Type::Number(n)) => {
                out.minimum = n.minimum;
                out.maximum = n.maximum;
                out.exclusive_minimum = n.exclusive_minimum;
                out.exclusive_maximum = n.exclusive_maximum;
                (None, None)
            }
            SchemaKind::Type(Type::Array(array)) => {
                out.min_items = array.min_items.map(|v| v as u64);
                out.max_items = array.max_items.map(|v| v as u64);
                (None, array.items.as_ref())
            }
            // Mixed keywords: only those that fit the type are checked.
            SchemaKind::Any(any) if text && view.enumeration.is_empty() => {
                out.min_length = any.min_length.map(|v| v as u64);
                out.max_length = any.max_length.map(|v| v as u64);
                (any.pattern.clone(), None)
            }
            SchemaKind::Any(any) if numeric && view.enumeration.is_empty() => {
                out.minimum = any.minimum;
                out.maximum = any.maximum;
                out.exclusive_minimum = any.exclusive_minimum.unwrap_or(false);
                out.exclusive_maximum = any.exclusive_maximum.unwrap_or(false);
                (None, None)
            }
            SchemaKind::Any(any) if view.typ == Some("array") => {
                out.min_items = any.min_items.map(|v| v as u64);
                out.max_items = any.max_items.map(|v| v as u64);
                (None, any.items.as_ref())
            }
            _ => (None, None),
        };
        out.pattern = pattern.filter(|p| self.pattern_compiles(p, pointer));
        if let Some(items) = items {
            if let Some(item) = self.follow(items, &child(pointer, "items")) {
                let item = self.constraints(item, &child(pointer, "items"));
                if !item.is_empty() {
                    out.items = Some(Box::new(item));
                }
            }
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
    /// component is the same type wherever the component is merged. Members
    /// that are not objects cannot be merged into a struct: when objects are
    /// present the struct keeps every extra key; otherwise the members must
    /// agree on one type.
    fn all_of(&mut self, view: &View<'_>, pointer: &str, name: &str) -> Option<TypeKind> {
        let mut parts = ObjectParts::default();
        for (index, member) in view.all_of.iter().enumerate() {
            let member_pointer = child(&child(pointer, "allOf"), &index.to_string());
            collect_member(self, member, &member_pointer, name, &mut parts, 0)?;
        }
        // Properties written beside `allOf` in the same schema.
        let properties_pointer = child(pointer, "properties");
        for (wire, property) in view.properties.into_iter().flatten() {
            let at = child(&properties_pointer, wire);
            let place = Place {
                pointer: at,
                owner: name.to_string(),
            };
            parts.properties.insert(
                wire.clone(),
                MergedProperty {
                    schema: property.clone(),
                    place,
                },
            );
        }
        parts.required.extend(view.required.iter().cloned());
        if parts.additional.is_none() {
            parts.additional = view.additional.cloned();
        }
        let beside = view.has_union();
        if parts.properties.is_empty() && !beside {
            return Some(TypeKind::Alias(self.agreed_type(&parts, pointer, name)?));
        }
        if !parts.others.is_empty() || beside {
            self.warn(
                pointer,
                "allOf merges objects with schemas that are not objects: the struct keeps every property it does not name (in `additional_properties`)",
            );
            if parts.additional.is_none() {
                parts.additional = Some(AdditionalProperties::Any(true));
            }
        }
        let entries: Vec<PropertyEntry<'_>> = parts
            .properties
            .iter()
            .map(|(wire, merged)| PropertyEntry {
                wire: wire.as_str(),
                schema: &merged.schema,
                place: merged.place.clone(),
            })
            .collect();
        self.object_from(
            &entries,
            &parts.required,
            parts.additional.as_ref(),
            pointer,
            name,
        )
    }

    /// The one type that `allOf` members without properties stand for: the
    /// type they all have, else the first named one, else any JSON value
    /// (with a warning when they disagree).
    fn agreed_type(&mut self, parts: &ObjectParts, pointer: &str, name: &str) -> Option<TypeRef> {
        if parts.others.is_empty() {
            return self.map_value(parts.additional.as_ref(), pointer, name);
        }
        let mut types = Vec::new();
        for (index, other) in parts.others.iter().enumerate() {
            let hint = format!("{name} {}", index + 1);
            types.push(self.type_ref(&other.schema, &other.pointer, &hint)?);
        }
        if types.iter().all(|t| *t == types[0]) {
            return types.into_iter().next();
        }
        let chosen = types
            .iter()
            .find(|t| matches!(t, TypeRef::Named(_)))
            .cloned()
            .unwrap_or(TypeRef::Json);
        let described = match &chosen {
            TypeRef::Named(chosen) => format!("typed as `{chosen}`"),
            _ => "typed as any JSON value".to_string(),
        };
        self.warn(
            pointer,
            format!("allOf of schemas of different types cannot be merged exactly: {described}"),
        );
        Some(chosen)
    }

    fn union(
        &mut self,
        members: &[(usize, &ReferenceOr<Schema>)],
        keyword: &str,
        schema: &Schema,
        pointer: &str,
        name: &str,
    ) -> Option<TypeKind> {
        // A union of string enums (serde's unit variants, documented one by
        // one) is the enum of all their values: as variants, the first open
        // enum would take every string.
        if let Some(values) = self.string_enum_members(members, pointer) {
            return Some(TypeKind::Enum(string_enum(
                values.iter().map(String::as_str),
            )));
        }
        let discriminator = schema.schema_data.discriminator.as_ref();
        // Without a declared discriminator, objects that each fix one
        // required property to a different constant (serde's internally
        // tagged enums) are told apart by it, not by trying each in turn.
        let implicit = match discriminator {
            Some(_) => None,
            None => self.implicit_tags(members, pointer),
        };
        let mut variants = Vec::new();
        let mut variant_names = NameSet::with_reserved(["Unknown"]);
        for (position, (index, member)) in members.iter().enumerate() {
            let member_pointer = child(&child(pointer, keyword), &index.to_string());
            let (base, reference) = match member {
                ReferenceOr::Reference { reference } => (
                    reference
                        .rsplit('/')
                        .next()
                        .unwrap_or("Variant")
                        .replace("~1", "/")
                        .replace("~0", "~"),
                    Some(reference.as_str()),
                ),
                ReferenceOr::Item(item) => (variant_hint(item, *index), None),
            };
            let ty = self.type_ref(member, &member_pointer, &format!("{name} {base}"))?;
            let mut tags = Vec::new();
            if let Some(discriminator) = discriminator {
                // Mapping targets are `$ref`s, or (as many documents write
                // them) bare component names.
                let mapped: Vec<String> = discriminator
                    .mapping
                    .iter()
                    .filter(|(_, target)| {
                        reference.is_some_and(|r| {
                            target.as_str() == r || COMPONENT_PREFIX.to_string() + target == r
                        })
                    })
                    .map(|(tag, _)| tag.clone())
                    .collect();
                tags = if mapped.is_empty() {
                    vec![base.clone()]
                } else {
                    mapped
                };
            } else if let Some((_, values)) = &implicit {
                tags = vec![values[position].clone()];
            }
            variants.push(UnionVariant {
                name: variant_names.claim(&variant_name(&base)),
                ty,
                tags,
                boxed: false,
                open: false,
            });
        }
        Some(TypeKind::Union(UnionDef {
            variants,
            discriminator: discriminator
                .map(|d| d.property_name.clone())
                .or(implicit.map(|(property, _)| property)),
            reentrant: false,
        }))
    }

    /// The values of a union's members when every member is a string enum.
    fn string_enum_members(
        &mut self,
        members: &[(usize, &ReferenceOr<Schema>)],
        pointer: &str,
    ) -> Option<Vec<String>> {
        let mut values = Vec::new();
        for (_, member) in members {
            let schema = self.follow(member, pointer)?;
            let view = View::of(schema);
            if view.enumeration.is_empty() || !matches!(view.typ, None | Some("string")) {
                return None;
            }
            for value in &view.enumeration {
                values.push(value.as_str()?.to_string());
            }
        }
        Some(values)
    }

    /// A property that every member requires and fixes to one string, a
    /// different one per member: `(property, value of each member)`.
    fn implicit_tags(
        &mut self,
        members: &[(usize, &ReferenceOr<Schema>)],
        pointer: &str,
    ) -> Option<(String, Vec<String>)> {
        let mut constants: Vec<BTreeMap<String, String>> = Vec::new();
        for (_, member) in members {
            let schema = self.follow(member, pointer)?;
            let view = View::of(schema);
            let mut fixed = BTreeMap::new();
            for (property, value) in view.properties.into_iter().flatten() {
                if !view.required.contains(property) {
                    continue;
                }
                let Some(value) = self.follow(value, pointer) else {
                    continue;
                };
                if let [serde_json::Value::String(only)] = View::of(value).enumeration.as_slice() {
                    fixed.insert(property.clone(), only.clone());
                }
            }
            constants.push(fixed);
        }
        let first = constants.first()?;
        first.keys().find_map(|property| {
            let values: Vec<String> = constants
                .iter()
                .map(|fixed| fixed.get(property).cloned())
                .collect::<Option<_>>()?;
            let distinct: HashSet<&String> = values.iter().collect();
            (distinct.len() == values.len()).then(|| (property.clone(), values))
        })
    }
}

/// What `allOf` members contribute: properties (with the pointer and owner
/// name each is written under), required names, `additionalProperties`, and
/// the members that are not objects (with their pointers).
#[derive(Default)]
struct ObjectParts {
    properties: IndexMap<String, MergedProperty>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
    others: Vec<OtherMember>,
}

/// A property an `allOf` member contributes, and where it is written.
struct MergedProperty {
    schema: ReferenceOr<Box<Schema>>,
    place: Place,
}

/// An `allOf` member that is not an object, and its pointer.
struct OtherMember {
    schema: ReferenceOr<Schema>,
    pointer: String,
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
    if depth > MAX_DEPTH {
        space.warn(
            pointer,
            "allOf nests too deeply (or refers to itself): the rest is not merged",
        );
        return Some(());
    }
    // A member that is a component is merged from the component's own place.
    let here = |pointer: &str, owner: &str| Place {
        pointer: pointer.to_string(),
        owner: owner.to_string(),
    };
    let at = match member {
        ReferenceOr::Reference { reference } => match space.component_name(reference) {
            Some(name) => here(reference, name),
            None => here(pointer, owner),
        },
        ReferenceOr::Item(_) => here(pointer, owner),
    };
    let schema = space.follow(member, pointer)?;
    let view = View::of(schema);
    if view.is_unconstrained() {
        // Only docs or `nullable`: nothing to merge.
        return Some(());
    }
    let object_like = matches!(view.typ, None | Some("object"))
        && view.one_of.is_empty()
        && view.any_of.is_empty()
        && view.enumeration.is_empty()
        && view.items.is_none()
        && (view.properties.is_some()
            || view.additional.is_some()
            || view.typ.is_some()
            || !view.all_of.is_empty()
            || !view.required.is_empty());
    if !object_like {
        parts.others.push(OtherMember {
            schema: member.clone(),
            pointer: pointer.to_string(),
        });
        return Some(());
    }
    for (index, inner) in view.all_of.iter().enumerate() {
        let inner_pointer = child(&child(&at.pointer, "allOf"), &index.to_string());
        collect_member(space, inner, &inner_pointer, &at.owner, parts, depth + 1)?;
    }
    let properties_pointer = child(&at.pointer, "properties");
    for (wire, property) in view.properties.into_iter().flatten() {
        let place = Place {
            pointer: child(&properties_pointer, wire),
            owner: at.owner.clone(),
        };
        parts.properties.insert(
            wire.clone(),
            MergedProperty {
                schema: property.clone(),
                place,
            },
        );
    }
    parts.required.extend(view.required.iter().cloned());
    if parts.additional.is_none() {
        parts.additional = view.additional.cloned();
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

/// `Option<ty>`; free-form JSON already holds `null`.
fn nullable(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Json | TypeRef::Nullable(_) => ty,
        other => TypeRef::Nullable(Box::new(other)),
    }
}

fn variant_hint(schema: &Schema, index: usize) -> String {
    if let Some(title) = &schema.schema_data.title {
        return title.clone();
    }
    let view = View::of(schema);
    if !view.enumeration.is_empty() {
        return format!("Variant{index}");
    }
    match view.typ {
        Some("string") => "String".into(),
        Some("integer") => "Integer".into(),
        Some("number") => "Number".into(),
        Some("boolean") => "Boolean".into(),
        Some("array") => "Array".into(),
        None if view.items.is_some() => "Array".into(),
        Some("object") | None
            if view.properties.is_none_or(IndexMap::is_empty) && view.all_of.is_empty() =>
        {
            if view.is_unconstrained() {
                "Value".into()
            } else {
                "Map".into()
            }
        }
        _ => format!("Variant{index}"),
    }
}

/// An enum of the (non-null) values: text, integers, or any JSON values.
fn enum_def(typ: Option<&str>, values: &[serde_json::Value]) -> EnumDef {
    if values.iter().all(serde_json::Value::is_string) {
        return string_enum(values.iter().filter_map(serde_json::Value::as_str));
    }
    let integers = matches!(typ, None | Some("integer"));
    let mut names = NameSet::with_reserved(["Unknown"]);
    let mut seen = HashSet::new();
    if integers && values.iter().all(serde_json::Value::is_i64) {
        let variants = values
            .iter()
            .filter_map(serde_json::Value::as_i64)
            .filter(|value| seen.insert(value.to_string()))
            .map(|value| EnumVariant {
                name: names.claim(&integer_variant(value)),
                value: EnumValue::Integer(value),
            })
            .collect();
        return EnumDef {
            repr: EnumRepr::Integer,
            variants,
        };
    }
    let variants = values
        .iter()
        .enumerate()
        .filter(|(_, value)| seen.insert(value.to_string()))
        .map(|(index, value)| {
            let wanted = match value {
                serde_json::Value::String(text) => variant(text),
                serde_json::Value::Bool(true) => "True".into(),
                serde_json::Value::Bool(false) => "False".into(),
                serde_json::Value::Number(number) => match number.as_i64() {
                    Some(integer) => integer_variant(integer),
                    // `1.0` reads as `V1`, not `V1_0`.
                    None if number
                        .as_f64()
                        .is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e15) =>
                    {
                        integer_variant(number.as_f64().unwrap_or_default() as i64)
                    }
                    None => {
                        let text = number.to_string();
                        let sign = if text.starts_with('-') { "Minus" } else { "V" };
                        format!(
                            "{sign}{}",
                            text.trim_start_matches('-').replace(['.', '+'], "_")
                        )
                    }
                },
                _ => format!("Variant{index}"),
            };
            EnumVariant {
                name: names.claim(&wanted),
                value: EnumValue::Json(value.clone()),
            }
        })
        .collect();
    EnumDef {
        repr: EnumRepr::Json,
        variants,
    }
}

fn integer_variant(value: i64) -> String {
    if value < 0 {
        format!("Minus{}", value.unsigned_abs())
    } else {
        format!("V{value}")
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
            value: EnumValue::String(value.to_string()),
        })
        .collect();
    EnumDef {
        repr: EnumRepr::String,
        variants,
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{EnumValue, TypeKind, TypeRef};
    use crate::resolve::{ResolveOptions, resolve};

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      x-vendorgen-pagination:
        marker_parameter: marker
        next_marker_field: page.next
        items_field: things
      parameters:
        - name: marker
          in: query
          schema: {type: string}
        - name: mode
          in: query
          schema: {type: string, enum: ["on", "off"]}
      responses:
        "200":
          description: A page.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ThingPage'}
components:
  schemas:
    ThingPage:
      type: object
      required: [things]
      properties:
        things: {type: array, items: {$ref: '#/components/schemas/CreateThing'}}
        page:
          type: object
          required: [next]
          properties:
            next: {type: string, readOnly: true}
    CreateThing:
      type: object
      properties:
        level: {type: integer, enum: [1, 2, 3], description: Level. Create.}
        switch: {type: string, enum: ["on", "off"]}
    UpdateThing:
      type: object
      properties:
        level: {type: integer, enum: [3, 2, 1], description: Level. Update.}
"#;

    fn api() -> crate::ir::Api {
        let loaded = crate::load::load_str(std::path::Path::new("t.yaml"), SPEC)
            .unwrap_or_else(|e| panic!("{e}"));
        resolve(&loaded, ResolveOptions::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .api
    }

    #[test]
    fn pagination_and_the_struct_agree_a_read_only_required_marker_is_optional() {
        let api = api();
        let op = &api.operations[0];
        let pagination = op.pagination.as_ref().expect("pagination resolves");
        assert_eq!(pagination.next_marker.len(), 2);
        assert!(pagination.next_marker[0].optional, "page is not required");
        assert!(pagination.next_marker[1].optional, "next is read-only");
    }

    #[test]
    fn identical_inline_enums_are_one_type_everywhere_they_are_used() {
        let api = api();
        let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        // The integer enums of the create and update types share `ThingLevel`.
        assert!(names.contains(&"ThingLevel"), "{names:?}");
        assert!(
            !names.contains(&"CreateThingLevel") && !names.contains(&"UpdateThingLevel"),
            "{names:?}"
        );
        let level = api
            .types
            .iter()
            .find(|t| t.name == "ThingLevel")
            .expect("merged");
        let TypeKind::Enum(e) = &level.kind else {
            panic!("{level:?}")
        };
        assert_eq!(
            e.variants[0].value,
            EnumValue::Integer(1),
            "values are numbers in the IR"
        );
        assert_eq!(level.docs.description.as_deref(), Some("Level."));
        // The query parameter's inline enum and the property's are one type,
        // and the operation refers to the merged one.
        let mode = &api.operations[0].params[1].ty;
        let switch = api
            .types
            .iter()
            .find_map(|t| match &t.kind {
                TypeKind::Struct(s) if t.name == "CreateThing" => s
                    .fields
                    .iter()
                    .find(|f| f.name == "switch")
                    .map(|f| f.ty.clone()),
                _ => None,
            })
            .expect("switch field");
        assert_eq!(*mode, switch);
        let TypeRef::Named(name) = mode else {
            panic!("{mode:?}")
        };
        assert!(names.contains(&name.as_str()), "{name} exists");
    }
}
