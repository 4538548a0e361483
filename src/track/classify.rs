//! A client's reply to a quote → accept, decline, unclear or automatic.
//!
//! Input: the reply as an [`InboundMail`] and the guard's decision on it. Output: a
//! [`Classification`] with the decision, the reason and the phrases that decided it. No I/O.
//!
//! Only the client's new text is judged, never the quoted offer below it (whose "Shall I go
//! ahead?" would otherwise read as a yes). Idioms are settled first ("I don't see why not", "no
//! problem" are positive), then phrases are weighed clause by clause with negation in scope
//! ("no need to proceed", "please don't go ahead"). Anything that leaves the decision to a
//! person makes the reply `unclear`: a counter-offer (a figure that is not in the offer), partial
//! acceptance, a question about the quote, a condition, "let me think", "hold off until…".

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::guard::GuardDecision;
use crate::lexicon::Lexicon;
use crate::parse::InboundMail;
use crate::split::sentences;

/// What the client decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Go ahead with the quoted work.
    Accept,
    /// No, thanks.
    Decline,
    /// A person must read it: counter-offer, question, condition, "let me think", "Thanks!".
    Unclear,
    /// Machine-made mail (out-of-office, bounce): never a decision.
    Automatic,
}

impl Decision {
    /// The name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accept => "accept",
            Decision::Decline => "decline",
            Decision::Unclear => "unclear",
            Decision::Automatic => "automatic",
        }
    }
}

/// The decision with its reasons.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Classification {
    /// The decision.
    pub decision: Decision,
    /// Why, in one sentence.
    pub reason: String,
    /// The phrases that were found, e.g. `accept: "go ahead"`.
    pub signals: Vec<String>,
    /// How sure the reading is, 0 to 1. An accept or decline below the configured bar
    /// (`track.min_confidence`) is given to a person as unclear.
    pub confidence: f64,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("built-in pattern compiles")
}

/// Idioms whose negative words mean yes, or that mean nothing; replaced before weighing.
static POSITIVE_IDIOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // "No objection" in seven languages, with the bare "no" that may open it ("Nein, keine
        // Einwände – machen Sie das so").
        r"(?i)\b((i\s+)?(don'?t|do\s+not|can'?t|cannot)\s+see\s+(why|any\s+reason)\s+not|no\s+reason\s+not\s+to|(i\s+)?(wouldn'?t|would\s+not)\s+say\s+no|((no|nein|non|nee|não|nao)\s*[,–—-]+\s*)?(no\s+objections?|keinen?\s+einw[äa]nde?|keine\s+bedenken|aucune\s+objection|pas\s+d'objection|ninguna\s+objeci[óo]n|sin\s+objeci[óo]n(es)?|nessuna\s+obiezione|nenhuma\s+obje[çc][ãa]o|sem\s+obje[çc][õo]es|geen\s+bezwaar(en)?)|(i\s+)?(don'?t|do\s+not)\s+(mind|object)|why\s+not)\b",
    )
});

static NEUTRAL_IDIOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(no\.\s?\d|n[º°]\s?\d|have\s+a\s+(good|great|nice|lovely|wonderful)\s+\w+|good\s+(morning|afternoon|evening|day)|(kind|best|warm)\s+regards|all\s+the\s+best|yes,?\s+(i|we)\s+(got|received|have\s+(got|received|read)|read|understand|saw|see)\b|no\s+(problem|problems|worries|prob|probs|issue|issues|rush|hurry|pressure)|not\s+a\s+problem|no\s+need\s+to\s+(wait|hold\s+off|delay|ask|check|confirm|rush|hurry|call|ring|phone)|(don'?t|do\s+not)\s+bother\s+(calling|ringing|phoning|checking|asking|waiting|confirming)\b|(don'?t|do\s+not)\s+hesitate|(can'?t|cannot)\s+wait|if\s+(you\s+)?(need|have)\s+(any|anything)\w*|if\s+(there'?s|there\s+is)\s+anything|if\s+(needed|necessary|required)|(please\s+)?let\s+me\s+know\s+if\s+you\s+(need|have|require)[^.!?]*|if\s+you\s+have\s+(any\s+)?questions|(please\s+)?(do\s+not|don'?t)\s+(reply|respond)\b)",
    )
});

static ACCEPT_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)\b(
            go\s+ahead | go\s+for\s+it | go\s+on\s+then | proceed | please\s+do | let'?s\s+(do|go|proceed)
          | do\s+it | green\s+light | book\s+(it|me|us|that)(\s+in)? | you\s+can\s+(start|begin|go\s+ahead|proceed|get\s+started)
          | (start|begin)\s+(whenever|when\s+you|asap|as\s+soon\s+as|right\s+away|now|today|tomorrow|next\s+week|on\s+it|straight\s+away|immediately|work|the\s+work)
          | get\s+(started|going|cracking|on\s+with\s+it) | happy\s+(for\s+you\s+)?to\s+(proceed|go\s+ahead|pay|go\s+with)
          | happy\s+(with|for)\s+(that|this|you\s+to) | (i|we)\s+approve | approved? | agreed | (i|we)\s+agree
          | (it'?s|that'?s)\s+a\s+deal | ^\s*deal\s*[!.]?\s*$ | sounds\s+(good|great|fine|perfect|reasonable|fair|ok|okay|right) | that\s+works | works\s+for\s+(me|us)
          | fine\s+(by|with)\s+(me|us) | ok(ay)?\s+(by|with)\s+(me|us) | (i|we)\s+accept | accepted | (i|we)\s+confirm | confirmed
          | (you\s+have|you'?ve\s+got|you\s+get)\s+(my|our)\s+(approval|go-ahead|blessing|ok|okay|green\s+light|authori[sz]ation)
          | approval | authori[sz]ed? | go-ahead
          | kör(\s+på)? | kjør\s+på | gör\s+det | gjør\s+det | ja,?\s+(tack|tak|takk|bitte|gerne|gern)
          | carry\s+on | crack\s+on | count\s+(me|us)\s+in | (i'?m|we'?re)\s+in | yes\s+please | please\s+(go\s+ahead|proceed|start|begin)
          | by\s+all\s+means | ^\W*(of\s+course|absolutely|definitely|certainly)\b | sure\s+thing | make\s+it\s+happen
          | worth\s+it | let'?s\s+get\s+(it|this)\s+(done|started|going) | (that'?s|that\s+is)\s+fine\s+by
          | allez[-\s]y | vas[-\s]y | d'accord | c'est\s+(bon|ok|parfait) | je\s+(confirme|valide|accepte) | on\s+y\s+va
          | einverstanden | (machen|legen)\s+sie\s+(los|bitte|es) | bitte\s+(machen|fortfahren|beginnen|loslegen|umsetzen|starten)
          | in\s+ordnung | passt | gerne | adelante | de\s+acuerdo | proceda | procede | dale | perfecto
          | procedi | procedete | va\s+bene | d'accordo | ga\s+je\s+gang | ga\s+(maar\s+)?(uw|je)\s+gang | ja\s+graag | akkoord
          | pode\s+(avan[çc]ar|seguir|prosseguir|come[çc]ar) | de\s+acordo | combinado
        )\b")
});

static YES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(^|[^\w'])(yes|yep|yeah|yup|yea|aye|sure|indeed|oui|ja|sí|sì|sim|jawohl|certo|claro)\b",
    )
});

static ACCEPT_WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(ok|okay|k|fine|great|perfect|excellent|brilliant|lovely|cool|alright|all\s+right|good|nice|super|wonderful|fantastic|awesome|vale|bien|prima|bene)\b",
    )
});

