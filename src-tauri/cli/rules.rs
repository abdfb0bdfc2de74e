//! `broadsheet rule ...`: add, list, test, apply, enable, disable, move and remove rules
//! (filters that act on new articles at every refresh; `engine::feeds::rules`).

use broadsheet_engine::feeds::rules::{Action, Field, MatchKind, Rule};
use broadsheet_engine::model::now;
use broadsheet_engine::{Error, Store};
use clap::{Args, Subcommand};

use super::common::{emit, ExitCode, Global};
use super::l10n::t;

/// How far back `rule test` and the editor's preview look.
pub const PREVIEW_DAYS: i64 = 30;

#[derive(Subcommand)]
pub enum RuleCommand {
    /// Add a rule; it acts on new articles from the next refresh on (`rule apply` for stored ones)
    Add(RuleSpec),
    /// List the rules in the order they run
    List,
    /// Show which stored articles of the last 30 days a rule matches (changes nothing)
    Test { id: i64 },
    /// Apply a rule to every stored article now
    Apply { id: i64 },
    /// Turn a rule on
    Enable { id: i64 },
    /// Turn a rule off (it stays, and does nothing)
    Disable { id: i64 },
    /// Move a rule to a place in the order (1 = first)
    Move {
        id: i64,
        #[arg(long, value_name = "PLACE")]
        to: usize,
    },
    /// Remove a rule (what it did to articles stays, unless --unhide)
    Remove {
        id: i64,
        /// Show the articles it hid in the lists again
        #[arg(long)]
        unhide: bool,
    },
    /// Show an article a rule hid in the lists again
    Unhide { article_id: i64 },
}

#[derive(Args)]
pub struct RuleSpec {
    /// What it reads, comma-separated: title, text, author, link, feed
    #[arg(long, value_name = "FIELDS", default_value = "title")]
    when: String,
    /// The words to look for (any of them, unless --all), or an expression with --regex
    #[arg(long, value_name = "TEXT")]
    matches: String,
    /// Every word must appear
    #[arg(long, conflicts_with = "regex")]
    all: bool,
    /// TEXT is a regular expression
    #[arg(long)]
    regex: bool,
    /// Mind upper and lower case
    #[arg(long)]
    case_sensitive: bool,
    /// What it does, comma-separated: read, hide, bookmark, notify, no-full-text
    #[arg(long, value_name = "ACTIONS")]
    then: String,
    /// Only in this feed
    #[arg(long, value_name = "ID", conflicts_with = "folder")]
    feed: Option<i64>,
    /// Only in this folder (a path such as News/Asia) and the folders in it
    #[arg(long, value_name = "PATH")]
    folder: Option<String>,
}

pub fn run(global: &Global, store: &mut Store, command: RuleCommand) -> Result<ExitCode, Error> {
    match command {
        RuleCommand::Add(spec) => {
            let rule = rule_of(store, spec)?;
            let id = store.add_rule(&rule, now())?;
            let rule = store.rule(id)?;
            emit(global, &rule, || {
                t!("cli-rule-added", id = id, rule = super::l10n::rule(&rule))
            });
        }
        RuleCommand::List => {
            let rules = store.rules()?;
            emit(global, &rules, || {
                if rules.is_empty() {
                    return t!("cli-rules-none");
                }
                rules
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let rule = if r.enabled {
                            t!("cli-rule-line", id = r.id, rule = super::l10n::rule(r))
                        } else {
                            t!("cli-rule-line-off", id = r.id, rule = super::l10n::rule(r))
                        };
                        format!("{:>3}. {rule}{}", i + 1, place(store, r))
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        RuleCommand::Test { id } => {
            let rule = store.rule(id)?;
            let since = now() - PREVIEW_DAYS * 24 * 3600;
            let preview = store.preview_rule(&rule, since, 20)?;
            emit(global, &preview, || {
                let mut text = t!(
                    "cli-rule-test",
                    id = id,
                    matches = preview.matches,
                    looked = preview.looked_at,
                    days = PREVIEW_DAYS
                );
                for a in &preview.newest {
                    text.push_str(&format!("\n  {:>7}  {}", a.id, a.title));
                }
                text
            });
        }
        RuleCommand::Apply { id } => {
            let n = store.apply_rule(id, now())?;
            emit(
                global,
                &serde_json::json!({ "rule": id, "matched": n }),
                || t!("cli-rule-applied", id = id, count = n),
            );
        }
        RuleCommand::Enable { id } | RuleCommand::Disable { id } => {
            let on = matches!(command, RuleCommand::Enable { .. });
            store.set_rule_enabled(id, on)?;
            let rule = store.rule(id)?;
            emit(global, &rule, || {
                t!("cli-rule-set", id = id, on = if on { "yes" } else { "no" })
            });
        }
        RuleCommand::Move { id, to } => {
            store.move_rule(id, to.saturating_sub(1))?;
            let order: Vec<i64> = store.rules()?.iter().map(|r| r.id).collect();
            emit(global, &serde_json::json!({ "order": order }), || {
                let order = order
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                t!("cli-rules-order", order = order)
            });
        }
        RuleCommand::Remove { id, unhide } => {
            let shown = if unhide {
                store.unhide_rule_articles(id)?
            } else {
                0
            };
            store.remove_rule(id)?;
            emit(
                global,
                &serde_json::json!({ "removed": id, "unhidden": shown }),
                || {
                    if unhide {
                        t!("cli-rule-removed-unhidden", id = id, count = shown)
                    } else {
                        t!("cli-rule-removed", id = id)
                    }
                },
            );
        }
        RuleCommand::Unhide { article_id } => {
            store.unhide_article(article_id)?;
            emit(
                global,
                &serde_json::json!({ "unhidden": article_id }),
                || t!("cli-article-unhidden", id = article_id),
            );
        }
    }
    Ok(ExitCode::Ok)
}

fn rule_of(store: &mut Store, spec: RuleSpec) -> Result<Rule, Error> {
    let list = |s: &str| {
        s.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let folder_id = match &spec.folder {
        Some(path) => Some(store.find_folder(path)?.ok_or_else(|| Error::NotFound {
            kind: "folder",
            id: path.clone(),
        })?),
        None => None,
    };
    Ok(Rule {
        id: 0,
        enabled: true,
        fields: list(&spec.when)
            .iter()
            .map(|f| Field::parse(f))
            .collect::<Result<_, _>>()?,
        match_kind: if spec.regex {
            MatchKind::Regex
        } else if spec.all {
            MatchKind::All
        } else {
            MatchKind::Any
        },
        pattern: spec.matches,
        case_sensitive: spec.case_sensitive,
        feed_id: spec.feed,
        folder_id,
        actions: list(&spec.then)
            .iter()
            .map(|a| Action::parse(a))
            .collect::<Result<_, _>>()?,
    })
}

/// " (in feed 3)", " (in folder News)" or nothing for every feed.
fn place(store: &Store, rule: &Rule) -> String {
    match (rule.feed_id, rule.folder_id) {
        (Some(feed), _) => match store.feed(feed) {
            Ok(f) => format!(" {}", t!("cli-rule-in-feed", id = feed, title = &f.title)),
            Err(_) => format!(" {}", t!("cli-rule-in-feed-id", id = feed)),
        },
        (None, Some(folder)) => {
            let name = store
                .folders()
                .ok()
                .and_then(|all| all.into_iter().find(|f| f.id == folder))
                .map_or_else(|| folder.to_string(), |f| f.path);
            format!(" {}", t!("cli-rule-in-folder", folder = name))
        }
        (None, None) => String::new(),
    }
}
