//! What a method's documentation page says, read from the Markdown pages the
//! seeds come in (`contacts.addContact.md`): the description, each
//! parameter's description, the possible errors, whether bots may call it,
//! and the related pages. `tl convert --docs DIR` puts it on the items.

use std::collections::BTreeMap;
use std::path::Path;

/// The documentation of one method.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MethodDocs {
    /// The description, one entry per line.
    pub description: Vec<String>,
    /// Parameter name → description.
    pub params: BTreeMap<String, String>,
    /// Possible errors: code, name, description.
    pub errors: Vec<(i32, String, String)>,
    /// "Can bots use this method?": `Some(true)` for Yes.
    pub bots: Option<bool>,
    /// Related pages: (`constructor` or `method`, TL name).
    pub related: Vec<(String, String)>,
}

/// Reads every `*.md` page in `dir`, keyed by the method name of its title.
pub fn read_dir(dir: &Path) -> std::io::Result<BTreeMap<String, MethodDocs>> {
    let mut out = BTreeMap::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path)?;
        if let Some((name, docs)) = parse(&text) {
            out.insert(name, docs);
        }
    }
    Ok(out)
}

/// Parses one page: `# name`, description, `## Parameters`, `## Possible
/// errors`, `## Can bots use this method?`, `## Related pages`.
pub fn parse(text: &str) -> Option<(String, MethodDocs)> {
    let mut lines = text.lines();
    let name = lines.by_ref().find_map(|l| l.strip_prefix("# "))?.trim().to_string();
    let mut docs = MethodDocs::default();
    let mut section = "description";
    for line in lines {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("## ") {
            section = match h.trim() {
                "Parameters" => "params",
                "Possible errors" => "errors",
                "Can bots use this method?" => "bots",
                "Related pages" => "related",
                _ => "other",
            };
            continue;
        }
        match section {
            "description" if !line.is_empty() && !line.starts_with(':') => docs.description.push(line.to_string()),
            "params" => {
                if let [name, _ty, desc] = cells(line).as_slice() {
                    let name = name.trim_matches('*');
                    if !name.is_empty() && name != "Name" && !name.starts_with(':') {
                        docs.params.insert(name.to_string(), desc.to_string());
                    }
                }
            }
            "errors" => {
                if let [code, name, desc] = cells(line).as_slice()
                    && let Ok(code) = code.parse()
                {
                    docs.errors.push((code, name.to_string(), desc.to_string()));
                }
            }
            "bots" if docs.bots.is_none() && !line.is_empty() => docs.bots = Some(line.eq_ignore_ascii_case("yes")),
            "related" => {
                if let Some(link) = line.strip_prefix("#### [")
                    && let Some((name, url)) = link.split_once("](")
                {
                    let kind = if url.contains("/method/") { "method" } else { "constructor" };
                    docs.related.push((kind.to_string(), name.to_string()));
                }
            }
            _ => {}
        }
    }
    Some((name, docs))
}

/// The cells of a Markdown table row, trimmed; empty for other lines.
fn cells(line: &str) -> Vec<&str> {
    match line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) {
        Some(inner) => inner.split('|').map(str::trim).collect(),
        None => Vec::new(),
    }
}

/// `text` as a Rust string literal's contents.
pub(crate) fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# contacts.acceptContact\n\nIf the [peer settings](https://core.telegram.org/constructor/peerSettings) allow, add him\n\n## Example\n\n```js\nx\n```\n\n## Parameters\n\n|  Name  | Type | Description |\n| :----: | ---- | ---- |\n| **id** | [InputUser](https://core.telegram.org/type/InputUser) | The user to add as contact |\n\n## Possible errors\n\n| Code | Type | Description |\n| :--: | ---- | ---- |\n| 400  | CONTACT_ADD_MISSING | Contact to add is missing |\n\n## Can bots use this method?\n\nYes\n\n## Related pages\n\n#### [peerSettings](https://core.telegram.org/constructor/peerSettings)\n\nPeer settings\n";

    #[test]
    fn reads_a_seed_page() {
        let (name, docs) = parse(PAGE).unwrap();
        assert_eq!(name, "contacts.acceptContact");
        assert_eq!(
            docs.description,
            ["If the [peer settings](https://core.telegram.org/constructor/peerSettings) allow, add him"]
        );
        assert_eq!(docs.params.get("id").map(String::as_str), Some("The user to add as contact"));
        assert_eq!(docs.errors, [(400, "CONTACT_ADD_MISSING".to_string(), "Contact to add is missing".to_string())]);
        assert_eq!(docs.bots, Some(true));
        assert_eq!(docs.related, [("constructor".to_string(), "peerSettings".to_string())]);
    }
}
