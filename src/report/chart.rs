//! The Reports page's charts, drawn on the server as SVG: readable without JavaScript, nothing
//! fetched from elsewhere, and each with a title and a description for screen readers.

use std::fmt::Write as _;

use super::{Report, percent};

const WIDTH: f64 = 640.0;
/// The free-minutes chart spans the page.
const FREE_WIDTH: f64 = 1280.0;
const GREEN: &str = "#1f8a4c";
const RED: &str = "#c0392b";
const GREY: &str = "#9aa3ad";
const PALE: &str = "#dde3ea";
const INK: &str = "#4a5560";

/// Text for SVG: `&`, `<`, `>` and quotes escaped.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn open(out: &mut String, id: &str, width: f64, height: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" \
         aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\" \
         font-family=\"system-ui, sans-serif\" font-size=\"11\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(desc)
    );
}

fn empty(out: &mut String, width: f64, height: f64, text: &str) {
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\" font-size=\"13\">{}</text></svg>",
        width / 2.0,
        height / 2.0,
        esc(text)
    );
}

fn legend(out: &mut String, x0: f64, items: &[(&str, &str)]) {
    let mut x = x0;
    for (colour, label) in items {
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"13\" fill=\"{INK}\">{}</text>",
            x + 14.0,
            esc(label)
        );
        x += 24.0 + 6.5 * label.chars().count() as f64;
    }
}

/// A round number at or above `v` for the top of an axis.
fn nice_max(v: u64) -> u64 {
    let v = v.max(1);
    let step = [
        1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000,
    ]
    .into_iter()
    .find(|s| v.div_ceil(*s) <= 5)
    .unwrap_or(v.div_ceil(5));
    v.div_ceil(step) * step
}

fn y_axis(out: &mut String, left: f64, top: f64, plot_h: f64, right: f64, max: u64) {
    for k in 0..=4u32 {
        let value = max * u64::from(k) / 4;
        if k > 0 && value == max * u64::from(k - 1) / 4 {
            continue;
        }
        let y = top + plot_h - plot_h * value as f64 / max as f64;
        let _ = write!(
            out,
            "<line x1=\"{left}\" x2=\"{right}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{PALE}\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"{INK}\">{value}</text>",
            left - 4.0,
            y + 4.0
        );
    }
}

/// Quotes sent per week (or month), stacked by how they ended, with the acceptance rate on top.
pub fn acceptance(r: &Report) -> String {
    let height = 250.0;
    let mut out = String::new();
    let desc: Vec<String> = r
        .acceptance
        .iter()
        .filter(|i| i.quotes > 0)
        .map(|i| {
            format!(
                "{}: {} sent, {} accepted, {} declined or expired, {} open",
                i.label, i.quotes, i.accepted, i.lost, i.open
            )
        })
        .collect();
    open(
        &mut out,
        "chart-acceptance",
        WIDTH,
        height,
        &format!("Quotes sent per {} and how they ended", r.interval),
        &if desc.is_empty() {
            "No quotes were sent.".to_string()
        } else {
            desc.join("; ")
        },
    );
    if r.acceptance.iter().all(|i| i.quotes == 0) {
        empty(
            &mut out,
            WIDTH,
            height,
            "No quotes were sent in this period.",
        );
        return out;
    }
    legend(
        &mut out,
        40.0,
        &[
            (GREEN, "accepted"),
            (GREY, "declined or expired"),
            (PALE, "still open"),
        ],
    );
    let (left, right, top, bottom) = (40.0, WIDTH - 10.0, 34.0, height - 30.0);
    let plot_h = bottom - top;
    let max = nice_max(r.acceptance.iter().map(|i| i.quotes).max().unwrap_or(1));
    y_axis(&mut out, left, top, plot_h, right, max);
    let n = r.acceptance.len() as f64;
    let slot = (right - left) / n;
    let bar = (slot * 0.7).clamp(1.0, 64.0);
    let every = (r.acceptance.len() / 12).max(1);
    let scale = |v: u64| plot_h * v as f64 / max as f64;
    for (k, i) in r.acceptance.iter().enumerate() {
        let x = left + slot * k as f64 + (slot - bar) / 2.0;
        let mut y = bottom;
        for (v, colour) in [(i.accepted, GREEN), (i.lost, GREY), (i.open, PALE)] {
            if v == 0 {
                continue;
            }
            let h = scale(v);
            y -= h;
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{colour}\"/>"
            );
        }
        if i.acceptance_rate.is_some() && r.acceptance.len() <= 24 {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
                x + bar / 2.0,
                y - 4.0,
                percent(i.acceptance_rate)
            );
        }
        if k % every == 0 {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
                x + bar / 2.0,
                bottom + 16.0,
                esc(&i.label)
            );
        }
    }
    let _ = write!(
        out,
        "<line x1=\"{left}\" x2=\"{right}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"{INK}\"/></svg>"
    );
    out
}

