//! Fields named by Rust keywords, bare types (`%name`) wherever a type
//! goes, and types whose TL name is not their Rust name (`ResPQ` is the
//! enum `ResPq`): what a hand author writes, read as TL reads it.
#![allow(dead_code)]

mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        username #0xb4073647 flags:# editable:flags.0?true active:flags.1?true username:string = Username;
        resPQ #0x05162463 nonce:int128 server_nonce:int128 pq:bytes server_public_key_fingerprints:Vector<long> = ResPQ;
        // Keywords: `self` and `Self` become `is_self` and `is_Self`,
        // `super` and `crate` `super_` and `crate_`, the others raw
        // identifiers.
        keywords flags:# self:flags.0?true type:flags.1?string final:int super:long crate:string fn:Vector<int> = Keywords;
        selfish flags:# Self:flags.0?true is_self:int = Keywords;
        uses flags:# res:ResPQ maybe:flags.2?ResPQ all:Vector<ResPQ> = Uses;
    }
    // A bare type outside a vector: a line of its own.
    tlwire_dsl::tl_constructor! { contact name:%username = Contact; }
    tlwire_dsl::tl_constructor! { maybeContact flags:# name:flags.0?%username = Contact; }
    tlwire_dsl::tl_constructor! {
        contacts names:vector<%username> boxed:Vector<%username> = Contacts;
    }
    pub mod help {
        #[allow(unused_imports)]
        use super::super::{enums, types};
        tlwire_dsl::tl_constructor! { help.configSimple date:int expires:int = help.ConfigSimple; }
        tlwire_dsl::tl_constructor! { help.configs simple:%help.configSimple = help.Configs; }
    }
}
mod enums {
    #[allow(unused_imports)]
    use super::types;
    tlwire_dsl::tl_type! {
        Username = username;
        ResPQ = #[boxed] resPQ;
        Keywords = #[boxed] keywords | selfish;
        Uses = uses;
        Contact = contact | maybeContact;
        Contacts = contacts;
    }
    pub mod help {
        #[allow(unused_imports)]
        use super::super::types;
        tlwire_dsl::tl_type! {
            help.ConfigSimple = help.configSimple;
            help.Configs = help.configs;
        }
    }
}

use tlwire_dsl::{Deserializable, Identifiable, Serializable};

fn main() {
    let name = types::Username { editable: true, active: false, username: "ivan".into() };
    // Bare: the fields alone, no constructor id.
    let contact = types::Contact { name: name.clone() };
    let bytes = contact.to_bytes().unwrap();
    let mut expected = types::Contact::CONSTRUCTOR_ID.to_le_bytes().to_vec();
    expected.extend_from_slice(&1u32.to_le_bytes()); // flags: editable
    expected.extend_from_slice(&[4, b'i', b'v', b'a', b'n', 0, 0, 0]);
    assert_eq!(bytes, expected);
    assert_eq!(types::Contact::from_bytes(&bytes).unwrap(), contact);
    // The schema line is the .tl line: `%` is the DSL's spelling only.
    assert_eq!(types::Contact::SCHEMA.to_string(), "contact name:username = Contact");
    assert_eq!(types::help::Configs::SCHEMA.to_string(), "help.configs simple:help.configSimple = help.Configs");

    let maybe = types::MaybeContact { name: Some(name.clone()) };
    assert_eq!(types::MaybeContact::from_bytes(&maybe.to_bytes().unwrap()).unwrap(), maybe);
    let many = types::Contacts { names: vec![name.clone()], boxed: vec![name.clone()] };
    let bytes = many.to_bytes().unwrap();
    // vector<%username>: count, fields; Vector<%username>: vector id, count, fields.
    assert_eq!(bytes.len(), 4 + (4 + 12) + (4 + 4 + 12));
    assert_eq!(types::Contacts::from_bytes(&bytes).unwrap(), many);

    let k = types::Keywords { is_self: true, r#type: Some("t".into()), r#final: 1, super_: 2, crate_: "c".into(), r#fn: vec![3] };
    assert_eq!(types::Keywords::from_bytes(&k.to_bytes().unwrap()).unwrap(), k);
    let s = types::Selfish { is_Self: true, is_self: 4 };
    assert_eq!(types::Selfish::from_bytes(&s.to_bytes().unwrap()).unwrap(), s);

    let res = types::ResPq { nonce: [1; 16], server_nonce: [2; 16], pq: vec![3], server_public_key_fingerprints: vec![4] };
    let uses = types::Uses { res: res.clone().into(), maybe: None, all: vec![res.into()] };
    let _: enums::ResPq = uses.res.clone();
    assert_eq!(types::Uses::from_bytes(&uses.to_bytes().unwrap()).unwrap(), uses);

    let simple = types::help::ConfigSimple { date: 1, expires: 2 };
    let configs = types::help::Configs { simple };
    assert_eq!(configs.to_bytes().unwrap().len(), 4 + 8);
}
