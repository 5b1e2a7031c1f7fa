//! The input registry: every input of every panel declared once, with its
//! URL key, label, unit, domain, slider range, step and default. The
//! registry drives the slider, the number box, the URL key and the
//! validation, so a key means the same thing in every panel.
//!
//! Two stages: raw text (URL or number box) -> [`parse_number`] and
//! [`InputSpec::validate`] -> a value inside its domain, stored in
//! [`Inputs`]. Everything downstream reads validated [`Inputs`].

use crate::format;
use crate::i18n::{Lang, Text, Unit, Words};
use crate::panels::Panel;

/// How an input is declared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputSpec {
    /// Which input this is.
    pub id: InputId,
    /// Its URL query key (a public contract: never renamed without a redirect).
    pub key: &'static str,
    /// Its label.
    pub label: Words,
    /// Its unit, shown beside the number box.
    pub unit: Unit,
    /// The panel that shows it (others may read it too: [`crate::panels`]).
    pub panel: Panel,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider range (inside `min..=max`); the number box takes the whole domain.
    pub slider_min: f64,
    /// Upper end of the slider.
    pub slider_max: f64,
    /// Slider step.
    pub step: f64,
    /// Decimals shown in the number box.
    pub decimals: u8,
    /// Default value (from the dated snapshot or a stated assumption).
    pub default: f64,
    /// For a choice: the label of each value 0, 1, ...; empty for a number.
    pub choices: &'static [Text],
}

/// An input's label in English and Arabic. The library (no `app` feature,
/// in wasm), which shows no labels, carries none: its inputs' labels are
/// empty there, and their bytes stay out of its module.
macro_rules! label {
    ($en:literal, $ar:literal) => {
        if cfg!(any(feature = "app", not(target_arch = "wasm32"))) {
            Words::new($en, $ar)
        } else {
            Words::new("", "")
        }
    };
}

