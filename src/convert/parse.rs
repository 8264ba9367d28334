//! Reading `.tl` text into [`Schema`]: one [`Definition`] per line.

use std::collections::HashMap;
use std::fmt;

/// Lowercase type names that are primitives, not references to a bare
/// constructor (these are never written with `%`).
pub const PRIMITIVES: &[&str] = &["int", "long", "double", "string", "bytes", "int128", "int256", "true", "vector"];

/// A parsed `.tl` file: its definitions in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schema {
    /// Every constructor and method, in the order of the file.
    pub definitions: Vec<Definition>,
}

impl Schema {
    /// The constructors (definitions of the `---types---` sections), in file order.
    pub fn constructors(&self) -> impl Iterator<Item = &Definition> {
        self.definitions.iter().filter(|d| !d.is_function)
    }

    /// The methods (definitions of the `---functions---` sections), in file order.
    pub fn functions(&self) -> impl Iterator<Item = &Definition> {
        self.definitions.iter().filter(|d| d.is_function)
    }
}

/// One schema line: a constructor or a method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// 1-based line number in the file it was read from.
    pub line: usize,
    /// Full name as written, namespace included (`contacts.addContact`).
    pub name: String,
    /// The namespace (`contacts` for `contacts.addContact`), `None` at the root.
    pub namespace: Option<String>,
    /// The declared id, `None` when the line has none (it then is its CRC).
    pub id: Option<Id>,
    /// Type parameters: `{X:Type}` is `X` of kind `Type`.
    pub generics: Vec<GenericParam>,
    /// Fields, in order.
    pub params: Vec<Param>,
    /// The result type as written after `=`, tokens joined by single spaces
    /// (`Updates`, `contacts.Found`, `Vector t`, `X`).
    pub result: String,
    /// True for methods (`---functions---`), false for constructors.
    pub is_function: bool,
    /// The definition as written, without the trailing `;` and comment:
    /// the text its id is computed from.
    pub text: String,
}

/// A declared constructor id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Id {
    /// The hex digits exactly as written (without `#` or `0x`), leading zeros kept.
    pub text: String,
    /// The numeric value.
    pub value: u32,
}

/// A type parameter such as `{X:Type}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenericParam {
    /// Parameter name (`X`).
    pub name: String,
    /// Its kind as written (`Type`).
    pub ty: String,
}

/// A field `name:type`, or an anonymous one (the builtin vector's `#` and `[ t ]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// Field name; `None` for an anonymous field.
    pub name: Option<String>,
    /// The type as written (`flags.3?storage.FileType`, `vector<future_salt>`, `#`, `[ t ]`).
    pub ty: String,
}

/// Why a `.tl` text could not be read: the line and what was wrong on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong, in words.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses a whole `.tl` file.
///
/// Comment lines (`//...`), blank lines and trailing `// comments` are
/// skipped; `---functions---` switches to methods and `---types---` back to
/// constructors. Every other line must hold exactly one definition ending
/// with `;`. Errors name the (1-based) line; no input makes this panic.
///
/// ```
/// let schema = tlwire::convert::parse("boolTrue#997275b5 = Bool;\n---functions---\nping#7abe77ec ping_id:long = Pong;\n").unwrap();
/// assert_eq!(schema.definitions.len(), 2);
/// assert!(schema.definitions[1].is_function);
/// ```
pub fn parse(text: &str) -> Result<Schema, ParseError> {
    let mut definitions: Vec<Definition> = Vec::new();
    let mut seen: HashMap<(bool, String), usize> = HashMap::new();
    let mut is_function = false;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let content = strip_comment(raw).trim();
        if content.is_empty() {
            continue;
        }
        if let Some(section) = content.strip_prefix("---") {
            is_function = match section.strip_suffix("---").map(str::trim) {
                Some("functions") => true,
                Some("types") => false,
                _ => {
                    return Err(ParseError {
                        line,
                        message: format!(
                            "unknown section marker `{content}` (expected `---functions---` or `---types---`)"
                        ),
                    });
                }
            };
            continue;
        }
        let Some(semi) = content.find(';') else {
            return Err(ParseError { line, message: "missing `;` at the end of the definition".into() });
        };
        let rest = content[semi + 1..].trim();
        if !rest.is_empty() {
            return Err(ParseError {
                line,
                message: format!("unexpected text `{rest}` after `;` (one definition per line)"),
            });
        }
        let def = parse_definition(&content[..semi], is_function).map_err(|message| ParseError { line, message })?;
        let def = Definition { line, ..def };
        if let Some(first) = seen.insert((is_function, def.name.clone()), line) {
            let what = if is_function { "method" } else { "constructor" };
            return Err(ParseError {
                line,
                message: format!("{what} `{}` is already defined on line {first}", def.name),
            });
        }
        definitions.push(def);
    }
    Ok(Schema { definitions })
}

