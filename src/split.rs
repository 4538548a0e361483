//! Stage 4, split: the client's new text into their individual questions and requests, in order.
//!
//! Input: the new text from [`crate::parse`] (quotes, forwards and signatures already removed).
//! Output: [`Question`]s, each the client's full sentence or list item. No I/O.
//!
//! The text is read as units: paragraphs (hard-wrapped lines joined), list items (numbered,
//! lettered, bulleted; wrapped items joined) and short lines that stand alone (greetings, lead-ins
//! ending in ":"). Units are cut into sentences. A sentence is a question when it ends with "?"
//! or reads as a request ("Please send…", "I'd like to know whether…", "I was wondering if you
//! could…"); a list item is one unless its lead-in says the list is information ("I've attached:").
//! Small talk ("how was your weekend?"), thanks, closings ("let me know if you have any
//! questions") and rhetorical lines are not questions. Two requests joined by "and also" are two
//! questions; a short follow-up such as "Is that possible?" carries the statement before it.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{Lexicon, PhraseSet};
use serde::Serialize;

/// How a question was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// A sentence ending with "?".
    Interrogative,
    /// A request or question phrased as a statement.
    Request,
    /// An item of a numbered, lettered or bulleted list.
    ListItem,
}

/// One of the client's questions or requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Question {
    /// The client's words: the full sentence or list item, whitespace folded.
    pub text: String,
    /// How it was recognised.
    pub form: Form,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("built-in pattern compiles")
}

static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:[-*•·‣◦▪▸►–—+]|\(?\d{1,2}[.):]|\(?[a-hA-H][.)]|\([ivxIVX]{1,4}\)|[ivx]{1,4}[.)]|(?i:q(?:uestion)?\s?\d{1,2}\s?[:.)-]))\s+(\S.*)$",
    )
});

static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(hi|hello|hey|heya|hiya|howdy|dear|good (morning|afternoon|evening|day)|morning|afternoon|greetings|yo|bonjour|bonsoir|salut|coucou|hallo|moin|servus|hola|buenos d[ií]as|buenas( tardes)?|buongiorno|ciao|salve|hej|hei|hoi|guten (tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|cher|ch[èe]re|chers|estimad[oa]s?|querid[oa]s?|ol[áa]|oi|bom dia|boa tarde|geachte|beste|witam|dzie[ńn] dobry|здравствуйте|привет)\b",
    )
});

/// A line that only greets ("Hi Alice,", "Sehr geehrter Herr Weber,").
pub fn is_greeting_line(line: &str) -> bool {
    let t = line.trim();
    GREETING.is_match(t) && t.split_whitespace().count() <= 6 && !t.ends_with('?')
}

/// A greeting at the start of a sentence: "Hi Tom," "Dear Sir or Madam," "Hey!".
static GREETING_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(hi|hello|hey|heya|hiya|dear|good (morning|afternoon|evening|day)|morning|greetings|bonjour|salut|hallo|hola|buongiorno|ciao|hej|hoi|guten (tag|morgen)|ol[áa])\b[^,!.:;?\n]{0,40}[,!.:;]\s*",
    )
});

static CONNECTOR_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^((and|also|plus|oh|oh and|and also|lastly|finally|secondly|thirdly|firstly|first|second|third|next|besides|btw|by the way|one more thing|another thing|separately|additionally|furthermore|moreover|p\.?\s?s\.?|quick question|question|so|ok|okay|right|anyway|anyways|otherwise|honestly|seriously|frankly|really|well|work[- ]wise|in addition|on another note|on a separate note|while i have you|related to that|relatedly)\b[\s,:;.-]*)+",
    )
});

static SMALL_TALK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(
            how\s+(are|r)\s+(you|u|ya|things|all|the\ kids|the\ family|your\ (family|kids))
          | how\s+have\s+you\s+been | how\s+you\s+(doing|been)
          | how('s|\s+is|\s+was|\s+were|\s+are)\s+(it\s+going|things|life|everything|everyone|the\ (family|kids|weather|new\ baby|new\ house|move|holidays?)
                | your\s+(weekend|week|day|holidays?|vacation|trip|summer|winter|break|christmas|easter|new\ year|time\s+off|family|kids|team|wife|husband|partner|son|daughter|mum|mom|dad|birthday|flight|journey|move|break))
          | how('s|\s+has)\s+your\s+(week|day|weekend|year|summer)\s+been
          | how('s|\s+is|\s+was|\s+were)\s+(the|your)\s+(trip|holidays?|vacation|flight|journey|honeymoon|wedding|party|birthday|christmas|break|weekend|time\s+(off|away))\b
          | how\s+did\s+(your|the)\s+(weekend|holidays?|vacation|trip|move|break|marathon|race|birthday)\s+go
          | (did|do)\s+you\s+(have|had|enjoy)\s+(a|an|the|your)\s+(good|nice|great|lovely|relaxing|wonderful|fun|restful)?\s*(weekend|week|holidays?|time|break|trip|christmas|easter|summer|vacation|day\ off|birthday)
          | (hope|hoping)\s+(you|all|everything|things|the\ family)
          | (are|r)\s+you\s+(well|ok|okay|keeping\ well|doing\ well|good)
          | you\s+(ok|okay|well|good|alright|doing\ ok)
          | all\s+(good|well)\s+(with\ you|there|on\ your\ (side|end))
          | what('s|\s+is)\s+up | wassup | sup
          | long\s+time\s+no\s+(see|speak|talk)
          | how\s+do\s+you\s+do
          | ready\s+for\s+the\s+(weekend|holidays?|break)
          | how('s|\s+is|\s+are)\s+(the|your)\s+new\s+(office|offices|place|house|home|puppy|dog|baby|job|car|team\s+member|hire|premises|building)
          | (did|do|will)\s+you\s+(get|go)\s+(away|anywhere)
          | how\s+(was|were|did)\s+(the|your)\s+(conference|event|summit|expo|fair|festival|concert|show|wedding|party|run|marathon|race|match|game|retreat|offsite|away\s*day)\b
          | how\s+(was|were|is)\s+(christmas|easter|new\s+year|the\s+new\s+year|diwali|eid|hanukkah|thanksgiving|half\s+term|the\s+summer|summer|the\s+long\s+weekend)
          | (did|do)\s+you\s+(see|watch|catch)\s+(the|that|last\s+night'?s)\s+(match|game|final|race|show|news)
          | (is|are)\s+the\s+(new\s+)?(baby|babies|kids|puppy)\s+
          | (any|got\s+any)\s+(plans|holiday\s+plans)\s+for\s+the\s+(weekend|holidays?|summer|break)
          | (how\s+are\s+you|how's\s+it\s+going|how\s+are\s+things)
          | (c|ç)a\s+va | comment\s+(allez|vas)[-\s]vous | comment\s+vas[-\s]tu | comment\s+[çc]a\s+va
          | wie\s+geht('s|\s+es)(\s+(ihnen|dir|euch))? | alles\s+gut
          | (c[óo]mo\s+(est[áa]s?|est[áa]n|va|te\s+va|le\s+va|andas)) | qu[ée]\s+tal
          | come\s+(stai|sta|va) | tutto\s+bene
          | hoe\s+gaat\s+het | alles\s+goed
          | hur\s+m[åa]r\s+du | hvordan\s+g[åa]r\s+det | hvordan\s+har\s+du\s+det
          | como\s+(vai|est[áa]s?) | tudo\s+bem
        )\b")
});

static RHETORICAL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(
            who\s+(knew|would\s+have\s+(thought|guessed))
          | guess\s+what | can\s+you\s+believe\s+(it|that|this|the)
          | what\s+(can|could)\s+(i|you|we)\s+(say|do) | what\s+else\s+is\s+new
          | why\s+not | right | isn'?t\s+it | you\s+know | know\s+what\s+i\s+mean
          | what\s+a\s+\w+ | am\s+i\s+right | go\s+figure | how\s+about\s+that
          | don'?t\s+you\s+(think|agree) | wouldn'?t\s+you\s+(say|agree) | eh | huh | no\?
          | (does|do)\s+(that|this|it)\s+make\s+sense | makes?\s+sense | (is|was)\s+(that|this|it)\s+clear
          | see\s+what\s+i\s+mean | how\s+hard\s+can\s+it\s+be | what\s+were\s+they\s+thinking
          | how\s+(great|cool|nice|lovely|exciting|awesome|amazing|crazy|funny)\s+is\s+that
          | isn'?t\s+(that|this|it)\s+(great|good|nice|funny|crazy|amazing|annoying)
          | who\s+doesn'?t | who\s+\w+\s+.{0,30}\blike\s+(that|this)\b | who\s+does\s+that
          | who\s+(designs|writes|makes|invents|thinks\s+up|comes\s+up\s+with)\s+(these|this|those|that|such)\b
          | why\s+(is|does|do|are|must|has)\s+(everything|nothing|it\s+always|this\s+always|they\s+always|every\w*)\b.{0,30}\bso\s+\w+
          | why\s+(is|does)\s+(everything|nothing)\s+\w+\s+so\s+\w+
        )\b")
});

/// Polite closings that look like requests but ask for nothing.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)(
            ^(please\s+)?(do\s+)?(let|tell)\s+(me|us)\s+know\s+(if|should|when)\s+(you|there)('s|\s+is|\s+are|\s+have|\s+need|\s+want|\s+require)?\s*(have\s+|need\s+|want\s+|require\s+)?(any|anything|more|further|other|else|questions?|additional)
          | ^(please\s+)?(let|tell)\s+(me|us)\s+know\s+(if|whether)\s+(i|we)\s+can\s+(help|assist|be\s+of)
          | ^(please\s+)?(let|tell)\s+(me|us)\s+know\s+(your\s+thoughts|what\s+you\s+think)\s*[.!]?$
          | ^any\s+(questions|problems|issues),?\s+(just\s+)?(let|give|ask|call|shout|drop)
          | ^(please\s+)?(don'?t|do\s+not)\s+hesitate
          | ^(please\s+)?feel\s+free\s+to
          | ^(i('m|\s+am)\s+|we('re|\s+are)\s+)?(looking|look)\s+forward
          | ^(i|we)\s+look\s+forward
          | ^hope\s+(this|that|it)\s+(helps|makes\s+sense|is\s+clear|clarifies)
          | ^have\s+a\s+(great|good|nice|lovely|wonderful)
          | ^(speak|talk|chat)\s+(soon|later|then|tomorrow)
          | ^(thanks|thank\s+you)\s+(in\s+advance|for\s+(your|all|the|looking|taking|getting|helping|everything))
          | ^enjoy\s+(your|the)
          | ^(please\s+|kindly\s+|pls\s+)?(find|see)\s+(attached|enclosed|below|above|herewith|my|our|the\s+(attached|enclosed|notes|answers|comments|details))
          | ^(waiting|awaiting|i\s+await|we\s+await|look(ing)?\s+forward\s+to)\s+(for\s+)?(your|a)\s+(kind\s+|early\s+|quick\s+|prompt\s+)?(reply|response|revert|feedback|answer)
          | (^|[,;:—–-]\s*)(please\s+)?(find|see)\s+(the|my|our|his|her|their|this|these)\s+([\w-]+\s+){0,3}(attached|enclosed|below|above)\b
          | ^please\s+(note|ignore|disregard|excuse|forgive|accept\s+(my|our)\s+apolog|be\s+advised)
          | ^(i|we)\s+(hope|trust)\s+(you|this|all)
          | ^sorry\s+(to\s+bother|for\s+the)
          | ^let\s+me\s+know\s*[.!]?$
        )")
});

static THANKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(many\s+|big\s+|huge\s+|massive\s+)?(thanks|thank\s+you|thank\s+u|thx|ty|cheers|ta|merci|danke|gracias|grazie|obrigad[oa]|tak|dank\s+je|bedankt|appreciate\s+it|much\s+appreciated)\b",
    )
});

