//! Builders of the structs that requests carry. Each field has a setter
//! taking `impl Into<T>`; a list field's setter appends one item, and
//! `set_{field}(Option<Vec<T>>)` replaces the whole list (as on operation
//! builders). `build` returns `Result` naming every missing required field,
//! or the value itself when nothing is required (as in the AWS SDK).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::super::rust::{Scope, doc_lines, ident, setter_allowances, type_tokens};
use super::field_docs;
use crate::ir::{Field, StructDef, TypeDef, TypeRef};
use crate::resolve::names::NameSet;

/// `Type::builder()`, which lives in the type's own `impl` beside its accessors.
pub(super) fn builder_fn(def: &TypeDef, s: &StructDef) -> TokenStream {
    let builder = format_ident!("{}Builder", def.name);
    let new_doc = format!(" Starts a [`{}Builder`].", def.name);
    // A field named `default` has a setter of that name, which the plain
    // `Builder::default()` would call.
    let new_builder = if s.fields.iter().any(|f| f.name == "default") {
        quote! { <#builder as Default>::default() }
    } else {
        quote! { #builder::default() }
    };
    quote! {
        #[doc = #new_doc]
        pub fn builder() -> #builder {
            #new_builder
        }
    }
}

/// The setter names of a builder, in field order: `(setter, list setter)`,
/// the second only for list fields. Plain setters are named first, so a
/// field called `set_x` keeps its setter and `x`'s list setter is numbered.
fn setter_names(s: &StructDef) -> Vec<(String, Option<String>)> {
    let mut names = NameSet::with_reserved(["build"]);
    let plain: Vec<String> = s
        .fields
        .iter()
        .map(|f| names.claim(&setter_base(f)))
        .collect();
    s.fields
        .iter()
        .zip(plain)
        .map(|(field, plain)| {
            let list = matches!(field.ty, TypeRef::Array(_))
                .then(|| names.claim(&list_setter_base(field)));
            (plain, list)
        })
        .collect()
}

/// The setters of one field.
fn setters(field: &Field, setter: &str, list_setter: Option<&str>) -> TokenStream {
    let field_name = ident(&field.name);
    let docs = field_docs(field);
    let method = ident(setter);
    let allowances = setter_allowances(setter);
    let (TypeRef::Array(item), Some(list_setter)) = (&field.ty, list_setter) else {
        let inner = type_tokens(&field.ty, Scope::Models);
        return quote! {
            #docs
            #allowances
            pub fn #method(mut self, value: impl Into<#inner>) -> Self {
                self.#field_name = Some(value.into());
                self
            }
        };
    };
    let item = type_tokens(item, Scope::Models);
    let list = type_tokens(&field.ty, Scope::Models);
    let appends = doc_lines("\nAppends one item; call it again to add more.");
    let replace_doc = format!(
        " Replaces the whole `{}` list (`None` leaves it unset).",
        field.wire_name
    );
    let list_method = ident(list_setter);
    quote! {
        #docs
        #appends
        #allowances
        pub fn #method(mut self, item: impl Into<#item>) -> Self {
            self.#field_name.get_or_insert_with(Vec::new).push(item.into());
            self
        }

        #[doc = #replace_doc]
        pub fn #list_method(mut self, items: Option<#list>) -> Self {
            self.#field_name = items;
            self
        }
    }
}

