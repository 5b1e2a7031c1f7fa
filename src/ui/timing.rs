//! The page's timing, in one place: when a change made in a panel reaches
//! the page, and when the work that waits for a pause runs.
//!
//! - **Drafts** ([`Drafting`]): a change made in a panel is first the
//!   panel's own. The panel follows every step; the page (its state, the
//!   URL, the other panels) takes the change when the reader lets go of a
//!   slider, leaves a number box, chooses an option, or pauses for
//!   [`PAGE_AFTER_MS`]. A draft made on a page that has since moved on
//!   (a preset, Reset, a saved scenario) is dropped. A plain state machine,
//!   tested natively: whatever the order of steps, releases, pauses and
//!   presets, the page ends as if each value had been applied at once.
//! - **Latches** ([`Latch`], [`use_settled`], [`use_live_scenario`]): a
//!   value held still while its panel is off screen or until the reader
//!   pauses (the tornado, a panel scrolled away).
//! - **Deferred work** ([`Quiet`]): one restartable timer per task (the
//!   URL write, the spoken headline), so a drag leaves no timer behind per
//!   step; and long computations run in short tasks once the reader pauses
//!   ([`use_stepped`]: the outlook's Monte Carlo fan, the pivot's odds).
//!
//! Every delay is a constant here. The charts a step draws without a render
//! are found through `canvas::paint_live`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

use crate::inputs::InputId;
use crate::scenario::Scenario;

/// Quiet time after a panel's last change before the page takes it (a
/// drag's input events come a frame apart).
pub const PAGE_AFTER_MS: u32 = 120;
/// Quiet time after the last change before a panel off screen catches up.
pub const CATCH_UP_MS: u32 = 150;
/// Quiet time after the last change before the pivot's tornado follows it.
pub const TORNADO_QUIET_MS: u32 = 120;
/// Quiet time after the last change before the Monte Carlo fan is computed.
pub const FAN_QUIET_MS: u32 = 120;
/// Quiet time after the last change before the pivot's odds are computed.
pub const ODDS_QUIET_MS: u32 = 120;
/// Quiet time after the page's last change before the URL is written.
pub const URL_WRITE_DELAY_MS: u32 = 150;
/// Quiet time after the last input before the headline is spoken.
pub const ANNOUNCE_AFTER_MS: u32 = 800;

/// Changes made in a panel that the page has not taken yet.
#[derive(Clone, Debug)]
struct Draft {
    /// The page's scenario they were made on, and how many times it had
    /// been replaced then (`AppState::replaced`).
    base: (Scenario, u32),
    /// `base` with the changes: what the panel shows.
    scenario: Scenario,
    /// The changes, last value of each input, in the order made.
    changes: Vec<(InputId, f64)>,
}

/// A panel's draft, if it holds one.
#[derive(Clone, Debug, Default)]
pub struct Drafting {
    draft: Option<Draft>,
}

/// What a step did to a panel's draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Nothing: the value was refused or is the one shown.
    Unchanged,
    /// It started a draft (the panel renders it).
    First,
    /// It moved a held draft, which now shows this scenario.
    Next(Scenario),
}

impl Drafting {
    /// The page's scenario is now `page`, replaced `replaced` times: a draft
    /// made on another, or before a replacement (a preset that happened to
    /// leave the scenario as it was too), is dropped.
    pub fn follow(&mut self, page: &Scenario, replaced: u32) {
        if self.draft.as_ref().is_some_and(|d| d.base.0 != *page || d.base.1 != replaced) {
            self.draft = None;
        }
    }

    /// What the panel shows while it holds a draft.
    pub fn shown(&self) -> Option<&Scenario> {
        self.draft.as_ref().map(|d| &d.scenario)
    }

    /// Sets `id` to `value` in the draft (started on `page`, replaced
    /// `replaced` times, if none is held).
    pub fn step(&mut self, (page, replaced): (&Scenario, u32), id: InputId, value: f64) -> Step {
        let first = self.draft.is_none();
        let d = self.draft.get_or_insert_with(|| Draft { base: (page.clone(), replaced), scenario: page.clone(), changes: Vec::new() });
        let before = d.scenario.inputs.get(id);
        if d.scenario.set(id, value).is_err() || d.scenario.inputs.get(id) == before {
            if first {
                self.draft = None;
            }
            return Step::Unchanged;
        }
        d.changes.retain(|&(changed, _)| changed != id);
        d.changes.push((id, value));
        if first {
            Step::First
        } else {
            Step::Next(d.scenario.clone())
        }
    }

