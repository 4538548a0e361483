//! The `fiveminute` binary: everything lives in the library; this only starts the command line.

/// jemalloc with background threads: freed memory is returned to the system within seconds of a
/// burst of large mail (glibc's malloc kept 560 MiB of 655 a minute later; `cargo bench --bench
/// soak` measures it).
#[cfg(all(unix, not(target_env = "musl")))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> std::process::ExitCode {
    fiveminute::cli::main()
}
