//! Question and answer pairs from the firm's past replies (`fiveminute learn --from-sent`).
//!
//! A reply quotes the client's email and answers it in one of the ways people write:
//! - inline: each answer typed under the quoted question it answers;
//! - top-posted: the answers above the quotation ("On … wrote:" and `>` lines), in the
//!   questions' order, numbered or not;
//! - Outlook: the answers above a "From:/Sent:" block and the client's text without `>`.
//!
//! The client's questions are found by the splitter, as for new mail; the answer text loses its
//! greeting, courtesy sentences (`[match] pleasantry`) and signature. Questions and answers are
//! paired only when the pairing is clear: one question with the whole answer, numbered answers
//! with their numbers, or as many answer paragraphs as questions, in order. Anything else is
//! skipped with the reason, so a wrong pair is never learned.

use std::sync::LazyLock;

use regex::Regex;

use super::Analyzer;
use crate::lexicon::Lexicon;
use crate::parse::InboundMail;
use crate::parse::quote::{Block, blocks, separate};
use crate::split;

/// A question of a past email and the firm's answer to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The client's question.
    pub question: String,
    /// The firm's answer.
    pub answer: String,
    /// The sentence before the question, when the question leans on it ("Is that taxed?").
    pub context: Option<String>,
}

/// What one past reply gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Harvest {
    /// The pairs learned.
    pub pairs: Vec<Pair>,
    /// Why nothing (or not everything) was learned, when so.
    pub skipped: Option<String>,
    /// The language of the client's questions, when it can be told.
    pub language: Option<String>,
}

/// "1.", "2)", "(3)", "Q1:", "Re 2:", "Zu 1:", "Ad 3)", "Punto 2:" at the start of an answer.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:q|re|zu|ad|à|a|al|sobre|punto|punt|ponto|question|frage|vraag|domanda|pregunta|pergunta)\s*\.?\s*)?\(?(\d{1,2})\s*[.):\-–]\s+",
    )
    .expect("the number pattern compiles")
});

/// The pairs one past reply teaches.
pub fn harvest(mail: &InboundMail, lexicon: &Lexicon, analyzer: &Analyzer) -> Harvest {
    let body = if mail.body.trim().is_empty() {
        return skipped("the reply has no text");
    } else {
        &mail.body
    };
    let blocks = blocks(body);
    let first_quote = blocks.iter().position(|b| matches!(b, Block::Quoted(_)));
    let Some(first_quote) = first_quote else {
        return skipped("the reply quotes no email");
    };
    let inline = blocks[first_quote..]
        .iter()
        .any(|b| matches!(b, Block::Own(t) if !answer_paragraphs(t, lexicon).is_empty()));
    let mut out = Harvest::default();
    let quoted_all: String = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quoted(q) => Some(q.as_str()),
            Block::Own(_) => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    out.language =
        crate::lexicon::detect_language(&separate(&quoted_all).new_text).map(str::to_string);
    let lang = out.language.as_deref();
    let mut client_text = String::new();
    if inline {
        // Each quoted block with the answer typed under it.
        for w in blocks[first_quote..].windows(2) {
            if let [Block::Quoted(q), Block::Own(a)] = w {
                let text = separate(q).new_text;
                client_text.push_str(&text);
                client_text.push('\n');
                let questions = split::split_with(&text, lexicon);
                match pair(&questions, &answer_paragraphs(a, lexicon), analyzer, lang) {
                    Ok(p) => out.pairs.extend(p),
                    Err(why) if !questions.is_empty() => {
                        out.skipped.get_or_insert(why);
                    }
                    Err(_) => {}
                }
            }
        }
    } else {
        let own: Vec<&str> = blocks[..first_quote]
            .iter()
            .filter_map(|b| match b {
                Block::Own(t) => Some(t.as_str()),
                Block::Quoted(_) => None,
            })
            .collect();
        let Block::Quoted(q) = &blocks[first_quote] else {
            unreachable!("first_quote is a quoted block")
        };
        client_text = separate(q).new_text;
        let questions = split::split_with(&client_text, lexicon);
        match pair(
            &questions,
            &answer_paragraphs(&own.join("\n\n"), lexicon),
            analyzer,
            lang,
        ) {
            Ok(p) => out.pairs = p,
            Err(why) => out.skipped = Some(why),
        }
    }
    if out.language.is_none() {
        out.language = crate::lexicon::detect_language(&client_text).map(str::to_string);
    }
    for p in &mut out.pairs {
        p.context = super::context_of(&client_text, &p.question);
    }
    if out.pairs.is_empty() && out.skipped.is_none() {
        out.skipped = Some("the quoted email asks nothing".into());
    }
    out
}

fn skipped(why: &str) -> Harvest {
    Harvest {
        skipped: Some(why.to_string()),
        ..Harvest::default()
    }
}

/// The answer's paragraphs, without greeting, courtesy sentences and signature.
fn answer_paragraphs(text: &str, lexicon: &Lexicon) -> Vec<String> {
    let text = separate(text).new_text;
    let courtesy = lexicon.list("match.pleasantry");
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let lines: Vec<&str> = para
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let lines: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| !(*i == 0 && split::is_greeting_line(l)))
            .map(|(_, l)| *l)
            .collect();
        let joined = lines.join("\n");
        let kept: Vec<String> = split::sentences(&joined)
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty() && courtesy.prefix(s).is_none())
            .collect();
        let para = kept.join(" ");
        if para.chars().any(char::is_alphanumeric) {
            out.push(para);
        }
    }
    out
}