/// Declares every input once, by name: the [`InputId`] enum and the
/// [`INPUTS`] registry in the same order. The fields an entry leaves out
/// are [`InputSpec::NUMBER`]'s: no unit, no choices.
macro_rules! inputs {
    ($($(#[$doc:meta])* $id:ident { $($field:ident: $value:expr),* $(,)? })*) => {
        /// One input of the scenario. The discriminant indexes [`INPUTS`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum InputId { $($(#[$doc])* $id),* }

        /// The registry, in [`InputId`] order.
        pub static INPUTS: &[InputSpec] = &[$(InputSpec { id: InputId::$id, $($field: $value,)* ..InputSpec::NUMBER }),*];
    };
}

impl InputSpec {
    /// What an entry of [`inputs!`] does not write: a number without a
    /// unit (its id, key, label, panel and domain are always written).
    const NUMBER: InputSpec = InputSpec {
        id: InputId::BtcUsd,
        key: "",
        label: label!("", ""),
        unit: Unit::None,
        panel: Panel::Miner,
        min: 0.0,
        max: 0.0,
        slider_min: 0.0,
        slider_max: 0.0,
        step: 1.0,
        decimals: 0,
        default: 0.0,
        choices: &[],
    };
}

inputs! {
    /// Bitcoin price.
    BtcUsd {
        key: "btc_usd",
        label: label!("Bitcoin price", "سعر البيتكوين"),
        unit: Unit::Usd,
        panel: Panel::Miner,
        min: 1_000.0, max: 10_000_000.0,
        slider_min: 10_000.0, slider_max: 300_000.0,
        step: 100.0, decimals: 0, default: 67_000.0,
    }
    /// Network hashrate.
    HashrateEhs {
        key: "hashrate_ehs",
        label: label!("Network hashrate", "معدل تجزئة الشبكة"),
        unit: Unit::Ehs,
        panel: Panel::Miner,
        min: 1.0, max: 100_000.0,
        slider_min: 100.0, slider_max: 3_000.0,
        step: 0.1, decimals: 1, default: 900.9,
    }
    /// Transaction fees per block.
    FeesBtc {
        key: "fees_btc",
        label: label!("Transaction fees per block", "رسوم المعاملات لكل كتلة"),
        unit: Unit::BtcPerBlock,
        panel: Panel::Miner,
        min: 0.0, max: 50.0,
        slider_min: 0.0, slider_max: 1.0,
        step: 0.001, decimals: 3, default: 0.02,
    }
    /// Block height.
    Height {
        key: "height",
        label: label!("Block height", "ارتفاع الكتلة"),
        unit: Unit::Block,
        panel: Panel::Miner,
        min: 0.0, max: 6_929_999.0,
        slider_min: 840_000.0, slider_max: 1_470_000.0,
        step: 1.0, decimals: 0, default: 935_424.0,
    }
    /// Fleet efficiency.
    EffJth {
        key: "eff_jth",
        label: label!("Fleet efficiency", "كفاءة الأسطول"),
        unit: Unit::Jth,
        panel: Panel::Miner,
        min: 1.0, max: 200.0,
        slider_min: 5.0, slider_max: 40.0,
        step: 0.1, decimals: 1, default: 17.5,
    }
    /// Power price.
    PowerUsdKwh {
        key: "power_usd_kwh",
        label: label!("Power price", "سعر الكهرباء"),
        unit: Unit::UsdKwh,
        panel: Panel::Miner,
        min: 0.0, max: 1.0,
        slider_min: 0.0, slider_max: 0.15,
        step: 0.001, decimals: 3, default: 0.05,
    }
    /// Pool fee.
    PoolFeePct {
        key: "pool_fee_pct",
        label: label!("Pool fee", "رسوم المجمع"),
        unit: Unit::Pct,
        panel: Panel::Miner,
        min: 0.0, max: 10.0,
        slider_min: 0.0, slider_max: 5.0,
        step: 0.1, decimals: 1, default: 2.0,
    }
    /// Uptime (after curtailment).
    UptimePct {
        key: "uptime_pct",
        label: label!("Uptime (after curtailment)", "نسبة التشغيل (بعد التقليص)"),
        unit: Unit::Pct,
        panel: Panel::Miner,
        min: 1.0, max: 100.0,
        slider_min: 50.0, slider_max: 100.0,
        step: 0.5, decimals: 1, default: 95.0,
    }
    /// Bitcoin price growth.
    BtcGrowthPct {
        key: "btc_growth_pct",
        label: label!("Bitcoin price growth", "نمو سعر البيتكوين"),
        unit: Unit::PctYear,
        panel: Panel::Outlook,
        min: -50.0, max: 200.0,
        slider_min: -30.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 20.0,
    }
    /// Network hashrate growth.
    HashrateGrowthPct {
        key: "hashrate_growth_pct",
        label: label!("Network hashrate growth", "نمو معدل تجزئة الشبكة"),
        unit: Unit::PctYear,
        panel: Panel::Outlook,
        min: -50.0, max: 200.0,
        slider_min: -20.0, slider_max: 80.0,
        step: 1.0, decimals: 0, default: 26.0,
    }
    /// Fee growth.
    FeeGrowthPct {
        key: "fee_growth_pct",
        label: label!("Fee growth", "نمو الرسوم"),
        unit: Unit::PctYear,
        panel: Panel::Outlook,
        min: -50.0, max: 200.0,
        slider_min: -20.0, slider_max: 50.0,
        step: 1.0, decimals: 0, default: 0.0,
    }
    /// Price volatility (Monte Carlo).
    VolatilityPct {
        key: "volatility_pct",
        label: label!("Price volatility (Monte Carlo)", "تقلب السعر (مونت كارلو)"),
        unit: Unit::PctYear,
        panel: Panel::Outlook,
        min: 0.0, max: 150.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 5.0, decimals: 0, default: 0.0,
    }
    /// How the network grows.
    HashrateMode {
        key: "hashrate_mode",
        label: label!("How the network grows", "كيف تنمو الشبكة"),
        panel: Panel::Outlook,
        choices: &[Text::ModeGrowth, Text::ModeEquilibrium],
        min: 0.0, max: 1.0,
        slider_min: 0.0, slider_max: 1.0,
        step: 1.0, decimals: 0,
        default: 0.0,
    }
    /// Mean block time.
    BlockTimeS {
        key: "block_time_s",
        label: label!("Mean block time", "متوسط زمن الكتلة"),
        unit: Unit::Seconds,
        panel: Panel::Outlook,
        min: 300.0, max: 1200.0,
        slider_min: 540.0, slider_max: 660.0,
        step: 1.0, decimals: 0, default: 600.0,
    }
    /// Network fleet efficiency gain.
    FleetGainPct {
        key: "fleet_gain_pct",
        label: label!("Network fleet efficiency gain", "تحسن كفاءة أسطول الشبكة"),
        unit: Unit::PctYear,
        panel: Panel::Outlook,
        min: 0.0, max: 50.0,
        slider_min: 0.0, slider_max: 30.0,
        step: 0.5, decimals: 1, default: 10.0,
    }
    /// Marginal fleet efficiency.
    MarginalEffJth {
        key: "marginal_eff_jth",
        label: label!("Marginal fleet efficiency", "كفاءة الأسطول الحدّي"),
        unit: Unit::Jth,
        panel: Panel::Outlook,
        min: 5.0, max: 100.0,
        slider_min: 10.0, slider_max: 40.0,
        step: 0.5, decimals: 1, default: 22.0,
    }
    /// ASIC price.
    AsicUsdTh {
        key: "asic_usd_th",
        label: label!("ASIC price", "سعر أجهزة التعدين"),
        unit: Unit::UsdTh,
        panel: Panel::Outlook,
        min: 1.0, max: 200.0,
        slider_min: 2.0, slider_max: 40.0,
        step: 0.5, decimals: 1, default: 15.0,
    }
    /// ASIC life.
    AsicLifeYears {
        key: "asic_life_years",
        label: label!("ASIC life", "عمر أجهزة التعدين"),
        unit: Unit::Years,
        panel: Panel::Outlook,
        min: 1.0, max: 10.0,
        slider_min: 1.0, slider_max: 8.0,
        step: 0.5, decimals: 1, default: 4.0,
    }
    /// Marginal fleet's margin at equilibrium.
    TargetMarginPct {
        key: "target_margin_pct",
        label: label!("Marginal fleet's margin at equilibrium", "هامش الأسطول الحدّي عند التوازن"),
        unit: Unit::Pct,
        panel: Panel::Outlook,
        min: -50.0, max: 50.0,
        slider_min: -30.0, slider_max: 30.0,
        step: 1.0, decimals: 0, default: 0.0,
    }
    /// US data-centre demand growth, 2025–2028.
    DemandGw {
        key: "demand_gw",
        label: label!("US data-centre demand growth, 2025–2028", "نمو طلب مراكز البيانات الأمريكية، 2025–2028"),
        unit: Unit::Gw,
        panel: Panel::Grid,
        min: 0.0, max: 1_000.0,
        slider_min: 0.0, slider_max: 150.0,
        step: 1.0, decimals: 0, default: 74.0,
    }
    /// Supply that can meet it.
    SupplyGw {
        key: "supply_gw",
        label: label!("Supply that can meet it", "الإمداد القادر على تلبيته"),
        unit: Unit::Gw,
        panel: Panel::Grid,
        min: 0.0, max: 1_000.0,
        slider_min: 0.0, slider_max: 150.0,
        step: 1.0, decimals: 0, default: 25.0,
    }
    /// Grid capacity of US bitcoin-mining sites.
    MiningGw {
        key: "mining_gw",
        label: label!("Grid capacity of US bitcoin-mining sites", "قدرة الشبكة لمواقع تعدين البيتكوين الأمريكية"),
        unit: Unit::Gw,
        panel: Panel::Grid,
        min: 0.0, max: 200.0,
        slider_min: 0.0, slider_max: 40.0,
        step: 0.5, decimals: 1, default: 20.0,
    }
    /// Share convertible to AI.
    ConvertiblePct {
        key: "convertible_pct",
        label: label!("Share convertible to AI", "الحصة القابلة للتحويل إلى الذكاء الاصطناعي"),
        unit: Unit::Pct,
        panel: Panel::Grid,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 80.0,
    }
    /// PUE of the AI data centre.
    ConvertedPue {
        key: "converted_pue",
        label: label!("PUE of the AI data centre", "فعالية استخدام الطاقة لمركز البيانات"),
        unit: Unit::None,
        panel: Panel::Grid,
        min: 1.0, max: 3.0,
        slider_min: 1.0, slider_max: 2.0,
        step: 0.01, decimals: 2, default: 1.3,
    }
    /// United States.
    UsSharePct {
        key: "us_share_pct",
        label: label!("United States", "الولايات المتحدة"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 0.1, decimals: 1, default: 37.5,
    }
    /// Russia.
    RussiaSharePct {
        key: "russia_share_pct",
        label: label!("Russia", "روسيا"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 0.1, decimals: 1, default: 16.4,
    }
    /// China.
    ChinaSharePct {
        key: "china_share_pct",
        label: label!("China", "الصين"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 0.1, decimals: 1, default: 11.7,
    }
    /// Rest of the world (incl. unknown).
    RestSharePct {
        key: "rest_share_pct",
        label: label!("Rest of the world (incl. unknown)", "بقية العالم (بما فيه غير المعروف)"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.1, max: 100.0,
        slider_min: 0.1, slider_max: 100.0,
        step: 0.1, decimals: 1, default: 34.4,
    }
    /// Share of US hashrate that leaves for AI.
    UsLeavePct {
        key: "us_leave_pct",
        label: label!("Share of US hashrate that leaves for AI", "حصة معدل التجزئة الأمريكي التي تتحول إلى الذكاء الاصطناعي"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 25.0,
    }
    /// Others' growth per 1% better hashprice.
    OthersResponsePct {
        key: "others_response_pct",
        label: label!("Others' growth per 1% better hashprice", "نمو الآخرين لكل 1% تحسن في سعر التجزئة"),
        unit: Unit::Pct,
        panel: Panel::Geography,
        min: 0.0, max: 500.0,
        slider_min: 0.0, slider_max: 200.0,
        step: 5.0, decimals: 0, default: 50.0,
    }
    /// Site grid connection.
    SiteMw {
        key: "site_mw",
        label: label!("Site grid connection", "ربط الموقع بالشبكة"),
        unit: Unit::Mw,
        panel: Panel::Pivot,
        min: 1.0, max: 5_000.0,
        slider_min: 10.0, slider_max: 1_000.0,
        step: 1.0, decimals: 0, default: 100.0,
    }
    /// PUE while mining.
    PueMining {
        key: "pue_mining",
        label: label!("PUE while mining", "فعالية الطاقة أثناء التعدين"),
        unit: Unit::None,
        panel: Panel::Pivot,
        min: 1.0, max: 2.0,
        slider_min: 1.0, slider_max: 1.4,
        step: 0.01, decimals: 2, default: 1.05,
    }
    /// PUE as an AI data centre.
    PueAi {
        key: "pue_ai",
        label: label!("PUE as an AI data centre", "فعالية الطاقة كمركز بيانات"),
        unit: Unit::None,
        panel: Panel::Pivot,
        min: 1.0, max: 3.0,
        slider_min: 1.05, slider_max: 1.6,
        step: 0.01, decimals: 2, default: 1.3,
    }
    /// Conversion capex per IT MW.
    CapexUsdMPerMw {
        key: "capex_usd_m_per_mw",
        label: label!("Conversion capex per IT MW", "كلفة التحويل لكل ميغاواط تقني"),
        unit: Unit::UsdMPerMw,
        panel: Panel::Pivot,
        min: 0.0, max: 50.0,
        slider_min: 2.0, slider_max: 20.0,
        step: 0.1, decimals: 1, default: 9.0,
    }
    /// Build time.
    BuildMonths {
        key: "build_months",
        label: label!("Build time", "مدة البناء"),
        unit: Unit::Months,
        panel: Panel::Pivot,
        min: 0.0, max: 60.0,
        slider_min: 0.0, slider_max: 36.0,
        step: 1.0, decimals: 0, default: 15.0,
    }
    /// Mining during the build.
    BuildMining {
        key: "build_mining",
        label: label!("Mining during the build", "التعدين أثناء البناء"),
        panel: Panel::Pivot,
        choices: &[Text::BuildContinue, Text::BuildStop, Text::BuildPhase],
        min: 0.0, max: 2.0,
        slider_min: 0.0, slider_max: 2.0,
        step: 1.0, decimals: 0,
        default: 0.0,
    }
    /// Lease rate.
    LeaseUsdKwMonth {
        key: "lease_usd_kw_month",
        label: label!("Lease rate", "سعر الإيجار"),
        unit: Unit::UsdKwMonth,
        panel: Panel::Pivot,
        min: 0.0, max: 2_000.0,
        slider_min: 50.0, slider_max: 300.0,
        step: 1.0, decimals: 0, default: 150.0,
    }
    /// Lease escalator.
    EscalatorPct {
        key: "escalator_pct",
        label: label!("Lease escalator", "زيادة الإيجار السنوية"),
        unit: Unit::PctYear,
        panel: Panel::Pivot,
        min: -5.0, max: 15.0,
        slider_min: 0.0, slider_max: 6.0,
        step: 0.1, decimals: 1, default: 3.0,
    }
    /// Lease term.
    TermYears {
        key: "term_years",
        label: label!("Lease term", "مدة الإيجار"),
        unit: Unit::Years,
        panel: Panel::Pivot,
        min: 1.0, max: 25.0,
        slider_min: 3.0, slider_max: 20.0,
        step: 1.0, decimals: 0, default: 10.0,
    }
    /// Landlord's opex.
    OpexPct {
        key: "opex_pct",
        label: label!("Landlord's opex", "مصاريف المالك التشغيلية"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 90.0,
        slider_min: 0.0, slider_max: 40.0,
        step: 1.0, decimals: 0, default: 15.0,
    }
    /// Residual value at the end.
    ResidualPct {
        key: "residual_pct",
        label: label!("Residual value at the end", "القيمة المتبقية في النهاية"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 200.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 20.0,
    }
    /// Discount rate.
    DiscountPct {
        key: "discount_pct",
        label: label!("Discount rate", "معدل الخصم"),
        unit: Unit::PctYear,
        panel: Panel::Pivot,
        min: 0.0, max: 50.0,
        slider_min: 2.0, slider_max: 30.0,
        step: 0.5, decimals: 1, default: 12.0,
    }
    /// Share of the lease backstopped by an investment-grade party (an old
    /// link's `backstop=1` reads as 100, `backstop=0` as 0).
    BackstopPct {
        key: "backstop_pct",
        label: label!("Share of the lease backstopped by an investment-grade party", "حصة الإيجار المضمونة من طرف بتصنيف استثماري"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 5.0, decimals: 0, default: 0.0,
    }
    /// Lower rate for backstopped lease income.
    BackstopSpreadPct {
        key: "backstop_spread_pct",
        label: label!("Lower rate for backstopped lease income", "خفض معدل الخصم لدخل الإيجار المضمون"),
        unit: Unit::PctPoints,
        panel: Panel::Pivot,
        min: 0.0, max: 20.0,
        slider_min: 0.0, slider_max: 10.0,
        step: 0.5, decimals: 1, default: 4.0,
    }
    /// Mining opex besides power.
    MiningOpexUsdMwh {
        key: "mining_opex_usd_mwh",
        label: label!("Mining opex besides power", "مصاريف التعدين عدا الكهرباء"),
        unit: Unit::UsdMwh,
        panel: Panel::Pivot,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 30.0,
        step: 0.5, decimals: 1, default: 5.0,
    }
    /// Cash flow chart.
    Discounted {
        key: "discounted",
        label: label!("Cash flow chart", "مخطط التدفق النقدي"),
        panel: Panel::Pivot,
        choices: &[Text::CashUndiscounted, Text::CashDiscounted],
        min: 0.0, max: 1.0,
        slider_min: 0.0, slider_max: 1.0,
        step: 1.0, decimals: 0,
        default: 1.0,
    }
    /// Share of the converted site leased.
    LeasedPct {
        key: "leased_pct",
        label: label!("Share of the IT capacity leased (signed)", "حصة السعة التقنية المؤجَّرة (الموقَّعة)"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 100.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 100.0,
    }
    /// Lease-up.
    LeaseUpMonths {
        key: "lease_up_months",
        label: label!("Lease-up: months from first capacity to full occupancy", "التأجير التدريجي: أشهر من أول سعة حتى الإشغال الكامل"),
        unit: Unit::Months,
        panel: Panel::Pivot,
        min: 0.0, max: 60.0,
        slider_min: 0.0, slider_max: 36.0,
        step: 1.0, decimals: 0, default: 0.0,
    }
    /// Construction delay.
    DelayMonths {
        key: "delay_months",
        label: label!("Construction delay beyond plan", "تأخر البناء عن الخطة"),
        unit: Unit::Months,
        panel: Panel::Pivot,
        min: 0.0, max: 60.0,
        slider_min: 0.0, slider_max: 24.0,
        step: 1.0, decimals: 0, default: 0.0,
    }
    /// Mining during a delay.
    DelayMining {
        key: "delay_mining",
        label: label!("Mining during a delay", "التعدين أثناء التأخير"),
        panel: Panel::Pivot,
        choices: &[Text::DelayMiningOn, Text::DelayMiningOff],
        min: 0.0, max: 1.0,
        slider_min: 0.0, slider_max: 1.0,
        step: 1.0, decimals: 0,
        default: 0.0,
    }
    /// Capex overrun.
    CapexOverrunPct {
        key: "capex_overrun_pct",
        label: label!("Capex overrun", "تجاوز كلفة البناء"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 200.0,
        slider_min: 0.0, slider_max: 100.0,
        step: 1.0, decimals: 0, default: 0.0,
    }
    /// Who pays the fit-out.
    Fitout {
        key: "fitout",
        label: label!("Who pays the fit-out", "من يدفع التجهيز"),
        panel: Panel::Pivot,
        choices: &[Text::FitoutLandlord, Text::FitoutTenant],
        min: 0.0, max: 1.0,
        slider_min: 0.0, slider_max: 1.0,
        step: 1.0, decimals: 0,
        default: 0.0,
    }
    /// The landlord's share of capex in a powered shell.
    ShellCapexPct {
        key: "shell_capex_pct",
        label: label!("Landlord's share of the capex in a powered shell", "حصة المالك من كلفة البناء في مبنى مزوَّد بالطاقة"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 100.0,
        slider_min: 10.0, slider_max: 80.0,
        step: 1.0, decimals: 0, default: 40.0,
    }
    /// Debt share of capex.
    DebtPct {
        key: "debt_pct",
        label: label!("Debt share of the capex", "حصة الدين من كلفة البناء"),
        unit: Unit::Pct,
        panel: Panel::Pivot,
        min: 0.0, max: 90.0,
        slider_min: 0.0, slider_max: 80.0,
        step: 5.0, decimals: 0, default: 0.0,
    }
    /// Interest rate on the debt.
    DebtRatePct {
        key: "debt_rate_pct",
        label: label!("Interest rate on the debt", "سعر الفائدة على الدين"),
        unit: Unit::PctYear,
        panel: Panel::Pivot,
        min: 0.0, max: 30.0,
        slider_min: 2.0, slider_max: 15.0,
        step: 0.25, decimals: 2, default: 8.0,
    }
    /// Debt tenor.
    DebtTenorYears {
        key: "debt_tenor_years",
        label: label!("Debt tenor", "أجل الدين"),
        unit: Unit::Years,
        panel: Panel::Pivot,
        min: 1.0, max: 30.0,
        slider_min: 1.0, slider_max: 20.0,
        step: 1.0, decimals: 0, default: 10.0,
    }
    /// Curtailed hours a year.
    CurtailmentHours {
        key: "curtailment_hours",
        label: label!("Mining curtailed on request", "إيقاف التعدين عند الطلب"),
        unit: Unit::HoursYear,
        panel: Panel::Pivot,
        min: 0.0, max: 4_000.0,
        slider_min: 0.0, slider_max: 1_000.0,
        step: 10.0, decimals: 0, default: 0.0,
    }
    /// Demand-response credit.
    DrCreditUsdMwh {
        key: "dr_credit_usd_mwh",
        label: label!("Demand-response credit while curtailed", "عائد الاستجابة للطلب أثناء الإيقاف"),
        unit: Unit::UsdMwh,
        panel: Panel::Pivot,
        min: 0.0, max: 5_000.0,
        slider_min: 0.0, slider_max: 1_000.0,
        step: 5.0, decimals: 0, default: 0.0,
    }
    /// Powered land sale price.
    LandUsdMPerMw {
        key: "land_usd_m_per_mw",
        label: label!("Powered land sold to a developer", "بيع الأرض المزوَّدة بالطاقة لمطوّر"),
        unit: Unit::UsdMPerMw,
        panel: Panel::Pivot,
        min: 0.0, max: 20.0,
        slider_min: 0.0, slider_max: 5.0,
        step: 0.05, decimals: 2, default: 1.0,
    }
    /// Bitcoin volatility for the odds.
    OddsVolatilityPct {
        key: "odds_volatility_pct",
        label: label!("Bitcoin price volatility for the odds", "تقلب سعر البيتكوين لحساب الاحتمالات"),
        unit: Unit::PctYear,
        panel: Panel::Pivot,
        min: 5.0, max: 150.0,
        slider_min: 10.0, slider_max: 100.0,
        step: 5.0, decimals: 0, default: 50.0,
    }
}

/// Where each input's default comes from (or the assumption it is), in
/// [`InputId`] order: shown in the README's key table and given to the
/// library's callers. Kept apart from [`INPUTS`] so the page, which does not
/// show them, does not ship them.
pub static SOURCES: &[(InputId, &str)] = &[
    (InputId::BtcUsd, "Snapshot: BTC about USD 67,000 at the early-Feb-2026 retarget; public reporting of the retarget."),
    (InputId::HashrateEhs, "125.86 T x 2^32 / 600 = 900.9 EH/s."),
    (InputId::FeesBtc, "0.5-0.6% of the reward through late 2025 and early 2026."),
    (
        InputId::Height,
        "The retarget block of early Feb 2026 (464 x 2016). The domain stops before 6,930,000, where the subsidy reaches zero.",
    ),
    (InputId::EffJth, "Antminer S21, 17.5 J/TH."),
    (InputId::PowerUsdKwh, "Assumption: a typical US industrial power contract."),
    (InputId::PoolFeePct, "Assumption: FPPS pools charge about 2-2.5%."),
    (InputId::UptimePct, "Assumption: curtailment and downtime."),
    (InputId::BtcGrowthPct, "Assumption, below the ~50% the article says miners need."),
    (InputId::HashrateGrowthPct, "The growth under which Thiel's \"about 50% a year\" holds (F2)."),
    (InputId::FeeGrowthPct, "F4: fees have not replaced the subsidy; flat by default."),
    (InputId::VolatilityPct, "0 = no Monte Carlo; BTC's realised volatility has run at about 40-80%."),
    (InputId::HashrateMode, ""),
    (InputId::BlockTimeS, ""),
    (InputId::FleetGainPct, "Assumption: new generations cut J/TH by roughly a tenth a year."),
    (InputId::MarginalEffJth, "Hashrate Index's middle fleet group, 19-25 J/TH."),
    (InputId::AsicUsdTh, "Assumption: S21 XP about USD 25.7/TH new (Nov 2025); older gear less."),
    (InputId::AsicLifeYears, ""),
    (InputId::TargetMarginPct, "F3: \"a system heading to net zero\"."),
    (InputId::DemandGw, "Morgan Stanley (article F8): +74 GW of US data-centre demand, 2025-2028."),
    (InputId::SupplyGw, "Chosen so the shortfall is Morgan Stanley's 49 GW (F9)."),
    (InputId::MiningGw, "Morgan Stanley: miners hold almost 20 GW of large sites with firm interconnection."),
    (InputId::ConvertiblePct, "Assumption: most, not all, sites suit an AI tenant."),
    (InputId::ConvertedPue, "AI campuses run at PUE ~1.2-1.4 (site MW / IT MW of 1.25-1.45 in the public 2025 deals)."),
    (InputId::UsSharePct, "Hashrate Index via the article (F12)."),
    (InputId::RussiaSharePct, ""),
    (InputId::ChinaSharePct, ""),
    (InputId::RestSharePct, "The rest of the world, \"unknown\" included (F7); at least 0.1 so shares never sum to 0."),
    (InputId::UsLeavePct, "Assumption: a quarter of US hashrate pivots to AI."),
    (InputId::OthersResponsePct, "Assumption: others add 0.5% hashrate per 1% better hashprice."),
    (InputId::SiteMw, "Assumption: a mid-size US mining site."),
    (InputId::PueMining, "Immersion 1.03-1.10, air 1.2+; public reporting of the retarget."),
    (InputId::PueAi, "Site MW / IT MW of 1.25-1.45 in the public deals."),
    (InputId::CapexUsdMPerMw, "USD 8-11 M per IT MW (TeraWulf, Cipher disclosures), GPUs excluded."),
    (InputId::BuildMonths, "10-18 months from signing to first capacity."),
    (InputId::BuildMining, ""),
    (InputId::LeaseUsdKwMonth, "About USD 150-160 per kW of IT a month in the 2025 deals."),
    (InputId::EscalatorPct, "Hut 8 / Fluidstack: 3% a year."),
    (InputId::TermYears, "10-15 year terms."),
    (InputId::OpexPct, "NOI margins of 80-90%."),
    (InputId::ResidualPct, "Assumption: the shell and power gear keep a fifth of their cost."),
    (InputId::DiscountPct, "Assumption: a miner's cost of capital."),
    (InputId::BackstopPct, "Google backstops the base-term payments of Hut 8's, TeraWulf's and Cipher's Fluidstack leases (2025 deal announcements); 0: none."),
    (InputId::BackstopSpreadPct, "Assumption: investment-grade credit against a miner's cost of capital."),
    (InputId::MiningOpexUsdMwh, "Assumption: staff, maintenance, insurance."),
    (InputId::Discounted, ""),
    (InputId::LeasedPct, "Reports put delivered leased capacity at about a quarter of announced; 100: the whole site signed."),
    (InputId::LeaseUpMonths, "Assumption: 0, the site full from its first month; halls usually open in phases."),
    (InputId::DelayMonths, "Assumption: on time; 10-18 months from signing to first capacity is the plan in the 2025 deals."),
    (InputId::DelayMining, ""),
    (InputId::CapexOverrunPct, "Assumption: on budget."),
    (InputId::Fitout, "Cipher / AWS (Nov 2025) is a powered shell: the tenant fits the halls out, at a lower lease (about USD 102 per kW-month)."),
    (InputId::ShellCapexPct, "Assumption: the shell, land and power gear are about 40% of a fitted-out hall's cost."),
    (InputId::DebtPct, "Assumption: no debt (an unlevered comparison)."),
    (InputId::DebtRatePct, "Assumption: project debt at about 8% a year."),
    (InputId::DebtTenorYears, "Assumption: a 10-year amortising loan."),
    (InputId::CurtailmentHours, "Assumption: none; Texas miners curtail hundreds of hours in a hot year (ERCOT demand response)."),
    (InputId::DrCreditUsdMwh, "Assumption: none; ERCOT credits and power sold back reach thousands of USD per MWh in price spikes."),
    (InputId::LandUsdMPerMw, "Assumption: about USD 1 M per MW of firm grid power; set a developer's offer."),
    (InputId::OddsVolatilityPct, "Assumption: about 50% a year, near bitcoin's realised volatility in 2024-2025 (standard deviation of daily log returns x the square root of 365)."),
];

impl InputId {
    /// The declaration of this input.
    pub fn spec(self) -> &'static InputSpec {
        &INPUTS[self as usize]
    }

    /// Where its default comes from (empty: nothing to cite).
    pub fn source(self) -> &'static str {
        SOURCES[self as usize].1
    }
}

/// Keys old links may still carry: the old key, the input it became, and
/// what its value is multiplied by (`backstop=1`, a yes/no, is
/// `backstop_pct=100`).
pub const RENAMED: &[(&str, InputId, f64)] = &[("backstop", InputId::BackstopPct, 100.0)];

/// The row of [`RENAMED`] for an old key.
pub fn renamed(key: &str) -> Option<&'static (&'static str, InputId, f64)> {
    RENAMED.iter().find(|(old, ..)| *old == key)
}

/// Why a raw value was not accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The text is not a finite decimal number.
    NotANumber {
        /// The URL key of the input.
        key: &'static str,
    },
    /// A view key (`panel`, `embed`, `childId`, `lang`) with a value it does not take.
    NotAllowed {
        /// The URL key.
        key: &'static str,
    },
    /// The number lies outside the input's domain.
    OutOfRange {
        /// The URL key of the input.
        key: &'static str,
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
}

impl InputError {
    /// The URL key the error is about.
    pub fn key(&self) -> &'static str {
        match self {
            InputError::NotANumber { key } | InputError::NotAllowed { key } | InputError::OutOfRange { key, .. } => key,
        }
    }
}

impl InputSpec {
    /// Accepts `value` if it is finite and inside the domain (and, for a
    /// choice, one of its values).
    pub fn validate(&self, value: f64) -> Result<f64, InputError> {
        if !value.is_finite() || (!self.choices.is_empty() && value.fract() != 0.0) {
            return Err(InputError::NotANumber { key: self.key });
        }
        if value < self.min || value > self.max {
            return Err(InputError::OutOfRange { key: self.key, min: self.min, max: self.max });
        }
        // `-0` is 0.
        Ok(value + 0.0)
    }

    /// Parses and validates raw text (URL value or number box).
    pub fn parse(&self, text: &str) -> Result<f64, InputError> {
        let value = parse_number(text).ok_or(InputError::NotANumber { key: self.key })?;
        self.validate(value)
    }

    /// The number box's text for `value`: as the page writes numbers,
    /// thousands grouped ([`parse_number`] reads it back).
    pub fn box_text(&self, lang: Lang, value: f64) -> String {
        format::number(lang, value, self.decimals)
    }

    /// The slider's spoken value (`aria-valuetext`): the number and its unit.
    pub fn spoken(&self, lang: Lang, value: f64) -> String {
        [format::number(lang, value, self.decimals).as_str(), " ", self.unit.get(lang)].concat()
    }

    /// What the row says under a number box whose text it cannot use.
    pub fn error_message(&self, lang: Lang, error: &InputError) -> String {
        match *error {
            InputError::NotANumber { .. } | InputError::NotAllowed { .. } => Text::ErrNotNumber.get(lang).to_string(),
            InputError::OutOfRange { min, max, .. } => [
                Text::ErrOutOfRange.get(lang),
                " (",
                Text::ErrAllowed.get(lang),
                " ",
                &format::number(lang, min, self.decimals),
                " – ",
                &format::number(lang, max, self.decimals),
                " ",
                self.unit.get(lang),
                ")",
            ]
            .concat(),
        }
    }
}

/// Parses a decimal number typed by a person: Latin, Arabic-Indic or
/// Persian digits; `.`, `٫` or a lone `,` as the decimal separator;
/// `٬`, spaces and `,` in groups of three as thousands separators; an
/// optional exponent (`e`, `E` or Arabic `أس`). Reads what the page's
/// boxes show (`format::number`, `format::significant`, the browser's
/// `Intl.NumberFormat`), whose right-to-left mark before a minus sign it
/// skips. Returns `None` for anything else, and for NaN and infinities.
pub fn parse_number(text: &str) -> Option<f64> {
    // Digits to ASCII; every thousands separator but the comma becomes `'`.
    let mut ascii = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => ascii.push(c),
            // Intl's Arabic letter mark or left-to-right mark before a sign.
            '\u{061C}' | '\u{200E}' if matches!(next, Some('-' | '+' | '\u{2212}')) => {}
            // أس, the exponent in Arabic (or اس, typed without the hamza).
            '\u{0623}' | '\u{0627}' if next == Some('\u{0633}') => {
                chars.next();
                ascii.push('e');
            }
            '\u{0660}'..='\u{0669}' => ascii.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => ascii.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '\u{066B}' => ascii.push('.'),
            '\u{066C}' | ' ' | '\u{00A0}' | '\u{202F}' | '_' => ascii.push('\''),
            '\u{2212}' => ascii.push('-'),
            _ => return None,
        }
    }
    // Separators sit only between the integer part's groups of three digits
    // (where spaces group, a comma is the decimal point: `1 234,5`), and no
    // comma follows the decimal point.
    let grouped = ascii.contains('\'');
    let integer_end = ascii.find(|c| matches!(c, '.' | 'e' | 'E') || (grouped && c == ',')).unwrap_or(ascii.len());
    let (integer, rest) = ascii.split_at(integer_end);
    if rest.contains('\'') || rest.chars().skip(1).any(|c| c == ',') {
        return None;
    }
    let unsigned = integer.trim_start_matches(['-', '+']);
    if unsigned.contains('\'') {
        let mut groups = unsigned.split('\'');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
        if !first_ok || !groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
    }
    let ascii: String = ascii.chars().filter(|&c| c != '\'').collect();
    let normalised = if ascii.contains(',') {
        let integer_part = ascii.split('.').next().unwrap_or("");
        let groups: Vec<&str> = integer_part.split(',').collect();
        let thousands = groups[0].bytes().any(|b| b.is_ascii_digit())
            && groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if thousands {
            ascii.replace(',', "")
        } else if groups.len() == 2 && !ascii.contains('.') {
            ascii.replace(',', ".")
        } else {
            return None;
        }
    } else {
        ascii
    };
    if normalised.is_empty() || !normalised.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::decimal::parse(&normalised)
}

/// The whole scenario's inputs, each inside its domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    values: Vec<f64>,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs { values: INPUTS.iter().map(|s| s.default).collect() }
    }
}

impl Inputs {
    /// The value of `id`.
    pub fn get(&self, id: InputId) -> f64 {
        self.values[id as usize]
    }

    /// Inputs spread over their domains: fraction 0 is each minimum, 1 each
    /// maximum (choices round to a value). For property tests.
    pub fn from_fractions(fractions: &[f64]) -> Inputs {
        let mut inputs = Inputs::default();
        for (spec, t) in INPUTS.iter().zip(fractions) {
            let mut v = (spec.min + t.max(0.0).min(1.0) * (spec.max - spec.min)).max(spec.min).min(spec.max);
            if !spec.choices.is_empty() {
                v = v.round();
            }
            inputs.values[spec.id as usize] = v;
        }
        inputs
    }

    /// A copy holding only `ids` (every other input at its default), so a
    /// component that reads only those compares equal when others move.
    pub fn project(&self, ids: &[InputId]) -> Inputs {
        let mut out = Inputs::default();
        for &id in ids {
            out.values[id as usize] = self.values[id as usize];
        }
        out
    }

    /// Sets `id` to `value` if it is in the domain; otherwise leaves it.
    pub fn set(&mut self, id: InputId, value: f64) -> Result<(), InputError> {
        self.values[id as usize] = id.spec().validate(value)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Option<f64>) {
        assert_eq!(parse_number(text), expect, "parse_number({text:?})");
    }

    #[test]
    fn parses_what_people_type() {
        check("12.5", Some(12.5));
        check(" 67000 ", Some(67_000.0));
        check("67,000", Some(67_000.0));
        check("1,234,567.5", Some(1_234_567.5));
        check("12,5", Some(12.5));
        check("١٢٫٥", Some(12.5));
        check("۱۲٫۵", Some(12.5));
        check("٦٧٬٠٠٠", Some(67_000.0));
        check("−5", Some(-5.0));
        check("1e3", Some(1000.0));
        check("1e999", None);
        check("NaN", None);
        check("inf", None);
        check("<script>", None);
        check("", None);
        check("-", None);
        check("1,2,3", None);
        check("1.2.3", None);
        check("1 234 567", Some(1_234_567.0));
        check("1 234,5", Some(1_234.5));
        check("٦٧٬٠٠٠٫٥", Some(67_000.5));
        check("1 2 3", None);
        check("12 34", None);
        check("1.2,3", None);
        check("0.0,5", None);
        check("1.000 5", None);
        check("1e3 0", None);
        // What the boxes show: Intl's marks before a minus, Arabic exponents.
        check("\u{061C}-٥٠", Some(-50.0));
        check("\u{200E}-50", Some(-50.0));
        check("١٫٥أس\u{061C}-٣٠", Some(1.5e-30));
        check("٩٫٠٠٩أس٣٨", Some(9.009e38));
        check("٩٫٠٠٩اس٣٨", Some(9.009e38));
        check("1.5E\u{200E}-30", Some(1.5e-30));
        check("9.009E38", Some(9.009e38));
        check("900,900,000,000,000,000,000", Some(900.9e18));
        check("٩٠٠٬٩٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠", Some(900.9e18));
        check("١٢٣٬٤٥٦٫٨", Some(123_456.8));
        // Nowhere else.
        check("5\u{061C}0", None);
        check("\u{200E}50", None);
        check("\u{200F}-50", None);
        check("أس٣", None);
        check("١أ٣", None);
        check("١س٣", None);
    }

    #[test]
    fn registry_is_in_id_order_and_defaults_are_valid() {
        assert_eq!(SOURCES.len(), INPUTS.len());
        for (i, s) in INPUTS.iter().enumerate() {
            assert_eq!(s.id as usize, i, "{} out of order", s.key);
            assert_eq!(SOURCES[i].0, s.id, "source of {} out of order", s.key);
            assert!(s.validate(s.default).is_ok(), "{} default outside its domain", s.key);
            assert!(s.min <= s.slider_min && s.slider_max <= s.max, "{} slider outside domain", s.key);
            assert!(s.step > 0.0, "{}", s.key);
        }
        let mut keys: Vec<_> = INPUTS.iter().map(|s| s.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), INPUTS.len(), "duplicate URL key");
    }

    #[test]
    fn out_of_domain_is_an_error_naming_the_key() {
        let eff = InputId::EffJth.spec();
        assert_eq!(eff.parse("-5"), Err(InputError::OutOfRange { key: "eff_jth", min: 1.0, max: 200.0 }));
        assert_eq!(eff.parse("abc").unwrap_err().key(), "eff_jth");
        let mut inputs = Inputs::default();
        assert!(inputs.set(InputId::EffJth, f64::NAN).is_err());
        assert_eq!(inputs.get(InputId::EffJth), 17.5);
    }
}
