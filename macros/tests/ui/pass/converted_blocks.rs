//! Blocks as `tl convert` writes them: `#![converted]` first, whose lines
//! the DSL does not check for duplicate field names (the converter did),
//! including a line the block parser hands back to the token-at-a-time
//! reader (a generic method), which is then checked like any other.
#![allow(dead_code)]

mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        #![converted]
        inputUserEmpty #0xb98886cf = InputUser;
        inputUser #0xf21158c6 user_id:long access_hash:long = InputUser;
    }
}
mod enums {
    use super::types;
    tlwire_dsl::tl_type! { InputUser = inputUserEmpty | inputUser; }
}
mod functions {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_function! {
        #![converted]
        users.getUsers id:Vector<InputUser> = Vector<InputUser>;
    }
    tlwire_dsl::tl_function! { #![converted] invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X; }
}

use tlwire_dsl::Serializable;

fn main() {
    let user = types::InputUser { user_id: 5, access_hash: -7 };
    let call = functions::GetUsers { id: vec![user.into()] };
    assert_eq!(call.to_bytes().unwrap().len(), 4 + 8 + 4 + 8 + 8);
}
