//! Separates the client's new text from quoted history, forwarded messages and signatures.
//!
//! Input: a body as text (plain, or HTML already converted with `> ` before blockquoted lines).
//! Output: [`Separated`], four texts that together hold every line of the body, so nothing is
//! lost: what the client wrote now, the quoted history, forwarded messages, and the signature
//! with disclaimers.
//!
//! The body is read line by line. A quote header ("On … wrote:" in a dozen languages, wrapped
//! over up to six lines, or written on the same line as the reply) followed by `>` lines removes
//! those lines and reading goes on, so interleaved answers are kept; a header followed by
//! unquoted text, an Outlook "From:/Sent:" block or an "Original Message" line ends the new text.
//! A forward marker ends it too, and what follows is the forwarded message. Signatures are found
//! last, on what remains: "-- ", "Sent from my …", a sign-off with name/title/phone lines after
//! it, "-Name", mailing-list footers and legal disclaimers.

use std::sync::LazyLock;

use regex::Regex;

/// The parts of a body.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Separated {
    /// What the client wrote in this message.
    pub new_text: String,
    /// Quoted history: earlier messages of the thread, with their headers.
    pub quoted: String,
    /// Messages the client forwarded, with their headers.
    pub forwarded: String,
    /// The signature, sign-off and disclaimers below the new text.
    pub signature: String,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern compiles")
}

/// Quote headers, tried on a window of one to six lines joined with single spaces.
static ATTRIBUTION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // English: On <date>, <name> wrote: (also "sent:", "writes:", dashed)
        r"(?i)^-*\s*on\b.{3,300}?\b(wrote|writes|sent|said)\s*:?\s*-*$",
        // French
        r"(?i)^le\b.{3,300}?\ba\s+[ée]crit\s*:?$",
        // German: Am <date> schrieb <name>:  /  <name> schrieb am <date>:
        r"(?i)^am\b.{3,300}?\bschrieb\b.{0,200}:$",
        r"(?i)^.{2,200}?\bschrieb(\s+am\b.{3,100})?\s*:$",
        // Spanish, Portuguese, Italian
        r"(?i)^el\b.{3,300}?\bescribi[óo]\s*:?$",
        // Portuguese: "Em …" (Gmail, Brazil), "No dia …" (Apple Mail, Portugal), "A …, à(s) …"
        // (Gmail, Portugal).
        r"(?i)^(em|no\s+dia|a)\b.{3,300}?\bescreveu\s*:?$",
        r"(?i)^(il|in data)\b.{3,300}?\bha\s+scritto\s*:?$",
        // Dutch
        r"(?i)^op\b.{3,300}?\b(schreef|geschreven)\b.{0,200}:$",
        // Danish, Norwegian, Swedish
        r"(?i)^.{3,300}?\bskrev\b.{0,200}:$",
        // Polish
        r"(?i)^.{3,300}?\bnapisa[łl](\(a\)|a)?\s*:$",
        // Russian, Ukrainian
        r"(?i)^.{3,300}?(написал|написала|написав|пишет)\s*:$",
        // Vietnamese
        r"(?i)^vào\b.{3,300}?đã viết\s*:?$",
        // <name> <address> wrote:  (Samsung, Polymail, and clients without "On")
        r"(?i)^.{0,200}?[\w.+-]+@[\w-]+(\.[\w-]+)+>?\s*\)?\s*wrote\s*:$",
        // Android: ---- Name wrote ----
        r"(?i)^-{2,}\s*.{1,150}?\s(wrote|a [ée]crit|schrieb|escribi[óo]|ha scritto|escreveu|schreef|skrev|napisa[łl])\s*-{2,}$",
    ]
    .iter()
    .map(|p| re(p))
    .collect()
});

/// Attribution patterns that need a digit or an address in the header to be trusted (the
/// patterns anchored on a common word would otherwise match ordinary sentences).
const NEEDS_EVIDENCE: &[usize] = &[0, 3, 8, 9, 10];

/// A date at the start of a line: "2014-10-17 11:28", "26.06.2014, 14:41", "Thu, 26 Jun 2014".
static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(\d|(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|ons|tis|tor|fre|lör|sön|man)\w{0,7}\.?,?\s+\d)",
    )
});