/// Parses one definition given on its own, as `tl id` does: a trailing `;`
/// (and `// comment`) is optional. Both the `.tl` spelling (`name#id`) and
/// the DSL spelling (`name #0xID`, `%bare`) are accepted. The result is a
/// constructor with line number 1.
///
/// ```
/// let def = tlwire::convert::parse_line("contacts.acceptContact id:InputUser = Updates").unwrap();
/// assert_eq!(def.computed_id(), 0xf831a20f);
/// ```
pub fn parse_line(text: &str) -> Result<Definition, ParseError> {
    let content = strip_comment(text).trim();
    let body = match content.find(';') {
        Some(semi) => {
            let rest = content[semi + 1..].trim();
            if !rest.is_empty() {
                return Err(ParseError { line: 1, message: format!("unexpected text `{rest}` after `;`") });
            }
            &content[..semi]
        }
        None => content,
    };
    if body.trim().is_empty() {
        return Err(ParseError { line: 1, message: "empty definition".into() });
    }
    parse_definition(body, false).map_err(|message| ParseError { line: 1, message })
}

/// The part of `line` before a `//` comment.
fn strip_comment(line: &str) -> &str {
    match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// Parses the text of one definition (without `;`); the line number is filled in by the caller.
fn parse_definition(body: &str, is_function: bool) -> Result<Definition, String> {
    let text = body.trim().to_string();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let Some(&first) = tokens.first() else {
        return Err("empty definition".into());
    };
    let mut i = 1;
    let (name, id_text) = match first.split_once('#') {
        Some((name, id)) => (name, Some(id)),
        None => match tokens.get(1) {
            // DSL spelling: `name #0xID`.
            Some(t) if t.len() > 1 && t.starts_with('#') && is_hex(t[1..].trim_start_matches("0x")) => {
                i = 2;
                (first, Some(&t[1..]))
            }
            _ => (first, None),
        },
    };
    check_name(name)?;
    let namespace = name.rsplit_once('.').map(|(ns, _)| ns.to_string());
    let id = match id_text {
        None => None,
        Some(raw) => {
            let digits = raw.strip_prefix("0x").or_else(|| raw.strip_prefix("0X")).unwrap_or(raw);
            if digits.is_empty() || digits.len() > 8 || !is_hex(digits) {
                return Err(format!("`{name}`: bad id `#{raw}` (expected 1 to 8 hex digits)"));
            }
            let value = u32::from_str_radix(digits, 16).map_err(|e| format!("`{name}`: bad id `#{raw}`: {e}"))?;
            Some(Id { text: digits.to_string(), value })
        }
    };

    let mut generics: Vec<GenericParam> = Vec::new();
    let mut params: Vec<Param> = Vec::new();
    let mut flags_fields: Vec<String> = Vec::new();
    let mut equals = false;
    while i < tokens.len() {
        let tok = tokens[i];
        i += 1;
        if tok == "=" {
            equals = true;
            break;
        }
        if let Some(inner) = tok.strip_prefix('{') {
            let Some(inner) = inner.strip_suffix('}') else {
                return Err(format!("`{name}`: type parameter `{tok}` must be written `{{X:Type}}` without spaces"));
            };
            if !params.is_empty() {
                return Err(format!("`{name}`: type parameter `{tok}` must come before the fields"));
            }
            let Some((pname, kind)) = inner.split_once(':') else {
                return Err(format!("`{name}`: type parameter `{tok}` must be written `{{X:Type}}`"));
            };
            if !is_ident(pname) || !(is_ident(kind) || kind == "#") {
                return Err(format!("`{name}`: malformed type parameter `{tok}`"));
            }
            if generics.iter().any(|g| g.name == pname) {
                return Err(format!("`{name}`: type parameter `{pname}` is declared twice"));
            }
            generics.push(GenericParam { name: pname.to_string(), ty: kind.to_string() });
            continue;
        }
        let generic_names: Vec<&str> = generics.iter().map(|g| g.name.as_str()).collect();
        if tok == "#" {
            params.push(Param { name: None, ty: "#".into() });
            continue;
        }
        if tok.starts_with('[') {
            // Anonymous repetition `[ t ]`, possibly spread over tokens.
            let mut parts = vec![tok];
            while !parts.last().is_some_and(|t| t.ends_with(']')) {
                match tokens.get(i) {
                    Some(t) if *t != "=" => {
                        parts.push(t);
                        i += 1;
                    }
                    _ => return Err(format!("`{name}`: `[` is not closed by `]`")),
                }
            }
            let joined = parts.join(" ");
            let inner = joined[1..joined.len() - 1].trim();
            if inner.is_empty() {
                return Err(format!("`{name}`: empty repetition `[ ]`"));
            }
            for t in inner.split_whitespace() {
                convert_type(t, &generic_names, &[]).map_err(|e| format!("`{name}`: in `{joined}`: {e}"))?;
            }
            params.push(Param { name: None, ty: format!("[ {inner} ]") });
            continue;
        }
        let Some((pname, ty)) = tok.split_once(':') else {
            return Err(format!("`{name}`: expected a field `name:type` or `=`, found `{tok}`"));
        };
        if !is_ident(pname) {
            return Err(format!("`{name}`: bad field name `{pname}` in `{tok}`"));
        }
        if params.iter().any(|p| p.name.as_deref() == Some(pname)) {
            return Err(format!("`{name}`: field `{pname}` is declared twice"));
        }
        // `tl convert` marks its blocks `#![converted]`, and the DSL then
        // leaves this check to it: two TL names that are one Rust field.
        if let Some(other) =
            params.iter().filter_map(|p| p.name.as_deref()).find(|p| rust_field(p) == rust_field(pname))
        {
            return Err(format!(
                "`{name}`: fields `{other}` and `{pname}` are both the Rust field `{}`",
                rust_field(pname)
            ));
        }
        if ty.is_empty() {
            return Err(format!("`{name}`: field `{pname}` has no type"));
        }
        if ty == "#" {
            flags_fields.push(pname.to_string());
        } else {
            let flags: Vec<&str> = flags_fields.iter().map(String::as_str).collect();
            convert_type(ty, &generic_names, &flags).map_err(|e| format!("`{name}`: field `{tok}`: {e}"))?;
        }
        params.push(Param { name: Some(pname.to_string()), ty: ty.to_string() });
    }
    if !equals {
        return Err(format!("`{name}`: missing `= ResultType`"));
    }
    let result_tokens = &tokens[i..];
    if result_tokens.is_empty() {
        return Err(format!("`{name}`: missing result type after `=`"));
    }
    let generic_names: Vec<&str> = generics.iter().map(|g| g.name.as_str()).collect();
    for t in result_tokens {
        if *t == "=" {
            return Err(format!("`{name}`: more than one `=`"));
        }
        check_result_type(t, &generic_names).map_err(|e| format!("`{name}`: result type `{t}`: {e}"))?;
    }
    Ok(Definition {
        line: 1,
        name: name.to_string(),
        namespace,
        id,
        generics,
        params,
        result: result_tokens.join(" "),
        is_function,
        text,
    })
}

/// Checks a definition name: `ident` or `namespace.ident`.
fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("missing name before `#`".into());
    }
    let segments: Vec<&str> = name.split('.').collect();
    if segments.len() > 2 {
        return Err(format!("bad name `{name}`: at most one namespace (`ns.name`) is supported"));
    }
    if !segments.iter().all(|s| is_ident(s)) {
        return Err(format!("bad name `{name}` (expected letters, digits and `_`, optionally `namespace.`)"));
    }
    Ok(())
}

