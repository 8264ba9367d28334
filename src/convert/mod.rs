//! `.tl` to DSL converter (being written).
