//! The files a client attached: their names, what they claim to be and what their bytes are.
//!
//! A file is served for download only, never shown inline, under the type its bytes show (or as
//! `application/octet-stream` when they show none), and the page warns when the name or the
//! declared type says one thing and the bytes another (a program named `invoice.pdf`).

use mail_parser::{MessageParser, MimeHeaders};

/// One attached file, decoded.
#[derive(Debug, Clone)]
pub struct File {
    /// The file name the client gave it (or `attachment-N` when it has none).
    pub name: String,
    /// The type the mail declares for it, lower case (`application/pdf`).
    pub declared: String,
    /// The decoded bytes.
    pub bytes: Vec<u8>,
}

/// What a file's bytes show it to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The type to serve it under.
    pub served: &'static str,
    /// What it is, in words ("PDF document").
    pub what: &'static str,
    /// When the name or the declared type disagrees with the bytes, or the file could run code
    /// when opened: what a person should know before opening it.
    pub warning: Option<String>,
}

/// The attachments of a raw message, in the order they appear. Parts read as the body are not
/// attachments; parts with neither a name nor bytes are left out.
pub fn files(raw: &[u8]) -> Vec<File> {
    let Some(msg) = MessageParser::default().parse(raw) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for part in msg.attachments() {
        let declared = part
            .content_type()
            .map(|ct| {
                format!(
                    "{}/{}",
                    ct.ctype().to_ascii_lowercase(),
                    ct.subtype().unwrap_or("octet-stream").to_ascii_lowercase()
                )
            })
            .unwrap_or_else(|| "application/octet-stream".into());
        let bytes = part.contents().to_vec();
        let name = part.attachment_name().map(clean_name);
        if bytes.is_empty() && name.is_none() {
            continue;
        }
        // A text part with no name is a piece of the body mail-parser filed aside.
        if name.is_none() && declared.starts_with("text/") {
            continue;
        }
        let n = out.len() + 1;
        out.push(File {
            name: name
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("attachment-{n}{}", extension_for(&declared))),
            declared,
            bytes,
        });
    }
    out
}

/// A file name safe to show and to offer for saving: no folders, no control characters, at
/// most 200 characters.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    cleaned.trim().trim_start_matches('.').trim().to_string()
}

fn extension_for(declared: &str) -> &'static str {
    match declared {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "message/rfc822" => ".eml",
        "text/calendar" => ".ics",
        _ => "",
    }
}

/// Known signatures: (leading bytes, offset, served type, words, family the declared type and
/// extension must belong to).
struct Magic {
    at: usize,
    bytes: &'static [u8],
    served: &'static str,
    what: &'static str,
    /// Declared types (prefixes) that agree with these bytes.
    types: &'static [&'static str],
    /// File extensions that agree with these bytes.
    extensions: &'static [&'static str],
    /// Opening it may run code.
    runs: bool,
}

const OFFICE_ZIP: &[&str] = &[
    "application/zip",
    "application/x-zip",
    "application/vnd.openxmlformats",
    "application/vnd.oasis.opendocument",
    "application/vnd.ms-",
    "application/epub+zip",
    "application/octet-stream",
    "application/x-zip-compressed",
];
const ZIP_EXT: &[&str] = &[
    "zip", "docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "odt", "ods", "odp", "epub", "numbers",
    "pages", "key",
];