static DECLINE_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)\b(
            no,?\s+(thanks|thank\s+you|thx|ty|cheers) | thanks,?\s+but\s+no | no\s+need | not\s+needed | not\s+necessary | unnecessary
          | (don'?t|do\s+not)\s+(bother|go\s+ahead|proceed|start|do\s+(it|that|this|anything))
          | (don'?t|do\s+not)\s+(need|want|require)\s+(it|this|that|the|any|you|more|further|extra|additional)
          | please\s+(don'?t|do\s+not) | leave\s+it | let'?s\s+leave\s+it | skip\s+(it|this|that)
          | (i'?ll|we'?ll|i\s+will|we\s+will)\s+pass | (i'?d|we'?d)\s+rather\s+not | pass\s+on\s+(this|that|it|the)
          | not\s+(right\s+)?now | not\s+at\s+(the|this)\s+(moment|time|stage|point) | not\s+this\s+time | not\s+for\s+now
          | maybe\s+(later|another\s+time|next\s+time|some\s+other\s+time) | another\s+time | not\s+interested | not\s+worth
          | too\s+(expensive|much|pricey|steep|costly|dear) | (can'?t|cannot)\s+afford | (out\s+of|over|beyond)\s+(our|my)\s+budget
          | (handle|do|manage|sort|figure|work)\s+(it|this|that)(\s+out)?\s+(ourselves|myself|in[-\s]house)
          | (i'?ll|we'?ll|i\s+will|we\s+will|i\s+can|we\s+can)\s+(handle|manage|sort|deal\s+with)\s+(it|this|that)
          | \b(we|i)\s+(do\s+)?not\s+need\b | \bnot\s+need\s+(it|this|that|more|further)\b
          | (answer|answers|reply|replies|explanation|info|information|advice)\s+(was|is|were|are)\s+(enough|sufficient|plenty|all\s+(i|we)\s+needed|what\s+(i|we)\s+needed|fine|great|perfect|helpful)
          | (decided|decide|chosen|choose|prefer|rather)\s+not\s+to | not\s+(to\s+)?(take|taking)\s+(this|it|that)\s+(any\s+)?(further|forward)
          | (won'?t|will\s+not|shan'?t)\s+(be\s+)?(proceed|proceeding|taking\s+(this|it)\s+further|go\s+ahead|going\s+ahead|need\s+(it|this|that|the))
          | (i'?ll|we'?ll|i\s+will|we\s+will|i\s+can|we\s+can)\s+(manage|cope|make\s+do|take\s+it\s+from\s+here|do\s+it\s+(myself|ourselves))
          | on\s+(my|our)\s+own | hold\s+off\s+(indefinitely|for\s+good|permanently) | (shelve|park)\s+(it|this|that)
          | let'?s\s+not | better\s+not | (budget|money|cash)\s+is\s+(tight|short|limited) | tight\s+budget | no\s+budget | (can'?t|cannot)\s+justify | not\s+in\s+(the|our|my)\s+budget
          | forget\s+(it|about\s+it) | cancel | no\s+go | no\s+deal
          | (i'?m|we'?re|i\s+am|we\s+are)\s+(good|fine|ok|okay|all\s+set|sorted)(\s+for\s+now)?
          | all\s+(good|sorted|set) | that'?s\s+(all|everything)\s+(i|we)\s+(needed|need|wanted)
          | (covers|covered|answers|answered|solves|solved|resolves|resolved)\s+(it|everything|my\s+questions?|the\s+questions?|what\s+(i|we)\s+needed|that|all)
          | (quick|short|brief|free)\s+answers?\s+(covered|answered|was\s+enough|is\s+enough|were\s+enough|are\s+enough|did\s+the\s+trick|will\s+do|suffices?|suffice)
          | (that|this|it)\s+(was|is)\s+(enough|sufficient|plenty) | (i|we)\s+(have|'ve\s+got|got)\s+(what|all|everything)\s+(i|we)\s+need
          | not\s+required | won'?t\s+be\s+(needed|necessary|required) | (no|not)\s+(further|more|extra|additional)\s+(work|help|action|time|hours)\s*(is\s+)?(needed|required|necessary)?
          | declined? | no\s+longer\s+(needed|required|necessary|relevant) | hold\s+fire | stand\s+down
          | (don'?t|do\s+not|doesn'?t)\s+(think|believe)\s+(it'?s|that'?s|we|i|this\s+is|it\s+is)?\s*(need|necessary|needed|worth|required)
          | nothing\s+(more|else|further)\s+(needed|required|necessary) | no\s+further
          | non,?\s+merci | pas\s+(pour\s+le\s+moment|maintenant|la\s+peine|n[ée]cessaire|besoin) | ce\s+n'est\s+pas\s+n[ée]cessaire
          | nein,?\s+danke | nicht\s+(n[öo]tig|notwendig|jetzt|erforderlich) | lieber\s+nicht | kein\s+bedarf
          | no,?\s+gracias | no\s+es\s+necesario | no\s+hace\s+falta | ahora\s+no | mejor\s+no
          | no\s+grazie | non\s+(serve|[èe]\s+necessario|ora) | nee,?\s+bedankt | niet\s+nodig | n[ãa]o,?\s+obrigad[oa] | n[ãa]o\s+[ée]\s+necess[áa]rio
          | nej\s+tak | nei\s+takk
        )\b")
});

static DECLINE_WEAK: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(^|[^\w'])(no|nope|nah|naw|non|nein|nee|n[ãa]o|nej)\b"));

/// A negation right before an acceptance phrase turns it into a refusal.
static NEGATOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(not|don'?t|dont|do\s+not|no\s+need\s+to|never|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|no\s+longer|rather\s+not|prefer\s+not\s+to|isn'?t|doesn'?t|didn'?t|hold\s+off\s+on|instead\s+of|before\s+you)\s+(\w+\s+){0,2}$",
    )
});

static DEFER_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)\b(
            let\s+me\s+(think|check|get\s+back|discuss|talk|ask|run\s+(it|this)|mull|consider|confirm|speak|have\s+a\s+think|look\s+into|sleep|see|come\s+back)
          | (i'?ll|i\s+will|we'?ll|we\s+will|i'?d\s+like\s+to|we'?d\s+like\s+to)\s+(think|get\s+back|let\s+you\s+know|check|discuss|talk|ask|come\s+back|revert|consider|have\s+a\s+think|mull|confirm|decide|review|look|sleep)
          | (need|have|want)\s+to\s+(check|discuss|talk|ask|think|consult|run\s+it|confirm|speak|get\s+(approval|sign[-\s]off)|clear\s+it|decide|look\s+at|review|sleep)
          | (hold\s+off|wait)(\s+on\s+(it|this|that))?(\s+(until|till|for|on|a\s+bit|a\s+few))? | on\s+hold | put\s+(it|this|that)\s+on\s+hold | not\s+yet
          | (until|till|after|not\s+before)\s+(january|february|march|april|may|june|july|august|september|october|november|december|the\s+new\s+year|new\s+year|christmas|easter|the\s+summer|summer|the\s+holidays|next\s+(week|month|year|quarter|financial\s+year|tax\s+year)|the\s+\d{1,2}(st|nd|rd|th)?|i'?m\s+back|we'?re\s+back)
          | (hold\s+off|wait|postpone|delay|revisit|pick\s+(it|this)\s+up|look\s+at\s+(it|this)\s+again|come\s+back\s+to|reconsider|decide)\b.{0,30}\b(in|until|after|next)\s+(january|february|march|april|may|june|july|august|september|october|november|december|the\s+new\s+year|spring|summer|autumn|fall|winter|week|month|year|quarter)
          | get\s+back\s+to\s+you | think\s+(about\s+it|it\s+over|this\s+over) | sleep\s+on\s+it | mull\s+(it|this)\s+over | come\s+back\s+to\s+you | circle\s+back
          | give\s+(me|us)\s+(a|some|until)\s | check\s+with\s+(my|our|the) | run\s+it\s+(by|past)
          | (ask|consult|talk\s+to|speak\s+to|speak\s+with|discuss\s+(it|this)\s+with)\s+(my|our)\s+(partner|boss|wife|husband|accountant|board|manager|director|team|colleague|co-?founder|bookkeeper|cfo|ceo|lawyer)
          | depends | depending\s+on | we'?ll\s+see | undecided | on\s+the\s+fence
          | je\s+(vais|dois)\s+(r[ée]fl[ée]chir|voir|en\s+parler) | laissez[-\s]moi\s+r[ée]fl[ée]chir
          | ich\s+(muss|werde|m[öo]chte)\s+(das\s+)?([üu]berlegen|nachdenken|r[üu]cksprache|kl[äa]ren|pr[üu]fen) | lassen\s+sie\s+mich
          | tengo\s+que\s+(pensarlo|consultarlo|hablarlo) | d[ée]jame\s+pensarlo | lo\s+pensar[ée] | ci\s+devo\s+pensare | devo\s+pensarci
        )\b")
});

static DEFER_WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(maybe|perhaps|possibly|might|not\s+sure|unsure|considering|let\s+you\s+know)\b")
});

static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(if\s+so|se\s+sim|si\s+es\s+as[íi]|si\s+c'est\s+le\s+cas|si\s+oui|wenn\s+ja|falls\s+ja|se\s+s[ìi]|als\s+dat\s+kan|in\s+principle|in\s+theory|before\s+(you|we)\s+(start|begin|proceed|go\s+ahead)|first\s*\?|if|as\s+long\s+as|provided(\s+that)?|providing|on\s+(the\s+)?condition|assuming|only\s+if|so\s+long\s+as|subject\s+to|unless|wenn|falls|sofern)\b",
    )
});

/// A yes given on what the client just asked for: "Could you split it …? Then yes." Read before
/// the yes itself is masked.
static THEN_YES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(then\s+yes|then\s+it'?s\s+a\s+yes|dann\s+ja|alors\s+oui|entonces\s+s[íi]|allora\s+s[ìi]|ent[ãa]o\s+sim|dan\s+ja)\b",
    )
});

static PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)(
            \b(only|just)\s+(do\s+|the\s+|for\s+|on\s+|with\s+)*(first|second|third|last|1st|2nd|3rd|part|item|question|bit|point|\#?\d|one\s+of)\b
          | \bonly\s+(do\s+|the\s+|for\s+)+[\w-]+\s+(part|bit|item|question|side)\b
          | \bpart\s+(one|two|three|1|2|3|a|b)\b | \b(first|second|third|last)\s+(part|item|question|point|one)\s+only\b
          | \bnot\s+the\s+(second|first|other|last|rest)\b | \bbut\s+not\s+(the\s+)?(second|first|other|rest|last)\b
          | \b(yes|ok|okay|go\s+ahead)\s+(to|on|for|with)\s+(the\s+)?(first|second|third|one|(item|question|part|point|no\.?|number|\#)\s*\d)\b
          | \bthe\s+rest\s+(can\s+wait|later|no)\b | \b(leave|skip|drop)\s+(the\s+)?(second|first|other|last|rest)\b
        )")
});

static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)(
            \b(could|can|would|will)\s+(you|we)\s+(do|make|manage|get|finish|complete|keep)\s+(it|this|that)?\s*(for|in|within|with|under|at)\s
          | \bhow\s+about\b | \bwhat\s+about\s+[$€£]?\d | \bwould\s+you\s+(accept|take|consider|do)\b | \bcan\s+we\s+(say|do|agree|make\s+it)\b
          | \bmeet\s+(me\s+|us\s+)?(in\s+the\s+)?(middle|halfway)\b | \bdiscount | \bcheaper\b | \breduc(e|ed|tion)\b
          | \blower\s+(the\s+)?(price|rate|cost|fee|figure) | \bnegotiat | \bcap(ped)?\b | \bmax(imum)?\b | \bno\s+more\s+than\b | \bnot\s+more\s+than\b
          | \bbudget\s+(is|of)\s+(only\s+)?[$€£]?\d | \bonly\s+(have|got)\s+(a\s+)?budget\s+(of|for) | \bfixed\s+(fee|price)\b | \bflat\s+(fee|rate)\b | \bfor\s+less\b
          | \bless\s+than\s+(that|this|[$€£]?\d) | \binstead\b | \bsplit\s+the\s+(cost|difference)\b | \blimit\s+(it|this)?\s*to\b | \bkeep\s+it\s+(under|to|below)\b
          | \b(a\s+)?(bit|little|rather)\s+(expensive|much|steep|pricey|high)\b
          | \b(valor\s+fixo|pre[çc]o\s+fixo|precio\s+fijo|tarifa\s+(fija|plana)|prix\s+(fixe|forfaitaire)|forfait|festpreis|pauschal\w*|prezzo\s+fisso|vaste\s+prijs|fast\s+pris)\b
        )")
});

static ABOUT_THE_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(cost|costs|price|hours?|hrs?|rate|fee|fees|charge|charged|include|included|includes|including|cover|covers|covered|vat|gst|tax|plus|discount|total|estimate|quote|quoted|why|breakdown|exactly|extra|additional|scope|involve|involves|entail|minutes|how\s+long|how\s+much|how\s+many|what\s+(would|will|does|do|is)|when\s+(would|will|could|can)\s+you\s+(start|finish|be\s+done)|before\s+i)\b",
    )
});

/// A cap on the work: with the offered figure, a limit the offer meets.
static CAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(keep\s+it\s+(under|to|below|within)|cap(ped)?\s+(it\s+)?at|no\s+more\s+than|not\s+more\s+than|max(imum)?|limit\s+(it\s+|this\s+)?to|within)\b",
    )
});

static MONEY_OR_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)([$€£]\s?(\d[\d,]*(\.\d+)?)|(\d[\d,]*(\.\d+)?)\s?([$€£]|(usd|eur|gbp|aud|cad|nzd|chf|dollars?|d[óo]lares|dollari|euros?|pounds?|libras|sterline|francs?|franken|kronor|kroner)\b)|(\d+(\.\d+)?)\s?(hours?|hrs?|h\b|minutes?|mins?))",
    )
});

static NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"\d[\d,]*(\.\d+)?"));

static CLAUSE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(,?\s+but\s+|;\s*|\s+[-–—]\s+|,\s+(although|though|however)\s+)"));

/// Weights.
const STRONG: i32 = 3;
const YES_WEIGHT: i32 = 2;
const WEAK: i32 = 1;

/// Classifies a reply to a quote with the built-in lexicon and the default bar of confidence.
pub fn classify(mail: &InboundMail, guard: &GuardDecision) -> Classification {
    classify_with(mail, guard, &Lexicon::built_in(), DEFAULT_MIN_CONFIDENCE)
}

/// The bar of confidence below which an accept or decline is left to a person.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.7;

/// Classifies a reply to a quote: the phrase rules, then the lexicon's phrases in every language,
/// then the bar: an accept or decline less sure than `min_confidence` is unclear, with what was
/// found in its reason.
pub fn classify_with(
    mail: &InboundMail,
    guard: &GuardDecision,
    lexicon: &Lexicon,
    min_confidence: f64,
) -> Classification {
    if guard.is_automatic() {
        return Classification {
            decision: Decision::Automatic,
            reason: format!("machine-made mail: {}", guard.reason),
            signals: vec![format!("guard: {}", guard.rule)],
            confidence: 1.0,
        };
    }
    let mut text = mail.parts.new_text.clone();
    if text.trim().is_empty() {
        // Some clients answer in the subject line only.
        text = crate::draft::reply_subject(&mail.subject, true)
            .trim_start_matches(|c: char| c != ':')
            .trim_start_matches(':')
            .trim()
            .to_string();
    }
    let c = weigh_with_lexicon(
        classify_text_with(&text, &mail.parts.quoted, lexicon),
        &text,
        lexicon,
    );
    let c = if guard.auto_reply_rule.as_deref() == Some("machine-evidence")
        && matches!(c.decision, Decision::Accept | Decision::Decline)
    {
        Classification {
            confidence: c.confidence.min(0.5),
            reason: format!(
                "{}; but the mail may be machine-made ({})",
                c.reason, guard.reason
            ),
            ..c
        }
    } else {
        c
    };
    apply_bar(c, min_confidence)
}

/// An accept or decline below the bar becomes unclear, saying what was found.
pub fn apply_bar(c: Classification, min_confidence: f64) -> Classification {
    if matches!(c.decision, Decision::Accept | Decision::Decline) && c.confidence < min_confidence {
        return Classification {
            decision: Decision::Unclear,
            reason: format!(
                "not sure enough to decide ({:.2} < {min_confidence:.2}): reads as {}: {}",
                c.confidence,
                c.decision.as_str(),
                c.reason
            ),
            ..c
        };
    }
    c
}

/// True when a negation stands just before `start` ("not ok for me", "no estoy de acuerdo").
fn negated_before(lower: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(24);
    while !lower.is_char_boundary(from) {
        from -= 1;
    }
    let before = &lower[from..start];
    before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| {
            matches!(
                w,
                "not"
                    | "no"
                    | "don't"
                    | "dont"
                    | "nicht"
                    | "kein"
                    | "keine"
                    | "pas"
                    | "ne"
                    | "non"
                    | "niet"
                    | "geen"
                    | "não"
                    | "nao"
                    | "nunca"
                    | "never"
                    | "isn't"
                    | "wasn't"
                    | "won't"
                    | "n'est"
            )
        })
}

/// The sentences of a text that ask something: ending in "?" or opening with "¿".
fn question_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        for (i, c) in line.char_indices() {
            if matches!(c, '?' | '.' | '!') {
                let piece = line[start..i + c.len_utf8()].trim();
                if c == '?' && !piece.is_empty() || piece.starts_with('¿') {
                    out.push(piece.to_string());
                }
                start = i + c.len_utf8();
            }
        }
        let rest = line[start..].trim();
        if rest.starts_with('¿') {
            out.push(rest.to_string());
        }
    }
    out.dedup();
    out
}

fn hits<'a>(lexicon: &'a Lexicon, list: &str, lower: &str) -> Vec<&'a str> {
    // A phrase inside a neutral one ("laat maar" in "laat maar weten") is not read.
    let neutral = lexicon.list("reply.neutral").matches(lower);
    lexicon
        .list(list)
        .matches(lower)
        .into_iter()
        .filter(|&(s, e, _)| !neutral.iter().any(|&(ns, ne, _)| ns <= s && e <= ne))
        .filter(|&(s, _, _)| !negated_before(lower, s))
        .map(|(_, _, p)| p)
        .collect()
}

