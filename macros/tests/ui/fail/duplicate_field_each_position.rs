// A duplicate at each place the check compares: the first field of a step
// against the steps before it, and each field against those before it in
// its own step. One error per line, at its second field.
#![allow(dead_code)]
mod enums {}
// the fifth field against the first four
mod m0 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line0 a:int b:int c:int d:int a:int f:int g:int h:int = T0; }
}
// the sixth against an earlier step
mod m1 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line1 a:int b:int c:int d:int e:int a:int g:int h:int = T1; }
}
// the seventh against an earlier step
mod m2 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line2 a:int b:int c:int d:int e:int f:int a:int h:int = T2; }
}
// the eighth against an earlier step
mod m3 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line3 a:int b:int c:int d:int e:int f:int g:int a:int = T3; }
}
// the second against the first, in one step
mod m4 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line4 a:int a:int = T4; }
}
// the third against the first
mod m5 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line5 a:int b:int a:int = T5; }
}
// the third against the second
mod m6 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line6 a:int b:int b:int = T6; }
}
// the fourth against the first
mod m7 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line7 a:int b:int c:int a:int = T7; }
}
// the fourth against the second
mod m8 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line8 a:int b:int c:int b:int = T8; }
}
// the fourth against the third
mod m9 {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! { line9 a:int b:int c:int c:int = T9; }
}
fn main() {}
