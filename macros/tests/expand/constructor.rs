// A constructor (layer 122): a flags field, a `flags.N?true` field sharing
// its bit with a conditional `int`, an optional vector of a boxed type.
// The types a line names are stand-ins here: expanding resolves paths only.
mod enums {
    pub enum Peer {}
}

mod types {
    #[allow(unused_imports)]
    use crate::{enums, types};

    tlwire_dsl::tl_constructor! {
        messageReplies #0x4128faac flags:# comments:flags.0?true replies:int replies_pts:int recent_repliers:flags.1?Vector<Peer> channel_id:flags.0?int max_id:flags.2?int read_max_id:flags.3?int = MessageReplies;
    }
}
