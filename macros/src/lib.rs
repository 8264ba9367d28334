//! Declare Telegram TL schema lines inline, one line at a time, and get
//! exact, fast MTProto serialization from them.
//!
//! ```
//! mod types {
//!     #![allow(unused_imports)]
//!     use super::{enums, types};
//!     tlwire_dsl::tl_constructor! {
//!         inputUserEmpty #0xb98886cf = InputUser;
//!         inputUserSelf #0xf7c1b13f = InputUser;
//!         inputUser #0xd8292816 user_id:int access_hash:long = InputUser;
//!         updatesTooLong #0xe317af7e = Updates;
//!     }
//! }
//! mod enums {
//!     use super::types;
//!     tlwire_dsl::tl_type! {
//!         InputUser = inputUserEmpty | inputUserSelf | inputUser;
//!         Updates = updatesTooLong;
//!     }
//! }
//! mod functions {
//!     #![allow(unused_imports)]
//!     use super::{enums, types};
//!     tlwire_dsl::tl_function! {
//!         contacts.addContact #0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates;
//!         contacts.acceptContact #0xf831a20f id:InputUser = Updates;
//!     }
//! }
//!
//! use tlwire_dsl::{Deserializable, Identifiable, Serializable, tl_text};
//!
//! fn main() {
//!     let call = functions::AcceptContact { id: types::InputUser { user_id: 5, access_hash: -7 }.into() };
//!     let bytes = call.to_bytes().unwrap();
//!     assert_eq!(bytes[..4], 0xf831a20fu32.to_le_bytes());
//!     assert_eq!(functions::AcceptContact::from_bytes(&bytes).unwrap(), call);
//!     assert_eq!(tl_text(&call).to_string(), "contacts.acceptContact{id: inputUser{user_id: 5, access_hash: -7}}");
//!     assert_eq!(functions::AcceptContact::SCHEMA, "contacts.acceptContact#f831a20f id:InputUser = Updates");
//! }
//! ```
//!
//! # Spelling a line
//!
//! A DSL line is the `.tl` line with two mechanical changes, both forced by
//! Rust's lexer:
//!
//! 1. `name#id` becomes `name #0xID`. `name#id` is a reserved prefix since
//!    edition 2021, and 38 ids of layer 122 (`2442485e`, `7efe0e`, `0b5c…`) are
//!    not tokens on their own; `0x` makes every id a literal. The id text is kept
//!    as written (`resPQ #0x05162463`). The id may be omitted: it is then
//!    computed from the line at compile time.
//! 2. A lowercase constructor name used as a (bare) type is written with `%`:
//!    `salts:vector<%future_salt>`. The `%` is not part of the schema line: the
//!    canonical form and [`Identifiable::SCHEMA`] drop it.
//!
//! Everything else is written as in the `.tl` file: namespaces
//! (`contacts.addContact`, `= contacts.Found`), `flags:#`, `flags.N?T`,
//! `flags.N?true`, more flags fields (`flags2:#`, `flags2.N?T`), `Vector<T>`
//! (boxed) and `vector<T>` (bare), generic methods (`{X:Type} … query:!X = X`),
//! field names that are Rust keywords. `tl convert` (in the `tlwire` crate)
//! applies the rules to a whole file. Doc comments (`///`) before a line or
//! before a field become the item's or the field's documentation.
//!
//! A `tl_constructor!` or `tl_function!` call takes one line or a block of
//! lines. Two kinds of line must be a call of their own: TL's builtin
//! `vector #0x1cb5c415 {t:Type} # [ t ] = Vector t;` and generic methods.
//!
//! # What a line becomes
//!
//! A **constructor** is a `pub struct` named by the camel-cased constructor
//! name (`inputMessageID` → `InputMessageId`, `resPQ` → `ResPq`,
//! `contacts.found` → `Found`, placed in the module the macro is called in),
//! deriving `Debug`, `Clone`, `PartialEq`, with one public field per TL field:
//!
//! | TL | Rust |
//! |---|---|
//! | `int`, `long`, `double` | `i32`, `i64`, `f64` |
//! | `string` | `String` (UTF-8; decoding replaces each invalid sequence by U+FFFD and counts the string in [`Reader::replaced_strings`], since it no longer re-encodes to its input; a [`Reader::strict_utf8`] reader, as in [`Deserializable::from_bytes_strict`], refuses it with [`DecodeErrorKind::InvalidUtf8`]; a view's `&str` always does) |
//! | `bytes` | `Vec<u8>` |
//! | `int128`, `int256` | `[u8; 16]`, `[u8; 32]` |
//! | `Bool` | `bool` (`boolTrue`/`boolFalse` on the wire) |
//! | `Vector<T>`, `vector<T>` | `Vec<T>` |
//! | `flags.N?T` | `Option<T>` |
//! | `flags.N?true` | `bool` |
//! | `flags:#` | no field: computed when encoding, checked when decoding |
//! | a boxed type `T`, `ns.T` | `enums::T`, `enums::ns::T` (the enum of `tl_type!`) |
//! | a bare constructor `%c` | `types::C` |
//! | `!X` | the type parameter `X` |
//!
//! Types are named through the modules `enums` and `types`, resolved where the
//! macro is called (a `macro_rules!` macro cannot name its caller's crate):
//! bring them into scope there, as every file `tl convert` writes does with
//! `#[allow(unused_imports)] use crate::{enums, types};` (the `allow` for a
//! block that names no boxed type, or no bare constructor), or with
//! `use tlwire::{enums, types};` to build on the layer. Field names keep
//! their TL spelling; Rust keywords become raw identifiers (`type` →
//! `r#type`), except those that cannot be: `self` → `is_self`, `Self` →
//! `is_Self`, `super` → `super_`, `crate` → `crate_`.
//!
//! Each struct implements [`Identifiable`] (`CONSTRUCTOR_ID`, `NAME`, and
//! `SCHEMA`, the `.tl` line as a [`SchemaLine`]), [`Bare`] (the fields alone), [`Serializable`]
//! and [`Deserializable`] (boxed: the id, then the fields), and [`TlText`].
//!
//! A **method** (`tl_function!`) is the same kind of struct, plus
//! [`RemoteCall`] whose `Return` is the line's result type. A generic method
//! (`invokeWithLayer<X>`) returns `X::Return`. What a method's documentation
//! page says goes on the line as attributes, after its doc comment:
//!
//! ```text
//! /// Add an existing telegram user as contact.
//! #[error(400 CONTACT_ID_INVALID = "The provided contact ID is invalid")]
//! #[error(400 CONTACT_NAME_EMPTY = "Contact name empty")]
//! #[bots(yes)]
//! #[related(method contacts.importContacts)]
//! contacts.addContact #0xe8f463d0 flags:#
//!     /// Allow the other user to see our phone number?
//!     add_phone_privacy_exception:flags.0?true
//!     /// Telegram ID of the other user
//!     id:InputUser
//!     first_name:string last_name:string phone:string
//!     = Updates;
//! ```
//!
//! The errors become an enum, `AddContactError { ContactIdInvalid,
//! ContactNameEmpty, Other(RpcError) }`, which is the method's
//! [`RemoteCall::Error`]: an answer's [`RpcError`] converts into it, an
//! error the page does not list into `Other`, and each variant displays its
//! description. `#[bots(yes)]` sets [`RemoteCall::BOTS_CAN_CALL`];
//! `#[related(constructor name)]`/`#[related(method name)]` add doc links.
//!
//! A **boxed type** is declared by `tl_type!`, listing its constructors:
//! `tl_type! { InputUser = inputUserEmpty | inputUserSelf | inputUser; }` gives
//! `enum InputUser { InputUserEmpty(types::InputUserEmpty), … }`, which
//! decodes by dispatching on the constructor id, with `From` each constructor
//! and `TryFrom` back. Rust enums are closed, so a boxed type is declared
//! once with all its constructors.
//!
//! A constructor is stored in the enum itself unless it is marked
//! `#[boxed]`: `Message = messageEmpty | #[boxed] message | #[boxed]
//! messageService;` holds `Box<types::Message>`. Small constructors inline
//! cost no allocation when decoded and no pointer chase when encoded; large
//! ones behind a `Box` keep the enum small to move. Two rules make the
//! choice for you: a constructor that contains its own type by value
//! (`textBold text:RichText = RichText`) must be boxed, or rustc reports a
//! recursive type of infinite size; and an enum larger than 64 bytes is a
//! compile error naming it (``tlwire: the enum of `Note` is larger than 64
//! bytes; mark its large constructors `#[boxed]` ``). `tl convert` marks
//! the constructors for you: those whose struct exceeds 48 bytes, and one
//! per cycle.
//!
//! # Borrowed views
//!
//! `tl_view!` takes a line already declared with `tl_constructor!` or
//! `tl_function!` and declares `NameRef<'a>` (`upload.file` → `FileRef`), a
//! struct whose `string` fields are `&'a str` and `bytes` fields `&'a [u8]`
//! (plain or `flags.N?`) pointing into the input; every other field is
//! decoded as in the owned struct. It implements [`View`]: `from_bytes`,
//! `deserialize`, `deserialize_bare`, and `into_owned` for the owned struct
//! (also `From`). A view checks everything the owned decoder checks and
//! fails with the same [`DecodeError`]. The owned struct must be in scope
//! under its name; the view's id is checked against it, and `into_owned`
//! names each of its fields, so a view cannot drift from its declaration.
//! A generic line (`{X:Type}`) has no view, and says so at compile time.
//!
//! ```
//! mod enums {}
//! mod types {
//!     #![allow(unused_imports)]
//!     use super::enums;
//!     tlwire_dsl::tl_constructor! { upload.cdnFile #0xa99fca4f bytes:bytes = upload.CdnFile; }
//! }
//! mod views {
//!     #![allow(unused_imports)]
//!     use super::enums;
//!     use super::types::CdnFile;
//!     tlwire_dsl::tl_view! { upload.cdnFile #0xa99fca4f bytes:bytes = upload.CdnFile; }
//! }
//! use tlwire_dsl::{Serializable, View};
//!
//! fn main() {
//!     let wire = types::CdnFile { bytes: vec![1; 1000] }.to_bytes().unwrap();
//!     let view = views::CdnFileRef::from_bytes(&wire).unwrap();
//!     assert_eq!(view.bytes, &wire[8..1008]);
//!     assert_eq!(view.into_owned(), types::CdnFile { bytes: vec![1; 1000] });
//! }
//! ```
//!
//! With the feature `views`, every line gets such a view without a
//! `tl_view!` (`types::CdnFileRef<'a>` beside `types::CdnFile`), and every
//! `tl_type!` an enum of its constructors' views (`enums::CdnFileRef<'a>`),
//! which read everything in place: vectors are [`VecView`]s, fields of a
//! boxed type that type's view ([`ViewOf`]), and a constructor the owned
//! enum boxes a [`Lazy`]. Reading one allocates nothing; it checks and
//! fails as the strict owned decoder does.
//!
//! # Checked at compile time
//!
//! - The declared id must be the CRC32 of the line's canonical form (see
//!   [`schema`]). A mismatch is a compile error that names the line and the id
//!   it hashes to:
//!   ``tlwire: `inputUserSelf` is declared with id 0xf7c1b13e but its line
//!   hashes to 0xf7c1b13f``. A line whose published id is not its CRC (three
//!   in `mtproto.tl`) opts out, visibly, with `#[unchecked_id]` before it.
//! - A flag bit of 32 or more, or a conditional field naming a flags field
//!   not declared before it, is an error; so is an
//!   unknown type, and a constructor listed under a type its line does not
//!   produce.
//! - No two fields of a line may share a Rust name (`a:int a:long`, or
//!   `self` beside `is_self`): one error, at the second field, that names
//!   the line and the field.
//! - No line needs a `#![recursion_limit]`: fields are parsed with one
//!   repetition, the `flags:#` fields and keywords filtered in one step per
//!   field, and the duplicate check takes one step per two fields. The
//!   longest line of layer 230, `channelFull` (70 fields), nests 86
//!   expansions deep as `tl convert` writes it and 124 written by
//!   hand (the default limit is 128); a hand-written line much longer
//!   than that needs a higher limit.
//!
//! ## What `tl convert` has checked
//!
//! The converter reads a whole `.tl` file and refuses a line whose fields
//! share a TL name or a Rust name. Every block it writes starts with
//! `#![converted]`, and the DSL then skips its own duplicate check for
//! that block's lines: the check is a small macro per four fields, which
//! would add about a second to the 40 s of a `cargo check` of layer 230,
//! and 90 MB to its peak memory, for lines already known to be right. A block without it, anything
//! written by hand, is checked. Write `#![converted]` only above lines a
//! converter has checked: with it, a duplicate field is rustc's cascade of
//! errors instead of one (never bytes: the struct does not compile).