fn is_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The Rust name the DSL gives a TL field: the four keywords that cannot
/// be raw identifiers take a name; other keywords are raw (`r#type`) and
/// clash with nothing.
fn rust_field(tl: &str) -> &str {
    match tl {
        "self" => "is_self",
        "Self" => "is_Self",
        "super" => "super_",
        "crate" => "crate_",
        _ => tl,
    }
}

/// `[A-Za-z_][A-Za-z0-9_]*`
pub(crate) fn is_ident(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A result type token: a type name (boxed, a type variable, or a
/// primitive such as `Vector`), optionally with `<args>`.
fn check_result_type(t: &str, generics: &[&str]) -> Result<(), String> {
    if t.contains('?') || t.starts_with('%') || t.starts_with('!') {
        return Err("a result type cannot be conditional, bare or `!`".into());
    }
    convert_type(t, generics, &[]).map(|_| ())
}

/// Validates the type of a field and returns its DSL spelling: every
/// lowercase reference to a constructor (not a primitive, not a type
/// parameter) gets a `%`.
///
/// `flags` are the `#` fields declared before, which a `flags.N?T` condition
/// may name.
pub(crate) fn convert_type(ty: &str, generics: &[&str], flags: &[&str]) -> Result<String, String> {
    let mut out = String::with_capacity(ty.len() + 2);
    let mut rest = ty;
    if let Some(q) = ty.find('?') {
        let cond = &ty[..q];
        let Some((field, bit)) = cond.split_once('.') else {
            return Err(format!("condition `{cond}?` must be `flags.N?`"));
        };
        if !is_ident(field) || bit.is_empty() || !bit.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("condition `{cond}?` must be `flags.N?`"));
        }
        if !flags.contains(&field) {
            return Err(format!("condition names `{field}`, which is not a `{field}:#` field declared before it"));
        }
        if bit.len() > 2 || bit.parse::<u32>().map_or(true, |b| b >= 32) {
            return Err(format!("flag bit {bit} is out of range (0 to 31)"));
        }
        out.push_str(&ty[..=q]);
        rest = &ty[q + 1..];
    }
    if let Some(r) = rest.strip_prefix('!') {
        out.push('!');
        rest = r;
    }
    let mut p = TypeParser { s: rest.as_bytes(), i: 0, out, generics };
    p.ty()?;
    if p.i != p.s.len() {
        return Err(format!("unexpected `{}` in type `{ty}`", &rest[p.i..]));
    }
    Ok(p.out)
}

