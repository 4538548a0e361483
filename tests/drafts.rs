//! Rendered drafts as snapshots (insta), so that a change to a template or to triage shows its
//! effect on what clients receive. Review changes with `cargo insta review`.

use std::collections::HashMap;
use std::path::Path;

use fiveminute::config::Config;
use fiveminute::pipeline::Pipeline;

fn draft_of(file: &str) -> String {
    let cfg = Config::load(Some(Path::new("config/fiveminute.toml")), &HashMap::new())
        .expect("config loads");
    let p = Pipeline::new(cfg).expect("pipeline loads");
    let raw = std::fs::read(file).expect("readable");
    let preview = p.preview(&raw).expect("parses");
    match preview.draft {
        Some(d) => format!(
            "To: {}\nSubject: {}\nIn-Reply-To: {}\nReferences: {}\n\n{}",
            d.to.map(|t| t.address).unwrap_or_default(),
            d.subject,
            d.in_reply_to.unwrap_or_default(),
            d.references.join(" "),
            d.body
        ),
        None => format!("no draft: {}", preview.no_draft_reason.unwrap_or_default()),
    }
}

#[test]
fn list_of_questions_with_library_answers_and_a_quote() {
    insta::assert_snapshot!(draft_of("tests/corpus/shared/questions/p01.eml"));
}

#[test]
fn requests_phrased_as_statements() {
    insta::assert_snapshot!(draft_of("tests/corpus/shared/questions/p03.eml"));
}

#[test]
fn reply_in_a_thread_keeps_references() {
    insta::assert_snapshot!(draft_of("tests/corpus/shared/questions/p10.eml"));
}

#[test]
fn thanks_only_needs_no_draft() {
    insta::assert_snapshot!(draft_of("tests/corpus/shared/questions/p04.eml"));
}

#[test]
fn html_only_german_client() {
    insta::assert_snapshot!(draft_of("tests/corpus/shared/questions/p06.eml"));
}