static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)(
            ^(please|pls|plz|kindly)\b
          | \b(could|can|would|will)\s+(you|u)\b
          | \b(if|whether)\s+(you|u)\s+(could|can|would|might|will)\b
          | \b(i|we)('d|\s+would)\s+(really\s+)?(like|love|want|prefer)\s+(you|u)\s+to\b
          | \b(i|we)('d|\s+would)\s+(also\s+|really\s+)?(like|love|want)\s+to\s+(know|ask|find\s+out|check|understand|confirm|clarify|learn|hear|see|have|book|schedule|arrange|set\s+up|request|discuss|talk|speak|go\s+over|add|change|move|cancel|update|order|receive|sign\s+up|make|get\s+(a|an|the|some|my|our|your|copies|copy|advice|help|started))
          | \b(i|we)('d|\s+would)\s+(also\s+)?like\s+(a|an|the|some|your|copies|copy|advice|help|confirmation)\b
          | \b(i|we)('m|\s+am|\s+was|\s+were|'re|\s+are)\s+(also\s+|just\s+|still\s+)?(wondering|hoping|curious)\b
          | \b(i|we)\s+(also\s+)?wonder(ed)?\b
          | ^wondering\s+(if|whether|what|how|when|why|who|where)
          | \b(i|we)\s+(also\s+|really\s+|urgently\s+|still\s+)?(need|want|require)\s+(to\s+know|to\s+find\s+out|to\s+understand|to\s+check|to\s+confirm|you|your|a|an|the|some|help|advice|clarification|confirmation|copies|a\s+copy)\b
          | \b(let|tell)\s+(me|us)\s+know\b
          | ^(let|tell|show|send|give|forward|email|e-mail|mail|call|ring|text|remind)\s+(me|us)\b
          | \b(i|we)('d|\s+would)\s+(be\s+)?(very\s+|really\s+)?(grateful|thankful|obliged)
          | \b(i|we)('d|\s+would)\s+(also\s+)?(really\s+)?appreciate
          | ^(i|we)\s+(would\s+)?appreciate\s+(it\s+)?if
          | \bit\s+would\s+be\s+(great|good|helpful|useful|nice|fantastic|brilliant|perfect|ideal|appreciated|wonderful)\s+(if|to)\b
          | ^any\s+(idea|ideas|thoughts|advice|suggestions?|update|updates|news|chance|feedback|guidance|pointers|recommendations?|tips)\b
          | ^(i|we)\s+(have|had)\s+a\s+(quick\s+)?(question|query)\s+(about|on|regarding|re)\b.*\b(is|are|do|does|can|should|whether|if)\b
          | ^(need|want)\s+(to\s+know|your|you|a|an|the|help|advice)\b
          | ^(i|we)\s+(am|are|'m|'re)\s+asking\b
          | ^(is|are)\s+there\s+(any|a)\s+way\b
          | \b(advise|confirm|clarify|explain)\s+(me\s+)?(whether|if|what|how|when|which|who)\b
          | (^|[,;:—–-]\s*|\b(someone|somebody|anyone|you|u|could|can|would|will|also)\s+)(please|kindly|pls|plz)\s+\w
          | \b\w+('d|\s+would)\s+(also\s+|really\s+)?(like|love|want)\s+to\s+(know|ask|find\s+out|check|understand|confirm|clarify|learn|hear)\b
          | \b(asked|asks|wants|wanted|told)\s+(me|us)\s+to\s+(check|find\s+out|ask|confirm|see|get|request|chase)\b
          | \b(i|we)\s+(also\s+)?(want|wanted|would\s+like|'d\s+like)\s+to\s+ask\b
          | \b(i|we)\s+(also\s+|really\s+|urgently\s+|still\s+)?(need|require)\s+(\d|a\s|an\s|the\s|some\s|new\s|our\s|my\s|your\s|help|advice|it\b|this\b|these\b|those\b|copies|confirmation|clarification)
          | \b(your\s+|any\s+)?(thoughts|advice|views?|input|feedback|comments|recommendations?|suggestions?|guidance|opinion)\s+(on|about|regarding)\b.{0,100}\b(would\s+be\s+)?(welcome|appreciated|great|helpful|useful)\b
          | \b(happy|keen|glad)\s+to\s+hear\s+(your|any)\b
          | \blooking\s+for\s+(your|some|any)\s+(advice|help|input|thoughts|guidance|recommendations?|views?|opinion|feedback)\b
          | \bit\s+would\s+(help|be\s+good|be\s+useful|be\s+helpful)\s+to\s+(know|understand|get|have|see)\b
          | (^|\b(i'?m|we'?re|i\s+am|we\s+are)\s+)(also\s+|still\s+|just\s+)?(not\s+sure|unsure)\s+(what|whether|if|how|which|when)\s+(to\s|we\s+(need|should|have|must|can)|i\s+(need|should|have|must|can)|it\b|this\b|that\b|the\b|our\b|my\b)
          | \b(i|we)\s+(also\s+)?(wanted\s+to\s+know|was\s+asking|am\s+asking|are\s+asking|were\s+asking|would\s+like\s+to\s+know|wonder|wondered)\s+(whether|if|what|how|when|why|who|where|which)\b
          | \balso\s+(asked|asks|wants\s+to\s+know|wanted\s+to\s+know|was\s+asking|is\s+asking|would\s+like\s+to\s+know|wonders|wondered)\s+(whether|if|what|how|when|why|who|where|which)\b
          | \b(je\s+(voudrais|souhaiterais|souhaite|veux|aimerais)|j'aimerais|ich\s+(möchte|würde\s+gerne?|will|wüsste\s+gerne?)|quisiera|me\s+gustar[ií]a|quiero|vorrei|mi\s+piacerebbe|ik\s+(wil|zou)\s+graag|gostaria\s+de|queria)\b.{0,30}\b(savoir|conna[iî]tre|demander|wissen|fragen|erfahren|saber|preguntar|sapere|chiedere|weten|vragen)\b
          | \b(savoir|wissen|saber|sapere|weten)\s*,?\s+(si|ob|se|of|wie|wann|was|quand|comment|cu[áa]ndo|c[óo]mo|quando|come)\b
          | ^(könn|könnt|würd)(en|est|et)\s+sie\b | ^bitte\b | ^(pourriez|pouvez|pourrais|peux)[-\s](vous|tu)\b | ^merci\s+de\b
          | ^(podr[íi]a|puede|podr[íi]an|pueden)[ns]?\b | ^por\s+favor\b | ^(potrebbe|pu[òo]|potreste|potete)\b | ^per\s+favore\b
          | ^(kunt|kun|zou)\s+(u|je|jij)\b | ^graag\b
        )")
});

static IMPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(send|forward|email|e-mail|check|confirm|review|advise|tell|explain|update|provide|share|call|ring|book|schedule|arrange|prepare|file|lodge|draft|look\s+(at|into|over)|have\s+a\s+look|find\s+out|give|sort\s+out|fix|add|remove|change|cancel|resend|clarify|recommend|suggest|help|organi[sz]e|set\s+up|process|submit|issue|amend|correct|create|let\s+me|double[-\s]check|go\s+over|walk\s+me|reply|respond|update|swap|replace|use|make|move|increase|decrease|reduce|rename|include|exclude|delete|insert|attach|sign|pay|approve|upload|install|edit|adjust|tweak|align|resize|shorten|lengthen|convert|merge|split|put|take|bring|keep|drop|hold|order|quote|price|estimate|calculate|work\s+out|figure\s+out|get|register|apply|renew|transfer|reconcile|invoice|bill|chase|contact|notify|inform|ask|let\s+us|double\s+check|look|try|test|run|finish|complete|start|stop|pause|sort)\b",
    )
});

static INTERROGATIVE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(
            (what|what's|whats|how|how's|hows|when|where|why|who|whom|whose|which)\b
          | (is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|have|has|had|must
             |isn't|aren't|don't|doesn't|didn't|can't|couldn't|shouldn't|won't|wouldn't|hasn't|haven't)
            \s+(i|you|u|we|they|he|she|it|there|this|that|these|those|the|a|an|my|our|your|his|her|their|its
               |someone|anyone|anybody|somebody|anything|everything|any|all|each|every|mr|mrs|ms|dr|(?-i:[A-Z][a-z]+))\b
          | (whether|if)\s
        )")
});

/// Statements that are clearly not requests although they start like one.
/// Without a "?", a wh-word starts a question only before a verb ("what is", "how do"), not in
/// "When we spoke…" or "Where to start."
static WH_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^((what|how|when|where|why|who|which)('s|'re|s)?\s+(is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|have|has|had|must|i|you|u|we|they)\b|(whats|hows|whos|wheres)\b|(is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|isn't|aren't|don't|doesn't|didn't|can't|couldn't|shouldn't|won't|wouldn't)\s)",
    )
});