/// Recursive descent over `ident(<ty,ty>)?`, writing the DSL spelling.
struct TypeParser<'a> {
    s: &'a [u8],
    i: usize,
    out: String,
    generics: &'a [&'a str],
}

impl TypeParser<'_> {
    fn ty(&mut self) -> Result<(), String> {
        let bare = self.s.get(self.i) == Some(&b'%');
        if bare {
            self.i += 1;
        }
        let start = self.i;
        while self.i < self.s.len() && (self.s[self.i].is_ascii_alphanumeric() || matches!(self.s[self.i], b'_' | b'.'))
        {
            self.i += 1;
        }
        // The bytes scanned are ASCII, so this slice is on char boundaries.
        let name = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
        if name.is_empty() {
            return Err(match self.s.get(self.i) {
                Some(_) => "expected a type name".to_string(),
                None => "missing type name".to_string(),
            });
        }
        let segments: Vec<&str> = name.split('.').collect();
        if segments.len() > 2 || !segments.iter().all(|s| is_ident(s)) {
            return Err(format!("bad type name `{name}`"));
        }
        let last = segments[segments.len() - 1];
        let lower = last.starts_with(|c: char| c.is_ascii_lowercase() || c == '_');
        if bare || (lower && !PRIMITIVES.contains(&name) && !self.generics.contains(&name)) {
            self.out.push('%');
        }
        self.out.push_str(name);
        if self.s.get(self.i) == Some(&b'<') {
            self.i += 1;
            self.out.push('<');
            loop {
                self.ty()?;
                match self.s.get(self.i) {
                    Some(b',') => {
                        self.i += 1;
                        self.out.push(',');
                    }
                    Some(b'>') => {
                        self.i += 1;
                        self.out.push('>');
                        break;
                    }
                    _ => return Err(format!("`<` after `{name}` is not closed by `>`")),
                }
            }
        }
        Ok(())
    }
}

