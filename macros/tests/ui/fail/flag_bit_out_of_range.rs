mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        peerSettings flags:# report_spam:flags.32?true = PeerSettings;
    }
}
fn main() {}