/// Pairs questions with answer paragraphs when it is clear which answers which: one question
/// takes the whole answer; numbered answers go to their numbers; otherwise questions and
/// paragraphs are aligned in order, each question with the paragraph that shares most words with
/// it (a paragraph sharing none with its question is left out when the counts differ).
fn pair(
    questions: &[split::Question],
    paragraphs: &[String],
    analyzer: &Analyzer,
    lang: Option<&str>,
) -> Result<Vec<Pair>, String> {
    let make = |q: &split::Question, a: &str| Pair {
        question: q.text.trim().to_string(),
        answer: a.trim().to_string(),
        context: None,
    };
    let (n, m) = (questions.len(), paragraphs.len());
    match (n, m) {
        (0, _) => return Err("the quoted email asks nothing".into()),
        (_, 0) => return Err("the reply has no answer text".into()),
        (1, _) => return Ok(vec![make(&questions[0], &paragraphs.join("\n\n"))]),
        _ => {}
    }
    // Numbered answers: "1. …", "2) …", each to its question.
    let numbered: Vec<(usize, String)> = paragraphs
        .iter()
        .filter_map(|p| {
            let c = NUMBER.captures(p)?;
            let k: usize = c[1].parse().ok()?;
            Some((k, p[c.get(0)?.end()..].to_string()))
        })
        .collect();
    if numbered.len() == n && numbered.iter().enumerate().all(|(i, (k, _))| *k == i + 1) {
        return Ok(questions
            .iter()
            .zip(&numbered)
            .map(|(q, (_, a))| make(q, a))
            .collect());
    }
    if m == n {
        return Ok(questions
            .iter()
            .zip(paragraphs)
            .map(|(q, a)| make(q, a))
            .collect());
    }
    // Align in order: the best monotone matching of questions to paragraphs by shared words.
    let q_terms: Vec<std::collections::HashSet<String>> = questions
        .iter()
        .map(|q| analyzer.terms(&q.text, lang).into_iter().collect())
        .collect();
    let p_terms: Vec<std::collections::HashSet<String>> = paragraphs
        .iter()
        .map(|p| analyzer.terms(p, lang).into_iter().collect())
        .collect();
    let overlap = |i: usize, j: usize| q_terms[i].intersection(&p_terms[j]).count();
    // best[i][j]: the most shared words pairing questions from i and paragraphs from j.
    let mut best = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let take = overlap(i, j) + best[i + 1][j + 1];
            best[i][j] = take.max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        let o = overlap(i, j);
        if o > 0 && best[i][j] == o + best[i + 1][j + 1] {
            out.push(make(&questions[i], &paragraphs[j]));
            i += 1;
            j += 1;
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    if out.is_empty() {
        return Err(format!(
            "{n} questions and {m} answer paragraphs: not clear which answers which"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(body: &str) -> InboundMail {
        let raw = format!(
            "From: Mia <mia@firm.example>\r\nTo: Alice <alice@client.example>\r\nSubject: Re: x\r\n\
             Date: Thu, 12 Nov 2026 10:00:00 +0000\r\nMessage-ID: <a@firm.example>\r\n\r\n{body}"
        );
        crate::parse::parse(raw.as_bytes()).expect("parses")
    }

    #[test]
    fn top_posted_answers_in_order() {
        let m = mail(
            "Hi Alice,\n\nThanks for your email.\n\nOur fee for a personal return is $300.\n\n\
             You can drop the papers at our office on Harbour Street.\n\nBest regards,\nMia\n\n\
             On Wed, 11 Nov 2026 at 09:00, Alice <alice@client.example> wrote:\n\
             > Hello Mia,\n> How much do you charge for a personal tax return?\n\
             > And where can I drop off my papers?\n> Thanks, Alice\n",
        );
        let h = harvest(&m, &Lexicon::built_in(), &Analyzer::built_in(&[]));
        assert_eq!(h.pairs.len(), 2, "{h:?}");
        assert!(h.pairs[0].question.contains("charge"));
        assert_eq!(h.pairs[0].answer, "Our fee for a personal return is $300.");
        assert!(h.pairs[1].answer.contains("Harbour Street"));
        assert_eq!(h.language.as_deref(), Some("en"));
    }

    #[test]
    fn inline_answers_follow_their_question() {
        let m = mail(
            "Hi Alice, answers below.\n\n> Do you do payroll for small firms?\n\n\
             Yes, for firms of up to 20 staff, from $15 per payslip.\n\n\
             > Is there a late fee if I send my receipts after the 10th?\n\n\
             No late fee, but we cannot promise the filing date.\n\nCheers,\nMia\n",
        );
        let h = harvest(&m, &Lexicon::built_in(), &Analyzer::built_in(&[]));
        assert_eq!(h.pairs.len(), 2, "{h:?}");
        assert!(h.pairs[0].answer.starts_with("Yes, for firms"));
        assert!(h.pairs[1].question.contains("late fee"));
    }

    #[test]
    fn unclear_pairing_is_skipped() {
        let m = mail(
            "Hi Alice,\n\nOne thing first.\n\nSecond thing.\n\nThird thing.\n\nMia\n\n\
             On Wed, 11 Nov 2026 at 09:00, Alice <alice@client.example> wrote:\n\
             > What is your fee?\n> Where are you?\n",
        );
        let h = harvest(&m, &Lexicon::built_in(), &Analyzer::built_in(&[]));
        assert!(h.pairs.is_empty());
        assert!(h.skipped.expect("a reason").contains("not clear"));
        let m = mail("Please find the accounts attached.\n\nMia\n");
        assert!(
            harvest(&m, &Lexicon::built_in(), &Analyzer::built_in(&[]))
                .pairs
                .is_empty()
        );
    }
}
