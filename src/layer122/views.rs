//! Borrowed views of the layer's bulk-data lines (and of
//! `updateShortMessage`'s text): decoded in place, their
//! `bytes` and `string` fields point into the input instead of being copied
//! out ([`View`](crate::View)).
//!
//! A downloaded file part (`upload.file`, up to 512 KiB) is the case that
//! matters: the owned decoder allocates and copies the part, the view reads
//! it in a few nanoseconds whatever its size. `into_owned()` gives the
//! owned struct when the input cannot be kept.
//!
//! ```
//! use tlwire::{Serializable, View, enums, types, views};
//!
//! let part = types::upload::File {
//!     r#type: types::storage::FilePartial {}.into(),
//!     mtime: 1_600_000_000,
//!     bytes: vec![0xAB; 4096],
//! };
//! let wire = part.to_bytes().unwrap();
//! let view = views::upload::FileRef::from_bytes(&wire).unwrap();
//! assert!(matches!(view.r#type, enums::storage::FileType::FilePartial(_)));
//! assert_eq!(view.bytes, &wire[16..]); // no copy: a slice of `wire`
//! assert_eq!(view.into_owned(), part);
//! ```
//!
//! `upload.getFile` answers with the boxed type `upload.File`, which is
//! `upload.file` or a CDN redirect. A view reads one constructor, so look
//! at the id first and fall back to the owned enum for the rare other one:
//!
//! ```
//! use tlwire::{Deserializable, Identifiable, View, enums, types, views};
//!
//! fn file_data(answer: &[u8]) -> Result<Option<&[u8]>, tlwire::DecodeError> {
//!     if answer.starts_with(&types::upload::File::CONSTRUCTOR_ID.to_le_bytes()) {
//!         return Ok(Some(views::upload::FileRef::from_bytes(answer)?.bytes));
//!     }
//!     // Not `upload.file`: `upload.fileCdnRedirect`, to fetch from the CDN.
//!     enums::upload::File::from_bytes(answer)?;
//!     Ok(None)
//! }
//! # use tlwire::Serializable;
//! # let part = types::upload::File { r#type: types::storage::FileUnknown {}.into(), mtime: 0, bytes: vec![1, 2, 3] };
//! # assert_eq!(file_data(&part.to_bytes().unwrap()).unwrap(), Some(&[1u8, 2, 3][..]));
//! ```
//!
//! The lines are written as in `types` and `functions`; each view's id is
//! checked against the struct it converts to, and `into_owned` names every
//! field of it, so a view cannot drift from its declaration.

/// Views of `upload` constructors and methods.
pub mod upload {
    #[allow(unused_imports)]
    use crate::layer122::{enums, types};

    use crate::layer122::functions::upload::{SaveBigFilePart, SaveFilePart};
    use crate::layer122::types::upload::{CdnFile, File, WebFile};

    crate::tl_view! {
        upload.file #0x96a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File;
        upload.webFile #0x21e753bc size:int mime_type:string file_type:storage.FileType mtime:int bytes:bytes = upload.WebFile;
        upload.cdnFile #0xa99fca4f bytes:bytes = upload.CdnFile;
        upload.saveFilePart #0xb304a621 file_id:long file_part:int bytes:bytes = Bool;
        upload.saveBigFilePart #0xde7b673d file_id:long file_part:int file_total_parts:int bytes:bytes = Bool;
    }
}

/// Views of `auth` constructors and methods.
pub mod auth {
    #[allow(unused_imports)]
    use crate::layer122::{enums, types};

    use crate::layer122::functions::auth::ImportAuthorization;
    use crate::layer122::types::auth::ExportedAuthorization;

    crate::tl_view! {
        auth.exportedAuthorization #0xdf969c2d id:int bytes:bytes = auth.ExportedAuthorization;
        auth.importAuthorization #0xe3ef9613 id:int bytes:bytes = auth.Authorization;
    }
}

/// Views of constructors outside a namespace: the secret-chat messages'
/// payloads, and the text of the most frequent short update (its entities
/// are decoded owned: a view borrows only its own `string` and `bytes`
/// fields).
pub mod root {
    #[allow(unused_imports)]
    use crate::layer122::{enums, types};

    use crate::layer122::types::{EncryptedMessage, EncryptedMessageService, UpdateShortMessage};

    crate::tl_view! {
        encryptedMessage #0xed18c118 random_id:long chat_id:int date:int bytes:bytes file:EncryptedFile = EncryptedMessage;
        encryptedMessageService #0x23734b06 random_id:long chat_id:int date:int bytes:bytes = EncryptedMessage;
        updateShortMessage #0x2296d2c8 flags:# out:flags.1?true mentioned:flags.4?true media_unread:flags.5?true silent:flags.13?true id:int user_id:int message:string pts:int pts_count:int date:int fwd_from:flags.2?MessageFwdHeader via_bot_id:flags.11?int reply_to:flags.3?MessageReplyHeader entities:flags.7?Vector<MessageEntity> = Updates;
    }
}
