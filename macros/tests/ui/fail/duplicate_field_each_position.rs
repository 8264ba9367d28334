// A duplicate at each place the check compares: the first field of a step
// against the steps before it, and each field against those before it in
// its own step. One error per line, at its second field.
#![allow(dead_code)]
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        // the fifth field against the first four
        line0 a:int b:int c:int d:int a:int f:int g:int h:int = T0;
        // the sixth against an earlier step
        line1 a:int b:int c:int d:int e:int a:int g:int h:int = T1;
        // the seventh against an earlier step
        line2 a:int b:int c:int d:int e:int f:int a:int h:int = T2;
        // the eighth against an earlier step
        line3 a:int b:int c:int d:int e:int f:int g:int a:int = T3;
        // the second against the first, in one step
        line4 a:int a:int = T4;
        // the third against the first
        line5 a:int b:int a:int = T5;
        // the third against the second
        line6 a:int b:int b:int = T6;
        // the fourth against the first
        line7 a:int b:int c:int a:int = T7;
        // the fourth against the second
        line8 a:int b:int c:int b:int = T8;
        // the fourth against the third
        line9 a:int b:int c:int c:int = T9;
    }
}
fn main() {}