/// "Had a look at the site", "Have a great weekend": past or polite, not a question.
/// "Is necessary that our director comes?" without the "?": a question in word order.
static AUX_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(is|are)\s+(it\s+)?(necessary|possible|mandatory|required|ok|okay|allowed|enough|needed|correct|true|right|fixed|compulsory|obligatory|normal|legal)\b",
    )
});

static AUX_STATEMENT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(had|have|has|did|was|were)\s+(a|an|the|some|no)\b"));

static NOT_A_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(will\s+do|can'?t\s+wait|can'?t\s+complain|could\s+be\s+worse|would\s+love\s+to\s+catch\s+up|should\s+be\s+(fine|ok|good)|how\s+(lovely|nice|great|kind|exciting|cool|awesome|wonderful)|what\s+a\s)",
    )
});

/// A short follow-up that only makes sense with the statement before it.
static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(
            (is|was|would)\s+(that|this|it)\s+(ok|okay|alright|possible|right|correct|true|allowed|fine|normal|legal|deductible|enough|too\s+late|necessary|required|a\s+problem|an\s+issue|realistic|feasible|doable|acceptable|reasonable|standard|common|usual|wise|a\s+good\s+idea|worth\s+it)
          | (can|could|would|will)\s+(you|u)\s+(help|check|advise|confirm|look\s+into|sort)(\s+(with|on|me\s+with)?\s*(this|that|it))?
          | (what|how)\s+do\s+you\s+(think|suggest|recommend|advise)
          | (thoughts|any\s+(ideas|thoughts|advice|suggestions)|ideas)
          | (would|will|does|do|could)\s+(that|this|it)\s+(work|apply|count|matter|help|be\s+(ok|possible|a\s+problem))
          | please\s+advise | (what|how)\s+should\s+(i|we)\s+(do|proceed|handle\s+(this|that|it))
          | (is|are)\s+(that|this|these|those)\s+(right|correct|ok|okay)
          | (what|which)\s+(would|do)\s+you\s+(recommend|suggest)
          | (can|could|should)\s+(i|we)(\s+do\s+(that|this|it))?
          | right | correct | ok
        )\s*[?.!]*$")
});

/// List lead-ins that announce information rather than questions.
/// List lead-ins that announce questions ("I have some doubts:", "Could you:").
static QUESTION_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(doubts?|questions?|queries|query|points?\s+to\s+clarify|clarify|could\s+you|can\s+you|would\s+you|please|kindly|need\s+to\s+know|want\s+to\s+know|wondering|ask|advise|confirm|check|help\s+with|things\s+(i|we)\s+need)\b",
    )
});

static INFO_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(attached|enclosed|here\s+(is|are)|here's|heres|below|fyi|for\s+your\s+(information|records|reference)|for\s+reference|(i|we)('ve|\s+have|\s+had)?\s+(sent|attached|done|completed|uploaded|included|paid|signed|received|finished|fixed|changed|updated|added|removed|submitted|filed|noted|made|got|bought|sold|booked|cancell?ed)|answers?\s+to|in\s+answer|to\s+answer|replies\s+to|responses?\s+to|(quick\s+|status\s+|progress\s+|short\s+)?update|where\s+(we|things)\s+(are|stand)|so\s+you\s+know|summary|status|notes|minutes|agenda|recap|as\s+discussed|the\s+following\s+(has|have|was|were)|done|completed|timeline|progress|what\s+(i|we)\s+(did|have\s+done)|(has|have)\s+been\s+(done|completed|sent|paid|signed))\b",
    )
});

/// List items that report a fact ("Invoice paid", "I sent the form").
/// An answer to the firm's own question ("No, I didn't receive any dividends.").
static ANSWER_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(yes|no|yep|nope|correct|none|n/a|not\s+yet|already|attached|done)\b[\s,.:;!-]")
});

/// A fact that reports something wrong asks for help ("the backup report hasn't arrived").
static PROBLEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(n't|\bnot\b|\bno\s+longer\b|\bbroken\b|\berror|\bfail|\bkeeps\b|\bstopped\b|\bmissing\b|\bwrong\b|\bdown\b|\bcrash|\bslow\b|\bissue|\bproblem|\bunable\b|\bstuck\b|\boverdue\b|\blate\b|\bincorrect\b|\bdoesn'?t\s+work|\bstill\s+waiting)",
    )
});

static INFO_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)(
            ^(i|we|they|he|she)\s+(have|had|'ve|sent|paid|signed|attached|uploaded|did|made|got|received|spoke|called|met|filed|completed|finished|moved|changed|bought|sold|hired|started|opened|closed|submitted|already)\b
          | \b(paid|done|signed|sent|received|completed|attached|uploaded|submitted|filed|booked|sorted|fixed|finished|approved|included|enclosed|confirmed)\s*[.!]?$
          | ^(paid|signed|sent|posted|filed|received|booked|completed|finished|submitted|uploaded|moved|called|spoke|emailed|transferred|updated|fixed|cancell?ed|ordered|bought|sold|hired|started|opened|closed|met|agreed|approved|renewed|registered|lodged|returned|collected|delivered)\b
          | ^(the|my|our|his|her|their|it|this|that|there|these|those)\b[\w\s'’-]{0,40}?\b(is|are|was|were|has|have|had|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|didn'?t|doesn'?t|don'?t)\b[^?]*[.!]?$
        )")
});

/// Someone else's words in quotes: "he keeps asking “when will it be fixed?”".
static REPORTED_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(ask|asks|asked|asking|said|says|saying|wrote|writes|wants\s+to\s+know|wondered|wonders|told\s+(me|us)|tells\s+(me|us))\b\s*[,:]?\s*[“"‘«]"#,
    )
});

/// "(a) … ; (b) … ; (c) …" inside one sentence.
static INLINE_MARKER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s:;,])\(?([a-h]|[ivx]{1,4}|\d{1,2})\)\s+"));

/// "I need some information about X" before the actual questions introduces them.
static LEAD_IN_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(need|want|have|got|had)\s+(an?\s+|some\s+|a\s+few\s+|two\s+|three\s+|several\s+|one\s+)?(quick\s+)?(information|info|questions?|query|queries|doubts?|help|advice|clarification)\s+(about|on|regarding|re|with|concerning|for)\b",
    )
});

static SPLIT_ALSO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(,?\s+and\s+also\s+|;\s*(and\s+)?also\s+|,\s+also\s+(could|can|would|will)\s+|,?\s+and\s+(also\s+|please\s+)?(could|can|would|will)\s+(you|u)\s+|,\s+and\s+(also\s+)?(please\s+)?(let|tell)\s+(me|us)\s+know\s+)",
    )
});

/// ", and is the party tax free?": a second question with a subject of its own. A pronoun that
/// points back (", and what would it cost?") keeps it one question.
static SPLIT_SECOND_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i),\s+and\s+(?:(?:what|how|when|where|why|who|which)\s+)?(?:is|are|do|does|can|could|should|would|will|did|was|were|has|have|shall|may|must)\s+(\w+)",
    )
});

static SPLIT_WHETHER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i),?\s+and\s+(also\s+)?whether\s+"));

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "approx", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m",
    "p.m", "cf", "fig", "dept", "est", "min", "max", "ref", "tel", "ph", "ext", "nr", "bzw", "z.b",
    "u.a", "d.h", "ca", "sr", "jr", "vol", "pp", "pg", "sq", "ft", "hr", "hrs", "wk", "yr", "qty",
    "acc", "acct", "govt", "mt", "mtg", "attn", "re", "rs", "inr", "pvt", "nr", "ltda", "sa",
    "gmbh", "bros",
];

/// One unit of text: a run of prose, or a list item with the lead-in above its list.
#[derive(Debug)]
enum Unit {
    Prose(String),
    Item {
        text: String,
        lead_in: Option<String>,
    },
}

/// Splits new text into questions, in the client's order.
pub fn split(new_text: &str) -> Vec<Question> {
    split_with(new_text, &Lexicon::built_in())
}

