//! What a converted schema gets from the runtime alone: decoding by id,
//! re-encoding, printing, the response path, and combining tables.

use own_schema::{Notes, Object, enums, functions, types};
use tlwire_dsl::envelope::{CallError, RPC_ERROR_ID, RPC_RESULT_ID, read_result};
use tlwire_dsl::registry::{DynValue, Table};
use tlwire_dsl::{DecodeErrorKind, Deserializable, RemoteCall, Serializable, tl_schema, tl_text};

fn notes() -> types::Notes {
    let author = types::InputUser { user_id: 5, access_hash: -9 };
    types::Notes {
        notes: vec![
            types::Note { pinned: false, id: 1, text: "first".into(), author: Some(author.into()) }.into(),
            types::NoteEmpty { id: 2 }.into(),
        ],
        count: 2,
    }
}

#[test]
fn decodes_any_value_by_id_and_re_encodes_it() {
    let bytes = notes().to_bytes().unwrap();
    let any = Object::from_bytes(&bytes).unwrap();
    assert_eq!((any.id(), any.name()), (0x1c60_03bc, "notes"));
    assert_eq!(any.to_bytes().unwrap(), bytes);
    assert_eq!(
        tl_text(&any).to_string(),
        "notes{notes: [note{id: 1, text: \"first\", author: inputUser{user_id: 5, access_hash: -9}}, noteEmpty{id: 2}], count: 2}"
    );
    let enums::Notes::Notes(back) = any.downcast_ref::<enums::Notes>().unwrap();
    assert_eq!(*back, notes());
}

#[test]
fn an_id_the_schema_does_not_declare_is_a_typed_error() {
    let e = Object::from_bytes(&0xdead_beefu32.to_le_bytes()).unwrap_err();
    assert_eq!(e.offset(), 0);
    assert_eq!(*e.kind(), DecodeErrorKind::UnknownConstructor { id: 0xdead_beef, ty: "Object" });
}

#[test]
fn a_dynamic_value_re_encodes() {
    let value: Box<dyn DynValue> = Box::new(functions::notes::Pin { id: 3 });
    let bytes = value.to_bytes().unwrap();
    assert_eq!(bytes[..4], 0xedeb_6f38u32.to_le_bytes());
    let any = Object::from(value);
    assert_eq!(any.to_bytes().unwrap(), bytes);
    assert_eq!(Object::from_bytes(&bytes).unwrap(), any);
}

#[test]
fn reads_a_servers_answer() {
    fn answer(result: &[u8]) -> Vec<u8> {
        let mut out = RPC_RESULT_ID.to_le_bytes().to_vec();
        out.extend(77i64.to_le_bytes());
        out.extend(result);
        out
    }
    let call = functions::notes::GetNotes { offset: 0, limit: 10 };
    fn returns<C: RemoteCall<Return = enums::Notes>>(_: &C) {}
    returns(&call);

    let result = read_result::<functions::notes::GetNotes>(&answer(&notes().to_bytes().unwrap()), 77).unwrap();
    assert_eq!(result, notes().into());

    let mut error = RPC_ERROR_ID.to_le_bytes().to_vec();
    error.extend(400i32.to_le_bytes());
    error.extend(b"\x0fNOTE_ID_INVALID");
    let Err(CallError::Rpc(e)) = read_result::<functions::notes::Pin>(&answer(&error), 77) else { panic!() };
    assert_eq!((e.code, e.message.as_str()), (400, "NOTE_ID_INVALID"));
}

mod more {
    //! A second table, declared by hand beside the converted one.
    #![allow(unused_imports)]
    pub mod types {
        use super::enums;
        tlwire_dsl::tl_constructor! { tag #0xcdae1946 name:string = Tag; }
    }
    pub mod enums {
        use super::types;
        tlwire_dsl::tl_type! { Tag = tag; }
    }
    pub mod functions {}
    pub mod definitions {
        use super::{enums, functions, types};
        tlwire_dsl::tl_definitions! { constructor tag: Tag, }
    }
}

tl_schema! {
    /// The converted schema and a hand-written line, one registry.
    struct Combined = [own_schema::Definitions, more::definitions::Definitions];
}

#[test]
fn tables_combine_into_one_registry() {
    let tag = more::types::Tag { name: "work".into() }.to_bytes().unwrap();
    assert!(Object::from_bytes(&tag).is_err(), "notes.tl alone does not know `tag`");
    let any = tlwire_dsl::Object::<Combined>::from_bytes(&tag).unwrap();
    assert_eq!(tl_text(&any).to_string(), "tag{name: \"work\"}");
    let note = tlwire_dsl::Object::<Combined>::from_bytes(&notes().to_bytes().unwrap()).unwrap();
    assert_eq!(note.name(), "notes");
    let count = Combined::registry().definitions().count();
    assert_eq!(count, <own_schema::Definitions as Table>::definitions::<Notes>().len() + 1);
}
