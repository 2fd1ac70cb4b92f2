//! Rewriting the demo's credential files: plan (a diff you can show), apply (atomic,
//! all-or-nothing), backup and byte-exact restore.
