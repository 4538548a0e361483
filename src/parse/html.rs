//! HTML bodies to plain text, keeping what the later stages need: line breaks, list markers
//! (`- ` and `1. `), and `> ` before blockquoted lines so that quoted history can be found the
//! same way as in plain-text mail. Links become their text; emphasis marks are dropped.

use html2text::render::TextDecorator;

/// Lines are never wrapped: the splitter works on sentences, and wrapping would invent breaks.
const WIDTH: usize = 100_000;

/// Converts an HTML body to text. Malformed HTML still gives text (html5ever recovers like a
/// browser); only a failure inside the renderer yields `None`.
pub fn to_text(html: &str) -> Option<String> {
    html2text::config::with_decorator(MailDecorator)
        .allow_width_overflow()
        .no_table_borders()
        .no_link_wrapping()
        .string_from_read(html.as_bytes(), WIDTH)
        .ok()
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn broken_html_still_gives_text() {
        let t = to_text("<div><p>Hello <b>there</i></div></span>?").expect("renders");
        assert!(t.contains("Hello there"), "{t}");
    }
}
