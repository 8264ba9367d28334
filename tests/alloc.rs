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
    // The length and the guard byte that tells a `serialize` writing more
    // than its `measure` said (see `Writer`).
    assert_eq!(bytes.capacity(), bytes.len() + 1, "the one allocation is the length and a guard byte");

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

/// The feature `views`: reading any definition in place allocates nothing,
/// however large the instance (random instances of every definition of
/// both layers and the service schema).
#[test]
fn reading_any_definition_through_its_view_allocates_nothing() {
    use tlwire::registry::Table;
    let mtproto = <tlwire::mtproto::Definitions as Table>::definitions::<tlwire::layer230::Layer230>();
    let mut read = 0;
    for definitions in [tlwire::layer122::definitions(), tlwire::layer230::definitions(), mtproto] {
        for (def, bytes) in Sampler::new(definitions).instances(9, 4) {
            let Some(view) = def.view else { continue };
            let (result, n) = allocations(|| (view.check)(&mut tlwire::Reader::new(&bytes)));
            assert_eq!((result, n), (Ok(()), 0), "{}", def.name);
            read += 1;
        }
    }
    assert!(read > 4 * 3800, "{read} instances read");
}

/// A client's answers read in place, walked to the last field of every
/// message, allocate nothing; the owned decoder allocates per string.
#[test]
fn reading_a_history_through_its_view_allocates_nothing() {
    use tlwire::layer230::enums;
    let history = traffic("messages.channelMessages100");
    let (view, n) = allocations(|| enums::messages::MessagesRef::from_bytes(&history).unwrap());
    assert_eq!(n, 0);
    let enums::messages::MessagesRef::ChannelMessages(channel) = view else { panic!("{view:?}") };
    let (text_bytes, n) = allocations(|| {
        let mut text_bytes = 0;
        for message in channel.get().messages.iter() {
            if let enums::MessageRef::Message(message) = message {
                text_bytes += message.get().message.len();
            }
        }
        text_bytes
    });
    assert_eq!(n, 0);
    assert!(text_bytes > 1000, "{text_bytes}");
    let (_, n) = allocations(|| <enums::messages::Messages as Deserializable>::from_bytes(&history).unwrap());
    assert!(n > 100, "the owned decoder allocated {n} times");
}

/// A message of `benches/peers/data/traffic230.txt` by name.
fn traffic(name: &str) -> Vec<u8> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/peers/data/traffic230.txt")).unwrap();
    let line = text.lines().find(|l| l.split('\t').next() == Some(name)).unwrap_or_else(|| panic!("no {name}"));
    let hex = line.rsplit('\t').next().unwrap();
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect()
}
