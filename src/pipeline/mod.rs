//! The pure stages in order: parse → guard → split → triage → draft, and parse → guard →
//! classify for replies to quotes. [`worker`] runs them on stored messages inside the daemon.
//!
//! Input: raw message bytes. Output: a [`Preview`] (everything the daemon would store and show)
//! or a [`ReplyPreview`]. The answer library and templates are loaded once, in [`Pipeline::new`];
//! after that nothing here does I/O, so `preview` shows exactly what the daemon would do.

pub mod worker;

use serde::Serialize;

use crate::config::{Config, ConfigSource};
use crate::draft::{self, Draft, DraftError, Templates};
use crate::guard::{self, GuardDecision, Policy};
use crate::parse::{self, InboundMail, Mailbox, ParseError};
use crate::split;
use crate::track::{self, Classification};
use crate::triage::{self, Library, LibraryError, Quote, Rules, Triage, TriagedQuestion};

/// The example answer library, compiled in as the fallback for the built-in configuration.
const BUILT_IN_ANSWERS: &str = include_str!("../../config/answers.toml");

/// How a preview's problems name a brief too long to split in full; such a draft is never
/// auto-sent.
pub const LONG_BRIEF: &str = "a long brief";

/// Errors while setting up the pipeline.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The answer library failed to load.
    #[error(transparent)]
    Library(#[from] LibraryError),
    /// The templates failed to load or render.
    #[error(transparent)]
    Templates(#[from] DraftError),
    /// An effort rule does not compile.
    #[error("cannot compile an effort rule (triage.rule)")]
    Rule(#[source] regex::Error),
    /// A lexicon file (lexicon.files) is missing or invalid.
    #[error(transparent)]
    Lexicon(#[from] crate::lexicon::LexiconError),
}

/// Templates or a library to try in place of those in use (an edit ops are previewing).
#[derive(Debug, Default)]
pub struct Trial {
    /// Templates to render with.
    pub templates: Option<std::sync::Arc<Templates>>,
    /// The answer library to match against.
    pub library: Option<std::sync::Arc<Library>>,
}

/// Everything needed to process messages: configuration, library, rules, templates.
#[derive(Debug)]
pub struct Pipeline {
    /// The configuration.
    pub config: Config,
    policy: Policy,
    lexicon: std::sync::Arc<crate::lexicon::Lexicon>,
    library: std::sync::RwLock<std::sync::Arc<Library>>,
    rules: Rules,
    templates: std::sync::RwLock<std::sync::Arc<Templates>>,
    /// Where the answer library came from.
    pub library_origin: String,
    analyzer: crate::learn::Analyzer,
    /// The answers the firm gave before, as last loaded from the store.
    learned: std::sync::RwLock<std::sync::Arc<crate::learn::Learned>>,
}

/// Headers of the previewed message, for people reading the output.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct MessageSummary {
    /// Message-ID.
    pub message_id: Option<String>,
    /// Author.
    pub from: Option<Mailbox>,
    /// Subject.
    pub subject: String,
    /// Date (RFC 3339).
    pub date: Option<String>,
    /// In-Reply-To.
    pub in_reply_to: Vec<String>,
}

impl MessageSummary {
    fn of(m: &InboundMail) -> MessageSummary {
        MessageSummary {
            message_id: m.message_id.clone(),
            from: m.from.clone(),
            subject: m.subject.clone(),
            date: m.date.clone(),
            in_reply_to: m.in_reply_to.clone(),
        }
    }
}

/// What the daemon would do with a client's email.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Preview {
    /// The message's headers.
    pub message: MessageSummary,
    /// Machine or person, and whether a robot may answer.
    pub guard: GuardDecision,
    /// The language of the client's new text (en, de, fr, es, nl, it, pt), when it is one of
    /// those the lexicon reads.
    #[serde(default)]
    pub language: Option<String>,
    /// The client's new text.
    pub new_text: String,
    /// Quoted history (not the client's words now).
    pub quoted_text: String,
    /// Forwarded messages.
    pub forwarded_text: String,
    /// Signature and disclaimers.
    pub signature: String,
    /// True when the body was HTML converted to text.
    pub from_html: bool,
    /// The client's questions with their triage (empty for machine mail).
    pub questions: Vec<TriagedQuestion>,
    /// Minutes given free.
    pub free_minutes: u32,
    /// The offer for the rest.
    pub quote: Option<Quote>,
    /// The reply, or None when there is nothing to answer (machine mail, thanks only).
    pub draft: Option<Draft>,
    /// Why there is no draft, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_draft_reason: Option<String>,
    /// Things that went wrong in parsing but did not stop it.
    pub problems: Vec<String>,
}

/// The decision on a reply to a quote.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyPreview {
    /// accept, decline, unclear or automatic.
    pub decision: track::Decision,
    /// Why.
    pub reason: String,
    /// The phrases found.
    pub signals: Vec<String>,
    /// How sure the reading is, 0 to 1 (`track.min_confidence` is the bar for deciding).
    pub confidence: f64,
    /// The guard's answers.
    pub guard: GuardDecision,
    /// The language of the client's new text (en, de, fr, es, nl, it, pt), when known.
    pub language: Option<String>,
    /// The client's new text that was judged.
    pub new_text: String,
    /// The message's headers.
    pub message: MessageSummary,
}

