//! How an operation is called: which of its values the client method takes
//! as arguments (the rest are builder setters), and the example call that
//! every doc shows (the method's rustdoc, the README's table, the mock's
//! module docs), written here once.

use crate::ir::{Operation, Param, TypeRef};

/// Whether the client method takes `param` as an argument: a required value
/// the client cannot fill in itself.
pub fn is_argument(param: &Param) -> bool {
    param.required && param.client_value.is_none()
}

/// Whether the client method takes the request body as an argument.
pub fn body_is_argument(op: &Operation) -> bool {
    op.body.as_ref().is_some_and(|b| b.required)
}

/// One argument of the example call.
#[derive(Debug, Clone, Copy)]
pub enum Argument<'a> {
    /// A text parameter, written as a string literal of its name.
    Text(&'a Param),
    /// Any other parameter: a variable of its name, which a doctest declares
    /// (as a parameter of its hidden function) with this type.
    Value(&'a Param, &'a TypeRef),
    /// The request body, the variable `body`.
    Body,
}

impl Argument<'_> {
    /// The argument as the call writes it.
    pub fn text(&self) -> String {
        match self {
            Argument::Text(param) => format!("\"{}\"", param.name),
            Argument::Value(param, _) => param.name.clone(),
            Argument::Body => "body".to_string(),
        }
    }
}

/// The arguments of the client method, in order: required parameters, then
/// a required body.
pub fn arguments(op: &Operation) -> Vec<Argument<'_>> {
    op.params
        .iter()
        .filter(|p| is_argument(p))
        .map(|p| match &p.ty {
            TypeRef::String => Argument::Text(p),
            other => Argument::Value(p, other),
        })
        .chain(body_is_argument(op).then_some(Argument::Body))
        .collect()
}

/// `client.method("id", limit)`: the client method called with its example
/// arguments, before `.send()` or `.into_stream()`.
pub fn example_call(op: &Operation) -> String {
    let arguments: Vec<String> = arguments(op).iter().map(Argument::text).collect();
    format!("client.{}({})", op.method_name, arguments.join(", "))
}

/// Whether every argument of the example call is a text literal, so that
/// an example can make the call without declaring any value.
pub fn has_only_text_arguments(op: &Operation) -> bool {
    arguments(op)
        .iter()
        .all(|argument| matches!(argument, Argument::Text(_)))
}

/// Whether every argument of the example call is a text literal without a
/// documented constraint, so that an example that runs (the mock's, the
/// README's) can make the call with its placeholder values and pass the
/// client's validation.
pub fn has_only_free_text_arguments(op: &Operation) -> bool {
    arguments(op)
        .iter()
        .all(|argument| matches!(argument, Argument::Text(p) if p.constraints.is_empty()))
}

/// The example call of a paginated operation with a page size set through
/// its limit parameter, when it has an integer one it does not take as an
/// argument: `client.list_items("id").page_size(100)`.
pub fn paged_call(op: &Operation) -> String {
    let limit = op
        .pagination
        .as_ref()
        .and_then(|p| p.limit_param)
        .map(|index| &op.params[index])
        .filter(|p| !is_argument(p) && matches!(p.ty, TypeRef::Integer(_)));
    match limit {
        Some(param) => format!("{}.{}(100)", example_call(op), param.name),
        None => example_call(op),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::tests::sample_api;

    #[test]
    fn a_documented_constraint_keeps_a_placeholder_out_of_running_examples() {
        let mut api = sample_api();
        let op = &mut api.operations[0];
        op.body = None;
        op.params[0].ty = TypeRef::String;
        op.params[0].constraints = Default::default();
        assert!(has_only_text_arguments(op) && has_only_free_text_arguments(op));
        op.params[0].constraints.pattern = Some("^[0-9]+$".into());
        assert!(has_only_text_arguments(op));
        assert!(
            !has_only_free_text_arguments(op),
            "\"pet_id\" would fail validation"
        );
    }
    #[test]
    fn required_values_the_client_cannot_fill_are_the_arguments() {
        let mut api = sample_api();
        let op = &mut api.operations[0];
        assert_eq!(example_call(op), "client.update_pet(pet_id, body)");
        assert!(matches!(
            arguments(op).as_slice(),
            [Argument::Value(_, TypeRef::Integer(_)), Argument::Body]
        ));

        op.params[0].ty = TypeRef::String;
        op.body.as_mut().expect("a body").required = false;
        assert_eq!(example_call(op), "client.update_pet(\"pet_id\")");

        op.params[0].client_value = Some("pet_id".into());
        assert_eq!(example_call(op), "client.update_pet()");
        assert!(!is_argument(&op.params[0]));
        op.params[0].client_value = None;
        op.params[0].required = false;
        assert!(!is_argument(&op.params[0]));
        assert!(arguments(op).is_empty());
    }
}
