//! Work that waits for the reader to pause, on one browser timer. Each
//! change only moves a deadline; the timer, if it fires before the
//! deadline, waits the rest. A drag's steps then cost a clock read, not a
//! new timer, closure and `clearTimeout` each (the URL write, the
//! announcer, the panels off screen and the pivot's tornado all wait
//! like this).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;

/// Runs the action of the latest [`Quiet::poke`] once `quiet_ms` have
/// passed with no other poke. Dropping it drops the waiting action.
pub struct Quiet(Rc<Inner>);

struct Inner {
    quiet_ms: f64,
    /// When the waiting action is due, in the clock of [`now_ms`].
    due_at_ms: Cell<f64>,
    /// Whether a timer is pending.
    armed: Cell<bool>,
    timer: RefCell<Option<Timeout>>,
    /// The last timer that fired: kept until the next one is set, so a
    /// timer is never dropped while its own callback runs.
    fired: RefCell<Option<Timeout>>,
    action: RefCell<Option<Box<dyn FnOnce()>>>,
}

/// Milliseconds on the page's clock.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Quiet {
    /// Nothing waiting yet.
    pub fn new(quiet_ms: u32) -> Self {
        Quiet(Rc::new(Inner {
            quiet_ms: f64::from(quiet_ms),
            due_at_ms: Cell::new(0.0),
            armed: Cell::new(false),
            timer: RefCell::new(None),
            fired: RefCell::new(None),
            action: RefCell::new(None),
        }))
    }

    /// Runs `action` once `quiet_ms` pass without another poke; an earlier
    /// action still waiting is dropped.
    pub fn poke(&self, action: impl FnOnce() + 'static) {
        *self.0.action.borrow_mut() = Some(Box::new(action));
        self.0.due_at_ms.set(now_ms() + self.0.quiet_ms);
        if !self.0.armed.get() {
            arm(&self.0, self.0.quiet_ms);
        }
    }

    /// Drops the waiting action, if any.
    pub fn cancel(&self) {
        self.0.action.borrow_mut().take();
    }
}

fn arm(inner: &Rc<Inner>, after_ms: f64) {
    let weak = Rc::downgrade(inner);
    inner.armed.set(true);
    let timer = Timeout::new(after_ms.max(0.0).ceil() as u32, move || fire(&weak));
    let last = inner.timer.borrow_mut().replace(timer);
    *inner.fired.borrow_mut() = last;
}

fn fire(weak: &Weak<Inner>) {
    let Some(inner) = weak.upgrade() else { return };
    inner.armed.set(false);
    let left_ms = inner.due_at_ms.get() - now_ms();
    if left_ms >= 1.0 && inner.action.borrow().is_some() {
        arm(&inner, left_ms);
        return;
    }
    let action = inner.action.borrow_mut().take();
    if let Some(action) = action {
        action();
    }
}
