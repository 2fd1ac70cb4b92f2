//! The JSON document inside a UserSig, written exactly as Python's `json.dumps` writes it (the
//! official Python library's output is what we reproduce byte for byte).

use std::fmt::Write as _;

/// The fields of a UserSig document in the order the official Python library inserts them.
pub(crate) struct Document<'a> {
    /// `TLS.identifier`: the userID.
    pub identifier: &'a str,
    /// `TLS.sdkappid`.
    pub sdkappid: u64,
    /// `TLS.expire`: seconds of validity.
    pub expire: i64,
    /// `TLS.time`: the issue time (Unix seconds).
    pub time: i64,
    /// `TLS.userbuf`: the userbuf as standard base64, if any.
    pub userbuf_b64: Option<&'a str>,
    /// `TLS.sig`: the HMAC-SHA256 signature as standard base64.
    pub sig: &'a str,
}

impl Document<'_> {
    /// The document as `json.dumps(m)` writes it: keys `TLS.ver, TLS.identifier, TLS.sdkappid,
    /// TLS.expire, TLS.time, [TLS.userbuf], TLS.sig`, separators `", "` and `": "`, ASCII only.
    pub(crate) fn to_python_json(&self) -> String {
        let mut out = String::with_capacity(160 + self.identifier.len() * 6);
        out.push_str("{\"TLS.ver\": \"2.0\", \"TLS.identifier\": ");
        push_python_string(&mut out, self.identifier);
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            ", \"TLS.sdkappid\": {}, \"TLS.expire\": {}, \"TLS.time\": {}",
            self.sdkappid, self.expire, self.time
        );
        if let Some(userbuf) = self.userbuf_b64 {
            out.push_str(", \"TLS.userbuf\": ");
            push_python_string(&mut out, userbuf);
        }
        out.push_str(", \"TLS.sig\": ");
        push_python_string(&mut out, self.sig);
        out.push('}');
        out
    }
}

/// Appends `value` as a JSON string literal the way Python's `json.dumps` does with its default
/// `ensure_ascii=True`: `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f` by name; every other character
/// outside `' '..='~'` (other C0 controls, DEL and all non-ASCII) as lowercase `\uXXXX`, with a
/// UTF-16 surrogate pair for characters beyond U+FFFF.
pub(crate) fn push_python_string(out: &mut String, value: &str) {
    out.push('"');
    for ch in value.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(ch),
            _ => {
                let mut units = [0u16; 2];
                for unit in ch.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(value: &str) -> String {
        let mut out = String::new();
        push_python_string(&mut out, value);
        out
    }

    #[test]
    fn escapes_like_python_json_dumps() {
        // Expected values are what CPython 3.11 `json.dumps(value)` prints.
        assert_eq!(escaped("xiaojun"), r#""xiaojun""#);
        assert_eq!(escaped(""), r#""""#);
        assert_eq!(escaped("a\"b\\c/d"), r#""a\"b\\c/d""#);
        assert_eq!(escaped("\n\r\t\u{8}\u{c}"), r#""\n\r\t\b\f""#);
        assert_eq!(escaped("\u{0}\u{1}\u{1f}"), r#""\u0000\u0001\u001f""#);
        assert_eq!(escaped(" ~\u{7f}"), r#"" ~\u007f""#);
        assert_eq!(escaped("<&>'"), r#""<&>'""#);
        assert_eq!(escaped("é中"), r#""\u00e9\u4e2d""#);
        assert_eq!(escaped("\u{2028}\u{2029}"), r#""\u2028\u2029""#);
        assert_eq!(escaped("😀"), r#""\ud83d\ude00""#);
        assert_eq!(escaped("\u{10ffff}\u{ffff}"), r#""\udbff\udfff\uffff""#);
    }

    #[test]
    fn document_matches_python_key_order_and_spacing() {
        let doc = Document {
            identifier: "中文用户",
            sdkappid: 1_400_000_000,
            expire: -1,
            time: 0,
            userbuf_b64: Some("YWJj"),
            sig: "a+b/c=",
        };
        assert_eq!(
            doc.to_python_json(),
            r#"{"TLS.ver": "2.0", "TLS.identifier": "\u4e2d\u6587\u7528\u6237", "TLS.sdkappid": 1400000000, "TLS.expire": -1, "TLS.time": 0, "TLS.userbuf": "YWJj", "TLS.sig": "a+b/c="}"#
        );
        let plain = Document {
            userbuf_b64: None,
            ..doc
        };
        assert!(!plain.to_python_json().contains("userbuf"));
    }
}
