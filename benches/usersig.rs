//! UserSig generation and verification: `cargo bench --bench usersig`.
#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop

use mlvb_setup::credentials::SecretKey;
use mlvb_setup::usersig;

fn main() {
    divan::main();
}

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

#[divan::bench]
fn generate(bencher: divan::Bencher) {
    let key = SecretKey::from_exact(KEY.to_owned());
    bencher.bench(|| {
        usersig::generate(
            1_400_000_001,
            &key,
            "demo_user",
            604_800,
            1_700_000_000,
            None,
        )
    });
}

#[divan::bench]
fn verify(bencher: divan::Bencher) {
    let key = SecretKey::from_exact(KEY.to_owned());
    let token = usersig::generate(
        1_400_000_001,
        &key,
        "demo_user",
        604_800,
        1_700_000_000,
        None,
    );
    bencher.bench(|| {
        usersig::verify(
            &token,
            1_400_000_001,
            &key,
            Some("demo_user"),
            1_700_000_100,
        )
    });
}
