//! Random instances of any declared definition, as bytes, made from the
//! schema lines alone.
//!
//! The generator reads each definition's schema text (not the generated
//! code), so it is an independent oracle for the codec: every instance it
//! makes must decode through [`Object`](crate::Object) and re-encode to the
//! same bytes. It drives the property tests, `tl random`, and the live
//! cross-check against GramJS.
//!
//! Needs the feature `tools`.

use std::collections::HashMap;

use tlwire_dsl::registry::{Definition, Kind};

use crate::convert;

/// A small, fast, seedable PRNG (SplitMix64); deterministic across platforms.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

/// Schema-driven generator over a set of definitions.
pub struct Sampler {
    defs: Vec<(&'static Definition, convert::Definition)>,
    by_type: HashMap<String, Vec<usize>>,
    by_name: HashMap<String, usize>,
    methods: Vec<usize>,
    max_depth: u32,
}

impl Sampler {
    /// A generator over `definitions` (e.g. [`crate::layer230::definitions()`]).
    pub fn new(definitions: &'static [Definition]) -> Self {
        let mut defs = Vec::new();
        for d in definitions.iter().filter(|d| d.kind != Kind::Builtin) {
            let parsed = convert::parse_line(&d.schema.to_string()).expect("declared schema lines parse");
            defs.push((d, parsed));
        }
        let mut by_type: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name = HashMap::new();
        let mut methods = Vec::new();
        for (i, (d, p)) in defs.iter().enumerate() {
            by_name.insert(d.name.to_string(), i);
            match d.kind {
                Kind::Constructor => by_type.entry(p.result.clone()).or_default().push(i),
                _ if p.generics.is_empty() => methods.push(i),
                _ => {}
            }
        }
        Self { defs, by_type, by_name, methods, max_depth: 4 }
    }

    /// The definitions it generates, in schema order.
    pub fn definitions(&self) -> impl Iterator<Item = &'static Definition> + '_ {
        self.defs.iter().map(|(d, _)| *d)
    }

    /// `per_definition` random boxed instances of each definition, in
    /// schema order, each with its definition. One seed gives the same
    /// instances on every platform.
    ///
    /// ```
    /// use tlwire::sample::Sampler;
    ///
    /// let sampler = Sampler::new(tlwire::layer230::definitions());
    /// for (definition, bytes) in sampler.instances(7, 2).take(4) {
    ///     assert_eq!(bytes[..4], definition.id.to_le_bytes());
    /// }
    /// ```
    pub fn instances(
        &self,
        seed: u64,
        per_definition: usize,
    ) -> impl Iterator<Item = (&'static Definition, Vec<u8>)> + '_ {
        let mut rng = Rng::new(seed);
        (0..self.defs.len()).flat_map(move |i| core::iter::repeat_n(i, per_definition)).map(move |i| {
            let mut out = Vec::new();
            self.boxed(i, &mut rng, 0, &mut out);
            (self.defs[i].0, out)
        })
    }

    /// A random boxed instance (id, then fields) of the definition named `name`.
    pub fn instance(&self, name: &str, rng: &mut Rng) -> Option<Vec<u8>> {
        let i = *self.by_name.get(name)?;
        let mut out = Vec::new();
        self.boxed(i, rng, 0, &mut out);
        Some(out)
    }

    fn boxed(&self, i: usize, rng: &mut Rng, depth: u32, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.defs[i].0.id.to_le_bytes());
        self.bare(i, rng, depth, out);
    }

    fn bare(&self, i: usize, rng: &mut Rng, depth: u32, out: &mut Vec<u8>) {
        let params = &self.defs[i].1.params;
        // Which bits of each flags field are set: one decision per bit, so
        // fields that share a bit agree.
        let mut flags: HashMap<&str, u32> = HashMap::new();
        for p in params {
            if let Some((field, bit, _)) = conditional(&p.ty)
                && rng.chance(2)
            {
                *flags.entry(field).or_default() |= 1 << bit;
            }
        }
        for p in params {
            let name = p.name.as_deref().unwrap_or("");
            if p.ty == "#" {
                out.extend_from_slice(&flags.get(name).copied().unwrap_or(0).to_le_bytes());
                continue;
            }
            match conditional(&p.ty) {
                Some((field, bit, ty)) => {
                    if flags.get(field).copied().unwrap_or(0) & (1 << bit) != 0 && ty != "true" {
                        self.value(ty, rng, depth, out);
                    }
                }
                None => self.value(&p.ty, rng, depth, out),
            }
        }
    }

