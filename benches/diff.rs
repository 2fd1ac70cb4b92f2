//! The plan's unified diff: a credential file, and a large file with a few changes:
//! `cargo bench --bench diff`.

use std::fmt::Write as _;
use std::path::PathBuf;

use mlvb_setup::patch::{FileChange, PatchPlan};

fn main() {
    divan::main();
}

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn plan(lines: usize) -> PatchPlan {
    let mut original = String::from("// 调试用签名配置\n");
    for i in 0..lines {
        let _ = writeln!(original, "    private static final int VALUE_{i} = {i};");
    }
    original.push_str("    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = \"\";\n}");
    let patched = original
        .replace("SDKAPPID = 0;", "SDKAPPID = 1400000001;")
        .replace("SECRETKEY = \"\"", &format!("SECRETKEY = \"{KEY}\""))
        .replace("VALUE_7 = 7;", "VALUE_7 = 8;");
    let change = FileChange {
        rel_path: PathBuf::from("Android/Debug/GenerateTestUserSig.java"),
        original: original.into_bytes(),
        patched: patched.into_bytes(),
        edits: Vec::new(),
    };
    PatchPlan::new(PathBuf::from("/demo"), vec![change], Vec::new())
}

#[divan::bench(args = [20, 5_000])]
fn unified_diff(bencher: divan::Bencher, lines: usize) {
    let plan = plan(lines);
    bencher.bench(|| plan.unified_diff(&[KEY]));
}