/// A "but" after the yes whose clause is neither a limit nor a condition: "Sim para a
/// declaração, mas a parte do IMI deixamos para depois". Returns the clause.
fn partial_but(lexicon: &Lexicon, lower: &str) -> Option<String> {
    // Accept and neutral phrases that hold a "but" word ("doe maar", "laat maar weten") are not
    // a "but".
    let accepts = lexicon.list("reply.accept").matches(lower);
    let neutral = lexicon.list("reply.neutral").matches(lower);
    for (start, end, _) in lexicon.list("reply.but").matches(lower) {
        let inside =
            |set: &[(usize, usize, &str)]| set.iter().any(|&(s, e, _)| s <= start && end <= e);
        if inside(&accepts) || inside(&neutral) {
            continue;
        }
        let before = &lower[..start];
        let yes_before = YES.is_match(before)
            || ACCEPT_STRONG.is_match(before)
            || accepts.iter().any(|&(_, e, _)| e <= start);
        if !yes_before {
            continue;
        }
        let stop = clause_end(lower, end);
        let clause = lower[end..stop].trim();
        if clause.is_empty()
            || CONDITION.is_match(clause)
            || lexicon.list("reply.condition").is_match(clause)
            || MONEY_OR_TIME.is_match(clause)
        {
            continue;
        }
        return Some(lower[start..stop].trim().to_string());
    }
    None
}

/// "Sì per la traduzione, no per l'apostille": a yes and a no, each given to a part of the offer
/// (a yes or no word followed by one of the language's `reply.scope` words, or a scoped yes and
/// then a part refused, `reply.not_part`: "yes to the survey, not the inspection"). Returns the text
/// from the first to the end of the second.
fn yes_to_one_no_to_another(lexicon: &Lexicon, lower: &str) -> Option<String> {
    let scope = lexicon.list("reply.scope");
    let scoped = |end: usize| {
        let rest = lower[end..].trim_start_matches([' ', ',', ':']);
        scope.prefix(rest).is_some_and(|p| {
            rest[p.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c == '\'')
        })
    };
    let yes = YES
        .find_iter(lower)
        .chain(ACCEPT_WEAK.find_iter(lower))
        .find(|m| scoped(m.end()))?;
    let no = DECLINE_WEAK
        .find_iter(lower)
        .find(|m| scoped(m.end()))
        .map(|m| m.start())
        .or_else(|| {
            // "Yes to the survey, not the engine inspection": the refused part after the yes.
            lexicon
                .list("reply.not_part")
                .matches(lower)
                .into_iter()
                .map(|(s, _, _)| s)
                .find(|&s| s > yes.end())
        })?;
    let (start, end) = (yes.start().min(no), yes.start().max(no));
    Some(lower[start..clause_end(lower, end)].trim().to_string())
}

/// Where the sentence that goes on at byte `from` ends (its stop, or the end of the text).
fn clause_end(lower: &str, from: usize) -> usize {
    lower[from..]
        .find(['.', '!', '?', '\n'])
        .map_or(lower.len(), |k| from + k)
}

/// "Thanks, but our accountant will do it": thanks, a "but", and someone else (or the client)
/// doing the work in the clause after it. Returns that clause.
fn thanks_but_elsewhere(lexicon: &Lexicon, lower: &str) -> Option<String> {
    let thanks = lexicon.list("reply.thanks").matches(lower);
    let first_thanks = thanks.first()?.0;
    for (start, end, _) in lexicon.list("reply.but").matches(lower) {
        if start < first_thanks {
            continue;
        }
        let stop = clause_end(lower, end);
        let clause = &lower[end..stop];
        if lexicon.list("reply.elsewhere").is_match(clause) && !MONEY_OR_TIME.is_match(clause) {
            return Some(lower[first_thanks..stop].trim().to_string());
        }
    }
    None
}

/// The lexicon's phrases, in every language, on top of the phrase rules: decides what the rules
/// left open when the phrases are one-sided, turns a decision unclear when the reply also holds
/// a deferral, a partial answer or a question, and gives every decision its confidence.
fn weigh_with_lexicon(c: Classification, text: &str, lexicon: &Lexicon) -> Classification {
    let lower = normalise(text).to_lowercase();
    let accept = hits(lexicon, "reply.accept", &lower);
    let mut decline = hits(lexicon, "reply.decline", &lower);
    decline.extend(chose_someone_else(lexicon, &lower));
    let defer = hits(lexicon, "reply.defer", &lower);
    let hesitate = hits(lexicon, "reply.hesitate", &lower);
    let contrast = hits(lexicon, "reply.contrast", &lower);
    let but = partial_but(lexicon, &lower);
    let condition_ok = !hits(lexicon, "reply.condition_ok", &lower).is_empty();
    // A question asked without a "?" ("sim, mas antes preciso de saber se o valor inclui IVA")
    // is a question too.
    let mut questions = question_sentences(&lower);
    questions.extend(
        lower
            .split(['.', '!', '?', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty() && !questions.iter().any(|q| q.contains(*s)))
            .filter(|s| crate::split::asks_indirectly(s, lexicon))
            .map(str::to_string)
            .collect::<Vec<_>>(),
    );
    let timing_only = !questions.is_empty()
        && questions
            .iter()
            .all(|q| lexicon.list("reply.timing_question").is_match(q));
    let open_question = !questions.is_empty() && !timing_only;
    let quote_question = questions
        .iter()
        .find(|q| lexicon.list("reply.about_quote").is_match(q));
    let mut signals = c.signals.clone();
    signals.extend(accept.iter().map(|p| format!("lexicon accept: \"{p}\"")));
    signals.extend(decline.iter().map(|p| format!("lexicon decline: \"{p}\"")));
    signals.extend(defer.iter().map(|p| format!("lexicon defer: \"{p}\"")));
    signals.extend(
        contrast
            .iter()
            .map(|p| format!("lexicon contrast: \"{p}\"")),
    );
    let with = |decision: Decision, confidence: f64, reason: String| Classification {
        decision,
        reason,
        signals: signals.clone(),
        confidence,
    };
    let rules_accept = c.signals.iter().any(|s| s.starts_with("accept"));
    let rules_decline = c.signals.iter().any(|s| s.starts_with("decline"));
    if let Some(p) = yes_to_one_no_to_another(lexicon, &lower) {
        return with(
            Decision::Unclear,
            1.0,
            format!("partial acceptance: \"{p}\""),
        );
    }
    match c.decision {
        Decision::Accept => {
            // "Ja, ik heb de offerte ontvangen, maar we laten het zitten": a bare yes that only
            // acknowledges, then a decided no after the "but".
            let bare_yes_only = c
                .signals
                .iter()
                .filter(|s| s.starts_with("accept"))
                .all(|s| s.split_whitespace().count() == 2 && YES.is_match(s));
            // "Yes, got your quote, thanks – we've gone with a firm closer to home, sorry": a yes
            // that acknowledges the mail, or a bare yes in a reply that regrets something, says
            // nothing of going ahead.
            let regret = hits(lexicon, "reply.regret", &lower);
            let only_acknowledges = acknowledged(lexicon, &lower).or(regret.first().copied());
            if bare_yes_only
                && accept.is_empty()
                && let Some(why) = only_acknowledges
            {
                if !decline.is_empty() && !open_question && defer.is_empty() && hesitate.is_empty()
                {
                    return with(
                        Decision::Decline,
                        0.8,
                        format!(
                            "decline: \"{}\" (the yes only answers \"{why}\")",
                            decline[0]
                        ),
                    );
                }
                return with(
                    Decision::Accept,
                    0.3,
                    format!("{}; but the yes may only answer \"{why}\"", c.reason),
                );
            }
            if bare_yes_only
                && accept.is_empty()
                && !decline.is_empty()
                && !open_question
                && defer.is_empty()
                && hesitate.is_empty()
                && decided_after_but(lexicon, &lower)
            {
                return with(
                    Decision::Decline,
                    0.75,
                    format!("decline after a \"but\": \"{}\"", decline[0]),
                );
            }
            // A limit on the work ("but not more than the 5 hours") is part of the yes.
            let contrast_is_limit = condition_ok && decline.is_empty();
            if !decline.is_empty() || (!contrast.is_empty() && !contrast_is_limit) {
                let p = decline.first().or(contrast.first()).unwrap_or(&"");
                return with(
                    Decision::Accept,
                    0.4,
                    format!("{}; but also \"{p}\"", c.reason),
                );
            }
            // "Yes for the tax return, but the rest later": the yes may cover part of the offer.
            if let Some(b) = but
                && !condition_ok
            {
                return with(
                    Decision::Accept,
                    0.55,
                    format!("{}; but also \"{b}\"", c.reason),
                );
            }
            if let Some(d) = defer.first().or(hesitate.first()) {
                return with(
                    Decision::Accept,
                    0.5,
                    format!("{}; but also \"{d}\"", c.reason),
                );
            }
            if let Some(q) = quote_question {
                return with(
                    Decision::Accept,
                    0.5,
                    format!(
                        "{}; with a question about the quote: \"{}\"",
                        c.reason,
                        q.trim()
                    ),
                );
            }
            let conf = if accept.is_empty() { 0.85 } else { 0.95 };
            with(Decision::Accept, conf, c.reason)
        }
        Decision::Decline => {
            if let Some(d) = defer.first() {
                return with(
                    Decision::Decline,
                    0.5,
                    format!("{}; but \"{d}\" may leave the offer open", c.reason),
                );
            }
            if open_question && decline.is_empty() {
                return with(
                    Decision::Decline,
                    0.55,
                    format!("{}; with a question for the manager", c.reason),
                );
            }
            if !accept.is_empty() {
                return with(
                    Decision::Decline,
                    0.5,
                    format!("{}; but also \"{}\"", c.reason, accept[0]),
                );
            }
            let conf = if decline.is_empty() { 0.85 } else { 0.95 };
            with(Decision::Decline, conf, c.reason)
        }
        Decision::Unclear => {
            let open = c.reason.starts_with("no clear yes or no")
                || c.reason.starts_with("thanks or an acknowledgement");
            let conditional = c.reason.starts_with("acceptance with a condition")
                || (c.reason.starts_with("mixed yes and no") && !accept.is_empty());
            if conditional && condition_ok && !open_question && rules_accept && decline.is_empty() {
                return with(
                    Decision::Accept,
                    0.75,
                    format!("accept within the offer's limits ({})", c.reason),
                );
            }
            // "Please don't proceed ... we'll do that instead": "instead" with a plain no.
            let instead = c.reason.starts_with("a counter-offer (\"instead\")")
                && rules_decline
                && !decline.is_empty();
            if instead && accept.is_empty() && !rules_accept && defer.is_empty() {
                return with(
                    Decision::Decline,
                    0.8,
                    format!("decline: \"{}\"", decline[0]),
                );
            }
            // "Yes please go ahead. When can you start?": a question of timing keeps the yes.
            if c.reason.starts_with("a question about the quote")
                && timing_only
                && rules_accept
                && !rules_decline
                && decline.is_empty()
                && defer.is_empty()
                && hesitate.is_empty()
                && contrast.is_empty()
            {
                return with(
                    Decision::Accept,
                    0.75,
                    format!("accept, with a question of timing ({})", c.reason),
                );
            }
            // "Sí, lo he leído, pero al final hemos decidido no vender": the yes acknowledges, the
            // decision after the "but" is the answer.
            if c.reason.starts_with("mixed yes and no")
                && accept.is_empty()
                && !open_question
                && defer.is_empty()
                && hesitate.is_empty()
                && decided_after_but(lexicon, &lower)
            {
                return with(
                    Decision::Decline,
                    0.75,
                    format!("decline after a \"but\": \"{}\"", decline[0]),
                );
            }
            // "Merci, mais nous allons nous en occuper en interne": a polite no.
            if open
                && !open_question
                && accept.is_empty()
                && !rules_accept
                && defer.is_empty()
                && hesitate.is_empty()
                && let Some(clause) = thanks_but_elsewhere(lexicon, &lower)
            {
                return with(Decision::Decline, 0.8, format!("decline: \"{clause}\""));
            }
            if open && !open_question && contrast.is_empty() && defer.is_empty() {
                if !decline.is_empty() && accept.is_empty() && !rules_accept {
                    return with(
                        Decision::Decline,
                        0.8,
                        format!("decline: \"{}\"", decline[0]),
                    );
                }
                if !accept.is_empty() && decline.is_empty() && hesitate.is_empty() && !rules_decline
                {
                    return with(Decision::Accept, 0.8, format!("accept: \"{}\"", accept[0]));
                }
            }
            with(Decision::Unclear, c.confidence, c.reason)
        }
        Decision::Automatic => c,
    }
}

/// The phrase after the reply's first yes that makes it an acknowledgement ("Yes, got your
/// quote", "Oui, bien reçu"): one of `reply.acknowledge` within a few words of the yes.
fn acknowledged<'a>(lexicon: &'a Lexicon, lower: &str) -> Option<&'a str> {
    let yes = YES.find(lower)?;
    let near = yes.end() + 24;
    lexicon
        .list("reply.acknowledge")
        .matches(lower)
        .into_iter()
        .find(|&(s, _, _)| s >= yes.end() && s <= near)
        .map(|(_, _, p)| p)
}

