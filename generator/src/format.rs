//! The layout of emitted Rust, without running `rustfmt`: prettyplease's
//! output brought to what `cargo fmt` leaves it as, so that the generated
//! crate is the same on every machine, with or without a `rustfmt`, and
//! generation never spawns a process.
//!
//! prettyplease wraps at 89 columns and cannot be told otherwise, so the
//! generated crate carries `src/rustfmt.toml` ([`RUSTFMT_TOML`]) saying so:
//! `max_width = 89` and `use_small_heuristics = "Max"` (a construct goes on
//! one line whenever it fits, which is prettyplease's rule too). The file sits
//! in `src/`, so the hand-written `examples/` keep the default settings, and
//! the runtime (copied verbatim, formatted at its source at the default
//! width) is `#[rustfmt::skip]` in `lib.rs`.
//!
//! What is left are the places where the two printers choose different
//! shapes for the same width. [`layout`] rewrites each of them, line by line:
//!
//! - a statement or expression that fits on one line is joined (prettyplease
//!   keeps struct literals wider than 34 columns apart; rustfmt wants a
//!   column to spare for one inside a statement);
//! - `let x = …` whose right-hand side fits on the next line goes there, also
//!   a chain ending in a closure, and the value of a `let … else`;
//! - a chain whose last call does not fit keeps its head on one line
//!   (`request.push_query_values(` then the arguments), and a call whose one
//!   argument is a breaking call opens both on one line (`push(format!(`);
//! - `if let pat = value {` goes on one line, or the brace alone, or the value
//!   alone on the next line;
//! - an arm whose body is one expression loses the block prettyplease adds;
//! - arguments of at most 10 columns that are names or literals are packed
//!   onto lines, and a call that overflows by its comma breaks;
//! - a return type that fits once its brace moves puts the brace on a line
//!   of its own, and `impl Trait for Type` that does not fit breaks before
//!   `for`, with the brace alone; `impl Trait + Send` bounds go one per line;
//! - an empty body after parameters on several lines is `{` and `}`, and
//!   `else` of a `let … else` whose value breaks starts its line;
//! - `use` items, and the names in their braces, are sorted as rustfmt sorts
//!   them (version sorting) and packed to the full width.
//!
//! The widths and choices above were measured against rustfmt 1.9 (style
//! edition 2024); rustfmt's style editions promise that they stay.
//!
//! `format!` and `write!` are printed as calls (see [`hide_macros`]): a
//! macro's arguments are tokens to prettyplease, but expressions to rustfmt.
//!
//! The test `generator/tests/golden.rs` checks, for our spec and every fixture,
//! that rustfmt changes nothing in what this module produces.

use proc_macro2::{Group, Ident, TokenStream, TokenTree};

/// The line width prettyplease fills, and so the width of the generated code.
pub const MAX_WIDTH: usize = 89;

/// The widest `) -> Type {` that rustfmt leaves after parameters on several
/// lines (measured: it keeps four columns free there).
const BRACE_WIDTH: usize = MAX_WIDTH - 4;

/// `src/rustfmt.toml` of the generated crate: the settings under which
/// [`layout`]'s output is what `cargo fmt` leaves unchanged.
pub const RUSTFMT_TOML: &str = "# The generator lays its code out for these settings, so that `cargo fmt`\n# leaves it unchanged (its printer wraps at 89 columns).\nmax_width = 89\nuse_small_heuristics = \"Max\"\n";

/// Macros printed as calls of a stand-in function of the same length, so
/// that prettyplease lays their arguments out as expressions, the way
/// rustfmt does. The stand-ins are capitalised, which no generated function is.
const MACROS: [(&str, &str); 2] = [("format", "Format_"), ("write", "Write_")];

/// Whether the stand-ins are free in `tokens` (no generated name uses them),
/// so that [`hide_macros`] and restoring them in [`layout`] are exact.
pub fn stand_ins_free(tokens: &TokenStream) -> bool {
    tokens.clone().into_iter().all(|tree| match tree {
        TokenTree::Ident(ident) => MACROS.iter().all(|(_, stand_in)| ident != stand_in),
        TokenTree::Group(group) => stand_ins_free(&group.stream()),
        _ => true,
    })
}

/// Replaces `format!(…)` and `write!(…)` by calls of their stand-ins.
pub fn hide_macros(tokens: TokenStream) -> TokenStream {
    hide(tokens, &mut Vec::new())
}

/// [`hide_macros`] in one pass that also checks [`stand_ins_free`]: the
/// tokens with the macros hidden and `true`, or, when a stand-in's name was
/// already in use, the tokens as they came and `false`.
///
/// One consuming walk: a `TokenStream` held once is taken apart without
/// copying, where a separate check would copy every token.
pub fn hide_macros_checked(tokens: TokenStream) -> (TokenStream, bool) {
    let mut marks = Vec::new();
    let hidden = hide(tokens, &mut marks);
    if marks.iter().all(|&ours| ours) {
        return (hidden, true);
    }
    let mut marks = marks.into_iter();
    (unhide(hidden, &mut marks), false)
}

/// The walk of [`hide_macros`]; `marks` gets, for every identifier named
/// like a stand-in in the result, whether this walk put it there.
///
/// The tokens stream from the old stream into the new one, with no list
/// between them: this walk visits every token of every file.
fn hide(tokens: TokenStream, marks: &mut Vec<bool>) -> TokenStream {
    let mut iter = tokens.into_iter().peekable();
    // The `!` of a macro name that is kept (not followed by parentheses),
    // due right after the name.
    let mut bang: Option<TokenTree> = None;
    std::iter::from_fn(|| {
        if let Some(bang) = bang.take() {
            return Some(bang);
        }
        Some(match iter.next()? {
            TokenTree::Ident(ident) => {
                let stand_in = MACROS
                    .iter()
                    .find(|(name, _)| ident == name)
                    .map(|(_, stand_in)| *stand_in);
                let is_bang =
                    matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                match stand_in {
                    Some(stand_in) if is_bang => {
                        let next_bang = iter.next();
                        if let Some(TokenTree::Group(group)) = iter.peek() {
                            if group.delimiter() == proc_macro2::Delimiter::Parenthesis {
                                marks.push(true);
                                return Some(TokenTree::Ident(Ident::new(stand_in, ident.span())));
                            }
                        }
                        bang = next_bang;
                        TokenTree::Ident(ident)
                    }
                    _ => {
                        if MACROS.iter().any(|(_, stand_in)| ident == stand_in) {
                            marks.push(false);
                        }
                        TokenTree::Ident(ident)
                    }
                }
            }
            TokenTree::Group(group) => {
                let (delimiter, span) = (group.delimiter(), group.span());
                let stream = group.stream();
                // Dropped first, so that the stream is held once and its walk copies nothing.
                drop(group);
                let mut inner = Group::new(delimiter, hide(stream, marks));
                inner.set_span(span);
                TokenTree::Group(inner)
            }
            other => other,
        })
    })
    .collect()
}

