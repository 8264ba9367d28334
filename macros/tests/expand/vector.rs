// TL's builtin `vector`, which Rust holds as `Vec<T>`: declared for the
// registry and the listings, with its id checked.
tlwire_dsl::tl_constructor! { vector #0x1cb5c415 {t:Type} # [ t ] = Vector t; }
