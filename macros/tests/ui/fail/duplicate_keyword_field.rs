// A field named by a Rust keyword, twice: its Rust name, `r#type`, is made
// by the DSL, so the error can only point at the call; its message names
// the line and the field (`types::media::r#type`).
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        media type:string type:int = Media;
    }
}
fn main() {}
