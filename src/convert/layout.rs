//! Which constructors a boxed type's enum holds behind a `Box`.
//!
//! A small constructor is stored in the enum itself, so decoding it costs no
//! allocation and encoding it no pointer chase; a large one is boxed so that
//! moving the enum stays cheap; a constructor that contains its own type
//! (`textBold text:RichText`) must be boxed or the enum has no finite size.
//!
//! The converter decides from the fields' Rust types, estimating each
//! struct's size from above (see [`Layout`]): a constructor is stored inline
//! when its struct takes at most [`MAX_INLINE`] bytes and none of its fields
//! leads back, by value, to a type still being measured. The DSL asserts at
//! compile time that every enum fits `MAX_ENUM_SIZE` (64 bytes), which an
//! estimate of at most 48 bytes of payload guarantees with room to spare.

use std::collections::{BTreeMap, BTreeSet};

use super::parse::{Definition, Schema};

/// The most bytes a constructor's struct may take to be stored inline.
pub const MAX_INLINE: usize = 48;

/// Size and alignment of a Rust type, in bytes: an upper bound of what
/// rustc lays out (`None` while a recursive type is being measured).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Layout {
    /// Bytes the value takes.
    size: usize,
    /// Its alignment.
    align: usize,
    /// True when `Option<T>` is no larger than `T` (a niche: `String`,
    /// `Vec`, `bool`, `Box`).
    niche: bool,
}

impl Layout {
    const fn new(size: usize, align: usize, niche: bool) -> Self {
        Self { size, align, niche }
    }
    const POINTER: Layout = Layout::new(8, 8, true);
    const HEAP: Layout = Layout::new(24, 8, true); // String, Vec<T>
    /// What an unknown or unmeasurable type is taken to be: too big to inline.
    const UNKNOWN: Layout = Layout::new(MAX_INLINE + 1, 8, false);

    fn optional(self) -> Self {
        if self.niche { self } else { Layout::new(round_up(self.size + self.align, self.align), self.align, true) }
    }
}

fn round_up(n: usize, align: usize) -> usize {
    n.div_ceil(align) * align
}

/// The constructors (by TL name) that their type's enum stores behind a
/// `Box`: written `#[boxed] name` in `tl_type!`.
pub fn boxed_constructors(schema: &Schema) -> BTreeSet<&str> {
    let mut sizer = Sizer::new(schema);
    let types: Vec<&str> = sizer.types.keys().copied().collect();
    for ty in types {
        sizer.enum_layout(ty);
    }
    sizer.boxed
}

/// Measures enums and structs once each, depth first; a type met again
/// while it is being measured makes the struct that reached it boxed.
struct Sizer<'a> {
    /// Each boxed type's constructors.
    types: BTreeMap<&'a str, Vec<&'a Definition>>,
    /// Constructors by name (for bare `%name` fields).
    constructors: BTreeMap<&'a str, &'a Definition>,
    enums: BTreeMap<&'a str, Option<Layout>>,
    structs: BTreeMap<&'a str, Option<Layout>>,
    boxed: BTreeSet<&'a str>,
}

impl<'a> Sizer<'a> {
    fn new(schema: &'a Schema) -> Self {
        let mut types: BTreeMap<&str, Vec<&Definition>> = BTreeMap::new();
        let mut constructors = BTreeMap::new();
        for def in schema.constructors().filter(|d| !d.is_generic()) {
            types.entry(def.result_type()).or_default().push(def);
            constructors.insert(def.name.as_str(), def);
        }
        Self { types, constructors, enums: BTreeMap::new(), structs: BTreeMap::new(), boxed: BTreeSet::new() }
    }

    /// The enum of a boxed type; `None` while it is being measured.
    fn enum_layout(&mut self, ty: &'a str) -> Option<Layout> {
        if let Some(done) = self.enums.get(ty) {
            return *done;
        }
        let Some(ctors) = self.types.get(ty).cloned() else {
            return Some(Layout::UNKNOWN);
        };
        self.enums.insert(ty, None);
        let (mut size, mut align) = (0, 1);
        for def in ctors {
            let payload = match self.struct_layout(def) {
                Some(l) if l.size <= MAX_INLINE => l,
                _ => {
                    self.boxed.insert(def.name.as_str());
                    Layout::POINTER
                }
            };
            size = size.max(payload.size);
            align = align.max(payload.align);
        }
        // A tag before the largest payload, at that payload's alignment.
        let layout = Layout::new(round_up(align + size, align), align, false);
        self.enums.insert(ty, Some(layout));
        Some(layout)
    }

