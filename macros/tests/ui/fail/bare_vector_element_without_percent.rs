// The element of a bare `vector<…>` written without `%`: `future_salt` is a
// constructor, so this is its bare form, `vector<%future_salt>`.
mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        future_salt #0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
        future_salts #0xae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;
    }
}
mod enums {
    #[allow(unused_imports)]
    use super::types;
    tlwire_dsl::tl_type! { FutureSalt = future_salt; }
}
fn main() {}
