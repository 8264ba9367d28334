mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputUserSelf #0xf7c1b13f = InputUser;
    }
}
mod enums {
    use super::types;
    tlwire_dsl::tl_type! { InputPeer = inputUserSelf; }
}
fn main() {}
