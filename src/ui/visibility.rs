//! Work only for what the reader can see: a hook that tells whether an
//! element is on the screen, and ones that hold a value still while it is
//! not, or until the reader pauses. `panel_slot` latches each panel's
//! inputs with these, so a slider in one panel does not re-render the
//! panels off screen; they catch up once the reader pauses, or when they
//! come into view. The pivot's tornado follows its inputs once they pause.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

/// Whether any of `node` is in the viewport. True until the first
/// observation, so the first render computes everything.
#[hook]
pub fn use_on_screen(node: NodeRef) -> bool {
    let on_screen = use_state(|| true);
    {
        let on_screen = on_screen.clone();
        use_effect_with((), move |_| {
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if let Some(entry) = entries.iter().last() {
                    on_screen.set(entry.unchecked_into::<IntersectionObserverEntry>().is_intersecting());
                }
            });
            let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(element)) = (&observer, node.cast::<web_sys::Element>()) {
                o.observe(&element);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    *on_screen
}

/// Quiet time after the last change before a panel off screen catches up.
const CATCH_UP_MS: u32 = 150;

/// `now` while `section` is on screen; otherwise the value it last showed,
/// which catches up with `now` once `now` has stayed the same for
/// [`CATCH_UP_MS`] (a panel scrolled to later is then already current).
#[hook]
pub fn use_live_scenario<T: Clone + PartialEq + 'static>(section: NodeRef, now: T) -> T {
    let live = use_on_screen(section);
    use_settled(now, CATCH_UP_MS, live)
}

/// `now` when `pass` is true (and at the first render); otherwise the value
/// last returned, which becomes `now` once `now` has stayed the same for
/// `quiet_ms`: the steps of a drag are skipped, where it ends is not.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(now: T, quiet_ms: u32, pass: bool) -> T {
    let shown: Rc<RefCell<T>> = use_mut_ref(|| now.clone());
    // Set by the quiet timer; the render it causes takes `now`.
    let due = use_mut_ref(|| false);
    let timer = use_mut_ref(|| None::<Timeout>);
    let rerender = use_force_update();
    if pass || std::mem::take(&mut *due.borrow_mut()) {
        *timer.borrow_mut() = None;
        *shown.borrow_mut() = now.clone();
        return now;
    }
    if *shown.borrow() != now {
        let due = due.clone();
        *timer.borrow_mut() = Some(Timeout::new(quiet_ms, move || {
            *due.borrow_mut() = true;
            rerender.force_update();
        }));
    }
    let value = shown.borrow().clone();
    value
}
