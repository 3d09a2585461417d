//! The `igkg` command: parses arguments and hands them to the library.

fn main() -> std::process::ExitCode {
    igkg::cli::main()
}
