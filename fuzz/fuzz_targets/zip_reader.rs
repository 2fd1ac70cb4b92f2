//! The zip reader: scanning and unpacking arbitrary bytes as a demo `.zip` never panics, and an
//! unpack never writes outside its destination.
#![no_main]

use std::io::Write as _;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let work = tempfile::tempdir().expect("temp dir");
    let zip = work.path().join("demo.zip");
    std::fs::File::create(&zip)
        .and_then(|mut f| f.write_all(data))
        .expect("write");
    let _ = mlvb_setup::demo::scan_zip(&zip);
    let into = work.path().join("into");
    std::fs::create_dir(&into).expect("dest");
    if let Ok(root) = mlvb_setup::demo::unpack_zip(&zip, &into) {
        assert!(root.starts_with(&into), "unpacked outside: {}", root.display());
    }
    // Only the destination and the archive are in the work folder.
    let names: Vec<_> = std::fs::read_dir(work.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
});
