//! Throughput of the pure pipeline (parse → guard → split → triage → draft) over every email of
//! the corpus, and of reply classification. Run with `cargo bench --bench pipeline`; criterion
//! prints the time per pass and the messages per second ("thrpt").

use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fiveminute::config::Config;
use fiveminute::pipeline::Pipeline;

fn load(dirs: &[&str]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(d) else {
            continue;
        };
        let mut files: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        for f in files {
            out.push(std::fs::read(&f).expect("readable"));
        }
    }
    assert!(
        !out.is_empty(),
        "no corpus found: run from the repository root"
    );
    out
}

fn bench(c: &mut Criterion) {
    let cfg = Config::load(Some(Path::new("config/fiveminute.toml")), &HashMap::new())
        .expect("config loads");
    let pipeline = Pipeline::new(cfg).expect("pipeline loads");

    let emails = load(&[
        "tests/corpus/shared/questions",
        "tests/corpus/questions",
        "tests/corpus/newtext",
        "tests/corpus/shared/peers",
    ]);
    let mut g = c.benchmark_group("preview");
    g.throughput(Throughput::Elements(emails.len() as u64));
    g.bench_function(format!("{} client emails", emails.len()), |b| {
        b.iter(|| {
            for raw in &emails {
                let _ = black_box(pipeline.preview(black_box(raw)));
            }
        })
    });
    g.finish();

    let replies = load(&["tests/corpus/shared/replies", "tests/corpus/replies"]);
    let mut g = c.benchmark_group("classify-reply");
    g.throughput(Throughput::Elements(replies.len() as u64));
    g.bench_function(format!("{} replies", replies.len()), |b| {
        b.iter(|| {
            for raw in &replies {
                let _ = black_box(pipeline.classify_reply(black_box(raw)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
