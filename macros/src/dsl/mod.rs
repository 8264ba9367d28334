//! The `macro_rules!` DSL, one file per job: `public` (the three macros
//! users call), `line` (parsing lines and fields), `distinct` (no two fields
//! with one name), `item` (the struct and
//! impls of one line), `enums` (boxed types), `field` (each field's part of
//! each function), `types` (TL type to Rust type and codec), `view`
//! (`tl_view!`'s borrowed twins of lines), `refs` (the `views` feature's
//! view of every line and type), `json` (the `serde` feature's part).
mod distinct;
mod enums;
mod field;
mod item;
mod json;
mod line;
mod public;
mod refs;
mod types;
mod view;