    fn value(&self, ty: &str, rng: &mut Rng, depth: u32, out: &mut Vec<u8>) {
        match ty {
            "int" => out.extend_from_slice(&int(rng).to_le_bytes()),
            "long" => out.extend_from_slice(&long(rng).to_le_bytes()),
            "double" => out.extend_from_slice(&((rng.below(20001) as f64 - 10000.0) / 8.0 + 0.125).to_le_bytes()),
            "int128" => (0..16).for_each(|_| out.push(rng.next_u64() as u8)),
            "int256" => (0..32).for_each(|_| out.push(rng.next_u64() as u8)),
            "string" => tl_bytes(text(rng).as_bytes(), out),
            "bytes" => {
                let data: Vec<u8> = (0..length(rng)).map(|_| rng.next_u64() as u8).collect();
                tl_bytes(&data, out)
            }
            "Bool" => out.extend_from_slice(&(if rng.chance(2) { 0x9972_75b5u32 } else { 0xbc79_9737 }).to_le_bytes()),
            _ if ty.starts_with('!') => {
                let i = self.methods[rng.below(self.methods.len() as u64) as usize];
                self.boxed(i, rng, depth + 1, out)
            }
            _ => {
                if let Some(inner) = ty.strip_prefix("Vector<").and_then(|t| t.strip_suffix('>')) {
                    out.extend_from_slice(&0x1cb5_c415u32.to_le_bytes());
                    self.elements(inner, rng, depth, out);
                } else if let Some(inner) = ty.strip_prefix("vector<").and_then(|t| t.strip_suffix('>')) {
                    self.elements(inner, rng, depth, out);
                } else if let Some(&i) = self.bare_ctor(ty) {
                    self.bare(i, rng, depth + 1, out);
                } else {
                    let ctors = self.by_type.get(ty).map(Vec::as_slice).unwrap_or(&[]);
                    let i = if depth >= self.max_depth {
                        *ctors
                            .iter()
                            .min_by_key(|&&c| self.defs[c].1.params.len())
                            .expect("every type has a constructor")
                    } else {
                        ctors[rng.below(ctors.len() as u64) as usize]
                    };
                    self.boxed(i, rng, depth + 1, out)
                }
            }
        }
    }

    /// A bare constructor used as a type: `%name` or a lowercase name.
    fn bare_ctor(&self, ty: &str) -> Option<&usize> {
        let name = ty.strip_prefix('%').unwrap_or(ty);
        let last = name.rsplit('.').next().unwrap_or(name);
        if last.starts_with(|c: char| c.is_ascii_lowercase()) { self.by_name.get(name) } else { None }
    }

    fn elements(&self, inner: &str, rng: &mut Rng, depth: u32, out: &mut Vec<u8>) {
        let n = if depth >= self.max_depth { 0 } else { rng.below(4) as u32 };
        out.extend_from_slice(&n.to_le_bytes());
        for _ in 0..n {
            self.value(inner, rng, depth + 1, out);
        }
    }
}

/// `flags.N?T` → `(flags, N, T)`.
fn conditional(ty: &str) -> Option<(&str, u32, &str)> {
    let (cond, rest) = ty.split_once('?')?;
    let (field, bit) = cond.split_once('.')?;
    Some((field, bit.parse().ok()?, rest))
}

fn int(rng: &mut Rng) -> i32 {
    match rng.below(4) {
        0 => rng.below(100) as i32,
        1 => -(rng.below(1000) as i32),
        2 => [i32::MIN, i32::MAX, 0, -1][rng.below(4) as usize],
        _ => rng.next_u64() as i32,
    }
}

fn long(rng: &mut Rng) -> i64 {
    match rng.below(3) {
        0 => rng.below(1000) as i64 - 500,
        1 => [i64::MIN, i64::MAX][rng.below(2) as usize],
        _ => rng.next_u64() as i64,
    }
}

/// A length that exercises both length-prefix forms and their edges.
fn length(rng: &mut Rng) -> usize {
    match rng.below(8) {
        0 => 0,
        1 => 253,
        2 => 254,
        3 => 255 + rng.below(300) as usize,
        _ => 1 + rng.below(12) as usize,
    }
}

fn text(rng: &mut Rng) -> String {
    const PIECES: [&str; 8] = ["a", "Z", "7", " ", "é", "дом", "😀", "\""];
    let target = length(rng);
    let mut s = String::new();
    while s.len() < target {
        s.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]);
    }
    s
}

/// TL `string`/`bytes` encoding, written independently of the codec.
fn tl_bytes(data: &[u8], out: &mut Vec<u8>) {
    let header = if data.len() < 254 {
        out.push(data.len() as u8);
        1
    } else {
        out.push(254);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes()[..3]);
        4
    };
    out.extend_from_slice(data);
    out.resize(out.len() + (4 - (header + data.len()) % 4) % 4, 0);
}
