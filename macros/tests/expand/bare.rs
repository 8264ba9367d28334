// Two constructors (MTProto), the second with a bare vector of the first
// (`vector<%future_salt>`).
mod enums {}

mod types {
    #[allow(unused_imports)]
    use crate::{enums, types};

    tlwire_dsl::tl_constructor! {
        future_salt #0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
        future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;
    }
}
