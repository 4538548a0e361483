//! HTML bodies to plain text, keeping what the later stages need: line breaks, list markers
//! (`- ` and `1. `), and `> ` before blockquoted lines so that quoted history can be found the
//! same way as in plain-text mail. Links become their text; emphasis marks are dropped.

use std::sync::LazyLock;

use html2text::render::TextDecorator;
use regex::Regex;

/// Lines are never wrapped: the splitter works on sentences, and wrapping would invent breaks.
const WIDTH: usize = 100_000;

/// Nesting deeper than this is not something a mail client writes; html2text's layout grows
/// faster than linearly with depth, so such HTML is read by the simple converter instead.
const MAX_DEPTH: usize = 48;

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>").expect("pattern compiles")
});

/// Converts an HTML body to text. Malformed HTML still gives text (html5ever recovers like a
/// browser); only a failure inside the renderer yields `None`.
pub fn to_text(html: &str) -> Option<String> {
    if nesting_depth(html) > MAX_DEPTH {
        return Some(strip_tags(html));
    }
    html2text::config::with_decorator(MailDecorator)
        .allow_width_overflow()
        .no_table_borders()
        .no_link_wrapping()
        .string_from_read(html.as_bytes(), WIDTH)
        .ok()
}

/// The deepest nesting of elements, counting only elements that have a closing tag.
fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for c in TAG.captures_iter(html) {
        let name = c[2].to_ascii_lowercase();
        if matches!(
            name.as_str(),
            "br" | "img"
                | "hr"
                | "meta"
                | "link"
                | "input"
                | "wbr"
                | "col"
                | "area"
                | "base"
                | "source"
                | "p"
                | "li"
                | "td"
                | "th"
                | "tr"
                | "option"
                | "dt"
                | "dd"
        ) || &c[3] == "/"
        {
            // Void elements, and elements whose end tag browsers imply, do not nest here.
            if matches!(name.as_str(), "li" | "td" | "th" | "tr" | "p") && &c[1] != "/" {
                max = max.max(depth + 1);
            }
            continue;
        }
        if &c[1] == "/" {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// A plain converter for HTML too deeply nested to lay out: line breaks at block elements,
/// `- ` before list items, entities decoded, tags and scripts dropped.
fn strip_tags(html: &str) -> String {
    static DROP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<(script|style|head)\b.*?</(script|style|head)>")
            .expect("pattern compiles")
    });
    let html = DROP.replace_all(html, "");
    let mut out = String::with_capacity(html.len() / 2);
    let mut last = 0;
    for c in TAG.captures_iter(&html) {
        let m = c.get(0).expect("whole match");
        out.push_str(&html[last..m.start()]);
        last = m.end();
        match c[2].to_ascii_lowercase().as_str() {
            "li" if &c[1] != "/" => out.push_str("\n- "),
            "br" | "p" | "div" | "tr" | "li" | "ul" | "ol" | "table" | "blockquote" | "h1"
            | "h2" | "h3" | "h4" | "hr" => out.push('\n'),
            "td" | "th" => out.push(' '),
            _ => {}
        }
    }
    out.push_str(&html[last..]);
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.replace('<', " ")
}

/// Renders markup the way a person would type it in a plain-text mail.
#[derive(Clone, Debug)]
struct MailDecorator;

impl TextDecorator for MailDecorator {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, title: &str) -> (String, ()) {
        (title.to_string(), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        "> ".to_string()
    }
    fn unordered_item_prefix(&self) -> String {
        "- ".to_string()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        MailDecorator
    }
}

/// How an HTML body is built: the marks of a designed newsletter or a service's notice, which a
/// person's mail client does not write (the guard weighs them with other evidence).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct HtmlShape {
    /// `<table>` elements: layouts of designed mail nest many.
    pub tables: usize,
    /// A 1×1 image, the open-tracking pixel of mass mail.
    pub tracking_pixel: bool,
}

/// Measures an HTML body in one pass over its tags.
pub fn shape(html: &str) -> HtmlShape {
    let mut shape = HtmlShape::default();
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if tag.starts_with("table") && !tag[5..].starts_with(|c: char| c.is_alphanumeric()) {
            shape.tables += 1;
        } else if tag.starts_with("img ") || tag.starts_with("img\n") {
            let one = |name: &str| {
                ["=\"1\"", "='1'", "=1 ", "=1/", "=\"1px\"", "=1px"]
                    .iter()
                    .any(|v| tag.contains(&format!("{name}{v}")))
                    || tag.ends_with(&format!("{name}=1"))
            };
            if one("width") && one("height") {
                shape.tracking_pixel = true;
            }
        }
        rest = &rest[end.min(rest.len())..];
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_of_designed_html() {
        let news = "<TABLE width=600><tr><td><table><tr><td>x</td></tr></table></td></tr></TABLE>\
                    <table></table><img src=o.gif width=1 height=1>";
        assert_eq!(
            shape(news),
            HtmlShape {
                tables: 3,
                tracking_pixel: true
            }
        );
        let person = "<div>Hi,<br>can we meet?<img src=\"cid:logo\" width=\"120\" height=\"1\"></div>\
                      <tablet>";
        assert_eq!(shape(person), HtmlShape::default());
    }

    #[test]
    fn keeps_lists_breaks_and_quotes() {
        let t = to_text(
            "<p>Hi,<br>two things:</p><ul><li>One?</li><li>Two</li></ul>\
             <ol><li>a</li><li>b</li></ol><blockquote>old</blockquote>\
             <p>see <a href=\"http://x\">the site</a> &amp; <b>bold</b></p>",
        )
        .expect("renders");
        assert!(t.contains("Hi,\ntwo things:"), "{t}");
        assert!(t.contains("- One?\n- Two"), "{t}");
        assert!(t.contains("1. a\n2. b"), "{t}");
        assert!(t.contains("> old"), "{t}");
        assert!(t.contains("see the site & bold"), "{t}");
    }

    #[test]
    fn deep_nesting_uses_the_plain_converter() {
        let html = format!(
            "{}Is it due?",
            "<div><blockquote><table><tr><td>".repeat(100)
        );
        assert!(nesting_depth(&html) > MAX_DEPTH);
        let t = to_text(&html).expect("converts");
        assert!(t.contains("Is it due?"), "{t}");
        assert!(nesting_depth("<div><p>a<p>b<ul><li>c<li>d</ul></div>") < 6);
    }

    #[test]
    fn broken_html_still_gives_text() {
        let t = to_text("<div><p>Hello <b>there</i></div></span>?").expect("renders");
        assert!(t.contains("Hello there"), "{t}");
    }
}
