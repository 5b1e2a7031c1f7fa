//! Writes every prerendered page into a built `dist/` (the directory given,
//! or Trunk's staging directory in a post-build hook) with its PNG images
//! and oEmbed file, then checks that every preset and claim link has its
//! page and every view its images and oEmbed file. Exits non-zero if not,
//! so the build fails. `HASHPIVOT_PUBLIC_URL` (the site's public address)
//! adds the tags that need absolute URLs.

fn main() {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).unwrap_or_else(|| "dist".into());
    let public = std::env::var("HASHPIVOT_PUBLIC_URL").ok();
    let started = std::time::Instant::now();
    match hashpivot::prerender::build(std::path::Path::new(&dir), public.as_deref()) {
        Ok(report) => println!(
            "prerendered {} pages ({} KB) and {} images ({} KB) into {dir} in {:.1} s{}",
            report.pages,
            report.bytes / 1024,
            report.images,
            report.image_bytes / 1024,
            started.elapsed().as_secs_f64(),
            if public.is_some() { "" } else { " (no HASHPIVOT_PUBLIC_URL: no absolute URLs)" }
        ),
        Err(e) => {
            eprintln!("prerender failed: {e}");
            std::process::exit(1);
        }
    }
}
