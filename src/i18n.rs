//! The one translation table: every string a user can see, in English and
//! Arabic. Code names a string by its [`Text`] variant; the view asks
//! [`Text::get`] for the active [`Lang`]. Units live here too, so they are
//! translated with their labels.

/// A language the page speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English, left to right (the default).
    #[default]
    En,
    /// Arabic, right to left.
    Ar,
}

impl Lang {
    /// The BCP 47 tag, for `lang=` in the URL and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    /// `ltr` or `rtl`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar => "rtl",
        }
    }

    /// The language for a tag such as `ar`, `ar-EG` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }
}

macro_rules! texts {
    ($($id:ident => $en:literal, $ar:literal;)*) => {
        /// A user-visible string, named once and translated in this table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text { $(#[allow(missing_docs)] $id),* }

        impl Text {
            /// Every string in the table, for completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$id),*];

            /// The string in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Text::$id => $en),* },
                    Lang::Ar => match self { $(Text::$id => $ar),* },
                }
            }
        }
    };
}

texts! {
    AppTitle => "hashpivot: the 2028 halving and the AI pivot", "hashpivot: تنصيف 2028 والتحول إلى الذكاء الاصطناعي";
    AppLede => "Move a slider: every number is computed in your browser from the inputs shown.", "حرّك أي منزلق: كل رقم يُحسب في متصفحك من المدخلات المعروضة.";
    Disclaimer => "This is not investment advice. Figures are estimates from the stated inputs and sources.", "هذه ليست نصيحة استثمارية. الأرقام تقديرات مبنية على المدخلات والمصادر المذكورة.";
    PanicMessage => "Something went wrong and the calculator stopped. Reload the page; if it happens again, the link you used helps us reproduce it.", "حدث خطأ وتوقفت الحاسبة. أعد تحميل الصفحة؛ وإذا تكرر ذلك فالرابط الذي استخدمته يساعدنا على إعادة إنتاجه.";
    PanelMiner => "Miner economics today", "اقتصاديات التعدين اليوم";
    PanelMinerLede => "What one petahash per second of mining earns a day, what its power costs, and where it stops paying.", "ما يكسبه بيتاهاش واحد في الثانية من التعدين يوميًا، وكلفة كهربائه، ومتى يتوقف عن الربح.";
    Reset => "Reset to defaults", "العودة إلى القيم الافتراضية";
    MoreAssumptions => "More assumptions", "افتراضات إضافية";
    HowComputed => "How is this computed?", "كيف يُحسب هذا؟";
    NoticeBadUrl => "A value in the link was not used, the default was:", "لم تُستخدم قيمة في الرابط، واستُخدمت القيمة الافتراضية:";
    ErrNotNumber => "not a number", "ليس رقمًا";
    ErrOutOfRange => "outside the allowed range", "خارج النطاق المسموح";
    ErrAllowed => "allowed:", "المسموح:";
    NotReachable => "not reachable", "غير ممكن";
    SourceNetwork => "Network snapshot: difficulty 125.86 T at block 935,424 (retarget of early Feb 2026, −11.16%, the largest drop since 2021), i.e. 900.9 EH/s; BTC about USD 67,000 then; fees about 0.02 BTC a block (0.5–0.6% of the reward). Sources: public chain data and Hashrate Index reporting, Feb 2026.", "لقطة الشبكة: الصعوبة 125.86 تريليون عند الكتلة 935,424 (تعديل أوائل فبراير 2026، −11.16%، أكبر انخفاض منذ 2021)، أي 900.9 إكزاهاش/ث؛ سعر البيتكوين نحو 67,000 دولار حينها؛ الرسوم نحو 0.02 بيتكوين للكتلة (0.5–0.6% من المكافأة). المصادر: بيانات السلسلة العامة وتقارير Hashrate Index، فبراير 2026.";
    SourceFleet => "Fleet default: Antminer S21, 17.5 J/TH (manufacturer specification). Power price, pool fee and uptime are typical assumptions: set your own.", "الأسطول الافتراضي: Antminer S21 بكفاءة 17.5 جول/تيراهاش (مواصفات الصانع). سعر الكهرباء ورسوم المجمع ونسبة التشغيل افتراضات شائعة: اضبطها بنفسك.";
    InBtcUsd => "Bitcoin price", "سعر البيتكوين";
    InHashrateEhs => "Network hashrate", "معدل تجزئة الشبكة";
    InFeesBtc => "Transaction fees per block", "رسوم المعاملات لكل كتلة";
    InHeight => "Block height", "ارتفاع الكتلة";
    InEffJth => "Fleet efficiency", "كفاءة الأسطول";
    InPowerUsdKwh => "Power price", "سعر الكهرباء";
    InPoolFeePct => "Pool fee", "رسوم المجمع";
    InBtcGrowthPct => "Bitcoin price growth", "نمو سعر البيتكوين";
    InHashrateGrowthPct => "Network hashrate growth", "نمو معدل تجزئة الشبكة";
    InFeeGrowthPct => "Fee growth", "نمو الرسوم";
    InVolatilityPct => "Price volatility (Monte Carlo)", "تقلب السعر (مونت كارلو)";
    InHashrateMode => "How the network grows", "كيف تنمو الشبكة";
    ModeGrowth => "At a set growth rate", "بمعدل نمو محدد";
    ModeEquilibrium => "To equilibrium (net zero)", "نحو التوازن (صافي صفر)";
    InBlockTimeS => "Mean block time", "متوسط زمن الكتلة";
    InFleetGainPct => "Network fleet efficiency gain", "تحسن كفاءة أسطول الشبكة";
    InMarginalEffJth => "Marginal fleet efficiency", "كفاءة الأسطول الحدّي";
    InAsicUsdTh => "ASIC price", "سعر أجهزة التعدين";
    InAsicLifeYears => "ASIC life", "عمر أجهزة التعدين";
    InTargetMarginPct => "Marginal fleet's margin at equilibrium", "هامش الأسطول الحدّي عند التوازن";
    UnitPctYear => "%/year", "%/سنة";
    UnitSeconds => "s", "ث";
    UnitUsdTh => "USD/TH", "دولار/تيراهاش";
    UnitYears => "years", "سنوات";
    UnitNone => "", "";
    InUptimePct => "Uptime (after curtailment)", "نسبة التشغيل (بعد التقليص)";
    UnitUsd => "USD", "دولار";
    UnitEhs => "EH/s", "إكزاهاش/ث";
    UnitBtcPerBlock => "BTC/block", "بيتكوين/كتلة";
    UnitBlock => "block", "كتلة";
    UnitJth => "J/TH", "جول/تيراهاش";
    UnitUsdKwh => "USD/kWh", "دولار/ك.و.س";
    UnitPct => "%", "%";
    UnitUsdPhDay => "USD/PH/day", "دولار/بيتاهاش/يوم";
    UnitBtcPhDay => "BTC/PH/day", "بيتكوين/بيتاهاش/يوم";
    UnitBtcDay => "BTC/day", "بيتكوين/يوم";
    UnitUsdMwh => "USD/MWh", "دولار/م.و.س";
    OutHashprice => "Hashprice", "سعر التجزئة";
    OutBtcPerPhDay => "Bitcoin mined per PH/s a day", "البيتكوين المُعدَّن لكل بيتاهاش/ث يوميًا";
    OutPowerCost => "Power cost", "كلفة الكهرباء";
    OutMargin => "Margin", "الهامش";
    OutBreakevenPower => "Breakeven power price", "سعر الكهرباء عند التعادل";
    OutBreakevenBtc => "Breakeven bitcoin price", "سعر البيتكوين عند التعادل";
    OutIssuance => "New bitcoin a day (subsidy)", "البيتكوين الجديد يوميًا (الإعانة)";
    OutRevenueMwh => "Hash revenue per MWh", "إيراد التجزئة لكل ميغاواط ساعة";
    OutDifficulty => "Difficulty at this hashrate", "الصعوبة عند هذا المعدل";
    OutNextHalving => "Next halving", "التنصيف التالي";
    PerPhDayNote => "per PH/s of installed hashrate, per day", "لكل بيتاهاش/ث مركّب، يوميًا";
    ChartMarginTitle => "Margin against power price", "الهامش مقابل سعر الكهرباء";
    ChartMarginX => "Power price (USD/kWh)", "سعر الكهرباء (دولار/ك.و.س)";
    ChartMarginY => "Margin (USD/PH/day)", "الهامش (دولار/بيتاهاش/يوم)";
    ChartYourFleet => "Your fleet", "أسطولك";
    ChartBreakeven => "breakeven", "التعادل";
    ChartAltText => "Line chart of margin per PH/s a day against the power price, for your fleet and two reference fleets; the table below has the same data.", "رسم خطي للهامش لكل بيتاهاش/ث يوميًا مقابل سعر الكهرباء لأسطولك ولأسطولين مرجعيين؛ الجدول أدناه يحوي البيانات نفسها.";
    TableShow => "Show the chart's data as a table", "عرض بيانات الرسم جدولًا";
    FormulaBtcPerPh => "BTC per PH/s a day = 144 blocks × (subsidy + fees) ÷ network PH/s", "بيتكوين لكل بيتاهاش/ث يوميًا = 144 كتلة × (الإعانة + الرسوم) ÷ بيتاهاش/ث الشبكة";
    FormulaHashprice => "Hashprice = BTC per PH/s a day × BTC price", "سعر التجزئة = بيتكوين لكل بيتاهاش/ث يوميًا × سعر البيتكوين";
    FormulaPower => "Power cost = J/TH × 24 kWh per (W·day) × 1,000 TH per PH ÷ 1,000 W per kW × USD/kWh × uptime", "كلفة الكهرباء = جول/تيراهاش × 24 × سعر الكيلوواط ساعة × نسبة التشغيل (لكل بيتاهاش)";
    FormulaMargin => "Margin = hashprice × uptime × (1 − pool fee) − power cost", "الهامش = سعر التجزئة × نسبة التشغيل × (1 − رسوم المجمع) − كلفة الكهرباء";
    FormulaBreakeven => "Breakeven power price = hashprice × (1 − pool fee) ÷ (J/TH × 24); breakeven BTC price = power cost ÷ (BTC per PH/s a day × uptime × (1 − pool fee))", "سعر الكهرباء عند التعادل = سعر التجزئة × (1 − رسوم المجمع) ÷ (جول/تيراهاش × 24)؛ سعر البيتكوين عند التعادل = كلفة الكهرباء ÷ (بيتكوين لكل بيتاهاش يوميًا × نسبة التشغيل × (1 − رسوم المجمع))";
    FormulaHashrate => "Network hashrate = difficulty × 2³² ÷ 600 s", "معدل تجزئة الشبكة = الصعوبة × 2³² ÷ 600 ثانية";
    ValueLabel => "value", "القيمة";
    SliderFor => "slider", "منزلق";
    Language => "العربية", "English";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for t in Text::ALL.iter().filter(|t| **t != Text::UnitNone) {
            assert!(!t.get(Lang::En).is_empty(), "{t:?} has no English");
            assert!(!t.get(Lang::Ar).is_empty(), "{t:?} has no Arabic");
        }
    }

    #[test]
    fn tags() {
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