//! # Writing lines by hand
//!
//! `tl convert` writes lines that compile; a line you write yourself is
//! checked by the DSL as it expands and by rustc after. Each mistake below
//! gives one error, from tlwire where the DSL can see it, at the line (and
//! the token, where the message can carry a span).
//!
//! ## The spelling, in short
//!
//! - The id: `name #0xID`, a space before `#` and `0x` before the `.tl`
//!   file's hex digits, leading zeros kept (`resPQ #0x05162463`); or no id,
//!   and the DSL computes it. Any other spelling of an id is refused.
//! - A bare type (a constructor used as a type: no id on the wire) is
//!   `%name` wherever a type goes: `x:%username`, `x:flags.0?%username`,
//!   `vector<%future_salt>`, `Vector<%username>`, `%help.configSimple`. A line
//!   with `%` outside `<…>`, like a generic `{X:Type}` line, must be a call
//!   of its own: it is read a token at a time.
//! - A boxed type is written as the `.tl` file spells it (`ResPQ`,
//!   `Server_DH_Params`): `tl_type!` declares the enum under its Rust name
//!   (`ResPq`) and the TL name beside it, which is what fields resolve.
//! - A field named by a Rust keyword is written as is: `type` becomes
//!   `r#type`, `self` `is_self`, `Self` `is_Self`, `super` `super_`, `crate`
//!   `crate_`.
//!
//! ```
//! mod types {
//!     #![allow(unused_imports)]
//!     use super::{enums, types};
//!     tlwire_dsl::tl_constructor! {
//!         username flags:# editable:flags.0?true active:flags.1?true username:string = Username;
//!     }
//!     // `%username`: the constructor's fields, without its id.
//!     tlwire_dsl::tl_constructor! { contact name:%username = Contact; }
//! }
//! mod enums {
//!     use super::types;
//!     tlwire_dsl::tl_type! { Username = username; Contact = contact; }
//! }
//! use tlwire_dsl::Serializable;
//!
//! fn main() {
//!     let name = types::Username { editable: false, active: true, username: "ivan".into() };
//!     let bytes = types::Contact { name }.to_bytes().unwrap();
//!     assert_eq!(bytes.len(), 4 + 4 + 8); // contact's id, username's flags and string
//! }
//! ```
//!
//! ## Each mistake and its error
//!
//! | You write | You get | Where | Fix |
//! |---|---|---|---|
//! | `x:username`, `vector<username>` (a constructor, no `%`) | ``tlwire: `username` is a constructor, and a lowercase field type is a bare constructor (no id on the wire), which the DSL writes with `%`: write `%username`, or its boxed type `Username` `` (as ``use of deprecated type alias `enums::…::username` ``) | the type | `%username` |
//! | `peer:InputPear` (a misspelt or undeclared type) | rustc: ``cannot find type `InputPear` in module `enums` ``, with the nearest name | the type | the type's name; with an id written, the id check fails too: the line as written hashes to another id |
//! | `x:Self`, `x:fn` (a Rust keyword as a type) | ``tlwire: `Self` is a Rust keyword, not a TL type: …`` | the call | a TL type |
//! | `flags2.0?true` with no `flags2:#` before it | ``tlwire: `peerSettings`: field `report_spam` is conditional on `flags2.0`, but no `flags2:#` field comes before it: add `flags2:#` to the line, before the fields that use it: <line>`` | the call (the message names the line) | declare `flags2:#` before the field |
//! | `flags.32?int` | ``tlwire: `…`: field `…`: flag bit 32 is out of range (a flags field has bits 0 to 31): <line>`` | the call | a bit from 0 to 31 |
//! | `a:int a:long` (a field twice) | ``tlwire: an earlier field of this line has the same Rust name, and a struct cannot have two fields of one name: rename one of them in the schema …`` (as ``use of deprecated constant `types::pair::a` ``, which names the line and the field) | the second field | one field per name |
//! | `self:flags.0?true is_self:int` (a keyword field and the name it becomes) | the same error, as ``use of deprecated constant `types::user::is_self` `` | the second field; the call when the second is the keyword (its Rust name is the DSL's) | rename one of the two in your schema |
//! | `type:string type:int` (a keyword field twice) | the same error, as ``use of deprecated constant `types::media::r#type` `` | the call (the Rust name `r#type` is the DSL's) | one field per name |
//! | `name#e317af7e` (the `.tl` spelling) | rustc's lexer: ``prefix `name` is unknown``, then ``tlwire: `name`: the id `#e317af7e` is not a Rust literal: write it `#0xe317af7e`, after a space (`name #0xe317af7e`)`` | the name, the call | `name #0xe317af7e` |
//! | `name #e317af7e` | the same tlwire error alone | the call | `#0xe317af7e` |
//! | `name #29562865` (hex digits that are all decimal) | ``tlwire: `name`: the id `#29562865` is not written in hex: … write `#0x29562865` (a literal without `0x` is refused, never read as a decimal number)`` | the call | `#0x29562865` |
//! | `name #77b15d1c` (a digit first, letters after) | rustc's lexer: ``invalid suffix `b15d1c` for number literal`` | the id | `#0x77b15d1c` |
//! | `name #0xf7c1b13e` (a wrong id) | ``tlwire: `name` is declared with id 0xf7c1b13e but its line hashes to 0xf7c1b13f (write `#0xf7c1b13f`, …)`` | the call | the id it names, or `#[unchecked_id]` for a published id that is not the line's CRC |
//! | `tl_type! { InputPeer = inputUserSelf; }` (a line of another type) | ``tlwire: `inputUserSelf` is listed under type `InputPeer`, but its line says otherwise: <line>`` | the `tl_type!` call | list it under its line's type |
//! | `tl_type! { Note = noteEmpty \| note; }` with `note` large | ``tlwire: the enum of `Note` is larger than 64 bytes; mark its large constructors `#[boxed]` `` | the `tl_type!` call | `#[boxed] note` |
//! | a line with `x:%c` after another line of the same call | rustc: ``no rules expected the token `%` `` | the `%` | a call of its own |
//!
//! "The call" is the whole macro call: an error the DSL finds while the
//! compiler evaluates constants (ids, flags) or while it expands (ids
//! spelt as words, keywords) cannot point into the call, so its message
//! names the line. The bare-type and duplicate-field errors are
//! deprecation notes, a lint the generated code denies, because a
//! lint is what rustc reports at a span of the user's tokens; where lints
//! are capped (`--cap-lints`, a dependency built by cargo), the mistake
//! still makes no bytes: the field's type has no value and never decodes.
//!
//! What the DSL cannot check, and why:
//!
//! - A lowercase field type is refused when its constructor is listed in a
//!   `tl_type!` of the same crate, in the `enums` module the line resolves:
//!   `tl_type!` declares the name (crate-visible). A constructor listed
//!   nowhere, or only in another crate (a shipped layer's), gives rustc's
//!   ``cannot find type `username` in module `enums` `` instead: an error
//!   all the same, never bytes, since a lowercase name never names an enum.
//! - A malformed number (`#77b15d1c`) and the `name#id` prefix are errors of
//!   Rust's lexer, which come before any macro runs.
//! - A misspelt constructor after `%` or in a `tl_type!` list is rustc's
//!   ``cannot find type `FutureSlat` in module `types` ``, at the whole
//!   call: a constructor is named by its struct, `types::FutureSalt`, a
//!   name the DSL makes (with `paste`), so the error has the DSL's span
//!   and rustc's suggestion quotes the DSL's source; the name it suggests
//!   is the struct, whose TL name is the one to write (`%future_salt`).
//!   Constructors are not declared under their TL names as boxed types
//!   are: the layers' files are modules named like some constructors
//!   (`chat`, `message`), and a public name that a private module hides is
//!   a warning in every crate that declares a layer.
//!
//! ## Your lines beside a shipped layer's
//!
//! A line names its types through the modules `enums` and `types` in scope
//! where the macro is called. Lines that only use a layer's types bring the
//! layer's modules in:
//!
//! ```text
//! mod functions {
//!     #![allow(unused_imports)]
//!     use tlwire::layer230::{enums, types};
//!     tlwire::tl_function! { myApp.ping #0x1a2b3c4d peer:InputPeer = Updates; }
//! }
//! ```
//!
//! Lines that declare types of their own need modules of your own, which
//! hold the layer's types and yours:
//!
//! ```text
//! pub mod enums {
//!     // The layer's boxed types, then yours (an enum of yours shadows the
//!     // layer's of the same name in this module).
//!     pub use tlwire::layer230::enums::*;
//!     use super::types;
//!     tlwire::tl_type! { Note = noteEmpty | note; }
//! }
//! pub mod types {
//!     #![allow(unused_imports)]
//!     use super::{enums, types};
//!     // The layer's constructors you use bare, by name.
//!     pub use tlwire::layer230::types::Username;
//!     tlwire::tl_constructor! { noteEmpty = Note; }
//!     // `%` outside `<…>`: a call of its own.
//!     tlwire::tl_constructor! { note text:string to:InputUser by:%username = Note; }
//! }
//! ```
//!
//! `examples/newer_lines.rs` in the tlwire repository does this for
//! layer 122: four layer-230 lines (three constructors of their own boxed
//! type and a method), one registry with the layer's tables and theirs, and
//! a decode by id through it (`cargo run --example newer_lines`).
//!
//! The trap is `pub use tlwire::layer230::types::*;` in that `types`
//! module: `tl_type!` and `%name` take constructors from `types` by name,
//! so a constructor you list but forgot to declare would be the layer's
//! struct of the same name, made from the layer's line, not yours, and
//! compile. Import the layer's constructors by name. A glob of its `enums`
//! is what lines that extend the layer want: every boxed type of the layer
//! is there, and an enum you declare shadows the layer's of that name.
//!
//! # Encoding and decoding
//!
//! [`Serializable::to_bytes`] computes the exact length first, allocates
//! once and writes once; [`Serializable::encode_into`] appends to a buffer
//! you reuse. Fields that share one flag bit (`user`'s `bot:flags.14?true`
//! and `bot_info_version:flags.14?int`) must agree: a value where they do not
//! is refused with [`EncodeError::FlagConflict`] rather than encoded into
//! corrupt bytes. The length pass ([`Serializable::measure`]) notes such
//! problems in a [`LenCheck`] instead of returning a `Result` per field, and
//! [`Serializable::serialized_len`] turns the first one into the error.
//! The write pass gathers each constructor's consecutive fixed-size fields
//! (id, `int`, `long`, flags) and stores them as one block.
//!
//! Decoding reads `&[u8]` through a [`Reader`]: every failure is a
//! [`DecodeError`] with the offset, what was wrong and where in the value
//! (its [`path`](DecodeError::path): `updates › users[2] › user ›
//! first_name`, gathered only on the way up); nothing panics; boxed
//! values that can hold boxed values nest at most [`DEFAULT_MAX_DEPTH`] deep
//! (a leaf, whose fields are primitives and strings, cannot nest and is not
//! counted); a vector count is checked
//! against the bytes left before anything is allocated. Decoding is strict
//! about the encoding — canonical length prefixes, zero padding, no unknown
//! flag bits — so decoding and re-encoding gives back the input bytes, with
//! one exception: a `string` that is not UTF-8 is read lossily by default
//! (each bad sequence becomes U+FFFD, so that one bad name does not lose a
//! whole `updates` batch) and then re-encodes differently;
//! [`Reader::replaced_strings`] counts such strings, and
//! [`Deserializable::from_bytes_strict`] refuses them instead.
//!
//! # A runtime that belongs to no layer
//!
//! Nothing in this crate names a layer. A schema, whether a shipped layer
//! or a crate of your own made by `tl convert`, is three module trees of
//! macro calls plus a [`tl_definitions!`] table; [`tl_schema!`] combines
//! tables into a [`registry::Schema`], and [`Object<S>`](Object) decodes
//! any value of it by id, re-encodes it and prints it. The response path
//! ([`envelope`]: `rpc_result`, `rpc_error`, `gzip_packed`,
//! `msg_container`, and [`CallError`]) works for any method of any schema.
//!
//! The crate is `#![no_std]` with `alloc`; the `std` feature (default) adds
//! [`tl_schema!`] (its registry is built once, behind a `OnceLock`) and the
//! [`envelope`] module (gzip, through `flate2`). The `serde` feature (off by
//! default) gives every declared type, method and [`Object`] serde's
//! `Serialize` and `Deserialize`, in the JSON shape of the `json` module;
//! without it nothing of serde is compiled. The `views` feature (off by
//! default) gives every declared line and type its view (see
//! [Borrowed views](#borrowed-views)).
#![no_std]
#![warn(missing_docs)]
#![warn(clippy::undocumented_unsafe_blocks)]
// One exception, allowed where it is (`read::text`). The lint does not see
// into the macros' bodies; `tests/no_unsafe.rs` checks those.
#![deny(unsafe_code)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod call;
pub mod codec;
mod dsl;
#[cfg(feature = "std")]
pub mod envelope;
mod error;
#[cfg(feature = "serde")]
pub mod json;
mod object;
mod read;
pub mod registry;
mod rpc;
pub mod schema;
mod schema_line;
mod text;
mod view;
mod write;

