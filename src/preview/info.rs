//! The package size from the preview's info file.
//!
//! DevTools' `--info-output` writes "extra information about this preview as JSON, such as the
//! code package size and the subpackage sizes" (its docs). The exact shape is not documented, so
//! this reader accepts the shapes seen in public code: `{"size": {"total": N, "packages":
//! [{"name", "size"}]}}`, and `miniprogram-ci`'s result `{"subPackageInfo": [{"name": "__FULL__",
//! "size": N}, {"name": "__APP__", …}]}` (or that list alone). Sizes are in bytes.

use serde_json::Value;

/// The name `miniprogram-ci` and DevTools give the whole package.
pub const FULL_PACKAGE: &str = "__FULL__";
/// The name they give the main package.
pub const MAIN_PACKAGE: &str = "__APP__";

/// How big the previewed code is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PackageSize {
    /// All packages together, in bytes.
    pub total_bytes: u64,
    /// Each package (`__APP__` is the main one) and its size in bytes, as listed.
    pub packages: Vec<(String, u64)>,
}

impl PackageSize {
    /// The total for people: "1.2 MB", "340 KB" (1 KB = 1024 bytes, like DevTools).
    #[must_use]
    pub fn total_text(&self) -> String {
        human_size(self.total_bytes)
    }
}

/// Reads the package size from an info file's text; `None` when it holds none.
#[must_use]
pub fn parse_package_size(text: &str) -> Option<PackageSize> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    let (total, list) = match &value {
        Value::Object(map) => {
            if let Some(size) = map.get("size") {
                match size {
                    Value::Object(inner) => (
                        inner.get("total").and_then(as_bytes),
                        inner.get("packages").or_else(|| inner.get("subPackages")),
                    ),
                    other => (as_bytes(other), map.get("packages")),
                }
            } else {
                (
                    map.get("total").and_then(as_bytes),
                    map.get("subPackageInfo").or_else(|| map.get("packages")),
                )
            }
        }
        Value::Array(_) => (None, Some(&value)),
        _ => (None, None),
    };
    let packages: Vec<(String, u64)> = list
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let name = item.get("name")?.as_str()?.to_owned();
                    Some((name, item.get("size").and_then(as_bytes)?))
                })
                .collect()
        })
        .unwrap_or_default();
    let full = packages
        .iter()
        .find(|(name, _)| name == FULL_PACKAGE)
        .map(|(_, size)| *size);
    let total_bytes = total
        .or(full)
        .or_else(|| (!packages.is_empty()).then(|| packages.iter().map(|(_, size)| size).sum()))?;
    Some(PackageSize {
        total_bytes,
        packages: packages
            .into_iter()
            .filter(|(name, _)| name != FULL_PACKAGE)
            .collect(),
    })
}

fn as_bytes(value: &Value) -> Option<u64> {
    match value {
        // Sizes are whole bytes; a fractional or negative number is not a size.
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Bytes for people.
#[must_use]
pub fn human_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    // Tenths / hundredths in integers: exact, and no float casts.
    if bytes < KB {
        format!("{bytes} B")
    } else if bytes < KB * KB {
        let tenths = (bytes * 10 + KB / 2) / KB;
        format!("{}.{} KB", tenths / 10, tenths % 10)
    } else {
        let hundredths = (bytes * 100 + KB * KB / 2) / (KB * KB);
        format!("{}.{:02} MB", hundredths / 100, hundredths % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devtools_shape() {
        let size = parse_package_size(
            r#"{"size":{"total":1536000,"packages":[{"name":"__FULL__","size":1536000},{"name":"__APP__","size":1024000},{"name":"pages/live","size":512000}]}}"#,
        )
        .unwrap();
        assert_eq!(size.total_bytes, 1_536_000);
        assert_eq!(size.packages.len(), 2);
        assert_eq!(size.total_text(), "1.46 MB");
    }

    #[test]
    fn miniprogram_ci_shapes() {
        let size = parse_package_size(
            r#"{"subPackageInfo":[{"name":"__FULL__","size":2048},{"name":"__APP__","size":2048}],"pluginInfo":[]}"#,
        )
        .unwrap();
        assert_eq!(
            (size.total_bytes, size.total_text()),
            (2048, "2.0 KB".to_owned())
        );
        let list =
            parse_package_size(r#"[{"name":"__APP__","size":"100"},{"name":"sub","size":20}]"#)
                .unwrap();
        assert_eq!(list.total_bytes, 120);
        assert_eq!(parse_package_size("{}"), None);
        assert_eq!(parse_package_size("not json"), None);
    }
}
