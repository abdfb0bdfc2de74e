//! The grouping rules on small, made-up reports: the same event from several sources joins,
//! an event of the same kind elsewhere does not, and the window, the sources and "not the same
//! story" hold.

use super::*;

const DAY: i64 = 24 * 3600;

fn report(source: i64, day: i64, title: &str, text: &str) -> StoryInput {
    StoryInput {
        title: title.into(),
        text: text.into(),
        published: Some(1_700_000_000 + day * DAY),
        source: Some(source),
    }
}

/// Two reports of a quake on Qeshm, one of a quake in Bam (same kind, another event), and one
/// of a football injury.
fn reports() -> Vec<StoryInput> {
    vec![
        report(
            1,
            0,
            "Quake hits Qeshm island off southern Iran",
            "A magnitude 5.6 earthquake struck Qeshm island off the southern coast of Iran on \
             Sunday, injuring five people in the town of Dargahan and damaging buildings, the \
             state news agency IRNA reported. Rescuers from Bandar Abbas reached the island.",
        ),
        report(
            2,
            1,
            "Five hurt as earthquake jolts Qeshm",
            "An earthquake measuring 5.6 jolted Qeshm island in the Gulf on Sunday. Five people \
             were injured in Dargahan, IRNA said, and several buildings were damaged. Teams from \
             Bandar Abbas crossed to Qeshm.",
        ),
        report(
            3,
            1,
            "Deadly quake levels Bam's old citadel",
            "A powerful earthquake destroyed much of the city of Bam in Kerman province, killing \
             thousands. The ancient citadel Arg-e Bam collapsed, and Kerman's hospitals were \
             overwhelmed, officials in Tehran said.",
        ),
        report(
            3,
            0,
            "Saints lose Reggie Bush for the season",
            "The New Orleans Saints placed running back Reggie Bush on injured reserve on \
             Wednesday with a sprained knee, ending his season before the games against Detroit \
             and Carolina.",
        ),
    ]
}

#[test]
fn the_same_event_from_two_sources_is_one_story_and_others_stay_apart() {
    assert_eq!(group_stories(&reports()), [0, 0, 2, 3]);
}

#[test]
fn the_order_given_changes_only_the_names_of_the_groups() {
    let mut reversed = reports();
    reversed.reverse();
    assert_eq!(group_stories(&reversed), [0, 1, 2, 2]);
}

#[test]
fn reports_more_than_three_days_apart_are_different_stories() {
    let mut far = reports();
    far[1].published = far[0].published.map(|t| t + 3 * DAY + 1);
    assert_eq!(group_stories(&far), [0, 1, 2, 3]);
    far[1].published = far[0].published.map(|t| t + 3 * DAY);
    assert_eq!(group_stories(&far), [0, 0, 2, 3]);
    // unknown times do not keep reports apart
    far[1].published = None;
    assert_eq!(group_stories(&far), [0, 0, 2, 3]);
}

#[test]
fn the_same_text_joins_whatever_the_time_and_the_window_still_holds_for_the_rest() {
    let mut all = reports();
    let mut copy = all[0].clone();
    copy.source = Some(9);
    copy.published = all[0].published.map(|t| t + 30 * DAY);
    all.push(copy);
    assert_eq!(group_stories(&all), [0, 0, 2, 3, 0]);
    // a short text is not "the same text": two one-line items a month apart stay apart
    let short = |day| report(day, day * 30, "Live", "Live updates to follow.");
    assert_eq!(group_stories(&[short(1), short(2)]), [0, 1]);
}

#[test]
fn one_source_does_not_join_its_own_articles() {
    let mut all = reports();
    all[1].source = all[0].source;
    assert_eq!(group_stories(&all), [0, 1, 2, 3]);
}

#[test]
fn not_the_same_story_is_kept_apart() {
    let all = reports();
    let apart = |i: usize, j: usize| (i, j) == (1, 0);
    assert_eq!(group_stories_apart(&all, apart), [0, 1, 2, 3]);
}

#[test]
fn a_pair_of_sources_split_before_needs_more_in_common() {
    let all = reports();
    // the two Qeshm reports are alike, but not twice the threshold alike
    let halved = |i: usize, j: usize| {
        if i.min(j) == 0 && i.max(j) == 1 {
            0.5
        } else {
            1.0
        }
    };
    assert_eq!(group_stories_with(&all, |_, _| false, halved), [0, 1, 2, 3]);
    assert_eq!(
        group_stories_with(&all, |_, _| false, |_, _| 1.0),
        [0, 0, 2, 3]
    );
}

#[test]
fn nothing_to_group_is_nothing() {
    assert!(group_stories(&[]).is_empty());
    let empty = StoryInput::default();
    assert_eq!(group_stories(&[empty.clone(), empty]), [0, 1]);
}
