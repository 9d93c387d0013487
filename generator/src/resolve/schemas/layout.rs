//! Every type finite in size and clippy-clean: struct fields and union
//! variants that close a cycle are boxed (Tarjan's strongly connected
//! components, linear time), union variants far larger than the rest are
//! boxed (clippy's `large_enum_variant`), and a named alias that would refer
//! to itself (`Tree = Vec<Tree>`, which Rust rejects) becomes a newtype.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::diagnostics::Diagnostic;
use crate::ir::{EnumRepr, FloatWidth, IntWidth, TypeDef, TypeKind, TypeRef};

/// Clippy's `large_enum_variant` fires when one variant is 200 bytes larger
/// than the next; a variant whose size may exceed this is boxed.
const LARGE_VARIANT: u64 = 192;

pub fn lay_out(types: &mut BTreeMap<String, TypeDef>, warnings: &mut Vec<Diagnostic>) {
    break_alias_loops(types, warnings);
    mark_reentrant_unions(types);
    mark_open_variants(types);
    box_cycles(types);
    box_large_variants(types);
}

/// Aliases that reach themselves through aliases only: through an array or
/// map they become newtypes; with nothing in between (`A = B`, `B = A`) there
/// is no value at all to describe, so they become free-form JSON with a warning.
fn break_alias_loops(types: &mut BTreeMap<String, TypeDef>, warnings: &mut Vec<Diagnostic>) {
    let aliases: HashMap<String, TypeRef> = types
        .iter()
        .filter_map(|(name, def)| match &def.kind {
            TypeKind::Alias(target) => Some((name.clone(), target.clone())),
            _ => None,
        })
        .collect();
    for (name, target) in &aliases {
        // States: (alias, whether an array or map was passed on the way).
        let mut seen: HashSet<(&str, bool)> = HashSet::new();
        let mut stack: Vec<(&TypeRef, bool)> = vec![(target, false)];
        let mut found: Option<bool> = None;
        while let Some((ty, contained)) = stack.pop() {
            match ty {
                TypeRef::Array(inner) | TypeRef::Map(inner) => stack.push((inner, true)),
                TypeRef::Nullable(inner) => stack.push((inner, contained)),
                TypeRef::Named(next) => {
                    if next == name {
                        found = Some(found.unwrap_or(false) || contained);
                        if contained {
                            break;
                        }
                        continue;
                    }
                    if let Some((key, next_target)) = aliases.get_key_value(next) {
                        if seen.insert((key.as_str(), contained)) {
                            stack.push((next_target, contained));
                        }
                    }
                }
                _ => {}
            }
        }
        let Some(def) = types.get_mut(name) else {
            continue;
        };
        match found {
            Some(true) => def.kind = TypeKind::Newtype(target.clone()),
            Some(false) => {
                warnings.push(Diagnostic::new(
                    def.origin.clone(),
                    "this schema only refers to itself: it is typed as any JSON value",
                ));
                def.kind = TypeKind::Alias(TypeRef::Json);
            }
            None => {}
        }
    }
}

/// Unions that reach themselves through union variants and aliases alone:
/// parsing one tries a variant that tries the union again on the same value.
fn mark_reentrant_unions(types: &mut BTreeMap<String, TypeDef>) {
    let step = |def: &TypeDef| -> Vec<String> {
        match &def.kind {
            TypeKind::Union(u) => u
                .variants
                .iter()
                .filter_map(|v| match &v.ty {
                    TypeRef::Named(name) => Some(name.clone()),
                    _ => None,
                })
                .collect(),
            TypeKind::Alias(TypeRef::Named(name)) => vec![name.clone()],
            _ => Vec::new(),
        }
    };
    let mut reentrant = Vec::new();
    for (name, def) in types.iter() {
        if !matches!(def.kind, TypeKind::Union(_)) {
            continue;
        }
        let mut seen = HashSet::new();
        let mut stack = step(def);
        while let Some(next) = stack.pop() {
            if next == *name {
                reentrant.push(name.clone());
                break;
            }
            if seen.insert(next.clone()) {
                if let Some(next_def) = types.get(&next) {
                    stack.extend(step(next_def));
                }
            }
        }
    }
    for name in reentrant {
        if let Some(TypeKind::Union(u)) = types.get_mut(&name).map(|d| &mut d.kind) {
            u.reentrant = true;
        }
    }
}