/// [`split`] with a lexicon of one's own (the built-in one joined with ops' files).
pub fn split_with(new_text: &str, lex: &Lexicon) -> Vec<Question> {
    let units = units(new_text);
    // Items of one list that ask with a "?": a sibling without one, written as a sentence, tells.
    let mut asking_list = vec![false; units.len()];
    let mut k = 0;
    while k < units.len() {
        let run_end = (k..units.len())
            .find(|&j| !matches!(units[j], Unit::Item { .. }))
            .unwrap_or(units.len());
        let asks = units[k..run_end].iter().any(|u| match u {
            Unit::Item { text, .. } => ends_with_question_mark(&core_of(&clean(text))),
            Unit::Prose(_) => false,
        });
        for flag in &mut asking_list[k..run_end] {
            *flag = asks;
        }
        k = run_end.max(k + 1);
    }
    // Lists none of whose items asks in any way: data under a lead-in ("Site details:").
    let mut telling_list = vec![false; units.len()];
    let mut k = 0;
    while k < units.len() {
        let run_end = (k..units.len())
            .find(|&j| !matches!(units[j], Unit::Item { .. }))
            .unwrap_or(units.len());
        let none_asks = units[k..run_end].iter().all(|u| match u {
            Unit::Item { text, .. } => !item_asks(&core_of(&clean(text)), lex),
            Unit::Prose(_) => true,
        });
        for flag in &mut telling_list[k..run_end] {
            *flag = none_asks;
        }
        k = run_end.max(k + 1);
    }
    let mut out: Vec<Question> = Vec::new();
    for ((unit, siblings_ask), telling) in units.into_iter().zip(asking_list).zip(telling_list) {
        match unit {
            Unit::Item { text, lead_in } => {
                // Data under a lead-in that only tells asks nothing.
                if telling
                    && lead_in.as_deref().is_some_and(|l| !lead_in_asks(l, lex))
                    && !PROBLEM.is_match(&core_of(&clean(&text)))
                {
                    continue;
                }
                if let Some(q) = list_item(&text, lead_in.as_deref(), siblings_ask, lex) {
                    out.push(q);
                }
            }
            Unit::Prose(text) => prose(&text, &mut out, lex),
        }
    }
    // "I need some information about X." followed by the questions themselves is a lead-in.
    let n = out.len();
    let mut k = 0;
    out.retain(|q| {
        k += 1;
        !(q.form == Form::Request && k < n && LEAD_IN_STATEMENT.is_match(&q.text))
    });
    out
}

/// An inline list in one sentence: the text before the first marker, and the items.
fn inline_items(s: &str) -> Option<(String, Vec<String>)> {
    let marks: Vec<(usize, usize, String)> = INLINE_MARKER
        .captures_iter(s)
        .map(|c| {
            let m = c.get(0).expect("whole match");
            (m.start(), m.end(), c[1].to_lowercase())
        })
        .collect();
    if marks.len() < 2 {
        return None;
    }
    // The markers must count up: a, b, c or 1, 2, 3 or i, ii, iii.
    let first = &marks[0].2;
    if !matches!(first.as_str(), "a" | "1" | "i") {
        return None;
    }
    let mut items = Vec::new();
    for (k, (_, end, _)) in marks.iter().enumerate() {
        let stop = marks.get(k + 1).map_or(s.len(), |m| m.0);
        let item = s[*end..stop].trim().trim_end_matches([';', ',']).trim();
        let item = item
            .strip_suffix(" and")
            .or_else(|| item.strip_suffix(" or"))
            .unwrap_or(item)
            .trim_end_matches([';', ',']);
        items.push(item.to_string());
    }
    Some((s[..marks[0].0].trim().to_string(), items))
}

fn list_item(
    text: &str,
    lead_in: Option<&str>,
    siblings_ask: bool,
    lex: &Lexicon,
) -> Option<Question> {
    let t = clean(text);
    let core = core_of(&t);
    if core.is_empty() || !core.chars().any(char::is_alphabetic) {
        return None;
    }
    let ends_q = ends_with_question_mark(&core);
    if is_small_talk(&core, lex) || CLOSING.is_match(&core) {
        return None;
    }
    let cue = lexicon_request(&core, lex);
    if !ends_q && THANKS.is_match(&core) && !cue && !REQUEST.is_match(&core) {
        return None;
    }
    // `item_asks` covers the "?" and the request cue too.
    let asks = item_asks(&core, lex);
    let info_lead_in = |l: &str| {
        let lower = l.to_lowercase();
        INFO_LEAD_IN.is_match(l)
            || (lex.list("split.info_lead_in").is_match(&lower)
                && !lex.list("split.ask_lead_in").is_match(&lower))
    };
    let asking_lead_in = lead_in.is_some_and(|l| {
        (QUESTION_LEAD_IN.is_match(l) && !info_lead_in(l)) || ends_with_question_mark(l)
    });
    let informational = lead_in.is_some_and(|l| info_lead_in(l) && !ends_with_question_mark(l))
        || ANSWER_ITEM.is_match(&core)
        || lex.list("split.answer_start").prefix(&core).is_some()
        || (siblings_ask
            && !asks
            && !lex.list("split.please").is_match(&core)
            && !lex.list("split.wish").is_match(&core)
            && !PROBLEM.is_match(&core)
            && is_told_sentence(&core))
        || (!asking_lead_in && INFO_ITEM.is_match(&core) && !PROBLEM.is_match(&core));
    if asks || !informational {
        Some(Question {
            text: t,
            form: Form::ListItem,
        })
    } else {
        None
    }
}

/// A list item that asks by its own words: a "?", a request cue, a question word or an imperative.
fn item_asks(core: &str, lex: &Lexicon) -> bool {
    ends_with_question_mark(core)
        || lexicon_request(core, lex)
        || REQUEST.is_match(core)
        || INTERROGATIVE_START.is_match(core)
        || IMPERATIVE.is_match(core)
}

/// A list's lead-in that gives its items the force of a request: "Could you send:", "Questions:",
/// "We need:", "Bitte noch:". Items under a lead-in that only tells ("Site details:", "Order
/// numbers for your paperwork:", "dit is wat we nu binnen hebben:") ask nothing unless they ask
/// themselves. Only a lead-in that ends with a colon counts; the sentence before the colon is read.
fn lead_in_asks(lead_in: &str, lex: &Lexicon) -> bool {
    let l = lead_in.trim();
    if !l.ends_with([':', '：']) {
        return true;
    }
    let last = sentences(l).pop().unwrap_or_else(|| l.to_string());
    let core = core_of(&clean(&last));
    let lower = core.to_lowercase();
    QUESTION_LEAD_IN.is_match(&core)
        || REQUEST.is_match(&core)
        || IMPERATIVE.is_match(&core)
        || INTERROGATIVE_START.is_match(&core)
        || lexicon_request(&core, lex)
        || lex.list("split.ask_lead_in").is_match(&lower)
        || lex.list("split.please").is_match(&lower)
        || lex.list("split.wish").is_match(&lower)
        || PROBLEM.is_match(&core)
}

fn prose(text: &str, out: &mut Vec<Question>, lex: &Lexicon) {
    let sentences = sentences(text);
    let mut previous_statement: Option<String> = None;
    // The index in `out` of a third party's question passed on in the sentence just before.
    let mut relayed: Option<usize> = None;
    for s in sentences {
        let relayed_before = relayed.take();
        let s = clean(&s);
        let core = core_of(&s);
        if core.is_empty() || !core.chars().any(char::is_alphabetic) {
            continue;
        }
        if let Some((lead_in, items)) = inline_items(&s) {
            for item in items {
                if let Some(q) = list_item(&item, Some(&lead_in), false, lex) {
                    out.push(q);
                }
            }
            previous_statement = None;
            continue;
        }
        // A "?" inside someone else's quoted words ends their question, not the client's.
        let quoted_question = REPORTED_SPEECH.is_match(&core)
            && core
                .trim_end()
                .trim_end_matches(['.', ' '])
                .ends_with(['”', '"', '’', '\'', '»']);
        let ends_q = ends_with_question_mark(&core) && !quoted_question;
        let greeting_only = GREETING.is_match(&s) && s.split_whitespace().count() <= 5 && !ends_q;
        // "Could you:" or "A few things:" announces what follows; it asks nothing itself.
        if greeting_only
            || s.trim_end().ends_with(':')
            || lex.list("split.disclaimer").is_match(&core)
        {
            continue;
        }
        // A polite closing in any language ("Melden Sie sich gern, falls ...", `split.closing`).
        let closing = CLOSING.is_match(&core) || lex.list("split.closing").prefix(&core).is_some();
        let is_q = if ends_q {
            !(is_small_talk(&core, lex)
                || is_rhetorical(&core, lex)
                || closing
                || is_wish(&core, lex))
        } else {
            let cue = lexicon_request(&core, lex);
            !((THANKS.is_match(&core) && !cue)
                || closing
                || NOT_A_REQUEST.is_match(&core)
                || is_small_talk(&core, lex))
                && (REQUEST.is_match(&core)
                    || cue
                    || AUX_ADJECTIVE.is_match(&core)
                    || INTERROGATIVE_START.is_match(&core)
                        && WH_QUESTION.is_match(&core)
                        && !AUX_STATEMENT.is_match(&core)
                        && core.split_whitespace().count() >= 3)
        };
        if !is_q {
            let useful = !(THANKS.is_match(&core)
                || is_small_talk(&core, lex)
                || CLOSING.is_match(&core)
                || GREETING.is_match(&s) && s.split_whitespace().count() <= 5);
            previous_statement = useful.then_some(s);
            continue;
        }
        let form = if ends_q {
            Form::Interrogative
        } else {
            Form::Request
        };
        // "We'd like to move the meeting to Friday. Is that possible?" is one question.
        if ANAPHORIC.is_match(&core)
            && let Some(prev) = previous_statement.take()
        {
            out.push(Question {
                text: format!("{prev} {s}"),
                form,
            });
            continue;
        }
        previous_statement = None;
        // "Er fragt, ob die Griffe schwarz sein sollen. Was würden Sie empfehlen?": the question
        // passed on is the context of the client's own question right after it; one question.
        // A long request of the client's own after it ("Você poderia levantar a certidão de
        // batismo dele?") is a second question.
        let follows_up = core.split_whitespace().count() <= 6 || ANAPHORIC.is_match(&core);
        if ends_q
            && follows_up
            && let Some(i) = relayed_before.filter(|&i| i + 1 == out.len())
        {
            let passed_on = out.remove(i);
            out.push(Question {
                text: format!("{} {s}", passed_on.text),
                form,
            });
            continue;
        }
        if !ends_q && is_relayed(&core, lex) {
            relayed = Some(out.len());
        }
        for part in split_double_requests(&s) {
            for piece in split_joined_imperative(&part, lex) {
                out.push(Question { text: piece, form });
            }
        }
    }
}

