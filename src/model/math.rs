//! The models' transcendental functions, the same to the last bit on every
//! target: the page (wasm32, whose standard library takes these from the
//! portable `libm` port of musl) and the native prerenderer and tests
//! (whose standard library would call the system's libm, which rounds some
//! results differently). So a prerendered figure is character for character
//! the one the page computes.

/// `x` to the power `y`.
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return x.powf(y);
    #[cfg(not(target_arch = "wasm32"))]
    return libm::pow(x, y);
}

/// Natural logarithm.
#[inline]
pub fn ln(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return x.ln();
    #[cfg(not(target_arch = "wasm32"))]
    return libm::log(x);
}

/// e to the power `x`.
#[inline]
pub fn exp(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return x.exp();
    #[cfg(not(target_arch = "wasm32"))]
    return libm::exp(x);
}

/// `x` to an integer power, by repeated squaring (the same multiplications
/// on every target).
pub fn powi(x: f64, n: i32) -> f64 {
    let mut base = if n < 0 { 1.0 / x } else { x };
    let mut e = n.unsigned_abs();
    let mut out = 1.0;
    while e > 0 {
        if e & 1 == 1 {
            out *= base;
        }
        base *= base;
        e >>= 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_the_standard_library_to_rounding() {
        for (x, y) in [(1.12, 1.0 / 12.0), (0.9, 3.5), (2.0, 0.25), (1.26, 4.0)] {
            assert!((pow(x, y) - x.powf(y)).abs() <= 2.0 * f64::EPSILON * x.powf(y));
        }
        for n in [-120, -1, 0, 1, 4, 15] {
            assert!((powi(1.01, n) - 1.01f64.powi(n)).abs() <= 1e-14 * 1.01f64.powi(n), "{n}");
        }
        assert!((ln(67_000.0) - 67_000f64.ln()).abs() < 1e-15 * 12.0);
        assert!((exp(1.5) - 1.5f64.exp()).abs() < 1e-15 * 5.0);
    }
}