    /// Ends the draft: its changes, in the order made, for the page to apply.
    pub fn hand_over(&mut self) -> Vec<(InputId, f64)> {
        self.draft.take().map(|d| d.changes).unwrap_or_default()
    }
}

/// A restartable one-shot timer: starting it again replaces (cancels) the
/// last start, dropping it cancels it.
#[derive(Default)]
pub struct Quiet(Option<Timeout>);

impl Quiet {
    /// Runs `task` after `ms` of quiet, unless started again or cancelled first.
    pub fn start(&mut self, ms: u32, task: impl FnOnce() + 'static) {
        self.0 = Some(Timeout::new(ms, task));
    }

    /// Cancels what was started.
    pub fn cancel(&mut self) {
        self.0 = None;
    }
}

/// A value held still: [`Latch::pass`] shows the latest at once, otherwise
/// the one last shown stays until [`Latch::due`] (set when the quiet
/// timer fires) lets the latest through.
#[derive(Clone, Debug)]
pub struct Latch<T> {
    shown: T,
    due: bool,
}

impl<T: Clone + PartialEq> Latch<T> {
    /// A latch showing `now`.
    pub fn new(now: T) -> Latch<T> {
        Latch { shown: now, due: false }
    }

    /// What to show for `now` (`pass`: without waiting), and whether a quiet
    /// timer must be started to show it later.
    pub fn show(&mut self, now: &T, pass: bool) -> (T, bool) {
        if pass || std::mem::take(&mut self.due) {
            self.shown = now.clone();
            return (now.clone(), false);
        }
        (self.shown.clone(), self.shown != *now)
    }

    /// The quiet time passed: the next [`Latch::show`] takes the latest.
    pub fn due(&mut self) {
        self.due = true;
    }
}

/// A computation run in short steps ([`use_stepped`]).
pub trait Stepped: 'static {
    /// What it gives once finished.
    type Output: 'static;
    /// One short step (a few milliseconds on a phone at most); true once finished.
    fn step(&mut self) -> bool;
    /// The result.
    fn finish(self) -> Self::Output;
}

/// Where a [`use_stepped`] run's result goes: the input it was for and the output.
type Finished<I, S> = UseStateHandle<Option<Rc<(I, <S as Stepped>::Output)>>>;

/// One step of `run`, then the next in a task of its own, while
/// `generation` is still `mine` (a newer input stops the run); the
/// finished result goes to `done`.
fn run_step<I: 'static, S: Stepped>(mut run: S, input: I, done: Finished<I, S>, generation: Rc<RefCell<u32>>, mine: u32) {
    if *generation.borrow() != mine {
        return;
    }
    if run.step() {
        done.set(Some(Rc::new((input, run.finish()))));
    } else {
        Timeout::new(0, move || run_step(run, input, done, generation, mine)).forget();
    }
}