impl Pipeline {
    /// Loads the answer library and the templates named by the configuration. With the built-in
    /// configuration, missing files fall back to the built-in examples.
    pub fn new(config: Config) -> Result<Pipeline, PipelineError> {
        let built_in = matches!(config.source, ConfigSource::BuiltIn);
        let answers = config.resolve(&config.triage.answers);
        let (library, library_origin) = if built_in && !answers.exists() {
            (
                Library::parse(BUILT_IN_ANSWERS, "the built-in answer library")?,
                "the built-in answer library".to_string(),
            )
        } else {
            (Library::load(&answers)?, answers.display().to_string())
        };
        let dir = config.resolve(&config.draft.templates);
        let templates = if built_in && !dir.exists() {
            Templates::built_in_for(&config.draft.language)
        } else {
            Templates::load(&dir, &config.draft.language)?
        };

        let lexicon = if config.lexicon.files.is_empty() {
            crate::lexicon::Lexicon::built_in()
        } else {
            let files: Vec<_> = config
                .lexicon
                .files
                .iter()
                .map(|f| config.resolve(f))
                .collect();
            std::sync::Arc::new(crate::lexicon::Lexicon::load(&files)?)
        };
        let rules = Rules::with_lexicon(&config, lexicon.clone()).map_err(PipelineError::Rule)?;
        let analyzer = crate::learn::Analyzer::new(&lexicon, &config.learn.synonyms);
        Ok(Pipeline {
            analyzer,
            learned: Default::default(),
            policy: Policy::from_config(&config, lexicon.clone()),
            lexicon,
            config,
            library: std::sync::RwLock::new(std::sync::Arc::new(library)),
            rules,
            templates: std::sync::RwLock::new(std::sync::Arc::new(templates)),
            library_origin,
        })
    }

