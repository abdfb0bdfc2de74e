//! `broadsheet account ...`: add a feed-server account (signing in at once), list, remove, and
//! sign in again. The password is read without echo (or from standard input with
//! `--password-stdin`) and used once: only the token the server returns is kept.

use std::io::BufRead;

use broadsheet_engine::secrets;
use broadsheet_engine::sync::greader::account::{add_account, sign_in_again};
use broadsheet_engine::text::plural;
use broadsheet_engine::{Error, Store};
use clap::{Subcommand, ValueEnum};

use super::common::{data_dir_of, emit, runtime, ExitCode, Global};

#[derive(Clone, Copy, ValueEnum)]
pub enum AccountKind {
    /// The Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)
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
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\n', '\r']).to_string()
    } else {
        rpassword::prompt_password("API password: ")?
    };
    if password.is_empty() {
        return Err(Error::Invalid("no password given".into()));
    }
    Ok(password)
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
                    let mut text = format!(
                        "Added account {}: {} (sign-in kept in {})",
                        account.id,
                        account.name,
                        place_words(account.secret_place.as_deref())
                    );
                    if moved > 0 {
                        text.push_str(&format!(
                            "\nMoved {} into it; they reach the server at the next sync",
                            plural(moved, "subscription", "subscriptions")
                        ));
                    }
                    text.push_str(
                        "\nRun `broadsheet sync` to fetch its subscriptions and articles",
                    );
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
                        let mut line = format!(
                            "{:>3}  {}  ({})",
                            a.id,
                            a.name,
                            plural(a.feeds as usize, "feed", "feeds")
                        );
                        if let Some(url) = &a.server_url {
                            line.push_str(&format!("\n     {url}, sign-in kept in {}", place_words(a.secret_place.as_deref())));
                        }
                        if a.sign_in_again {
                            line.push_str("\n     the server refused the sign-in: `broadsheet account sign-in ID`");
                        } else if let Some(e) = &a.last_sync_error {
                            line.push_str(&format!("\n     last sync failed: {e}"));
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
                format!(
                    "Removed account {id}: {}; {} kept in \"On this computer\"",
                    plural(removed.feeds as usize, "feed", "feeds"),
                    plural(removed.bookmarks_kept as usize, "bookmark", "bookmarks")
                )
            });
        }
        AccountCommand::SignIn { id, password_stdin } => {
            store.account(id)?;
            let password = read_password(password_stdin)?;
            runtime()?.block_on(sign_in_again(store, &data_dir, id, &password))?;
            let account = store.account(id)?;
            emit(global, &account, || {
                format!("Signed in again to {}", account.name)
            });
        }
    }
    Ok(ExitCode::Ok)
}

fn place_words(place: Option<&str>) -> &'static str {
    match place {
        Some("keyring") => "the system's credential store",
        _ => "a file only you can read (no credential store here)",
    }
}
