pub use tlwire_dsl::*;
pub mod convert;
