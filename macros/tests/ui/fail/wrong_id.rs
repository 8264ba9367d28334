mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputUserSelf #0xf7c1b13e = InputUser;
    }
}
fn main() {}