pub(super) fn builder_tokens(def: &TypeDef, s: &StructDef) -> TokenStream {
    let name = ident(&def.name);
    let builder = format_ident!("{}Builder", def.name);
    let slots = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let inner = type_tokens(&field.ty, Scope::Models);
        quote! { #field_name: Option<#inner>, }
    });
    let names = setter_names(s);
    let setters = s
        .fields
        .iter()
        .zip(&names)
        .map(|(field, (setter, list))| setters(field, setter, list.as_deref()));
    let required: Vec<&Field> = s.fields.iter().filter(|f| !f.is_optional()).collect();
    let wrap = |field: &Field, value: TokenStream| match (field.boxed, field.is_optional()) {
        (true, true) => quote! { #value.map(Box::new) },
        (true, false) => quote! { Box::new(#value) },
        _ => value,
    };
    let assignments = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        if !field.is_optional() && !field.boxed {
            return quote! { #field_name, };
        }
        let value = if field.is_optional() {
            quote! { self.#field_name }
        } else {
            quote! { #field_name }
        };
        let value = wrap(field, value);
        quote! { #field_name: #value, }
    });
    let additional = s
        .additional
        .as_ref()
        .map(|_| quote! { additional_properties: Default::default(), });
    let type_name = &def.name;
    let builder_doc = if required.is_empty() {
        format!(" Builds a [`{type_name}`]; every field is optional.")
    } else {
        format!(
            " Builds a [`{type_name}`]; [`{type_name}Builder::build`] names every required field left unset."
        )
    };
    // As in the AWS SDK: a builder with nothing required cannot fail, so its
    // `build` returns the value itself.
    let build_fn = if required.is_empty() {
        quote! {
            /// Finishes the value.
            pub fn build(self) -> #name {
                #name { #(#assignments)* #additional }
            }
        }
    } else {
        let checks = required.iter().map(|field| {
            let field_name = ident(&field.name);
            let wire = &field.wire_name;
            quote! { if self.#field_name.is_none() { missing.push(#wire); } }
        });
        let names = required.iter().map(|f| ident(&f.name));
        let patterns = required.iter().map(|f| {
            let field_name = ident(&f.name);
            quote! { Some(#field_name) }
        });
        let build_body = quote! {
            let mut missing = Vec::new();
            #(#checks)*
            let (#(#patterns,)*) = (#(self.#names,)*) else {
                return Err(crate::runtime::error::BuildError { type_name: #type_name, missing });
            };
            Ok(#name { #(#assignments)* #additional })
        };
        quote! {
            /// Finishes the value, or names every required field that was not set.
            pub fn build(self) -> Result<#name, crate::runtime::error::BuildError> {
                #build_body
            }
        }
    };
    quote! {
        #[doc = #builder_doc]
        #[derive(Debug, Clone, Default)]
        pub struct #builder {
            #(#slots)*
        }

        impl #builder {
            #(#setters)*

            #build_fn
        }
    }
}

/// The builder method that sets a field (`build` is the builder's own).
fn setter_base(field: &Field) -> String {
    if field.name == "build" {
        "build_field".to_string()
    } else {
        field.name.clone()
    }
}

/// `set_{field}`, the setter that replaces a whole list.
fn list_setter_base(field: &Field) -> String {
    format!("set_{}", field.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, TypeKind};

    fn field(name: &str, ty: TypeRef) -> Field {
        Field::plain(name, ty)
    }

    #[test]
    fn list_setters_append_one_item_and_set_replaces_the_list() {
        let s = StructDef {
            fields: vec![
                field(
                    "tags",
                    TypeRef::Array(Box::new(TypeRef::Named("Tag".into()))),
                ),
                field("set_tags", TypeRef::String),
                field("name", TypeRef::String),
            ],
            additional: None,
        };
        let def = TypeDef {
            name: "Thing".into(),
            module: "thing".into(),
            origin: "#/components/schemas/Thing".into(),
            docs: Docs::default(),
            kind: TypeKind::Struct(s.clone()),
        };
        let code = builder_tokens(&def, &s).to_string();
        assert!(
            code.contains("pub fn tags (mut self , item : impl Into < Tag >) -> Self { self . tags . get_or_insert_with (Vec :: new) . push (item . into ()) ; self }"),
            "{code}"
        );
        // `set_tags` is a field's own setter: the list setter is numbered.
        assert!(
            code.contains("pub fn set_tags (mut self , value : impl Into < String >)"),
            "{code}"
        );
        assert!(
            code.contains("pub fn set_tags2 (mut self , items : Option < Vec < Tag > >) -> Self { self . tags = items ; self }"),
            "{code}"
        );
        assert!(
            code.contains("pub fn name (mut self , value : impl Into < String >)"),
            "{code}"
        );
        assert!(
            !code.contains("set_name"),
            "only lists get a list setter: {code}"
        );
    }
}