pub use call::{Bare, FieldShape, Identifiable, RemoteCall, Shape};
#[cfg(feature = "std")]
pub use envelope::CallError;
pub use error::{DecodeError, DecodeErrorKind, EncodeError, PathStep};
pub use object::Object;
pub use read::{DEFAULT_MAX_DEPTH, Deserializable, Reader};
pub use rpc::RpcError;
pub use schema_line::SchemaLine;
pub use text::{Flag, ObjectWriter, TextWriter, TlField, TlText, tl_text};
pub use view::{HasView, Lazy, VecView, VecViewIter, View, ViewOf, ViewValue};
pub use write::{LenCheck, MAX_STRING_LEN, Serializable, Writer, string_len};

/// Everything a TL value is: encodable, decodable, printable, sized. The
/// bound on generic methods' `X`.
pub trait TlValue: Serializable + Deserializable + TlText + codec::WireSize {}
impl<T: Serializable + Deserializable + TlText + codec::WireSize> TlValue for T {}

/// What the macros expand to refers to, so callers need no dependency but
/// this crate and survive a shadowed prelude.
#[doc(hidden)]
pub mod __private {
    pub use crate::write::{FlagsWord, Run};
    pub use ::core;
    pub use ::paste::paste;
    #[cfg(feature = "serde")]
    pub use ::serde;
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    pub use alloc::vec::Vec;
    pub use core::clone::Clone;
    pub use core::cmp::PartialEq;
    pub use core::convert::{From, TryFrom};
    pub use core::fmt;
    pub use core::marker::PhantomData;
    pub use core::option::Option::{self, None, Some};
    pub use core::primitive::{u32, usize};
    pub use core::result::Result::{self, Err, Ok};
    #[cfg(feature = "std")]
    pub use std::sync::OnceLock;