static MAGIC: &[Magic] = &[
    Magic {
        at: 0,
        bytes: b"%PDF-",
        served: "application/pdf",
        what: "PDF document",
        types: &[
            "application/pdf",
            "application/x-pdf",
            "application/octet-stream",
        ],
        extensions: &["pdf"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"\x89PNG\r\n\x1a\n",
        served: "image/png",
        what: "PNG image",
        types: &["image/png", "application/octet-stream"],
        extensions: &["png"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"\xff\xd8\xff",
        served: "image/jpeg",
        what: "JPEG image",
        types: &[
            "image/jpeg",
            "image/jpg",
            "image/pjpeg",
            "application/octet-stream",
        ],
        extensions: &["jpg", "jpeg", "jpe", "jfif"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"GIF8",
        served: "image/gif",
        what: "GIF image",
        types: &["image/gif", "application/octet-stream"],
        extensions: &["gif"],
        runs: false,
    },
    Magic {
        at: 8,
        bytes: b"WEBP",
        served: "image/webp",
        what: "WebP image",
        types: &["image/webp", "application/octet-stream"],
        extensions: &["webp"],
        runs: false,
    },
    Magic {
        at: 4,
        bytes: b"ftyphei",
        served: "image/heic",
        what: "HEIC photo",
        types: &["image/heic", "image/heif", "application/octet-stream"],
        extensions: &["heic", "heif"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"PK\x03\x04",
        served: "application/zip",
        what: "ZIP archive or Office document",
        types: OFFICE_ZIP,
        extensions: ZIP_EXT,
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        served: "application/x-ole-storage",
        what: "older Office document (Word, Excel or Outlook)",
        types: &[
            "application/msword",
            "application/vnd.ms-",
            "application/x-msexcel",
            "application/octet-stream",
            "application/x-ole-storage",
        ],
        extensions: &["doc", "xls", "ppt", "msg", "dot", "xlt"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"{\\rtf",
        served: "application/rtf",
        what: "RTF document",
        types: &[
            "application/rtf",
            "text/rtf",
            "application/msword",
            "application/octet-stream",
        ],
        extensions: &["rtf", "doc"],
        runs: false,
    },
    Magic {
        at: 0,
        bytes: b"MZ",
        served: "application/octet-stream",
        what: "Windows program",
        types: &[],
        extensions: &[],
        runs: true,
    },
    Magic {
        at: 0,
        bytes: b"\x7fELF",
        served: "application/octet-stream",
        what: "Linux program",
        types: &[],
        extensions: &[],
        runs: true,
    },
];

/// What the bytes of a file show, checked against its name and declared type.
pub fn check(name: &str, declared: &str, bytes: &[u8]) -> Checked {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let declared = declared.to_ascii_lowercase();
    if let Some(m) = MAGIC.iter().find(|m| {
        bytes.len() >= m.at + m.bytes.len() && &bytes[m.at..m.at + m.bytes.len()] == m.bytes
    }) {
        let mut warning = None;
        if m.runs {
            warning = Some(format!(
                "this file is a {}: do not open it unless you expected it",
                m.what
            ));
        } else if !ext.is_empty() && !m.extensions.contains(&ext.as_str()) {
            warning = Some(format!("named .{ext} but its bytes are a {}", m.what));
        } else if !m.types.iter().any(|t| declared.starts_with(t)) {
            warning = Some(format!(
                "declared as {declared} but its bytes are a {}",
                m.what
            ));
        }
        return Checked {
            served: m.served,
            what: m.what,
            warning,
        };
    }
    let head = &bytes[..bytes.len().min(1024)];
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let markup = ["<html", "<!doctype html", "<script", "<svg", "<?xml"]
        .iter()
        .any(|t| lower.trim_start().starts_with(t) || lower.contains("<script"));
    if markup {
        return Checked {
            served: "application/octet-stream",
            what: "web page or markup",
            warning: Some(
                "a web page or markup file: it can run scripts when opened in a browser".into(),
            ),
        };
    }
    if !head.contains(&0) && std::str::from_utf8(bytes).is_ok() {
        let what = if declared == "text/calendar" || ext == "ics" {
            "calendar entry"
        } else if declared == "message/rfc822" || ext == "eml" {
            "email message"
        } else {
            "text"
        };
        let served = if what == "email message" {
            "message/rfc822"
        } else if what == "calendar entry" {
            "text/calendar; charset=utf-8"
        } else {
            "text/plain; charset=utf-8"
        };
        return Checked {
            served,
            what,
            warning: None,
        };
    }
    Checked {
        served: "application/octet-stream",
        what: "file of unknown type",
        warning: None,
    }
}

/// The type a file is sent under: the one its bytes show, or the declared one when they show
/// none we know.
pub fn send_type(name: &str, declared: &str, bytes: &[u8]) -> String {
    match check(name, declared, bytes).served {
        "application/octet-stream" => declared.to_string(),
        served => served.to_string(),
    }
}

/// `Content-Disposition` for a download: always `attachment`, with an ASCII fallback name and
/// the real one percent-encoded (RFC 6266).
pub fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._- ()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"._-".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A size in words: "12 KB", "3.4 MB".
pub fn size_text(n: usize) -> String {
    match n {
        0..1024 => format!("{n} bytes"),
        1024..1_048_576 => format!("{} KB", n.div_ceil(1024)),
        _ => format!("{:.1} MB", n as f64 / 1_048_576.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_and_a_disagreeing_name_is_named() {
        let pdf = b"%PDF-1.7\n...";
        assert_eq!(check("invoice.pdf", "application/pdf", pdf).warning, None);
        assert_eq!(
            check("invoice.pdf", "application/pdf", pdf).served,
            "application/pdf"
        );
        let exe = b"MZ\x90\x00\x03";
        let c = check("invoice.pdf", "application/pdf", exe);
        assert_eq!(c.served, "application/octet-stream");
        assert!(
            c.warning
                .as_deref()
                .is_some_and(|w| w.contains("Windows program"))
        );
        let c = check("photo.pdf", "application/pdf", b"\x89PNG\r\n\x1a\n....");
        assert!(
            c.warning
                .as_deref()
                .is_some_and(|w| w.contains("named .pdf")),
            "{c:?}"
        );
        let c = check("page.txt", "text/plain", b"<html><script>alert(1)</script>");
        assert_eq!(c.served, "application/octet-stream");
        assert!(c.warning.is_some());
        let c = check("notes.txt", "text/plain", "Grüße".as_bytes());
        assert_eq!((c.served, c.warning), ("text/plain; charset=utf-8", None));
        let c = check(
            "report.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            b"PK\x03\x04rest",
        );
        assert_eq!(c.warning, None);
    }

    #[test]
    fn names_are_cleaned_and_offered_for_saving_only() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\x\\a\u{0007}b.pdf"), "ab.pdf");
        assert_eq!(clean_name(".hidden"), "hidden");
        let d = disposition("Rechnung März \"2026\".pdf");
        assert!(
            d.starts_with("attachment; filename=\"Rechnung M_rz _2026_.pdf\""),
            "{d}"
        );
        assert!(
            d.contains("filename*=UTF-8''Rechnung%20M%C3%A4rz%20%222026%22.pdf"),
            "{d}"
        );
    }

    #[test]
    fn files_of_a_mixed_message_in_order() {
        let raw = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n\
--B\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--B\r\nContent-Type: image/png\r\n\
Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n";
        let f = files(raw);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(
            (f[0].name.as_str(), f[0].bytes.as_slice()),
            ("a.pdf", b"%PDF-1.4\n".as_slice())
        );
        assert_eq!(f[1].name, "attachment-2.png");
        assert_eq!(
            check(&f[1].name, &f[1].declared, &f[1].bytes).served,
            "image/png"
        );
    }
}
