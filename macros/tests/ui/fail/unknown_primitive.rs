mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        stat value:int33 = Stat;
    }
}
fn main() {}