/// `start(&input)` run in short tasks: the first input at once, each later
/// one once it has been quiet for `quiet_ms` (a drag right after load runs
/// nothing between its steps); a newer input drops a run under way, and
/// while `hold` (a draft) none starts. The last finished result, with the
/// input it is for (draw it only for the input shown); `start` giving None
/// runs nothing.
#[hook]
pub fn use_stepped<I, S>(input: I, hold: bool, quiet_ms: u32, start: fn(&I) -> Option<S>) -> Option<Rc<(I, S::Output)>>
where
    I: Clone + PartialEq + 'static,
    S: Stepped,
{
    let done = use_state(|| None::<Rc<(I, S::Output)>>);
    let generation = use_mut_ref(|| 0u32);
    let quiet = use_mut_ref(Quiet::default);
    {
        let (done, generation) = (done.clone(), generation.clone());
        use_effect_with((input, hold), move |(input, hold)| {
            let delay = if *generation.borrow() == 0 { 0 } else { quiet_ms };
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            match (!*hold).then(|| start(input)).flatten() {
                Some(run) => {
                    let input = input.clone();
                    quiet.borrow_mut().start(delay, move || run_step(run, input, done, generation, mine));
                }
                None => quiet.borrow_mut().cancel(),
            }
        });
    }
    (*done).clone()
}

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
    let latch: Rc<RefCell<Latch<T>>> = use_mut_ref(|| Latch::new(now.clone()));
    let timer = use_mut_ref(Quiet::default);
    let rerender = use_force_update();
    let (shown, wait) = latch.borrow_mut().show(&now, pass);
    if wait {
        let latch = latch.clone();
        timer.borrow_mut().start(quiet_ms, move || {
            latch.borrow_mut().due();
            rerender.force_update();
        });
    } else if pass {
        timer.borrow_mut().cancel();
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::INPUTS;
    use crate::presets;
    use proptest::prelude::*;

    /// What can happen to a panel and its page.
    #[derive(Clone, Debug)]
    enum Event {
        /// A slider or box step: input (index among a few), value (fraction of its domain).
        Step(usize, f64),
        /// Letting go of a slider, leaving a box, choosing an option.
        Release,
        /// The quiet timer fired.
        Pause,
        /// A preset chosen elsewhere on the page.
        Preset(usize),
        /// Reset.
        Reset,
    }

    const MOVED: [InputId; 4] = [InputId::BtcUsd, InputId::EffJth, InputId::SiteMw, InputId::HashrateMode];

    fn event() -> impl Strategy<Value = Event> {
        prop_oneof![
            4 => (0..MOVED.len(), 0.0f64..=1.0).prop_map(|(i, t)| Event::Step(i, t)),
            1 => Just(Event::Release),
            1 => Just(Event::Pause),
            1 => (0..presets::ALL.len()).prop_map(Event::Preset),
            1 => Just(Event::Reset),
        ]
    }

    fn value(i: usize, t: f64) -> (InputId, f64) {
        let spec = MOVED[i].spec();
        let v = spec.min + t * (spec.max - spec.min);
        (spec.id, if spec.choices.is_empty() { v } else { v.round() })
    }

    proptest! {
        /// Whatever the order of steps, releases, pauses, presets and
        /// resets, the panel shows and the page ends with what applying
        /// each value at once gives.
        #[test]
        fn a_draft_ends_as_the_values_applied_at_once(events in proptest::collection::vec(event(), 0..40)) {
            let mut page = Scenario::default();
            let mut at_once = Scenario::default();
            let mut drafting = Drafting::default();
            let mut replaced = 0;
            let hand_over = |drafting: &mut Drafting, page: &mut Scenario| {
                for (id, v) in drafting.hand_over() {
                    page.set(id, v).unwrap();
                }
            };
            for e in events {
                drafting.follow(&page, replaced);
                match e {
                    Event::Step(i, t) => {
                        let (id, v) = value(i, t);
                        let step = drafting.step((&page, replaced), id, v);
                        let moved = at_once.inputs.get(id) != v;
                        at_once.set(id, v).unwrap();
                        prop_assert_eq!(step == Step::Unchanged, !moved);
                        if let Step::Next(shown) = &step {
                            prop_assert_eq!(shown, &at_once);
                        }
                        prop_assert_eq!(drafting.shown().unwrap_or(&page), &at_once, "the panel shows every step");
                    }
                    Event::Release | Event::Pause => hand_over(&mut drafting, &mut page),
                    Event::Preset(k) => {
                        page = presets::ALL[k].scenario();
                        at_once = page.clone();
                        replaced += 1;
                    }
                    Event::Reset => {
                        page = Scenario::default();
                        at_once = page.clone();
                        replaced += 1;
                    }
                }
            }
            drafting.follow(&page, replaced);
            hand_over(&mut drafting, &mut page);
            prop_assert_eq!(page, at_once);
            prop_assert!(drafting.shown().is_none());
        }
    }

    #[test]
    fn a_latch_holds_until_the_pause_and_passes_at_once_when_asked() {
        let mut latch = Latch::new(1);
        assert_eq!(latch.show(&2, false), (1, true), "held, a timer to start");
        assert_eq!(latch.show(&3, false), (1, true));
        latch.due();
        assert_eq!(latch.show(&3, false), (3, false), "the pause lets the latest through");
        assert_eq!(latch.show(&3, false), (3, false), "nothing to wait for");
        assert_eq!(latch.show(&4, true), (4, false), "passed at once");
    }

    #[test]
    fn a_refused_first_step_starts_no_draft() {
        let mut drafting = Drafting::default();
        let page = Scenario::default();
        assert_eq!(drafting.step((&page, 0), InputId::EffJth, f64::NAN), Step::Unchanged);
        assert_eq!(drafting.step((&page, 0), InputId::EffJth, INPUTS[InputId::EffJth as usize].default), Step::Unchanged);
        assert!(drafting.shown().is_none());
    }
}