    /// A constructor's struct: its fields laid out by alignment.
    fn struct_layout(&mut self, def: &'a Definition) -> Option<Layout> {
        if let Some(done) = self.structs.get(def.name.as_str()) {
            return *done;
        }
        self.structs.insert(def.name.as_str(), None);
        let mut total = Some((0, 1));
        for p in &def.params {
            let field = self.field_layout(&p.ty);
            total = match (total, field) {
                (Some((size, align)), Some(f)) => Some((size + f.size, align.max(f.align))),
                _ => None,
            };
        }
        let layout = total.map(|(size, align)| Layout::new(round_up(size, align), align, false));
        self.structs.insert(def.name.as_str(), layout);
        layout
    }

    /// A field's Rust type, from its TL type as written.
    fn field_layout(&mut self, ty: &'a str) -> Option<Layout> {
        if let Some((_, rest)) = ty.split_once('?') {
            return if rest == "true" {
                Some(Layout::new(1, 1, true))
            } else {
                Some(self.type_layout(rest)?.optional())
            };
        }
        if ty == "#" {
            return Some(Layout::new(0, 1, false)); // flags words are not stored
        }
        self.type_layout(ty)
    }

    fn type_layout(&mut self, ty: &'a str) -> Option<Layout> {
        let ty = ty.trim_start_matches('%');
        Some(match ty {
            "int" => Layout::new(4, 4, false),
            "long" | "double" => Layout::new(8, 8, false),
            "int128" => Layout::new(16, 1, false),
            "int256" => Layout::new(32, 1, false),
            "Bool" | "true" => Layout::new(1, 1, true),
            "string" | "bytes" => Layout::HEAP,
            _ if ty.starts_with("Vector<") || ty.starts_with("vector<") => Layout::HEAP,
            _ => {
                let base = ty.rsplit('.').next().unwrap_or(ty);
                if base.starts_with(|c: char| c.is_ascii_lowercase()) {
                    match self.constructors.get(ty).copied() {
                        Some(def) => self.struct_layout(def)?,
                        None => Layout::UNKNOWN,
                    }
                } else {
                    self.enum_layout(ty)?
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::parse;

    #[test]
    fn small_inline_large_and_recursive_boxed() {
        let schema = parse(
            "inputUserEmpty#b98886cf = InputUser;
inputUser#d8292816 user_id:int access_hash:long = InputUser;
textPlain#744694e0 text:string = RichText;
textBold#6724abc4 text:RichText = RichText;
textConcat#7e6260d7 texts:Vector<RichText> = RichText;
big#1 a:string b:string c:string = Big;
pair#2 a:InputUser b:InputUser = Pair;",
        )
        .unwrap();
        let boxed = boxed_constructors(&schema);
        assert_eq!(boxed.into_iter().collect::<Vec<_>>(), ["big", "textBold"]);
    }

    #[test]
    fn mutual_recursion_through_options_is_broken_once() {
        let schema = parse(
            "a#1 flags:# b:flags.0?B = A;
b#2 flags:# a:flags.0?A = B;",
        )
        .unwrap();
        let boxed = boxed_constructors(&schema);
        assert_eq!(boxed.len(), 1, "{boxed:?}");
    }

    #[test]
    fn sizes_are_rustc_layouts() {
        let schema = parse("x#1 flags:# a:flags.0?int b:long c:Bool d:flags.1?true = X;").unwrap();
        let mut sizer = Sizer::new(&schema);
        // i64 + Option<i32> (8) + bool + bool, aligned to 8.
        assert_eq!(sizer.struct_layout(schema.constructors().next().unwrap()), Some(Layout::new(24, 8, false)));
        // Tag, then the payload at its alignment.
        assert_eq!(sizer.enum_layout("X"), Some(Layout::new(32, 8, false)));
    }
}
