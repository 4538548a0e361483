//! The `fiveminute` binary: everything lives in the library; this only starts the command line.

/// jemalloc with background threads for Rust's allocations: freed memory is returned to the
/// system within seconds of a burst of large mail (`cargo bench --bench soak` measures it).
#[cfg(all(unix, not(target_env = "musl")))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// SQLite allocates through the C library's malloc, whose threshold for giving large blocks back
/// to the system rises after each one it frees: after a 30 MB message, every later 30 MB block
/// stays in the heap for good (measured: 112 MiB held a minute after a burst, 18 MiB with a fixed
/// threshold). The threshold can only be fixed before the first allocation, by the environment,
/// so `run` starts itself again once with it set.
const MALLOC_THRESHOLD_ENV: &str = "MALLOC_MMAP_THRESHOLD_";

fn main() -> std::process::ExitCode {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::args().skip(1).any(|a| a == "run")
        && std::env::var_os(MALLOC_THRESHOLD_ENV).is_none()
    {
        use std::os::unix::process::CommandExt as _;
        if let Ok(exe) = std::env::current_exe() {
            // Only returns on failure; the process is otherwise replaced (same pid).
            let err = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env(MALLOC_THRESHOLD_ENV, "1048576")
                .exec();
            eprintln!(
                "fiveminute: cannot restart with {MALLOC_THRESHOLD_ENV} set ({err}); going on \
                 without it (memory after large mail is given back more slowly)"
            );
        }
    }
    fiveminute::cli::main()
}