impl Definition {
    /// The name without its namespace (`addContact` for `contacts.addContact`).
    pub fn base_name(&self) -> &str {
        self.name.rsplit_once('.').map_or(&self.name, |(_, n)| n)
    }

    /// The result type's name without arguments (`Vector` for `Vector t`,
    /// `Vector` for `Vector<int>`, `contacts.Found`).
    pub fn result_type(&self) -> &str {
        let first = self.result.split_whitespace().next().unwrap_or("");
        first.split('<').next().unwrap_or(first)
    }

    /// The namespace of the result type (`contacts` for `contacts.Found`), `None` at the root.
    pub fn result_namespace(&self) -> Option<&str> {
        self.result_type().rsplit_once('.').map(|(ns, _)| ns)
    }

    /// True for a definition with type parameters (`{X:Type}`), such as the
    /// builtin `vector` or `invokeWithLayer`.
    pub fn is_generic(&self) -> bool {
        !self.generics.is_empty()
    }

    /// The id this line hashes to (its CRC32 in canonical form), computed
    /// by [`schema_id`](crate::schema::schema_id) from [`text`](Self::text),
    /// exactly as the DSL computes it from the line.
    pub fn computed_id(&self) -> u32 {
        crate::schema::schema_id(&self.text)
    }

    /// The id the line has: the declared one, else the computed one.
    pub fn id_value(&self) -> u32 {
        self.id.as_ref().map_or_else(|| self.computed_id(), |id| id.value)
    }

    /// True when the declared id is not the line's CRC: the DSL needs
    /// `#[unchecked_id]` before it. Lines without an id never need it.
    pub fn needs_unchecked_id(&self) -> bool {
        self.id.as_ref().is_some_and(|id| id.value != self.computed_id())
    }

