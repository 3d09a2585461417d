//! Running one document's extraction so that a bug in a rule costs that document, not the build.
//!
//! A panic inside [`run`] is caught and returned as its message. The default panic hook would
//! print the message and a backtrace to the user's terminal; while [`run`] is active on a
//! thread, the hook stays quiet for that thread, and the caller reports the failure in one line.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`run`].
    static ISOLATED: Cell<bool> = const { Cell::new(false) };
    /// Where the last isolated panic of this thread happened.
    static LAST_LOCATION: Cell<Option<String>> = const { Cell::new(None) };
}

static QUIET_HOOK: Once = Once::new();

/// Runs `work`, turning a panic into `Err` with the panic's message and location.
pub fn run<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    LAST_LOCATION.with(|l| l.set(None));
    ISOLATED.with(|f| f.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    ISOLATED.with(|f| f.set(false));
    result.map_err(|payload| {
        let at = LAST_LOCATION.with(Cell::take);
        match at {
            Some(at) => format!("{} (at {at})", message(payload.as_ref())),
            None => message(payload.as_ref()),
        }
    })
}

fn install_quiet_hook() {
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if ISOLATED.with(Cell::get) {
                let at = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
                LAST_LOCATION.with(|l| l.set(at));
            } else {
                previous(info);
            }
        }));
    });
}

fn message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown failure".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message_and_place() {
        let err = run(|| -> u32 { panic!("offset 7 is not a char boundary") }).unwrap_err();
        assert!(
            err.starts_with("offset 7 is not a char boundary (at src/isolate.rs:"),
            "{err}"
        );
        assert_eq!(run(|| 5), Ok(5));
    }
}