/// "We've decided to go with a firm closer to home": a word of choosing (`reply.choose`) with a
/// word for another party (`reply.other_party`) a few words after it, in the same clause.
fn chose_someone_else<'a>(lexicon: &'a Lexicon, lower: &str) -> Option<&'a str> {
    let others = lexicon.list("reply.other_party").matches(lower);
    lexicon
        .list("reply.choose")
        .matches(lower)
        .into_iter()
        .filter(|&(s, _, _)| !negated_before(lower, s))
        .find(|&(_, e, _)| {
            let stop = clause_end(lower, e).min(e + 40);
            others.iter().any(|&(s, _, _)| s >= e && s <= stop)
        })
        .map(|(_, _, p)| p)
}

/// A decision not to go ahead that comes after a "but" (`reply.but`), itself after the yes.
fn decided_after_but(lexicon: &Lexicon, lower: &str) -> bool {
    let Some(&(but, _, _)) = lexicon.list("reply.but").matches(lower).first() else {
        return false;
    };
    let declines = lexicon.list("reply.decline").matches(lower);
    !declines.is_empty() && declines.iter().all(|&(s, _, _)| s > but)
}

/// A clause as the client wrote it, cut to a length a reason line can hold.
fn clipped(clause: &str) -> String {
    let t = clause.trim();
    match t.char_indices().nth(160) {
        Some((cut, _)) => format!("{} …", &t[..cut]),
        None => t.to_string(),
    }
}

/// What a client proposed instead of the quote: an amount, a number of hours, or both.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Proposal {
    /// The figure as the client wrote it ("$80", "1.5 hours").
    pub figure: String,
    /// A total they would pay, when the figure is money.
    pub amount: Option<f64>,
    /// The hours they would pay for, when the figure is time.
    pub hours: Option<f64>,
    /// The sentence it is in.
    pub sentence: String,
}

/// The first figure in a client's reply that is none of the quote's own (`known`: its total,
/// hours and rate): what they propose instead. None when they name no other figure.
pub fn proposal(text: &str, known: &[f64]) -> Option<Proposal> {
    let text = normalise(text);
    for sentence in sentences(&text) {
        for m in MONEY_OR_TIME.find_iter(&sentence) {
            let found = m.as_str().trim();
            let Some(x) = NUMBER
                .find(found)
                .and_then(|n| n.as_str().replace(',', "").parse::<f64>().ok())
            else {
                continue;
            };
            if known.iter().any(|k| (k - x).abs() < 0.005) {
                continue;
            }
            let lower = found.to_lowercase();
            let minutes = lower.contains("min");
            let time = minutes || lower.contains('h');
            let (amount, hours) = if time && !lower.contains(['$', '€', '£']) {
                (None, Some(if minutes { x / 60.0 } else { x }))
            } else {
                (Some(x), None)
            };
            return Some(Proposal {
                figure: found.to_string(),
                amount,
                hours,
                sentence: clipped(&sentence),
            });
        }
    }
    None
}

/// Classifies the client's own words; `quoted` is the quoted offer, used to tell a counter-offer
/// from a figure the client merely repeats. Reads with the built-in lexicon.
pub fn classify_text(text: &str, quoted: &str) -> Classification {
    classify_text_with(text, quoted, &Lexicon::built_in())
}

