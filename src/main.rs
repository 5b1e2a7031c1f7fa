//! The web entry point: a thin wrapper around `hashpivot::ui::start`.

fn main() {
    hashpivot::ui::start();
}
