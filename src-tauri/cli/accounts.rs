//! `broadsheet account ...`: add a feed-server account (signing in at once), list, remove, and
//! sign in again. The password is read without echo (or from standard input with
//! `--password-stdin`) and used once: only the token the server returns is kept.

use broadsheet_engine::secrets;
use broadsheet_engine::sync::greader::account::{add_account, sign_in_again};
use broadsheet_engine::{Error, Store};
use clap::{Subcommand, ValueEnum};

use super::common::{data_dir_of, emit, runtime, ExitCode, Global};
use super::l10n::t;

#[derive(Clone, Copy, ValueEnum)]
pub enum AccountKind {
    // the Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux); --help
    // says so from the catalog (help-arg-account-add-kind)
    Greader,
}

#[derive(Subcommand)]
pub enum AccountCommand {
    /// Sign in to a server and add it as an account
    Add {
        #[arg(value_enum)]
        kind: AccountKind,
        /// The API's address (FreshRSS: https://host/api/greader.php; Miniflux: https://host)
        url: String,
        #[arg(long)]
        user: String,
        /// Read the (API) password from standard input instead of asking
        #[arg(long)]
        password_stdin: bool,
        /// Move the subscriptions of "On this computer" into it (folders kept)
        #[arg(long)]
        move_local: bool,
    },
    /// List the accounts
    List,
    /// Remove an account: its articles go, its bookmarks stay (in "On this computer")
    Remove { id: i64 },
    /// Sign in again (after the server refused the kept sign-in)
    SignIn {
        id: i64,
        #[arg(long)]
        password_stdin: bool,
    },
}

fn read_password(from_stdin: bool) -> Result<String, Error> {
    super::common::read_password(from_stdin, &t!("cli-api-password-prompt"))
}

pub fn run(global: &Global, store: &mut Store, command: AccountCommand) -> Result<ExitCode, Error> {
    let data_dir = data_dir_of(store);
    match command {
        AccountCommand::Add {
            kind: AccountKind::Greader,
            url,
            user,
            password_stdin,
            move_local,
        } => {
            let password = read_password(password_stdin)?;
            let account =
                runtime()?.block_on(add_account(store, &data_dir, &url, &user, &password))?;
            let moved = if move_local {
                store.move_local_feeds_to(account.id)?
            } else {
                0
            };
            emit(
                global,
                &serde_json::json!({ "account": account, "moved_feeds": moved }),
                || {
                    let mut text = t!(
                        "cli-account-added",
                        id = account.id,
                        name = &account.name,
                        place = place(account.secret_place.as_deref())
                    );
                    text.push('\n');
                    text.push_str(&t!(
                        "cli-account-api-at",
                        url = account.server_url.as_deref().unwrap_or_default()
                    ));
                    if moved > 0 {
                        text.push('\n');
                        text.push_str(&t!("cli-account-moved", count = moved));
                    }
                    text.push('\n');
                    text.push_str(&t!("cli-account-sync-hint"));
                    text
                },
            );
        }
        AccountCommand::List => {
            let accounts = store.accounts()?;
            emit(global, &accounts, || {
                accounts
                    .iter()
                    .map(|a| {
                        let feeds = t!("cli-account-feeds", count = a.feeds);
                        let mut line = format!("{:>3}  {}  ({feeds})", a.id, a.name);
                        if let Some(url) = &a.server_url {
                            let server = t!(
                                "cli-account-server",
                                url = url,
                                place = place(a.secret_place.as_deref())
                            );
                            line.push_str(&format!("\n     {server}"));
                        }
                        if a.sign_in_again {
                            line.push_str(&format!("\n     {}", t!("cli-account-refused")));
                        } else if let Some(e) = &a.last_sync_error {
                            line.push_str(&format!(
                                "\n     {}",
                                t!("cli-account-last-failed", error = super::l10n::message(e))
                            ));
                        }
                        line
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        AccountCommand::Remove { id } => {
            let removed = store.remove_account(id)?;
            secrets::delete(&data_dir, id);
            emit(global, &removed, || {
                t!(
                    "cli-account-removed",
                    id = id,
                    feeds = removed.feeds,
                    bookmarks = removed.bookmarks_kept
                )
            });
        }
        AccountCommand::SignIn { id, password_stdin } => {
            store.account(id)?;
            let password = read_password(password_stdin)?;
            runtime()?.block_on(sign_in_again(store, &data_dir, id, &password))?;
            let account = store.account(id)?;
            emit(global, &account, || {
                t!("cli-account-signed-in", name = &account.name)
            });
        }
    }
    Ok(ExitCode::Ok)
}

/// Where the sign-in is kept, as the catalogs choose on it.
fn place(place: Option<&str>) -> &'static str {
    match place {
        Some("keyring") => "keyring",
        _ => "file",
    }
}