    use crate::{Bare, DecodeError, DecodeErrorKind, Reader};

    /// The largest a `tl_type!` enum may be. Small constructors are stored
    /// in the enum itself (no allocation per decoded value), large and
    /// recursive ones behind a `Box`; the bound keeps moving a value cheap
    /// and makes a forgotten `#[boxed]` a compile error, not a slow type.
    pub const MAX_ENUM_SIZE: usize = 64;

    /// A variant's payload back as the constructor: itself when stored
    /// inline, moved out of its `Box` otherwise.
    pub trait Unbox<T> {
        /// The constructor.
        fn unbox(self) -> T;
    }

    impl<T> Unbox<T> for T {
        #[inline]
        fn unbox(self) -> T {
            self
        }
    }

    impl<T> Unbox<T> for Box<T> {
        #[inline]
        fn unbox(self) -> T {
            *self
        }
    }

    /// The first id of an optional `#0x…` (none when omitted).
    pub const fn first(ids: &[u32]) -> Option<u32> {
        match ids {
            [id, ..] => Some(*id),
            [] => None,
        }
    }

    /// Whether a line carries no marker: `none(&[])` for a checked id,
    /// `none(&["unchecked"])` for a line marked `#[unchecked_id]`.
    pub const fn none(markers: &[&str]) -> bool {
        markers.is_empty()
    }

