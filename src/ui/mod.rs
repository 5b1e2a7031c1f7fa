//! The Yew interface.