/// A third party's question passed on, in every language and in the sentence's own.
fn is_relayed(core: &str, lex: &Lexicon) -> bool {
    let lower = core.to_lowercase();
    relayed_question(&lower, lex, None)
        && relayed_question(&lower, lex, crate::lexicon::detect_language(core))
}

/// "Could you order the certificate and translate the record?", "Bitte führen Sie die Kontrolle
/// durch und schicken Sie uns die Rechnung", "prepárame la justificación y dime si …": a second
/// request joined by "and" (the lexicon's `split.and`, then any `split.lead` words) whose first
/// word is an imperative or an infinitive of the lexicon (`split.imperative`, `split.infinitive`),
/// or whose last word is such an infinitive (German and Dutch word order), is a request of its
/// own.
fn split_joined_imperative(s: &str, lex: &Lexicon) -> Vec<String> {
    let lower = s.to_lowercase();
    // Word starts and ends, in byte offsets of `s` (lower-casing keeps them for the scripts read).
    if lower.len() != s.len() {
        return vec![s.to_string()];
    }
    let words: Vec<(usize, usize)> = word_spans(&lower);
    let and = lex.list("split.and");
    let lead = lex.list("split.lead");
    let imperative = lex.list("split.imperative");
    let infinitive = lex.list("split.infinitive");
    let marker = lex.list("split.infinitive_marker");
    // Every language's lists: a short sentence's language is often unknown, and the pattern
    // ("and", pronouns, a verb, an object) is specific enough.
    let clitic = lex.list("split.clitic");
    let verb_with_object = lex.list("split.verb");
    let object_start = lex.list("split.object_start");
    let enclitic = lex.list("split.enclitic");
    let word = |k: usize| &lower[words[k].0..words[k].1];
    for (i, &(ws, we)) in words.iter().enumerate() {
        if i < 5
            || !and.contains_exactly(&lower[ws..we])
            || lex
                .list("split.serial")
                .contains_exactly(&lower[words[i - 1].0..words[i - 1].1])
        {
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j < i + 4 && lead.contains_exactly(&lower[words[j].0..words[j].1])
        {
            j += 1;
        }
        // A pronoun before the verb: "… e mi dici quando arriva", "… y me dices si …".
        while j < words.len() && j < i + 5 && clitic.contains_exactly(word(j)) {
            j += 1;
        }
        let Some(&(vs, ve)) = words.get(j) else { break };
        let verb = &lower[vs..ve];
        // A verb that may also be a noun counts when an object follows it: "… and add the
        // cleaning visit", "… and tell me when" (`split.verb`, `split.object_start`).
        let takes_object = verb_with_object.contains_exactly(verb)
            && words
                .get(j + 1)
                .is_some_and(|&(os, oe)| object_start.contains_exactly(&lower[os..oe]));
        // The verb first ("… et relire le contrat"), or last as German and Dutch put it under a
        // "could you" ("… und uns die Rechnung zusenden?"), unless it belongs to a noun ("le
        // contrat à signer").
        let last = words.len() - 1;
        let verb_first = imperative.contains_exactly(verb)
            || is_infinitive(verb, infinitive, enclitic)
            || takes_object;
        let verb_last = last > j + 1
            && is_infinitive(word(last), infinitive, enclitic)
            && !marker.contains_exactly(word(last - 1));
        if !(verb_first || verb_last) || words.len() - j < 3 {
            continue;
        }
        let head = s[..ws]
            .trim()
            .trim_end_matches([',', ';'])
            .trim()
            .to_string();
        let tail = s[words[i + 1].0..].trim().to_string();
        let mut out = vec![head];
        out.extend(split_joined_imperative(&tail, lex));
        return out;
    }
    vec![s.to_string()]
}

/// An infinitive of the lexicon, also with a pronoun joined to its end (`split.enclitic`:
/// "indicarci" is "indicare" + "ci", "enviarnos" is "enviar" + "nos").
fn is_infinitive(word: &str, infinitive: &PhraseSet, enclitic: &PhraseSet) -> bool {
    infinitive.contains_exactly(word)
        || enclitic.phrases().iter().any(|p| {
            word.strip_suffix(p.as_str()).is_some_and(|base| {
                base.chars().count() >= 3
                    && (infinitive.contains_exactly(base)
                        || infinitive.contains_exactly(&format!("{base}e")))
            })
        })
}

/// The (start, end) byte offsets of the words of `text` (letters, digits and apostrophes).
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, text.len()));
    }
    out
}

/// A sentence that starts with an imperative of the lexicon, after any `split.and`/`split.lead`
/// words ("And draft the application for the screens.", "Schicken Sie uns die Rechnung.").
fn imperative_start(lower: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len().min(3)
        && (lex.list("split.and").contains_exactly(words[i])
            || lex.list("split.lead").contains_exactly(words[i]))
    {
        i += 1;
    }
    words.len() >= i + 3
        && lex
            .list("split.imperative")
            .contains_exactly(words.get(i).copied().unwrap_or(""))
        && !lex
            .list("split.subject")
            .contains_exactly(words.get(i + 1).copied().unwrap_or(""))
}

/// "… before Friday, and also whether the clause is standard." is two requests.
fn split_double_requests(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.to_string();
    loop {
        let second_question = SPLIT_SECOND_QUESTION
            .captures(&rest)
            .filter(|c| {
                !matches!(
                    c[1].to_lowercase().as_str(),
                    "it" | "that" | "this" | "they" | "them" | "those" | "these" | "there"
                ) && ends_with_question_mark(&rest)
            })
            .and_then(|c| c.get(0))
            .map(|m| {
                (
                    m.start(),
                    m.start() + m.as_str().find("and").unwrap_or(0) + 3,
                )
            });
        let found = SPLIT_ALSO
            .find(&rest)
            .or_else(|| {
                let lower = rest.to_lowercase();
                let first_whether = lower.find("whether").or_else(|| lower.find(" if "));
                SPLIT_WHETHER
                    .find(&rest)
                    .filter(|m| first_whether.is_some_and(|w| w < m.start()))
            })
            .map(|m| (m.start(), m.end()))
            .or(second_question);
        let Some((start, end)) = found else { break };
        // "… the repair of the panels and also the annual inspection": "also" then a determiner
        // adds a thing to the same request, not a request of its own.
        let continues_noun = rest[end..].split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "my" | "our" | "your" | "his" | "her" | "their"
            )
        }) && rest[start..end].to_lowercase().trim_end().ends_with("also");
        if continues_noun {
            break;
        }
        let head = rest[..start].trim().to_string();
        let matched = rest[start..end]
            .trim_start_matches([',', ';', ' '])
            .to_string();
        let tail = rest[end..].trim().to_string();
        if head.split_whitespace().count() < 3 || tail.split_whitespace().count() < 2 {
            break;
        }
        parts.push(head);
        // Keep the verb of the second request ("could you …", "let me know …", "whether …").
        let keep = matched
            .trim()
            .trim_start_matches(|c: char| c.is_alphabetic())
            .trim();
        let lead = strip_and_also(&matched);
        rest = if lead.is_empty() {
            tail
        } else {
            format!("{lead} {tail}")
        };
        let _ = keep;
    }
    parts.push(rest);
    parts
}

fn strip_and_also(m: &str) -> String {
    let words: Vec<&str> = m
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_matches([',', ';']).to_lowercase();
            w != "and" && w != "also" && !w.is_empty()
        })
        .collect();
    words.join(" ")
}

/// A request cue of the lexicon, in any language, that is not negated ("he doesn't need the
/// breakdown") and is not a reason ("mi serve per il notaio", "la necesitamos para dar de alta");
/// or an indirect question: a verb of checking or telling before "whether" ("prüfen Sie bitte,
/// ob …", "indiquez-nous si …").
fn lexicon_request(core: &str, lex: &Lexicon) -> bool {
    let lower = core.to_lowercase();
    let purpose = lex.list("split.purpose");
    let negation = lex.list("split.negation");
    for (start, end, _) in lex.list("split.request").matches(&lower) {
        let before: Vec<&str> = lower[..start]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let negated = before
            .iter()
            .rev()
            .take(3)
            .any(|w| negation.contains_exactly(w) || w.ends_with("n't"));
        let after: Vec<&str> = lower[end..]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .take(2)
            .collect();
        let please_follows = lex.list("split.please").prefix(&lower[end..]).is_some();
        let reason = !please_follows && after.first().is_some_and(|w| purpose.contains_exactly(w))
            || (after.len() == 2
                && matches!(after[0], "it" | "this" | "that" | "them")
                && purpose.contains_exactly(after[1]));
        if !negated && !reason {
            return true;
        }
    }
    if imperative_start(&lower, lex) {
        return true;
    }
    // Checked in every language first (cheap), then in the sentence's own language.
    asks_indirectly(core, lex) || is_relayed(core, lex)
}

/// "The notary asks whether the translation needs an apostille": a third party's question the
/// client passes on (a `split.relay` verb, then `split.whether` within a few words), unless the
/// client or the firm is who asked (a `split.first_person` word right before the verb).
fn relayed_question(lower: &str, lex: &Lexicon, language: Option<&str>) -> bool {
    let whether = lex.list_in(language, "split.whether").matches(lower);
    if whether.is_empty() {
        return false;
    }
    let first_person = lex.list_in(language, "split.first_person");
    lex.list_in(language, "split.relay")
        .matches(lower)
        .iter()
        .any(|&(s, e, _)| {
            let before = lower[..s]
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .rfind(|w| !w.is_empty());
            !before.is_some_and(|w| first_person.contains_exactly(w))
                && whether.iter().any(|&(ws, _, _)| ws >= e && ws - e < 40)
        })
}