    /// The id check of a boxed read of one known constructor, kept out of
    /// the generic part so it is compiled once, not once per constructor;
    /// gives the id's offset, for [`read_nested`].
    pub fn expect_constructor(r: &mut Reader<'_>, id: u32, name: &'static str) -> Result<usize, DecodeError> {
        let at = r.offset();
        let found = r.read_u32()?;
        if found != id {
            return Err(unknown(at, found, name));
        }
        Ok(at)
    }

    /// The fields of a boxed constructor whose id, at `at`, was just read
    /// (see [`Reader::nested`]).
    #[inline(always)]
    pub fn read_nested<T: Bare>(r: &mut Reader<'_>, at: usize) -> Result<T, DecodeError> {
        r.nested(at, T::LEAF, T::deserialize_bare)
    }

    /// The check that a constructor's fixed-size prefix is there (see
    /// [`Shape::fixed_prefix`](crate::Shape::fixed_prefix)); when it is
    /// not, the error names the field the input ends in.
    #[inline(always)]
    pub fn need_fields<T: Bare>(r: &Reader<'_>) -> Result<(), DecodeError> {
        match r.need(T::SHAPE.fixed_prefix) {
            Ok(()) => Ok(()),
            Err(e) => Err(cut_field(e, r.offset(), r.remaining(), T::NAME, T::FIELDS, T::FIELD_NAMES)),
        }
    }

