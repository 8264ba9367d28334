// A method (layer 122) as `tl convert --docs` writes it: its page's
// description, errors, bot flag, related page and parameter docs.
// The types a line names are stand-ins here: expanding resolves paths only.
mod enums {
    pub enum InputUser {}
    pub enum Updates {}
}

mod types {}

mod functions {
    #[allow(unused_imports)]
    use crate::{enums, functions, types};

    tlwire_dsl::tl_function! {
        /// Add an existing telegram user as contact.
        #[error(400 CONTACT_ID_INVALID = "The provided contact ID is invalid")]
        #[error(400 CONTACT_NAME_EMPTY = "Contact name empty")]
        #[bots(yes)]
        #[related(method contacts.importContacts)]
        contacts.addContact #0xe8f463d0
            flags:#
            /// Allow the other user to see our phone number?
            add_phone_privacy_exception:flags.0?true
            /// Telegram ID of the other user
            id:InputUser
            first_name:string
            last_name:string
            phone:string
            = Updates;
    }
}