/// Undoes [`hide`] given its marks.
fn unhide(tokens: TokenStream, marks: &mut std::vec::IntoIter<bool>) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => {
                let name = MACROS
                    .iter()
                    .find(|(_, stand_in)| ident == stand_in)
                    .map(|(name, _)| *name);
                match name {
                    Some(name) if marks.next() == Some(true) => {
                        out.push(TokenTree::Ident(Ident::new(name, ident.span())));
                        out.push(TokenTree::Punct(proc_macro2::Punct::new(
                            '!',
                            proc_macro2::Spacing::Alone,
                        )));
                    }
                    _ => out.push(TokenTree::Ident(ident)),
                }
            }
            TokenTree::Group(group) => {
                let (delimiter, span) = (group.delimiter(), group.span());
                let stream = group.stream();
                drop(group);
                let mut inner = Group::new(delimiter, unhide(stream, marks));
                inner.set_span(span);
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// Brings printed source to rustfmt's layout (see the module docs);
/// `macros_hidden` says whether [`hide_macros`] ran on its tokens.
pub fn layout(source: &str, macros_hidden: bool) -> String {
    let started = std::time::Instant::now();
    let out = layout_lines(source, macros_hidden);
    crate::timing::add_layout(started);
    out
}

fn layout_lines(source: &str, macros_hidden: bool) -> String {
    let lines: Vec<String> = source
        .lines()
        .map(|line| {
            if macros_hidden && line.contains("_(") {
                restore_macros(line)
            } else {
                line.to_string()
            }
        })
        .collect();
    let mut lines = sort_mods(sort_uses(lines));
    // A reshaped construct can open the way for another (a chain joined
    // into `call(` lets its argument overflow): repeat until settled.
    for _ in 0..4 {
        let next = reshape(&lines);
        if next == lines {
            break;
        }
        lines = next;
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// `line` with each stand-in call `Format_(` written as `format!(` again
/// (the inverse of [`hide_macros`]). No replacement can form another
/// stand-in's name, so one pass does them all.
fn restore_macros(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("_(") {
        let head = &rest[..at];
        // The stand-in names end in `_`: compare what precedes it.
        let macro_name = MACROS
            .iter()
            .find(|(_, stand_in)| head.ends_with(&stand_in[..stand_in.len() - 1]));
        match macro_name {
            Some((name, stand_in)) => {
                out.push_str(&head[..head.len() - (stand_in.len() - 1)]);
                out.push_str(name);
                out.push_str("!(");
            }
            None => {
                out.push_str(head);
                out.push_str("_(");
            }
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

fn indent_of(line: &str) -> usize {
    line.len() - trim_start(line).len()
}

/// `text.trim_start()`, without decoding characters while they are ASCII
/// (the indentation of every line; this runs for each line of each pass).
fn trim_start(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut skipped = 0;
    // Indentation comes in runs of spaces: eight at a time first.
    while bytes
        .get(skipped..skipped + 8)
        .is_some_and(|chunk| chunk == b"        ")
    {
        skipped += 8;
    }
    while bytes
        .get(skipped)
        .is_some_and(|b| matches!(b, b' ' | b'\t'..=b'\r'))
    {
        skipped += 1;
    }
    let rest = &text[skipped..];
    // `char::is_whitespace` also holds for some non-ASCII characters.
    if rest.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        rest.trim_start()
    } else {
        rest
    }
}

/// `trim` and `trim_start` by way of [`trim_start`]: the layout trims
/// every line many times over.
trait FastTrim {
    fn trim_fast(&self) -> &str;
    fn trim_start_fast(&self) -> &str;
}

impl FastTrim for str {
    fn trim_fast(&self) -> &str {
        trim_start(self).trim_end()
    }

    fn trim_start_fast(&self) -> &str {
        trim_start(self)
    }
}

fn width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Net count of opening minus closing brackets on a line, outside string
/// and character literals.
///
/// Walks bytes: every byte it looks for is ASCII, and the bytes of a
/// multi-byte character are never ASCII, so they are skipped like any other
/// character; only a char literal's one character is stepped over whole.
fn balance(line: &str) -> i32 {
    let bytes = line.as_bytes();
    // The length of the UTF-8 character starting at `at` (1 past the end).
    let char_len = |at: usize| bytes.get(at).map_or(1, |&b| utf8_len(b));
    let mut depth = 0;
    let mut in_str = false;
    let mut at = 0;
    while at < bytes.len() {
        // Most bytes are none of those below: skip them in a tight loop.
        let Some(skip) = bytes[at..]
            .iter()
            .position(|&b| SIGNIFICANT[usize::from(b)])
        else {
            break;
        };
        at += skip;
        let b = bytes[at];
        at += 1;
        if in_str {
            match b {
                b'\\' => at += char_len(at),
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'\'' => {
                // A char literal ('x', '\n') but not a lifetime ('a).
                if bytes.get(at) == Some(&b'\\') {
                    at += 1;
                    at += char_len(at);
                    while at < bytes.len() {
                        at += 1;
                        if bytes[at - 1] == b'\'' {
                            break;
                        }
                    }
                } else if at < bytes.len() {
                    let second = at + char_len(at);
                    if bytes.get(second) == Some(&b'\'') {
                        at = second + 1;
                    }
                }
            }
            b'/' if bytes.get(at) == Some(&b'/') => break,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// The bytes [`balance`] acts on (inside or outside a string).
static SIGNIFICANT: [bool; 256] = {
    let mut table = [false; 256];
    let mut index = 0;
    let bytes = b"\"'\\/()[]{}";
    while index < bytes.len() {
        table[bytes[index] as usize] = true;
        index += 1;
    }
    table
};

/// The length of a UTF-8 character from its first byte.
fn utf8_len(first: u8) -> usize {
    match first {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Where the construct starting at `start` ends: the first line after which
/// the brackets opened on it are closed again.
fn span_end(lines: &[String], start: usize) -> Option<usize> {
    let mut depth = 0;
    let indent = indent_of(&lines[start]);
    for (index, line) in lines.iter().enumerate().skip(start) {
        depth += balance(line);
        if depth < 0 {
            return None;
        }
        if depth == 0 {
            // A chain or a value on the next line continues the construct.
            let continues = !line.trim_end().ends_with([';', ',', '{', '}'])
                && lines.get(index + 1).is_some_and(|next| {
                    let trimmed = trim_start(next);
                    indent_of(next) > indent
                        && (trimmed.starts_with(['.', '?'])
                            || trimmed.starts_with("&& ")
                            || trimmed.starts_with("|| ")
                            || line.trim_end().ends_with('='))
                });
            if !continues {
                return Some(index);
            }
        }
    }
    None
}

/// The one-line form of a construct printed over several lines, or `None`
/// when it holds something that never goes on one line (statements, blocks,
/// comments, `if`/`match`).
fn flatten(lines: &[String]) -> Option<String> {
    let mut acc = lines[0].trim_fast().to_string();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim_fast();
        if trimmed.starts_with("//") || trimmed.starts_with("#[") {
            return None;
        }
        if index + 1 < lines.len() && trimmed.ends_with(';') {
            return None;
        }
        if trimmed.ends_with('{') && !opens_struct_literal(trimmed) {
            return None;
        }
        // Each keyword at the start of a line, and after a space inside it.
        const KEYWORDS: [(&str, &str); 8] = [
            ("if ", " if "),
            ("match ", " match "),
            ("for ", " for "),
            ("while ", " while "),
            ("loop ", " loop "),
            ("else", " else"),
            ("=> {", " => {"),
            ("async ", " async "),
        ];
        if KEYWORDS
            .iter()
            .any(|(keyword, _)| trimmed.starts_with(keyword))
            || contains_keyword_after_space(trimmed, &KEYWORDS)
        {
            return None;
        }
        if index == 0 {
            continue;
        }
        if acc.ends_with(['(', '[', '<']) {
            acc.push_str(trimmed);
        } else if trimmed.starts_with([')', ']', '>']) {
            // `(a,)` is a tuple of one: its comma stays.
            if acc.ends_with(',') && !(trimmed.starts_with(')') && lone_tuple_item(&acc)) {
                acc.pop();
            }
            acc.push_str(trimmed);
        } else if trimmed.starts_with('}') {
            if acc.ends_with(',') {
                acc.pop();
            }
            if !acc.ends_with('{') {
                acc.push(' ');
            }
            acc.push_str(trimmed);
        } else if trimmed.starts_with(['.', '?']) {
            acc.push_str(trimmed);
        } else {
            acc.push(' ');
            acc.push_str(trimmed);
        }
    }
    Some(acc)
}

/// Whether `text` contains any of the `inside` forms of `keywords` (each
/// starting with a space): the same as asking `contains` for each, in one
/// walk over the spaces of `text`.
fn contains_keyword_after_space(text: &str, keywords: &[(&str, &str)]) -> bool {
    text.bytes().enumerate().any(|(at, b)| {
        b == b' '
            && keywords
                .iter()
                .any(|(_, inside)| text[at..].starts_with(inside))
    })
}

/// Whether the group still open at the end of `acc` (which ends in a
/// comma) is a tuple (not a call's arguments) holding a single item.
fn lone_tuple_item(acc: &str) -> bool {
    let mut depth = 0;
    for (at, c) in acc.char_indices().rev().skip(1) {
        match c {
            ')' | ']' | '}' | '>' => depth += 1,
            '(' | '[' | '{' | '<' if depth == 0 => {
                let called = acc[..at]
                    .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '>' || c == '!');
                return c == '('
                    && !called
                    && split_top_level(&acc[at + 1..acc.len() - 1]).len() == 1;
            }
            '(' | '[' | '{' | '<' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// Whether a line ending in `{` opens a struct literal (`Path {`), not a block.
fn opens_struct_literal(trimmed: &str) -> bool {
    let head = trimmed.trim_end_matches('{').trim_end();
    let last = head
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .next()
        .unwrap_or("");
    let name = last.rsplit("::").next().unwrap_or("");
    name.chars().next().is_some_and(char::is_uppercase)
        && !head.ends_with("->")
        && !is_item_head(trimmed)
}

/// Lines that start an item, whose braces never go on one line.
fn is_item_head(trimmed: &str) -> bool {
    let words = [
        "pub ",
        "struct ",
        "enum ",
        "impl ",
        "impl<",
        "fn ",
        "trait ",
        "mod ",
        "type ",
        "unsafe ",
        "async fn ",
        "const fn ",
        "union ",
        "extern ",
    ];
    words.iter().any(|w| trimmed.starts_with(w)) && !trimmed.starts_with("pub const ")
}

/// Whether a line can begin a statement or an expression worth reshaping.
fn starts_construct(trimmed: &str) -> bool {
    !(trimmed.is_empty()
        || trimmed.starts_with(['}', ')', ']', '.', '#', '/', '?', '>'])
        || (is_item_head(trimmed) && !trimmed.starts_with("pub const "))
        || trimmed.starts_with("use ")
        || trimmed.starts_with("else"))
}

/// Rewrites every construct whose layout differs from rustfmt's.
fn reshape(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        let indent = indent_of(line);
        // `line.trim()`, reusing the indentation just measured.
        let trimmed = line[indent..].trim_end();
        if !may_open_a_rule(line, trimmed, indent) {
            // No rule below but the generic one can start here: skip them.
            if let Some((replacement, used)) = construct(lines, index, trimmed, indent) {
                out.extend(replacement);
                index += used;
            } else {
                out.push(line.clone());
                index += 1;
            }
            continue;
        }
        let pad = " ".repeat(indent);
        // `) -> Ty<…> {` spread over lines, or too long with its brace.
        if trimmed.starts_with(") -> ") || trimmed.starts_with("-> ") {
            if let Some((replacement, used)) = return_type(lines, index) {
                out.extend(replacement);
                index += used;
                continue;
            }
        }
        if trimmed == ") else {" {
            out.push(format!("{pad})"));
            out.push(format!("{pad}else {{"));
            index += 1;
            continue;
        }
        if let Some(replacement) = overflowing_call(line, &out) {
            out.extend(replacement);
            index += 1;
            continue;
        }
        if let Some((replacement, used)) = type_alias(lines, index) {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some((replacement, used)) =
            arm_body(lines, index).or_else(|| long_field_value(lines, index))
        {
            let again = reshape(&replacement);
            out.extend(again);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = simple_arguments(lines, index) {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = arm_block(lines, index) {
            let again = reshape(&replacement);
            out.extend(again);
            index += used;
            continue;
        }
        if trimmed == ") {}" {
            out.push(format!("{pad}) {{"));
            out.push(format!("{pad}}}"));
            index += 1;
            continue;
        }
        if (trimmed.starts_with("impl ") || trimmed.starts_with("impl<"))
            && !trimmed.ends_with('{')
            && !trimmed.ends_with(';')
        {
            if let Some(next) = lines.get(index + 1) {
                let next_trimmed = next.trim_fast();
                if indent_of(next) == indent
                    && next_trimmed.starts_with("for ")
                    && next_trimmed.ends_with(" {")
                {
                    out.push(line.clone());
                    out.push(format!("{pad}    {}", next_trimmed.trim_end_matches(" {")));
                    out.push(format!("{pad}{{"));
                    index += 2;
                    continue;
                }
            }
        }
        if let Some((replacement, used)) =
            control_line(lines, index).or_else(|| multiline_condition_brace(lines, index))
        {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = lone_brace(lines, index) {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some(replacement) = long_arm(line)
            .or_else(|| long_let_else(line))
            .or_else(|| long_item_head(line))
            .or_else(|| long_attribute(line))
            .or_else(|| long_binding(line))
            .or_else(|| long_empty_call(line))
            .or_else(|| full_width_return(line))
            .or_else(|| long_type_alias(line))
        {
            out.extend(replacement);
            index += 1;
            continue;
        }
        if let Some((replacement, used)) =
            broken_field_type(lines, index).or_else(|| broken_condition_operand(lines, index))
        {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = guarded_arm(lines, index)
            .or_else(|| arm_block_around_match(lines, index))
            .or_else(|| closure_last_argument(lines, index))
            .or_else(|| macro_arguments(lines, index))
        {
            let again = reshape(&replacement);
            out.extend(again);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = let_else(lines, index)
            .or_else(|| full_width_let(lines, index))
            .or_else(|| long_field(lines, index))
        {
            out.extend(replacement);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = overflow_single_argument(lines, index) {
            let again = reshape(&replacement);
            out.extend(again);
            index += used;
            continue;
        }
        if let Some((replacement, used)) = construct(lines, index, trimmed, indent) {
            out.extend(replacement);
            index += used;
            continue;
        }
        out.push(line.clone());
        index += 1;
    }
    out
}

/// Whether any rule of [`reshape`] other than the generic one
/// ([`construct`]) can apply at a line. Each condition is the first test
/// of one or more rules, so a line failing all of them is left to
/// [`construct`] without asking each rule (most lines of a file; this
/// keeps the layout pass linear in practice).
fn may_open_a_rule(line: &str, trimmed: &str, indent: usize) -> bool {
    let end = line.trim_end();
    // `simple_arguments`, `guarded_arm`, `closure_last_argument`,
    // `macro_arguments`, `overflow_single_argument`, `broken_field_type`.
    end.ends_with(['(', '[', '<'])
        // `arm_block`, `arm_block_around_match`.
        || end.ends_with(" => {")
        // `return_type` (`) -> `, `-> `), `) else {`, `) {}`,
        // `broken_condition_operand`.
        || trimmed.starts_with([')', '>', '-'])
        // `control_line`, `multiline_condition_brace`, `lone_brace`.
        || trimmed.starts_with("if ")
        || trimmed.starts_with("while ")
        || trimmed.starts_with("} else if ")
        // `impl` heads before `for`, `let_else`.
        || trimmed.starts_with("impl")
        || trimmed.starts_with("let ")
        // `overflowing_call` (one column past the width), `long_arm`,
        // `long_let_else`, `long_item_head`, `long_attribute`, `long_binding`
        // (each wider than `LET_ELSE_WIDTH`).
        || (indent + trimmed.len() > LET_ELSE_WIDTH && indent + width(trimmed) > LET_ELSE_WIDTH)
}

/// The generic rule: a construct over several lines starting at `index`,
/// reshaped by [`reshape_construct`], and what it holds reshaped in turn;
/// with the number of lines it replaces.
fn construct(
    lines: &[String],
    index: usize,
    trimmed: &str,
    indent: usize,
) -> Option<(Vec<String>, usize)> {
    if !starts_construct(trimmed) {
        return None;
    }
    let end = span_end(lines, index)?;
    if end <= index {
        return None;
    }
    let mut replacement = reshape_construct(&lines[index..=end], indent)?;
    // `let pat = value` at the full width above `else {` stays broken
    // (see [`full_width_let`]).
    if replacement.len() == 1
        && trimmed.starts_with("let ")
        && width(&replacement[0]) == MAX_WIDTH
        && lines
            .get(end + 1)
            .is_some_and(|next| next.trim_fast() == "else {")
    {
        return None;
    }
    // The result may itself hold constructs to reshape.
    let again = reshape(&replacement[1..]);
    replacement.truncate(1);
    replacement.extend(again);
    Some((replacement, end + 1 - index))
}

/// A multi-line construct in rustfmt's layout, or `None` to keep it as it is.
fn reshape_construct(span: &[String], indent: usize) -> Option<Vec<String>> {
    let pad = " ".repeat(indent);
    let last = span.last()?.trim_fast();
    // Only whole constructs: a statement, or a tail expression or argument.
    if !(last.ends_with(';')
        || last.ends_with(',')
        || last.ends_with(')')
        || last.ends_with('}')
        || last.ends_with(']'))
    {
        return None;
    }
    if let Some(flat) = flatten(span) {
        // A struct literal inside a statement or an argument needs a column
        // to spare (measured); as a tail expression it does not.
        let limit = if flat.contains(" { ") && flat.ends_with([';', ',']) {
            MAX_WIDTH - 1
        } else {
            MAX_WIDTH
        };
        if indent + width(&flat) <= limit {
            let line = format!("{pad}{flat}");
            return Some(full_width_return(&line).unwrap_or_else(|| vec![line]));
        }
        // `let x =` (or a `const`) with its right-hand side on the next line.
        let first = span[0].trim_fast();
        let is_binding = first.starts_with("let ")
            || first.starts_with("const ")
            || first.starts_with("pub const ")
            || first.starts_with("static ");
        if is_binding && last.ends_with(';') {
            if let Some(at) = flat.find(" = ") {
                let (lhs, rhs) = (&flat[..at], &flat[at + 3..]);
                if indent + 4 + width(rhs) <= MAX_WIDTH && !first.ends_with(" =") {
                    return Some(vec![format!("{pad}{lhs} ="), format!("{pad}    {rhs}")]);
                }
            }
        }
    }
    chain_head(span, indent).or_else(|| let_chain_block(span, indent))
}

/// `if let pat = value {` (or `if`/`while`) printed over several lines:
/// rustfmt puts it on one line, or the brace alone on the next, or the
/// value on a line of its own with the brace after it.
fn control_line(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    let trimmed = first.trim_fast();
    let keyword = ["if let ", "while let ", "} else if let "]
        .into_iter()
        .find(|k| trimmed.starts_with(k))?;
    if trimmed.ends_with('{') {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let last = lines.get(end)?.trim_fast();
    let mut operands_below = 0..0;
    // The brace may already stand alone (an earlier pass, at a deeper indent).
    let (tail, used) = match last.strip_suffix(" {") {
        Some(tail) => (tail, end - start + 1),
        None if lines
            .get(end + 1)
            .is_some_and(|next| next.trim_fast() == "{" && indent_of(next) == indent) =>
        {
            (last, end - start + 2)
        }
        // A chain (`value` / `.ok()` / `.and_then(…)`) with the brace alone.
        None if last == "{"
            && indent_of(&lines[end]) == indent
            && lines[start + 1..end]
                .iter()
                .all(|l| indent_of(l) > indent && l.trim_fast().starts_with('.')) =>
        {
            let tail = lines[end - 1].trim_fast();
            end -= 1;
            (tail, end - start + 2)
        }
        None => {
            // `&& more` on lines of their own (an earlier pass), brace alone.
            let mut at = end + 1;
            while lines
                .get(at)
                .is_some_and(|l| indent_of(l) == indent + 4 && l.trim_fast().starts_with("&& "))
            {
                at += 1;
            }
            let brace = lines.get(at)?;
            if at == end + 1 || brace.trim_fast() != "{" || indent_of(brace) != indent {
                return None;
            }
            operands_below = end + 1..at;
            (last, at - start + 1)
        }
    };
    if !tail.starts_with([')', '>', ']', '.']) {
        return None;
    }
    let mut parts: Vec<String> = lines[start..end].to_vec();
    parts.push(format!("{}{tail}", " ".repeat(indent)));
    parts.extend(lines[operands_below].iter().cloned());
    // `flatten` refuses control flow: flatten what follows the keyword.
    parts[0] = trimmed[keyword.len()..].to_string();
    let flat = format!("{keyword}{}", flatten(&parts)?);
    let pad = " ".repeat(indent);
    if indent + width(&flat) + 2 <= MAX_WIDTH {
        return Some((vec![format!("{pad}{flat} {{")], used));
    }
    if indent + width(&flat) <= MAX_WIDTH {
        return Some((vec![format!("{pad}{flat}"), format!("{pad}{{")], used));
    }
    let at = flat[keyword.len()..].find(" = ")? + keyword.len();
    let (pattern, value) = (&flat[..at], &flat[at + 3..]);
    // `let … = value && more`: each operand of the chain starts a line.
    let operands = split_operands(value);
    if operands.len() > 1 {
        let value = operands[0];
        let mut out = if indent + width(pattern) + 3 + width(value) <= MAX_WIDTH {
            vec![format!("{pad}{pattern} = {value}")]
        } else if indent + 4 + width(value) <= MAX_WIDTH && indent + width(pattern) + 2 <= MAX_WIDTH
        {
            vec![format!("{pad}{pattern} ="), format!("{pad}    {value}")]
        } else {
            return None;
        };
        for operand in &operands[1..] {
            out.push(format!("{pad}    && {operand}"));
        }
        out.push(format!("{pad}{{"));
        return Some((out, used));
    }
    // Measured: the value alone on its line may take the full width (its
    // brace goes below it).
    if indent + 4 + width(value) <= MAX_WIDTH && indent + width(pattern) + 2 <= MAX_WIDTH {
        return Some((
            vec![
                format!("{pad}{pattern} ="),
                format!("{pad}    {value}"),
                format!("{pad}{{"),
            ],
            used,
        ));
    }
    // Too wide there too: the value stays after `=` and its one argument
    // breaks (`from_value::<Type>(` / `value.clone(),` / `) {`).
    // Measured: up to three columns past the width; wider, rustfmt keeps
    // the generic arguments broken.
    let (callee, argument) = value.strip_suffix(')')?.split_once(">(")?;
    if balance(callee) != 0
        || split_top_level(argument).len() != 1
        || balance(argument) != 0
        || indent + width(pattern) + 3 + width(callee) + 2 > MAX_WIDTH + 3
    {
        return None;
    }
    Some((
        vec![
            format!("{pad}{pattern} = {callee}>("),
            format!("{pad}    {argument},"),
            format!("{pad}) {{"),
        ],
        used,
    ))
}

/// The `&&` operands of a condition, split at the top level only.
fn split_operands(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    let mut from = 0;
    while let Some(at) = rest[from..].find(" && ") {
        let at = from + at;
        if balance(&rest[..at]) == 0 {
            parts.push(&rest[..at]);
            rest = &rest[at + 4..];
            from = 0;
        } else {
            from = at + 4;
        }
    }
    parts.push(rest);
    parts
}

/// `let pat = (` / values / `) else {`: rustfmt puts the value on one line,
/// after `=` or on the next line, and `else {` on a line of its own.
fn let_else(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    let trimmed = first.trim_fast();
    if !trimmed.starts_with("let ") || !trimmed.ends_with(" = (") {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    if lines.get(end)?.trim_fast() != ") else {" {
        return None;
    }
    let mut parts: Vec<String> = lines[start..end].to_vec();
    parts.push(format!("{})", " ".repeat(indent)));
    let flat = flatten(&parts)?;
    let pad = " ".repeat(indent);
    let used = end - start + 1;
    if indent + width(&flat) + 7 <= MAX_WIDTH {
        return Some((vec![format!("{pad}{flat} else {{")], used));
    }
    let at = flat.find(" = (")?;
    let (pattern, value) = (&flat[..at], &flat[at + 3..]);
    if indent + 4 + width(value) <= MAX_WIDTH {
        return Some((
            vec![
                format!("{pad}{pattern} ="),
                format!("{pad}    {value}"),
                format!("{pad}else {{"),
            ],
            used,
        ));
    }
    None
}

/// `let x = root` / `.a(…)` / `.map(|v| {` … : rustfmt moves a chain that
/// ends in a block to the next line when its head then fits on one line.
fn let_chain_block(span: &[String], indent: usize) -> Option<Vec<String>> {
    let first = span[0].trim_fast();
    let at = first.find(" = ")?;
    if !first.starts_with("let ") || first[at + 3..].contains(' ') {
        return None;
    }
    let (lhs, root) = (&first[..at], &first[at + 3..]);
    let mut head = root.to_string();
    let mut next = 1;
    loop {
        let line = span.get(next)?;
        let trimmed = line.trim_fast();
        if indent_of(line) != indent + 4 || !trimmed.starts_with('.') {
            return None;
        }
        head.push_str(trimmed);
        next += 1;
        if trimmed.ends_with('{') {
            break;
        }
        if balance(trimmed) != 0 {
            return None;
        }
    }
    let pad = " ".repeat(indent);
    if indent + width(lhs) + 3 + width(&head) <= MAX_WIDTH || indent + 4 + width(&head) > MAX_WIDTH
    {
        return None;
    }
    let mut out = vec![format!("{pad}{lhs} ="), format!("{pad}    {head}")];
    out.extend(span[next..].iter().cloned());
    Some(out)
}

/// `call(` / `inner(` … `),` / `)`: a call whose one argument is itself a
/// call or macro breaking over lines; rustfmt opens both on one line.
fn overflow_single_argument(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with('(') || first.trim_start_fast().starts_with("fn ") || first.contains(" fn ")
    {
        return None;
    }
    let indent = indent_of(first);
    let inner = lines.get(start + 1)?;
    if indent_of(inner) != indent + 4 || !inner.trim_end().ends_with('(') {
        return None;
    }
    let inner_end = span_end(lines, start + 1)?;
    let inner_close = lines[inner_end].trim_fast();
    let outer_close = lines.get(inner_end + 1)?;
    if inner_close != "),"
        || indent_of(&lines[inner_end]) != indent + 4
        || indent_of(outer_close) != indent
        || !outer_close.trim_fast().starts_with(')')
    {
        return None;
    }
    let head = format!("{first}{}", inner.trim_fast());
    if width(&head) > MAX_WIDTH {
        return None;
    }
    let pad = " ".repeat(indent);
    let tail = format!("{pad}){}", outer_close.trim_fast());
    let out = pulled_up(head, &lines[start + 2..inner_end], tail)?;
    Some((out, inner_end + 2 - start))
}

/// `root` / `.a` / `.call(` / args / `);` → `root.a.call(` / args / `);`:
/// rustfmt keeps a chain's head on one line when only its last call breaks.
fn chain_head(span: &[String], indent: usize) -> Option<Vec<String>> {
    let pad = " ".repeat(indent);
    let root = span[0].trim_fast();
    if root.contains(' ') || root.ends_with(['(', '{', '[', ',', ';']) {
        return None;
    }
    let mut head = root.to_string();
    let mut at = 1;
    while at < span.len() {
        let line = &span[at];
        let trimmed = line.trim_fast();
        if indent_of(line) != indent + 4 || !trimmed.starts_with('.') {
            return None;
        }
        head.push_str(trimmed);
        at += 1;
        if trimmed.ends_with(['(', '[', '{']) {
            break;
        }
        if balance(trimmed) != 0 {
            return None;
        }
    }
    if at == span.len() || indent + width(&head) > MAX_WIDTH {
        return None;
    }
    let mut out = vec![format!("{pad}{head}")];
    for line in &span[at..] {
        if indent_of(line) < indent + 4 {
            return None;
        }
        out.push(line[4..].to_string());
    }
    Some(out)
}

/// A call ending a line one column too wide: prettyplease lets the comma
/// after an argument overflow, rustfmt breaks the call's arguments instead
/// (with no trailing comma inside a macro's arguments).
fn overflowing_call(line: &str, before: &[String]) -> Option<Vec<String>> {
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) != MAX_WIDTH + 1 || !trimmed.ends_with("),") {
        return None;
    }
    let body = &trimmed[..trimmed.len() - 2];
    // The `(` matching the final `)`.
    let mut depth = 0;
    let mut open = None;
    for (at, c) in body.char_indices().rev() {
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' => {
                if depth == 0 {
                    open = Some(at);
                    break;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    let open = open?;
    let (head, args) = (&body[..open], &body[open + 1..]);
    if args.is_empty()
        || head.is_empty()
        || !body[..open]
            .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '>' || c == '!')
    {
        return None;
    }
    let args = split_top_level(args);
    // A macro's own arguments, or a call's inside a macro: no trailing comma.
    let in_macro = head.ends_with('!')
        || before
            .iter()
            .rev()
            .find(|l| !l.trim_fast().is_empty() && indent_of(l) < indent)
            .is_some_and(|l| l.trim_end().ends_with("!("));
    let pad = " ".repeat(indent);
    let comma = if in_macro { "" } else { "," };
    let mut out = vec![format!("{pad}{head}(")];
    if args.len() > 1 && args.iter().all(|a| is_simple(a)) {
        out.extend(pack(&args, indent + 4));
    } else {
        let count = args.len();
        for (index, arg) in args.iter().enumerate() {
            let separator = if index + 1 == count { comma } else { "," };
            out.push(format!("{pad}    {arg}{separator}"));
        }
    }
    out.push(format!("{pad}),"));
    Some(out)
}

/// Items packed onto lines as rustfmt's mixed layout does, each followed
/// by a comma.
fn pack<S: AsRef<str>>(items: &[S], indent: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut out = Vec::new();
    let mut current = String::new();
    for item in items {
        let piece = format!("{},", item.as_ref());
        if current.is_empty() {
            current = piece;
        } else if indent + width(&current) + 1 + width(&piece) <= MAX_WIDTH {
            current.push(' ');
            current.push_str(&piece);
        } else {
            out.push(format!("{pad}{current}"));
            current = piece;
        }
    }
    if !current.is_empty() {
        out.push(format!("{pad}{current}"));
    }
    out
}

/// Splits a list at its top-level commas.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut in_str) = (0, 0, false);
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' | '<' => depth += 1,
            ')' | ']' | '}' | '>' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(text[start..at].trim_fast());
                start = at + 1;
            }
            _ => {}
        }
    }
    if !text[start..].trim_fast().is_empty() {
        parts.push(text[start..].trim_fast());
    }
    parts
}

/// Whether rustfmt counts an argument as short and simple (a name, a
/// literal, or a reference to one, of at most 10 columns): lists of those
/// are packed onto lines.
fn is_simple(argument: &str) -> bool {
    if width(argument) > 10 {
        return false;
    }
    let bare = argument.trim_start_matches('&').trim_start_matches("mut ");
    let literal = bare.len() >= 2
        && bare.starts_with('"')
        && bare.ends_with('"')
        && !bare[1..bare.len() - 1].contains('"');
    literal
        || (!bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ':'))
}

/// Call arguments one per line, all simple: rustfmt packs them.
fn simple_arguments(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with(['(', '['])
        || first.trim_start_fast().starts_with("fn ")
        || first.contains(" fn ")
    {
        return None;
    }
    let indent = indent_of(first);
    let mut args = Vec::new();
    let mut at = start + 1;
    while at < lines.len() && indent_of(&lines[at]) == indent + 4 {
        let arg = lines[at].trim_fast().strip_suffix(',')?;
        if !is_simple(arg) {
            return None;
        }
        args.push(arg.to_string());
        at += 1;
    }
    let closing = lines.get(at)?;
    if args.len() < 2
        || indent_of(closing) != indent
        || !closing.trim_fast().starts_with([')', ']'])
    {
        return None;
    }
    let mut out = vec![first.to_string()];
    out.extend(pack(&args, indent + 4));
    out.push(closing.clone());
    Some((out, at - start + 1))
}

/// `pat => {` / one expression / `}`: prettyplease wraps an arm's body in a
/// block once it breaks; rustfmt keeps the bare expression when it starts on
/// the arm's line.
fn arm_block(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    let head = first.strip_suffix(" => {")?;
    let indent = indent_of(first);
    let mut at = start + 1;
    while at < lines.len() && indent_of(&lines[at]) > indent {
        at += 1;
    }
    let closing = lines.get(at)?;
    if closing.trim_fast() != "}" || at < start + 3 {
        return None;
    }
    let body = &lines[start + 1..at];
    if indent_of(&body[0]) != indent + 4 {
        return None;
    }
    // One expression: no statement, and only its first line at the body's indent.
    if body.iter().any(|l| l.trim_end().ends_with(';'))
        || body[1..]
            .iter()
            .any(|l| indent_of(l) <= indent + 4 && !l.trim_fast().starts_with([')', ']', '}']))
        || body[0].trim_fast().starts_with(['{', '(', '['])
        || body[0].trim_end().ends_with('{')
    {
        return None;
    }
    // rustfmt keeps the block when the first line does not fit after `=>`,
    // or (measured) when it would end in `(` at the full width.
    let joined_first = format!("{head} => {}", body[0].trim_fast());
    if width(&joined_first) > MAX_WIDTH
        || (width(&joined_first) == MAX_WIDTH && joined_first.ends_with('('))
    {
        return None;
    }
    // `Err(response` / `.into_error_as::<…>())`: a call whose one argument
    // is a broken chain stays in the block (see [`arm_body`]).
    if !body[0].trim_end().ends_with(['(', '[', '{'])
        && balance(&body[0]) > 0
        && body[1].trim_fast().starts_with('.')
    {
        return None;
    }
    let mut out = vec![joined_first];
    for line in &body[1..] {
        out.push(line[4..].to_string());
    }
    if let Some(last) = out.last_mut() {
        last.push(',');
    }
    Some((out, at - start + 1))
}

/// `field: Path::call(` / arguments / `),` in a struct literal, wider than
/// the line: rustfmt puts the value on the next line, whose head may then
/// pass the width by one column (measured).
fn long_field_value(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    if first.len() <= MAX_WIDTH || !first.ends_with('(') {
        return None;
    }
    let indent = indent_of(first);
    let trimmed = &first[indent..];
    let (name, callee) = trimmed.split_once(": ")?;
    let is_name = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    let is_path = callee[..callee.len() - 1]
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == ':');
    if !is_name
        || !is_path
        || indent + width(trimmed) <= MAX_WIDTH
        || indent + 4 + width(callee) > MAX_WIDTH + 1
    {
        return None;
    }
    let end = span_end(lines, start)?;
    let closing = &lines[end];
    if end < start + 2 || indent_of(closing) != indent || closing.trim_fast() != ")," {
        return None;
    }
    let pad = " ".repeat(indent);
    let mut out = vec![format!("{pad}{name}:"), format!("{pad}    {callee}")];
    for line in &lines[start + 1..end] {
        out.push(format!("    {line}"));
    }
    out.push(format!("{pad}    ),"));
    Some((out, end - start + 1))
}

/// A return type that no line break can shorten: a path, a reference to
/// one, or a slice of one.
fn is_plain_type(output: &str) -> bool {
    let inner = output.strip_prefix('&').unwrap_or(output);
    let inner = inner
        .strip_prefix('[')
        .and_then(|i| i.strip_suffix(']'))
        .unwrap_or(inner);
    !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
}

/// A function head wider than the line whose return type is
/// [`is_plain_type`]: up to `slack` columns past the width it stays whole
/// with the brace alone below (none for a slice); wider, rustfmt gives up
/// on it and leaves the brace against the type.
fn unbreakable_head(head: &str, output: &str, indent: usize, slack: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let slack = if output.starts_with("&[") { 0 } else { slack };
    if indent + width(head) <= MAX_WIDTH + slack {
        vec![format!("{pad}{head}"), format!("{pad}{{")]
    } else {
        vec![format!("{pad}{head}{{")]
    }
}

/// `path()` as a tail expression one or two columns past the width: rustfmt
/// breaks its empty parentheses (measured; wider, it leaves the line).
fn long_empty_call(line: &str) -> Option<Vec<String>> {
    // Bytes bound the width from above: most lines stop here.
    if line.len() <= MAX_WIDTH {
        return None;
    }
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    let over = (indent + width(trimmed)).checked_sub(MAX_WIDTH)?;
    let path = trimmed.strip_suffix("()")?;
    if !(1..=2).contains(&over)
        || path.is_empty()
        || !path
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    {
        return None;
    }
    let pad = " ".repeat(indent);
    Some(vec![format!("{pad}{path}("), format!("{pad})")])
}

/// `pat => call(` / arguments / `),` that does not fit on one line:
/// rustfmt puts the body in a block on the next line when it fits there on
/// one line, or when its own first line would end in `(` and the block's
/// would not (`Err(response` / `.into_error_as::<…>())`), or when the arm's
/// first line would take the full width (measured: rustfmt keeps a column
/// free there).
fn arm_body(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with('(') {
        return None;
    }
    let indent = indent_of(first);
    let trimmed = &first[indent..];
    let (head, call) = trimmed.split_once(" => ")?;
    if head.is_empty() || balance(head) != 0 || call.contains(" => ") {
        return None;
    }
    let end = span_end(lines, start)?;
    let closing = &lines[end];
    if end < start + 2 || indent_of(closing) != indent || closing.trim_fast() != ")," {
        return None;
    }
    let flat = flatten(&lines[start..=end])?;
    if indent + width(&flat) <= MAX_WIDTH {
        return None;
    }
    let body = flat
        .strip_prefix(head)?
        .strip_prefix(" => ")?
        .strip_suffix(',')?;
    let pad = " ".repeat(indent);
    let block = |inner: Vec<String>| {
        let mut out = Vec::with_capacity(inner.len() + 2);
        out.push(format!("{pad}{head} => {{"));
        out.extend(inner);
        out.push(format!("{pad}}}"));
        Some((out, end - start + 1))
    };
    if indent + 4 + width(body) <= MAX_WIDTH {
        return block(vec![format!("{pad}    {body}")]);
    }
    // One argument that is a chain `root.call…`: `Name(root` / `.call…)`.
    if let Some(argument) = body.strip_suffix(')').and_then(|b| b.split_once('(')) {
        let (callee, argument) = argument;
        let is_path = |text: &str| {
            !text.is_empty()
                && text
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
        };
        if let Some((root, rest)) = argument.split_once('.') {
            let chain = format!(".{rest})");
            let plain = is_path(callee)
                && is_path(root)
                && split_top_level(argument).len() == 1
                && !rest.contains(['.', ' ']);
            // rustfmt breaks the chain inside the call only when the argument
            // does not fit on a line of its own; the arm then starts with it.
            if plain && indent + 4 + width(argument) + 1 > MAX_WIDTH {
                if indent + 4 + width(&chain) < MAX_WIDTH {
                    return Some((
                        vec![
                            format!("{pad}{head} => {callee}({root}"),
                            format!("{pad}    {chain},"),
                        ],
                        end - start + 1,
                    ));
                }
            } else if plain && indent + 8 + width(&chain) <= MAX_WIDTH {
                return block(vec![
                    format!("{pad}    {callee}({root}"),
                    format!("{pad}        {chain}"),
                ]);
            }
        }
    }
    if indent + width(trimmed) >= MAX_WIDTH {
        let mut inner = vec![format!("{pad}    {call}")];
        for line in &lines[start + 1..end] {
            inner.push(format!("    {line}"));
        }
        inner.push(format!("{pad}    )"));
        return block(inner);
    }
    None
}

/// A return type printed over several lines (`-> Result<` … `> {`), or one
/// that does not fit with its brace: one line, with the brace on the next
/// when it alone does not fit.
fn return_type(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    let indent = indent_of(first);
    let pad = " ".repeat(indent);
    let trimmed = first.trim_fast();
    if trimmed.ends_with(" {") && !trimmed.contains("impl ") {
        let signature = trimmed.trim_end_matches(" {");
        if indent + width(trimmed) > BRACE_WIDTH && indent + width(signature) <= MAX_WIDTH {
            return Some((vec![format!("{pad}{signature}"), format!("{pad}{{")], 1));
        }
        let output = signature.strip_prefix(") -> ")?;
        if indent + width(signature) > MAX_WIDTH && is_plain_type(output) {
            // Measured: two columns of slack after parameters on their own lines.
            return Some((unbreakable_head(signature, output, indent, 2), 1));
        }
        return None;
    }
    if !trimmed.ends_with('<') {
        return None;
    }
    // Collect up to the line that closes the generic arguments.
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let closing = lines.get(end)?.trim_fast();
    if !closing.starts_with('>') {
        return None;
    }
    if closing == "> {" && lines[start + 1..end].iter().any(|l| width(l) > MAX_WIDTH) {
        // rustfmt's own shape when an argument alone overflows: no space before the brace.
        return Some((
            lines[start..end]
                .iter()
                .cloned()
                .chain([format!("{pad}>{{")])
                .collect(),
            end - start + 1,
        ));
    }
    let mut parts: Vec<String> = lines[start..end].to_vec();
    let (tail, brace) = match closing.strip_suffix(" {") {
        Some(tail) => (tail, true),
        None => (closing, false),
    };
    parts.push(format!("{pad}{tail}"));
    let flat = flatten(&parts)?;
    if let Some(bounds) = flat.strip_prefix(") -> impl ") {
        // `impl Trait<…> + Send + 'static`: bounds one per line when long.
        if brace && indent + width(&flat) + 2 > MAX_WIDTH {
            let pieces: Vec<&str> = bounds.split(" + ").collect();
            if pieces.len() > 1 && indent + width(") -> impl ") + width(pieces[0]) <= MAX_WIDTH {
                let mut out = vec![format!("{pad}) -> impl {}", pieces[0])];
                let count = pieces.len();
                for (index, piece) in pieces.iter().enumerate().skip(1) {
                    let brace = if index + 1 == count { " {" } else { "" };
                    out.push(format!("{pad}+ {piece}{brace}"));
                }
                return Some((out, end - start + 1));
            }
        }
    }
    if brace {
        if indent + width(&flat) + 2 <= BRACE_WIDTH {
            return Some((vec![format!("{pad}{flat} {{")], end - start + 1));
        }
        // Measured: rustfmt lets a return type alone on its line overflow by two columns.
        if indent + width(&flat) <= MAX_WIDTH + 2 {
            return Some((
                vec![format!("{pad}{flat}"), format!("{pad}{{")],
                end - start + 1,
            ));
        }
    }
    None
}

/// Sorts each run of `use` items the way rustfmt does.
fn sort_uses(mut lines: Vec<String>) -> Vec<String> {
    // Each line is moved out once, after every look at it.
    let mut out = Vec::with_capacity(lines.len());
    let mut index = 0;
    while index < lines.len() {
        let trimmed = trim_start(&lines[index]);
        if !(trimmed.starts_with("use ") || trimmed.starts_with("pub use ")) {
            out.push(std::mem::take(&mut lines[index]));
            index += 1;
            continue;
        }
        let indent = indent_of(&lines[index]);
        let mut items: Vec<Vec<String>> = Vec::new();
        while index < lines.len() {
            let trimmed = trim_start(&lines[index]);
            let is_use = trimmed.starts_with("use ") || trimmed.starts_with("pub use ");
            if !is_use || indent_of(&lines[index]) != indent {
                break;
            }
            let mut item = vec![std::mem::take(&mut lines[index])];
            while !item.last().is_some_and(|l| l.trim_end().ends_with(';')) {
                index += 1;
                match lines.get_mut(index) {
                    Some(line) => item.push(std::mem::take(line)),
                    None => break,
                }
            }
            items.push(item);
            index += 1;
        }
        for item in &mut items {
            *item = use_item(item);
        }
        items.sort_by(|a, b| {
            let (a, b) = (use_key(&a[0]), use_key(&b[0]));
            let mut a_segments = a.split("::");
            let mut b_segments = b.split("::");
            loop {
                match (a_segments.next(), b_segments.next()) {
                    (None, None) => return std::cmp::Ordering::Equal,
                    (None, Some(_)) => return std::cmp::Ordering::Less,
                    (Some(_), None) => return std::cmp::Ordering::Greater,
                    (Some(x), Some(y)) => match version_cmp(x, y) {
                        std::cmp::Ordering::Equal => {}
                        order => return order,
                    },
                }
            }
        });
        out.extend(items.into_iter().flatten());
    }
    out
}

/// A `use a::{` … `};` list over several lines: names version-sorted and
/// packed onto lines, commas included (prettyplease lets a comma overflow).
fn use_list(item: &[String]) -> Vec<String> {
    let indent = indent_of(&item[0]);
    let inner = indent + 4;
    let simple = item[1..item.len() - 1]
        .iter()
        .all(|l| indent_of(l) == inner && !l.contains(['{', '}']));
    if !simple || !item[0].trim_end().ends_with('{') || item[item.len() - 1].trim_fast() != "};" {
        return item.to_vec();
    }
    let mut names: Vec<&str> = item[1..item.len() - 1]
        .iter()
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    names.sort_by(|a, b| {
        // `self` first, then version order.
        (*a != "self")
            .cmp(&(*b != "self"))
            .then_with(|| version_cmp(a, b))
    });
    let pad = " ".repeat(inner);
    let mut out = vec![item[0].clone()];
    let mut current = String::new();
    // Measured: names on one line may reach the width; over several
    // lines, each keeps a column free.
    let total: usize = names.iter().map(|name| width(name) + 2).sum();
    let limit = if inner + total - 1 <= MAX_WIDTH {
        MAX_WIDTH
    } else {
        MAX_WIDTH - 1
    };
    for name in names {
        let piece = format!("{name},");
        if current.is_empty() {
            current = piece;
        } else if inner + width(&current) + 1 + width(&piece) <= limit {
            current.push(' ');
            current.push_str(&piece);
        } else {
            out.push(format!("{pad}{current}"));
            current = piece;
        }
    }
    out.push(format!("{pad}{current}"));
    out.push(item[item.len() - 1].clone());
    out
}

/// The path of a `use` item, as rustfmt compares them.
fn use_key(line: &str) -> String {
    let trimmed = line.trim_start_fast();
    let rest = trimmed
        .strip_prefix("pub use ")
        .or_else(|| trimmed.strip_prefix("use "))
        .unwrap_or(trimmed);
    rest.trim_end_matches(';').to_string()
}

/// rustfmt's version sorting: `_` before other characters, runs of digits
/// by their value, other characters by code point.
fn version_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut a, mut b) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let number = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut digits = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        digits.push(c);
                        it.next();
                    }
                    digits
                };
                let (x, y) = (number(&mut a), number(&mut b));
                let (tx, ty) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                let order = tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty));
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(x), Some(y)) => {
                let rank = |c: char| if c == '_' { (0, c) } else { (1, c) };
                let order = rank(x).cmp(&rank(y));
                if order != Ordering::Equal {
                    return order;
                }
                a.next();
                b.next();
            }
        }
    }
}

/// Sorts each run of `mod name;` declarations as rustfmt reorders them: by
/// the bytes of the name (not version sorting, unlike `use`).
fn sort_mods(mut lines: Vec<String>) -> Vec<String> {
    // Each line is moved out once, after every look at it.
    fn mod_name(line: &str) -> Option<&str> {
        let trimmed = trim_start(line);
        let rest = trimmed
            .strip_prefix("pub mod ")
            .or_else(|| trimmed.strip_prefix("pub(crate) mod "))
            .or_else(|| trimmed.strip_prefix("mod "))?;
        let name = rest.strip_suffix(';')?;
        name.chars()
            .all(|c| c.is_alphanumeric() || c == '_')
            .then_some(name)
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut index = 0;
    while index < lines.len() {
        if mod_name(&lines[index]).is_none() {
            out.push(std::mem::take(&mut lines[index]));
            index += 1;
            continue;
        }
        let indent = indent_of(&lines[index]);
        let start = index;
        while index < lines.len()
            && mod_name(&lines[index]).is_some()
            && indent_of(&lines[index]) == indent
        {
            index += 1;
        }
        let mut run: Vec<String> = lines[start..index].iter_mut().map(std::mem::take).collect();
        run.sort_by(|a, b| mod_name(a).cmp(&mod_name(b)));
        out.extend(run);
    }
    out
}

/// The widest `use a::{b, c};` that rustfmt keeps on one line (measured: it
/// keeps two columns free).
const USE_WIDTH: usize = MAX_WIDTH - 2;

/// One `use` item: a braced list on one line when it fits [`USE_WIDTH`],
/// else its names packed on lines of their own.
fn use_item(item: &[String]) -> Vec<String> {
    let indent = indent_of(&item[0]);
    let pad = " ".repeat(indent);
    if item.len() == 1 {
        let line = item[0].trim_end();
        if indent + width(line.trim_start_fast()) <= USE_WIDTH || !line.ends_with("};") {
            return item.to_vec();
        }
        let Some(open) = line.find('{') else {
            return item.to_vec();
        };
        let names = &line[open + 1..line.len() - 2];
        if names.contains(['{', '}']) {
            return item.to_vec();
        }
        let broken = vec![
            line[..=open].to_string(),
            format!("{pad}    {names},"),
            format!("{pad}}};"),
        ];
        return use_list(&broken);
    }
    if item.len() <= 2 {
        return item.to_vec();
    }
    let listed = use_list(item);
    if listed.len() == 3 || listed.len() == item.len() {
        let names = listed[1..listed.len() - 1]
            .iter()
            .map(|l| l.trim_fast())
            .collect::<Vec<_>>()
            .join(" ");
        let names = names.trim_end_matches(',');
        let flat = format!("{}{names}}};", listed[0].trim_fast());
        if !names.contains(['{', '}']) && indent + width(&flat) <= USE_WIDTH {
            return vec![format!("{pad}{flat}")];
        }
    }
    listed
}

/// `pat => value,` wider than the line: rustfmt puts a value that cannot
/// break (a literal or a path) in a block of its own.
fn long_arm(line: &str) -> Option<Vec<String>> {
    let indent = indent_of(line);
    if indent + width(line.trim_fast()) <= MAX_WIDTH {
        return None;
    }
    let (pattern, value) = line.trim_fast().split_once(" => ")?;
    let value = value.strip_suffix(',')?;
    let literal =
        value.starts_with('"') && value.ends_with('"') && !value[1..value.len() - 1].contains('"');
    let path = value
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == ':');
    if !(literal || path) || pattern.contains(" if ") {
        return None;
    }
    let pad = " ".repeat(indent);
    Some(vec![
        format!("{pad}{pattern} => {{"),
        format!("{pad}    {value}"),
        format!("{pad}}}"),
    ])
}

/// The widest `let pat = value else {` that rustfmt keeps on one line
/// (measured: one column free).
const LET_ELSE_WIDTH: usize = MAX_WIDTH - 1;

/// `let pat = value else {` wider than [`LET_ELSE_WIDTH`]: `else {` starts
/// the next line.
fn long_let_else(line: &str) -> Option<Vec<String>> {
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if !trimmed.starts_with("let ") || indent + width(trimmed) <= LET_ELSE_WIDTH {
        return None;
    }
    let head = trimmed.strip_suffix(" else {")?;
    let pad = " ".repeat(indent);
    // Measured: `let pat = value` keeps a column free above `else {`;
    // else the value goes on a line of its own.
    if indent + width(head) < MAX_WIDTH {
        return Some(vec![format!("{pad}{head}"), format!("{pad}else {{")]);
    }
    let (pattern, value) = head.split_once(" = ")?;
    if balance(pattern) != 0 || indent + 4 + width(value) > MAX_WIDTH {
        return None;
    }
    Some(vec![
        format!("{pad}{pattern} ="),
        format!("{pad}    {value}"),
        format!("{pad}else {{"),
    ])
}

/// `let pat = value` / `else {` with the first line at the full width:
/// the value goes on a line of its own (see [`long_let_else`]).
fn full_width_let(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    // Bytes bound the width from above: most lines stop here.
    if lines[start].len() < MAX_WIDTH {
        return None;
    }
    let line = &lines[start];
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    let next = lines.get(start + 1)?;
    if !trimmed.starts_with("let ")
        || indent + width(trimmed) != MAX_WIDTH
        || next.trim_fast() != "else {"
        || indent_of(next) != indent
    {
        return None;
    }
    let mut out = long_let_else(&format!("{line} else {{"))?;
    out.truncate(2);
    if out.len() != 2 || out[0].trim_end().ends_with(" else {") {
        return None;
    }
    out.push(next.clone());
    Some((out, 2))
}

/// `name: Type,` of a struct, wider than the line: the type goes on the
/// next line when it fits there.
fn long_field(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    // Bytes bound the width from above: most lines stop here.
    if lines[start].len() <= MAX_WIDTH {
        return None;
    }
    let line = &lines[start];
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) <= MAX_WIDTH {
        return None;
    }
    let (name, ty) = trimmed.strip_suffix(',')?.split_once(": ")?;
    let bare = name.strip_prefix("pub ").unwrap_or(name);
    let is_name = !bare.is_empty() && bare.chars().all(|c| c.is_alphanumeric() || c == '_');
    let is_type = ty
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '<' | '>'));
    if !is_name || !is_type || indent + 4 + width(ty) + 1 > MAX_WIDTH {
        return None;
    }
    let opener = lines[..start]
        .iter()
        .rev()
        .find(|l| !l.trim_fast().is_empty() && indent_of(l) < indent)?;
    if !opener.contains("struct ") || !opener.trim_end().ends_with('{') {
        return None;
    }
    let pad = " ".repeat(indent);
    Some((vec![format!("{pad}{name}:"), format!("{pad}    {ty},")], 1))
}

/// `type Name = Path;` wider than the line: the path goes on the next line
/// when it fits there.
fn long_type_alias(line: &str) -> Option<Vec<String>> {
    // Bytes bound the width from above: most lines stop here.
    if line.len() <= MAX_WIDTH {
        return None;
    }
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) <= MAX_WIDTH {
        return None;
    }
    let bare = trimmed.strip_prefix("pub ").unwrap_or(trimmed);
    let (name, ty) = bare
        .strip_prefix("type ")?
        .strip_suffix(';')?
        .split_once(" = ")?;
    let is_path = |text: &str| {
        !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    };
    if !is_path(name) || !is_path(ty) || indent + 4 + width(ty) + 1 > MAX_WIDTH {
        return None;
    }
    let (lhs, _) = trimmed.split_once(" = ")?;
    let pad = " ".repeat(indent);
    Some(vec![format!("{pad}{lhs} ="), format!("{pad}    {ty};")])
}

/// `return Outer(Inner(name));` at exactly the width: rustfmt breaks the
/// inner call's one argument onto its own line (measured).
fn full_width_return(line: &str) -> Option<Vec<String>> {
    // Bytes bound the width from above: most lines stop here.
    if line.len() < MAX_WIDTH {
        return None;
    }
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) != MAX_WIDTH {
        return None;
    }
    let calls = trimmed.strip_prefix("return ")?.strip_suffix("));")?;
    let (outer, rest) = calls.split_once('(')?;
    let (inner, argument) = rest.split_once('(')?;
    let is_path = |text: &str| {
        !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    };
    if !(is_path(outer) && is_path(inner) && is_path(argument)) {
        return None;
    }
    let pad = " ".repeat(indent);
    Some(vec![
        format!("{pad}return {outer}({inner}("),
        format!("{pad}    {argument},"),
        format!("{pad}));"),
    ])
}

/// `type Name = Path<` / arguments / `>;`: rustfmt keeps the type whole,
/// on the alias's line when it fits, else on the next line.
fn type_alias(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with('<') {
        return None;
    }
    let trimmed = first.trim_start_fast();
    let bare = trimmed.strip_prefix("pub ").unwrap_or(trimmed);
    if !bare.starts_with("type ") {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let closing = lines.get(end)?;
    if indent_of(closing) != indent || closing.trim_fast() != ">;" {
        return None;
    }
    let flat = flatten(&lines[start..=end])?;
    let pad = " ".repeat(indent);
    let used = end - start + 1;
    if indent + width(&flat) <= MAX_WIDTH {
        return Some((vec![format!("{pad}{flat}")], used));
    }
    let (name, ty) = flat.split_once(" = ")?;
    if indent + 4 + width(ty) > MAX_WIDTH {
        return None;
    }
    Some((
        vec![format!("{pad}{name} ="), format!("{pad}    {ty}")],
        used,
    ))
}

/// `if …` / `{` where the head fits with its brace: one line.
fn lone_brace(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    let trimmed = first.trim_fast();
    if !["if ", "while ", "} else if "]
        .iter()
        .any(|k| trimmed.starts_with(k))
        || trimmed.ends_with(['{', ',', ';', '('])
    {
        return None;
    }
    let next = lines.get(start + 1)?;
    if next.trim_fast() != "{" || indent_of(next) != indent_of(first) {
        return None;
    }
    if balance(trimmed) != 0 || indent_of(first) + width(trimmed) + 2 > MAX_WIDTH {
        return None;
    }
    Some((vec![format!("{} {{", first.trim_end())], 2))
}

/// `f(` / `a,` / `b,` / `|x| {` … `},` / `);`: rustfmt keeps the leading
/// arguments on the call's line and lets the closure that ends the list
/// overflow, when they fit there.
fn closure_last_argument(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with('(') || first.trim_start_fast().starts_with("fn ") || first.contains(" fn ")
    {
        return None;
    }
    let indent = indent_of(first);
    let mut at = start + 1;
    let mut args = Vec::new();
    loop {
        let line = lines.get(at)?;
        if indent_of(line) != indent + 4 {
            return None;
        }
        let trimmed = line.trim_fast();
        if (trimmed.starts_with('|') || trimmed.starts_with("move |")) && trimmed.ends_with(" {") {
            args.push(trimmed.to_string());
            break;
        }
        let arg = trimmed.strip_suffix(',')?;
        if balance(arg) != 0 {
            return None;
        }
        args.push(arg.to_string());
        at += 1;
    }
    let closure_start = at;
    let mut end = closure_start + 1;
    while end < lines.len()
        && (lines[end].trim_fast().is_empty() || indent_of(&lines[end]) > indent + 4)
    {
        end += 1;
    }
    let closing = lines.get(end)?;
    let outer = lines.get(end + 1)?;
    if closing.trim_fast() != "}," || indent_of(closing) != indent + 4 || indent_of(outer) != indent
    {
        return None;
    }
    let outer_trimmed = outer.trim_fast();
    if !outer_trimmed.starts_with(')') {
        return None;
    }
    let head = format!("{first}{}", args.join(", "));
    if width(&head) > MAX_WIDTH {
        return None;
    }
    let pad = " ".repeat(indent);
    let tail = format!("{pad}}}{outer_trimmed}");
    let out = pulled_up(head, &lines[closure_start + 1..end], tail)?;
    Some((out, end + 2 - start))
}

/// A macro's arguments packed on one line inside `name!(` … `)`: rustfmt
/// lays them out as a call's, one per line unless all are short and simple.
fn macro_arguments(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with("!(") {
        return None;
    }
    let indent = indent_of(first);
    let inner = lines.get(start + 1)?;
    let closing = lines.get(start + 2)?;
    if indent_of(inner) != indent + 4
        || indent_of(closing) != indent
        || !closing.trim_fast().starts_with(')')
    {
        return None;
    }
    let body = inner.trim_fast();
    let (body, comma) = match body.strip_suffix(',') {
        Some(body) => (body, ","),
        None => (body, ""),
    };
    let args = split_top_level(body);
    if args.len() < 2 || args.iter().all(|a| is_simple(a)) {
        return None;
    }
    let pad = " ".repeat(indent + 4);
    let count = args.len();
    let mut out = vec![first.to_string()];
    for (index, arg) in args.iter().enumerate() {
        let separator = if index + 1 == count { comma } else { "," };
        out.push(format!("{pad}{arg}{separator}"));
    }
    out.push(closing.clone());
    Some((out, 3))
}

/// An arm whose pattern prettyplease broke before a guard: the pattern on
/// one line, then the guard on the next with the block's brace alone, as
/// rustfmt does when `pat if guard => {` does not fit.
fn guarded_arm(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    if !first.ends_with('(') {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let last = lines.get(end)?;
    let tail = last.trim_fast().strip_suffix(" => {")?;
    if indent_of(last) != indent || !tail.starts_with(')') {
        return None;
    }
    let (close, guard) = tail.split_once(" if ")?;
    let mut parts: Vec<String> = lines[start..end].to_vec();
    parts.push(format!("{}{close}", " ".repeat(indent)));
    let pattern = flatten(&parts)?;
    let pad = " ".repeat(indent);
    let one = format!("{pad}{pattern} if {guard} => {{");
    if width(&one) <= MAX_WIDTH {
        return Some((vec![one], end - start + 1));
    }
    Some((
        vec![
            format!("{pad}{pattern}"),
            format!("{pad}    if {guard} =>"),
            format!("{pad}{{"),
        ],
        end - start + 1,
    ))
}

/// `pat => {` / `match x {` … `}` / `}`: rustfmt drops the block around an
/// arm body that is one `match` or `loop`.
fn arm_block_around_match(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    let head = first.strip_suffix(" => {")?;
    let indent = indent_of(first);
    let inner = lines.get(start + 1)?;
    let inner_trimmed = inner.trim_fast();
    if indent_of(inner) != indent + 4
        || !(inner_trimmed.starts_with("match ") || inner_trimmed == "loop {")
        || !inner_trimmed.ends_with(" {")
    {
        return None;
    }
    let inner_end = span_end(lines, start + 1)?;
    let closing = lines.get(inner_end + 1)?;
    if lines[inner_end].trim_fast() != "}" || indent_of(&lines[inner_end]) != indent + 4 {
        return None;
    }
    if closing.trim_fast() != "}" || indent_of(closing) != indent {
        return None;
    }
    let joined = format!("{head} => {inner_trimmed}");
    if width(&joined) > MAX_WIDTH {
        return None;
    }
    let pad = " ".repeat(indent);
    let out = pulled_up(joined, &lines[start + 2..inner_end], format!("{pad}}},"))?;
    Some((out, inner_end + 2 - start))
}

/// A multi-line `if`/`while` head ending in `) {`: rustfmt puts the brace
/// of a condition over several lines on a line of its own.
fn multiline_condition_brace(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = &lines[start];
    let trimmed = first.trim_fast();
    if !["if ", "while ", "} else if "]
        .iter()
        .any(|k| trimmed.starts_with(k))
        || trimmed.ends_with('{')
    {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let last = lines.get(end)?;
    let tail = last.trim_fast().strip_suffix(" {")?;
    if indent_of(last) != indent || !tail.starts_with([')', '>', ']']) {
        return None;
    }
    let pad = " ".repeat(indent);
    let mut out = lines[start..end].to_vec();
    out.push(format!("{pad}{tail}"));
    out.push(format!("{pad}{{"));
    Some((out, end - start + 1))
}

/// An item's head wider than the line with its `{`: the brace goes alone
/// on the next line, and a return type that still does not fit starts a
/// line of its own (`fn f()` / `-> Type` / `{`).
fn long_item_head(line: &str) -> Option<Vec<String>> {
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) <= MAX_WIDTH || !is_item_head(trimmed) {
        return None;
    }
    let head = trimmed.strip_suffix(" {")?;
    let pad = " ".repeat(indent);
    if let Some(name) = head.strip_prefix("impl ") {
        // Measured: an `impl` that does not fit with its brace puts its type alone.
        if !name.contains(' ') {
            return Some(vec![
                format!("{pad}impl"),
                format!("{pad}    {name}"),
                format!("{pad}{{"),
            ]);
        }
    }
    if indent + width(head) <= MAX_WIDTH {
        return Some(vec![format!("{pad}{head}"), format!("{pad}{{")]);
    }
    if let Some((_, output)) = head.rsplit_once(" -> ") {
        // Measured: one column of slack for a head on one line.
        if is_plain_type(output)
            && (indent + width(head) <= MAX_WIDTH + 1 || indent + 3 + width(output) > MAX_WIDTH)
        {
            return Some(unbreakable_head(head, output, indent, 1));
        }
    }
    let Some((signature, output)) = head.rsplit_once(" -> ") else {
        // A name longer than the line: rustfmt lets it overflow, brace below.
        return (!head.contains(['(', '<']))
            .then(|| vec![format!("{pad}{head}"), format!("{pad}{{")]);
    };
    if balance(signature) != 0 || indent + 3 + width(output) > MAX_WIDTH {
        return None;
    }
    if indent + 3 + width(output) + 2 <= MAX_WIDTH {
        return Some(vec![
            format!("{pad}{signature}"),
            format!("{pad}-> {output} {{"),
        ]);
    }
    Some(vec![
        format!("{pad}{signature}"),
        format!("{pad}-> {output}"),
        format!("{pad}{{"),
    ])
}

/// `name: Type<` / arguments / `>,` (a field or a parameter whose type
/// prettyplease broke): one line when it fits, else the type whole on the
/// next line, as rustfmt does.
fn broken_field_type(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let first = lines[start].trim_end();
    let trimmed = first.trim_start_fast();
    if !trimmed.ends_with('<') || trimmed.starts_with("fn ") || trimmed.starts_with("pub fn ") {
        return None;
    }
    let colon = trimmed.find(": ")?;
    let name = &trimmed[..colon];
    let bare = name.strip_prefix("pub ").unwrap_or(name);
    if bare.is_empty() || !bare.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let indent = indent_of(first);
    let mut end = start + 1;
    while end < lines.len() && indent_of(&lines[end]) > indent {
        end += 1;
    }
    let closing = lines.get(end)?;
    if indent_of(closing) != indent || closing.trim_fast() != ">," {
        return None;
    }
    let mut parts: Vec<String> = lines[start..end].to_vec();
    parts.push(format!("{}>", " ".repeat(indent)));
    let flat = flatten(&parts)?;
    let pad = " ".repeat(indent);
    let used = end - start + 1;
    // A function's parameter whose type cannot break further (one plain
    // argument) keeps it on its line, even past the width.
    let unbreakable = end == start + 2 && !lines[start + 1].contains('<');
    let parameter = unbreakable
        && lines[..start]
            .iter()
            .rev()
            .find(|l| !l.trim_fast().is_empty() && indent_of(l) < indent)
            .is_some_and(|l| l.trim_end().ends_with('(') && l.contains("fn "));
    if parameter {
        // Measured: flat up to five columns past the width, or when the
        // argument would not fit on a line of its own either; else broken.
        let argument = width(lines[start + 1].trim_fast());
        if indent + width(&flat) < MAX_WIDTH + 5 || indent + 4 + argument > MAX_WIDTH {
            return Some((vec![format!("{pad}{flat},")], used));
        }
        return None;
    }
    if indent + width(&flat) < MAX_WIDTH {
        return Some((vec![format!("{pad}{flat},")], used));
    }
    let ty = flat[colon + 2..].to_string();
    if indent + 4 + width(&ty) < MAX_WIDTH {
        return Some((
            vec![format!("{pad}{name}:"), format!("{pad}    {ty},")],
            used,
        ));
    }
    None
}

/// `>(value.clone()) && more` ending a condition over several lines:
/// rustfmt starts each `&&` operand of a broken condition on its own line.
fn broken_condition_operand(lines: &[String], start: usize) -> Option<(Vec<String>, usize)> {
    let line = &lines[start];
    let trimmed = line.trim_fast();
    if !trimmed.starts_with(['>', ')']) {
        return None;
    }
    let next = lines.get(start + 1)?;
    let indent = indent_of(line);
    if next.trim_fast() != "{" || indent_of(next) != indent {
        return None;
    }
    let at = trimmed.find(" && ")?;
    let (left, right) = (&trimmed[..at], &trimmed[at + 1..]);
    if balance(left) != 0 || balance(right) != 0 {
        return None;
    }
    let pad = " ".repeat(indent);
    Some((vec![format!("{pad}{left}"), format!("{pad}    {right}")], 1))
}

/// `#[name(a, b, c)]` as wide as the line: rustfmt puts one argument per
/// line, with no trailing comma.
fn long_attribute(line: &str) -> Option<Vec<String>> {
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    // Measured: an attribute keeps one column free.
    if indent + width(trimmed) < MAX_WIDTH || !trimmed.starts_with("#[") {
        return None;
    }
    let inner = trimmed.strip_prefix("#[")?.strip_suffix(")]")?;
    let open = inner.find('(')?;
    let (name, args) = (&inner[..open], &inner[open + 1..]);
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    {
        return None;
    }
    let args = split_top_level(args);
    if args.len() < 2 {
        return None;
    }
    let pad = " ".repeat(indent);
    let mut out = vec![format!("{pad}#[{name}(")];
    let count = args.len();
    for (index, arg) in args.iter().enumerate() {
        let comma = if index + 1 == count { "" } else { "," };
        out.push(format!("{pad}    {arg}{comma}"));
    }
    out.push(format!("{pad})]"));
    Some(out)
}

/// `const NAME: Type = "literal";` (or a `let` or `static`) wider than the
/// line: rustfmt moves a value that cannot break to the next line.
fn long_binding(line: &str) -> Option<Vec<String>> {
    let indent = indent_of(line);
    let trimmed = line.trim_fast();
    if indent + width(trimmed) <= MAX_WIDTH {
        return None;
    }
    let is_binding = ["let ", "const ", "pub const ", "static ", "pub static "]
        .iter()
        .any(|k| trimmed.starts_with(k));
    let body = trimmed.strip_suffix(';')?;
    let at = body.find(" = ")?;
    let (lhs, rhs) = (&body[..at], &body[at + 3..]);
    let literal = rhs.len() >= 2
        && rhs.starts_with('"')
        && rhs.ends_with('"')
        && !rhs[1..rhs.len() - 1].contains('"');
    if !is_binding || !literal || indent + 4 + width(rhs) + 1 > MAX_WIDTH {
        return None;
    }
    let pad = " ".repeat(indent);
    Some(vec![format!("{pad}{lhs} ="), format!("{pad}    {rhs};")])
}

/// `head`, then `body` one level (four columns) less indented, then `tail`:
/// a construct whose opening moved up a line onto the line before it.
/// `None` when a body line is not indented that far.
fn pulled_up(head: String, body: &[String], tail: String) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(body.len() + 2);
    out.push(head);
    for line in body {
        out.push(if line.trim_fast().is_empty() {
            String::new()
        } else {
            line.get(4..)?.to_string()
        });
    }
    out.push(tail);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    /// The layout turns `printed` (prettyplease's shape) into `expected`.
    #[track_caller]
    fn assert_reshapes(printed: &str, expected: &str) {
        assert_eq!(reshape(&lines(printed)), lines(expected));
    }

    #[test]
    fn struct_literals_that_fit_go_on_one_line() {
        let printed = "        Ok(Item {\n            name,\n            quantity: self.quantity,\n        })";
        assert_reshapes(
            printed,
            "        Ok(Item { name, quantity: self.quantity })",
        );
    }

    #[test]
    fn a_long_let_moves_its_value_to_the_next_line() {
        let printed = "        let field = crate::runtime::validate::join_path(\n            path,\n            \"traffic_mirror_filter_rule\",\n        );";
        assert_reshapes(
            printed,
            "        let field =\n            crate::runtime::validate::join_path(path, \"traffic_mirror_filter_rule\");",
        );
    }

    #[test]
    fn return_types_keep_their_arguments_together() {
        let printed = "    ) -> Result<\n        CreateTrafficMirrorFilterRequestBody,\n        crate::runtime::error::BuildError,\n    > {";
        assert_reshapes(
            printed,
            "    ) -> Result<CreateTrafficMirrorFilterRequestBody, crate::runtime::error::BuildError>\n    {",
        );
    }

    #[test]
    fn a_lone_call_argument_opens_on_the_line_of_its_call() {
        let printed = "            cookies.push(\n                format!(\n                    \"{}={}\",\n                    \"session\",\n                    crate::runtime::http::encode_path_segment(&value.to_string()),\n                ),\n            );";
        assert_reshapes(
            printed,
            "            cookies.push(format!(\n                \"{}={}\",\n                \"session\",\n                crate::runtime::http::encode_path_segment(&value.to_string()),\n            ));",
        );
    }

    #[test]
    fn use_lists_are_packed() {
        let printed = "use super::{\n    AlertDeliveryTriggerString, AlertDeliveryTriggerString2,\n    AlertDeliveryTriggerString3,\n};";
        assert_eq!(
            sort_uses(lines(printed)),
            lines(
                "use super::{\n    AlertDeliveryTriggerString, AlertDeliveryTriggerString2, AlertDeliveryTriggerString3,\n};"
            )
        );
    }

    #[test]
    fn if_let_heads_follow_rustfmt() {
        let printed = "        if let Ok(parsed) = serde_json::from_value::<\n            AlertDeliveryStateString,\n        >(value.clone()) {";
        assert_reshapes(
            printed,
            "        if let Ok(parsed) =\n            serde_json::from_value::<AlertDeliveryStateString>(value.clone())\n        {",
        );
    }

    #[test]
    fn a_tuple_of_one_keeps_its_comma() {
        assert_eq!(
            flatten(&lines("let x = (\n    self.name,\n);")).as_deref(),
            Some("let x = (self.name,);")
        );
        assert_eq!(
            flatten(&lines("let x = f(\n    a,\n    (b,),\n);")).as_deref(),
            Some("let x = f(a, (b,));")
        );
    }

    #[test]
    fn hiding_in_one_pass_keeps_a_name_like_a_stand_in() {
        let tokens: TokenStream = "fn f() { let x = Format_(format!(\"{}\", 1)); }"
            .parse()
            .expect("tokens");
        let (back, hidden) = hide_macros_checked(tokens.clone());
        assert!(!hidden);
        assert_eq!(back.to_string(), tokens.to_string());
        let free: TokenStream = "fn f() { let x = g(format!(\"{}\", 1)); }"
            .parse()
            .expect("tokens");
        let (out, hidden) = hide_macros_checked(free);
        assert!(hidden);
        assert!(out.to_string().contains("Format_ ("), "{out}");
    }

    #[test]
    fn a_name_like_a_stand_in_turns_hiding_off() {
        let tokens: TokenStream = "fn f() { let x = Format_(1); }".parse().expect("tokens");
        assert!(!stand_ins_free(&tokens));
        let free: TokenStream = "fn f() { let x = format!(\"{}\", 1); }"
            .parse()
            .expect("tokens");
        assert!(stand_ins_free(&free));
    }

    #[test]
    fn uses_are_version_sorted() {
        let sorted = sort_uses(lines(
            "use crate::models;\nuse crate::Client;\nuse widget2::A;\nuse widget_kind::B;\nuse widget::C;",
        ));
        assert_eq!(
            sorted,
            lines(
                "use crate::Client;\nuse crate::models;\nuse widget::C;\nuse widget_kind::B;\nuse widget2::A;"
            )
        );
    }

    #[test]
    fn format_is_laid_out_as_a_call() {
        let tokens: TokenStream = "fn f() { let x = format!(\"{}\", a::b(&c)); }"
            .parse()
            .expect("tokens");
        let file: syn::File = syn::parse2(hide_macros(tokens)).expect("parses");
        let printed = layout(&prettyplease::unparse(&file), true);
        assert!(printed.contains("format!(\"{}\", a::b(&c))"), "{printed}");
    }
    #[test]
    fn mods_are_sorted_by_their_bytes() {
        let sorted = sort_mods(lines(
            "mod models_;\nmod models2;\nmod a10;\nmod a2;\nmod aB;",
        ));
        assert_eq!(
            sorted,
            lines("mod a10;\nmod a2;\nmod aB;\nmod models2;\nmod models_;")
        );
    }

    #[test]
    fn use_lists_break_past_their_width() {
        let long = "use super::{Anything, Described, MaybeName, Mixed, Name, NullableColor, StringOrNumber};";
        assert_eq!(
            use_item(&lines(long)),
            lines(
                "use super::{\n    Anything, Described, MaybeName, Mixed, Name, NullableColor, StringOrNumber,\n};"
            )
        );
        let short = "use super::{\n    Anything,\n    Described,\n};";
        assert_eq!(
            use_item(&lines(short)),
            lines("use super::{Anything, Described};")
        );
    }

    #[test]
    fn a_call_of_one_argument_drops_its_comma() {
        assert_eq!(
            flatten(&lines("let x = serde_json::to_value(\n    value,\n);")).as_deref(),
            Some("let x = serde_json::to_value(value);")
        );
    }

    #[test]
    fn long_arms_and_let_else_break_as_rustfmt_does() {
        let arm = "            Self::CustomFieldIsGlobalToWorkspace => \"custom_field.is_global_to_workspace\",";
        assert_reshapes(
            arm,
            "            Self::CustomFieldIsGlobalToWorkspace => {\n                \"custom_field.is_global_to_workspace\"\n            }",
        );
        let let_else = "        let (Some(op), Some(left), Some(right)) = (self.op, self.left, self.right) else {";
        assert_reshapes(
            let_else,
            "        let (Some(op), Some(left), Some(right)) = (self.op, self.left, self.right)\n        else {",
        );
    }

    #[test]
    fn a_closure_ending_the_arguments_overflows() {
        let printed = "        let parsed = crate::runtime::lenient::without_reentry(\n            \"Expr\",\n            &value,\n            || {\n                None\n            },\n        );";
        assert_reshapes(
            printed,
            "        let parsed = crate::runtime::lenient::without_reentry(\"Expr\", &value, || {\n            None\n        });",
        );
    }

    #[test]
    fn guards_and_matches_in_arms_follow_rustfmt() {
        let printed = "            200 => {\n                match response.header(\"content-type\") {\n                    Some(\n                        actual,\n                    ) if crate::runtime::http::media_matches(actual, \"text/csv\") => {\n                        response.text().map(GetReportOutput::Status200Csv)\n                    }\n                    _ => Err(response.into_error()),\n                }\n            }";
        assert_reshapes(
            printed,
            "            200 => match response.header(\"content-type\") {\n                Some(actual)\n                    if crate::runtime::http::media_matches(actual, \"text/csv\") =>\n                {\n                    response.text().map(GetReportOutput::Status200Csv)\n                }\n                _ => Err(response.into_error()),\n            },",
        );
    }

    #[test]
    fn macro_arguments_go_one_per_line() {
        let printed = "            None => Err(serde::de::Error::custom(concat!(\n                \"Expr\", \" contains itself: tried again on the same value\"\n            ))),";
        assert_reshapes(
            printed,
            "            None => Err(serde::de::Error::custom(concat!(\n                \"Expr\",\n                \" contains itself: tried again on the same value\"\n            ))),",
        );
    }

    #[test]
    fn a_condition_over_several_lines_puts_its_brace_alone() {
        let printed = "        if let Ok(parsed) = serde_json::from_value::<\n            std::collections::BTreeMap<String, i64>,\n        >(value.clone()) {";
        assert_reshapes(
            printed,
            "        if let Ok(parsed) = serde_json::from_value::<\n            std::collections::BTreeMap<String, i64>,\n        >(value.clone())\n        {",
        );
    }
    #[test]
    fn corpus_shapes_follow_rustfmt() {
        let send = "    pub async fn send(\n        self,\n    ) -> Result<\n        ApiResponse<models::GetCustomFieldSettingsForPortfolioResponse200>,\n        Error,\n    > {";
        assert_reshapes(
            send,
            "    pub async fn send(\n        self,\n    ) -> Result<ApiResponse<models::GetCustomFieldSettingsForPortfolioResponse200>, Error>\n    {",
        );
        let field = "    pub opt_fields: Option<\n        Vec<models::GetPortfolioMembershipsForPortfolioOptFieldsItem>,\n    >,";
        assert_reshapes(
            field,
            "    pub opt_fields:\n        Option<Vec<models::GetPortfolioMembershipsForPortfolioOptFieldsItem>>,",
        );
        let param = "    pub fn type_(\n        mut self,\n        value: impl Into<\n            PostMetadataTemplatesSchemaClassificationsRequestBodyFieldsItemType,\n        >,\n    ) -> Self {";
        assert_reshapes(
            param,
            "    pub fn type_(\n        mut self,\n        value: impl Into<PostMetadataTemplatesSchemaClassificationsRequestBodyFieldsItemType>,\n    ) -> Self {",
        );
        let builder = "    pub fn builder() -> PostMetadataTemplatesSchemaClassificationsRequestBodyFieldsItemBuilder {";
        assert_reshapes(
            builder,
            "    pub fn builder()\n    -> PostMetadataTemplatesSchemaClassificationsRequestBodyFieldsItemBuilder {",
        );
        let constant = "    const OPERATION_ID: &'static str = \"GetAWSIntegrationIAMPermissionsResourceCollection\";";
        assert_reshapes(
            constant,
            "    const OPERATION_ID: &'static str =\n        \"GetAWSIntegrationIAMPermissionsResourceCollection\";",
        );
        let head = "pub struct HubCollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirement {";
        assert_reshapes(
            head,
            "pub struct HubCollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirement\n{",
        );
        let attribute = "    #[serde(rename = \"created_by.any\", default, skip_serializing_if = \"Option::is_none\")]";
        assert_reshapes(
            attribute,
            "    #[serde(\n        rename = \"created_by.any\",\n        default,\n        skip_serializing_if = \"Option::is_none\"\n    )]",
        );
        let condition = "        if let Ok(parsed) = serde_json::from_value::<\n            PutRetentionPoliciesIdRequestBodyDispositionActionVariant0,\n        >(value.clone()) && parsed.is_known()\n        {";
        assert_reshapes(
            condition,
            "        if let Ok(parsed) = serde_json::from_value::<\n            PutRetentionPoliciesIdRequestBodyDispositionActionVariant0,\n        >(value.clone())\n            && parsed.is_known()\n        {",
        );
    }

    #[test]
    fn arm_bodies_that_do_not_fit_go_in_a_block() {
        // Fits on one line in the block.
        assert_reshapes(
            "            401 => Err(\n                response.into_error_as::<models::GetMultipleArtistsResponse401>(),\n            ),",
            "            401 => {\n                Err(response.into_error_as::<models::GetMultipleArtistsResponse401>())\n            }",
        );
        // The argument fits alone: the chain breaks inside the block.
        assert_reshapes(
            "            _ => Err(\n                response.into_error_as::<models::GetAccountAgreementsResponseDefault>(),\n            ),",
            "            _ => {\n                Err(response\n                    .into_error_as::<models::GetAccountAgreementsResponseDefault>())\n            }",
        );
        // It does not: the chain breaks after the arrow, with no block.
        assert_reshapes(
            "            _ => Err(\n                response.into_error_as::<models::GetAccountAvailabilityResponseDefault>(),\n            ),",
            "            _ => Err(response\n                .into_error_as::<models::GetAccountAvailabilityResponseDefault>()),",
        );
        // A first line at the full width.
        assert_reshapes(
            "            Self::ClickupIntegration(value) => crate::runtime::lenient::serialize_tagged(\n                value, \"type\", \"Clickup\", serializer,\n            ),",
            "            Self::ClickupIntegration(value) => {\n                crate::runtime::lenient::serialize_tagged(\n                    value, \"type\", \"Clickup\", serializer,\n                )\n            }",
        );
        // One column short of it: unchanged.
        let fits = "            Self::FastlyIntegration(value) => crate::runtime::lenient::serialize_tagged(\n                value, \"type\", \"Fastly\", serializer,\n            ),";
        assert_reshapes(fits, fits);
    }

    #[test]
    fn if_let_values_take_the_full_width_and_chains() {
        assert_reshapes(
            "        if let Ok(parsed) = serde_json::from_value::<\n            Box<EnterpriseConfigurationSecurity>,\n        >(value.clone())\n        {",
            "        if let Ok(parsed) =\n            serde_json::from_value::<Box<EnterpriseConfigurationSecurity>>(value.clone())\n        {",
        );
        assert_reshapes(
            "        if let Ok(parsed) = serde_json::from_value::<\n            Box<TopologyMapWidgetDefinition>,\n        >(value.clone())\n            && parsed.is_known()\n        {",
            "        if let Ok(parsed) =\n            serde_json::from_value::<Box<TopologyMapWidgetDefinition>>(value.clone())\n            && parsed.is_known()\n        {",
        );
        // Too wide on its own line: the argument breaks, up to three columns past.
        assert_reshapes(
            "        if let Ok(parsed) = serde_json::from_value::<\n            Box<ProjectMembershipCompactResponse>,\n        >(value.clone())\n        {",
            "        if let Ok(parsed) = serde_json::from_value::<Box<ProjectMembershipCompactResponse>>(\n            value.clone(),\n        ) {",
        );
        let wider = "        if let Ok(parsed) = serde_json::from_value::<\n            Vec<ChatCompletionRequestAssistantMessageContentPart>,\n        >(value.clone())\n        {";
        assert_reshapes(wider, wider);
        assert_reshapes(
            "                if let Some(number) = serde_json::to_value(value)\n                    .ok()\n                    .and_then(|json| json.as_f64())\n                {",
            "                if let Some(number) =\n                    serde_json::to_value(value).ok().and_then(|json| json.as_f64())\n                {",
        );
    }

    #[test]
    fn unbreakable_return_types_follow_rustfmt() {
        assert_reshapes(
            "    pub fn builder() -> AssociateServiceToIncidentWorkflowTriggerRequestBodyServiceBuilder {",
            "    pub fn builder() -> AssociateServiceToIncidentWorkflowTriggerRequestBodyServiceBuilder\n    {",
        );
        assert_reshapes(
            "    pub fn builder() -> OrchestrationGlobalOrchestrationPathSetsItemRulesItemActionsBuilder {",
            "    pub fn builder()\n    -> OrchestrationGlobalOrchestrationPathSetsItemRulesItemActionsBuilder {",
        );
        assert_reshapes(
            "    pub fn builder() -> CreateEvalResponsesRunDataSourceInputMessagesVariant0TemplateItemChatMessageBuilder {",
            "    pub fn builder() -> CreateEvalResponsesRunDataSourceInputMessagesVariant0TemplateItemChatMessageBuilder{",
        );
        assert_reshapes(
            "    ) -> &PostCmsV3HubdbTablesTableIdOrNameRowsDraftBatchCreateCreateDraftTableRowsRequest {",
            "    ) -> &PostCmsV3HubdbTablesTableIdOrNameRowsDraftBatchCreateCreateDraftTableRowsRequest\n    {",
        );
        assert_reshapes(
            "    ) -> &[ApiV2010AccountAvailablePhoneNumberCountryAvailablePhoneNumberMachineToMachine] {",
            "    ) -> &[ApiV2010AccountAvailablePhoneNumberCountryAvailablePhoneNumberMachineToMachine]{",
        );
        assert_reshapes(
            "        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionBuilder::default()",
            "        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReductionBuilder::default(\n        )",
        );
    }

    #[test]
    fn use_lists_over_several_lines_keep_a_column_free() {
        let listed = use_list(&lines(
            "use super::{\n    AsanaResource, Like, ResourceSubtype, TaskBaseApprovalStatus, TaskBaseAssigneeStatus,\n    TaskBaseExternal, TaskBaseMembershipsItem, TaskCompactCreatedBy, UserCompact,\n};",
        ));
        assert_eq!(
            listed,
            lines(
                "use super::{\n    AsanaResource, Like, ResourceSubtype, TaskBaseApprovalStatus,\n    TaskBaseAssigneeStatus, TaskBaseExternal, TaskBaseMembershipsItem,\n    TaskCompactCreatedBy, UserCompact,\n};"
            )
        );
        assert_eq!(
            use_list(&lines(
                "use super::{\n    Color, CustomFieldCompact, CustomFieldSettingResponse,\n    PortfolioBaseDefaultAccessLevel, PortfolioResponsePrivacySetting,\n    PortfolioResponseWorkspace, ProjectTemplateCompact, StatusUpdateCompact, UserCompact,\n};"
            )),
            lines(
                "use super::{\n    Color, CustomFieldCompact, CustomFieldSettingResponse,\n    PortfolioBaseDefaultAccessLevel, PortfolioResponsePrivacySetting,\n    PortfolioResponseWorkspace, ProjectTemplateCompact, StatusUpdateCompact,\n    UserCompact,\n};"
            )
        );
        // Names that all fit on one line may take the full width.
        let one = "use super::{\n    Attachment, Contact, LineAmountTypes, LineItem, ReceiptStatus, User, ValidationError,\n};";
        assert_eq!(use_list(&lines(one)), lines(one));
    }

    #[test]
    fn long_field_values_go_below_their_name() {
        assert_reshapes(
            "            input: GetFilesIdMetadataEnterpriseSecurityClassification6vmVochwUWoRequest::new(\n                file_id,\n            ),",
            "            input:\n                GetFilesIdMetadataEnterpriseSecurityClassification6vmVochwUWoRequest::new(\n                    file_id,\n                ),",
        );
        // Past the width by two on its new line: left as it is.
        let wide = "            input: GetFilesIdMetadataEnterpriseSecurityClassification6vmVochwUWoRequestX::new(\n                file_id,\n            ),";
        assert_reshapes(wide, wide);
    }

    #[test]
    fn long_struct_fields_put_their_type_below() {
        assert_reshapes(
            "pub struct PostMetadataCascadePoliciesIdApplyRequestBody {\n    pub conflict_resolution: PostMetadataCascadePoliciesIdApplyRequestBodyConflictResolution,\n}",
            "pub struct PostMetadataCascadePoliciesIdApplyRequestBody {\n    pub conflict_resolution:\n        PostMetadataCascadePoliciesIdApplyRequestBodyConflictResolution,\n}",
        );
    }

    #[test]
    fn long_associated_types_and_macro_calls_break() {
        assert_reshapes(
            "    type Output = models::CollectionResponseSimplePublicObjectWithAssociationsForwardPaging;",
            "    type Output =\n        models::CollectionResponseSimplePublicObjectWithAssociationsForwardPaging;",
        );
        assert_reshapes(
            "            format!(\"/models/{}\", crate::runtime::http::encode_path_segment(&self.model)),",
            "            format!(\n                \"/models/{}\",\n                crate::runtime::http::encode_path_segment(&self.model)\n            ),",
        );
    }

    #[test]
    fn full_width_statements_follow_rustfmt() {
        assert_reshapes(
            "pub type ResponseFormatJsonSchemaSchema = std::collections::BTreeMap<\n    String,\n    serde_json::Value,\n>;",
            "pub type ResponseFormatJsonSchemaSchema =\n    std::collections::BTreeMap<String, serde_json::Value>;",
        );
        assert_reshapes(
            "            return Ok(Self::ObservabilityPipelineEnrichmentTableFieldStringPath(parsed));",
            "            return Ok(Self::ObservabilityPipelineEnrichmentTableFieldStringPath(\n                parsed,\n            ));",
        );
        assert_reshapes(
            "            return Ok(\n                Self::ObservabilityPipelineEnrichmentTableFieldStringPath(parsed),\n            );",
            "            return Ok(Self::ObservabilityPipelineEnrichmentTableFieldStringPath(\n                parsed,\n            ));",
        );
        assert_reshapes(
            "        let (Some(bank_transfer_id), Some(status)) = (self.bank_transfer_id, self.status)\n        else {",
            "        let (Some(bank_transfer_id), Some(status)) =\n            (self.bank_transfer_id, self.status)\n        else {",
        );
        assert_eq!(
            layout(
                "        let (Some(bank_transfer_id), Some(status)) = (\n            self.bank_transfer_id,\n            self.status,\n        ) else {\n            return;\n        };",
                false
            ),
            "        let (Some(bank_transfer_id), Some(status)) =\n            (self.bank_transfer_id, self.status)\n        else {\n            return;\n        };\n",
        );
    }
}
