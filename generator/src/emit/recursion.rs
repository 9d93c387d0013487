//! The `recursion_limit` a generated crate needs for rustdoc to document it.
//!
//! rustdoc works out which auto traits (`Send`, `Sync`, `UnwindSafe`, ...)
//! each type implements by walking its fields. Through a long chain of types
//! that refer to one another (Stripe's `Account` → `Customer` → `Charge` →
//! `Invoice` → ...) that walk passes the compiler's default limit of 128
//! (E0275, "overflow evaluating the requirement"), though the crate itself
//! compiles. The walk takes about six steps per named type (`Option`, `Vec`
//! or `Box` and what they are made of, then the type); the longest chain of
//! distinct named types is at most the longest path through the graph of
//! strongly connected components, each counted with all of its types.

use std::collections::BTreeMap;

use crate::ir::{Api, TypeDef, TypeKind, TypeRef};

/// The compiler's default `recursion_limit`.
const DEFAULT: usize = 128;
/// Trait-solver steps per named type on the chain (measured on Stripe's
/// document: 127 steps covered 22 types).
const STEPS_PER_TYPE: usize = 6;
/// Steps before the chain starts and after it ends.
const SLACK: usize = 32;

/// The limit to declare in `lib.rs`, when the default is not enough.
pub fn recursion_limit(api: &Api) -> Option<usize> {
    limit_for(&api.types)
}

fn limit_for(types: &[TypeDef]) -> Option<usize> {
    let steps = longest_chain(types) * STEPS_PER_TYPE + SLACK;
    (steps > DEFAULT).then(|| steps.next_power_of_two())
}

/// An upper bound on the number of distinct named types on one chain of
/// references.
fn longest_chain(types: &[TypeDef]) -> usize {
    let index: BTreeMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| {
            let mut names = Vec::new();
            refs(&t.kind, &mut names);
            let mut targets: Vec<usize> = names
                .iter()
                .filter_map(|n| index.get(n.as_str()).copied())
                .collect();
            targets.sort_unstable();
            targets.dedup();
            targets
        })
        .collect();
    let (component, count) = components(&edges);
    // Components come in topological order: each one's references point to
    // itself or to later ones, so the longest path is found back to front.
    let mut size = vec![0usize; count];
    for &c in &component {
        size[c] += 1;
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (node, &c) in component.iter().enumerate() {
        members[c].push(node);
    }
    let mut longest = vec![0usize; count];
    for c in (0..count).rev() {
        let after = members[c]
            .iter()
            .flat_map(|&node| &edges[node])
            .map(|&target| component[target])
            .filter(|&d| d != c)
            .map(|d| longest[d])
            .max()
            .unwrap_or(0);
        longest[c] = size[c] + after;
    }
    longest.into_iter().max().unwrap_or(0)
}

/// Every named type `kind` holds, through lists, maps and options.
fn refs(kind: &TypeKind, out: &mut Vec<String>) {
    fn named(ty: &TypeRef, out: &mut Vec<String>) {
        match ty {
            TypeRef::Named(name) => out.push(name.clone()),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                named(inner, out)
            }
            _ => {}
        }
    }
    match kind {
        TypeKind::Struct(s) => {
            for field in &s.fields {
                named(&field.ty, out);
            }
            if let Some(additional) = &s.additional {
                named(additional, out);
            }
        }
        TypeKind::Alias(ty) | TypeKind::Newtype(ty) => named(ty, out),
        TypeKind::Union(u) => {
            for variant in &u.variants {
                named(&variant.ty, out);
            }
        }
        TypeKind::Enum(_) => {}
    }
}

/// Strongly connected components (Kosaraju, without recursion: documents
/// have thousands of types), numbered in topological order of the graph.
fn components(edges: &[Vec<usize>]) -> (Vec<usize>, usize) {
    let n = edges.len();
    // First pass: nodes in order of finishing.
    let mut finished = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut stack = vec![(start, 0usize)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&target) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !seen[target] {
                    seen[target] = true;
                    stack.push((target, 0));
                }
            } else {
                finished.push(node);
            }
        }
    }
    // Second pass, on the reversed graph, latest finisher first.
    let mut reversed = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reversed[to].push(from);
        }
    }
    let mut component = vec![usize::MAX; n];
    let mut count = 0;
    for &start in finished.iter().rev() {
        if component[start] != usize::MAX {
            continue;
        }
        component[start] = count;
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for &from in &reversed[node] {
                if component[from] == usize::MAX {
                    component[from] = count;
                    stack.push(from);
                }
            }
        }
        count += 1;
    }
    (component, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_come_in_topological_order() {
        // 0 → 1 ⇄ 2 → 3, and 4 alone.
        let edges = vec![vec![1], vec![2], vec![1, 3], vec![], vec![]];
        let (component, count) = components(&edges);
        assert_eq!(count, 4);
        assert_eq!(component[1], component[2]);
        assert!(component[0] < component[1]);
        assert!(component[1] < component[3]);
    }

    /// Types `T0`..`Tn`, each a newtype of the next (the last of `T{wrap}`).
    fn chain(n: usize, wrap: Option<usize>) -> Vec<TypeDef> {
        (0..n)
            .map(|i| {
                let next = if i + 1 < n { Some(i + 1) } else { wrap };
                TypeDef {
                    name: format!("T{i}"),
                    module: format!("t{i}"),
                    origin: format!("#/components/schemas/T{i}"),
                    docs: crate::ir::Docs::default(),
                    kind: match next {
                        Some(next) => TypeKind::Newtype(TypeRef::Array(Box::new(TypeRef::Named(
                            format!("T{next}"),
                        )))),
                        None => TypeKind::Alias(TypeRef::String),
                    },
                }
            })
            .collect()
    }

    #[test]
    fn a_short_chain_needs_no_limit_and_a_long_cycle_does() {
        assert_eq!(longest_chain(&chain(11, None)), 11);
        assert_eq!(limit_for(&chain(11, None)), None);
        // Forty types in one cycle, then ten more after it.
        let mut types = chain(40, Some(0));
        assert_eq!(longest_chain(&types), 40);
        assert_eq!(limit_for(&types), Some(512));
        if let TypeKind::Newtype(_) = types[39].kind {
            types.extend(chain(50, None).into_iter().skip(40));
            types[39].kind = TypeKind::Union(crate::ir::UnionDef {
                variants: ["T0", "T40"]
                    .iter()
                    .map(|name| crate::ir::UnionVariant {
                        name: (*name).to_string(),
                        ty: TypeRef::Named((*name).to_string()),
                        tags: Vec::new(),
                        boxed: true,
                        open: false,
                    })
                    .collect(),
                discriminator: None,
                reentrant: false,
            });
        }
        assert_eq!(longest_chain(&types), 50);
    }
}