    /// The compiled templates (a snapshot: ops may replace them while the daemon runs).
    pub fn templates(&self) -> std::sync::Arc<Templates> {
        self.templates
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Replaces the templates (ops saved an edited one, after it was checked).
    pub fn set_templates(&self, templates: Templates) {
        *self
            .templates
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = std::sync::Arc::new(templates);
    }

    /// Runs every stage on one message with other templates or another library (an edit ops
    /// are trying).
    pub fn preview_with(&self, raw: &[u8], trial: Trial) -> Result<Preview, ParseError> {
        let mail = parse::parse(raw)?;
        Ok(self.process_with(&mail, None, None, None, trial))
    }

    /// The answer library (a snapshot: ops may replace it while the daemon runs).
    pub fn library(&self) -> std::sync::Arc<Library> {
        self.library
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Replaces the answer library (ops saved an edited one, after it was checked).
    pub fn set_library(&self, library: Library) {
        *self
            .library
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = std::sync::Arc::new(library);
    }

    /// How questions are compared with those answered before.
    pub fn analyzer(&self) -> &crate::learn::Analyzer {
        &self.analyzer
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &crate::lexicon::Lexicon {
        &self.lexicon
    }

    /// Replaces the answers given before that suggestions come from (the worker calls this when
    /// the store holds new ones).
    pub fn set_learned(&self, answers: Vec<crate::learn::LearnedAnswer>) {
        let l =
            crate::learn::Learned::new(self.analyzer.clone(), self.config.learn.threshold, answers);
        *self
            .learned
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = std::sync::Arc::new(l);
    }

    /// The answers given before, as last loaded.
    pub fn learned(&self) -> std::sync::Arc<crate::learn::Learned> {
        self.learned
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Runs every stage on one message without storing or sending anything.
    pub fn preview(&self, raw: &[u8]) -> Result<Preview, ParseError> {
        let mail = parse::parse(raw)?;
        Ok(self.process(&mail, None))
    }

    /// Runs guard → split → triage → draft on a parsed message. `reference` is the quote
    /// reference assigned by the store, if any.
    pub fn process(&self, mail: &InboundMail, reference: Option<&str>) -> Preview {
        self.process_in(mail, reference, None)
    }

    /// As [`Pipeline::process`] for mail a manager asked to answer after the pipeline found
    /// nothing to answer ("Draft a reply after all"): the guard's verdict stands in the record but
    /// does not stop the draft, never allows an automatic reply, and when no question is found the
    /// client's new text (or the subject) is the one question, left for the manager to answer.
    pub fn process_forced(&self, mail: &InboundMail) -> Preview {
        let mut guard = guard::check(mail, &self.policy);
        if guard.is_automatic() {
            guard.reason = format!("{}; a manager asked for a draft all the same", guard.reason);
            guard.verdict = guard::Verdict::Human;
        }
        guard.auto_reply_allowed = false;
        guard.auto_reply_rule = Some("draft-after-all".into());
        self.process_with(mail, None, None, Some(guard), Trial::default())
    }

    /// As [`Pipeline::process`]; `earlier` is the language of the client's last mail, which the
    /// reply keeps when this mail's language cannot be told (too short, or one we do not read).
    pub fn process_in(
        &self,
        mail: &InboundMail,
        reference: Option<&str>,
        earlier: Option<&str>,
    ) -> Preview {
        self.process_with(mail, reference, earlier, None, Trial::default())
    }

    fn process_with(
        &self,
        mail: &InboundMail,
        reference: Option<&str>,
        earlier: Option<&str>,
        forced: Option<guard::GuardDecision>,
        trial: Trial,
    ) -> Preview {
        let templates = trial.templates.unwrap_or_else(|| self.templates());
        let library = trial.library.unwrap_or_else(|| self.library());
        let language = crate::lexicon::detect_language(&mail.parts.new_text).map(str::to_string);
        let reply_language = templates
            .language(language.as_deref().or(earlier))
            .to_string();
        let phrases = templates.phrases(&reply_language);
        let force = forced.is_some();
        let guard = forced.unwrap_or_else(|| guard::check(mail, &self.policy));
        let mut problems = mail.problems.clone();
        let (questions, free_minutes, quote, draft, no_draft_reason) = if guard.is_automatic() {
            (
                Vec::new(),
                0,
                None,
                None,
                Some(format!(
                    "machine-made mail is never answered: {}",
                    guard.reason
                )),
            )
        } else {
            let mut questions = self.bounded_split(&mail.parts.new_text, &mut problems);
            if force && questions.is_empty() {
                questions.push(whole_text_question(mail));
            }
            let client = mail.from.as_ref().map(|f| f.address.as_str());
            let learned = if self.config.learn.suggest {
                self.learned()
            } else {
                std::sync::Arc::default()
            };
            let t = triage::triage(
                &questions,
                client,
                &self.config,
                &library,
                &learned,
                &self.rules,
                reference,
                phrases,
                &reply_language,
            );
            let draft =
                match draft::compose(mail, &t, &self.config, &templates, &reply_language, None) {
                    Ok(d) => d,
                    Err(e) => {
                        problems.push(format!("{:#}", anyhow::Error::from(e)));
                        None
                    }
                };
            let reason = draft
                .is_none()
                .then(|| "no questions or requests: no reply needed".to_string());
            (t.questions, t.free_minutes, t.quote, draft, reason)
        };
        Preview {
            message: MessageSummary::of(mail),
            guard,
            language,
            new_text: mail.parts.new_text.clone(),
            quoted_text: mail.parts.quoted.clone(),
            forwarded_text: mail.parts.forwarded.clone(),
            signature: mail.parts.signature.clone(),
            from_html: mail.body_from_html,
            questions,
            free_minutes,
            quote,
            draft,
            no_draft_reason,
            problems,
        }
    }

    /// Splits the client's new text into questions within the configured bounds: only the first
    /// `triage.max_text_bytes` are read and at most `triage.max_questions` are kept, each cut
    /// named in `problems` so the draft shows a person what was left out.
    fn bounded_split(&self, text: &str, problems: &mut Vec<String>) -> Vec<split::Question> {
        let t = &self.config.triage;
        let mut cut = text.len().min(t.max_text_bytes);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut < text.len() {
            problems.push(format!(
                "{LONG_BRIEF}: the client's text is {} KiB; only its first {} KiB were split \
                 into questions. Read the whole email.",
                text.len().div_ceil(1024),
                t.max_text_bytes / 1024
            ));
        }
        let mut questions = split::split_with(&text[..cut], &self.lexicon);
        if questions.len() > t.max_questions {
            problems.push(format!(
                "{LONG_BRIEF}: {} questions or requests; only the first {} are drafted. Read \
                 the whole email.",
                questions.len(),
                t.max_questions
            ));
            questions.truncate(t.max_questions);
        }
        questions
    }

    /// Gives a preview's quote its stored reference (`Q-0042`) and renders its draft again.
    pub fn assign_reference(
        &self,
        mail: &InboundMail,
        preview: &mut Preview,
        reference: &str,
    ) -> Result<(), DraftError> {
        let Some(quote) = preview.quote.as_mut() else {
            return Ok(());
        };
        quote.reference = reference.to_string();
        self.render(mail, preview)
    }

    /// Renders a preview's draft again from its (possibly edited) questions and quote, in the
    /// language it was written in.
    pub fn render(&self, mail: &InboundMail, preview: &mut Preview) -> Result<(), DraftError> {
        let lang = self.reply_language(preview).to_string();
        self.render_in(mail, preview, &lang)
    }

    /// The language a preview's reply is written in: its draft's, else the client's, else the
    /// firm's.
    pub fn reply_language(&self, preview: &Preview) -> String {
        self.templates()
            .language(
                preview
                    .draft
                    .as_ref()
                    .map(|d| d.language.as_str())
                    .or(preview.language.as_deref()),
            )
            .to_string()
    }

    /// Renders a preview's draft again in `lang`. Quick answers still worded as their kind's
    /// phrase, and the quote's hours, move to the new language; written answers stay as written.
    pub fn render_in(
        &self,
        mail: &InboundMail,
        preview: &mut Preview,
        lang: &str,
    ) -> Result<(), DraftError> {
        let templates = self.templates();
        let lang = templates.language(Some(lang)).to_string();
        let old = templates.phrases(&self.reply_language(preview)).clone();
        let new = templates.phrases(&lang);
        for q in &mut preview.questions {
            let quoted = !q.free;
            let was = |p: &draft::Phrases| {
                [true, false].iter().any(|&v| {
                    q.kind
                        .phrase(p, v)
                        .is_some_and(|x| x.trim() == q.answer.trim())
                })
            };
            if let Some(now) = q.kind.phrase(new, quoted) {
                if was(&old) || was(new) {
                    q.answer = now.to_string();
                }
            } else if q.answer.trim() == old.send_document.trim() {
                q.answer = new.send_document.clone();
            }
            q.needs_answer = triage::needs_answer(&q.answer);
        }
        if let Some(qu) = preview.quote.as_mut() {
            qu.hours_text = new.hours_text(qu.hours);
        }
        let t = Triage {
            questions: preview.questions.clone(),
            free_minutes: preview.free_minutes,
            allowance_minutes: self.config.pricing.free_minutes,
            quote: preview.quote.clone(),
        };
        let signer = preview.draft.as_ref().and_then(|d| d.signed_by.clone());
        preview.draft = draft::compose(mail, &t, &self.config, &templates, &lang, signer.as_ref())?;
        Ok(())
    }

    /// Reads a reply to a quote with this installation's lexicon and bar of confidence.
    pub fn classify(&self, mail: &InboundMail, guard: &GuardDecision) -> Classification {
        track::classify::classify_with(mail, guard, &self.lexicon, self.config.track.min_confidence)
    }

    /// Classifies a reply to a quote without storing anything.
    pub fn classify_reply(&self, raw: &[u8]) -> Result<ReplyPreview, ParseError> {
        let mail = parse::parse(raw)?;
        let guard = guard::check(&mail, &self.policy);
        let Classification {
            decision,
            reason,
            signals,
            confidence,
        } = self.classify(&mail, &guard);
        Ok(ReplyPreview {
            decision,
            reason,
            signals,
            confidence,
            guard,
            language: crate::lexicon::detect_language(&mail.parts.new_text).map(str::to_string),
            new_text: mail.parts.new_text.clone(),
            message: MessageSummary::of(&mail),
        })
    }
}

/// The one question of mail a manager asked to answer although no question was found in it: the
/// client's new text, folded to one line and cut at a word near 300 characters, or the subject
/// when the mail has no text.
fn whole_text_question(mail: &InboundMail) -> split::Question {
    let folded = mail
        .parts
        .new_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut text = if folded.is_empty() {
        mail.subject.trim().to_string()
    } else {
        folded
    };
    if text.chars().count() > 300 {
        let cut: String = text.chars().take(300).collect();
        let at = cut.rfind(' ').unwrap_or(cut.len());
        text = format!("{}…", &cut[..at]);
    }
    if text.is_empty() {
        text = "(no text)".into();
    }
    split::Question {
        text,
        form: split::Form::Request,
    }
}
