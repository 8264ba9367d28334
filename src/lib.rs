pub use tlwire_dsl::*;