/// [`classify_text`] with the lexicon the configuration loaded (ops' additions included).
pub fn classify_text_with(text: &str, quoted: &str, lexicon: &Lexicon) -> Classification {
    let text = no_that_answers_no_problem(&normalise(text), lexicon);
    // Short yes and no words of one language are other words in another: in Portuguese "no" is
    // "in the" ("o barco está no pantalão 6"), "vale" is "is worth" and "prima" a cousin.
    let language = crate::lexicon::detect_language(&text);
    let false_friend = |word: &str| {
        let w = word.trim().to_lowercase();
        let own: &[&str] = match w.as_str() {
            "no" => &["en", "es", "it"],
            "vale" => &["es"],
            "prima" => &["de", "nl"],
            "bien" => &["fr", "es"],
            "bene" => &["it"],
            _ => return false,
        };
        language.is_some_and(|l| !own.contains(&l))
    };
    if text.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
        // 👍 alone answers "Shall I go ahead?"; 👎 alone says no.
        let up = text.contains(['👍', '👌', '✅', '✔']);
        let down = text.contains(['👎', '❌', '✖']);
        return match (up, down) {
            (true, false) => decided(Decision::Accept, &[format!("accept: \"{}\"", text.trim())]),
            (false, true) => decided(
                Decision::Decline,
                &[format!("decline: \"{}\"", text.trim())],
            ),
            _ => unclear("the reply has no words of the client's own", Vec::new()),
        };
    }
    let offered = offered_figures(quoted);
    let mut signals = Vec::new();
    let (mut accept, mut decline) = (0i32, 0i32);
    let mut question_about_quote: Option<String> = None;
    let mut other_question = false;
    let mut counter: Option<String> = None;
    let mut partial: Option<String> = None;
    let mut condition: Option<String> = None;
    let mut defer_strong: Option<String> = None;
    let mut defer_weak: Option<String> = None;
    let mut thanks_only = true;

    for sentence in sentences(&text) {
        let sentence_is_question = sentence.trim_end().ends_with('?');
        let clauses: Vec<&str> = CLAUSE_BREAK.split(&sentence).collect();
        let last = clauses.len().saturating_sub(1);
        for (k, clause) in clauses.into_iter().enumerate() {
            // Only the clause that carries the "?" is the question: "Yes - and can you …?".
            let is_question = sentence_is_question && k == last;
            let clause = clause.trim();
            if clause.is_empty() {
                continue;
            }
            let original = clause.to_string();
            let mut work = original.clone();

            // Idioms first, so their "not" and "no" are not read as refusals.
            let mut idiom_accept = 0;
            for m in POSITIVE_IDIOM.find_iter(&original) {
                idiom_accept += STRONG;
                signals.push(format!("accept: \"{}\"", m.as_str()));
            }
            work = mask(&POSITIVE_IDIOM, &work);
            for m in NEUTRAL_IDIOM.find_iter(&work.clone()) {
                signals.push(format!("neutral: \"{}\"", m.as_str()));
            }
            work = mask(&NEUTRAL_IDIOM, &work);

            if let Some(m) = PARTIAL.find(&work) {
                partial.get_or_insert(m.as_str().to_string());
            }
            // The reason names the whole proposal, not only the word that gave it away.
            // A cap at the very figure offered ("keep it under the 2 hours") is a limit the offer
            // already meets, not a proposal.
            let figures: Vec<&str> = MONEY_OR_TIME.find_iter(&work).map(|m| m.as_str()).collect();
            let cap_at_offer = CAP.is_match(&work)
                && !figures.is_empty()
                && figures.iter().all(|f| figure_is_offered(f, &offered));
            // A price named in a clause that declines outright ("someone local does it for a
            // fixed price, so we will pass") is the reason for the no, not a proposal; with a
            // condition ("we'll pass unless you can do it for $300") it stays one.
            let declined_here = DECLINE_STRONG.is_match(&work) && !CONDITION.is_match(&work);
            if let Some(m) = COUNTER
                .find(&work)
                .filter(|_| !cap_at_offer && !declined_here)
            {
                counter.get_or_insert(format!(
                    "(\"{}\"): \"{}\"",
                    m.as_str().trim(),
                    clipped(&original)
                ));
            }
            for m in MONEY_OR_TIME.find_iter(&work) {
                if !declined_here
                    && !figure_is_offered(m.as_str(), &offered)
                    && !clock_time(lexicon, &work, m.start(), m.as_str())
                {
                    counter.get_or_insert(format!(
                        "({}, not the offered figure): \"{}\"",
                        m.as_str().trim(),
                        clipped(&original)
                    ));
                }
            }

            let (mut a, mut d) = (idiom_accept, 0);
            let mut clause_signals = Vec::new();
            for m in DECLINE_STRONG.find_iter(&work) {
                d += STRONG;
                clause_signals.push(format!("decline: \"{}\"", m.as_str()));
            }
            let masked = mask(&DECLINE_STRONG, &work);
            for m in ACCEPT_STRONG.find_iter(&masked) {
                // Negation is read on the unmasked clause: "no need to proceed".
                let before = &work[..m.start()];
                if NEGATOR_BEFORE.is_match(before) {
                    d += STRONG;
                    clause_signals.push(format!("decline: negated \"{}\"", m.as_str()));
                } else {
                    a += STRONG;
                    clause_signals.push(format!("accept: \"{}\"", m.as_str()));
                }
            }
            let masked = mask(&ACCEPT_STRONG, &masked);
            for m in YES.find_iter(&masked) {
                a += YES_WEIGHT;
                clause_signals.push(format!("accept: \"{}\"", m.as_str().trim()));
            }
            for m in DECLINE_WEAK.find_iter(&masked) {
                if false_friend(m.as_str()) {
                    continue;
                }
                d += YES_WEIGHT;
                clause_signals.push(format!("decline: \"{}\"", m.as_str().trim()));
            }
            let masked = mask(&DECLINE_WEAK, &mask(&YES, &masked));
            for m in ACCEPT_WEAK.find_iter(&masked) {
                if false_friend(m.as_str()) {
                    continue;
                }
                a += WEAK;
                clause_signals.push(format!("weak accept: \"{}\"", m.as_str()));
            }

            if let Some(m) = DEFER_STRONG.find(&masked) {
                defer_strong.get_or_insert(m.as_str().to_string());
            }
            if let Some(m) = DEFER_WEAK.find(&masked) {
                defer_weak.get_or_insert(m.as_str().to_string());
            }
            if let Some(m) = CONDITION.find(&masked).or_else(|| THEN_YES.find(&work)) {
                condition.get_or_insert(format!("{} …", m.as_str()));
            }
            if !is_thanks_or_greeting(&masked) {
                thanks_only = false;
            }

            if is_question {
                // A question's "go ahead?" is not a yes; it is something a person must answer.
                if ABOUT_THE_QUOTE.is_match(&original) || counter.is_some() {
                    question_about_quote.get_or_insert(original.clone());
                } else {
                    other_question = true;
                }
                if a > 0 || d > 0 {
                    signals.push(format!("in a question: {}", clause_signals.join(", ")));
                }
                if a >= STRONG && !question_mentions_go_ahead(&original) {
                    // "Yes please, could you send the invoice to accounts?" keeps its yes.
                    accept += a;
                }
                continue;
            }
            accept += a;
            decline += d;
            signals.extend(clause_signals);
        }
    }

    if let Some(c) = counter {
        return unclear(&format!("a counter-offer {c}"), signals);
    }
    if let Some(p) = partial {
        return unclear(&format!("partial acceptance: \"{p}\""), signals);
    }
    if let Some(q) = question_about_quote {
        return unclear(&format!("a question about the quote: \"{q}\""), signals);
    }
    if let Some(d) = defer_strong
        && !(decline >= STRONG && accept == 0 && d.starts_with("not yet"))
    {
        return unclear(&format!("not decided yet: \"{d}\""), signals);
    }
    if accept > 0
        && let Some(c) = condition
    {
        return unclear(&format!("acceptance with a condition: \"{c}\""), signals);
    }
    if let Some(w) = defer_weak
        && accept < STRONG
        && decline < STRONG
    {
        return unclear(&format!("hesitant: \"{w}\""), signals);
    }
    if accept > decline && accept >= YES_WEIGHT {
        if decline > 0 && accept - decline < STRONG {
            return unclear("mixed yes and no", signals);
        }
        return decided(Decision::Accept, &signals);
    }
    if decline > accept && decline >= YES_WEIGHT {
        if accept >= STRONG && decline - accept < STRONG {
            return unclear("mixed yes and no", signals);
        }
        return decided(Decision::Decline, &signals);
    }
    let bare = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    if bare == "y" || bare == "k" {
        return decided(Decision::Accept, &[format!("accept: \"{bare}\" alone")]);
    }
    if accept == WEAK && decline == 0 && !other_question && !thanks_only && is_bare_word(&text) {
        return decided(Decision::Accept, &signals);
    }
    if other_question {
        return unclear("a question for the manager", signals);
    }
    if accept > 0 && accept == decline {
        return unclear("mixed yes and no", signals);
    }
    if thanks_only {
        return unclear("thanks or an acknowledgement, not a yes or no", signals);
    }
    unclear("no clear yes or no", signals)
}

