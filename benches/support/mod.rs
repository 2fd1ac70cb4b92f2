//! The generated demo trees the benchmarks run on (`scripts/gen-demo-tree.py`), made once and
//! kept in `target/bench-trees/` (or `$MLVB_BENCH_TREES`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The tree of `files` files, generated on first use.
pub fn tree(files: usize) -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = std::env::var_os("MLVB_BENCH_TREES")
        .map_or_else(|| manifest.join("target/bench-trees"), PathBuf::from);
    let dir = base.join(files.to_string());
    if !dir.exists() {
        std::fs::create_dir_all(&base).expect("creating the bench tree folder");
        let status = Command::new("python3")
            .arg(manifest.join("scripts/gen-demo-tree.py"))
            .args(["--files", &files.to_string()])
            .arg(&dir)
            .status()
            .expect("python3 runs scripts/gen-demo-tree.py");
        assert!(status.success(), "generating {} failed", dir.display());
    }
    dir
}