/// How the first line of a quote header starts: a word that opens one, a date, or dashes.
static HEADER_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(-{2,}|on\s|le\s|am\s|el\s|em\s|il\s|in data|op\s|den\s|på\s|w dniu|dnia\s|vào\s|\d|(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|ons|tis|tor|fre|lör|sön|man)\w{0,7}\.?,?\s+\d)",
    )
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| re(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"));

/// "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" on one line.
static SAME_LINE_ON: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(.*?\S)\s*-*\s*(On\s.{4,250}?\b(wrote|writes)\s*:)\s*$"));

/// Header lines of an inline-quoted message (Outlook and others), in many languages.
static HEADER_KEY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*[*_]{0,2}\s*(from|sent|to|cc|bcc|subject|date|reply-to|von|gesendet|an|betreff|datum|de|envoy[ée]|à|a|objet|enviado(?: el)?|para|asunto|fecha|da|inviato|oggetto|data|assunto|enviada em|van|verzonden|aan|onderwerp|fra|sendt|til|emne|dato|från|skickat|till|ämne|kopia|od|wysłano|do|temat|dw|от|отправлено|кому|тема|дата|копия|lähettäjä|lähetetty|vastaanottaja|aihe|kimden|gönderildi|kime|konu|odesláno|komu|předmět|差出人|送信日時|宛先|件名|发件人|发送时间|收件人|主题)\s*[*_]{0,2}\s*[:：]\s*[*_]{0,2}",
    )
});

/// Keys that open a header block: who sent it, or when.
fn is_from_or_date_key(key: &str) -> bool {
    matches!(
        key.to_lowercase().as_str(),
        "from"
            | "von"
            | "de"
            | "da"
            | "van"
            | "fra"
            | "från"
            | "od"
            | "от"
            | "lähettäjä"
            | "kimden"
            | "差出人"
            | "发件人"
            | "sent"
            | "date"
            | "gesendet"
            | "datum"
            | "envoyé"
            | "envoye"
            | "enviado"
            | "enviado el"
            | "fecha"
            | "inviato"
            | "data"
            | "enviada em"
            | "verzonden"
            | "sendt"
            | "dato"
            | "skickat"
            | "wysłano"
            | "отправлено"
            | "дата"
            | "lähetetty"
            | "gönderildi"
            | "odesláno"
            | "送信日時"
            | "发送时间"
    )
}

/// "-----Original Message-----", "---------- Forwarded message ---------", "---- X wrote ----".
static DASHED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*[-_=*]{2,}\s*([^-_=*].{1,80}?)\s*[-_=*]{2,}\s*$"));

static FORWARD_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(forward|weitergeleitet|transf[ée]r[ée]|r[ée]exp[ée]di|reenviado|inoltrat|doorgestuurd|videresend|vidarebefordra|przekazan|encaminhad|reencaminhad|пересла|переслан)",
    )
});

static ORIGINAL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(original|message|reply|nachricht|meddelelse|meddelande|melding|mensaje|messaggio|bericht|wiadomo|mensagem|сообщение|oprindelig|ursprüngliche|antwort|alkuperäinen|viesti)",
    )
});

static FORWARD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|d[ée]but du message (r[ée]exp[ée]di[ée]|transf[ée]r[ée])|inicio del mensaje reenviado|inizio messaggio inoltrato|messaggio inoltrato|begin doorgestuurd bericht|in[íi]cio da mensagem (reencaminhada|encaminhada)|forwarded message|videresendt meddelelse|vidarebefordrat meddelande)\s*:?\s*$",
    )
});

static QUOTE_LINE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*>"));

/// Lines that start a signature whatever follows them.
static SIG_DASHES: LazyLock<Regex> = LazyLock::new(|| re(r"^(--|—|-- ?)$|^_{5,}$|^-{5,}$"));

static MOBILE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^((sent|envoy[ée]|enviado|gesendet|inviato|verzonden|verstuurd|skickat|sendt|wysłane)\s+(from|with|via|using|de|do|desde|da|vanaf|från|fra|z|mit|met)\s[^,]{1,60}|von meine[mr]?\s[^,]{1,40}\sgesendet\.?|get outlook for \S+|download outlook for \S+)$",
    )
});

static DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(\*+\s*)?((important|notice|note|legal|confidential|privacy)\s*[:\-–]\s*)?(confidentiality( notice)?\b|(le\s+|la\s+|las\s+|a\s+|as\s+|de\s+|die\s+|les\s+)?(informazioni|informaci[óo]n|informaciones|informations?|informa[çc][ãa]o|informa[çc][õo]es|informatie|informationen)\b.{0,40}\b(questa|questo|este|esta|ce|cette|cet|nesta|neste|dit|deze|dieser|diesem)\s+(comunicazione|messaggio|e-?mail|mensaje|correo|message|courriel|mensagem|e-?mailbericht|bericht|nachricht)|disclaimer\b|legal notice\b|aviso legal\b|aviso de confidencialidad|avis (de confidentialit[ée]|juridique|l[ée]gal)|vertraulichkeitshinweis|haftungsausschluss|rechtlicher hinweis|avviso (legale|di riservatezza)|clausola di riservatezza|nota de confidencialidade|aviso de confidencialidade|vertrouwelijkheid|confidential\b|privileged (and|&) confidential|this (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|intended|privileged)|the (information|content)s? (contained )?in this (e-?mail|message|communication)|if you (are not the intended|have received this)|ce (message|courriel)\b.{0,80}\b(confidenti|destin)|diese (e-?mail|nachricht)\b.{0,100}\b(vertraulich|bestimmt)|este (correo|mensaje)\b.{0,100}\b(confidencial|dirigido|destinado)|questo messaggio\b.{0,100}\b(riservat|destinat)|esta mensagem\b.{0,100}\b(confidencia|destinad|sigilos)|dit (e-?mail)?bericht\b.{0,100}\b(vertrouwelijk|bestemd)|please consider the environment|think before you print|registered (office|in (england|scotland|wales|ireland|northern ireland))\b|company (registration )?(no|number)\b)",
    )
});

