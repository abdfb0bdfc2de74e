//! Accounts on Google Reader API servers: the HTTP caller ([`client`]) and the sync logic
//! ([`account`]).

pub mod account;
pub mod client;
