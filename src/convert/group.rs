//! Splitting the root namespace into files: grouping by the first word of
//! a type name, and the module names that grouping (and namespaces) give.

use std::collections::BTreeMap;

/// Groups smaller than this go into the `misc` group.
pub const MIN_GROUP: usize = 6;

/// The group every definition too few to have a file of its own goes to.
pub const MISC: &str = "misc";

/// The first CamelCase word of a type name (its namespace dropped), in its
/// original case: `InputPeer` → `Input`, `Updates` → `Updates`,
/// `JSONValue` → `JSON`, `P_Q_inner_data` → `P`, `messages.Dialogs` →
/// `Dialogs`. `None` when the name does not start with an uppercase letter.
///
/// Grouping then folds a plural into its singular when both occur
/// (`Updates` and `Update` both go to `update`), see [`group_words`].
///
/// ```
/// use tlwire::convert::first_word;
/// assert_eq!(first_word("MessageMedia").as_deref(), Some("Message"));
/// assert_eq!(first_word("Updates").as_deref(), Some("Updates"));
/// assert_eq!(first_word("ChatFull").as_deref(), Some("Chat"));
/// assert_eq!(first_word("x"), None);
/// ```
pub fn first_word(type_name: &str) -> Option<String> {
    let base = type_name.rsplit_once('.').map_or(type_name, |(_, b)| b);
    let b = base.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let mut end = 1;
    if b.get(1).is_some_and(u8::is_ascii_uppercase) {
        // An acronym: up to the capital that starts the next word (`JSONValue`).
        while end < b.len() && b[end].is_ascii_uppercase() {
            end += 1;
        }
        if end < b.len() && b[end].is_ascii_lowercase() {
            end -= 1;
        }
    } else {
        while end < b.len() && (b[end].is_ascii_lowercase() || b[end].is_ascii_digit()) {
            end += 1;
        }
    }
    Some(base[..end].to_string())
}

/// The group words of a list of first words ([`first_word`]): a word
/// ending in `s` (not `ss`) loses it when the word without it also occurs
/// (case-insensitively), so `Updates` joins `Update` and `Msgs` joins `Msg`,
/// while `Tls` or `Stats` alone stay as they are.
///
/// ```
/// use tlwire::convert::group_words;
/// let words = ["Updates", "Update", "Tls", "Stats"].map(|w| Some(w.to_string()));
/// let grouped = group_words(&words);
/// assert_eq!(grouped, ["Update", "Update", "Tls", "Stats"].map(|w| Some(w.to_string())));
/// ```
pub fn group_words(words: &[Option<String>]) -> Vec<Option<String>> {
    let all: std::collections::HashSet<String> = words.iter().flatten().map(|w| w.to_ascii_lowercase()).collect();
    words
        .iter()
        .map(|w| {
            w.as_ref().map(|w| match w.strip_suffix('s') {
                Some(singular)
                    if !singular.is_empty() && !w.ends_with("ss") && all.contains(&singular.to_ascii_lowercase()) =>
                {
                    singular.to_string()
                }
                _ => w.clone(),
            })
        })
        .collect()
}

/// Is `s` a Rust keyword (strict, reserved, or reserved in edition 2024)?
pub fn is_keyword(s: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl",
        "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct",
        "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract",
        "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
        "gen", "_",
    ];
    KEYWORDS.contains(&s)
}

/// The module (and file) name of a root group word: lowercased, with a
/// `_types` suffix when that is a Rust keyword (or `root`, the module the
/// groups live in): `Input` → `input`, `True` → `true_types`.
pub fn group_module(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if is_keyword(&lower) || lower == "root" { format!("{lower}_types") } else { lower }
}