static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(
            (best|kind|warm|warmest|kindest|many|with\ best|with\ kind)\s+(regards|wishes|thanks)
          | regards | best | cheers | thanks | thank\s+you | thanks\s+again | thanks\s+so\s+much
          | thank\s+you\s+so\s+much | many\s+thanks | thx | ta | sincerely | yours(\s+(sincerely|faithfully|truly))?
          | all\s+the\s+best | talk\s+soon | speak\s+soon | take\s+care | br | rgds | kr | respectfully
          | mvh | med\s+venlig\s+hilsen | venlig\s+hilsen | hilsen | kh | med\s+vänlig\s+hälsning
          | vänliga\s+hälsningar | hälsningar | med\s+vennlig\s+hilsen | vennlig\s+hilsen
          | pozdrawiam | z\s+powa[żz]aniem | pozdrowienia
          | mit\s+freundlichen\s+gr(ü|ue|u)(ß|ss)en | freundliche\s+gr(ü|ue)(ß|ss)e | viele\s+gr(ü|ue)(ß|ss)e
          | beste\s+gr(ü|ue)(ß|ss)e | liebe\s+gr(ü|ue)(ß|ss)e | lg | vg | mfg | gru(ß|ss) | gr(ü|ue)(ß|ss)e
          | cordialement | bien\s+cordialement | bien\s+[àa]\s+vous | salutations | amiti[ée]s
          | saludos | un\s+saludo | saludos\s+cordiales | atentamente | un\s+abrazo
          | met\s+vriendelijke\s+groet(en)? | vriendelijke\s+groet(en)? | groeten | groet
          | distinti\s+saluti | cordiali\s+saluti | saluti
          | atenciosamente | abra[çc]os | cumprimentos
          | с\s+уважением | з\s+повагою
        )(\s+(in\s+advance|again|a\s+lot|so\s+much))?\s*[,.!]*
        (\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}\.?)?\s*$")
});

/// "-Abhishek Kona", "/John", "~ Jane".
static DASH_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[-–—/~]\s?[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*$"));

static POSTSCRIPT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^p\.?\s?s\.?([:.,\s]|$)"));

static SEPARATOR_ONLY: LazyLock<Regex> = LazyLock::new(|| re(r"^[\s\-_=*~─—–]+$"));

/// What a line is, for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// A quote header spanning lines `start..end`; `prefix` is reply text on the same line.
    Attribution { end: usize },
    /// An inline header block (From:/Sent:/To:/Subject:) spanning `start..end`.
    Headers { end: usize },
    /// "-----Original Message-----".
    Original,
    /// A forwarded message starts here.
    Forward,
}