/// How long first answers took, against the 5-minute line.
pub fn answer_times(r: &Report) -> String {
    let height = 250.0;
    let mut out = String::new();
    let desc: Vec<String> = r
        .answer_times
        .iter()
        .map(|b| format!("{}: {}", b.label, b.count))
        .collect();
    open(
        &mut out,
        "chart-times",
        WIDTH,
        height,
        "Time to first answer, against the 5-minute line",
        &format!(
            "Answers per time band (minutes): {}. {} within 5 minutes.",
            desc.join(", "),
            percent(r.totals.within_five_share)
        ),
    );
    if r.answer_times.iter().all(|b| b.count == 0) {
        empty(
            &mut out,
            WIDTH,
            height,
            "No answers were sent in this period.",
        );
        return out;
    }
    legend(
        &mut out,
        40.0,
        &[(GREEN, "within 5 minutes"), (RED, "later")],
    );
    let (left, right, top, bottom) = (40.0, WIDTH - 10.0, 34.0, height - 30.0);
    let plot_h = bottom - top;
    let max = nice_max(r.answer_times.iter().map(|b| b.count).max().unwrap_or(1));
    y_axis(&mut out, left, top, plot_h, right, max);
    let slot = (right - left) / r.answer_times.len() as f64;
    let bar = slot * 0.8;
    let mut line_x = None;
    for (k, b) in r.answer_times.iter().enumerate() {
        let x = left + slot * k as f64 + (slot - bar) / 2.0;
        let h = plot_h * b.count as f64 / max as f64;
        let within = b.to_minutes.is_some_and(|t| t <= 5);
        if b.from_minutes == 5 {
            line_x = Some(left + slot * k as f64);
        }
        let _ = write!(
            out,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"/>",
            bottom - h,
            if within { GREEN } else { RED }
        );
        if b.count > 0 {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
                x + bar / 2.0,
                bottom - h - 4.0,
                b.count
            );
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
            x + bar / 2.0,
            bottom + 16.0,
            esc(&b.label)
        );
    }
    if let Some(x) = line_x {
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{bottom}\" stroke=\"{RED}\" \
             stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\
             <text x=\"{:.1}\" y=\"{}\" fill=\"{RED}\" font-weight=\"bold\">5 min</text>",
            top - 6.0,
            x + 4.0,
            top + 6.0
        );
    }
    let _ = write!(
        out,
        "<line x1=\"{left}\" x2=\"{right}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"{INK}\"/></svg>"
    );
    out
}

/// Free minutes by client, most first (the top 12), coloured by whether they bought.
pub fn free_minutes(r: &Report) -> String {
    let shown: Vec<_> = r
        .clients
        .iter()
        .filter(|c| c.figures.free_minutes > 0)
        .take(12)
        .collect();
    let row_h = 22.0;
    let height = 34.0 + row_h * shown.len().max(3) as f64;
    let mut out = String::new();
    let desc: Vec<String> = shown
        .iter()
        .map(|c| {
            format!(
                "{}: {} free minutes, {} accepted",
                c.client, c.figures.free_minutes, c.figures.accepted
            )
        })
        .collect();
    open(
        &mut out,
        "chart-free",
        FREE_WIDTH,
        height,
        "Free minutes by client",
        &if desc.is_empty() {
            "No free minutes were given.".to_string()
        } else {
            desc.join("; ")
        },
    );
    if shown.is_empty() {
        empty(
            &mut out,
            FREE_WIDTH,
            height,
            "No free minutes were given in this period.",
        );
        return out;
    }
    legend(
        &mut out,
        270.0,
        &[
            (GREEN, "has bought"),
            (GREY, "not yet"),
            (RED, "asks much, never buys"),
        ],
    );
    let (label_w, right) = (260.0, FREE_WIDTH - 70.0);
    let max = shown
        .iter()
        .map(|c| c.figures.free_minutes)
        .max()
        .unwrap_or(1)
        .max(1);
    for (k, c) in shown.iter().enumerate() {
        let y = 26.0 + row_h * k as f64;
        let w = ((right - label_w - 10.0) * c.figures.free_minutes as f64 / max as f64).max(1.0);
        let colour = if c.figures.accepted > 0 {
            GREEN
        } else if c.never_buys {
            RED
        } else {
            GREY
        };
        let name: String = if c.client.chars().count() > 40 {
            c.client.chars().take(39).chain(['…']).collect()
        } else {
            c.client.clone()
        };
        let _ = write!(
            out,
            "<text x=\"{label_w}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"{INK}\">{}</text>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{colour}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"{INK}\">{} min</text>",
            y + 14.0,
            esc(&name),
            label_w + 10.0,
            y + 3.0,
            row_h - 6.0,
            label_w + 14.0 + w,
            y + 14.0,
            c.figures.free_minutes
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(3), 3);
        assert_eq!(nice_max(7), 8);
        assert_eq!(nice_max(23), 25);
        assert_eq!(nice_max(180), 200);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("<a&\"b\">"), "&lt;a&amp;&quot;b&quot;&gt;");
    }
}