/// A verb of checking or telling, then "whether" within a few words, in `language`'s lists.
/// A sentence that asks without a "?": a verb of checking, knowing or telling, then "whether"
/// within a few words ("preciso de saber se o valor inclui IVA", "let me know whether …"), in
/// every language and in the sentence's own.
pub(crate) fn asks_indirectly(sentence: &str, lex: &Lexicon) -> bool {
    let lower = sentence.to_lowercase();
    indirect_question(&lower, lex, None)
        && indirect_question(&lower, lex, crate::lexicon::detect_language(sentence))
}

fn indirect_question(lower: &str, lex: &Lexicon, language: Option<&str>) -> bool {
    let whether = lex.list_in(language, "split.whether").matches(lower);
    if whether.is_empty() {
        return false;
    }
    lex.list_in(language, "split.indirect")
        .matches(lower)
        .iter()
        .any(|&(_, e, _)| whether.iter().any(|&(ws, _, _)| ws >= e && ws - e < 60))
}

/// A whole sentence that tells: it ends with a full stop or "!" and has a few words, unlike a
/// list of things wanted ("March statement", "the signed engagement letter").
fn is_told_sentence(core: &str) -> bool {
    let t = core.trim_end();
    (t.ends_with('.') || t.ends_with('!')) && t.split_whitespace().count() >= 4
}

/// Rhetorical: the rules' English forms and the lexicon's set phrases.
fn is_rhetorical(core: &str, lex: &Lexicon) -> bool {
    let t = core.trim_end();
    // "… painted over half the glass (why would anyone do that??)": a statement whose only
    // question is an aside in brackets at its end is rhetorical when the aside is.
    if let Some(aside) = t
        .strip_suffix(')')
        .and_then(|inner| inner.rfind('(').map(|k| (&inner[..k], &inner[k + 1..])))
        .filter(|(before, aside)| {
            before.split_whitespace().count() >= 3
                && !before.contains('?')
                && ends_with_question_mark(aside)
        })
        .map(|(_, aside)| aside)
    {
        return is_rhetorical(aside, lex) || is_small_talk(aside, lex);
    }
    RHETORICAL.is_match(core)
        || lex.list("split.rhetorical").find(core).is_some_and(|p| {
            // The aside is the sentence, or its tail: "Steel has gone up again, who knew?"
            let lower = t.to_lowercase();
            let rest = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
            rest.ends_with(p)
                || rest.split_whitespace().count() <= p.split_whitespace().count() + 2
                // "Who would have thought that the report would be so hard?": it starts so,
                // maybe after a word ("Ma ti rendi conto che ...?").
                || (t.ends_with('?') && starts_within_a_word(&lower, p))
        })
        || tag_question(t, lex)
        || wonders_aloud(core, lex)
}

/// The words of `lower` (letters, digits and apostrophes).
fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word for the reader (`split.you`, in the sentence's language): the question is asked of the
/// firm.
fn addresses_reader(lower: &str, language: Option<&str>, lex: &Lexicon) -> bool {
    let you = lex.list_in(language, "split.you");
    words_of(lower).iter().any(|w| you.contains_exactly(w))
}

/// "Why is it always the neighbours who never answer the door?", "Where do I even start?",
/// "Waarom doen buren toch altijd zo moeilijk?": a question word among the first three words
/// (`split.wh`), a word of wondering aloud (`split.rhetorical_marker`) and no word for the reader
/// (`split.you`), in the sentence's language. Asked of nobody, it needs no answer.
fn wonders_aloud(core: &str, lex: &Lexicon) -> bool {
    let lower = core.trim().to_lowercase();
    let language = crate::lexicon::detect_language(core);
    let opening_end = word_spans(&lower).get(2).map_or(lower.len(), |&(_, e)| e);
    lex.list_in(language, "split.wh")
        .is_match(&lower[..opening_end])
        && lex
            .list_in(language, "split.rhetorical_marker")
            .is_match(&lower)
        && !addresses_reader(&lower, language, lex)
}

/// "Hope the move to the new office went well?": a sentence that starts with a hope
/// (`split.hope`) is a wish, unless it also asks for something ("I hope you can send it by
/// Friday?": the reader and a `split.modal`).
fn is_wish(core: &str, lex: &Lexicon) -> bool {
    let language = crate::lexicon::detect_language(core);
    let lower = core.to_lowercase();
    let asks = lexicon_request(core, lex)
        || REQUEST.is_match(core)
        || addresses_reader(&lower, language, lex)
            && lex.list_in(language, "split.modal").is_match(&lower);
    lex.list_in(language, "split.hope").prefix(core).is_some() && !asks
}

/// True when `phrase` starts `text`, or starts after its first word ("but", "ma", "aber").
fn starts_within_a_word(text: &str, phrase: &str) -> bool {
    text.starts_with(phrase)
        || text
            .split_once(char::is_whitespace)
            .is_some_and(|(_, rest)| rest.trim_start().starts_with(phrase))
}

/// "Che emozione, vero?", "What a week, right?": a few words and a tag of the lexicon
/// (`split.tag`) ask for no answer.
///
/// A longer statement with a tag after its last comma asks no more, when it says nothing to the
/// reader and asks nothing of them: "Ça fait plaisir d'entendre les cloches le dimanche, non ?"
/// ("You'll send it by Friday, right?" is asked of the reader and stays a question).
fn tag_question(t: &str, lex: &Lexicon) -> bool {
    let Some(body) = t.trim_end().strip_suffix('?') else {
        return false;
    };
    let lower = body.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    let tags = lex.list("split.tag");
    if words <= 4
        && lower.contains(',')
        && tags.find(&lower).is_some_and(|p| {
            lower
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .ends_with(p)
        })
    {
        return true;
    }
    let Some((statement, tag)) = lower.rsplit_once(',') else {
        return false;
    };
    let language = crate::lexicon::detect_language(statement);
    let opens_a_question = words_of(statement).first().is_some_and(|w| {
        lex.list("split.auxiliary").contains_exactly(w)
            || lex.list("split.modal").contains_exactly(w)
    });
    tags.contains_exactly(tag.trim_end_matches(|c: char| !c.is_alphanumeric()))
        && !opens_a_question
        && statement.split_whitespace().count() >= 4
        && !addresses_reader(statement, language, lex)
        && !lexicon_request(statement, lex)
        && !REQUEST.is_match(statement)
}

/// "How was Portugal?": a trip, asked about by its place name alone.
static PLACE_TALK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:how\s+(was|were|is))\s+[A-Z][\p{L}-]+(\s+[A-Z][\p{L}-]+)?\s*[?!.]*$")
});

fn is_small_talk(core: &str, lex: &Lexicon) -> bool {
    if PLACE_TALK.is_match(core) {
        return true;
    }
    // The lexicon's small talk in every language: a short sentence that is mostly small talk.
    if let Some(p) = lex.list("split.small_talk").find(core) {
        // Words only: a French "?" after a space ("ça va à Ravenne ?") is no word.
        let words = core
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let phrase_words = p.split_whitespace().count();
        if words <= phrase_words + 3 {
            return true;
        }
        // A longer sentence that opens with the small talk is still small talk: "Wie war
        // eigentlich Ihr Urlaub auf den Azoren?", "Hoe is het weer daar, hier regent het?".
        let lower = core.trim_start().to_lowercase();
        let opening: Vec<&str> = p.split_whitespace().take(2).collect();
        let starts = lower
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
            .eq(opening
                .iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')));
        if starts && opening.len() == 2 && words <= phrase_words + 10 {
            return true;
        }
    }
    if about_small_talk_topic(core, lex) {
        return true;
    }
    if !SMALL_TALK.is_match(core) {
        return false;
    }
    // "How are you doing with my return?" asks about work, not about the weekend.
    let lower = core.to_lowercase();
    ![
        "with my",
        "with our",
        "with the",
        "about my",
        "about our",
        "about the",
        "regarding",
        " re ",
        " on my ",
        " on our ",
        " on the ",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || lower.contains("weekend")
        || lower.contains("holiday")
}

/// "Did you get any sun?", "Lekker weer gehad?", "Wie läuft die Saison bei Ihnen?": a short
/// question about a topic of small talk (`split.small_talk_topic`, in the sentence's language)
/// with no word of the firm's business or of timing (`split.small_talk_block`: "Are you open over
/// the holidays?") and no request.
fn about_small_talk_topic(core: &str, lex: &Lexicon) -> bool {
    let t = core.trim();
    if !ends_with_question_mark(t) || t.split_whitespace().count() > 8 {
        return false;
    }
    let lower = t.to_lowercase();
    // In the sentence's own language only: "retour" is a trip home in French, a return in Dutch.
    let Some(language) = crate::lexicon::detect_language(t) else {
        return false;
    };
    let language = Some(language);
    lex.list_in(language, "split.small_talk_topic")
        .is_match(&lower)
        && !lex
            .list_in(language, "split.small_talk_block")
            .is_match(&lower)
        && !lexicon_request(t, lex)
}

fn ends_with_question_mark(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ')' | ']' | '"' | '\'' | '’' | '”' | '»' | '*' | '!' | '.'
            )
            || is_emoji_or_symbol(c)
    });
    t.ends_with('?') || t.ends_with('？') || t.ends_with('¿')
}

fn is_emoji_or_symbol(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F)
}

/// Folds whitespace and strips list markers.
fn clean(s: &str) -> String {
    let folded = s
        .replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match LIST_MARKER.captures(&folded) {
        Some(c) => c[1].to_string(),
        None => folded,
    }
}

