//! Accounts on Google Reader API servers: the HTTP caller ([`client`]), finding the API from a
//! server's web address ([`discover`]) and the sync logic ([`account`]).

pub mod account;
pub mod client;
pub mod discover;
