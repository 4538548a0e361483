//! The `fiveminute` binary: everything lives in the library; this only starts the command line.

fn main() -> std::process::ExitCode {
    fiveminute::cli::main()
}