    /// The end-of-input error `e` of a fixed-size prefix at `start`, with
    /// `remaining` bytes left, moved to the first field that does not fit.
    #[cold]
    #[inline(never)]
    fn cut_field(
        e: DecodeError,
        start: usize,
        remaining: usize,
        constructor: &'static str,
        fields: &[crate::FieldShape],
        names: &[&'static str],
    ) -> DecodeError {
        let mut before = 0;
        for (field, name) in fields.iter().zip(names) {
            let Some(len) = field.fixed_len else { break };
            if before + len > remaining {
                let kind = DecodeErrorKind::UnexpectedEnd { needed: len, remaining: remaining - before };
                return DecodeError::new(start + before, kind).in_field_of(constructor, name);
            }
            before += len;
        }
        e.in_constructor(constructor)
    }

    /// [`read_nested`] for a constructor stored boxed. The box is
    /// allocated first, so the value read is copied once, into it; with
    /// `Box::new` after the read it was copied out of the `Result` first,
    /// then into the box.
    #[inline(always)]
    pub fn read_boxed<T: Bare>(r: &mut Reader<'_>, at: usize) -> Result<Box<T>, DecodeError> {
        let slot = Box::new_uninit();
        Ok(Box::write(slot, read_nested::<T>(r, at)?))
    }

    /// The fields of a boxed constructor's view whose id, at `at`, was just
    /// read (see [`Reader::nested`]).
    #[inline(always)]
    pub fn read_nested_view<'a, T: crate::View<'a>>(r: &mut Reader<'a>, at: usize) -> Result<T, DecodeError> {
        r.nested(at, <T::Owned as Bare>::LEAF, T::deserialize_bare)
    }

    /// A view's [`ViewValue`](crate::ViewValue) that must span all of
    /// `bytes`, read with a strict reader.
    pub fn view_from_bytes<'a, T: crate::ViewValue<'a>>(bytes: &'a [u8]) -> Result<T, DecodeError> {
        let mut r = Reader::new(bytes).strict_utf8();
        let v = T::read_view(&mut r)?;
        r.finish()?;
        Ok(v)
    }

    /// The error for an id that is none of a type's constructors.
    #[cold]
    pub fn unknown(at: usize, id: u32, ty: &'static str) -> DecodeError {
        DecodeError::new(at, DecodeErrorKind::UnknownConstructor { id, ty })
    }
}
