//! A client's traffic at layer 230 (`data/traffic230.txt`, written by
//! `tools/gramjs/gen-traffic.js`): the messages of the `traffic` bench and
//! of the `traffic_profile` callgrind driver.

/// One message: its label, its TL type and its bytes.
pub struct Message {
    /// What it is (`messages.channelMessages100`).
    pub label: &'static str,
    /// The TL type it is read as (`messages.Messages`, `Vector<User>`).
    pub ty: &'static str,
    /// The message.
    pub bytes: Vec<u8>,
}

/// Every message of the file, in file order.
pub fn messages() -> Vec<Message> {
    include_str!("../data/traffic230.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let (label, ty, hex) = (cols.next().unwrap(), cols.next().unwrap(), cols.next().unwrap());
            let bytes = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
            Message { label, ty, bytes }
        })
        .collect()
}

/// Calls `f::<tlwire type, grammers type>` for the TL type of a message.
#[macro_export]
macro_rules! with_traffic_types {
    ($ty:expr, $f:ident ( $($arg:expr),* )) => {{
        use grammers_tl_types as gt;
        use tlwire::layer230::enums;
        match $ty {
            "messages.Messages" => $f::<enums::messages::Messages, gt::enums::messages::Messages>($($arg),*),
            "messages.Dialogs" => $f::<enums::messages::Dialogs, gt::enums::messages::Dialogs>($($arg),*),
            "contacts.Contacts" => $f::<enums::contacts::Contacts, gt::enums::contacts::Contacts>($($arg),*),
            "updates.Difference" => $f::<enums::updates::Difference, gt::enums::updates::Difference>($($arg),*),
            "Config" => $f::<enums::Config, gt::enums::Config>($($arg),*),
            "messages.StickerSet" => $f::<enums::messages::StickerSet, gt::enums::messages::StickerSet>($($arg),*),
            "Vector<User>" => $f::<Vec<enums::User>, Vec<gt::enums::User>>($($arg),*),
            "Updates" => $f::<enums::Updates, gt::enums::Updates>($($arg),*),
            other => panic!("no decoder for type {other}"),
        }
    }};
}

/// Reads `bytes` as the view of `T` (the feature `views`), strictly and to
/// the last byte, as the owned `from_bytes_strict` reads `T`.
pub fn view<'a, T: tlwire::HasView>(bytes: &'a [u8]) -> Result<tlwire::ViewOf<'a, T>, tlwire::DecodeError> {
    let mut r = tlwire::Reader::new(bytes).strict_utf8();
    let v = <tlwire::ViewOf<'a, T> as tlwire::ViewValue<'a>>::read_view(&mut r)?;
    r.finish()?;
    Ok(v)
}