/// Separates a body into new text, quoted history, forwarded messages and signature.
pub fn separate(body: &str) -> Separated {
    let text = normalize(body);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let n = lines.len();

    let mut new: Vec<String> = Vec::with_capacity(n);
    let mut quoted: Vec<String> = Vec::new();
    let mut forwarded: Vec<String> = Vec::new();
    let owned = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    let has_text = |new: &Vec<String>| new.iter().any(|l| !is_blank(l));

    let mut i = 0;
    while i < n {
        let line = lines[i];
        if is_quote(line) {
            let end = quote_block_end(&lines, i);
            let q_count = lines[i..end].iter().filter(|l| is_quote(l)).count();
            let rest_blank = lines[end..].iter().all(|l| is_blank(l));
            let attribution_above = last_text_line(&new)
                .filter(|&k| looks_like_attribution(&new[k]))
                .filter(|&k| new[k + 1..].iter().all(|l| is_blank(l)));
            // A lone `>` line between two lines of text (">>> see our site <<<") is text;
            // with a blank line on either side it is a quotation (inline replies).
            let squeezed = q_count == 1
                && i > 0
                && !is_blank(lines[i - 1])
                && end < n
                && !is_blank(lines[end]);
            if q_count >= 2
                || rest_blank
                || !has_text(&new)
                || attribution_above.is_some()
                || !squeezed
            {
                if let Some(k) = attribution_above {
                    quoted.extend(new.drain(k..));
                }
                quoted.extend(owned(&lines[i..end]));
                i = end;
                continue;
            }
            new.push(line.to_string());
            i += 1;
            continue;
        }
        if let Some((marker, prefix)) = marker_at(&lines, i) {
            if let Some(p) = prefix {
                new.push(p);
            }
            match marker {
                Marker::Forward => {
                    forwarded.extend(owned(&lines[i..]));
                    break;
                }
                Marker::Attribution { end } => {
                    let mut j = end;
                    while j < n && is_blank(lines[j]) {
                        j += 1;
                    }
                    if j < n && is_quote(lines[j]) {
                        // Interleaved replies: drop the header and its quotation, read on.
                        let qend = quote_block_end(&lines, j);
                        quoted.extend(owned(&lines[i..qend]));
                        i = qend;
                        continue;
                    }
                    quoted.extend(owned(&lines[i..]));
                    break;
                }
                Marker::Headers { end } if !has_text(&new) => {
                    // A header block above everything is the message's own header pasted in,
                    // not history: skip it and keep what follows.
                    quoted.extend(owned(&lines[i..end]));
                    i = end;
                    continue;
                }
                Marker::Headers { .. } | Marker::Original => {
                    if has_text(&new) {
                        quoted.extend(owned(&lines[i..]));
                        break;
                    }
                    quoted.push(line.to_string());
                    i += 1;
                    continue;
                }
            }
        }
        new.push(line.to_string());
        i += 1;
    }

    // Separator lines left above a removed header ("______", "-----") belong to the quotation.
    let mut separators = Vec::new();
    while new
        .last()
        .is_some_and(|l| is_blank(l) || SEPARATOR_ONLY.is_match(l))
    {
        separators.extend(new.pop());
    }
    if !quoted.is_empty() || !forwarded.is_empty() {
        separators.reverse();
        quoted.splice(0..0, separators);
    } else {
        new.extend(separators.into_iter().rev());
    }

    let (new, signature) = split_signature(new);
    Separated {
        new_text: join_trimmed(&new),
        quoted: join_trimmed(&quoted),
        forwarded: join_trimmed(&forwarded),
        signature: join_trimmed(&signature),
    }
}

/// A block of a reply as its writer laid it out: their own text, or text they quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Text the writer wrote (quote headers taken out).
    Own(String),
    /// Text quoted from the message answered, with one level of `>` taken off; an Outlook
    /// header block or "Original Message" line starts a quoted block that runs to the end.
    Quoted(String),
}

/// A reply's blocks in order, for reading which answer follows which quoted question: inline
/// replies alternate quoted and own blocks; top-posted ones have one own block, then one quoted.
pub fn blocks(body: &str) -> Vec<Block> {
    let text = normalize(body);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let n = lines.len();
    let mut out: Vec<Block> = Vec::new();
    let mut own: Vec<String> = Vec::new();
    let flush = |own: &mut Vec<String>, out: &mut Vec<Block>| {
        if own.iter().any(|l| !is_blank(l)) {
            out.push(Block::Own(join_trimmed(own)));
        }
        own.clear();
    };
    let unquote = |ls: &[&str]| -> String {
        let v: Vec<String> = ls
            .iter()
            .map(|l| {
                let t = l.trim_start();
                match t.strip_prefix('>') {
                    Some(r) => r.strip_prefix(' ').unwrap_or(r).to_string(),
                    None => t.to_string(),
                }
            })
            .collect();
        join_trimmed(&v)
    };
    let mut i = 0;
    while i < n {
        if is_quote(lines[i]) {
            let end = quote_block_end(&lines, i).max(i + 1);
            // A header just above the quotation is not the writer's text.
            if let Some(k) = last_text_line(&own).filter(|&k| looks_like_attribution(&own[k])) {
                own.truncate(k);
            }
            flush(&mut own, &mut out);
            out.push(Block::Quoted(unquote(&lines[i..end])));
            i = end;
            continue;
        }
        if let Some((marker, prefix)) = marker_at(&lines, i) {
            if let Some(p) = prefix {
                own.push(p);
            }
            let end = match marker {
                Marker::Attribution { end } | Marker::Headers { end } => end,
                Marker::Original => i + 1,
                // A forwarded message is no question put to the writer.
                Marker::Forward => {
                    flush(&mut own, &mut out);
                    return out;
                }
            };
            flush(&mut own, &mut out);
            let mut j = end;
            while j < n && is_blank(lines[j]) {
                j += 1;
            }
            if j < n && is_quote(lines[j]) {
                // Interleaved answers follow this header's quotation.
                i = j;
                continue;
            }
            // The rest is the message answered, pasted without `>` (Outlook); a header block
            // right after an "Original Message" line belongs to it.
            let mut start = j;
            if let Some(e) = (start < n)
                .then(|| header_block_at(&lines, start))
                .flatten()
            {
                start = e;
            }
            if start < n {
                out.push(Block::Quoted(unquote(&lines[start..])));
            }
            return out;
        }
        own.push(lines[i].to_string());
        i += 1;
    }
    flush(&mut own, &mut out);
    out
}

