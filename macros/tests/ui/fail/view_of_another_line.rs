// A view must be declared from the same line as the struct it converts to:
// here a field is renamed, so the line's CRC is not the declared id.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        upload.cdnFile #0xa99fca4f bytes:bytes = upload.CdnFile;
    }
}
mod views {
    #[allow(unused_imports)]
    use super::enums;
    use super::types::CdnFile;
    tlwire_dsl::tl_view! {
        upload.cdnFile #0xa99fca4f data:bytes = upload.CdnFile;
    }
}
fn main() {}
