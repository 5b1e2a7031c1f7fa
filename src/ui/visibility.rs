//! Work only for what the reader can see: a hook that tells whether an
//! element is on (or near) the screen, and one that holds a value still
//! while it is not. `panel_slot` latches each panel's inputs with these, so
//! a slider in one panel does not re-render the panels scrolled away; they
//! catch up when they come back into view.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Whether `node` is within 300 px of the viewport. True until the first
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
            let init = IntersectionObserverInit::new();
            init.set_root_margin("300px");
            let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok();
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

/// `value` while `live`; otherwise the last value seen while live.
#[hook]
pub fn use_latched<T: Clone + 'static>(live: bool, value: T) -> T {
    let last: Rc<RefCell<T>> = use_mut_ref(|| value.clone());
    if live {
        *last.borrow_mut() = value.clone();
        value
    } else {
        last.borrow().clone()
    }
}

/// The scenario a panel should show: `now` while `section` is on screen,
/// else the last one it showed there.
#[hook]
pub fn use_live_scenario<T: Clone + 'static>(section: NodeRef, now: T) -> T {
    let live = use_on_screen(section);
    use_latched(live, now)
}