/// Union variants whose type is an enum or a union (through aliases).
fn mark_open_variants(types: &mut BTreeMap<String, TypeDef>) {
    let is_open = |types: &BTreeMap<String, TypeDef>, ty: &TypeRef| {
        let mut current = ty;
        for _ in 0..types.len() + 1 {
            let TypeRef::Named(name) = current else {
                return false;
            };
            match types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Enum(_) | TypeKind::Union(_)) => return true,
                Some(TypeKind::Alias(target)) => current = target,
                _ => return false,
            }
        }
        false
    };
    let open: Vec<(String, usize)> = types
        .iter()
        .filter_map(|(name, def)| match &def.kind {
            TypeKind::Union(u) => Some((name, u)),
            _ => None,
        })
        .flat_map(|(name, u)| {
            u.variants
                .iter()
                .enumerate()
                .filter(|(_, v)| is_open(types, &v.ty))
                .map(|(index, _)| (name.clone(), index))
                .collect::<Vec<_>>()
        })
        .collect();
    for (name, index) in open {
        if let Some(TypeKind::Union(u)) = types.get_mut(&name).map(|d| &mut d.kind) {
            u.variants[index].open = true;
        }
    }
}

/// Boxes every struct field and union variant whose type leads back to its
/// own type without passing through a `Vec` or map (which already allocate).
fn box_cycles(types: &mut BTreeMap<String, TypeDef>) {
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|(name, def)| (name.clone(), direct_refs(&def.kind)))
        .collect();
    let component = strongly_connected(&edges);
    let same = |own: Option<usize>, ty: &TypeRef| match ty {
        TypeRef::Named(target) => own.is_some() && component.get(target).copied() == own,
        _ => false,
    };
    for def in types.values_mut() {
        let own = component.get(&def.name).copied();
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if same(own, &field.ty) {
                        field.boxed = true;
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if same(own, &variant.ty) {
                        variant.boxed = true;
                    }
                }
            }
            _ => {}
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
        TypeKind::Alias(ty) | TypeKind::Newtype(ty) => named(ty).into_iter().collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| named(&v.ty)).collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Boxes union variants whose size may pass clippy's threshold.
fn box_large_variants(types: &mut BTreeMap<String, TypeDef>) {
    let mut sizes = Sizes {
        types,
        known: HashMap::new(),
        visiting: HashSet::new(),
    };
    let mut large: Vec<(String, usize)> = Vec::new();
    for (name, def) in sizes.types {
        if let TypeKind::Union(u) = &def.kind {
            for (index, variant) in u.variants.iter().enumerate() {
                if !variant.boxed {
                    large.push((name.clone(), index));
                }
            }
        }
    }
    let mut to_box = Vec::new();
    for (name, index) in large {
        let ty = match &sizes.types[&name].kind {
            TypeKind::Union(u) => u.variants[index].ty.clone(),
            _ => continue,
        };
        if matches!(ty, TypeRef::Named(_)) && sizes.of(&ty) > LARGE_VARIANT {
            to_box.push((name, index));
        }
    }
    for (name, index) in to_box {
        if let Some(TypeKind::Union(u)) = types.get_mut(&name).map(|d| &mut d.kind) {
            u.variants[index].boxed = true;
        }
    }
}

/// Upper bounds of the in-memory size of types on 64-bit targets (each field
/// rounded up to 8 bytes, `Option` adding 8 unless the type has a niche).
struct Sizes<'t> {
    types: &'t BTreeMap<String, TypeDef>,
    known: HashMap<String, u64>,
    visiting: HashSet<String>,
}