    /// The line in DSL spelling, with the final `;` and without attributes:
    /// `name #0xID {X:Type} field:type ... = Result;`, the id digits as
    /// written, a `%` before lowercase references to bare constructors.
    pub fn dsl_line(&self) -> String {
        let mut out = self.name.clone();
        if let Some(id) = &self.id {
            out.push_str(" #0x");
            out.push_str(&id.text);
        }
        for g in &self.generics {
            out.push_str(&format!(" {{{}:{}}}", g.name, g.ty));
        }
        let generic_names: Vec<&str> = self.generics.iter().map(|g| g.name.as_str()).collect();
        let mut flags: Vec<&str> = Vec::new();
        for p in &self.params {
            out.push(' ');
            match &p.name {
                None if p.ty.starts_with('[') => {
                    let inner = p.ty.trim_start_matches('[').trim_end_matches(']').trim();
                    let converted: Vec<String> = inner
                        .split_whitespace()
                        .map(|t| convert_type(t, &generic_names, &[]).unwrap_or_else(|_| t.to_string()))
                        .collect();
                    out.push_str(&format!("[ {} ]", converted.join(" ")));
                }
                None => out.push_str(&p.ty),
                Some(name) => {
                    out.push_str(name);
                    out.push(':');
                    if p.ty == "#" {
                        out.push('#');
                        flags.push(name);
                    } else {
                        out.push_str(&convert_type(&p.ty, &generic_names, &flags).unwrap_or_else(|_| p.ty.clone()));
                    }
                }
            }
        }
        out.push_str(" = ");
        out.push_str(&self.result);
        out.push(';');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Definition {
        parse_line(line).unwrap()
    }

    #[test]
    fn ids_keep_their_digits() {
        assert_eq!(one("resPQ#05162463 nonce:int128 = ResPQ;").dsl_line(), "resPQ #0x05162463 nonce:int128 = ResPQ;");
        let poll = one("inputMediaPoll#f94e5f1 flags:# poll:Poll = InputMedia;");
        assert_eq!(poll.id, Some(Id { text: "f94e5f1".into(), value: 0xf94e5f1 }));
        assert!(poll.dsl_line().starts_with("inputMediaPoll #0xf94e5f1 "));
    }

    #[test]
    fn dsl_spelling_is_accepted_back() {
        let d = one("resPQ #0x05162463 nonce:int128 = ResPQ");
        assert_eq!(d.id.unwrap().text, "05162463");
        let line = "future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;";
        let d = one(line);
        assert_eq!(d.dsl_line(), line);
        assert_eq!(d.computed_id(), 0xae500895);
        assert!(!d.needs_unchecked_id());
        // The id of the DSL spelling is the id of the `.tl` line.
        assert_eq!(crate::schema::schema_id(&d.dsl_line()), 0xae500895);
    }

    #[test]
    fn bare_references_get_percent() {
        let d = one("future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;");
        assert_eq!(
            d.dsl_line(),
            "future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;"
        );
        // `flags` is declared after the field that uses it: rejected.
        assert!(parse_line("x#1 a:flags.3?storage.FileType flags:# = X;").is_err());
    }

    #[test]
    fn namespaces_and_primitives_stay() {
        let line =
            "x#1 flags:# a:flags.3?storage.FileType b:ns.bare c:Vector<int> d:bytes e:flags.0?true f:int256 = X;";
        assert_eq!(
            one(line).dsl_line(),
            "x #0x1 flags:# a:flags.3?storage.FileType b:%ns.bare c:Vector<int> d:bytes e:flags.0?true f:int256 = X;"
        );
    }

    #[test]
    fn vector_and_generics() {
        let v = one("vector#1cb5c415 {t:Type} # [ t ] = Vector t;");
        assert_eq!(v.dsl_line(), "vector #0x1cb5c415 {t:Type} # [ t ] = Vector t;");
        assert!(v.is_generic());
        assert_eq!(v.result_type(), "Vector");
        assert!(!v.needs_unchecked_id());
        let g = one("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;");
        assert_eq!(g.dsl_line(), "invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X;");
    }

    #[test]
    fn unchecked_id() {
        assert!(one("ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort;").needs_unchecked_id());
        assert!(!one("ipPort#d433ad73 ipv4:int port:int = IpPort;").needs_unchecked_id());
        assert!(!one("tlsBlockString data:string = TlsBlock;").needs_unchecked_id());
    }

    #[test]
    fn errors_in_a_line() {
        for bad in [
            "#1234 = X",
            "x#12345678g = X",
            "x#123456789 = X",
            "x a:int",
            "x a:int =",
            "x a = X",
            "x a:flags.0?int = X",
            "x flags:# a:flags.32?int = X",
            "x a:Vector<int = X",
            "x a:Vector<> = X",
            "x a:b.c.d = X",
            "a.b.c = X",
            "x a:int a:long = X",
            "x = X = Y",
            "x a:int {X:Type} = X",
            "x [ t = X",
            "x a:in-t = X",
            "x = X; y = Y;",
            "",
            "x = %X",
        ] {
            assert!(parse_line(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn two_tl_names_of_one_rust_field_are_refused() {
        let err = parse_line("user flags:# self:flags.10?true is_self:flags.11?true = User").unwrap_err();
        assert!(err.to_string().contains("fields `self` and `is_self` are both the Rust field `is_self`"), "{err}");
        let err = parse_line("x super_:int super:int = X").unwrap_err();
        assert!(err.to_string().contains("fields `super_` and `super` are both the Rust field `super_`"), "{err}");
        // A raw keyword clashes with nothing.
        assert!(parse_line("x type:int r_type:int self:int = X").is_ok());
    }
}