/// How a namespace is named in `pub mod ...;` (a raw identifier for a
/// keyword) and the stem of its file.
pub(crate) fn namespace_module(ns: &str) -> (String, String) {
    match ns {
        "self" | "Self" | "super" | "crate" | "_" => (format!("{ns}_"), format!("{ns}_")),
        _ if is_keyword(ns) => (format!("r#{ns}"), ns.to_string()),
        _ => (ns.to_string(), ns.to_string()),
    }
}

/// One file of the root namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    /// Module and file name (`input`, `misc`).
    pub module: String,
    /// The word as it appears in type names (`Input`); `None` for `misc`.
    pub word: Option<String>,
    /// Indices of the items in it, in input order.
    pub items: Vec<usize>,
}

/// Puts items (given by their first word, `None` for "no group") into
/// groups of at least [`MIN_GROUP`] (plurals folded by [`group_words`]);
/// the rest go to `misc`. Sorted by module name.
pub(crate) fn assign(words: &[Option<String>]) -> Vec<Group> {
    let words = group_words(words);
    let mut by_module: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    let mut misc: Vec<usize> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        match word {
            Some(w) => by_module.entry(group_module(w)).or_insert_with(|| (w.clone(), Vec::new())).1.push(i),
            None => misc.push(i),
        }
    }
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (module, (word, items)) in by_module {
        if items.len() < MIN_GROUP || module == MISC {
            misc.extend(items);
        } else {
            groups.insert(module.clone(), Group { module, word: Some(word), items });
        }
    }
    if !misc.is_empty() {
        misc.sort_unstable();
        groups.insert(MISC.to_string(), Group { module: MISC.to_string(), word: None, items: misc });
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words() {
        let cases = [
            ("InputPeer", "Input"),
            ("MessageMedia", "Message"),
            ("Updates", "Updates"),
            ("Update", "Update"),
            ("ChatFull", "Chat"),
            ("JSONValue", "JSON"),
            ("P_Q_inner_data", "P"),
            ("Server_DH_Params", "Server"),
            ("MsgsAck", "Msgs"),
            ("contacts.Found", "Found"),
            ("Bool", "Bool"),
            ("Access", "Access"),
            ("X", "X"),
        ];
        for (name, word) in cases {
            assert_eq!(first_word(name).as_deref(), Some(word), "{name}");
        }
        assert_eq!(first_word("t"), None);
        assert_eq!(first_word(""), None);
    }

    #[test]
    fn modules() {
        assert_eq!(group_module("Input"), "input");
        assert_eq!(group_module("True"), "true_types");
        assert_eq!(group_module("Type"), "type_types");
        assert_eq!(group_module("Root"), "root_types");
        assert_eq!(namespace_module("type"), ("r#type".to_string(), "type".to_string()));
        assert_eq!(namespace_module("contacts"), ("contacts".to_string(), "contacts".to_string()));
    }

    #[test]
    fn small_groups_go_to_misc() {
        let mut words: Vec<Option<String>> = vec![Some("Input".into()); 6];
        words.push(Some("Bool".into()));
        words.push(None);
        words.push(Some("Input".into()));
        let groups = assign(&words);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].module, "input");
        assert_eq!(groups[0].items, vec![0, 1, 2, 3, 4, 5, 8]);
        assert_eq!(groups[1].module, "misc");
        assert_eq!(groups[1].items, vec![6, 7]);
    }

    #[test]
    fn plurals_join_their_singular() {
        let mut words: Vec<Option<String>> = vec![Some("Updates".into()); 3];
        words.extend(vec![Some("Update".into()); 3]);
        words.extend(vec![Some("Tls".into()); 6]);
        words.extend(vec![Some("Access".into()); 6]);
        words.push(Some("Acces".into()));
        let groups = assign(&words);
        let modules: Vec<(&str, usize)> = groups.iter().map(|g| (g.module.as_str(), g.items.len())).collect();
        assert_eq!(modules, [("access", 6), ("misc", 1), ("tls", 6), ("update", 6)]);
        assert_eq!(groups[3].word.as_deref(), Some("Update"));
    }
}