fn normalize(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{2060}'
            | '\u{feff}' | '\u{00ad}' => {}
            _ => out.push(c),
        }
    }
    out
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

fn is_quote(line: &str) -> bool {
    QUOTE_LINE.is_match(line)
}

fn last_text_line(lines: &[String]) -> Option<usize> {
    let k = lines.iter().rposition(|l| !is_blank(l))?;
    // At most two blank lines between the header and the quotation.
    (lines.len() - k <= 3).then_some(k)
}

/// The end (exclusive) of a quotation starting at `start`: `>` lines, blank lines between them,
/// and single unquoted lines squeezed between two `>` lines (a link that broke the quoting).
fn quote_block_end(lines: &[&str], start: usize) -> usize {
    let n = lines.len();
    let mut end = start;
    let mut i = start;
    while i < n {
        if is_quote(lines[i]) {
            i += 1;
            end = i;
        } else if is_blank(lines[i]) {
            let mut j = i;
            while j < n && is_blank(lines[j]) {
                j += 1;
            }
            if j < n && is_quote(lines[j]) {
                i = j;
            } else {
                break;
            }
        } else if i + 1 < n && is_quote(lines[i + 1]) && i > start && is_quote(lines[i - 1]) {
            i += 1;
        } else {
            break;
        }
    }
    end
}

/// A line just above a quotation that reads like its header without matching a known form:
/// "2011/4/7 Nathan <support@example.com>", "26.06.2014, 14:41, "Alex" <a@b.c>:".
fn looks_like_attribution(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 250 {
        return false;
    }
    let has_email = EMAIL.is_match(t);
    (has_email && (DATE_START.is_match(t) || t.ends_with(':')))
        || (t.ends_with(':') && DATE_START.is_match(t) && t.chars().any(|c| c.is_ascii_digit()))
}

/// What starts at line `i`, if anything, with reply text found before it on the same line.
fn marker_at(lines: &[&str], i: usize) -> Option<(Marker, Option<String>)> {
    let line = lines[i].trim();
    if line.is_empty() {
        return None;
    }
    if FORWARD_LINE.is_match(line) {
        return Some((Marker::Forward, None));
    }
    if let Some(c) = DASHED.captures(line) {
        let inner = &c[1];
        if FORWARD_WORDS.is_match(inner) {
            return Some((Marker::Forward, None));
        }
        if let Some(end) = attribution_at(lines, i) {
            return Some((Marker::Attribution { end }, None));
        }
        if ORIGINAL_WORDS.is_match(inner) {
            return Some((Marker::Original, None));
        }
    }
    if let Some(end) = header_block_at(lines, i) {
        return Some((Marker::Headers { end }, None));
    }
    // "reply On Wed, … wrote:": the reply shares the header's line.
    if line.len() < 400
        && let Some(c) = SAME_LINE_ON.captures(line)
        && c[2].chars().any(|ch| ch.is_ascii_digit())
    {
        let prefix = c[1].trim_end_matches(['-', ' ']).to_string();
        return Some((Marker::Attribution { end: i + 1 }, Some(prefix)));
    }
    if let Some(end) = attribution_at(lines, i) {
        return Some((Marker::Attribution { end }, None));
    }
    None
}

/// A quote header starting at line `i`; returns the end of its lines (exclusive).
///
/// When the header could also start on a later line of the same window, and line `i` does not
/// start like a header, line `i` is the reply ("Hello" above "On … wrote:").
fn attribution_at(lines: &[&str], i: usize) -> Option<usize> {
    let end = attribution_window(lines, i)?;
    if !HEADER_START.is_match(lines[i].trim()) {
        let next = (i + 1..end).find(|&k| !is_blank(lines[k]));
        if next.is_some_and(|k| attribution_window(lines, k).is_some()) {
            return None;
        }
    }
    Some(end)
}