/// The part of a sentence that decides what it is: without a leading greeting ("Hi Tom,") and
/// connectors ("Also,", "P.S.", "Quick question:").
fn core_of(s: &str) -> String {
    let mut t = s
        .trim()
        .trim_start_matches(['¿', '¡', '"', '“', '('])
        .to_string();
    for _ in 0..3 {
        let before = t.len();
        if let Some(m) = GREETING_PREFIX.find(&t) {
            let rest = t[m.end()..].trim();
            if !rest.is_empty() {
                t = rest.to_string();
            }
        }
        if let Some(m) = CONNECTOR_PREFIX.find(&t) {
            let rest = t[m.end()..].trim();
            if !rest.is_empty() {
                t = rest.to_string();
            }
        }
        if t.len() == before {
            break;
        }
    }
    t
}

/// Cuts the new text into units: prose paragraphs and list items.
fn units(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut prose: Vec<String> = Vec::new();
    let mut item: Option<String> = None;
    let mut lead_in: Option<String> = None;
    let mut last_prose_line: Option<String> = None;
    let mut list_indent: Option<usize> = None;

    let flush_prose = |prose: &mut Vec<String>, out: &mut Vec<Unit>| {
        if !prose.is_empty() {
            out.push(Unit::Prose(prose.join(" ")));
            prose.clear();
        }
    };

    let lines: Vec<&str> = text.lines().collect();
    let unpunctuated = unpunctuated_paragraphs(&lines);
    for (idx, raw) in lines.iter().enumerate() {
        let line = raw.trim_end();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(t) = item.take() {
                list_indent = None;
                out.push(Unit::Item {
                    text: t,
                    lead_in: lead_in.clone(),
                });
            }
            flush_prose(&mut prose, &mut out);
            continue;
        }
        if LIST_MARKER.is_match(line) && !looks_like_prose_dash(trimmed) {
            let indent = line.len() - line.trim_start().len();
            // A marker indented deeper than its list's first item is a detail of the item above.
            if let (Some(t), Some(base)) = (item.as_mut(), list_indent)
                && indent > base
            {
                t.push_str("; ");
                t.push_str(trimmed);
                continue;
            }
            if item.is_none() {
                list_indent = Some(indent);
            }
            if let Some(t) = item.take() {
                out.push(Unit::Item {
                    text: t,
                    lead_in: lead_in.clone(),
                });
            } else {
                // The lead-in of this list is the last prose line before it.
                lead_in = last_prose_line.clone();
                flush_prose(&mut prose, &mut out);
            }
            item = Some(trimmed.to_string());
            continue;
        }
        if let Some(t) = item.as_mut() {
            // A wrapped item continues on the next line unless that line starts a new sentence
            // after an item that ended one.
            let ended = t.trim_end().ends_with(['?', '.', '!']);
            let starts_upper = trimmed.chars().next().is_some_and(char::is_uppercase);
            let indented = line.starts_with(char::is_whitespace);
            // A question of its own right under a short item is not the item's wrapped end:
            // "- the washing machine at 2am\nIs there any point recording it?"
            let previous_short = idx > 0 && lines[idx - 1].trim_end().chars().count() < 66;
            let own_question =
                starts_upper && !indented && trimmed.ends_with('?') && previous_short;
            if (!ended || indented || !starts_upper) && !own_question {
                t.push(' ');
                t.push_str(trimmed);
                continue;
            }
            let done = item.take().unwrap_or_default();
            out.push(Unit::Item {
                text: done,
                lead_in: lead_in.clone(),
            });
        }
        lead_in = None;
        // Lines that stand alone: greetings, lead-ins ending with ':', and short lines followed
        // by a line starting a new thought.
        let next = lines.get(idx + 1).map(|l| l.trim()).unwrap_or("");
        let standalone = unpunctuated[idx]
            || (GREETING.is_match(trimmed) && trimmed.split_whitespace().count() <= 6)
            || trimmed.ends_with(':')
            || (trimmed.chars().count() < 50
                && next
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !trimmed.ends_with(','));
        prose.push(trimmed.to_string());
        last_prose_line = Some(trimmed.to_string());
        if standalone {
            flush_prose(&mut prose, &mut out);
        }
    }
    if let Some(t) = item.take() {
        out.push(Unit::Item { text: t, lead_in });
    }
    flush_prose(&mut prose, &mut out);
    out
}

/// For each line: is it in a paragraph of two or more lines without any sentence punctuation
/// (texting style, where every line is a thought of its own)?
fn unpunctuated_paragraphs(lines: &[&str]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    for end in 0..=lines.len() {
        if end == lines.len() || lines[end].trim().is_empty() {
            let para = &lines[start..end];
            let bare = para.len() >= 2
                && para.iter().all(|l| !LIST_MARKER.is_match(l))
                && !para.iter().any(|l| l.contains(['.', '?', '!', ';', ':']));
            if bare {
                out[start..end].iter_mut().for_each(|b| *b = true);
            }
            start = end + 1;
        }
    }
    out
}

/// "- Tom" or "-- see below" is not a list item; neither is "1.5 hours is fine".
fn looks_like_prose_dash(t: &str) -> bool {
    t.starts_with("--") || t.starts_with("->")
}

