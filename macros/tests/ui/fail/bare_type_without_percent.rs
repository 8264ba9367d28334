// `username` is a constructor: as a field type, `username` is its bare
// form (no id on the wire), which the DSL writes `%username`. Read boxed,
// it would put the constructor id on the wire, where TL has none.
mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        username flags:# editable:flags.0?true active:flags.1?true username:string = Username;
        channelUsernames list:Vector<%username> = ChannelUsernames;
        contact name:username = Contact;
    }
}
mod enums {
    #[allow(unused_imports)]
    use super::types;
    tlwire_dsl::tl_type! {
        Username = username;
        ChannelUsernames = channelUsernames;
    }
}
fn main() {}