fn attribution_window(lines: &[&str], i: usize) -> Option<usize> {
    let first = lines[i].trim();
    if first.len() > 300 || is_quote(first) {
        return None;
    }
    let mut joined = String::with_capacity(160);
    let mut blanks = 0;
    let mut j = i;
    let mut taken = 0;
    while j < lines.len() && taken < 6 {
        let mut l = lines[j].trim();
        if l.is_empty() {
            // A header may have one blank line inside it (Polymail), never two, and never after
            // a line that ended a sentence.
            blanks += 1;
            if blanks > 1 || taken == 0 || joined.ends_with(['.', '!', '?', ':']) {
                break;
            }
            j += 1;
            continue;
        }
        // The first line of a header never ends a sentence: "Yes please." is a reply.
        if taken == 1 && joined.ends_with(['.', '!', '?']) {
            break;
        }
        if taken > 0 {
            // "> wrote:" where a client broke the header over a quote marker.
            if let Some(rest) = l.strip_prefix('>') {
                if rest.trim_start().to_lowercase().starts_with("wrote") {
                    l = rest.trim_start();
                } else {
                    break;
                }
            }
            if l.len() > 200 {
                break;
            }
            // A quoted-printable soft break left in the text ("w=" / "rote:") joins without a gap.
            if joined.ends_with('=') {
                joined.pop();
            } else {
                joined.push(' ');
            }
        }
        joined.push_str(l);
        taken += 1;
        j += 1;
        if joined.len() > 450 {
            break;
        }
        if is_attribution(&joined) {
            return Some(j);
        }
    }
    None
}

fn is_attribution(text: &str) -> bool {
    let end_ok = text.ends_with(':')
        || text.ends_with('：')
        || text.ends_with('-')
        || text.to_lowercase().ends_with("wrote")
        || text.ends_with("écrit")
        || text.ends_with("escribió")
        || text.ends_with("scritto")
        || text.ends_with("escreveu")
        || text.ends_with("viết");
    if !end_ok {
        return false;
    }
    let evidence = text.chars().any(|c| c.is_ascii_digit()) || text.contains('@');
    for (k, r) in ATTRIBUTION.iter().enumerate() {
        if r.is_match(text) && (evidence || !NEEDS_EVIDENCE.contains(&k)) {
            return true;
        }
    }
    // A date, an address and a colon: "2014-10-17 11:28 GMT+03:00 Name <a@b.c>:".
    (text.ends_with(':') || text.ends_with('：'))
        && DATE_START.is_match(text)
        && EMAIL.is_match(text)
}

/// An inline header block (two or more header lines, one of them From or Date) at line `i`.
fn header_block_at(lines: &[&str], i: usize) -> Option<usize> {
    let key = header_key(lines[i])?;
    if !is_from_or_date_key(&key) {
        return None;
    }
    let mut keys = vec![key.to_lowercase()];
    let mut end = i + 1;
    let mut j = i + 1;
    let mut continuation = 0;
    while j < lines.len() && j < i + 10 {
        let l = lines[j];
        if is_blank(l) {
            // Outlook's HTML read as text puts a blank line between the fields.
            if lines.get(j + 1).is_some_and(|n| header_key(n).is_some()) {
                j += 1;
                continue;
            }
            break;
        }
        if let Some(k) = header_key(l) {
            keys.push(k.to_lowercase());
            continuation = 0;
            end = j + 1;
        } else {
            // A wrapped value ("bob@example.com]") may continue the line above.
            continuation += 1;
            if continuation > 2 || l.trim().len() > 100 {
                break;
            }
        }
        j += 1;
    }
    keys.sort();
    keys.dedup();
    (keys.len() >= 2).then_some(end)
}

fn header_key(line: &str) -> Option<String> {
    let c = HEADER_KEY.captures(line)?;
    // "To: " and "A: " must be followed by something.
    let rest = &line[c.get(0)?.end()..];
    if rest.trim().is_empty() && !matches!(c[1].to_lowercase().as_str(), "cc" | "to" | "an") {
        return None;
    }
    Some(c[1].to_string())
}

/// Splits the kept lines into new text and signature.
fn split_signature(lines: Vec<String>) -> (Vec<String>, Vec<String>) {
    let n = lines.len();
    let first_text = lines.iter().position(|l| !is_blank(l));
    let Some(first_text) = first_text else {
        return (lines, Vec::new());
    };
    // A body that is only "Sent from my iPhone" has no new text at all.
    if MOBILE.is_match(lines[first_text].trim()) {
        return (Vec::new(), lines);
    }
    let mut start = None;
    for i in first_text + 1..n {
        let t = lines[i].trim();
        if t.is_empty() {
            continue;
        }
        if is_hard_signature(t) {
            start = Some(i);
            break;
        }
        if (SIGN_OFF.is_match(t) || DASH_NAME.is_match(t)) && tail_is_signature(&lines[i + 1..]) {
            start = Some(i);
            break;
        }
    }
    let Some(start) = start else {
        return (lines, Vec::new());
    };
    // A postscript after the signature is the client's text again.
    let ps = (start + 1..n).find(|&k| POSTSCRIPT.is_match(lines[k].trim()));
    let mut new = lines;
    let mut sig = new.split_off(start);
    if let Some(ps) = ps {
        let post = sig.split_off(ps - start);
        new.push(String::new());
        new.extend(post);
    }
    (new, sig)
}