impl Sizes<'_> {
    fn of(&mut self, ty: &TypeRef) -> u64 {
        match ty {
            TypeRef::String
            | TypeRef::Binary
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Uuid
            | TypeRef::Base64
            | TypeRef::Array(_)
            | TypeRef::Map(_) => 24,
            TypeRef::Integer(IntWidth::I32) | TypeRef::Number(FloatWidth::F32) => 4,
            TypeRef::Integer(IntWidth::I64) | TypeRef::Number(FloatWidth::F64) => 8,
            TypeRef::Boolean => 1,
            TypeRef::Json => 32,
            TypeRef::Named(name) => self.named(name),
            TypeRef::Nullable(inner) => self.of(inner).next_multiple_of(8) + 8,
        }
    }

    fn optional(&mut self, ty: &TypeRef, boxed: bool) -> u64 {
        if boxed {
            return 8;
        }
        let niche = matches!(
            ty,
            TypeRef::String
                | TypeRef::Binary
                | TypeRef::DateTime
                | TypeRef::Date
                | TypeRef::Uuid
                | TypeRef::Base64
                | TypeRef::Array(_)
                | TypeRef::Map(_)
                | TypeRef::Boolean
        );
        let size = self.of(ty).next_multiple_of(8);
        if niche { size } else { size + 8 }
    }

    fn named(&mut self, name: &str) -> u64 {
        if let Some(&size) = self.known.get(name) {
            return size;
        }
        let Some(def) = self.types.get(name) else {
            return 8;
        };
        if !self.visiting.insert(name.to_string()) {
            // On a cycle: some field on the way is boxed.
            return 8;
        }
        let size = match &def.kind {
            TypeKind::Struct(s) => {
                let fields: u64 = s.fields.iter().map(|f| self.optional(&f.ty, f.boxed)).sum();
                fields + if s.additional.is_some() { 24 } else { 0 }
            }
            TypeKind::Enum(e) => match e.repr {
                EnumRepr::String => 32,
                EnumRepr::Integer => 16,
                EnumRepr::Json => 40,
            },
            TypeKind::Alias(target) | TypeKind::Newtype(target) => self.of(target),
            TypeKind::Union(u) => {
                let largest = u
                    .variants
                    .iter()
                    .map(|v| {
                        if v.boxed {
                            8
                        } else {
                            self.of(&v.ty).next_multiple_of(8)
                        }
                    })
                    .max()
                    .unwrap_or(0);
                largest.max(32) + 8
            }
        };
        self.visiting.remove(name);
        self.known.insert(name.to_string(), size);
        size
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

    use crate::ir::{Docs, Field, StructDef, UnionDef, UnionVariant};

    fn def(name: &str, kind: TypeKind) -> (String, TypeDef) {
        (
            name.to_string(),
            TypeDef {
                name: name.to_string(),
                module: name.to_lowercase(),
                origin: format!("#/components/schemas/{name}"),
                docs: Docs::default(),
                kind,
            },
        )
    }

    fn named(name: &str) -> TypeRef {
        TypeRef::Named(name.to_string())
    }

    fn union(members: &[TypeRef]) -> TypeKind {
        TypeKind::Union(UnionDef {
            variants: members
                .iter()
                .enumerate()
                .map(|(i, ty)| UnionVariant {
                    name: format!("V{i}"),
                    ty: ty.clone(),
                    tags: Vec::new(),
                    boxed: false,
                    open: false,
                })
                .collect(),
            discriminator: None,
            reentrant: false,
        })
    }

    fn strings(count: usize) -> TypeKind {
        TypeKind::Struct(StructDef {
            fields: (0..count)
                .map(|i| Field {
                    name: format!("f{i}"),
                    wire_name: format!("f{i}"),
                    docs: Docs::default(),
                    ty: TypeRef::String,
                    required: false,
                    nullable: false,
                    read_only: false,
                    write_only: false,
                    default: None,
                    constraints: Default::default(),
                    boxed: false,
                })
                .collect(),
            additional: None,
        })
    }

    #[test]
    fn every_type_ends_up_finite_and_clippy_clean() {
        let mut types: BTreeMap<String, TypeDef> = [
            // Tree = Vec<Tree>: a newtype.
            def(
                "Tree",
                TypeKind::Alias(TypeRef::Array(Box::new(named("Tree")))),
            ),
            // A = B, B = A: no value at all, any JSON with a warning.
            def("A", TypeKind::Alias(named("B"))),
            def("B", TypeKind::Alias(named("A"))),
            // Expr = Lit | Wrap, Wrap = Expr | string: boxed and guarded.
            def("Expr", union(&[named("Lit"), named("Wrap")])),
            def("Wrap", union(&[named("Expr"), TypeRef::String])),
            def("Lit", strings(1)),
            // A variant of 20 strings next to an integer: boxed.
            def("Big", strings(20)),
            def(
                "BigOrSmall",
                union(&[named("Big"), TypeRef::Integer(IntWidth::I64)]),
            ),
            def(
                "SmallOrInt",
                union(&[named("Lit"), TypeRef::Integer(IntWidth::I64)]),
            ),
        ]
        .into_iter()
        .collect();
        let mut warnings = Vec::new();
        lay_out(&mut types, &mut warnings);
        assert!(matches!(types["Tree"].kind, TypeKind::Newtype(_)));
        assert!(matches!(types["A"].kind, TypeKind::Alias(TypeRef::Json)));
        assert!(
            warnings
                .iter()
                .any(|w| w.pointer == "#/components/schemas/A")
        );
        let variants = |name: &str| match &types[name].kind {
            TypeKind::Union(u) => (
                u.reentrant,
                u.variants
                    .iter()
                    .map(|v| (v.boxed, v.open))
                    .collect::<Vec<_>>(),
            ),
            _ => panic!("{name} is not a union"),
        };
        assert_eq!(variants("Expr"), (true, vec![(false, false), (true, true)]));
        assert_eq!(variants("Wrap"), (true, vec![(true, true), (false, false)]));
        assert_eq!(
            variants("BigOrSmall"),
            (false, vec![(true, false), (false, false)])
        );
        assert_eq!(
            variants("SmallOrInt"),
            (false, vec![(false, false), (false, false)])
        );
    }

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