/// Cuts prose into sentences at "?" and "!", and at "." before a capital, a digit or the end,
/// except after abbreviations and initials.
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let terminal = matches!(c, '?' | '!' | '.' | '…' | '？' | '！' | '。');
        if !terminal {
            i += 1;
            continue;
        }
        // Take the whole run of terminal marks and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len()
            && matches!(
                chars[j].1,
                '?' | '!'
                    | '.'
                    | '…'
                    | '？'
                    | '！'
                    | '。'
                    | ')'
                    | ']'
                    | '"'
                    | '\''
                    | '’'
                    | '”'
                    | '»'
            )
        {
            j += 1;
        }
        let end_byte = if j < chars.len() {
            chars[j].0
        } else {
            text.len()
        };
        let at_end = j >= chars.len();
        let next_is_space = at_end || chars[j].1.is_whitespace();
        let cjk = matches!(c, '？' | '！' | '。');
        if !(next_is_space || cjk) {
            i = j;
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next_char = chars.get(k).map(|x| x.1);
        let run = &text[pos..end_byte];
        let boundary = if run.contains(['?', '!', '？', '！', '。', '…'])
            || (run.len() > 1 && run.ends_with('.') && run.contains(')'))
        {
            // "(pension, NI etc.). We're…": a full stop after the bracket ends the sentence.
            true
        } else {
            // A full stop: not after an abbreviation or an initial, and before a new sentence.
            let word_before = text[start..pos]
                .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                .next()
                .unwrap_or("")
                .to_lowercase();
            let abbreviation = ABBREVIATIONS.contains(&word_before.trim_end_matches('.'))
                || (word_before.chars().count() == 1
                    && word_before.chars().all(char::is_alphabetic));
            // People who write without capitals start sentences in lower case: a full stop
            // after a word of two letters or more ends a sentence too.
            let plain_stop = run == "."
                && word_before.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word_before
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’');
            let starts_new = match next_char {
                None => true,
                Some(ch) => {
                    ch.is_uppercase()
                        || (plain_stop && ch.is_lowercase())
                        || ch.is_ascii_digit()
                        || matches!(ch, '"' | '“' | '(' | '¿' | '¡' | '-' | '*' | '•' | '\'')
                        || !ch.is_alphabetic() && !ch.is_ascii_punctuation()
                }
            };
            !abbreviation && starts_new
        };
        if boundary {
            let s = text[start..end_byte].trim();
            if !s.is_empty() {
                out.push(s.to_string());
            }
            start = chars.get(k).map_or(text.len(), |x| x.0);
        }
        i = j;
    }
    let tail = text[start.min(text.len())..].trim();
    if !tail.is_empty() {
        out.push(tail.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items under a lead-in that only tells, none of which asks, are data; under a lead-in that
    /// asks, or beside an item that asks, they are requests.
    #[test]
    fn a_list_of_data_under_a_telling_lead_in_asks_nothing() {
        let told = split(
            "Site details for the entrance:\n\n- Area: approx. 42 m2\n- Access: from 8 June\n\nCan you quote for it?",
        );
        assert_eq!(told.len(), 1, "{told:?}");
        let asked = split("What we need from you:\n\n- a copy of the lease\n- the March statement");
        assert_eq!(asked.len(), 2, "{asked:?}");
        let nl = split(
            "Wat we nog willen weten:\n1. of de GPS-besturing ook meetelt\n2. welke offertes we nog moeten opvragen",
        );
        assert_eq!(nl.len(), 2, "{nl:?}");
        let beside = split(
            "Feedback on the page:\n1. Can the image be swapped?\n2. the pricing table should show annual prices",
        );
        assert_eq!(beside.len(), 2, "{beside:?}");
    }

    fn texts(t: &str) -> Vec<String> {
        split(t).into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn question_sentences_and_small_talk() {
        assert_eq!(
            texts(
                "Hi! How was your weekend? Mine was busy.\n\nDo I need to pay provisional tax this year?"
            ),
            vec!["Do I need to pay provisional tax this year?"]
        );
        assert_eq!(texts("Hi Tom, how are you?"), Vec::<String>::new());
    }

    #[test]
    fn lists_with_and_without_question_marks() {
        let q = texts(
            "Hi,\n\n- what's the GST on flights\n- do I charge GST on my fee\n- can I claim the trip\n\nIrene",
        );
        assert_eq!(q.len(), 3, "{q:?}");
        let q = texts("Some questions:\n\n1. Can I deduct the van?\n2. When are receipts due?\n");
        assert_eq!(q, vec!["Can I deduct the van?", "When are receipts due?"]);
        let q = texts("I've attached:\n- the March invoice\n- the bank statement\n");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn requests_as_statements() {
        let q = texts(
            "I'd like to know whether the clause is enforceable. Please also send me the contract.\n\nRegards",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        let q = texts(
            "Hey, I was wondering if you could look over the contract before Friday, and also whether the late payment clause is standard.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[1].starts_with("whether the late payment"), "{q:?}");
    }

    #[test]
    fn thanks_and_closings_are_not_questions() {
        assert!(texts("Got the report, thanks a lot. All clear on my side.").is_empty());
        assert!(texts("Let me know if you have any questions. Have a great weekend!").is_empty());
        assert!(texts("Please find attached the invoice.").is_empty());
    }

    #[test]
    fn anaphoric_follow_up_carries_context() {
        let q = texts("We'd prefer to move the meeting to Friday. Is that possible?");
        assert_eq!(
            q,
            vec!["We'd prefer to move the meeting to Friday. Is that possible?"]
        );
    }

    #[test]
    fn sentence_cutting() {
        assert_eq!(
            sentences("See e.g. the form. Is it due on Jan. 5? yes it is"),
            vec!["See e.g. the form.", "Is it due on Jan. 5?", "yes it is"]
        );
        assert_eq!(
            sentences("It costs $2.50. Fine."),
            vec!["It costs $2.50.", "Fine."]
        );
    }

    #[test]
    fn told_sentences_among_asking_items_are_not_questions() {
        let t = "Quick round-up:\n\n1. Can the launch email go out on the 3rd?\n2. Budget for paid social stays as agreed.\n3. Please send over the revised media plan.\n4. The contact form should send a copy to my assistant.\n";
        let q = texts(t);
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(!q.iter().any(|x| x.contains("Budget")), "{q:?}");
        assert!(q.iter().any(|x| x.contains("contact form")), "{q:?}");
    }

    #[test]
    fn requests_in_other_languages_and_what_only_looks_like_one() {
        // "Merci de" asks, although it starts with "thanks".
        let q = texts(
            "1) Le permis a-t-il été déposé ?\n2) Merci de nous indiquer la date de démarrage.\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        // A reason ("I need it for …") and a negated need are not requests.
        assert!(texts("Mi serve per il notaio venerdì.").is_empty());
        assert!(texts("Topline is fine, he doesn't need the channel breakdown.").is_empty());
        // An indirect question in German; Dutch "of" does not make an English "of" one.
        assert_eq!(
            texts("Bitte prüfen Sie, ob der Vertrag so unterschrieben werden kann.").len(),
            1
        );
        assert!(texts("I know it's a busy time of year for you.").is_empty());
        // A disclaimer's "please" asks nothing.
        assert!(
            texts("Se recebeu esta mensagem por engano, por favor informe o remetente e apague-a.")
                .is_empty()
        );
    }

    #[test]
    fn a_third_partys_question_passed_on() {
        // In the present, in several languages: a question for the firm.
        for t in [
            "Also, my bookkeeper asks whether the invoice can be split over two years.",
            "Der Notar fragt, ob die Vollmacht beglaubigt sein muss.",
            "Mi gestor pregunta si hace falta el sello original.",
            "Onze boekhouder vraagt of de factuur op de holding kan.",
        ] {
            assert_eq!(texts(t).len(), 1, "{t}");
        }
        // A story of what was asked, and the client's own asking, are not.
        assert!(
            texts("My bank asked whether the accounts were ready and I told them yes.").is_empty()
        );
        assert!(
            texts("De notaris vroeg of u de akte al had bekeken; dat regelt hij zelf met u.")
                .is_empty()
        );
        // Passed on, then the client's own question about it: one question.
        let q = texts(
            "The joiner asks whether the handles should be black or brass. What would you recommend?",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(
            q[0].contains("joiner") && q[0].contains("recommend"),
            "{q:?}"
        );
    }

    #[test]
    fn second_requests_joined_by_and_and_sentences_in_lower_case() {
        // Two tasks, each with its verb, in several languages.
        assert_eq!(
            texts("Could you order the apostilled certificate from the registry and translate my grandmother's record?").len(),
            2
        );
        assert_eq!(
            texts("Bitte führen Sie die jährliche Baumkontrolle in der Anlage durch und schicken Sie uns die Rechnung noch einmal.").len(),
            2
        );
        // One task: "come and measure", "check it and tell us whether".
        assert_eq!(
            texts("Also can you come and measure on a Friday night?").len(),
            1
        );
        assert_eq!(
            texts("Would you be able to inspect it and tell us whether it is safe?").len(),
            1
        );
        // A sentence that starts with an order asks; an inverted statement does not.
        assert_eq!(
            texts("And draft the grant application for the new screens.").len(),
            1
        );
        assert!(texts("Stuur ik vanavond naar jullie door.").is_empty());
        // People who write without capitals still end sentences.
        let q = texts(
            "need you to look at the letter they sent, i'll scan it tonight. also can you come round on friday",
        );
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn tags_and_rhetorical_openings_ask_nothing() {
        assert!(texts("Che emozione, vero?").is_empty());
        assert!(texts("Wer hätte gedacht, dass das so schnell geht?").is_empty());
        assert_eq!(
            texts("Is the form ready for Friday, right?").len(),
            1,
            "more than a few words is a question"
        );
        // A longer statement with a tag asks nothing, unless it is said to the reader.
        assert!(texts("Ça fait plaisir d'entendre les cloches le dimanche, non ?").is_empty());
        assert_eq!(
            texts("You'll send the certificate by Friday, right?").len(),
            1
        );
        assert!(
            texts("You'd think the insurers had better things to do, wouldn't you?").is_empty()
        );
    }

    #[test]
    fn a_second_infinitive_with_its_object_is_a_second_request() {
        let q = texts(
            "Pourriez-vous nous envoyer un devis pour la restauration et nous indiquer les délais d'intervention ?",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        // "… e di indicarci …": the pronoun joined to the verb.
        let q = texts(
            "Le chiederei di inviarci un preventivo per il restauro e di indicarci i tempi di consegna.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        // "… and tell me whether …" is what the first request leads to.
        let q = texts("Pourriez-vous regarder les photos et m'indiquer si ça vaut le coup ?");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn two_requests_under_one_could_you_are_two() {
        for text in [
            "Pourrais-tu réserver le photographe pour le 6 septembre et relire le contrat du domaine avant qu'on signe ?",
            "Könnten Sie die Einwände prüfen und uns bei der Gelegenheit die Rechnung noch einmal zusenden?",
        ] {
            assert_eq!(texts(text).len(), 2, "{text}");
        }
        assert_eq!(
            texts("Pourriez-vous vérifier la facture du mois dernier et le contrat à signer ?")
                .len(),
            1,
            "an infinitive after « à » belongs to its noun"
        );
    }

    #[test]
    fn second_requests_with_an_object_asides_in_brackets_and_noun_continuations() {
        let q = texts(
            "Could you please send me the care leaflet for the new glazing and add the cleaning visit to our March booking?",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        let q = texts("ciao ines mi mandi la fattura e mi dici quando arriva il disegno?");
        assert_eq!(q.len(), 2, "{q:?}");
        // "get" continues the same task; "also the" adds a thing to the same request.
        let q = texts("Could you speak to the yard on my behalf and get a repair estimate?");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = texts(
            "Please make an offer for the repair of the panels and also the annual inspection together.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // An aside in brackets that wonders aloud asks nothing; one that asks the reader does.
        assert!(
            texts("The previous owners painted over half the glass (why would anyone do that??)")
                .is_empty()
        );
        assert!(texts("You may remember the east window, the one with the dragon?").is_empty());
        // A long request after a question passed on is a question of its own.
        let q = texts(
            "Minha mãe quer saber se a gente consegue a cidadania pelo bisavô. Você poderia levantar a certidão de batismo dele?",
        );
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn wondering_aloud_small_talk_topics_and_wishes_ask_nothing() {
        for s in [
            "Why is it always the neighbours who never answer the door?",
            "Waarom doen buren toch altijd zo moeilijk?",
            "E comunque, chi l'avrebbe mai detto che a Lisbona piove così tanto?",
            "Did you get any sun?",
            "Hebben jullie lekker weer gehad op vakantie?",
            "Hope the move to the new office went well?",
            "Let me know if anything else is needed from our side.",
        ] {
            assert!(texts(s).is_empty(), "{s}");
        }
        for s in [
            "Why do you always charge VAT on the travel time?",
            "Are you open over the holidays?",
            "Wie lange ist so ein Gutachten eigentlich gültig?",
            "Is de huurovereenkomst al getekend retour gekomen?",
            "Hoping the report is ready by Friday, can you confirm?",
        ] {
            assert_eq!(texts(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn closings_in_other_languages_and_a_rhetorical_opening_after_a_word_ask_nothing() {
        assert!(texts("Melden Sie sich gern, falls Sie noch Unterlagen brauchen.").is_empty());
        assert!(texts("N'hésitez pas si vous avez besoin d'autre chose.").is_empty());
        assert!(texts("Ma ti rendi conto che manca solo un mese?").is_empty());
        assert_eq!(
            texts("Können Sie mir die Unterlagen bis Freitag schicken?").len(),
            1,
            "a request is still one"
        );
    }

    #[test]
    fn a_question_under_a_short_list_item_is_its_own() {
        let q = texts(
            "It happens:\n- late at night\n- the washing machine at 2am\nIs there any point recording it on my phone?\n",
        );
        assert!(
            q.iter().any(|x| x.starts_with("Is there any point")),
            "{q:?}"
        );
    }

    #[test]
    fn wrapped_list_items_join() {
        let q = texts(
            "Questions:\n- Can you check whether the lease\n  allows subletting?\n- Is VAT due?\n",
        );
        assert_eq!(
            q,
            vec![
                "Can you check whether the lease allows subletting?",
                "Is VAT due?"
            ]
        );
    }
}