/// Blanks out every match with as many spaces, so byte positions stay valid for lookbehind.
fn mask(re: &Regex, text: &str) -> String {
    re.replace_all(text, |c: &regex::Captures<'_>| " ".repeat(c[0].len()))
        .into_owned()
}

fn decided(decision: Decision, signals: &[String]) -> Classification {
    let key: Vec<&str> = signals
        .iter()
        .filter(|s| s.starts_with(decision.as_str()) || s.starts_with("decline: negated"))
        .map(String::as_str)
        .take(3)
        .collect();
    let reason = if key.is_empty() {
        format!(
            "{}: the client's reply reads as a {}",
            decision.as_str(),
            decision.as_str()
        )
    } else {
        key.join("; ")
    };
    Classification {
        decision,
        reason,
        signals: signals.to_vec(),
        confidence: 0.85,
    }
}

fn unclear(reason: &str, signals: Vec<String>) -> Classification {
    Classification {
        decision: Decision::Unclear,
        reason: reason.to_string(),
        signals,
        confidence: 1.0,
    }
}

fn normalise(text: &str) -> String {
    text.replace(['’', '‘', '`'], "'")
        .replace(['“', '”'], "\"")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

/// "Yes please, can you go ahead?" — a question that itself is the acceptance.
fn question_mentions_go_ahead(q: &str) -> bool {
    let l = q.to_lowercase();
    l.contains("should i") || l.contains("shall i") || l.contains("do you want")
}

fn is_thanks_or_greeting(s: &str) -> bool {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().all(|w| {
        matches!(
            w.as_str(),
            "thanks"
                | "thank"
                | "you"
                | "thx"
                | "cheers"
                | "ta"
                | "many"
                | "so"
                | "much"
                | "a"
                | "lot"
                | "again"
                | "hi"
                | "hello"
                | "hey"
                | "dear"
                | "got"
                | "it"
                | "noted"
                | "received"
                | "merci"
                | "danke"
                | "gracias"
                | "grazie"
                | "for"
                | "the"
                | "info"
                | "information"
                | "update"
                | "your"
                | "reply"
                | "answer"
                | "answers"
                | "email"
                | "quick"
                | "response"
                | "very"
                | "great"
        )
    })
}

/// "OK." or "Fine!" alone (a weak word is a yes only when it is the whole reply).
fn is_bare_word(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 2
}

/// Figures of the offer in the quoted text: hours, minutes, rates, totals (and hours in
/// minutes, so "120 minutes" repeats "2 hours").
fn offered_figures(quoted: &str) -> HashSet<String> {
    let mut set = HashSet::new();
    for m in NUMBER.find_iter(quoted) {
        let raw = m.as_str().replace(',', "");
        if let Ok(x) = raw.parse::<f64>() {
            set.insert(fmt_figure(x));
            set.insert(fmt_figure(x * 60.0));
        }
    }
    // The total is rarely written; derive it from "N hours at $R".
    static RATE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(\d+(\.\d+)?)\s*(hours?|hrs?)\s+at\s+[$€£]?\s?(\d[\d,]*(\.\d+)?)")
    });
    for c in RATE.captures_iter(quoted) {
        let h = c[1].parse::<f64>().unwrap_or(0.0);
        let r = c[4].replace(',', "").parse::<f64>().unwrap_or(0.0);
        set.insert(fmt_figure(h * r));
    }
    set
}

fn figure_is_offered(found: &str, offered: &HashSet<String>) -> bool {
    let Some(n) = NUMBER.find(found) else {
        return true;
    };
    let Ok(x) = n.as_str().replace(',', "").parse::<f64>() else {
        return true;
    };
    if offered.is_empty() {
        // Without the offer in view, a figure is a counter-offer only with counter words.
        return true;
    }
    offered.contains(&fmt_figure(x))
}

/// "Non, pas de souci, allez-y", "No hay problema, adelante": a bare no (`reply.no_word`) that
/// opens the reply and is followed by a "no problem" (`reply.no_problem`) answers "is that a
/// problem?", not the offer. It is blanked out (with as many spaces) so it reads as no refusal;
/// the rest of the reply decides.
fn no_that_answers_no_problem(text: &str, lexicon: &Lexicon) -> String {
    let start = text.len() - text.trim_start().len();
    let word_end = text[start..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(k, _)| start + k);
    if word_end == start
        || !lexicon
            .list("reply.no_word")
            .contains_exactly(&text[start..word_end])
    {
        return text.to_string();
    }
    let rest = text[word_end..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | '!' | '-' | '–' | '—')
    });
    if lexicon.list("reply.no_problem").prefix(rest).is_none() {
        return text.to_string();
    }
    format!(
        "{}{}{}",
        &text[..start],
        " ".repeat(word_end - start),
        &text[word_end..]
    )
}

/// "a partir das 8h", "dès 14h", "ab 9h": a time of day, not a number of hours. A figure written
/// hard against its "h", up to 24, after a word of time (`reply.clock_before`).
fn clock_time(lexicon: &Lexicon, text: &str, start: usize, figure: &str) -> bool {
    let f = figure.trim();
    let Some(n) = f.strip_suffix(['h', 'H']) else {
        return false;
    };
    if !n.chars().all(|c| c.is_ascii_digit()) || n.parse::<u32>().map_or(true, |h| h > 24) {
        return false;
    }
    let before = text[..start].trim_end().to_lowercase();
    lexicon
        .list("reply.clock_before")
        .matches(&before)
        .iter()
        .any(|&(_, e, _)| e == before.len())
}

