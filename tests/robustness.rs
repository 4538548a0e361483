//! Property tests: nothing a client wrote is lost when a body is separated, and no input, however
//! broken, makes the pipeline panic.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use fiveminute::config::Config;
use fiveminute::parse::separate;
use fiveminute::pipeline::Pipeline;
use fiveminute::split::split;
use proptest::prelude::*;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
    let cfg = Config::load(Some(Path::new("config/fiveminute.toml")), &HashMap::new())
        .expect("config loads");
    Pipeline::new(cfg).expect("pipeline loads")
});

/// Lines of the kinds that steer the separator: quotes, headers, signatures, forwards, text.
fn mail_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ,.?']{0,60}",
        Just(String::new()),
        "> [A-Za-z ?]{0,30}",
        ">> [a-z]{0,10}",
        Just("On Mon, 2 Nov 2026 at 10:00, Jane <jane@x.example> wrote:".to_string()),
        Just("Am 02.11.2026 um 10:00 schrieb Jane".to_string()),
        Just("<jane@x.example>:".to_string()),
        Just("From: Tom <t@x.example>".to_string()),
        Just("Sent: Monday, 2 November 2026 10:00".to_string()),
        Just("To: Ann".to_string()),
        Just("-----Original Message-----".to_string()),
        Just("---------- Forwarded message ---------".to_string()),
        Just("Begin forwarded message:".to_string()),
        Just("-- ".to_string()),
        Just("Sent from my iPhone".to_string()),
        Just("Kind regards,".to_string()),
        Just("Thanks,".to_string()),
        Just("-Ann Lee".to_string()),
        Just("P.S. Can you also check the form?".to_string()),
        Just("_______________________________________________".to_string()),
        Just("This email is confidential and intended only for the addressee.".to_string()),
        Just("- a bullet item".to_string()),
        Just("1. Can I deduct it?".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every non-blank line of the body ends up in one of the four parts.
    #[test]
    fn separation_loses_nothing(lines in prop::collection::vec(mail_line(), 0..40)) {
        let body = lines.join("\n");
        let s = separate(&body);
        let all = format!("{}\n{}\n{}\n{}", s.new_text, s.quoted, s.forwarded, s.signature);
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            prop_assert!(all.contains(line), "lost {line:?} from {body:?} -> {s:?}");
        }
    }

    /// Splitting never panics, and every question is a piece of the text it came from.
    #[test]
    fn questions_come_from_the_text(lines in prop::collection::vec(mail_line(), 0..30)) {
        let text = lines.join("\n");
        let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for q in split(&text) {
            let first = q.text.split_whitespace().next().unwrap_or("");
            prop_assert!(folded.contains(first), "{q:?} not in {folded:?}");
        }
    }

    /// Arbitrary bytes never panic the pipeline.
    #[test]
    fn arbitrary_bytes_never_panic(raw in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = PIPELINE.preview(&raw);
        let _ = PIPELINE.classify_reply(&raw);
    }

    /// Damaged copies of real mail (bytes flipped, cut, repeated) never panic the pipeline.
    #[test]
    fn damaged_mail_never_panics(
        which in 0usize..10,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..20),
    ) {
        let files = [
            "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10",
        ];
        let path = format!("tests/corpus/shared/questions/{}.eml", files[which]);
        let mut raw = std::fs::read(&path).expect("readable");
        for (at, byte, kind) in edits {
            if raw.is_empty() {
                break;
            }
            let i = at.index(raw.len());
            match kind {
                0 => raw[i] = byte,
                1 => raw.truncate(i),
                _ => {
                    let piece = raw[i..].iter().take(64).copied().collect::<Vec<_>>();
                    raw.splice(i..i, piece);
                }
            }
        }
        let _ = PIPELINE.preview(&raw);
        let _ = PIPELINE.classify_reply(&raw);
    }
}