fn is_hard_signature(t: &str) -> bool {
    SIG_DASHES.is_match(t) || MOBILE.is_match(t) || has_disclaimer(t)
}

/// A line that is a disclaimer, or has one after a sentence of the footer before it ("Acme Ltd.
/// Registered in England No. 123. This email is confidential; …").
fn has_disclaimer(t: &str) -> bool {
    DISCLAIMER.is_match(t)
        || t.match_indices(['.', ';']).any(|(i, _)| {
            t[i + 1..].starts_with(' ') && DISCLAIMER.is_match(t[i + 1..].trim_start())
        })
}

/// The lines after a sign-off read like a signature: a few short lines (name, title, company,
/// phone, address), no question and no sentence, up to a hard signature marker or the end.
fn tail_is_signature(rest: &[String]) -> bool {
    let mut count = 0;
    for l in rest {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if is_hard_signature(t) || POSTSCRIPT.is_match(t) {
            return true;
        }
        count += 1;
        let words = t.split_whitespace().count();
        if count > 6 || t.chars().count() > 80 || t.ends_with('?') || words > 10 {
            return false;
        }
    }
    true
}

fn join_trimmed<S: AsRef<str>>(lines: &[S]) -> String {
    let start = lines.iter().position(|l| !is_blank(l.as_ref()));
    let end = lines.iter().rposition(|l| !is_blank(l.as_ref()));
    match (start, end) {
        (Some(s), Some(e)) => {
            let mut out = String::new();
            let mut blank_run = 0;
            for l in &lines[s..=e] {
                let l = l.as_ref();
                if is_blank(l) {
                    blank_run += 1;
                    if blank_run > 1 {
                        continue;
                    }
                    out.push('\n');
                    continue;
                }
                blank_run = 0;
                out.push_str(l);
                out.push('\n');
            }
            out.pop();
            out
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_text(body: &str) -> String {
        separate(body).new_text
    }

    #[test]
    fn an_outlook_block_with_blank_lines_between_its_fields_ends_new_text() {
        let s = separate(
            "We'll pass on the audit this year.\n\nTariq\n\nFrom: Ravi Menon <hello@pixelbridge.example>\n\nSent: 31 March 2025 12:15\n\nTo: Tariq <tariq@client.example>\n\nSubject: SEO audit\n\nIt would be 6 hours at £85 per hour. Shall we go ahead?\n",
        );
        assert!(!s.new_text.contains("Shall we"), "{:?}", s.new_text);
        assert!(s.new_text.starts_with("We'll pass"), "{:?}", s.new_text);
    }

    #[test]
    fn a_disclaimer_after_the_footer_s_first_sentence_is_cut() {
        let s = separate(concat!(
            "Approved. PO number to follow.\n\nHannah Cole | Producer\n+44 20 7946 0999\n",
            "Ridgeway Pictures Ltd. This email is confidential; if you are not the intended ",
            "recipient please delete it.\n"
        ));
        assert!(s.new_text.starts_with("Approved."), "{s:?}");
        assert!(!s.new_text.contains("intended recipient"), "{s:?}");
        let s = separate("Go ahead.\n\nAcme Ltd. Registered in England No. 07654321.\n");
        assert_eq!(s.new_text, "Go ahead.", "{s:?}");
    }

    #[test]
    fn disclaimers_with_a_label_or_in_other_languages_are_cut() {
        for disclaimer in [
            "IMPORTANT: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please tell the sender.",
            "Le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al destinatario indicato.",
            "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
            "Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado.",
        ] {
            let s = separate(&format!(
                "Go ahead, please.\n\nRegards\nGeoffrey\n\n{disclaimer}\n"
            ));
            assert_eq!(s.new_text, "Go ahead, please.", "{disclaimer}");
        }
    }

    #[test]
    fn gmail_quote_is_removed() {
        let s = separate(
            "Yes please.\n\nOn Mon, 2 Nov 2026 at 10:00, Jane <jane@x.example> wrote:\n> Shall I?\n",
        );
        assert_eq!(s.new_text, "Yes please.");
        assert!(s.quoted.contains("Shall I?"));
    }

    #[test]
    fn wrapped_headers_in_other_languages() {
        for header in [
            "Le lun. 2 nov. 2026 à 10:00, Jane Doe <jane@x.example> a écrit :",
            "Am 02.11.2026 um 10:00 schrieb Jane Doe\n<jane@x.example>:",
            "El lun, 2 nov 2026 a las 10:00, Jane (<jane@x.example>) escribió:",
            "Op 2 nov. 2026 om 10:00 schreef Jane Doe <jane@x.example>:",
            "Den 2. nov. 2026 kl. 10.00 skrev Jane <jane@x.example>:",
            "Il giorno lun 2 nov 2026 alle ore 10:00 Jane <jane@x.example> ha scritto:",
            "Em seg., 2 de nov. de 2026 às 10:00, Jane <jane@x.example> escreveu:",
            "No dia 17/03/2025, às 10:12, Tomás Ferrer <tomas@x.example> escreveu:",
            "A segunda, 17/03/2025, à(s) 10:12, Tomás Ferrer <tomas@x.example> escreveu:",
        ] {
            let body = format!("Reply here.\n\n{header}\n\n> old text\n> more\n");
            assert_eq!(new_text(&body), "Reply here.", "{header}");
        }
    }

    #[test]
    fn outlook_block_ends_new_text() {
        let s = separate(
            "Thanks, see below.\n\n________________________________\nFrom: Tom <t@x.example>\nSent: Monday\nTo: Ann\nSubject: Re: hi\n\nOld text?\n",
        );
        assert_eq!(s.new_text, "Thanks, see below.");
        assert!(s.quoted.contains("Old text?"));
    }

    #[test]
    fn forward_is_kept_apart() {
        let s = separate(
            "Could you check this?\n\n---------- Forwarded message ---------\nFrom: Bank <b@x.example>\n\nCan you confirm?\n",
        );
        assert_eq!(s.new_text, "Could you check this?");
        assert!(s.forwarded.contains("Can you confirm?"));
        let s = separate("See below.\n\nBegin forwarded message:\n\nFrom: A\nHello?\n");
        assert_eq!(s.new_text, "See below.");
    }

    #[test]
    fn interleaved_reply_keeps_answers() {
        let t = new_text(
            "On Tue, Apr 29, 2014 at 4:22 PM, Dev <d@x.example> wrote:\n\n> one?\n> two\n\nanswer one\n\n> three?\n>\n\nanswer three\n",
        );
        assert_eq!(t, "answer one\n\nanswer three");
    }

    #[test]
    fn signatures() {
        assert_eq!(new_text("Hello\n\n-- \nrick\n"), "Hello");
        assert_eq!(new_text("Hello\n\nSent from my iPhone\n"), "Hello");
        assert_eq!(
            new_text("Hello\n\nSent from my desk, is much easier then my mobile phone.\n"),
            "Hello\n\nSent from my desk, is much easier then my mobile phone."
        );
        assert_eq!(
            new_text("Can you help?\n\nKind regards,\nAnn Lee\nDirector\n+1 555 0100\n"),
            "Can you help?"
        );
        assert_eq!(
            new_text("Can you help?\n\nThanks\n\nAlso, what about the second form?\n"),
            "Can you help?\n\nThanks\n\nAlso, what about the second form?"
        );
        assert_eq!(
            new_text("Can you help?\n\nThanks,\nAnn\n\nP.S. Is the form due Friday?\n"),
            "Can you help?\n\nP.S. Is the form due Friday?"
        );
        assert_eq!(
            new_text("And here is a fix -- this is not a signature.\n"),
            "And here is a fix -- this is not a signature."
        );
    }

    #[test]
    fn lone_marker_line_is_text() {
        let t = new_text("Visit us\n>>> >>>  http://www.domain.com <<<\nClick above\n");
        assert!(t.contains(">>> >>>"), "{t}");
    }

    #[test]
    fn body_starting_with_on_is_not_a_header() {
        let t = new_text("On your remote host you can run:\n\n  telnet 127.0.0.1 52698\n");
        assert!(t.starts_with("On your remote host"), "{t}");
    }

    #[test]
    fn same_line_header() {
        assert_eq!(
            new_text("reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:\n> Hi\n"),
            "reply"
        );
    }

    #[test]
    fn nothing_is_lost() {
        let body = "New?\n\nOn 1 Jan 2026, A <a@b.example> wrote:\n> old\n\n-- \nsig\n";
        let s = separate(body);
        let all = format!(
            "{} {} {} {}",
            s.new_text, s.quoted, s.forwarded, s.signature
        );
        for word in ["New?", "old", "sig", "wrote"] {
            assert!(all.contains(word), "{word} lost: {s:?}");
        }
    }
}
