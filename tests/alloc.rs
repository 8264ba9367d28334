//! Encoding allocates exactly once (the exact length is known first), and
//! not at all into a buffer that has grown; counted by a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use tlwire::layer122::Object;
use tlwire::sample::Sampler;
use tlwire::{Deserializable, Serializable, functions, types};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts calls on this thread.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (out, ALLOCATIONS.with(Cell::get) - before)
}

#[test]
fn encoding_the_seed_call_allocates_once() {
    let call = functions::contacts::AddContact {
        add_phone_privacy_exception: true,
        id: types::InputUser { user_id: 1, access_hash: 2 }.into(),
        first_name: "a".repeat(300),
        last_name: "Petrov".into(),
        phone: "+79991234567".into(),
    };
    let (bytes, n) = allocations(|| call.to_bytes().unwrap());
    assert_eq!(n, 1);
    assert_eq!(bytes.capacity(), bytes.len(), "the one allocation is exactly the length");

    let mut buf = Vec::new();
    call.encode_into(&mut buf).unwrap();
    buf.clear();
    let (_, n) = allocations(|| call.encode_into(&mut buf).unwrap());
    assert_eq!(n, 0, "a reused buffer does not allocate");
}

#[test]
fn encoding_any_definition_allocates_once() {
    let sampler = Sampler::new(tlwire::layer122::definitions());
    for (def, bytes) in sampler.instances(5, 4) {
        let obj = Object::from_bytes(&bytes).unwrap();
        let (out, n) = allocations(|| obj.to_bytes().unwrap());
        assert_eq!((n, out.len()), (1, bytes.len()), "{}", def.name);
    }
}
