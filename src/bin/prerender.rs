//! Writes every prerendered page into a built `dist/` (the directory given,
//! or Trunk's staging directory in a post-build hook), then checks that
//! every preset and claim link has its page. Exits non-zero if not, so the
//! build fails.

fn main() {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).unwrap_or_else(|| "dist".into());
    match hashpivot::prerender::build(std::path::Path::new(&dir)) {
        Ok(report) => println!("prerendered {} pages into {dir} ({} KB)", report.pages, report.bytes / 1024),
        Err(e) => {
            eprintln!("prerender failed: {e}");
            std::process::exit(1);
        }
    }
}