fn fmt_figure(x: f64) -> String {
    format!("{x:.2}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A no that answers "is it a problem?" is no refusal: the rest of the reply decides.
    #[test]
    fn a_no_before_no_problem_is_no_refusal() {
        for t in [
            "Non, pas de souci, allez-y pour l'examen des cahiers. Merci !",
            "No hay problema, adelante con el informe.",
            "Nee, geen probleem, ga je gang.",
            "No, no problem at all, please go ahead.",
        ] {
            assert_eq!(d(t), Decision::Accept, "{t}: {:?}", classify_text(t, OFFER));
        }
        // A no followed by anything else is still a no; a no-problem with a no after it too.
        assert_eq!(
            d("Non, merci, nous allons le faire en interne."),
            Decision::Decline
        );
        assert_ne!(
            d("No, no problem, we'll manage ourselves."),
            Decision::Accept
        );
    }

    /// A word of time that ops add to `reply.clock_before` is read by the counter-offer check: the
    /// lexicon the configuration loaded reaches it, not only the built-in one.
    #[test]
    fn ops_words_of_time_reach_the_counter_offer_check() {
        let text = "Oui, allez-y. Je serai au bureau sitôt 9h.";
        let built_in = classify_text(text, OFFER);
        assert_eq!(built_in.decision, Decision::Unclear, "{built_in:?}");
        let mut texts: Vec<(String, String)> = crate::lexicon::BUILT_IN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        texts.push((
            "ops.toml".into(),
            "language = \"fr\"\n[reply]\nclock_before = [\"sitôt\"]\n".into(),
        ));
        let ops = Lexicon::from_texts(&texts).expect("the ops lexicon compiles");
        let c = classify_text_with(text, OFFER, &ops);
        assert_eq!(c.decision, Decision::Accept, "{c:?}");
    }

    const OFFER: &str = "> If you would like me to spend more than the free 5 minutes on this, I will need 2 hours at $250 per hour. Shall I go ahead?";

    fn d(text: &str) -> Decision {
        classify_text(text, OFFER).decision
    }

    #[test]
    fn a_yes_on_what_the_client_asks_for_and_no_objection_are_read_so() {
        assert_eq!(
            d("Could you split it: the valuation now and the survey in June? Then yes."),
            Decision::Unclear
        );
        assert_eq!(
            d("Nein, keine Einwände – machen Sie das bitte so."),
            Decision::Accept
        );
        assert_eq!(d("No, no objection, go ahead."), Decision::Accept);
    }

    #[test]
    fn a_price_named_as_the_reason_for_a_no_is_no_counter_offer() {
        assert_eq!(
            d("We found someone local who does it for a fixed price, so we will pass this time."),
            Decision::Decline
        );
        assert_eq!(
            d("We'll pass unless you can do it for a fixed price of $300."),
            Decision::Unclear,
            "with a condition it is a proposal"
        );
    }

    #[test]
    fn accepts() {
        for t in [
            "Yes, please go ahead.",
            "Proceed please.",
            "ok go ahead",
            "yep",
            "go for it",
            "Great, let's do it.",
            "I don't see why not. Proceed.",
            "No problem, please proceed.",
            "Yes that's fine, start whenever you're ready.",
            "$500 is fine by us. Go ahead.",
            "Sure.",
            "Oui, allez-y.",
        ] {
            assert_eq!(d(t), Decision::Accept, "{t}: {:?}", classify_text(t, OFFER));
        }
    }

    #[test]
    fn declines() {
        for t in [
            "No thanks, that's fine.",
            "no need to proceed",
            "Not needed, your quick answers covered it.",
            "nah all good",
            "not right now",
            "Leave it for now thanks.",
            "Please don't go ahead.",
            "No need, thanks!",
            "Nein danke.",
        ] {
            assert_eq!(
                d(t),
                Decision::Decline,
                "{t}: {:?}",
                classify_text(t, OFFER)
            );
        }
    }

    #[test]
    fn a_proposal_is_the_figure_that_is_not_the_quote_s() {
        let known = [500.0, 2.0, 250.0];
        let p = proposal("Thanks. Could you do it for $300 instead of $500?", &known).expect("one");
        assert_eq!(
            (p.figure.as_str(), p.amount, p.hours),
            ("$300", Some(300.0), None)
        );
        let p = proposal("2 hours is a lot; would 90 minutes do?", &known).expect("one");
        assert_eq!(p.hours, Some(1.5));
        let p = proposal("Ginge es auch für 350 Euro?", &known).expect("one");
        assert_eq!(p.amount, Some(350.0));
        assert!(p.sentence.contains("350 Euro"));
        assert_eq!(proposal("Is the $500 plus VAT?", &known), None);
    }

    #[test]
    fn unclear() {
        for t in [
            "Could you do it for 90 minutes?",
            "What would you do in those 2 hours?",
            "I'll think about it and let you know next week.",
            "Thanks!",
            "Hold off until January please.",
            "Yes, but only the first part.",
            "Yes if you can finish by Friday.",
            "Would you do it for $300?",
            "Is that plus VAT?",
        ] {
            assert_eq!(
                d(t),
                Decision::Unclear,
                "{t}: {:?}",
                classify_text(t, OFFER)
            );
        }
    }

    #[test]
    fn the_quoted_offer_is_never_read() {
        // Only the new text is passed in; an empty reply is unclear, not an acceptance.
        assert_eq!(d(""), Decision::Unclear);
    }

    fn read(text: &str) -> Classification {
        let raw = format!(
            "From: Ann <ann@client.example>\nTo: help@firm.example\nSubject: Re: [Q-0001] offer\n\n{text}\n\n> 2 hours at $250 per hour. Shall I go ahead?\n"
        );
        let mail = crate::parse::parse(raw.as_bytes()).expect("parses");
        let guard = crate::guard::check(
            &mail,
            &crate::guard::Policy {
                own_addresses: vec!["help@firm.example".into()],
                own_domain: "firm.example".into(),
                role_senders: Vec::new(),
                machine_senders: Vec::new(),
                machine_score: 6,
                lexicon: Lexicon::built_in(),
            },
        );
        classify_with(&mail, &guard, &Lexicon::built_in(), DEFAULT_MIN_CONFIDENCE)
    }

    #[test]
    fn confident_wrong_decisions_are_left_to_a_person() {
        for (text, want) in [
            ("We'll deal with it ourselves, thanks.", Decision::Decline),
            ("The first item yes, the second no.", Decision::Unclear),
            (
                "Not this month, try me again after the audit.",
                Decision::Unclear,
            ),
            (
                "Est-ce possible en deux heures plutôt que trois ? Dans ce cas d'accord.",
                Decision::Unclear,
            ),
            ("Gaat u uw gang.", Decision::Accept),
            ("Grazie, ma lasciamo perdere.", Decision::Decline),
            ("Yes, go ahead.", Decision::Accept),
        ] {
            let c = read(text);
            assert_eq!(c.decision, want, "{text}: {c:?}");
        }
    }

    #[test]
    fn replies_of_the_later_rounds() {
        for (text, want) in [
            // "No. 3" is a number, not a no.
            (
                "Thank you. That is agreeable to the PCC. The key may be collected at No. 3 Church Lane.",
                Decision::Accept,
            ),
            // A yes that only says the quote arrived, then a no in other words.
            (
                "Yes, got your quote, thanks - we've decided to go with a firm closer to home, sorry.",
                Decision::Decline,
            ),
            (
                "Oui, bien reçu votre devis, merci. Malheureusement le conseil a refusé le crédit, nous devons donc renoncer.",
                Decision::Decline,
            ),
            // A bare yes in a reply that regrets is no plain yes; an apology for a delay is.
            (
                "Yes. Unfortunately the board meets next month.",
                Decision::Unclear,
            ),
            ("Yes, sorry for the late reply!", Decision::Accept),
            // Going with someone else is a no; going with you is not.
            (
                "Thanks, we'll go with another contractor.",
                Decision::Decline,
            ),
            (
                "Great, we'll go with your quote. Please start.",
                Decision::Accept,
            ),
            // A time of day written "8h" is no number of hours.
            (
                "Pode avançar, obrigada. Estamos cá todos os dias a partir das 8h.",
                Decision::Accept,
            ),
            // A figure before its currency sign is a counter-offer; Spanish "ya" is no yes.
            (
                "225 € me parece mucho para esto. Te ofrezco 150 € y lo hacemos ya.",
                Decision::Unclear,
            ),
            // A yes for one part and "but" the other part later.
            (
                "Sim para a declaração de IRS, mas a parte do IMI deixamos para depois.",
                Decision::Unclear,
            ),
            // A "but" that opens a condition is part of the yes; "doe maar" holds no "but".
            (
                "ok procedi pure, però se vedi che sfori le 3 ore avvisami prima",
                Decision::Accept,
            ),
            ("Akkoord, doe maar.", Decision::Accept),
            // Thanks, but someone else does it.
            (
                "Merci, mais nous allons nous en occuper en interne cette année.",
                Decision::Decline,
            ),
            (
                "Obrigada Inês, mas a nossa contabilista interna vai tratar disto.",
                Decision::Decline,
            ),
            // A question of timing keeps the yes.
            ("Yes please go ahead. When can you start?", Decision::Accept),
            // "Laat maar" is a no, but not inside "laat maar weten" (let me know).
            (
                "Prima, ga je gang. Laat maar weten wanneer jullie willen starten.",
                Decision::Accept,
            ),
            (
                "Laat maar, dat doet onze boekhouder wel.",
                Decision::Decline,
            ),
            // A cap at the offered figure is a limit the offer meets; "less than I feared" is
            // relief, not a proposal; a cap below it is a counter-offer.
            (
                "Fine, go for it but keep it under the 2 hours.",
                Decision::Accept,
            ),
            (
                "Brilliant, that's much less than I feared! Please crack on.",
                Decision::Accept,
            ),
            ("Go ahead but keep it under 1 hour.", Decision::Unclear),
            // A yes that acknowledges, then a decided no after the "but".
            (
                "Sí, lo he leído, pero al final hemos decidido no vender el barco este año.",
                Decision::Decline,
            ),
            (
                "Yes, I read it, but we have decided not to go ahead.",
                Decision::Decline,
            ),
            // "Don't bother calling first" says how, not whether.
            (
                "Go ahead. Don't bother calling first, just send the draft when it's ready.",
                Decision::Accept,
            ),
            ("Don't bother, thanks.", Decision::Decline),
            // "Yes if you can finish it by Friday" is a condition, not politeness.
            (
                "Yes if you can finish it by Friday, we have a board meeting on Monday.",
                Decision::Unclear,
            ),
            // A yes to one part and a no to another, in any language: partial, a person decides.
            (
                "Sì per il bilancio, no per la dichiarazione: quella la faccio io.",
                Decision::Unclear,
            ),
            (
                "Ja für die Steuererklärung, nein für den Einspruch.",
                Decision::Unclear,
            ),
            ("Yes for the survey, no to the report.", Decision::Unclear),
            (
                "Yes to the valuation, not the full survey.",
                Decision::Unclear,
            ),
            (
                "Ja zur Steuererklärung, aber nicht die Buchhaltung.",
                Decision::Unclear,
            ),
            // "No problem" is not a no to a part.
            ("Yes, no problem, go ahead.", Decision::Accept),
            // A bare yes that acknowledges, a "but" and a decided no (Dutch).
            (
                "Ja, de offerte is binnen, maar we laten het toch maar zitten.",
                Decision::Decline,
            ),
            // Thanks, but in the end someone else did it.
            (
                "Gracias, pero al final lo ha hecho mi hermano.",
                Decision::Decline,
            ),
        ] {
            let c = read(text);
            assert_eq!(c.decision, want, "{text}: {c:?}");
        }
        // A cap in Spanish is no refusal (a person may still be asked).
        let c = read("Vale, hazlo, pero que no pase de las 2 horas.");
        assert_ne!(c.decision, Decision::Decline, "{c:?}");
    }

    #[test]
    fn a_counter_offer_names_what_the_client_proposed() {
        let c = read("Could you do it for $80 instead?");
        assert_eq!(c.decision, Decision::Unclear);
        assert!(
            c.reason.contains("Could you do it for $80 instead?"),
            "{}",
            c.reason
        );
        let c = read("Es mucho. Te ofrezco 150 € y lo hacemos ya.");
        assert!(c.reason.contains("Te ofrezco 150 €"), "{}", c.reason);
    }

    #[test]
    fn a_decision_below_the_bar_is_unclear_and_says_why() {
        let c = read("Yes, go ahead, but not the second part until I ask my partner.");
        assert_eq!(c.decision, Decision::Unclear, "{c:?}");
        let sure = read("Yes, go ahead.");
        assert!(sure.confidence >= DEFAULT_MIN_CONFIDENCE, "{sure:?}");
        let strict = apply_bar(sure.clone(), 0.99);
        assert_eq!(strict.decision, Decision::Unclear);
        assert!(
            strict.reason.contains("not sure enough"),
            "{}",
            strict.reason
        );
    }
}
